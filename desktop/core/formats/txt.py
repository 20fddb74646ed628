"""Plain-text articles: one file, one document.

The id is the file stem; the title is the first non-blank line; the text is the whole
canonical file, title included. ``meta.source`` is the file name and the raw bytes'
sha256 is kept for provenance. A date line in the header (``15 أغسطس 2024``) is not
read here: the date tagger proposes it (see ``desktop.core.dates``).
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.formats.records import Record, Rejection, title_of
from desktop.core.model import Document, ModelError
from desktop.core.text import TextError, canonical, decode, sha256_hex


def parse_bytes(data: bytes, *, doc_id: str, source: str) -> Record | Rejection:
    try:
        raw = decode(data)
    except TextError as exc:
        return Rejection(source, exc.line or 1, str(exc))
    text = canonical(raw)
    if not text:
        return Rejection(source, 1, "empty file (no text once white space is removed)")
    try:
        doc = Document(id=doc_id, text=text, title=title_of(text),
                       meta={"source": Path(source).name}, source_sha256=sha256_hex(data))
    except ModelError as exc:
        return Rejection(source, 1, str(exc))
    return Record(source, 1, doc, nbytes=len(data))


def read(path: str | Path) -> list[Record | Rejection]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Rejection(str(path), 1, f"cannot read: {exc.strerror or exc}")]
    return [parse_bytes(data, doc_id=path.stem, source=str(path))]
