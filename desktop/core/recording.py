"""What an edit changed: ``Recorder`` wraps a ``desktop.core.ops.Repo``, passes every call
on and notes its effect in a ``Delta`` (spans added, updated and removed, relations,
meta fields, dismissals, decisions), so a view updates only that."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.model import Relation, Span

if TYPE_CHECKING:
    from desktop.core.decisions import Decision
    from desktop.core.ops import Repo


@dataclass
class Delta:
    """What the calls into a repo changed, for a view to update only that."""

    added: list[Span] = field(default_factory=list)
    updated: list[Span] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # span ids
    added_relations: list[Relation] = field(default_factory=list)
    removed_relations: list[str] = field(default_factory=list)
    meta: list[tuple[str, str]] = field(default_factory=list)  # (doc id, key)
    dismissed: list[tuple[str, str, str]] = field(default_factory=list)  # kind, layer, doc
    decisions: int = 0

    @property
    def spans_changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.added_relations
                    or self.removed_relations)

    def __bool__(self) -> bool:
        return self.spans_changed or bool(self.meta or self.dismissed or self.decisions)


class Recorder:
    """A repo that passes every call on and records what it changed in ``delta``."""

    def __init__(self, repo: Repo):
        self.repo = repo
        self.delta = Delta()

    def _gone(self, span: Span, rels: list[Relation]) -> None:
        self.delta.removed.append(span.id)
        self.delta.removed_relations.extend(r.id for r in rels)

    def span(self, span_id):
        return self.repo.span(span_id)

    def add_span(self, span):
        out = self.repo.add_span(span)
        self.delta.added.append(span)
        return out

    def update_span(self, span):
        out = self.repo.update_span(span)
        self.delta.updated.append(span)
        return out

    def update_spans(self, spans):
        self.repo.update_spans(spans)
        self.delta.updated.extend(spans)

    def delete_span(self, span_id):
        gone = self.repo.delete_span(span_id)
        if gone is not None:
            self._gone(*gone)
        return gone

    def delete_spans(self, span_ids):
        gone = self.repo.delete_spans(span_ids)
        for span, rels in gone:
            self._gone(span, rels)
        return gone

    def restore(self, spans, relations):
        self.repo.restore(spans, relations)
        self.delta.added.extend(spans)
        self.delta.added_relations.extend(relations)

    def add_relation(self, rel):
        out = self.repo.add_relation(rel)
        self.delta.added_relations.append(rel)
        return out

    def delete_relation(self, rel_id):
        gone = self.repo.delete_relation(rel_id)
        if gone is not None:
            self.delta.removed_relations.append(gone.id)
        return gone

    def set_meta(self, doc_id, key, value):
        self.repo.set_meta(doc_id, key, value)
        self.delta.meta.append((doc_id, key))

    def dismissed(self, kind, layer, doc_id):
        return self.repo.dismissed(kind, layer, doc_id)

    def set_dismissed(self, kind, layer, doc_id, items):
        self.repo.set_dismissed(kind, layer, doc_id, items)
        self.delta.dismissed.append((kind, layer, doc_id))

    def apply_decision(self, decision, *, first):
        self.repo.apply_decision(decision, first=first)
        self._decision(decision, forward=True)

    def revert_decision(self, decision):
        self.repo.revert_decision(decision)
        self._decision(decision, forward=False)

    def _decision(self, d: Decision, *, forward: bool) -> None:
        delta = self.delta
        delta.decisions += 1
        add_s, rem_s = (d.added_spans, d.removed_spans) if forward else (d.removed_spans,
                                                                           d.added_spans)
        add_r, rem_r = ((d.added_relations, d.removed_relations) if forward
                        else (d.removed_relations, d.added_relations))
        delta.removed.extend(s.id for s in rem_s)
        delta.removed_relations.extend(r.id for r in rem_r)
        delta.updated.extend(after if forward else before for before, after in d.updated)
        delta.added.extend(add_s)
        delta.added_relations.extend(add_r)


__all__ = ["Delta", "Recorder"]
