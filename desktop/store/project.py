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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import schema as schema_mod
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

__all__ = ["ConflictError", "DocSummary", "ExportRow", "Project", "export_row"]


@dataclass(slots=True)
class ExportRow:
    """One document as the export needs it; the ``*_json`` fields are JSON text already."""

    doc_id: str
    id_json: str
    title_json: str
    text_json: str
    meta: dict[str, Any]
    source_sha256: str
    text_sha256: str
    spans_json: str  # a JSON array in the export's shape (see core/formats/gold.py)
    relations_json: str
    status: str  # of the exported layer
    reviewer: str
    annotators: list[str]  # annotator layers that hold the document
    decisions: list[dict[str, Any]]  # the review audit trail
    span_count: int = 0
    relation_count: int = 0


def export_row(raw: tuple, layer: str) -> ExportRow:
    (did, id_json, title_json, text_json, meta, source_sha, digest, status, reviewer,
     annotators, decisions, spans, relations, n_spans, n_rels) = raw
    return ExportRow(
        did, id_json, title_json, text_json, json.loads(meta), source_sha, digest,
        spans, relations, status or default_status(layer), reviewer or "",
        sorted(annotators.split("\x1f")) if annotators else [],
        json.loads(decisions) if decisions != "[]" else [], n_spans, n_rels)


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
    def iter_export_rows(self, layer: str, *, reviewed_only: bool) -> Iterator[ExportRow]:
        """Documents (in id order) with the layer's spans, relations and review state,
        streamed one at a time (memory stays flat however large the project)."""
        cursor = self.export_cursor(layer, reviewed_only=reviewed_only)
        while rows := cursor.fetchmany(256):
            for raw in rows:
                yield export_row(raw, layer)

    def export_cursor(self, layer: str, *, reviewed_only: bool) -> sqlite3.Cursor:
        """The export query; rows become ExportRows through ``export_row``.

        SQLite does the JSON quoting (in C): each document's id, title and text come
        already quoted, its spans and relations as JSON arrays in export order. Every
        span matches its text: the file's triggers refuse any write that breaks it
        (migration 0003), so nothing here can carry a drifted offset."""
        where = ""
        if reviewed_only:
            where = (" WHERE EXISTS (SELECT 1 FROM doc_layers l WHERE l.doc_id = d.id"
                     " AND l.layer = 'gold' AND l.status = 'reviewed')")
        rows = self.conn.execute(
            "SELECT d.id, json_quote(d.id), json_quote(d.title), json_quote(d.text),"
            " d.meta, d.source_sha256, d.text_sha256,"
            " (SELECT status FROM doc_layers WHERE doc_id = d.id AND layer = :layer),"
            " (SELECT reviewer FROM doc_layers WHERE doc_id = d.id AND layer = 'gold'),"
            " (SELECT group_concat(layer, char(31)) FROM doc_layers"
            "  WHERE doc_id = d.id AND layer != 'gold'),"
            " (SELECT json_group_array(json_object('who', who, 'action', action,"
            "  'detail', json(detail), 'reason', reason, 'at', at))"
            "  FROM (SELECT * FROM audit WHERE doc_id = d.id ORDER BY seq)),"
            " (SELECT json_group_array(json_object('id', id, 'start', start, 'end', \"end\","
            "  'label', label, 'text', text, 'attrs', json(attrs))) FROM (SELECT * FROM spans"
            "  WHERE layer = :layer AND doc_id = d.id ORDER BY start, \"end\", label, id)),"
            " (SELECT json_group_array(json_object('id', id, 'type', type, 'head', head,"
            "  'tail', tail)) FROM (SELECT * FROM relations WHERE layer = :layer"
            "  AND doc_id = d.id ORDER BY type, head, tail, id)),"
            " (SELECT count(*) FROM spans WHERE layer = :layer AND doc_id = d.id),"
            " (SELECT count(*) FROM relations WHERE layer = :layer AND doc_id = d.id)"
            " FROM documents d" + where + " ORDER BY d.id", {"layer": layer})
        return rows
