"""Shared by the format tests: read a file through the registry, and turn Records into
the ExportDocs an export hands writers (the same JSON the store builds), without SQLite."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.formats import ReadContext, Record, Rejection, get, read_path
from desktop.core.formats.writing import ExportDoc, Output, WriteOptions
from desktop.core.schema import load
from desktop.core.text import sha256_hex
from desktop.resources import default_schema_path

SCHEMA = load(default_schema_path())


def ctx(layer: str = "gold", label_map: dict | None = None) -> ReadContext:
    return ReadContext(layer=layer, schema=SCHEMA, label_map=label_map or {})


def read(path, fmt: str = "auto", **kw) -> tuple[list[Record], list[Rejection]]:
    items = list(read_path(path, fmt=fmt, ctx=ctx(**kw)))
    return ([i for i in items if isinstance(i, Record)],
            [i for i in items if isinstance(i, Rejection)])


def _q(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def export_doc(rec: Record, review: dict | None = None) -> ExportDoc:
    spans = sorted(rec.spans, key=lambda s: (s.start, s.end, s.label, s.id))
    span_objs = []
    for s in spans:
        obj = {"id": s.id, "start": s.start, "end": s.end, "label": s.label, "text": s.text,
               "attrs": dict(sorted(s.attrs.items()))}
        if s.comment:
            obj["comment"] = s.comment
        span_objs.append(obj)
    rels = sorted(rec.relations, key=lambda r: (r.type, r.head, r.tail, r.id))
    rel_objs = [{"id": r.id, "type": r.type, "head": r.head, "tail": r.tail} for r in rels]
    doc = rec.doc
    meta = {k: v for k, v in doc.meta.items() if k != "source_sha256"}
    return ExportDoc(
        doc.id, _q(doc.id), _q(doc.title), _q(doc.text), sha256_hex(doc.text), meta,
        doc.source_sha256, json.dumps(span_objs, ensure_ascii=False, separators=(",", ":")),
        json.dumps(rel_objs, ensure_ascii=False, separators=(",", ":")),
        review or {"status": "reviewed", "reviewer": "", "annotators": []})


def write(fmt: str, docs: list[ExportDoc], out: Path, **options) -> Path:
    f = get(fmt)
    opts = WriteOptions(layer="gold", schema=SCHEMA, **options)
    if fmt == "hf":
        meta, attrs = {}, {}
        for d in docs:
            for k, v in d.meta_out().items():
                meta.setdefault(k, set()).add(_json_type(v))
            for s in d.spans():
                for k, v in s["attrs"].items():
                    attrs.setdefault(k, set()).add(_json_type(v))
        opts.meta_types, opts.attr_types = meta, attrs
    with Output(out, kind=f.output, binary=f.binary, owns=f.owns) as sink:
        writer = f.writer(sink, opts)
        for d in docs:
            writer.write(d)
        writer.close(None)
    return out


def _json_type(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "real"
    if isinstance(v, str):
        return "text"
    return "array" if isinstance(v, list) else "object"


def key(rec: Record):
    """What a round trip must keep: spans (label, bounds, text) and relations between
    them, by position (ids may change in formats that renumber them)."""
    pos = {s.id: (s.label, s.start, s.end) for s in rec.spans}
    return (rec.doc.id, rec.doc.text,
            sorted((s.label, s.start, s.end, s.text) for s in rec.spans),
            sorted((r.type, pos[r.head], pos[r.tail]) for r in rec.relations))


def attrs_key(rec: Record):
    return sorted((s.label, s.start, s.end, tuple(sorted(s.attrs.items())), s.comment)
                  for s in rec.spans)
