"""What readers take and yield: a source to read, the context of an import, and for each
input record either a document (with its annotations, if any) or a rejection that names
the file and line and says why."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.model import Document, ModelError, Relation, Span
from desktop.core.schema import Schema, SchemaError
from desktop.core.text import TextError


class RecordError(ValueError):
    """One input record is refused; the message is the reason, for a human."""


@dataclass(slots=True)
class Record:
    source: str
    line: int
    doc: Document
    annotated: bool = False  # the input carried annotations (even an empty list)
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    review: dict[str, Any] | None = None
    nbytes: int = 0  # how much of the input this record took (for progress)


@dataclass(frozen=True, slots=True)
class Rejection:
    source: str
    line: int
    reason: str
    nbytes: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


Item = Record | Rejection


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What every reader needs: the layer annotated input lands in, the schema it is
    checked against, who imports it, and the ``--label-map`` (foreign label and relation
    names -> the schema's)."""

    layer: str
    schema: Schema
    author: str = ""
    label_map: dict[str, str] = field(default_factory=dict)

    def label(self, name: str) -> str:
        return self.label_map.get(name, name)


def display_path(path: str | os.PathLike) -> str:
    """A path as it can be printed: bytes of a file name that are not UTF-8 show as
    ``\\xNN`` (Linux hands them to Python as lone surrogates, which no terminal takes)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def name_is_utf8(path: str | os.PathLike) -> bool:
    try:
        os.fspath(path).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (``path``) or standard input (``path`` None)."""

    name: str  # as printed in FILE:LINE
    path: Path | None = None

    @classmethod
    def of(cls, path: str | os.PathLike) -> Source:
        if os.fspath(path) == "-":
            return cls("<stdin>", None)
        return cls(display_path(path), Path(path))

    def open(self) -> BinaryIO:
        if self.path is None:
            return _Unclosable(sys.stdin.buffer)
        return self.path.open("rb")

    def read_bytes(self) -> bytes:
        with self.open() as fh:
            return fh.read()

    @property
    def stem(self) -> str:
        return self.path.stem if self.path is not None else "stdin"


class _Unclosable(io.BufferedIOBase):
    """Standard input, read through a ``with`` block that must not close it."""

    def __init__(self, raw):
        self._raw = raw

    def read(self, n=-1):
        return self._raw.read(n)

    def readline(self, n=-1):
        return self._raw.readline(n)

    def peek(self, n=0):
        return self._raw.peek(n) if hasattr(self._raw, "peek") else b""

    def __iter__(self):
        return iter(self._raw)

    def close(self):
        pass


# every failure a record can bring (bad JSON, deep nesting, huge numbers, broken text,
# a value of the wrong type the parser did not foresee) ends as a rejection of that record
RECORD_FAILURES = (RecordError, TextError, ModelError, SchemaError, RecursionError,
                   ValueError, TypeError, KeyError, IndexError, AttributeError,
                   UnicodeError, OverflowError)


def guarded(source: str, line: int, parse: Callable[[], Item | None]) -> Item | None:
    """Run one record's parser; any failure of that record becomes its rejection."""
    try:
        return parse()
    except (RecordError, TextError, ModelError, SchemaError) as exc:
        return Rejection(source, line, str(exc))
    except RecursionError:
        return Rejection(source, line, "nested too deeply to read")
    except RECORD_FAILURES as exc:  # pragma: no cover - a parser that missed a check
        return Rejection(source, line, f"unreadable record ({type(exc).__name__}: {exc})")


def title_of(text: str, limit: int = 200) -> str:
    """The first non-blank line of a (canonical) text, cut to ``limit`` characters."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


Reader = Callable[[Source, ReadContext], Iterator[Item]]
