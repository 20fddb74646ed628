"""doccano JSONL (sequence labelling and relation extraction projects).

Read, one record a line, in either of doccano's shapes:

* ``{"text", "label": [[start, end, "LABEL"], ...]}`` (sequence labelling; a span may
  also be an object ``{"start_offset", "end_offset", "label"}``, as doccano accepts);
* ``{"text", "entities": [{"id", "start_offset", "end_offset", "label"}],
  "relations": [{"id", "from_id", "to_id", "type"}]}`` (relation extraction).

Offsets are code points. Integer ids become strings; a record with no ``id`` gets
``doc_`` + 16 hex digits of its text's sha256 (doccano's own examples carry none). Every
other top-level field (doccano keeps extra columns there: ``Comments``, your own) goes into
the document's ``meta``, so nothing is dropped; a ``meta`` object is taken as it is. A
``label`` list of plain strings is document classification, which Tawsim does not read.

Written in the second shape, with the document id in ``id``, integer entity and relation
ids (doccano's importer wants integers; they are unique in the file), and ``meta``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.core.formats import annotated, jsonl, sniff
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.records import Item, ReadContext, Record, RecordError, Source
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, Writer

READS = frozenset({"label", "entities", "relations"})
_OWN = {"id", "text", "label", "entities", "relations", "meta", "title"}


def _spans_from_label(label: Any) -> list[RawSpan]:
    if not isinstance(label, list):
        raise RecordError("field 'label' must be a list of [start, end, label] spans")
    out = []
    for n, item in enumerate(label, 1):
        where = f"span {n}"
        if isinstance(item, list) and len(item) == 3:
            out.append(RawSpan(item[0], item[1], item[2], where=where))
        elif isinstance(item, dict):
            out.append(RawSpan(item.get("start_offset"), item.get("end_offset"),
                               item.get("label"), where=where))
        elif isinstance(item, str):
            raise RecordError("field 'label' holds document categories (text "
                              "classification), which Tawsim does not read")
        else:
            raise RecordError(f"{where} must be [start, end, label]")
    return out


def parse(obj: Any, ctx: ReadContext, source: str, line: int) -> Record:
    sniff.refuse_foreign(obj, "doccano", READS)
    if not isinstance(obj, dict):
        raise RecordError(f"a record must be a JSON object, not {type(obj).__name__}")
    raw = obj.get("text")
    if not isinstance(raw, str):
        raise RecordError("missing field 'text'" if raw is None
                          else f"field 'text' must be a string, not {type(raw).__name__}")
    doc_id = annotated.document_id(obj.get("id"), raw)
    if "label" in obj and "entities" in obj:
        raise RecordError("the record has both 'label' and 'entities': one of the two, "
                          "please")
    relations: list[RawRelation] = []
    if "entities" in obj:
        ents = obj["entities"]
        if not isinstance(ents, list):
            raise RecordError("field 'entities' must be a list")
        spans = []
        for n, e in enumerate(ents, 1):
            if not isinstance(e, dict):
                raise RecordError(f"entity {n} must be an object")
            eid = annotated.as_id(e.get("id"), f"entity {n}: id")
            spans.append(RawSpan(e.get("start_offset"), e.get("end_offset"), e.get("label"),
                                 id=eid, where=f"entity {eid if eid is not None else n}"))
        rels = obj.get("relations") or []
        if not isinstance(rels, list):
            raise RecordError("field 'relations' must be a list")
        for n, r in enumerate(rels, 1):
            if not isinstance(r, dict):
                raise RecordError(f"relation {n} must be an object")
            rid = annotated.as_id(r.get("id"), f"relation {n}: id")
            where = f"relation {rid if rid is not None else n}"
            head = annotated.as_id(r.get("from_id"), f"{where}: from_id")
            tail = annotated.as_id(r.get("to_id"), f"{where}: to_id")
            relations.append(RawRelation(r.get("type"), head, tail, id=rid, where=where))
        if relations and any(s.id is None for s in spans):
            raise RecordError("relations need every entity to carry an 'id'")
    else:
        spans = _spans_from_label(obj.get("label", []))
        if obj.get("relations"):
            raise RecordError("'relations' need 'entities' with ids (doccano's relation "
                              "format), not 'label'")
    meta = obj.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise RecordError(f"field 'meta' must be an object, not {type(meta).__name__}")
    meta = dict(meta or {})
    for key, value in obj.items():
        if key not in _OWN:
            meta.setdefault(key, value)
    return annotated.build(ctx, source=source, line=line, doc_id=doc_id, raw=raw,
                           title=obj.get("title"), meta=meta, spans=spans,
                           relations=relations)


def read(src: Source, ctx: ReadContext) -> Iterator[Item]:
    return jsonl.read_lines(src, ctx, parse)


class DoccanoWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        self.next_span = 1
        self.next_rel = 1

    def write(self, doc: ExportDoc) -> None:
        ids: dict[str, int] = {}
        entities = []
        for s in doc.spans():
            ids[s["id"]] = n = self.next_span
            self.next_span += 1
            entities.append({"id": n, "label": s["label"], "start_offset": s["start"],
                             "end_offset": s["end"]})
        relations = []
        for r in doc.relations():
            relations.append({"id": self.next_rel, "from_id": ids[r["head"]],
                              "to_id": ids[r["tail"]], "type": r["type"]})
            self.next_rel += 1
        record = {"id": doc.id, "text": doc.text, "entities": entities,
                  "relations": relations, "meta": doc.meta_out()}
        self.out.stream.write(jsonl_line(record))


def jsonl_line(record: dict) -> str:
    import json

    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


FORMAT = Format(
    name="doccano", label="doccano JSONL", extensions=(".jsonl",), read=read, parse=parse,
    writer=DoccanoWriter,
    description="doccano JSONL: 'label' triples, or 'entities' and 'relations'",
    carries="text, spans (label, offsets), relations, meta",
    loses="span ids (integers in doccano), attributes, comments, title, review state")
