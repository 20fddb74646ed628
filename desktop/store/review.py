"""Review on a project: loading annotator layers for agreement, accepting unanimous
work into gold, and the reviewer's decisions with their audit trail.

The rules (what counts as agreement, what is unanimous, what a candidate is) live in
``desktop.core.agreement`` and ``desktop.core.adjudication``; this module only reads and
writes the project, one transaction per decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.core import adjudication, agreement
from desktop.core.model import GOLD, Annotations, ModelError, Relation, Span
from desktop.store.errors import RecordRefused
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


# ============================================================================ the window's decisions
#
# The review window needs each decision to be undoable: a Decision records what it changed
# in gold, and undo_decision / redo_decision reverse and replay it, each in one
# transaction with its own audit entry ("undo" / "redo": the trail is append-only).


@dataclass
class Decision:
    """What one review decision changed in gold (enough to undo and redo it)."""

    doc_id: str
    action: str  # accept | reject | accept_unanimous
    key: str = ""  # the candidate's key ("" for accept_unanimous)
    added_spans: list[Span] = field(default_factory=list)
    added_relations: list[Relation] = field(default_factory=list)
    removed_spans: list[Span] = field(default_factory=list)
    removed_relations: list[Relation] = field(default_factory=list)
    updated: list[tuple[Span, Span]] = field(default_factory=list)  # (before, after)

    @property
    def changes(self) -> int:
        return (len(self.added_spans) + len(self.added_relations) + len(self.removed_spans)
                + len(self.removed_relations) + len(self.updated))


def _span_detail(s: Span) -> dict[str, Any]:
    return {"span": s.id, "label": s.label, "start": s.start, "end": s.end, "attrs": s.attrs}


def _relation_detail(r: Relation) -> dict[str, Any]:
    return {"relation": r.id, "type": r.type, "head": r.head, "tail": r.tail}


def _remove_span(project: Project, d: Decision, span_id: str) -> Span | None:
    gone = project.delete_span(span_id)
    if gone is None:
        return None
    span, rels = gone
    d.removed_spans.append(span)
    seen = {r.id for r in d.removed_relations}
    d.removed_relations.extend(r for r in rels if r.id not in seen)
    return span


def decide_accept(project: Project, doc_id: str, candidate: adjudication.Difference,
                  annotator: str | None, *, who: str, reason: str = "") -> Decision:
    """Accept ``annotator``'s version of a candidate into gold (None: the first who has
    it), in one transaction with its audit entry. A span replaces the gold spans it
    conflicts with (:func:`adjudication.conflicting`), except a gold span at exactly its
    label and bounds, which takes the chosen version's attributes and keeps its id (and
    so its relations). A relation brings the gold spans it needs; a relation gold has
    already is only confirmed (audited)."""
    source = annotator if annotator is not None else (
        candidate.annotators[0] if candidate.annotators else "")
    anns = document_layers(project, doc_id)
    gold = project.annotations(doc_id, GOLD)
    d = Decision(doc_id, "accept", candidate.key)
    base = {"key": candidate.key, "kind": candidate.kind, "from": source}
    with project.transaction():
        if candidate.item == "span":
            new = adjudication.accept(candidate, annotator, gold, gold_layer=GOLD, author=who)
            same = [s for s in gold.spans
                    if (s.label, s.start, s.end) == (new.label, new.start, new.end)]
            keep = min(same, key=lambda s: s.id) if same else None
            for old in adjudication.conflicting(candidate, gold):
                if keep is not None and old.id == keep.id:
                    continue
                if _remove_span(project, d, old.id) is not None:
                    project.audit(doc_id, who, "replace", {"for": candidate.key,
                                                           **_span_detail(old)})
            if keep is not None:
                after = keep.with_(attrs=dict(new.attrs))
                if after.attrs != keep.attrs:
                    project.update_span(after)
                    d.updated.append((keep, after))
                project.audit(doc_id, who, "accept", {**base, **_span_detail(after)}, reason)
            else:
                project.add_span(new)
                d.added_spans.append(new)
                project.audit(doc_id, who, "accept", {**base, **_span_detail(new)}, reason)
            return d
        if candidate.in_gold:
            project.audit(doc_id, who, "accept", {**base, "relation": candidate.gold_id},
                          reason)
            return d
        spans, rel = adjudication.accept_relation(candidate, annotator, anns, gold,
                                                  gold_layer=GOLD, author=who)
        for s in spans:
            project.add_span(s)
            project.audit(doc_id, who, "add", {"for": candidate.key, **_span_detail(s)})
        project.add_relation(rel)
        d.added_spans.extend(spans)
        d.added_relations.append(rel)
        project.audit(doc_id, who, "accept", {**base, **_relation_detail(rel)}, reason)
    return d


def decide_reject(project: Project, doc_id: str, candidate: adjudication.Difference, *,
                  who: str, reason: str = "") -> Decision:
    """Keep a candidate out of gold (taking it out if gold has it), with its audit entry
    (and the optional reason), in one transaction."""
    d = Decision(doc_id, "reject", candidate.key)
    with project.transaction():
        if candidate.gold_id:
            if candidate.item == "span":
                _remove_span(project, d, candidate.gold_id)
            else:
                rel = project.delete_relation(candidate.gold_id)
                if rel is not None:
                    d.removed_relations.append(rel)
        project.audit(doc_id, who, "reject", {"key": candidate.key, "kind": candidate.kind,
                                              "label": candidate.label,
                                              "start": candidate.start, "end": candidate.end,
                                              "annotators": list(candidate.annotators)},
                      reason)
    return d


def decide_unanimous(project: Project, doc_id: str, *, who: str) -> Decision:
    """:func:`accept_unanimous` for one document, as an undoable Decision."""
    anns = document_layers(project, doc_id)
    gold = project.annotations(doc_id, GOLD)
    spans, rels = adjudication.unanimous(anns, gold, gold_layer=GOLD, author=who)
    if spans or rels:
        _store_into_gold(project, doc_id, spans, rels, who=who, action="accept_unanimous")
    return Decision(doc_id, "accept_unanimous", "", list(spans), list(rels))


def _decision_detail(d: Decision) -> dict[str, Any]:
    return {"of": d.action, "key": d.key,
            "added": [s.id for s in d.added_spans] + [r.id for r in d.added_relations],
            "removed": [s.id for s in d.removed_spans] + [r.id for r in d.removed_relations],
            "updated": [a.id for _b, a in d.updated]}


def undo_decision(project: Project, d: Decision, *, who: str) -> None:
    """Reverse a decision in gold (one transaction) and append an "undo" audit entry."""
    try:
        with project.transaction():
            for r in d.added_relations:
                project.delete_relation(r.id)
            for s in d.added_spans:
                project.delete_span(s.id)
            for before, _after in d.updated:
                project.update_span(before)
            present = project.taken_ids([], d.removed_relations)
            project.restore(d.removed_spans,
                            [r for r in d.removed_relations if r.id not in present])
            project.audit(d.doc_id, who, "undo", _decision_detail(d))
    except RecordRefused as exc:
        raise ModelError(f"cannot undo the {d.action}: gold has changed ({exc})") from exc


def redo_decision(project: Project, d: Decision, *, who: str) -> None:
    """Apply a decision again after :func:`undo_decision` (one transaction, "redo" entry)."""
    try:
        with project.transaction():
            for r in d.removed_relations:
                project.delete_relation(r.id)
            for s in d.removed_spans:
                project.delete_span(s.id)
            for _before, after in d.updated:
                project.update_span(after)
            project.restore(d.added_spans, [])
            for r in d.added_relations:
                project.add_relation(r)
            project.audit(d.doc_id, who, "redo", _decision_detail(d))
    except RecordRefused as exc:
        raise ModelError(f"cannot redo the {d.action}: gold has changed ({exc})") from exc


@dataclass
class DecisionOp:
    """A review decision as an edit operation of ``desktop.core.ops`` (so the window's
    undo stack can hold it): the first ``apply`` decides, later ones redo."""

    decide: Callable[[Project], Decision]
    who: str
    text: str
    decision: Decision | None = None

    def apply(self, repo: Any) -> None:
        project = getattr(repo, "project", repo)
        if self.decision is None:
            self.decision = self.decide(project)
        else:
            redo_decision(project, self.decision, who=self.who)

    def revert(self, repo: Any) -> None:
        if self.decision is not None:
            undo_decision(getattr(repo, "project", repo), self.decision, who=self.who)


def decision_states(project: Project, doc_id: str) -> dict[str, str]:
    """candidate key -> the standing decision on it ("accept" or "reject"), from the
    audit trail (an undo withdraws the last decision on its key, a redo restores it)."""
    stacks: dict[str, list[str]] = {}
    for entry in project.audit_trail(doc_id):
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


def next_to_review(project: Project, after: str | None) -> str | None:
    """The next document (list order, wrapping) that some annotator's layer holds and
    gold has not reviewed; None if there is none besides ``after``."""
    return project.next_unreviewed(after)


class AuditedGold:
    """The ``Repo`` of ``desktop.core.ops`` for the reviewer's own edits of gold: each
    edit is stored with its audit entry in one transaction ("editing of gold like any
    layer", with every change on the trail)."""

    def __init__(self, project: Project, who: str):
        self.project = project
        self.who = who

    def span(self, span_id: str) -> Span | None:
        return self.project.span(span_id)

    def add_span(self, span: Span) -> Span:
        with self.project.transaction():
            self.project.add_span(span)
            self.project.audit(span.doc_id, self.who, "add", _span_detail(span))
        return span

    def update_span(self, span: Span) -> Span:
        with self.project.transaction():
            self.project.update_span(span)
            self.project.audit(span.doc_id, self.who, "edit", _span_detail(span))
        return span

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None:
        with self.project.transaction():
            gone = self.project.delete_span(span_id)
            if gone is not None:
                self.project.audit(gone[0].doc_id, self.who, "delete", _span_detail(gone[0]))
        return gone

    def restore(self, spans: list[Span], relations: list[Relation]) -> None:
        with self.project.transaction():
            self.project.restore(spans, relations)
            for s in spans:
                self.project.audit(s.doc_id, self.who, "restore", _span_detail(s))
            for r in relations:
                self.project.audit(r.doc_id, self.who, "restore", _relation_detail(r))

    def add_relation(self, rel: Relation) -> Relation:
        with self.project.transaction():
            self.project.add_relation(rel)
            self.project.audit(rel.doc_id, self.who, "add", _relation_detail(rel))
        return rel

    def delete_relation(self, rel_id: str) -> Relation | None:
        with self.project.transaction():
            rel = self.project.delete_relation(rel_id)
            if rel is not None:
                self.project.audit(rel.doc_id, self.who, "delete", _relation_detail(rel))
        return rel
