"""Gold JSONL (DESIGN §5): reading annotated records and writing the export.

Reading accepts the minimal records of DESIGN §4: ``id``, ``text`` and ``spans`` with
``start``, ``end``, ``label``; everything else is optional but checked when present
(span ``id``, ``text``, ``attrs``, ``comment``; ``relations``; ``text_sha256``;
``offset_unit``). Offsets are into the record's ``text`` as given; when that text is not
canonical yet, every span is remapped through the canonicalisation (``annotated.build``).

Writing is the store's fast path: SQLite quotes each text and builds each document's
span and relation arrays (``Project.export_cursor``), and ``line_from_json`` puts the
line together in the order of DESIGN §5.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from desktop.core.formats import annotated, jsonl, sniff
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.records import Item, ReadContext, Record, RecordError, Source
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, Writer
from desktop.core.text import sha256_hex

SCHEMA_ID = "tawsim-gold/1"
OFFSET_UNIT = "codepoint"
READS = frozenset({"spans", "relations"})


def _obj_id(obj: dict, key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise RecordError(f"{where}: field {key!r} must be a string, not {type(value).__name__}")
    return value


def parse(obj: Any, ctx: ReadContext, source: str, line: int) -> Record:
    """An annotated record -> a Record with canonical text and remapped spans."""
    sniff.refuse_foreign(obj, "gold", READS)
    doc_id, raw, title, meta = jsonl.document_fields(obj)
    if doc_id is None:
        raise RecordError("missing field 'id' (annotated records need one)")
    unit = obj.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise RecordError(f"offset_unit {unit!r} is not supported (only 'codepoint')")
    digest = obj.get("text_sha256")
    if digest is not None and digest not in (sha256_hex(raw), _canonical_sha(raw)):
        raise RecordError("text_sha256 does not match the text")
    raw_spans = obj.get("spans")
    if not isinstance(raw_spans, list):
        raise RecordError("field 'spans' must be a list")
    spans: list[RawSpan] = []
    for n, rs in enumerate(raw_spans, 1):
        if not isinstance(rs, dict):
            raise RecordError(f"span {n} must be an object")
        sid = _obj_id(rs, "id", f"span {n}")
        where = f"span {sid!r}" if sid is not None else f"span {n}"
        spans.append(RawSpan(rs.get("start"), rs.get("end"), rs.get("label"), id=sid,
                             attrs=rs.get("attrs"), comment=rs.get("comment"),
                             text=rs.get("text"), where=where))
    rels = obj.get("relations", [])
    if rels is None:
        rels = []
    if not isinstance(rels, list):
        raise RecordError("field 'relations' must be a list")
    relations: list[RawRelation] = []
    for n, rr in enumerate(rels, 1):
        if not isinstance(rr, dict):
            raise RecordError(f"relation {n} must be an object")
        rid = _obj_id(rr, "id", f"relation {n}")
        where = f"relation {rid!r}" if rid is not None else f"relation {n}"
        if not isinstance(rr.get("type"), str):
            raise RecordError(f"{where}: unknown relation type {rr.get('type')!r}")
        relations.append(RawRelation(rr["type"], rr.get("head"), rr.get("tail"), id=rid,
                                     where=where))
    return annotated.build(ctx, source=source, line=line, doc_id=doc_id, raw=raw,
                           title=title, meta=meta, spans=spans, relations=relations,
                           review=obj.get("review"))


def _canonical_sha(raw: str) -> str:
    from desktop.core.text import canonical

    return sha256_hex(canonical(raw))


def read(src: Source, ctx: ReadContext) -> Iterator[Item]:
    return jsonl.read_lines(src, ctx, parse)


# ------------------------------------------------------------------------------ writing
# A span is written as {"id", "start", "end", "label", "text", "attrs"} (and "comment"
# when it has one) and a relation as {"id", "type", "head", "tail"}; the store builds
# those arrays (desktop/store/project.py, export_cursor) in that shape and order.


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line (no newline): UTF-8 as is, compact, key order kept."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def line_from_json(*, id_json: str, title_json: str, text_json: str, text_sha256: str,
                   meta: dict[str, Any], source_sha256: str, spans_json: str,
                   relations_json: str, review: dict[str, Any]) -> str:
    """One export line, fields in the order of DESIGN §5, from parts that are JSON text
    already (the store's export path: SQLite quotes the text and builds the arrays)."""
    if source_sha256:
        meta = dict(meta)
        meta["source_sha256"] = source_sha256
    meta_json = dumps(dict(sorted(meta.items())))
    tail = dumps({"review": review, "schema": SCHEMA_ID})
    return (f'{{"id":{id_json},"title":{title_json},"text":{text_json},'
            f'"text_sha256":"{text_sha256}","offset_unit":"{OFFSET_UNIT}","meta":{meta_json},'
            f'"spans":{spans_json},"relations":{relations_json},{tail[1:]}')


class GoldWriter(Writer):
    def write(self, doc: ExportDoc) -> None:
        self.out.stream.write(line_from_json(
            id_json=doc.id_json, title_json=doc.title_json, text_json=doc.text_json,
            text_sha256=doc.text_sha256, meta=doc.meta, source_sha256=doc.source_sha256,
            spans_json=doc.spans_json, relations_json=doc.relations_json,
            review=doc.review) + "\n")


FORMAT = Format(
    name="gold", label="Tawsim gold JSONL", extensions=(".jsonl",), read=read, parse=parse,
    writer=GoldWriter, card="beside",
    description="Tawsim's gold JSONL (DESIGN §5), with a dataset card beside it",
    carries="everything: text, meta, spans with ids, attributes and comments, relations, "
            "review state and audit trail",
    loses="nothing")
