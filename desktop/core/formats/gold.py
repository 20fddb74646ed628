"""Gold JSONL (DESIGN §5): reading annotated records and writing the export.

Reading accepts the minimal records of DESIGN §4: ``id``, ``text`` and ``spans`` with
``start``, ``end``, ``label``; everything else is optional but checked when present.
Offsets are into the record's ``text`` as given; when that text is not canonical yet,
every span is remapped through the canonicalisation so it covers the same characters.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.formats.records import Record, RecordError, title_of
from desktop.core.model import Document, ModelError, Relation, Span, new_id, now_iso
from desktop.core.schema import Schema, SchemaError
from desktop.core.text import TextError, canonical, canonical_map, remap_span, sha256_hex

SCHEMA_ID = "tawsim-gold/1"
OFFSET_UNIT = "codepoint"


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(f"{what} must be an integer, not {json.dumps(value, ensure_ascii=False)}")
    return value


def _str(obj: dict, key: str, *, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise RecordError(f"missing field {key!r}")
        return None
    if not isinstance(value, str):
        raise RecordError(f"field {key!r} must be a string, not {type(value).__name__}")
    return value


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


def parse_annotated(obj: Any, *, layer: str, schema: Schema, source: str, line: int,
                    author: str = "") -> Record:
    """An annotated record -> a Record with canonical text and remapped spans."""
    doc_id, raw, title, meta = document_fields(obj)
    if doc_id is None:
        raise RecordError("missing field 'id' (annotated records need one)")
    unit = obj.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise RecordError(f"offset_unit {unit!r} is not supported (only 'codepoint')")
    text = canonical(raw)
    if not text:
        raise RecordError("text is empty")
    digest = _str(obj, "text_sha256")
    if digest is not None and digest not in (sha256_hex(raw), sha256_hex(text)):
        raise RecordError("text_sha256 does not match the text")
    raw_spans = obj.get("spans")
    if not isinstance(raw_spans, list):
        raise RecordError("field 'spans' must be a list")
    cmap = canonical_map(raw) if text != raw else None
    spans: list[Span] = []
    ids: dict[str, Span] = {}
    created = now_iso()
    for n, rs in enumerate(raw_spans, 1):
        where = f"span {n}"
        if not isinstance(rs, dict):
            raise RecordError(f"{where} must be an object")
        sid = _str(rs, "id")
        if sid is not None:
            where = f"span {sid!r}"
        start = _int(rs.get("start"), f"{where}: start")
        end = _int(rs.get("end"), f"{where}: end")
        label = rs.get("label")
        if not isinstance(label, str):
            raise RecordError(f"{where}: label must be a string")
        if not schema.has_label(label):
            raise RecordError(f"{where}: unknown label {label!r} "
                              f"(known: {', '.join(schema.label_names)})")
        if end <= start:
            raise RecordError(f"{where}: [{start}, {end}) is empty or reversed")
        if start < 0 or end > len(raw):
            raise RecordError(f"{where}: [{start}, {end}) is out of range "
                              f"(the text has {len(raw)} characters)")
        given = rs.get("text")
        if given is not None and given != raw[start:end]:
            raise RecordError(f"{where}: text {given!r} differs from the text at "
                              f"[{start}, {end}): {raw[start:end]!r}")
        attrs = rs.get("attrs", {}) or {}
        if not isinstance(attrs, dict):
            raise RecordError(f"{where}: attrs must be an object")
        try:
            schema.check_attrs(label, attrs)
        except (ModelError, SchemaError) as exc:
            raise RecordError(f"{where}: {exc}") from None
        if cmap is not None:
            try:
                start, end = remap_span(cmap, start, end)
            except TextError as exc:
                raise RecordError(f"{where}: {exc}") from None
        if sid is None or not sid.strip():
            sid = new_id()
        elif sid in ids:
            raise RecordError(f"{where}: duplicate span id")
        try:
            span = Span.on(text, doc_id=doc_id, layer=layer, label=label, start=start, end=end,
                           attrs=attrs, id=sid, author=author, created=created)
        except ModelError as exc:
            raise RecordError(f"{where}: {exc}") from None
        ids[sid] = span
        spans.append(span)
    relations = _relations(obj.get("relations", []), ids, doc_id=doc_id, layer=layer,
                           schema=schema, author=author, created=created)
    review = obj.get("review")
    doc = Document(id=doc_id, text=text, title=title or title_of(text), meta=meta,
                   source_sha256=str(meta.get("source_sha256") or sha256_hex(raw)))
    return Record(source, line, doc, True, spans, relations,
                  review if isinstance(review, dict) else None)


def _relations(raw_rels: Any, spans: dict[str, Span], *, doc_id: str, layer: str,
               schema: Schema, author: str, created: str) -> list[Relation]:
    if raw_rels is None:
        return []
    if not isinstance(raw_rels, list):
        raise RecordError("field 'relations' must be a list")
    out: list[Relation] = []
    seen_ids: set[str] = set()
    per_head: dict[tuple[str, str], int] = {}
    for n, rr in enumerate(raw_rels, 1):
        where = f"relation {n}"
        if not isinstance(rr, dict):
            raise RecordError(f"{where} must be an object")
        rid = _str(rr, "id")
        if rid is not None:
            where = f"relation {rid!r}"
        type_ = rr.get("type")
        if not isinstance(type_, str) or not schema.has_relation(type_):
            raise RecordError(f"{where}: unknown relation type {type_!r}")
        head, tail = rr.get("head"), rr.get("tail")
        if head not in spans or tail not in spans:
            raise RecordError(f"{where}: head and tail must be ids of this record's spans")
        try:
            schema.check_relation(type_, spans[head].label, spans[tail].label)
        except ModelError as exc:
            raise RecordError(f"{where}: {exc}") from None
        limit = schema.relation(type_).max_per_head
        count = per_head[(head, type_)] = per_head.get((head, type_), 0) + 1
        if limit is not None and count > limit:
            raise RecordError(f"{where}: span {head!r} has more than {limit} {type_} relation(s)")
        if not rid or rid in seen_ids:
            if rid in seen_ids:
                raise RecordError(f"{where}: duplicate relation id")
            rid = new_id()
        seen_ids.add(rid)
        try:
            out.append(Relation(doc_id=doc_id, layer=layer, type=type_, head=head, tail=tail,
                                id=rid, author=author, created=created))
        except ModelError as exc:
            raise RecordError(f"{where}: {exc}") from None
    return out


# ------------------------------------------------------------------------------ writing
# A span is written as {"id", "start", "end", "label", "text", "attrs"} and a relation as
# {"id", "type", "head", "tail"}; the store builds those arrays (desktop/store/project.py,
# export_cursor) in that shape and order, and line_from_json puts the record together.


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line (no newline): UTF-8 as is, compact, key order kept."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def line_from_json(*, id_json: str, title_json: str, text_json: str, text_sha256: str,
                   meta: dict[str, Any], source_sha256: str, spans_json: str,
                   relations_json: str, review: dict[str, Any]) -> str:
    """One export line, fields in the order of DESIGN §5, from parts that are JSON text
    already (the store's export path: SQLite quotes the text and builds the span arrays,
    and has checked every span against the text). Same record as ``record_json``."""
    if source_sha256:
        meta = dict(meta)
        meta["source_sha256"] = source_sha256
    meta_json = dumps(dict(sorted(meta.items())))
    tail = dumps({"review": review, "schema": SCHEMA_ID})
    return (f'{{"id":{id_json},"title":{title_json},"text":{text_json},'
            f'"text_sha256":"{text_sha256}","offset_unit":"{OFFSET_UNIT}","meta":{meta_json},'
            f'"spans":{spans_json},"relations":{relations_json},{tail[1:]}')
