"""The project API: documents, layers, spans, relations, statuses, the audit trail, search.

``Project`` is one class built from one module per job: ``documents.py`` (the list,
reading, storing), ``annotations.py`` (spans and relations), ``layers.py`` (layers,
statuses, audit trail, figures), ``search.py`` (corpus search); this module holds the
opening, transactions, editor claims and settings, and the export query. ``db.py``
opens the file.

Every public method that writes is one transaction (``BEGIN IMMEDIATE``, waiting for
the lock): a crash loses at most the action in flight, and a failure leaves nothing
half-done and raises a ``desktop.store.errors`` exception (or ``ModelError``,
``KeyError``, ``ConflictError`` for a domain refusal). A project opened read-only (or
whose file or folder is not writable) refuses every write with ``ProjectReadOnly``.
Reads never load all texts at once: the document list is paged, and a document's text
is read only when that document is opened.

One ``Project`` per thread: open another on the same path in a worker.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import schema as schema_mod
from desktop.core.model import GOLD
from desktop.resources import default_schema_path
from desktop.store import db as db_mod
from desktop.store.annotations import AnnotationsMixin
from desktop.store.documents import ConflictError, DocumentsMixin
from desktop.store.editors import EditorClaims
from desktop.store.errors import ProjectReadOnly, translate
from desktop.store.layers import LayersMixin
from desktop.store.rows import (  # noqa: F401 - names this module has always offered
    INSERT_DOC,
    INSERT_REL,
    INSERT_SPAN,
    REL_COLUMNS,
    SPAN_COLUMNS,
    DocSummary,
    default_status,
    relation_from_row,
    span_from_row,
)
from desktop.store.search import SearchMixin

if TYPE_CHECKING:
    from desktop.core.formats.writing import ExportDoc

__all__ = ["ConflictError", "DocSummary", "Project", "export_row", "export_where"]


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
    if raw_text:  # the text as it is and span/relation rows (ExportDoc.span_rows)
        return cls(did, id_json, title_json, "", digest, json.loads(meta), source_sha,
                   "", "", review, text_json, spans, relations)
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


class Project(DocumentsMixin, AnnotationsMixin, LayersMixin, SearchMixin):
    """A Tawsim project file.

    ``create``: make the file if it does not exist. ``read_only``: never write (the
    file is opened ``mode=ro``; an older schema is read through a migrated temporary
    copy). ``timeout``: seconds a write waits for another program's lock (default
    ``db.busy_timeout()``: 10 s)."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False,
                 timeout: float | None = None):
        self.path = Path(path)
        self._opened = db_mod.open_file(self.path, create=create, read_only=read_only,
                                        timeout=timeout)
        self.conn = self._opened.conn
        self._db = None
        self._schema: schema_mod.Schema | None = None
        self._editors = EditorClaims(self.path)

    @property
    def read_only(self) -> bool:
        """True when opened read-only, or when the file or its folder is not writable."""
        return self._opened.read_only

    @property
    def db(self):
        """sqlite-utils over this project's connection, made on first use; reads and
        single statements go straight to ``conn``, writes through ``transaction()``."""
        if self._db is None:
            self._db = db_mod.wrap(self.conn)
        return self._db

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        self._editors.release_all()
        self._opened.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """One write transaction (nested: a savepoint). Raises ``ProjectReadOnly`` on a
        read-only project, ``ProjectBusy`` when the lock does not come within the busy
        timeout; any failure rolls back everything it did."""
        if self.read_only:
            raise ProjectReadOnly(f"{self.path}: opened read-only; nothing was changed",
                                  self.path)
        with db_mod.transaction(self.conn, self.path):
            yield self

    def data_version(self) -> int:
        """A number that changes when another connection (another window or process)
        commits a change to the file: a cheap "should I re-read?" check."""
        return self._one("PRAGMA data_version")

    def _q(self, sql: str, params: Iterable = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path, "read") from exc

    def _one(self, sql: str, params: Iterable = ()):
        try:
            row = self.conn.execute(sql, tuple(params)).fetchone()
        except sqlite3.Error as exc:
            raise translate(exc, self.path, "read") from exc
        return row[0] if row else None

    # ------------------------------------------------------------------ editors
    def claim_editor(self, name: str) -> bool:
        """Claim the right to edit as annotator ``name`` (advisory, see editors.py):
        True if this project object holds it now, False if another window or process
        does (the window then opens read-only). A read-only project never grants it."""
        if self.read_only:
            return False
        return self._editors.claim(name)

    def release_editor(self, name: str) -> None:
        self._editors.release(name)

    def editor_holder(self, name: str) -> dict | None:
        """Who else holds the claim on ``name`` (``name``, ``pid``, ``host``,
        ``since``), or None (this object's own claim is not "else")."""
        if name in self._editors.held:
            return None
        return self._editors.holder(name)

    # ------------------------------------------------------------------ settings, schema
    def setting(self, key: str, default: str | None = None) -> str | None:
        value = self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
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

    # ------------------------------------------------------------------ streaming reads
    def iter_export_rows(self, layer: str, *, reviewed_only: bool, member_only: bool = False,
                         raw_text: bool = False, span_details: bool = True
                         ) -> Iterator[ExportDoc]:
        """Documents (in id order) with the layer's spans, relations and review state,
        streamed one at a time (memory stays flat however large the project)."""
        from desktop.core.formats.writing import ExportDoc

        cursor = self.export_cursor(layer, reviewed_only=reviewed_only,
                                    member_only=member_only, raw_text=raw_text,
                                    span_details=span_details)
        while rows := cursor.fetchmany(256):
            for raw in rows:
                yield export_row(raw, layer, raw_text, ExportDoc)

    def export_cursor(self, layer: str, *, reviewed_only: bool, member_only: bool = False,
                      raw_text: bool = False, span_details: bool = True) -> sqlite3.Cursor:
        """The export query; rows become ExportDocs through ``export_row``.

        SQLite does the JSON quoting (in C): each document's id, title and text come
        already quoted, its spans and relations as JSON arrays in export order; a span's
        ``comment`` joins its object only when it has one (and the file has the column),
        so exports of spans without comments keep their bytes. ``raw_text`` (every
        format but gold): the text as it is, and the spans and relations as arrays of
        rows (``ExportDoc.span_rows``), which SQLite builds and Python reads faster than
        objects; without ``span_details`` (a writer that reads neither, CoNLL), each
        row's attributes and comment are "{}" and "". The file's triggers refuse any write that breaks a span's text
        (migration 0003); the exporter checks the texts and their sha256 once more, on
        a second connection, while this query streams.

        Order: each array is read along its index (``INDEXED BY``: spans by start, end,
        label, id; relations by type, head, tail, id; the audit trail by seq), which is
        the export's order without a sort per document; a missing index is an error,
        never another order."""
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(spans)")}
        comment = "coalesce(comment, '')" if "comment" in columns else "''"
        if raw_text:  # rows, not objects: cheaper to build and to read (ExportDoc)
            span = (f"json_array(start, \"end\", id, label, attrs, {comment})" if span_details
                    else "json_array(start, \"end\", id, label, '{}', '')")
            relation = "json_array(id, type, head, tail)"
        else:
            span = ("json_object('id', id, 'start', start, 'end', \"end\", 'label', label,"
                    " 'text', text, 'attrs', json(attrs)")
            if "comment" in columns:
                span = (f"CASE WHEN coalesce(comment, '') = '' THEN {span}) "
                        f"ELSE {span}, 'comment', comment) END")
            else:
                span += ")"
            relation = "json_object('id', id, 'type', type, 'head', head, 'tail', tail)"
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
            f" (SELECT json_group_array({relation}) FROM relations"
            "  INDEXED BY relations_layer_doc WHERE layer = :layer AND doc_id = d.id)"
            " FROM documents d" + where + " ORDER BY d.id", {"layer": layer})
        return rows
