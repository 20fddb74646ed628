"""JSON lines, one record a line, read as a stream (never the whole file at once).

``jsonl`` reads plain documents (``id``, ``text``, optional ``title`` and ``meta``) and
refuses a line that carries annotations (naming the ``--format`` that reads them);
``read_lines`` is the line loop every JSON-lines reader shares (gold, doccano, Prodigy),
and ``read_auto`` picks each line's reader by the fields it carries. A bad line is a
rejection naming its line; the good lines around it still come through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from desktop.core.formats import jsondata, sniff
from desktop.core.formats.records import (
    Item,
    ReadContext,
    Record,
    RecordError,
    Rejection,
    Source,
    guarded,
    title_of,
)
from desktop.core.formats.registry import Format
from desktop.core.model import Document
from desktop.core.text import canonical, check_text, sha256_hex

Parse = Callable[[Any, ReadContext, str, int], Record]


def document_fields(obj: Any) -> tuple[str | None, str, str | None, dict]:
    """(id, text, title, meta) of a JSONL record, type-checked."""
    if not isinstance(obj, dict):
        raise RecordError(f"a record must be a JSON object, not {type(obj).__name__}")
    doc_id = _str(obj, "id")
    if doc_id is not None and not doc_id.strip():
        raise RecordError("field 'id' is empty")
    text = _str(obj, "text", required=True)
    title = _str(obj, "title")
    meta = obj.get("meta", {})
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise RecordError(f"field 'meta' must be an object, not {type(meta).__name__}")
    return doc_id, text, title, meta


def _str(obj: dict, key: str, *, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise RecordError(f"missing field {key!r}")
        return None
    if not isinstance(value, str):
        raise RecordError(f"field {key!r} must be a string, not {type(value).__name__}")
    return value


def parse_plain(obj: Any, ctx: ReadContext | None, source: str, line: int) -> Record:
    sniff.refuse_foreign(obj, "jsonl", frozenset())
    doc_id, raw, title, meta = document_fields(obj)
    check_text(raw)
    if doc_id is not None:
        check_text(doc_id, "the id")
    if title is not None:
        check_text(title, "the title")
    text = canonical(raw)
    if not text:
        raise RecordError("text is empty")
    digest = sha256_hex(raw)
    doc_id = doc_id or f"doc_{sha256_hex(text)[:16]}"
    doc = Document(id=doc_id, text=text, title=title or title_of(text), meta=meta,
                   source_sha256=str(meta.get("source_sha256") or digest))
    return Record(source, line, doc)


def read_lines(src: Source, ctx: ReadContext, parse: Parse,
               decode: Callable[[bytes, int], Any] = jsondata.decode_line) -> Iterator[Item]:
    """Every line of a JSON-lines source through ``parse``; blank lines are skipped."""
    source = src.name
    try:
        fh = src.open()
    except OSError as exc:
        yield Rejection(source, 1, f"cannot read: {exc.strerror or exc}")
        return
    seen = False
    with fh:
        if _pretty(fh):
            yield from _read_values(fh, source, ctx, parse)
            return
        try:
            for n, data in enumerate(fh, 1):
                if n == 1 and b"\x00" in data[:4096]:
                    yield Rejection(source, 1, "binary file (not UTF-8 JSON lines)")
                    return

                def one(data=data, n=n) -> Item | None:
                    obj = decode(data, n)
                    return None if obj is jsondata.BLANK else parse(obj, ctx, source, n)

                item = guarded(source, n, one)
                if item is None:
                    continue
                seen = True
                if isinstance(item, Record):
                    item.nbytes = len(data)
                else:
                    item = Rejection(item.source, item.line, item.reason, len(data))
                yield item
        except OSError as exc:
            yield Rejection(source, 1, f"cannot read: {exc.strerror or exc}")
            return
    if not seen:
        yield Rejection(source, 1, "empty file (no records)")


def _pretty(fh) -> bool:
    """A file of pretty-printed JSON objects (its first line is a lone ``{``)."""
    head = fh.peek(256)[:256] if hasattr(fh, "peek") else b""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    return first == b"{"


def _read_values(fh, source: str, ctx: ReadContext, parse: Parse) -> Iterator[Item]:
    yield from read_values(jsondata.iter_values(fh), source, ctx, parse,
                           empty="empty file (no records)")


def read_values(values, source: str, ctx: ReadContext, parse: Parse, *,
                empty: str) -> Iterator[Item]:
    """Records from ``(line, nbytes, value)`` triples (``jsondata.iter_values`` or
    ``iter_array``): each value parsed under ``guarded``, its size kept; a value that
    is not JSON rejected on its line; a break in the file's structure ends it with a
    rejection saying so; ``empty`` when there was no value at all."""
    seen = False
    try:
        for line, nbytes, value in values:
            seen = True
            if isinstance(value, RecordError):
                yield Rejection(source, line, str(value), nbytes)
                continue
            item = guarded(source, line, lambda v=value, n=line: parse(v, ctx, source, n))
            if isinstance(item, Record):
                item.nbytes = nbytes
            elif item is not None:
                item = Rejection(item.source, item.line, item.reason, nbytes)
            if item is not None:
                yield item
    except jsondata.ArrayError as exc:
        yield Rejection(source, exc.line, f"{exc}; nothing after this point was read")
        return
    except OSError as exc:
        yield Rejection(source, 1, f"cannot read: {exc.strerror or exc}")
        return
    if not seen:
        yield Rejection(source, 1, empty)


def parse_auto(obj: Any, ctx: ReadContext, source: str, line: int) -> Record:
    """A line of any JSON-lines format, read by the reader its fields point to."""
    from desktop.core.formats import registry

    kind = sniff.sniff(obj)
    if kind is None:
        return parse_plain(obj, ctx, source, line)
    return registry.get(kind).parse(obj, ctx, source, line)


def read(src: Source, ctx: ReadContext) -> Iterator[Item]:
    return read_lines(src, ctx, parse_plain)


def read_auto(src: Source, ctx: ReadContext) -> Iterator[Item]:
    return read_lines(src, ctx, parse_auto)


FORMAT = Format(
    name="jsonl", label="JSON lines (plain documents)", extensions=(".jsonl", ".ndjson"),
    read=read, description="JSON lines of plain documents: id, text, title, meta",
    carries="id, title, text, meta", loses="(refuses records with annotations)")
