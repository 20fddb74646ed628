"""A reviewer's decision on one candidate, planned in full before anything is stored.

``plan_accept``, ``plan_reject`` and ``plan_unanimous`` work out from the document's gold
and annotator layers (in memory) exactly what a decision changes in gold: the spans and
relations it adds and removes, the spans it updates, and the audit entries that record
it. A store applies a ``Decision`` in one transaction and reverses it in another
(``desktop.core.ops.Decide`` is the undoable edit), so the rules live here, testable
without SQLite, and the trail stays append-only: an undo or a redo adds its own entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.model import GOLD, Annotations, Relation, Span

if TYPE_CHECKING:  # the rules are imported by the functions that apply them: opening a
    from desktop.core import adjudication  # window (which reverts decisions) needs none

AuditEntry = tuple[str, dict[str, Any], str]  # action, detail, reason


@dataclass
class Decision:
    """What one review decision changes in gold (enough to apply, undo and redo it)."""

    doc_id: str
    action: str  # accept | reject | accept_unanimous
    key: str = ""  # the candidate's key ("" for accept_unanimous)
    added_spans: list[Span] = field(default_factory=list)
    added_relations: list[Relation] = field(default_factory=list)
    removed_spans: list[Span] = field(default_factory=list)
    removed_relations: list[Relation] = field(default_factory=list)
    updated: list[tuple[Span, Span]] = field(default_factory=list)  # (before, after)
    audit: list[AuditEntry] = field(default_factory=list)  # written when first applied

    @property
    def changes(self) -> int:
        return (len(self.added_spans) + len(self.added_relations) + len(self.removed_spans)
                + len(self.removed_relations) + len(self.updated))

    def detail(self) -> dict[str, Any]:
        """The audit detail of an undo or redo of this decision."""
        return {"of": self.action, "key": self.key,
                "added": [s.id for s in self.added_spans] + [r.id for r in self.added_relations],
                "removed": [s.id for s in self.removed_spans]
                + [r.id for r in self.removed_relations],
                "updated": [a.id for _b, a in self.updated]}


def span_detail(s: Span) -> dict[str, Any]:
    return {"span": s.id, "label": s.label, "start": s.start, "end": s.end, "attrs": s.attrs}


def relation_detail(r: Relation) -> dict[str, Any]:
    return {"relation": r.id, "type": r.type, "head": r.head, "tail": r.tail}


def _remove(d: Decision, gold: Annotations, span: Span) -> None:
    """Take ``span`` out of gold in ``d``, with the relations that use it."""
    d.removed_spans.append(span)
    seen = {r.id for r in d.removed_relations}
    d.removed_relations.extend(r for r in gold.relations
                               if span.id in (r.head, r.tail) and r.id not in seen)


def plan_accept(candidate: adjudication.Difference, annotator: str | None, gold: Annotations,
                layers: Mapping[str, Annotations], *, who: str, reason: str = "") -> Decision:
    """Accept ``annotator``'s version of a candidate into gold (None: the first who has
    it). A span replaces the gold spans it conflicts with (``adjudication.conflicting``),
    except a gold span at exactly its label and bounds, which takes the chosen version's
    attributes and keeps its id (and so its relations). A relation brings the gold spans
    it needs; a relation gold has already is only confirmed (audited)."""
    from desktop.core import adjudication

    source = annotator if annotator is not None else (
        candidate.annotators[0] if candidate.annotators else "")
    d = Decision(gold.doc_id, "accept", candidate.key)
    base = {"key": candidate.key, "kind": candidate.kind, "from": source}
    if candidate.item == "span":
        new = adjudication.accept(candidate, annotator, gold, gold_layer=GOLD, author=who)
        same = [s for s in gold.spans
                if (s.label, s.start, s.end) == (new.label, new.start, new.end)]
        keep = min(same, key=lambda s: s.id) if same else None
        for old in adjudication.conflicting(candidate, gold):
            if keep is not None and old.id == keep.id:
                continue
            _remove(d, gold, old)
            d.audit.append(("replace", {"for": candidate.key, **span_detail(old)}, ""))
        if keep is not None:
            after = keep.with_(attrs=dict(new.attrs))
            if after.attrs != keep.attrs:
                d.updated.append((keep, after))
            d.audit.append(("accept", {**base, **span_detail(after)}, reason))
        else:
            d.added_spans.append(new)
            d.audit.append(("accept", {**base, **span_detail(new)}, reason))
        return d
    if candidate.in_gold:
        d.audit.append(("accept", {**base, "relation": candidate.gold_id}, reason))
        return d
    spans, rel = adjudication.accept_relation(candidate, annotator, layers, gold,
                                              gold_layer=GOLD, author=who)
    for s in spans:
        d.audit.append(("add", {"for": candidate.key, **span_detail(s)}, ""))
    d.added_spans.extend(spans)
    d.added_relations.append(rel)
    d.audit.append(("accept", {**base, **relation_detail(rel)}, reason))
    return d


def plan_reject(candidate: adjudication.Difference, gold: Annotations, *, who: str,
                reason: str = "") -> Decision:
    """Keep a candidate out of gold (taking it out if gold has it), with its audit entry
    (and the optional reason)."""
    del who  # the store writes who decided with every entry
    d = Decision(gold.doc_id, "reject", candidate.key)
    if candidate.gold_id:
        if candidate.item == "span":
            span = gold.span(candidate.gold_id)
            if span is not None:
                _remove(d, gold, span)
        else:
            rel = next((r for r in gold.relations if r.id == candidate.gold_id), None)
            if rel is not None:
                d.removed_relations.append(rel)
    d.audit.append(("reject", {"key": candidate.key, "kind": candidate.kind,
                               "label": candidate.label, "start": candidate.start,
                               "end": candidate.end, "annotators": list(candidate.annotators)},
                    reason))
    return d


def plan_unanimous(layers: Mapping[str, Annotations], gold: Annotations, *,
                   who: str) -> Decision:
    """What every annotator of the document did identically and gold lacks
    (``adjudication.unanimous``), as one decision."""
    from desktop.core import adjudication

    spans, rels = adjudication.unanimous(layers, gold, gold_layer=GOLD, author=who)
    d = Decision(gold.doc_id, "accept_unanimous", "", list(spans), list(rels))
    d.audit.extend(("accept_unanimous", span_detail(s), "") for s in spans)
    d.audit.extend(("accept_unanimous", relation_detail(r), "") for r in rels)
    return d


def decision_states(trail: list[dict[str, Any]]) -> dict[str, str]:
    """candidate key -> the standing decision on it ("accept" or "reject"), from a
    document's audit trail (an undo withdraws the last decision on its key, a redo
    restores it)."""
    stacks: dict[str, list[str]] = {}
    for entry in trail:
        detail = entry["detail"] if isinstance(entry["detail"], dict) else {}
        key = detail.get("key")
        if not key:
            continue
        action = entry["action"]
        if action in ("accept", "reject"):
            stacks.setdefault(key, []).append(action)
        elif action == "undo" and stacks.get(key):
            stacks[key].pop()
        elif action == "redo" and detail.get("of") in ("accept", "reject"):
            stacks.setdefault(key, []).append(detail["of"])
    return {k: v[-1] for k, v in stacks.items() if v}


__all__ = ["AuditEntry", "Decision", "decision_states", "plan_accept", "plan_reject",
           "plan_unanimous", "relation_detail", "span_detail"]
