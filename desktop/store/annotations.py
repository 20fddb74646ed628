"""Spans and relations: reading a document's layer, and every edit (one transaction each)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.model import Annotations, ModelError, Relation, Span, now_iso
from desktop.store.rows import (
    INSERT_REL,
    INSERT_SPAN,
    REL_COLUMNS,
    SPAN_COLUMNS,
    default_status,
    dumps,
    rel_row,
    relation_from_row,
    span_from_row,
    span_row,
)


class AnnotationsMixin:
    """The ``Project`` methods about spans and relations (see project.py)."""

    def annotations(self, doc_id: str, layer: str, *, limit: int | None = None,
                    relations: bool = True, before: int | None = None) -> Annotations:
        """A document's spans and relations in one layer (``limit``: only the first spans
        in text order; ``before``: only those that start before that offset;
        ``relations=False``: none of its relations). The spans come as one JSON array
        SQLite builds (in C), which Python decodes in C too: a 10,000-span document opens
        in a fraction of the time row tuples take."""
        raw = self._one(
            "SELECT json_group_array(json_array(id, label, start, \"end\", text, json(attrs),"
            " author, created, comment)) FROM (SELECT * FROM spans WHERE doc_id = ? AND"
            ' layer = ? AND start < ? ORDER BY start, "end", label, id LIMIT ?)',
            (doc_id, layer, (1 << 62) if before is None else before,
             -1 if limit is None else limit))
        trusted = Span.trusted
        spans = [trusted(doc_id, layer, label, start, end, text, attrs, sid, author, created,
                         comment)
                 for sid, label, start, end, text, attrs, author, created, comment
                 in json.loads(raw or "[]")]
        return Annotations(doc_id, layer, spans,
                           self.layer_relations(doc_id, layer) if relations else [])

    def layer_relations(self, doc_id: str, layer: str) -> list[Relation]:
        """A document's relations in one layer."""
        return [relation_from_row(r) for r in self._q(
            f"SELECT {REL_COLUMNS} FROM relations WHERE doc_id = ? AND layer = ?"
            " ORDER BY type, head, tail, id", (doc_id, layer))]

    def has_more_spans(self, doc_id: str, layer: str, than: int) -> bool:
        """Whether the layer holds more than ``than`` spans of the document (counted on
        the index, no further than that)."""
        return self._one("SELECT 1 FROM spans WHERE layer = ? AND doc_id = ? LIMIT 1 OFFSET ?",
                         (layer, doc_id, than)) == 1

    def span(self, span_id: str) -> Span | None:
        rows = self._q(f"SELECT {SPAN_COLUMNS} FROM spans WHERE id = ?", (span_id,))
        return span_from_row(rows[0]) if rows else None

    def relations_of(self, span_id: str) -> list[Relation]:
        return [relation_from_row(r) for r in self._q(
            f"SELECT {REL_COLUMNS} FROM relations WHERE head = ? OR tail = ? ORDER BY id",
            (span_id, span_id))]

    def _doc_text(self, doc_id: str) -> str:
        text = self._one("SELECT text FROM documents WHERE id = ?", (doc_id,))
        if text is None:
            raise KeyError(f"no document {doc_id!r}")
        return text

    def _check_span(self, span: Span, text: str | None = None) -> None:
        span.check(self._doc_text(span.doc_id) if text is None else text)
        self.schema.check_attrs(span.label, span.attrs)

    # ------------------------------------------------------------------ span edits
    def add_span(self, span: Span) -> Span:
        with self.transaction():
            self._check_span(span)
            self._touch(span.doc_id, span.layer)
            self.conn.execute(INSERT_SPAN, span_row(span))
        return span

    def update_span(self, span: Span) -> Span:
        """Replace a span's label, bounds, attributes or comment (same id)."""
        with self.transaction():
            self._check_span(span)
            old = self.span(span.id)
            if old is None:
                raise KeyError(f"no span {span.id!r}")
            if old.label != span.label:
                self._check_relations_for_label(span)
            self._touch(span.doc_id, span.layer)
            self.conn.execute(
                'UPDATE spans SET label = ?, start = ?, "end" = ?, text = ?, attrs = ?,'
                " comment = ? WHERE id = ?", (span.label, span.start, span.end, span.text,
                                              dumps(span.attrs), span.comment, span.id))
        return span

    def _check_relations_for_label(self, span: Span) -> None:
        for type_, head, tail in self._q(
                "SELECT type, head, tail FROM relations WHERE head = ? OR tail = ?",
                (span.id, span.id)):
            other = self.span(tail if head == span.id else head)
            hl, tl = (span.label, other.label) if head == span.id else (other.label, span.label)
            self.schema.check_relation(type_, hl, tl)

    def set_attrs(self, span_id: str, attrs: dict[str, Any]) -> Span:
        span = self.span(span_id)
        if span is None:
            raise KeyError(f"no span {span_id!r}")
        return self.update_span(span.with_(attrs=dict(attrs)))

    def set_comment(self, span_id: str, comment: str) -> Span:
        """The annotator's note on a span ("" removes it)."""
        span = self.span(span_id)
        if span is None:
            raise KeyError(f"no span {span_id!r}")
        if not isinstance(comment, str):
            raise ModelError("a span comment is text")
        return self.update_span(span.with_(comment=comment))

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None:
        """Delete a span and the relations that use it; returns both (for undo)."""
        with self.transaction():
            span = self.span(span_id)
            if span is None:
                return None
            rels = self.relations_of(span_id)
            self._touch(span.doc_id, span.layer)
            self.conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
        return span, rels

    # ------------------------------------------------------------------ relation edits
    def add_relation(self, rel: Relation) -> Relation:
        with self.transaction():
            head, tail = self.span(rel.head), self.span(rel.tail)
            if head is None or tail is None:
                raise ModelError.said(Message("Errors", QT_TRANSLATE_NOOP(
                    "Errors", "a relation needs both of its spans")))
            if not (head.doc_id == tail.doc_id == rel.doc_id
                    and head.layer == tail.layer == rel.layer):
                raise ModelError("a relation links spans of one document and one layer")
            self.schema.check_relation(rel.type, head.label, tail.label)
            limit = self.schema.relation(rel.type).max_per_head
            if limit is not None:
                have = self._one("SELECT count(*) FROM relations WHERE head = ? AND type = ?",
                                 (rel.head, rel.type))
                if have >= limit:
                    raise ModelError.said(Message("Errors", QT_TRANSLATE_NOOP(
                        "Errors", "this {label} already has {n} {relation} relation(s) (at "
                        "most {limit})"), {"label": head.label, "n": have,
                                            "relation": rel.type, "limit": limit}))
            dup = self._one("SELECT 1 FROM relations WHERE head = ? AND tail = ? AND type = ?",
                            (rel.head, rel.tail, rel.type))
            if dup:
                raise ModelError.said(Message("Errors", QT_TRANSLATE_NOOP(
                    "Errors", "that {relation} relation exists already"),
                    {"relation": rel.type}))
            self._touch(rel.doc_id, rel.layer)
            self.conn.execute(INSERT_REL, rel_row(rel))
        return rel

    def delete_relation(self, rel_id: str) -> Relation | None:
        with self.transaction():
            rows = self._q(f"SELECT {REL_COLUMNS} FROM relations WHERE id = ?", (rel_id,))
            if not rows:
                return None
            rel = relation_from_row(rows[0])
            self._touch(rel.doc_id, rel.layer)
            self.conn.execute("DELETE FROM relations WHERE id = ?", (rel_id,))
        return rel

    # ------------------------------------------------------------------ several at once
    def restore(self, spans: list[Span], relations: list[Relation]) -> None:
        """Put back spans and relations exactly as they were (undo of a delete)."""
        with self.transaction():
            texts: dict[str, str] = {}
            touched: set[tuple[str, str]] = set()
            for s in spans:
                if s.doc_id not in texts:
                    texts[s.doc_id] = self._doc_text(s.doc_id)
                self._check_span(s, texts[s.doc_id])
                if (s.doc_id, s.layer) not in touched:
                    self._touch(s.doc_id, s.layer)
                    touched.add((s.doc_id, s.layer))
            if spans:
                self.conn.executemany(INSERT_SPAN, [span_row(s) for s in spans])
            if relations:
                self.conn.executemany(INSERT_REL, [rel_row(r) for r in relations])

    def replace_layer(self, doc_id: str, layer: str, spans: list[Span],
                      relations: list[Relation], *, status: str | None = None) -> None:
        """Replace a document's annotations in one layer (a re-import of that layer, a
        merge); the document joins the layer (with ``status`` if given)."""
        with self.transaction():
            self._ensure_layer(layer)
            self.conn.execute("DELETE FROM spans WHERE doc_id = ? AND layer = ?", (doc_id, layer))
            if spans:
                self.conn.executemany(INSERT_SPAN, [span_row(s) for s in spans])
            if relations:
                self.conn.executemany(INSERT_REL, [rel_row(r) for r in relations])
            if status is None:
                self.conn.execute(
                    "INSERT OR IGNORE INTO doc_layers (doc_id, layer, status, updated)"
                    " VALUES (?, ?, ?, ?)", (doc_id, layer, default_status(layer), now_iso()))
            else:
                self.conn.execute(
                    "INSERT INTO doc_layers (doc_id, layer, status, updated) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(doc_id, layer) DO UPDATE SET status = excluded.status,"
                    " updated = excluded.updated", (doc_id, layer, status, now_iso()))
