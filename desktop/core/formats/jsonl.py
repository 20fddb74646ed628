"""JSONL input, one record a line, read as a stream (never the whole file at once).

``mode`` says what a line is: ``jsonl`` (plain documents: ``id``, ``text``, optional
``title`` and ``meta``), ``gold`` (annotated records) or ``auto`` (a line that carries
``spans`` is annotated, one that does not is plain: spans are never dropped silently).
A bad line is a rejection naming its line; the good lines around it still come through.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from desktop.core.formats import gold
from desktop.core.formats.records import Record, RecordError, Rejection, title_of
from desktop.core.model import Document, ModelError
from desktop.core.schema import Schema
from desktop.core.text import canonical, sha256_hex


def parse_plain(obj, *, source: str, line: int) -> Record:
    doc_id, raw, title, meta = gold.document_fields(obj)
    text = canonical(raw)
    if not text:
        raise RecordError("text is empty")
    digest = sha256_hex(raw)
    doc_id = doc_id or f"doc_{sha256_hex(text)[:16]}"
    try:
        doc = Document(id=doc_id, text=text, title=title or title_of(text), meta=meta,
                       source_sha256=str(meta.get("source_sha256") or digest))
    except ModelError as exc:
        raise RecordError(str(exc)) from None
    return Record(source, line, doc)


def parse_line(data: bytes, *, mode: str, layer: str, schema: Schema, source: str,
               line: int, author: str = "") -> Record | Rejection | None:
    """One line of a JSONL file -> a Record, a Rejection, or None for a blank line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(source, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})")
    if line == 1 and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Rejection(source, line, f"not valid JSON: {exc.msg} (column {exc.colno})")
    try:
        annotated = isinstance(obj, dict) and "spans" in obj
        if mode == "gold" or (mode == "auto" and annotated):
            return gold.parse_annotated(obj, layer=layer, schema=schema, source=source,
                                        line=line, author=author)
        if annotated:
            raise RecordError("the record carries spans: import it with --format gold "
                              "(or auto) so they are not lost")
        return parse_plain(obj, source=source, line=line)
    except RecordError as exc:
        return Rejection(source, line, str(exc))


def read(path: str | Path, *, mode: str, layer: str, schema: Schema, author: str = "",
         ) -> Iterator[Record | Rejection]:
    path = Path(path)
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Rejection(source, 1, f"cannot read: {exc.strerror or exc}")
        return
    seen = False
    with fh:
        for n, data in enumerate(fh, 1):
            if n == 1 and b"\x00" in data[:4096]:
                yield Rejection(source, 1, "binary file (not UTF-8 JSON lines)")
                return
            item = parse_line(data, mode=mode, layer=layer, schema=schema, source=source,
                              line=n, author=author)
            if item is not None:
                seen = True
                if isinstance(item, Record):
                    item.nbytes = len(data)
                else:
                    item = Rejection(item.source, item.line, item.reason, len(data))
                yield item
    if not seen:
        yield Rejection(source, 1, "empty file (no records)")
