"""An in-memory ``desktop.core.ops.Repo``: every operation's inverse is tested on it
without Qt or SQLite. It keeps the invariants the project file keeps (a span's text is
its document's text between its offsets, ids are unique, a relation needs both spans,
deleting a span deletes its relations) so a wrong inverse fails here as it would there."""

from __future__ import annotations

import copy
from typing import Any

from desktop.core.decisions import Decision
from desktop.core.model import ModelError, Relation, Span


class MemoryRepo:
    def __init__(self, texts: dict[str, str]):
        self.texts = dict(texts)
        self.meta: dict[str, dict[str, Any]] = {d: {} for d in texts}
        self.spans: dict[str, Span] = {}
        self.relations: dict[str, Relation] = {}
        self.dismissals: dict[tuple[str, str, str], set[tuple[int, int]]] = {}
        self.audit: list[tuple[str, str, dict, str]] = []  # doc, action, detail, reason
        self.calls = 0  # transactions

    # ------------------------------------------------------------------ helpers
    def state(self):
        """Everything the repo holds, comparable."""
        return (sorted((s.id, s.doc_id, s.layer, s.label, s.start, s.end, s.text,
                        tuple(sorted(s.attrs.items())), s.comment) for s in self.spans.values()),
                sorted((r.id, r.type, r.head, r.tail) for r in self.relations.values()),
                copy.deepcopy(self.meta),
                {k: set(v) for k, v in self.dismissals.items() if v})

    def _check(self, span: Span) -> None:
        if span.doc_id not in self.texts:
            raise KeyError(span.doc_id)
        span.check(self.texts[span.doc_id])

    # ------------------------------------------------------------------ the protocol
    def span(self, span_id):
        return self.spans.get(span_id)

    def add_span(self, span):
        self.calls += 1
        self._check(span)
        if span.id in self.spans:
            raise ModelError(f"span id {span.id} is taken")
        self.spans[span.id] = span
        return span

    def update_span(self, span):
        self.calls += 1
        if span.id not in self.spans:
            raise KeyError(span.id)
        self._check(span)
        self.spans[span.id] = span
        return span

    def update_spans(self, spans):
        self.calls += 1
        for s in spans:
            if s.id not in self.spans:
                raise KeyError(s.id)
            self._check(s)
        for s in spans:
            self.spans[s.id] = s

    def _delete(self, span_id):
        span = self.spans.pop(span_id, None)
        if span is None:
            return None
        rels = [r for r in self.relations.values() if span_id in (r.head, r.tail)]
        for r in rels:
            del self.relations[r.id]
        return span, sorted(rels, key=lambda r: r.id)

    def delete_span(self, span_id):
        self.calls += 1
        return self._delete(span_id)

    def delete_spans(self, span_ids):
        self.calls += 1
        return [g for sid in span_ids if (g := self._delete(sid)) is not None]

    def restore(self, spans, relations):
        self.calls += 1
        for s in spans:
            self._check(s)
            if s.id in self.spans:
                raise ModelError(f"span id {s.id} is taken")
        for s in spans:
            self.spans[s.id] = s
        for r in relations:
            self._add_relation(r)

    def _add_relation(self, rel):
        if rel.head not in self.spans or rel.tail not in self.spans:
            raise ModelError("a relation needs both of its spans")
        if rel.id in self.relations:
            raise ModelError(f"relation id {rel.id} is taken")
        self.relations[rel.id] = rel

    def add_relation(self, rel):
        self.calls += 1
        self._add_relation(rel)
        return rel

    def delete_relation(self, rel_id):
        self.calls += 1
        return self.relations.pop(rel_id, None)

    def set_meta(self, doc_id, key, value):
        self.calls += 1
        if value is None:
            self.meta[doc_id].pop(key, None)
        else:
            self.meta[doc_id][key] = value

    def dismissed(self, kind, layer, doc_id):
        return set(self.dismissals.get((kind, layer, doc_id), set()))

    def set_dismissed(self, kind, layer, doc_id, items):
        self.calls += 1
        self.dismissals[(kind, layer, doc_id)] = set(items)

    def apply_decision(self, d: Decision, *, first: bool):
        self.calls += 1
        for r in d.removed_relations:
            self.relations.pop(r.id, None)
        for s in d.removed_spans:
            self._delete(s.id)
        for _before, after in d.updated:
            self.spans[after.id] = after
        for s in d.added_spans:
            self._check(s)
            self.spans[s.id] = s
        for r in d.added_relations:
            self._add_relation(r)
        entries = d.audit if first else [("redo", d.detail(), "")]
        self.audit.extend((d.doc_id, a, det, why) for a, det, why in entries)

    def revert_decision(self, d: Decision):
        self.calls += 1
        for r in d.added_relations:
            self.relations.pop(r.id, None)
        for s in d.added_spans:
            self._delete(s.id)
        for before, _after in d.updated:
            self.spans[before.id] = before
        for s in d.removed_spans:
            self.spans[s.id] = s
        for r in d.removed_relations:
            if r.id not in self.relations:
                self._add_relation(r)
        self.audit.append((d.doc_id, "undo", d.detail(), ""))
