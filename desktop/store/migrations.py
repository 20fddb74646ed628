"""The project file's schema versions, as sqlite-utils ``Migrations`` (recorded in
``_sqlite_migrations``) and ``PRAGMA user_version``.

``apply_migrations`` runs inside the caller's transaction (``db._migrate`` holds the
write lock): each step executes its statements one by one, never through
``executescript`` (which would commit the transaction and let a second process in
half-way: the old "table audit already exists").
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import TYPE_CHECKING

from desktop.store import fts

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

SCHEMA_VERSION = 8

_STEPS: list = []  # (name, function), in order


def _migration(name: str):
    def register(fn):
        _STEPS.append((name, fn))
        return fn
    return register


@cache
def migrations() -> Migrations:
    """The project's schema versions as a sqlite-utils ``Migrations`` set."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations("tawsim")
    for name, fn in _STEPS:
        steps(name=name)(fn)
    return steps


def apply_migrations(conn: sqlite3.Connection) -> None:
    """Every pending step, inside the caller's open transaction."""
    from desktop.store.db import wrap

    assert conn.in_transaction, "migrations run inside the caller's transaction"
    migrations().apply(wrap(conn))


def script(conn: sqlite3.Connection | sqlite_utils.Database, sql: str) -> None:
    """Execute the statements of ``sql`` one at a time (triggers' bodies kept whole)."""
    run = conn.execute
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            run(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


@_migration("0001_initial")
def _m0001(db: sqlite_utils.Database) -> None:
    script(db, """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            text_sha256 TEXT NOT NULL,
            source_sha256 TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE layers (name TEXT PRIMARY KEY, created TEXT NOT NULL DEFAULT '');
        INSERT INTO layers (name, created) VALUES ('gold', '');
        CREATE TABLE doc_layers (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            layer TEXT NOT NULL REFERENCES layers(name) ON DELETE CASCADE,
            status TEXT NOT NULL,
            reviewer TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (doc_id, layer)
        ) WITHOUT ROWID;
        CREATE INDEX doc_layers_layer_status ON doc_layers(layer, status);
        CREATE TABLE spans (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            layer TEXT NOT NULL REFERENCES layers(name) ON DELETE CASCADE,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT '',
            CHECK (start >= 0 AND "end" > start AND length(text) = "end" - start)
        );
        CREATE INDEX spans_layer_doc ON spans(layer, doc_id, start, "end", label, id);
        CREATE TABLE relations (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            layer TEXT NOT NULL REFERENCES layers(name) ON DELETE CASCADE,
            type TEXT NOT NULL,
            head TEXT NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
            tail TEXT NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX relations_layer_doc ON relations(layer, doc_id, type, head, tail, id);
        CREATE INDEX relations_head ON relations(head);
        CREATE INDEX relations_tail ON relations(tail);
    """)


@_migration("0002_audit")
def _m0002(db: sqlite_utils.Database) -> None:
    """The review audit trail: who decided what, when, and why."""
    script(db, """
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            reason TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );
        CREATE INDEX audit_doc ON audit(doc_id, seq);
    """)


@_migration("0003_span_text_guard")
def _m0003(db: sqlite_utils.Database) -> None:
    """The sacred invariant in the file itself: a span's text is its document's text
    between its offsets (substr counts code points), at every write, whoever writes;
    and a document's text never changes once stored."""
    script(db, """
        CREATE TRIGGER spans_text_insert BEFORE INSERT ON spans
        WHEN substr((SELECT text FROM documents WHERE id = NEW.doc_id),
                    NEW.start + 1, NEW."end" - NEW.start) IS NOT NEW.text
        BEGIN SELECT RAISE(ABORT, 'span text differs from its document text'); END;
        CREATE TRIGGER spans_text_update BEFORE UPDATE OF doc_id, start, "end", text ON spans
        WHEN substr((SELECT text FROM documents WHERE id = NEW.doc_id),
                    NEW.start + 1, NEW."end" - NEW.start) IS NOT NEW.text
        BEGIN SELECT RAISE(ABORT, 'span text differs from its document text'); END;
        CREATE TRIGGER documents_text_fixed BEFORE UPDATE OF text ON documents
        WHEN NEW.text IS NOT OLD.text
        BEGIN SELECT RAISE(ABORT, 'a document text never changes once stored'); END;
    """)


@_migration("0004_span_comment")
def _m0004(db: sqlite_utils.Database) -> None:
    """The annotator's free-text note on a span (DESIGN §5: ``comment``)."""
    db.execute("ALTER TABLE spans ADD COLUMN comment TEXT NOT NULL DEFAULT ''")


@_migration("0005_search")
def _m0005(db: sqlite_utils.Database) -> None:
    """Corpus search: an FTS5 index over each document's id, title and folded text
    (``desktop.store.fts``), built here for the documents already stored."""
    conn = db.conn
    fts.require_fts5(conn)
    conn.execute(fts.CREATE)
    rows = conn.execute("SELECT rowid, id, title, text FROM documents ORDER BY rowid")
    while batch := rows.fetchmany(500):
        fts.index(conn, batch)


@_migration("0006_gazetteer")
def _m0006(db: sqlite_utils.Database) -> None:
    """The project's gazetteer (issue 15): actor names with their canonical name and
    type, imported from CSV (``tawsim gazetteer``), proposed on every document. ``key`` is
    the folded name (DESIGN §2), so names that differ only in hamza seats or harakat are
    one entry. Self-contained: nothing else refers to this table."""
    script(db, """
        CREATE TABLE gazetteer (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            canonical TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            added TEXT NOT NULL DEFAULT ''
        );
        """)


@_migration("0007_ledger_indexes")
def _m0007(db: sqlite_utils.Database) -> None:
    """Indexes for the claims ledger and the actor index (desktop/store/ledger.py,
    actors.py), each partial on one label so that importing pays little for them:
    claims in document order and by claim type and attribution (pages in those orders,
    and those filters, walk an index), actors by canonical name (the claimant sort and
    filter, the actor index's grouping) and dates by TIMEX value (the date-range
    filter). The label is a column too, so that the claim index covers a count. The
    expressions are exactly those the queries use."""
    script(db, """
        CREATE INDEX spans_claims ON spans(layer, label, doc_id, start, "end", id)
            WHERE label = 'CLAIM';
        CREATE INDEX spans_claim_type ON spans(layer, label,
            coalesce(json_extract(attrs, '$.claim_type'), ''), doc_id, start, "end", id)
            WHERE label = 'CLAIM';
        CREATE INDEX spans_claim_attribution ON spans(layer, label,
            coalesce(json_extract(attrs, '$.attribution'), ''), doc_id, start, "end", id)
            WHERE label = 'CLAIM';
        CREATE INDEX spans_actor_canonical ON spans(layer, label,
            coalesce(nullif(json_extract(attrs, '$.canonical'), ''), text), id)
            WHERE label = 'ACTOR';
        CREATE INDEX spans_date_value ON spans(layer, label, json_extract(attrs, '$.value'),
            coalesce(json_extract(attrs, '$.mod'), ''))
            WHERE label = 'DATE';
        """)


@_migration("0008_text_chunks")
def _m0008(db: sqlite_utils.Database) -> None:
    """Long documents' texts in pieces, and the span checks reading a piece instead of
    the whole text (``desktop.store.chunks``): checking a span cost the length of its
    document. The pieces of the documents already stored are made here."""
    from desktop.store.chunks import CHUNKED_FROM, SCHEMA, store_chunks

    conn = db.conn
    script(db, SCHEMA)
    # byte length first (no decoding): a text of more than CHUNKED_FROM code points has
    # more than CHUNKED_FROM bytes
    rows = conn.execute("SELECT id, text FROM documents WHERE length(CAST(text AS BLOB)) > ?"
                        " ORDER BY rowid", (CHUNKED_FROM,))
    while batch := rows.fetchmany(200):
        store_chunks(conn, batch)

