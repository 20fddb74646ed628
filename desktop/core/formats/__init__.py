"""Readers and writers, one registry (``registry.py``; DESIGN §5b, docs/formats.md).

The registry API the command line and the window build on::

    formats.readers() -> [Format]         import formats, in menu order
    formats.writers() -> [Format]         export formats, in menu order
    formats.get(name) -> Format           KeyError for an unknown name
    formats.import_choices() / export_choices()   the --format values

Each ``Format`` has ``name``, ``label`` (menus), ``description`` (help), ``extensions``,
``output`` ("file" | "folder"), ``can_read``, ``can_write`` and ``available()`` (None,
or why not: a missing optional extra).

``read_path`` picks the reader for one file (``auto``: by its name and content) and
yields Records and Rejections; ``expand_paths`` walks folders. Project files
(``.tawsim``) are merged by the store, not read here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.core.formats import registry
from desktop.core.formats.records import (
    Item,
    ReadContext,
    Record,
    RecordError,
    Rejection,
    Source,
    display_path,
    name_is_utf8,
)
from desktop.core.formats.registry import (
    Format,
    all_formats,
    export_choices,
    get,
    import_choices,
    readers,
    writers,
)
from desktop.core.schema import Schema

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
ANN_SUFFIX = ".ann"
PROJECT_SUFFIX = ".tawsim"
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | {PROJECT_SUFFIX, ANN_SUFFIX}


def __getattr__(name: str):
    if name == "FORMATS":  # the import --format choices (older callers)
        return tuple(import_choices())
    raise AttributeError(name)


__all__ = ["Format", "Item", "ReadContext", "Record", "RecordError", "Rejection", "Source",
           "display_path", "name_is_utf8",
           "all_formats", "expand_paths", "export_choices", "format_of", "get",
           "import_choices", "read_path", "readers", "writers"]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the files of known kinds inside folders named (recursively,
    sorted, hidden files and folders left out). An ``.ann`` file whose ``.txt`` is there
    too is left out: the ``.txt`` brings it (a brat pair)."""
    out: list[Path] = []
    for p in paths:
        if str(p) == "-":
            out.append(Path("-"))
            continue
        p = Path(p)
        if p.is_dir():
            _walk(p, out)
        else:
            out.append(p)
    return out


def _suffix(name: str) -> str:
    i = name.rfind(".")  # as Path.suffix
    return name[i:] if 0 < i < len(name) - 1 else ""


def _walk(folder: Path, out: list[Path]) -> None:
    """The files of known kinds under ``folder`` in the order of sorted paths (each
    folder's entries sorted by name, its subfolders walked in place), from one listing a
    folder and no stat a file (a brat folder holds 200,000). As ``Path.rglob``: folders
    that cannot be listed and links to folders are not walked."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: os.path.normcase(e.name))
    except PermissionError:
        return
    by_name = {e.name: e for e in entries}
    for e in entries:
        name = e.name
        if name.startswith("."):
            continue
        try:
            if e.is_dir():
                if not e.is_symlink():
                    _walk(Path(e.path), out)
                continue
            if not e.is_file():
                continue
        except OSError:
            continue
        suffix = _suffix(name)
        if suffix.lower() not in KNOWN_SUFFIXES:
            continue
        if suffix == ANN_SUFFIX:
            txt = by_name.get(name[:-len(ANN_SUFFIX)] + ".txt")
            if txt is not None and (not txt.is_symlink() or os.path.exists(txt.path)):
                continue
        out.append(Path(e.path))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    except OSError:
        return b""


def format_of(path: Path, fmt: str) -> str:
    """The reader for a file: a format name, 'project', or for ``auto`` one of
    'auto-jsonl' (each line by its fields), 'auto-array' (a JSON array), 'txt', 'brat'."""
    suffix = path.suffix.lower()
    if suffix == PROJECT_SUFFIX:
        return "project"
    if fmt != "auto":
        return fmt
    if suffix == ANN_SUFFIX or (suffix in TEXT_SUFFIXES and path.with_suffix(".ann").exists()):
        return "brat"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    head = _head(path)
    if suffix in JSONL_SUFFIXES or head in (b"{", b"["):
        if head != b"[" and _hf_shard(path):
            return "hf-shard"
        return "auto-array" if head == b"[" else "auto-jsonl"
    return "txt"


def _hf_shard(path: Path) -> bool:
    """A shard of a Hugging Face dataset folder (``data/*.jsonl`` under a ``README.md``
    card declaring ``dataset_info``, as the hf writer makes): its rows look like gold
    records, with every attribute column of the dataset (``null`` where a span has no
    such attribute), so reading one as gold would add those nulls."""
    if path.parent.name != "data":
        return False
    card = path.parent.parent / "README.md"
    try:
        with card.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return False
    return head.startswith(b"---") and b"\ndataset_info:" in head


def read_path(path: str | Path, *, fmt: str, layer: str = "gold", schema: Schema | None = None,
              author: str = "", ctx: ReadContext | None = None) -> Iterator[Item]:
    """Records and Rejections of one file (``-``: standard input, with a format)."""
    from desktop.core.formats import jsonl, labelstudio

    if ctx is None:
        assert schema is not None
        ctx = ReadContext(layer=layer, schema=schema, author=author)
    src = Source.of(path)
    if src.path is None:
        if fmt == "auto":
            yield Rejection(src.name, 1, "reading standard input needs --format")
            return
        kind = fmt
    else:
        kind = format_of(src.path, fmt)
    if kind in ("txt", "brat") and src.path is not None and not name_is_utf8(src.path):
        yield Rejection(src.name, 1, "the file name is not valid UTF-8 (it would be the "
                        "document id): rename the file")
        return
    if kind == "auto-jsonl":
        yield from jsonl.read_auto(src, ctx)
    elif kind == "auto-array":
        try:
            fh = src.open()
        except OSError as exc:
            yield Rejection(src.name, 1, f"cannot read: {exc.strerror or exc}")
            return
        with fh:
            yield from labelstudio.read_array(fh, src.name, ctx, jsonl.parse_auto)
    elif kind == "hf-shard":
        yield Rejection(src.name, 1, "a shard of a Hugging Face dataset folder, which Tawsim "
                        "writes but does not read (its rows carry every attribute column, "
                        "null where a span has none): import the gold JSONL export instead, "
                        "or name --format gold to read the shard as it is")
    elif kind == "project":
        raise ValueError(f"{path}: project files are merged by the store")
    else:
        reader = registry.get(kind)
        if not reader.can_read:
            yield Rejection(src.name, 1, f"--format {kind} is written by Tawsim, not read")
            return
        yield from reader.read(src, ctx)
