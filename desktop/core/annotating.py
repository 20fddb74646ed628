"""The rules of annotating a document, whatever shows it: what a click hits, when a tag
is a duplicate, which spans a relation may point to, what to check before a document
is done, which document comes next.

Pure functions over the model and the schema (its roles name the claim label and the
claimant relation), so the window, the command line and the tests share one rule each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.core.model import Annotations, Relation, Span
from desktop.core.schema import RelationType, Schema

# the order "done, open the next" looks in: a document not started, then one in progress
NEXT_STATUSES = ("todo", "in_progress")


def spans_at(spans: Iterable[Span], cp: int, labels: Iterable[str] | None = None,
             ) -> list[Span]:
    """Spans under a code-point offset, innermost (shortest) first; a click just after
    a span's last character still hits it when nothing else is there."""
    wanted = set(labels) if labels is not None else None
    pool = [s for s in spans if wanted is None or s.label in wanted]
    hits = [s for s in pool if s.start <= cp < s.end]
    if not hits:
        hits = [s for s in pool if s.start < cp <= s.end]
    return sorted(hits, key=lambda s: (s.end - s.start, s.start))


def duplicate_of(spans: Iterable[Span], label: str, start: int, end: int) -> Span | None:
    """The span the layer has already with this label and these bounds (a second one
    would be a duplicate: the tag selects the first instead)."""
    return next((s for s in spans if (s.label, s.start, s.end) == (label, start, end)), None)


def relation_candidates(spans: Iterable[Span], rtype: RelationType, head: Span) -> list[Span]:
    """The spans a relation of ``rtype`` from ``head`` may point to."""
    return [s for s in spans if s.label in rtype.tail and s.id != head.id]


def can_head(rtype: RelationType, span: Span | None) -> bool:
    return span is not None and span.label in rtype.head


def claims_without_claimant(ann: Annotations, schema: Schema) -> list[Span]:
    """The check before a document is done: claims with no claimant (a warning, never
    blocking: an unattributed claim is allowed, but usually an oversight)."""
    claim, claimant = schema.roles.claim, schema.roles.claimant
    if claim is None or claimant is None:
        return []
    claimed = {r.head for r in ann.relations if r.type == claimant}
    return [s for s in ann.spans if s.label == claim and s.id not in claimed]


def next_document(after: str | None, find: Callable[[str | None, str], str | None],
                  ) -> str | None:
    """The document to open once ``after`` is done: the next one (list order, wrapping)
    still to do, else the next in progress; never ``after`` itself. ``find(after, status)``
    asks the store for the next document with that status."""
    for status in NEXT_STATUSES:
        found = find(after, status)
        if found and found != after:
            return found
    return None


def relations_of(relations: Iterable[Relation], span_id: str) -> list[Relation]:
    return [r for r in relations if span_id in (r.head, r.tail)]


__all__ = ["NEXT_STATUSES", "can_head", "claims_without_claimant", "duplicate_of",
           "next_document", "relation_candidates", "relations_of", "spans_at"]
