"""Edits of many spans at once, each one transaction: what ``desktop.core.ops.UpdateSpans``
applies and reverts (renaming or merging an actor's canonical name across a layer).

A function over a Project rather than a method while project.py is being split; the
window's undo stack needs ``Project.update_spans(spans)`` to call it (one line).
"""

from __future__ import annotations

import json
import sqlite3

from desktop.core.model import ModelError, Span, now_iso
from desktop.store.ledger_sql import has_comment
from desktop.store.project import Project

__all__ = ["update_spans"]


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def update_spans(project: Project, spans: list[Span]) -> list[Span]:
    """Replace these spans (label, bounds, text, attributes, and the comment when the
    store keeps comments; same ids) in one transaction: all of them or, on any fault, none.

    Each is checked as a single edit is: it must exist, its attributes must fit the schema,
    its text must be its document's text between its offsets (the file's trigger), and a
    new label must suit its relations. The documents' layer statuses are left as they are
    (a rename across the corpus is not work begun on each document); their ``updated``
    time is set."""
    schema = project.schema
    comment = has_comment(project.conn)
    conn = project.conn
    with project.transaction():
        touched: set[tuple[str, str]] = set()
        for span in spans:
            schema.check_attrs(span.label, span.attrs)
            old = conn.execute("SELECT label, layer, doc_id FROM spans WHERE id = ?",
                               (span.id,)).fetchone()
            if old is None:
                raise ModelError(f"no span {span.id!r} to update")
            if (old[1], old[2]) != (span.layer, span.doc_id):
                raise ModelError("an update keeps a span in its document and layer")
            if old[0] != span.label:
                for type_, head, tail in conn.execute(
                        "SELECT type, head, tail FROM relations WHERE head = ? OR tail = ?",
                        (span.id, span.id)).fetchall():
                    other = project.span(tail if head == span.id else head)
                    pair = ((span.label, other.label) if head == span.id
                            else (other.label, span.label))
                    schema.check_relation(type_, *pair)
            values = [span.label, span.start, span.end, span.text, _dumps(span.attrs)]
            sets = 'label = ?, start = ?, "end" = ?, text = ?, attrs = ?'
            if comment:
                sets += ", comment = ?"
                values.append(span.comment)
            try:
                conn.execute(f"UPDATE spans SET {sets} WHERE id = ?", (*values, span.id))
            except sqlite3.IntegrityError as exc:
                raise ModelError(f"span {span.id!r}: {exc}") from None
            touched.add((span.doc_id, span.layer))
        now = now_iso()
        conn.executemany("UPDATE doc_layers SET updated = ? WHERE doc_id = ? AND layer = ?",
                         [(now, d, layer) for d, layer in sorted(touched)])
    return spans
