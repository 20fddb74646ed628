"""Readers and writers. ``read_path`` picks the reader for a file and yields Records and
Rejections; ``expand_paths`` walks folders. Project files (``.tawsim``) are merged by the
store, not read here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.core.formats import jsonl, txt
from desktop.core.formats.records import Record, RecordError, Rejection
from desktop.core.schema import Schema

FORMATS = ("auto", "txt", "jsonl", "gold")
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
PROJECT_SUFFIX = ".tawsim"
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | {PROJECT_SUFFIX}

__all__ = ["FORMATS", "Record", "RecordError", "Rejection", "expand_paths", "format_of",
           "read_path"]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the files of known kinds inside folders named (recursively,
    sorted, hidden files and folders left out)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            out.extend(found)
        else:
            out.append(p)
    return out


def format_of(path: Path, fmt: str) -> str:
    """The reader for a file: 'txt', 'jsonl' (plain or annotated by line), 'gold' or
    'project'."""
    if path.suffix.lower() == PROJECT_SUFFIX:
        return "project"
    if fmt != "auto":
        return fmt
    if path.suffix.lower() in JSONL_SUFFIXES:
        return "auto-jsonl"
    return "txt"


def read_path(path: Path, *, fmt: str, layer: str, schema: Schema, author: str = "",
              ) -> Iterator[Record | Rejection]:
    kind = format_of(path, fmt)
    if kind == "txt":
        yield from txt.read(path)
    elif kind in ("jsonl", "gold", "auto-jsonl"):
        mode = "auto" if kind == "auto-jsonl" else kind
        yield from jsonl.read(path, mode=mode, layer=layer, schema=schema, author=author)
    else:
        raise ValueError(f"no reader for {path} ({kind})")
