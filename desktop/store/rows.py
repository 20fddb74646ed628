"""Rows of the project file and the domain objects they hold (one place for the columns)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.core.model import GOLD, Relation, Span


@dataclass(frozen=True, slots=True)
class DocSummary:
    """One row of the document list: no text."""

    id: str
    title: str
    status: str
    spans: int
    published: str | None = None
    unclaimed: int = 0  # claims of the layer with no claimant (a check before "done")


# How many claims of a document's layer have no claimant: the window's list shows it. The
# claim label and claimant relation are the schema's roles (:claim, :claimant).
UNCLAIMED_SQL = ("(SELECT count(*) FROM spans c WHERE c.doc_id = d.id AND c.layer = :layer"
                 " AND c.label = :claim AND NOT EXISTS (SELECT 1 FROM relations r"
                 " WHERE r.head = c.id AND r.type = :claimant))")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


SPAN_COLUMNS = 'id, doc_id, layer, label, start, "end", text, attrs, author, created, comment'
REL_COLUMNS = "id, doc_id, layer, type, head, tail, author, created"
INSERT_SPAN = f"INSERT INTO spans ({SPAN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
INSERT_REL = f"INSERT INTO relations ({REL_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)"
INSERT_DOC = (
    "INSERT INTO documents (rowid, id, title, text, meta, text_sha256, source_sha256,"
    " imported_at) VALUES (?,?,?,?,?,?,?,?)"
)


def span_row(s: Span) -> tuple:
    return (s.id, s.doc_id, s.layer, s.label, s.start, s.end, s.text, dumps(s.attrs),
            s.author, s.created, s.comment)


def rel_row(r: Relation) -> tuple:
    return (r.id, r.doc_id, r.layer, r.type, r.head, r.tail, r.author, r.created)


def span_from_row(row: tuple) -> Span:
    """A stored span. The file's CHECK and triggers guarantee what Span.__post_init__
    would check (bounds, and text == document text between them), so rows skip it:
    opening a document of 500 spans is on the window's hot path."""
    sid, doc_id, layer, label, start, end, text, attrs, author, created, comment = row
    return Span.trusted(doc_id, layer, label, start, end, text,
                        {} if attrs == "{}" else json.loads(attrs), sid, author, created,
                        comment)


def relation_from_row(row: tuple) -> Relation:
    rid, doc_id, layer, type_, head, tail, author, created = row
    return Relation(doc_id=doc_id, layer=layer, type=type_, head=head, tail=tail, id=rid,
                    author=author, created=created)


def default_status(layer: str) -> str:
    return "unreviewed" if layer == GOLD else "todo"
