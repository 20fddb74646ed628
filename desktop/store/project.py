"""The project API: documents, layers, spans, relations, statuses, the audit trail.

Every public method that writes is one transaction (``db.atomic()``): a crash loses
at most the action in flight. Reads never load all texts at once: the document list is
paged, and a document's text is read only when that document is opened.

One ``Project`` per thread: open another on the same path in a worker.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import schema as schema_mod
from desktop.core.model import (
    ANNOTATOR_STATUSES,
    GOLD,
    GOLD_STATUSES,
    Annotations,
    Document,
    ModelError,
    Relation,
    Span,
    now_iso,
)
from desktop.core.text import sha256_hex
from desktop.resources import default_schema_path
from desktop.store.db import open_connection, wrap

if TYPE_CHECKING:
    from desktop.core.formats.writing import ExportDoc


class ConflictError(ValueError):
    """The same document id with a different text, and similar clashes."""


@dataclass(frozen=True, slots=True)
class DocSummary:
    """One row of the document list: no text."""

    id: str
    title: str
    status: str
    spans: int
    published: str | None = None


def export_row(raw: tuple, layer: str, raw_text: bool = False, cls=None) -> ExportDoc:
    """A row of ``export_cursor`` -> the ExportDoc writers take (with its review block:
    status, reviewer, annotators, the audit trail when there is one, and the layer's name
    when it is not gold). ``desktop.core.formats.writing.ExportDoc`` is imported when an
    export runs, not when a window opens a project."""
    if cls is None:
        from desktop.core.formats.writing import ExportDoc as cls
    (did, id_json, title_json, text_json, meta, source_sha, digest, status, reviewer,
     annotators, decisions, spans, relations) = raw
    review: dict[str, Any] = {
        "status": status or default_status(layer), "reviewer": reviewer or "",
        "annotators": sorted(annotators.split("\x1f")) if annotators else []}
    if decisions != "[]":
        review["decisions"] = json.loads(decisions)
    if layer != GOLD:
        review["layer"] = layer
    if raw_text:  # the text as it is, not JSON-quoted: ExportDoc.text_json is then unset
        return cls(did, id_json, title_json, "", digest, json.loads(meta), source_sha,
                   spans, relations, review, text_json)
    return cls(did, id_json, title_json, text_json, digest, json.loads(meta), source_sha,
               spans, relations, review)


def export_where(*, reviewed_only: bool, member_only: bool) -> str:
    """The export's selection of documents ``d`` as SQL (``:layer`` is the layer)."""
    conds = []
    if reviewed_only:
        conds.append("EXISTS (SELECT 1 FROM doc_layers l WHERE l.doc_id = d.id"
                     " AND l.layer = 'gold' AND l.status = 'reviewed')")
    if member_only:
        conds.append("EXISTS (SELECT 1 FROM doc_layers l WHERE l.doc_id = d.id"
                     " AND l.layer = :layer)")
    return (" WHERE " + " AND ".join(conds)) if conds else ""


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _span_row(s: Span) -> tuple:
    return (s.id, s.doc_id, s.layer, s.label, s.start, s.end, s.text, _dumps(s.attrs),
            s.author, s.created)


def _rel_row(r: Relation) -> tuple:
    return (r.id, r.doc_id, r.layer, r.type, r.head, r.tail, r.author, r.created)


SPAN_COLUMNS = 'id, doc_id, layer, label, start, "end", text, attrs, author, created'
REL_COLUMNS = "id, doc_id, layer, type, head, tail, author, created"
INSERT_SPAN = f"INSERT INTO spans ({SPAN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)"
INSERT_REL = f"INSERT INTO relations ({REL_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)"
INSERT_DOC = (
    "INSERT INTO documents (id, title, text, meta, text_sha256, source_sha256, imported_at)"
    " VALUES (?,?,?,?,?,?,?)"
)


def span_from_row(row: tuple) -> Span:
    """A stored span. The file's CHECK and triggers guarantee what Span.__post_init__
    would check (bounds, and text == document text between them), so rows skip it:
    opening a document of 500 spans is on the window's hot path."""
    sid, doc_id, layer, label, start, end, text, attrs, author, created = row
    return Span.trusted(doc_id, layer, label, start, end, text,
                        {} if attrs == "{}" else json.loads(attrs), sid, author, created)


def relation_from_row(row: tuple) -> Relation:
    rid, doc_id, layer, type_, head, tail, author, created = row
    return Relation(doc_id=doc_id, layer=layer, type=type_, head=head, tail=tail, id=rid,
                    author=author, created=created)


def default_status(layer: str) -> str:
    return "unreviewed" if layer == GOLD else "todo"


class Project:
    """A Tawsim project file."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        self.conn = open_connection(self.path, create=create)
        self._db = None
        self._schema: schema_mod.Schema | None = None

    @property
    def db(self):
        """sqlite-utils over this project's connection, made on first use (transactions:
        ``db.atomic()``); reads and single statements go straight to ``conn``."""
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        with self.db.atomic():
            yield self

    def _q(self, sql: str, params: Iterable = ()) -> list[tuple]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def _one(self, sql: str, params: Iterable = ()):
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ settings, schema
    def setting(self, key: str, default: str | None = None) -> str | None:
        value = self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    @property
    def schema(self) -> schema_mod.Schema:
        """The project's own schema if it carries one, else the default."""
        if self._schema is None:
            own = self.setting("schema_toml")
            if own:
                self._schema = schema_mod.loads(own, f"{self.path}:schema")
            else:
                self._schema = schema_mod.load(default_schema_path())
        return self._schema

    def set_schema_toml(self, toml_text: str) -> None:
        schema_mod.loads(toml_text)  # refuse a broken schema before storing it
        self.set_setting("schema_toml", toml_text)
        self._schema = None

    # ------------------------------------------------------------------ documents
    def count_documents(self, *, layer: str | None = None, status: str | None = None) -> int:
        if status is None:
            return self._one("SELECT count(*) FROM documents")
        layer = layer or GOLD
        if status == default_status(layer):
            # documents with no status row yet count as todo / unreviewed
            return self._one(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_layers l"
                " WHERE l.doc_id = d.id AND l.layer = ? AND l.status != ?)", (layer, status))
        return self._one(
            "SELECT count(*) FROM doc_layers WHERE layer = ? AND status = ?", (layer, status))

    def _status_filter(self, layer: str, status: str | None) -> tuple[str, list]:
        if status is None:
            return "", []
        if status == default_status(layer):
            return " WHERE coalesce(l.status, ?) = ?", [status, status]
        return " WHERE l.status = ?", [status]

    def list_documents(self, offset: int = 0, limit: int = 200, *, layer: str = GOLD,
                       status: str | None = None) -> list[DocSummary]:
        """A page of the document list, in import order, with no texts."""
        where, params = self._status_filter(layer, status)
        rows = self._q(
            "SELECT d.id, d.title, coalesce(l.status, ?),"
            " (SELECT count(*) FROM spans s WHERE s.doc_id = d.id AND s.layer = ?),"
            " json_extract(d.meta, '$.published')"
            " FROM documents d LEFT JOIN doc_layers l ON l.doc_id = d.id AND l.layer = ?"
            f"{where} ORDER BY d.rowid LIMIT ? OFFSET ?",
            [default_status(layer), layer, layer, *params, limit, offset])
        return [DocSummary(*r) for r in rows]

    def document_row(self, doc_id: str) -> int | None:
        """The position of a document in the (unfiltered) list, or None."""
        rowid = self._one("SELECT rowid FROM documents WHERE id = ?", (doc_id,))
        if rowid is None:
            return None
        return self._one("SELECT count(*) FROM documents WHERE rowid < ?", (rowid,))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._q("SELECT id FROM documents ORDER BY rowid")]

    def has_document(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute(
            "SELECT id, text, title, meta, source_sha256, imported_at FROM documents"
            " WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return Document(id=row[0], text=row[1], title=row[2], meta=json.loads(row[3]),
                        source_sha256=row[4], imported_at=row[5])

    def text_sha256(self, doc_id: str) -> str | None:
        return self._one("SELECT text_sha256 FROM documents WHERE id = ?", (doc_id,))

    def existing_hashes(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self._q(
                f"SELECT id, text_sha256 FROM documents WHERE id IN ({marks})", chunk))
        return out

    def existing_ids(self, table: str, ids: list[str]) -> set[str]:
        """Which of ``ids`` are used already in ``spans`` or ``relations``."""
        if table not in ("spans", "relations"):
            raise ValueError(table)
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._q(
                f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
        return out

    def taken_ids(self, spans: list[Span], relations: list[Relation]) -> set[str]:
        """The ids among these spans and relations that the project uses already."""
        return (self.existing_ids("spans", [s.id for s in spans])
                | self.existing_ids("relations", [r.id for r in relations]))

    def add_document(self, doc: Document) -> bool:
        """Store a document; False if the same document is there already (a no-op).
        The same id with another text raises ConflictError."""
        with self.db.atomic():
            return self._add_document(doc)

    def _add_document(self, doc: Document) -> bool:
        digest = sha256_hex(doc.text)
        have = self.text_sha256(doc.id)
        if have is not None:
            if have != digest:
                raise ConflictError(
                    f"document {doc.id!r} is already in the project with a different text")
            return False
        self.conn.execute(INSERT_DOC, (doc.id, doc.title, doc.text, _dumps(doc.meta), digest,
                                     doc.source_sha256, doc.imported_at or now_iso()))
        return True

    def set_meta(self, doc_id: str, key: str, value: Any) -> None:
        """Set (or with None, remove) one meta field, e.g. ``published``."""
        with self.db.atomic():
            meta = json.loads(self._one("SELECT meta FROM documents WHERE id = ?", (doc_id,)))
            if value is None:
                meta.pop(key, None)
            else:
                meta[key] = value
            self.conn.execute("UPDATE documents SET meta = ? WHERE id = ?", (_dumps(meta), doc_id))

    # ------------------------------------------------------------------ layers, status
    def layers(self) -> list[str]:
        return [r[0] for r in self._q(
            "SELECT name FROM layers ORDER BY name = 'gold' DESC, name")]

    def annotator_layers(self) -> list[str]:
        return [n for n in self.layers() if n != GOLD]

    def ensure_layer(self, name: str) -> None:
        if not name or name != name.strip():
            raise ModelError("a layer name must be non-empty with no outer spaces")
        self.conn.execute("INSERT OR IGNORE INTO layers (name, created) VALUES (?, ?)",
                        (name, now_iso()))

    def _touch(self, doc_id: str, layer: str, *, status: str | None = None) -> None:
        """The document now belongs to the layer (DESIGN §6); todo -> in_progress on edit."""
        self.ensure_layer(layer)
        if layer == GOLD:
            first = default_status(layer)
        else:
            first = status or "in_progress"
        self.conn.execute(
            "INSERT INTO doc_layers (doc_id, layer, status, updated) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(doc_id, layer) DO UPDATE SET updated = excluded.updated,"
            " status = CASE WHEN doc_layers.status = 'todo' AND excluded.status ="
            " 'in_progress' THEN 'in_progress' ELSE doc_layers.status END",
            (doc_id, layer, first, now_iso()))

    def join_layer(self, doc_id: str, layer: str, status: str | None = None) -> None:
        """Make the document part of a layer (on import into that layer)."""
        with self.db.atomic():
            self.ensure_layer(layer)
            self.conn.execute(
                "INSERT OR IGNORE INTO doc_layers (doc_id, layer, status, updated)"
                " VALUES (?, ?, ?, ?)", (doc_id, layer, status or default_status(layer),
                                         now_iso()))

    def status(self, doc_id: str, layer: str) -> str:
        value = self._one("SELECT status FROM doc_layers WHERE doc_id = ? AND layer = ?",
                          (doc_id, layer))
        return value or default_status(layer)

    def set_status(self, doc_id: str, layer: str, status: str, *, who: str = "") -> None:
        allowed = GOLD_STATUSES if layer == GOLD else ANNOTATOR_STATUSES
        if status not in allowed:
            raise ModelError(f"status of layer {layer} must be one of {', '.join(allowed)}")
        with self.db.atomic():
            self.ensure_layer(layer)
            self.conn.execute(
                "INSERT INTO doc_layers (doc_id, layer, status, reviewer, updated)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(doc_id, layer) DO UPDATE SET"
                " status = excluded.status, reviewer = excluded.reviewer,"
                " updated = excluded.updated", (doc_id, layer, status, who, now_iso()))
            if layer == GOLD:
                self._audit(doc_id, who, "status", {"status": status})

    def reviewer(self, doc_id: str) -> str:
        return self._one("SELECT reviewer FROM doc_layers WHERE doc_id = ? AND layer = 'gold'",
                         (doc_id,)) or ""

    def layer_documents(self, layer: str) -> set[str]:
        return {r[0] for r in self._q("SELECT doc_id FROM doc_layers WHERE layer = ?", (layer,))}

    def progress(self, layer: str) -> tuple[int, int]:
        """(documents done, documents in all) for an annotator's progress."""
        done = self._one("SELECT count(*) FROM doc_layers WHERE layer = ? AND status IN"
                         " ('done', 'reviewed')", (layer,))
        return done, self.count_documents()

    def next_document(self, after_id: str | None, *, layer: str, status: str) -> str | None:
        """The next document (in list order, wrapping) whose status in layer is status."""
        after = self._one("SELECT rowid FROM documents WHERE id = ?", (after_id,)) or 0
        sql = ("SELECT d.id FROM documents d LEFT JOIN doc_layers l ON l.doc_id = d.id"
               " AND l.layer = ? WHERE coalesce(l.status, ?) = ? AND d.rowid {op} ?"
               " ORDER BY d.rowid LIMIT 1")
        args = (layer, default_status(layer), status, after)
        return (self._one(sql.format(op=">"), args) or self._one(sql.format(op="<"), args))

    # ------------------------------------------------------------------ annotations
    def annotations(self, doc_id: str, layer: str) -> Annotations:
        spans = [span_from_row(r) for r in self._q(
            f"SELECT {SPAN_COLUMNS} FROM spans WHERE doc_id = ? AND layer = ?"
            ' ORDER BY start, "end", label, id', (doc_id, layer))]
        rels = [relation_from_row(r) for r in self._q(
            f"SELECT {REL_COLUMNS} FROM relations WHERE doc_id = ? AND layer = ?"
            " ORDER BY type, head, tail, id", (doc_id, layer))]
        return Annotations(doc_id, layer, spans, rels)

    def span(self, span_id: str) -> Span | None:
        row = self.conn.execute(f"SELECT {SPAN_COLUMNS} FROM spans WHERE id = ?",
                              (span_id,)).fetchone()
        return span_from_row(row) if row else None

    def _doc_text(self, doc_id: str) -> str:
        text = self._one("SELECT text FROM documents WHERE id = ?", (doc_id,))
        if text is None:
            raise KeyError(f"no document {doc_id!r}")
        return text

    def _check_span(self, span: Span) -> None:
        span.check(self._doc_text(span.doc_id))
        self.schema.check_attrs(span.label, span.attrs)

    def add_span(self, span: Span) -> Span:
        with self.db.atomic():
            self._check_span(span)
            self._touch(span.doc_id, span.layer)
            self.conn.execute(INSERT_SPAN, _span_row(span))
        return span

    def update_span(self, span: Span) -> Span:
        """Replace a span's label, bounds or attributes (same id)."""
        with self.db.atomic():
            self._check_span(span)
            old = self.span(span.id)
            if old is None:
                raise KeyError(f"no span {span.id!r}")
            if old.label != span.label:
                self._check_relations_for_label(span)
            self._touch(span.doc_id, span.layer)
            self.conn.execute(
                'UPDATE spans SET label = ?, start = ?, "end" = ?, text = ?, attrs = ?'
                " WHERE id = ?", (span.label, span.start, span.end, span.text,
                                 _dumps(span.attrs), span.id))
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

    def relations_of(self, span_id: str) -> list[Relation]:
        return [relation_from_row(r) for r in self._q(
            f"SELECT {REL_COLUMNS} FROM relations WHERE head = ? OR tail = ? ORDER BY id",
            (span_id, span_id))]

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None:
        """Delete a span and the relations that use it; returns both (for undo)."""
        with self.db.atomic():
            span = self.span(span_id)
            if span is None:
                return None
            rels = self.relations_of(span_id)
            self._touch(span.doc_id, span.layer)
            self.conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
        return span, rels

    def add_relation(self, rel: Relation) -> Relation:
        with self.db.atomic():
            head, tail = self.span(rel.head), self.span(rel.tail)
            if head is None or tail is None:
                raise ModelError("a relation needs both of its spans")
            if not (head.doc_id == tail.doc_id == rel.doc_id
                    and head.layer == tail.layer == rel.layer):
                raise ModelError("a relation links spans of one document and one layer")
            self.schema.check_relation(rel.type, head.label, tail.label)
            limit = self.schema.relation(rel.type).max_per_head
            if limit is not None:
                have = self._one("SELECT count(*) FROM relations WHERE head = ? AND type = ?",
                                 (rel.head, rel.type))
                if have >= limit:
                    raise ModelError(
                        f"this {head.label} already has {have} {rel.type} relation(s)"
                        f" (at most {limit})")
            dup = self._one("SELECT 1 FROM relations WHERE head = ? AND tail = ? AND type = ?",
                            (rel.head, rel.tail, rel.type))
            if dup:
                raise ModelError(f"that {rel.type} relation exists already")
            self._touch(rel.doc_id, rel.layer)
            self.conn.execute(INSERT_REL, _rel_row(rel))
        return rel

    def delete_relation(self, rel_id: str) -> Relation | None:
        with self.db.atomic():
            row = self.conn.execute(f"SELECT {REL_COLUMNS} FROM relations WHERE id = ?",
                                  (rel_id,)).fetchone()
            if row is None:
                return None
            rel = relation_from_row(row)
            self._touch(rel.doc_id, rel.layer)
            self.conn.execute("DELETE FROM relations WHERE id = ?", (rel_id,))
        return rel

    def restore(self, spans: list[Span], relations: list[Relation]) -> None:
        """Put back spans and relations exactly as they were (undo of a delete)."""
        with self.db.atomic():
            for s in spans:
                self._check_span(s)
                self._touch(s.doc_id, s.layer)
                self.conn.execute(INSERT_SPAN, _span_row(s))
            for r in relations:
                self.conn.execute(INSERT_REL, _rel_row(r))

    def replace_layer(self, doc_id: str, layer: str, spans: list[Span],
                      relations: list[Relation]) -> None:
        """Replace a document's annotations in one layer (a re-import of that layer)."""
        with self.db.atomic():
            self.ensure_layer(layer)
            self.conn.execute("DELETE FROM spans WHERE doc_id = ? AND layer = ?", (doc_id, layer))
            if spans:
                self.conn.executemany(INSERT_SPAN, [_span_row(s) for s in spans])
            if relations:
                self.conn.executemany(INSERT_REL, [_rel_row(r) for r in relations])
            self.conn.execute(
                "INSERT OR IGNORE INTO doc_layers (doc_id, layer, status, updated)"
                " VALUES (?, ?, ?, ?)", (doc_id, layer, default_status(layer), now_iso()))

    # ------------------------------------------------------------------ bulk import
    def import_batch(self, batch: list[tuple[Document, str | None, list[Span], list[Relation]]],
                     ) -> list[str]:
        """Store already-validated new documents with their annotations, in one transaction.
        Each item: (document, layer or None, spans, relations). Returns the stored ids."""
        now = now_iso()
        docs, spans, rels, members, layers = [], [], [], [], set()
        for doc, layer, doc_spans, doc_rels in batch:
            docs.append((doc.id, doc.title, doc.text, _dumps(doc.meta), sha256_hex(doc.text),
                         doc.source_sha256, doc.imported_at or now))
            if layer is not None:
                layers.add(layer)
                members.append((doc.id, layer, default_status(layer), now))
                spans.extend(_span_row(s) for s in doc_spans)
                rels.extend(_rel_row(r) for r in doc_rels)
        with self.db.atomic():
            for layer in layers:
                self.ensure_layer(layer)
            self.conn.executemany(INSERT_DOC, docs)
            if members:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO doc_layers (doc_id, layer, status, updated)"
                    " VALUES (?,?,?,?)", members)
            if spans:
                self.conn.executemany(INSERT_SPAN, spans)
            if rels:
                self.conn.executemany(INSERT_REL, rels)
        return [d[0] for d in docs]

    # ------------------------------------------------------------------ audit trail
    def _audit(self, doc_id: str, who: str, action: str, detail: dict,
               reason: str = "") -> None:
        self.conn.execute(
            "INSERT INTO audit (doc_id, who, action, detail, reason, at) VALUES (?,?,?,?,?,?)",
            (doc_id, who, action, _dumps(detail), reason, now_iso()))

    def audit(self, doc_id: str, who: str, action: str, detail: dict, reason: str = "") -> None:
        with self.db.atomic():
            self._audit(doc_id, who, action, detail, reason)

    def audit_trail(self, doc_id: str) -> list[dict[str, Any]]:
        return [
            {"who": who, "action": action, "detail": json.loads(detail), "reason": reason,
             "at": at}
            for who, action, detail, reason, at in self._q(
                "SELECT who, action, detail, reason, at FROM audit WHERE doc_id = ?"
                " ORDER BY seq", (doc_id,))
        ]

    # ------------------------------------------------------------------ streaming reads
    def iter_export_rows(self, layer: str, *, reviewed_only: bool, member_only: bool = False,
                         raw_text: bool = False) -> Iterator[ExportDoc]:
        """Documents (in id order) with the layer's spans, relations and review state,
        streamed one at a time (memory stays flat however large the project)."""
        from desktop.core.formats.writing import ExportDoc

        cursor = self.export_cursor(layer, reviewed_only=reviewed_only,
                                    member_only=member_only, raw_text=raw_text)
        while rows := cursor.fetchmany(256):
            for raw in rows:
                yield export_row(raw, layer, raw_text, ExportDoc)

    def export_cursor(self, layer: str, *, reviewed_only: bool, member_only: bool = False,
                      raw_text: bool = False) -> sqlite3.Cursor:
        """The export query; rows become ExportDocs through ``export_row``.

        SQLite does the JSON quoting (in C): each document's id, title and text come
        already quoted (``raw_text``: the text as it is, for writers that need it), its
        spans and relations as JSON arrays in export order; a span's ``comment`` joins
        its object only when it has one (and the file has the column), so exports of
        spans without comments keep their bytes. The file's triggers refuse any write
        that breaks a span's text (migration 0003); the exporter checks the texts and
        their sha256 once more, on a second connection, while this query streams.

        Order: each array is read along its index (``INDEXED BY``: spans by start, end,
        label, id; relations by type, head, tail, id; the audit trail by seq), which is
        the export's order without a sort per document; a missing index is an error,
        never another order."""
        span = ("json_object('id', id, 'start', start, 'end', \"end\", 'label', label,"
                " 'text', text, 'attrs', json(attrs)")
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(spans)")}
        if "comment" in columns:
            span = (f"CASE WHEN coalesce(comment, '') = '' THEN {span}) "
                    f"ELSE {span}, 'comment', comment) END")
        else:
            span += ")"
        text = "d.text" if raw_text else "json_quote(d.text)"
        where = export_where(reviewed_only=reviewed_only, member_only=member_only)
        rows = self.conn.execute(
            f"SELECT d.id, json_quote(d.id), json_quote(d.title), {text},"
            " d.meta, d.source_sha256, d.text_sha256,"
            " (SELECT status FROM doc_layers WHERE doc_id = d.id AND layer = :layer),"
            " (SELECT reviewer FROM doc_layers WHERE doc_id = d.id AND layer = 'gold'),"
            " (SELECT group_concat(layer, char(31)) FROM doc_layers"
            "  WHERE doc_id = d.id AND layer != 'gold'),"
            " (SELECT json_group_array(json_object('who', who, 'action', action,"
            "  'detail', json(detail), 'reason', reason, 'at', at))"
            "  FROM audit INDEXED BY audit_doc WHERE doc_id = d.id),"
            f" (SELECT json_group_array({span}) FROM spans INDEXED BY spans_layer_doc"
            "  WHERE layer = :layer AND doc_id = d.id),"
            " (SELECT json_group_array(json_object('id', id, 'type', type, 'head', head,"
            "  'tail', tail)) FROM relations INDEXED BY relations_layer_doc"
            "  WHERE layer = :layer AND doc_id = d.id)"
            " FROM documents d" + where + " ORDER BY d.id", {"layer": layer})
        return rows

    # ------------------------------------------------------------------ statistics
    def stats(self) -> dict[str, Any]:
        spans = dict(self._q("SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"))
        by_layer = {}
        for layer in self.layers():
            by_layer[layer] = {
                "documents": self._one("SELECT count(*) FROM doc_layers WHERE layer = ?",
                                       (layer,)),
                "spans": self._one("SELECT count(*) FROM spans WHERE layer = ?", (layer,)),
                "relations": self._one("SELECT count(*) FROM relations WHERE layer = ?",
                                       (layer,)),
            }
        statuses = dict(self._q(
            "SELECT layer || ':' || status, count(*) FROM doc_layers GROUP BY layer, status"))
        return {
            "documents": self.count_documents(),
            "spans": spans,
            "relations": dict(self._q(
                "SELECT type, count(*) FROM relations GROUP BY type ORDER BY type")),
            "layers": self.layers(),
            "by_layer": by_layer,
            "reviewed": self.count_documents(layer=GOLD, status="reviewed"),
            "statuses": statuses,
        }
