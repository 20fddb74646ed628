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
from desktop.store.layer_stream import iter_layer_documents
from desktop.store.project import Project


def document_layers(project: Project, doc_id: str) -> dict[str, Annotations]:
    """The annotator layers that hold the document (DESIGN §6), gold excluded."""
    return {layer: project.annotations(doc_id, layer)
            for layer in project.document_holders(doc_id)}


def load_layers(project: Project, doc_ids: Iterable[str] | None = None,
                ) -> dict[str, dict[str, Annotations]]:
    """annotator -> document -> annotations, over the documents each layer holds (all in
    memory: for a whole corpus, ``compute_agreement`` streams instead)."""
    wanted = set(doc_ids) if doc_ids is not None else None
    out: dict[str, dict[str, Annotations]] = {n: {} for n in project.annotator_layers()}
    for doc_id, anns in iter_layer_documents(project, list(out)):
        if wanted is None or doc_id in wanted:
            for layer, ann in anns.items():
                out[layer][doc_id] = ann
    return out


def compute_agreement(project: Project, *, by_document: bool = False) -> dict:
    """Agreement over the whole project, read document by document (flat memory)."""
    names = project.annotator_layers()
    acc = agreement.Agreement(names, project.schema, by_document=by_document)
    for doc_id, anns in iter_layer_documents(project, names):
        acc.add(doc_id, anns)
    return acc.result()


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
            project._audit(doc_id, who, action, {"span": s.id, "label": s.label,
                                                 "start": s.start, "end": s.end,
                                                 "attrs": s.attrs}, reason)
        for r in relations:
            project._audit(doc_id, who, action, {"relation": r.id, "type": r.type,
                                                 "head": r.head, "tail": r.tail}, reason)


UNANIMOUS_BATCH = 200  # documents a transaction (each whole): few commits, short locks


def accept_unanimous(project: Project, *, who: str = "",
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> UnanimousReport:
    """Copy into gold every span (with its attributes) and relation that all annotators
    of a document made identically. Idempotent: what gold has already is not added.
    Each document is stored whole (a few hundred share a transaction); ``cancelled`` is
    polled between documents, and what was decided before it is kept."""
    report = UnanimousReport()
    todo = project.shared_documents()
    stop = False
    for first in range(0, len(todo), UNANIMOUS_BATCH):
        done = UnanimousReport()
        with project.transaction():
            for n, doc_id in enumerate(todo[first:first + UNANIMOUS_BATCH], first + 1):
                if cancelled is not None and cancelled():
                    stop = True
                    break
                anns = document_layers(project, doc_id)
                gold = project.annotations(doc_id, GOLD)
                spans, rels = adjudication.unanimous(anns, gold, gold_layer=GOLD, author=who)
                if spans or rels:
                    _store_into_gold(project, doc_id, spans, rels, who=who,
                                     action="accept_unanimous")
                    done.documents += 1
                    done.spans += len(spans)
                    done.relations += len(rels)
                if progress:
                    progress(n, len(todo))
        report.documents += done.documents
        report.spans += done.spans
        report.relations += done.relations
        if stop:
            break
    return report


def mark_reviewed(project: Project, doc_id: str, *, who: str, reviewed: bool = True) -> None:
    project.set_status(doc_id, GOLD, "reviewed" if reviewed else "unreviewed", who=who)


def decision_states(project: Project, doc_id: str) -> dict[str, str]:
    """candidate key -> the standing decision on it (``desktop.core.decisions``)."""
    from desktop.core.decisions import decision_states as states

    return states(project.audit_trail(doc_id))


def next_to_review(project: Project, after: str | None) -> str | None:
    """The next document (list order, wrapping) that some annotator's layer holds and
    gold has not reviewed; None if there is none besides ``after``."""
    held: set[str] = set()
    for layer in project.annotator_layers():
        held |= project.layer_documents(layer)
    ids = project.document_ids()
    start = ids.index(after) + 1 if after in ids else 0
    for doc_id in ids[start:] + ids[:start]:
        if doc_id != after and doc_id in held and project.status(doc_id, GOLD) != "reviewed":
            return doc_id
    return None
