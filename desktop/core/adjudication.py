"""Adjudication: the annotators' differences on one document, and copying into gold.

A *candidate* is a span position ``(label, start, end)`` that at least one annotator
tagged (identical spans of several annotators are one candidate), or a relation
``(type, head candidate, tail candidate)``. :func:`differences` lists the candidates of
a document with the kind of (dis)agreement; :func:`unanimous` gives what every annotator
did identically, ready for the gold layer; :func:`accept` and :func:`accept_relation`
copy one annotator's version of a candidate into gold. Nothing here stores anything: the
caller (the store, the review window, ``tawsim review``) does, in one transaction.

Attributes compare with ``None``, ``""`` and a missing attribute as one value ("not
set"), as in :mod:`desktop.core.agreement`. See ``docs/agreement.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.agreement_pairs import attr_value, normalized_attrs
from desktop.core.model import GOLD, Annotations, ModelError, Relation, Span, new_id, now_iso

SPAN_KINDS = ("agreed", "only_some", "boundary", "label", "attribute")
RELATION_KINDS = ("agreed", "only_some")

SpanKey = tuple[str, int, int]


class AdjudicationError(ModelError):
    """A request that cannot be carried out (e.g. accepting a candidate from an annotator
    who does not have it)."""


def span_key(label: str, start: int, end: int) -> str:
    """The stable key of a span candidate."""
    return f"span:{label}:{start}:{end}"


def relation_key(type_: str, head: str, tail: str) -> str:
    """The stable key of a relation candidate (``head``/``tail``: span candidate keys)."""
    return f"rel:{type_}:{head}>{tail}"


@dataclass(frozen=True, slots=True)
class Difference:
    """One candidate for review.

    ``item`` is ``"span"`` or ``"relation"``. For a span, ``label``/``start``/``end`` are
    its own; for a relation, ``label`` is the relation type and ``start``/``end`` are the
    head span's (so relations sort beside their head), with ``head``/``tail`` the span
    candidate keys. ``annotators`` have the candidate, ``missing`` hold the document
    without it. ``attributes``: the attributes whose values differ among ``annotators``.
    ``conflicts``: keys of the candidates that make this one a ``boundary`` or ``label``
    difference (the same label with other bounds overlapping it, or the same bounds
    with another label, in the layer of an annotator who lacks this one).
    """

    key: str
    item: str
    kind: str
    label: str
    start: int
    end: int
    text: str = ""
    annotators: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    spans: dict[str, Span] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    attributes: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    head: str = ""
    tail: str = ""
    in_gold: bool = False
    gold_id: str = ""  # the matching gold span/relation, when in_gold


def _annotators(anns: Mapping[str, Annotations], gold_layer: str) -> list[str]:
    return sorted(n for n in anns if n != gold_layer)


def _key(span: Span) -> SpanKey:
    return (span.label, span.start, span.end)


def _first_by_key(spans: Iterable[Span]) -> dict[SpanKey, Span]:
    """The first span at each (label, start, end) in a stable order (duplicates are one)."""
    out: dict[SpanKey, Span] = {}
    for s in sorted(spans, key=lambda s: (_key(s), repr(normalized_attrs(s.attrs)), s.id)):
        out.setdefault(_key(s), s)
    return out


def _relation_triples(ann: Annotations) -> dict[tuple[str, SpanKey, SpanKey], Relation]:
    by_id = {s.id: s for s in ann.spans}
    out: dict[tuple[str, SpanKey, SpanKey], Relation] = {}
    for r in sorted(ann.relations, key=lambda r: r.id):
        head, tail = by_id.get(r.head), by_id.get(r.tail)
        if head is None or tail is None:
            continue
        out.setdefault((r.type, _key(head), _key(tail)), r)
    return out


def differences(anns: Mapping[str, Annotations], gold: Annotations | None, *,
                gold_layer: str = GOLD) -> list[Difference]:
    """The candidates of one document for review: span candidates sorted by start, end,
    label, then relation candidates sorted by head bounds, tail bounds, type.

    ``anns``: annotator -> that annotator's Annotations of the document (a layer named
    ``gold_layer`` in it is ignored). Kinds of a span candidate, first that applies:

    - ``agreed``: every annotator (two at least) has it, with identical attributes;
    - ``attribute``: every annotator (two at least) has it, attributes differ
      (``attributes`` names them);
    - ``label``: some annotator lacking it has a span with the same bounds and another label;
    - ``boundary``: some annotator lacking it has a span of the same label, other bounds,
      overlapping it;
    - ``only_some``: otherwise, only some annotators have it (with a single annotator,
      every candidate is ``only_some``: nobody confirmed it).

    Relation candidates are ``agreed`` or ``only_some``. Spans and relations only in
    gold are not candidates.
    """
    names = _annotators(anns, gold_layer)
    per_ann = {n: _first_by_key(anns[n].spans) for n in names}
    gold_spans = _first_by_key(gold.spans) if gold is not None else {}
    all_keys = sorted({k for m in per_ann.values() for k in m}, key=lambda k: (k[1], k[2], k[0]))

    out: list[Difference] = []
    for key in all_keys:
        label, start, end = key
        holders = tuple(n for n in names if key in per_ann[n])
        missing = tuple(n for n in names if key not in per_ann[n])
        spans = {n: per_ann[n][key] for n in holders}
        differing = _differing_attributes(spans.values())
        conflicts_label: set[SpanKey] = set()
        conflicts_bounds: set[SpanKey] = set()
        for n in missing:
            for other in per_ann[n]:
                if other[1:] == (start, end) and other[0] != label:
                    conflicts_label.add(other)
                elif other[0] == label and other[1] < end and start < other[2]:
                    conflicts_bounds.add(other)
        if not missing and len(names) >= 2:
            kind = "attribute" if differing else "agreed"
        elif conflicts_label:
            kind = "label"
        elif conflicts_bounds:
            kind = "boundary"
        else:
            kind = "only_some"
        conflicts = sorted(conflicts_label | conflicts_bounds, key=lambda k: (k[1], k[2], k[0]))
        gold_span = gold_spans.get(key)
        out.append(Difference(
            key=span_key(*key), item="span", kind=kind, label=label, start=start, end=end,
            text=spans[holders[0]].text, annotators=holders, missing=missing, spans=spans,
            attributes=differing, conflicts=tuple(span_key(*k) for k in conflicts),
            in_gold=gold_span is not None, gold_id=gold_span.id if gold_span else "",
        ))

    per_ann_rel = {n: _relation_triples(anns[n]) for n in names}
    gold_rel = _relation_triples(gold) if gold is not None else {}
    triples = sorted({t for m in per_ann_rel.values() for t in m},
                     key=lambda t: (t[1][1], t[1][2], t[2][1], t[2][2], t[0], t[1][0], t[2][0]))
    for triple in triples:
        type_, head, tail = triple
        holders = tuple(n for n in names if triple in per_ann_rel[n])
        missing = tuple(n for n in names if triple not in per_ann_rel[n])
        hk, tk = span_key(*head), span_key(*tail)
        gold_r = gold_rel.get(triple)
        out.append(Difference(
            key=relation_key(type_, hk, tk), item="relation",
            kind="agreed" if not missing and len(names) >= 2 else "only_some",
            label=type_, start=head[1], end=head[2], annotators=holders, missing=missing,
            relations={n: per_ann_rel[n][triple] for n in holders}, head=hk, tail=tk,
            in_gold=gold_r is not None, gold_id=gold_r.id if gold_r else "",
        ))
    return out


def _differing_attributes(spans: Iterable[Span]) -> tuple[str, ...]:
    spans = list(spans)
    names = sorted({k for s in spans for k in s.attrs})
    return tuple(n for n in names if len({repr(attr_value(s.attrs, n)) for s in spans}) > 1)


# ============================================================================ into gold


def _gold_span(source: Span, gold: Annotations, gold_layer: str, author: str) -> Span:
    return Span(doc_id=gold.doc_id, layer=gold_layer, label=source.label, start=source.start,
                end=source.end, text=source.text, attrs=dict(source.attrs), id=new_id(),
                author=author, created=now_iso())


def _gold_relation(type_: str, head: str, tail: str, gold: Annotations, gold_layer: str,
                   author: str) -> Relation:
    return Relation(doc_id=gold.doc_id, layer=gold_layer, type=type_, head=head, tail=tail,
                    id=new_id(), author=author, created=now_iso())


def _resolve(key: SpanKey, attrs: Any, spans: Iterable[Span]) -> Span | None:
    """The span at ``key`` among ``spans``: one with the same attributes first, else any
    (the reviewer's edited version of that span)."""
    same_place = sorted((s for s in spans if _key(s) == key), key=lambda s: s.id)
    for s in same_place:
        if normalized_attrs(s.attrs) == attrs:
            return s
    return same_place[0] if same_place else None


def unanimous(anns: Mapping[str, Annotations], gold: Annotations, *, gold_layer: str = GOLD,
              author: str = "") -> tuple[list[Span], list[Relation]]:
    """What every annotator of the document did identically and gold lacks, as new gold
    spans and relations (new ids; the caller stores them).

    A span is unanimous when every annotator has a span with its label, start, end and
    attributes (unset attributes equal); it is added unless gold already has a span with
    that label, start and end (whatever its attributes: the reviewer's version stands).
    A relation is unanimous when every annotator has a relation of its type between
    spans at the same (label, start, end) positions; it is added unless gold has it, and
    points at the gold span at each end (one with the same attributes first, else the
    one at that position, else the span added now). If an end has no gold span and is
    not unanimous itself, the relation is left out. Applying the result and calling this
    again gives nothing (idempotent).

    With fewer than two annotators there is no agreement to speak of: nothing is returned.
    """
    names = _annotators(anns, gold_layer)
    if len(names) < 2:
        return [], []

    def signatures(ann: Annotations) -> dict[tuple[SpanKey, Any], Span]:
        out: dict[tuple[SpanKey, Any], Span] = {}
        for s in sorted(ann.spans, key=lambda s: s.id):
            out.setdefault((_key(s), normalized_attrs(s.attrs)), s)
        return out

    per_ann = {n: signatures(anns[n]) for n in names}
    common = set.intersection(*(set(m) for m in per_ann.values()))
    gold_keys = {_key(s) for s in gold.spans}
    new_spans: list[Span] = []
    for sig in sorted(common, key=lambda sig: (sig[0][1], sig[0][2], sig[0][0], repr(sig[1]))):
        if sig[0] in gold_keys:
            continue
        gold_keys.add(sig[0])
        new_spans.append(_gold_span(per_ann[names[0]][sig], gold, gold_layer, author))

    per_ann_rel = {n: _relation_triples(anns[n]) for n in names}
    common_rel = set.intersection(*(set(m) for m in per_ann_rel.values()))
    gold_triples = set(_relation_triples(gold))
    available = [*gold.spans, *new_spans]
    first = anns[names[0]]
    new_relations: list[Relation] = []
    for triple in sorted(common_rel, key=lambda t: (t[1][1], t[1][2], t[2][1], t[2][2],
                                                     t[0], t[1][0], t[2][0])):
        if triple in gold_triples:
            continue
        type_, hk, tk = triple
        rel = per_ann_rel[names[0]][triple]
        head_src, tail_src = first.span(rel.head), first.span(rel.tail)
        head = _resolve(hk, normalized_attrs(head_src.attrs), available)
        tail = _resolve(tk, normalized_attrs(tail_src.attrs), available)
        if head is None or tail is None or head.id == tail.id:
            continue
        gold_triples.add(triple)
        new_relations.append(_gold_relation(type_, head.id, tail.id, gold, gold_layer, author))
    return new_spans, new_relations


def accept(candidate: Difference, annotator: str | None, gold: Annotations, *,
           gold_layer: str = GOLD, author: str = "") -> Span:
    """A new gold span copying ``annotator``'s version of a span candidate (its label,
    bounds, text and attributes); ``annotator=None``: the first who has it. The caller
    stores it, and removes what it replaces (see :func:`conflicting`)."""
    if candidate.item != "span":
        raise AdjudicationError("accept() takes a span candidate; use accept_relation()")
    source = _source(candidate.spans, candidate.annotators, annotator, candidate.key)
    return _gold_span(source, gold, gold_layer, author)


def accept_relation(candidate: Difference, annotator: str | None, anns: Mapping[str, Annotations],
                    gold: Annotations, *, gold_layer: str = GOLD, author: str = "",
                    ) -> tuple[list[Span], Relation]:
    """A new gold relation copying ``annotator``'s version of a relation candidate, with
    the gold spans it needs: each end points at the gold span at that position (same
    attributes first), or at a copy of the annotator's span, returned to be stored too."""
    if candidate.item != "relation":
        raise AdjudicationError("accept_relation() takes a relation candidate")
    rel = _source(candidate.relations, candidate.annotators, annotator, candidate.key)
    layer = anns[annotator if annotator is not None else candidate.annotators[0]]
    added: list[Span] = []
    ends = []
    for span_id in (rel.head, rel.tail):
        src = layer.span(span_id)
        if src is None:
            raise AdjudicationError(f"relation {rel.id} points at a span that is not in its layer")
        target = _resolve(_key(src), normalized_attrs(src.attrs), [*gold.spans, *added])
        if target is None:
            target = _gold_span(src, gold, gold_layer, author)
            added.append(target)
        ends.append(target.id)
    return added, _gold_relation(rel.type, ends[0], ends[1], gold, gold_layer, author)


def conflicting(candidate: Difference, gold: Annotations) -> list[Span]:
    """The gold spans that accepting a span candidate would normally replace: those at
    the same bounds (any label) and those of the same label that overlap it."""
    out = []
    for s in gold.spans:
        same_bounds = (s.start, s.end) == (candidate.start, candidate.end)
        overlapping = s.label == candidate.label and s.start < candidate.end and candidate.start < s.end
        if same_bounds or overlapping:
            out.append(s)
    return sorted(out, key=lambda s: (s.start, s.end, s.label, s.id))


def _source(items: Mapping[str, Any], holders: tuple[str, ...], annotator: str | None,
            key: str) -> Any:
    if annotator is None:
        if not holders:
            raise AdjudicationError(f"nobody has {key}")
        annotator = holders[0]
    if annotator not in items:
        raise AdjudicationError(f"{annotator} does not have {key}")
    return items[annotator]
