"""The ``desktop.core.ops.Repo`` protocol over a project file: what the window's edits,
undos and redos are stored through.

``ProjectRepo`` edits a layer as it is (an annotator's own); ``AuditedGoldRepo`` edits
gold in review mode, every change written on the audit trail in the same transaction.
Both apply review decisions (``desktop.core.decisions.Decision``) in one transaction,
with their audit entries, and reverse them in another ("undo" / "redo" entries: the
trail is append-only).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.decisions import Decision, relation_detail, span_detail
from desktop.core.model import ModelError, Relation, Span
from desktop.store.errors import RecordRefused
from desktop.store.project import Project

DISMISSED = "{kind}.dismissed\t{layer}\t{doc}"  # project setting: JSON [[start, end], ...]


class ProjectRepo:
    """A project's layers as the edit operations see them (each method one transaction)."""

    def __init__(self, project: Project):
        self.project = project

    # ------------------------------------------------------------------ spans, relations
    def span(self, span_id: str) -> Span | None:
        return self.project.span(span_id)

    def add_span(self, span: Span) -> Span:
        return self.project.add_span(span)

    def update_span(self, span: Span) -> Span:
        return self.project.update_span(span)

    def update_spans(self, spans: list[Span]) -> None:
        from desktop.store.bulk import update_spans

        update_spans(self.project, spans)

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None:
        return self.project.delete_span(span_id)

    def delete_spans(self, span_ids: list[str]) -> list[tuple[Span, list[Relation]]]:
        with self.project.transaction():
            return [g for sid in span_ids if (g := self.project.delete_span(sid)) is not None]

    def restore(self, spans: list[Span], relations: list[Relation]) -> None:
        self.project.restore(spans, relations)

    def add_relation(self, rel: Relation) -> Relation:
        return self.project.add_relation(rel)

    def delete_relation(self, rel_id: str) -> Relation | None:
        return self.project.delete_relation(rel_id)

    # ------------------------------------------------------------------ documents
    def set_meta(self, doc_id: str, key: str, value: Any) -> None:
        self.project.set_meta(doc_id, key, value)

    def dismissed(self, kind: str, layer: str, doc_id: str) -> set[tuple[int, int]]:
        raw = self.project.setting(DISMISSED.format(kind=kind, layer=layer, doc=doc_id))
        try:
            return {(int(a), int(b)) for a, b in json.loads(raw or "[]")}
        except (ValueError, TypeError):
            return set()

    def set_dismissed(self, kind: str, layer: str, doc_id: str,
                      items: set[tuple[int, int]]) -> None:
        self.project.set_setting(DISMISSED.format(kind=kind, layer=layer, doc=doc_id),
                                 json.dumps(sorted([a, b] for a, b in items)))

    # ------------------------------------------------------------------ review decisions
    def apply_decision(self, d: Decision, *, first: bool) -> None:
        """Apply a decision in one transaction: its own audit entries the first time,
        a "redo" entry after an undo."""
        p = self.project
        try:
            with p.transaction():
                for r in d.removed_relations:
                    p.delete_relation(r.id)
                for s in d.removed_spans:
                    p.delete_span(s.id)
                for _before, after in d.updated:
                    p.update_span(after)
                if d.action == "accept_unanimous":
                    p.restore(d.added_spans, d.added_relations)
                else:
                    p.restore(d.added_spans, [])
                    for r in d.added_relations:
                        p.add_relation(r)
                entries = d.audit if first else [("redo", d.detail(), "")]
                for action, detail, reason in entries:
                    p.audit(d.doc_id, self.who, action, detail, reason)
        except RecordRefused as exc:
            verb = "apply" if first else "redo"
            raise ModelError(f"cannot {verb} the {d.action}: gold has changed ({exc})") from exc

    def revert_decision(self, d: Decision) -> None:
        """Reverse a decision in gold (one transaction) with an "undo" audit entry."""
        p = self.project
        try:
            with p.transaction():
                for r in d.added_relations:
                    p.delete_relation(r.id)
                for s in d.added_spans:
                    p.delete_span(s.id)
                for before, _after in d.updated:
                    p.update_span(before)
                present = p.taken_ids([], d.removed_relations)
                p.restore(d.removed_spans,
                          [r for r in d.removed_relations if r.id not in present])
                p.audit(d.doc_id, self.who, "undo", d.detail())
        except RecordRefused as exc:
            raise ModelError(f"cannot undo the {d.action}: gold has changed ({exc})") from exc

    who = ""  # the reviewer named on decision entries (AuditedGoldRepo sets it)


class AuditedGoldRepo(ProjectRepo):
    """The reviewer's own edits of gold: each stored with its audit entry in one
    transaction ("editing gold like any layer", with every change on the trail)."""

    def __init__(self, project: Project, who: str):
        super().__init__(project)
        self.who = who

    def _audit(self, doc_id: str, action: str, detail: dict[str, Any]) -> None:
        self.project.audit(doc_id, self.who, action, detail)

    def add_span(self, span: Span) -> Span:
        with self.project.transaction():
            self.project.add_span(span)
            self._audit(span.doc_id, "add", span_detail(span))
        return span

    def update_span(self, span: Span) -> Span:
        with self.project.transaction():
            self.project.update_span(span)
            self._audit(span.doc_id, "edit", span_detail(span))
        return span

    def update_spans(self, spans: list[Span]) -> None:
        from desktop.store.bulk import update_spans

        with self.project.transaction():
            update_spans(self.project, spans)
            for s in spans:
                self._audit(s.doc_id, "edit", span_detail(s))

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None:
        with self.project.transaction():
            gone = self.project.delete_span(span_id)
            if gone is not None:
                self._audit(gone[0].doc_id, "delete", span_detail(gone[0]))
        return gone

    def delete_spans(self, span_ids: list[str]) -> list[tuple[Span, list[Relation]]]:
        with self.project.transaction():
            return [g for sid in span_ids if (g := self.delete_span(sid)) is not None]

    def restore(self, spans: list[Span], relations: list[Relation]) -> None:
        with self.project.transaction():
            self.project.restore(spans, relations)
            for s in spans:
                self._audit(s.doc_id, "restore", span_detail(s))
            for r in relations:
                self._audit(r.doc_id, "restore", relation_detail(r))

    def add_relation(self, rel: Relation) -> Relation:
        with self.project.transaction():
            self.project.add_relation(rel)
            self._audit(rel.doc_id, "add", relation_detail(rel))
        return rel

    def delete_relation(self, rel_id: str) -> Relation | None:
        with self.project.transaction():
            rel = self.project.delete_relation(rel_id)
            if rel is not None:
                self._audit(rel.doc_id, "delete", relation_detail(rel))
        return rel


__all__ = ["DISMISSED", "AuditedGoldRepo", "ProjectRepo"]
