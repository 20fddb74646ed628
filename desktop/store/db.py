"""Opening a project file: pragmas, schema versions (sqlite-utils Migrations), backups.

A project is one SQLite file in WAL mode with foreign keys on. ``PRAGMA user_version``
holds the schema version; opening a file of an older version first copies it to
``<file>.v<old>.bak`` (SQLite's online backup), then migrates it.

A connection is bound to the thread that opened it: every worker thread opens its own
(``open_connection`` again, same path). sqlite-utils (its ``Migrations`` and
``Database.atomic()``) is imported only when a migration or a transaction needs it, so
opening a project to show it does not pay for importing it (about 70 ms of a cold start).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

# 5 on this branch: 0001-0003, then the analysis migrations 0006 and 0007 (the store's
# 0004 and 0005 come in on their own branch; steps are applied by name, so the numbers
# only order them, and SCHEMA_VERSION is the count of steps once they meet)
SCHEMA_VERSION = 5

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


def prepare_writes() -> None:
    """Import sqlite-utils ahead of the first transaction (the window calls this once it
    is shown, so the first edit does not wait for the import)."""
    import sqlite_utils  # noqa: F401


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over an open connection (no plugins: we use none)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


@_migration("0001_initial")
def _m0001(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
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
        """
    )


@_migration("0002_audit")
def _m0002(db: sqlite_utils.Database) -> None:
    """The review audit trail: who decided what, when, and why."""
    db.executescript(
        """
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
        """
    )


@_migration("0003_span_text_guard")
def _m0003(db: sqlite_utils.Database) -> None:
    """The sacred invariant in the file itself: a span's text is its document's text
    between its offsets (substr counts code points), at every write, whoever writes;
    and a document's text never changes once stored."""
    db.executescript(
        """
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
        """
    )


@_migration("0006_gazetteer")
def _m0006(db: sqlite_utils.Database) -> None:
    """The project's gazetteer (issue 15): actor names with their canonical name and
    type, imported from CSV (``tawsim gazetteer``), proposed on every document. ``key`` is
    the folded name (DESIGN §2), so names that differ only in hamza seats or harakat are
    one entry. Self-contained: nothing else refers to this table."""
    db.executescript(
        """
        CREATE TABLE gazetteer (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            canonical TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            added TEXT NOT NULL DEFAULT ''
        );
        """
    )


@_migration("0007_ledger_indexes")
def _m0007(db: sqlite_utils.Database) -> None:
    """Indexes for the claims ledger and the actor index (desktop/store/ledger.py,
    actors.py), each partial on one label so that importing pays little for them:
    claims in document order and by claim type and attribution (pages in those orders,
    and those filters, walk an index), actors by canonical name (the claimant sort and
    filter, the actor index's grouping) and dates by TIMEX value (the date-range
    filter). The label is a column too, so that the claim index covers a count. The
    expressions are exactly those the queries use."""
    db.executescript(
        """
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
        """
    )


class ProjectFileError(Exception):
    """A file that is not a Tawsim project, or one from a newer Tawsim."""


def _user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def open_connection(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create or migrate) the project file at ``path``: autocommit
    mode, foreign keys on, WAL."""
    path = Path(path)
    if not path.exists() and not create:
        raise ProjectFileError(f"{path}: no such project")
    if path.exists() and path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        conn.execute("PRAGMA foreign_keys = ON")
        version = _user_version(conn)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(f"{path}: not a Tawsim project ({exc})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise ProjectFileError(
            f"{path}: made by a newer Tawsim (schema {version}, this one reads {SCHEMA_VERSION})"
        )
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and version == 0 and "documents" not in tables:
            raise ProjectFileError(f"{path}: an SQLite file, but not a Tawsim project")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            if tables:
                target = backup_path(path, version)
                with sqlite3.connect(str(target)) as dest:
                    conn.backup(dest)
                dest.close()
            migrations().apply(wrap(conn))
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ProjectFileError(f"{path}: not a Tawsim project ({exc})") from None
    except ProjectFileError:
        conn.close()
        raise
    return conn


def open_database(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """``open_connection`` wrapped in sqlite-utils."""
    return wrap(open_connection(path, create=create))
