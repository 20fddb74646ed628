"""Review on a project: loading annotator layers for agreement, accepting unanimous
work into gold, and the reviewer's decisions with their audit trail.

The rules (what counts as agreement, what is unanimous, what a candidate is) live in
``desktop.core.agreement`` and ``desktop.core.adjudication``; this module only reads and
writes the project, one transaction per decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.core import adjudication, agreement
from desktop.core.model import GOLD, Annotations, Relation, Span
from desktop.store.project import Project


def document_layers(project: Project, doc_id: str) -> dict[str, Annotations]:
    """The annotator layers that hold the document (DESIGN §6), gold excluded."""
    return {
        layer: project.annotations(doc_id, layer)
        for layer in project.annotator_layers()
        if doc_id in project.layer_documents(layer)
    }


def load_layers(project: Project, doc_ids: Iterable[str] | None = None,
                ) -> dict[str, dict[str, Annotations]]:
    """annotator -> document -> annotations, over the documents each layer holds."""
    wanted = set(doc_ids) if doc_ids is not None else None
    out: dict[str, dict[str, Annotations]] = {}
    for layer in project.annotator_layers():
        docs = project.layer_documents(layer)
        if wanted is not None:
            docs &= wanted
        out[layer] = {doc_id: project.annotations(doc_id, layer) for doc_id in sorted(docs)}
    return out


def compute_agreement(project: Project, *, by_document: bool = False) -> dict:
    return agreement.compute(load_layers(project), project.schema, by_document=by_document)


def document_agreement(project: Project, doc_id: str) -> dict:
    return agreement.document_agreement(document_layers(project, doc_id), project.schema)


@dataclass
class UnanimousReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0


def _store_into_gold(project: Project, doc_id: str, spans: list[Span],
                     relations: list[Relation], *, who: str, action: str,
                     reason: str = "") -> None:
    with project.transaction():
        project.restore(spans, relations)
        for s in spans:
            project.audit(doc_id, who, action, {"span": s.id, "label": s.label,
                                                "start": s.start, "end": s.end,
                                                "attrs": s.attrs}, reason)
        for r in relations:
            project.audit(doc_id, who, action, {"relation": r.id, "type": r.type,
                                                "head": r.head, "tail": r.tail}, reason)


def accept_unanimous(project: Project, *, who: str = "",
                     progress: Callable[[int, int], None] | None = None) -> UnanimousReport:
    """Copy into gold every span (with its attributes) and relation that all annotators
    of a document made identically. Idempotent: what gold has already is not added."""
    report = UnanimousReport()
    holders: dict[str, int] = {}
    for layer in project.annotator_layers():
        for doc_id in project.layer_documents(layer):
            holders[doc_id] = holders.get(doc_id, 0) + 1
    todo = sorted(d for d, n in holders.items() if n >= 2)
    for n, doc_id in enumerate(todo, 1):
        anns = document_layers(project, doc_id)
        gold = project.annotations(doc_id, GOLD)
        spans, rels = adjudication.unanimous(anns, gold, gold_layer=GOLD, author=who)
        if spans or rels:
            _store_into_gold(project, doc_id, spans, rels, who=who, action="accept_unanimous")
            report.documents += 1
            report.spans += len(spans)
            report.relations += len(rels)
        if progress:
            progress(n, len(todo))
    return report


def accept_candidate(project: Project, doc_id: str, candidate: adjudication.Difference,
                     annotator: str | None, *, who: str, reason: str = "") -> list[Span]:
    """Accept one candidate (a span, or a relation with the spans it needs) into gold,
    replacing the gold spans it conflicts with. Returns the spans added."""
    anns = document_layers(project, doc_id)
    gold = project.annotations(doc_id, GOLD)
    with project.transaction():
        if candidate.item == "span":
            span = adjudication.accept(candidate, annotator, gold, gold_layer=GOLD, author=who)
            for old in adjudication.conflicting(candidate, gold):
                project.delete_span(old.id)
                project.audit(doc_id, who, "replace", {"span": old.id, "label": old.label,
                                                       "start": old.start, "end": old.end})
            _store_into_gold(project, doc_id, [span], [], who=who, action="accept",
                             reason=reason)
            return [span]
        spans, rel = adjudication.accept_relation(candidate, annotator, anns, gold,
                                                  gold_layer=GOLD, author=who)
        _store_into_gold(project, doc_id, spans, [rel], who=who, action="accept",
                         reason=reason)
        return spans


def reject_candidate(project: Project, doc_id: str, candidate: adjudication.Difference, *,
                     who: str, reason: str = "") -> None:
    """Record that a candidate stays out of gold (and take it out if gold has it)."""
    with project.transaction():
        if candidate.item == "span" and candidate.gold_id:
            project.delete_span(candidate.gold_id)
        project.audit(doc_id, who, "reject", {"key": candidate.key, "kind": candidate.kind,
                                              "annotators": list(candidate.annotators)},
                      reason)


def mark_reviewed(project: Project, doc_id: str, *, who: str, reviewed: bool = True) -> None:
    project.set_status(doc_id, GOLD, "reviewed" if reviewed else "unreviewed", who=who)
