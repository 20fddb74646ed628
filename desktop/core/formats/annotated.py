"""One way to turn an annotated input record into a Record, for every format that reads
annotations (gold, doccano, Label Studio, Prodigy, brat).

A reader pulls the record's own fields apart into ``RawSpan``s and ``RawRelation``s,
with code-point offsets into the text as given (Label Studio's UTF-16 offsets are
converted by its reader first); ``build`` then applies the ``--label-map``, refuses
unknown labels (every unknown name once), checks offsets, given span texts, attributes
and relations against the schema, and remaps every span onto the canonical text
(DESIGN §2) so it covers the same characters as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.formats.records import ReadContext, Record, RecordError, title_of
from desktop.core.model import Document, ModelError, Relation, Span, new_id, now_iso
from desktop.core.schema import SchemaError
from desktop.core.text import (
    TextError,
    canonical,
    canonical_map,
    check_text,
    remap_span,
    sha256_hex,
)


@dataclass(slots=True)
class RawSpan:
    start: Any
    end: Any
    label: Any
    id: Any = None
    attrs: Any = None
    comment: Any = None
    text: Any = None  # the text the input says the span covers, checked when given
    where: str = ""  # how a message names the span: "span 3", "span 's01'", "T3"


@dataclass(slots=True)
class RawRelation:
    type: Any
    head: Any
    tail: Any
    id: Any = None
    where: str = ""


def as_int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(f"{what} must be an integer, not "
                          f"{json.dumps(value, ensure_ascii=False)[:40]}")
    return value


def as_id(value: Any, what: str) -> str | None:
    """An id given as a string or an integer (doccano, Label Studio) -> a string."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RecordError(f"{what} must be a string or an integer, not "
                          f"{type(value).__name__}")
    text = str(value)
    if not text.strip():
        return None
    check_text(text, what)
    return text


def document_id(value: Any, raw_text: str, *, what: str = "field 'id'") -> str:
    """The record's id, or (when it has none) ``doc_`` + 16 hex digits of the canonical
    text's sha256, as for plain JSONL: importing the same file again is then a no-op."""
    doc_id = as_id(value, what)
    if doc_id is None:
        return f"doc_{sha256_hex(canonical(raw_text))[:16]}"
    if "\n" in doc_id or "\t" in doc_id:
        raise RecordError(f"{what} holds a line break or tab")
    return doc_id


def _names(kind: str, names: list[str]) -> str:
    quoted = ", ".join(repr(n) for n in names)
    return f"{kind}{'s' if len(names) > 1 else ''} {quoted}"


def check_names(ctx: ReadContext, spans: list[RawSpan], relations: list[RawRelation]) -> None:
    """Map labels and relation types through ``--label-map``; refuse the record when any
    is still unknown, naming each unknown name once."""
    schema = ctx.schema
    bad_labels: list[str] = []
    bad_types: list[str] = []
    for s in spans:
        if not isinstance(s.label, str):
            raise RecordError(f"{s.where}: label must be a string")
        s.label = ctx.label(s.label)
        if not schema.has_label(s.label) and s.label not in bad_labels:
            bad_labels.append(s.label)
    for r in relations:
        if not isinstance(r.type, str):
            raise RecordError(f"{r.where}: relation type must be a string")
        r.type = ctx.label(r.type)
        if not schema.has_relation(r.type) and r.type not in bad_types:
            bad_types.append(r.type)
    if not bad_labels and not bad_types:
        return
    parts = []
    if bad_labels:
        parts.append(_names("unknown label", bad_labels))
    if bad_types:
        parts.append(_names("unknown relation type", bad_types))
    known = f"known: {', '.join(schema.label_names)}"
    if bad_types:
        known += f"; relation types {', '.join(r.name for r in schema.relations)}"
    example = (bad_labels or bad_types)[0]
    raise RecordError(f"{' and '.join(parts)} ({known}); map foreign names onto the "
                      f"schema with --label-map {example}=NEW")


def build(ctx: ReadContext, *, source: str, line: int, doc_id: str, raw: Any,
          title: Any = None, meta: Any = None, spans: list[RawSpan],
          relations: list[RawRelation] = (), review: Any = None,
          same_text: Callable[[str, str], bool] | None = None,
          source_sha256: str | None = None) -> Record:
    """An annotated record -> a Record with canonical text and remapped, checked spans."""
    if not isinstance(raw, str):
        raise RecordError(f"the text must be a string, not {type(raw).__name__}")
    check_text(raw)
    check_text(doc_id, "the id")
    if title is not None:
        if not isinstance(title, str):
            raise RecordError(f"field 'title' must be a string, not {type(title).__name__}")
        check_text(title, "the title")
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise RecordError(f"field 'meta' must be an object, not {type(meta).__name__}")
    text = canonical(raw)
    if not text:
        raise RecordError("text is empty")
    relations = list(relations)
    check_names(ctx, spans, relations)
    schema = ctx.schema
    cmap = canonical_map(raw) if text != raw else None
    out: list[Span] = []
    ids: dict[str, Span] = {}
    created = now_iso()
    for s in spans:
        where = s.where
        start = as_int(s.start, f"{where}: start")
        end = as_int(s.end, f"{where}: end")
        if end <= start:
            raise RecordError(f"{where}: [{start}, {end}) is empty or reversed")
        if start < 0 or end > len(raw):
            raise RecordError(f"{where}: [{start}, {end}) is out of range "
                              f"(the text has {len(raw)} characters)")
        if s.text is not None:
            if not isinstance(s.text, str):
                raise RecordError(f"{where}: text must be a string")
            covered = raw[start:end]
            if not (s.text == covered or (same_text and same_text(s.text, covered))):
                raise RecordError(f"{where}: text {s.text!r} differs from the text at "
                                  f"[{start}, {end}): {covered!r}")
        attrs = s.attrs if s.attrs is not None else {}
        if not isinstance(attrs, dict):
            raise RecordError(f"{where}: attrs must be an object")
        comment = s.comment if s.comment is not None else ""
        if not isinstance(comment, str):
            raise RecordError(f"{where}: comment must be a string")
        try:
            schema.check_attrs(s.label, attrs)
        except (ModelError, SchemaError) as exc:
            raise RecordError(f"{where}: {exc}") from None
        if cmap is not None:
            try:
                start, end = remap_span(cmap, start, end)
            except TextError as exc:
                raise RecordError(f"{where}: {exc}") from None
        sid = s.id if isinstance(s.id, str) and s.id.strip() else None
        if sid is None:
            sid = new_id()
        elif sid in ids:
            raise RecordError(f"{where}: duplicate span id")
        try:
            span = Span.on(text, doc_id=doc_id, layer=ctx.layer, label=s.label, start=start,
                           end=end, attrs=attrs, id=sid, author=ctx.author, created=created,
                           comment=comment)
        except ModelError as exc:
            raise RecordError(f"{where}: {exc}") from None
        ids[sid] = span
        out.append(span)
    rels = build_relations(ctx, relations, ids, doc_id=doc_id, created=created)
    doc = Document(id=doc_id, text=text, title=title or title_of(text), meta=meta,
                   source_sha256=str(meta.get("source_sha256") or source_sha256
                                     or sha256_hex(raw)))
    return Record(source, line, doc, True, out, rels,
                  review if isinstance(review, dict) else None)


def build_relations(ctx: ReadContext, raw_rels: list[RawRelation], spans: dict[str, Span], *,
                    doc_id: str, created: str) -> list[Relation]:
    schema = ctx.schema
    out: list[Relation] = []
    seen_ids: set[str] = set()
    seen: set[tuple[str, str, str]] = set()
    per_head: dict[tuple[str, str], int] = {}
    for r in raw_rels:
        where = r.where
        head, tail = r.head, r.tail
        if head not in spans or tail not in spans:
            raise RecordError(f"{where}: head and tail must be ids of this record's spans")
        try:
            schema.check_relation(r.type, spans[head].label, spans[tail].label)
        except ModelError as exc:
            raise RecordError(f"{where}: {exc}") from None
        if (r.type, head, tail) in seen:
            raise RecordError(f"{where}: the same {r.type} relation is given twice")
        seen.add((r.type, head, tail))
        limit = schema.relation(r.type).max_per_head
        count = per_head[(head, r.type)] = per_head.get((head, r.type), 0) + 1
        if limit is not None and count > limit:
            raise RecordError(f"{where}: span {head!r} has more than {limit} {r.type} "
                              "relation(s)")
        rid = r.id if isinstance(r.id, str) and r.id.strip() else None
        if rid in seen_ids:
            raise RecordError(f"{where}: duplicate relation id")
        rid = rid or new_id()
        seen_ids.add(rid)
        try:
            out.append(Relation(doc_id=doc_id, layer=ctx.layer, type=r.type, head=head,
                                tail=tail, id=rid, author=ctx.author, created=created))
        except ModelError as exc:
            raise RecordError(f"{where}: {exc}") from None
    return out
