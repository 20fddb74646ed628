"""Schema versions: every older file migrates (with a new backup each time), an older file
opened read-only is read through a migrated copy and left byte for byte as it was, and
a newer one is refused."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.store.db import SCHEMA_VERSION, backups
from desktop.store.errors import ProjectFileError
from desktop.store.migrations import migrations
from desktop.store.project import Project

# the first migration each version did not have yet
NEXT = {1: "0002_audit", 2: "0003_span_text_guard", 3: "0004_span_comment",
        4: "0005_search", 5: "0006_gazetteer", 6: "0007_ledger_indexes",
        7: "0008_text_chunks"}


def make_version(path, version: int, docs: dict[str, str] | None = None):
    """A project file as Tawsim wrote it at schema ``version``, with documents, and a
    span on each (from its first character to its first space)."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    migrations().apply(db, stop_before=NEXT[version])
    db.execute(f"PRAGMA user_version = {version}")
    for doc_id, text in (docs or {"d1": "قال الوزير"}).items():
        db.execute("INSERT INTO documents (id, text, text_sha256) VALUES (?, ?, 'x')",
                   (doc_id, text))
        end = text.index(" ")
        db.execute("INSERT INTO layers (name) VALUES ('amal') ON CONFLICT DO NOTHING")
        db.execute('INSERT INTO spans (id, doc_id, layer, label, start, "end", text)'
                   " VALUES (?, ?, 'amal', 'CUE', 0, ?, ?)", (f"s-{doc_id}", doc_id, end,
                                                             text[:end]))
        db.execute("INSERT INTO doc_layers (doc_id, layer, status) VALUES (?, 'amal', 'done')",
                   (doc_id,))
    db.conn.commit()
    db.conn.close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("version", sorted(NEXT))
def test_older_versions_migrate_with_a_backup(tmp_path, version):
    path = make_version(tmp_path / "old.tawsim", version)
    with Project(path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [span] = p.annotations("d1", "amal").spans
        assert span.text == "قال" and span.comment == ""
        assert p.update_span(span.with_(comment="أداة القول")).comment == "أداة القول"
        assert p.span(span.id).comment == "أداة القول"
        assert [d.id for d in p.search_documents("الوزير")] == ["d1"]
        p.audit("d1", "rania", "accept", {"span": span.id})
    [backup] = backups(path)
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    conn.close()


def test_every_backup_gets_a_new_name(tmp_path):
    names = set()
    for k in range(3):
        path = make_version(tmp_path / "p.tawsim", 3)  # the same old file again
        with Project(path):
            pass
        names = {b.name for b in backups(path)}
        assert len(names) == k + 1  # none overwritten
        path.unlink()
        for extra in ("-wal", "-shm"):
            (tmp_path / f"p.tawsim{extra}").unlink(missing_ok=True)
    assert all(n.startswith("p.tawsim.v3.") and n.endswith(".bak") for n in names)


@pytest.mark.parametrize("version", sorted(NEXT))
def test_an_older_file_read_only_is_never_written(tmp_path, version):
    path = make_version(tmp_path / "old.tawsim", version)
    before = digest(path)
    with Project(path, read_only=True) as p:
        assert p.read_only
        assert p.annotations("d1", "amal").spans[0].text == "قال"
        assert p.stats()["layers"] == ["gold", "amal"]
        assert [d.id for d in p.search_documents("الوزير")] == ["d1"]
    assert digest(path) == before
    assert backups(path) == []
    assert sorted(f.name for f in tmp_path.iterdir()) == ["old.tawsim"]


def test_an_empty_file_read_only_stays_empty(tmp_path):
    path = tmp_path / "empty.tawsim"
    path.touch()
    with Project(path, read_only=True) as p:
        assert p.stats()["documents"] == 0
    assert path.stat().st_size == 0
    assert sorted(f.name for f in tmp_path.iterdir()) == ["empty.tawsim"]


def test_newer_and_foreign_files_are_refused(tmp_path):
    newer = tmp_path / "newer.tawsim"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    for read_only in (False, True):
        with pytest.raises(ProjectFileError, match="newer Tawsim"):
            Project(newer, read_only=read_only)
        with pytest.raises(ProjectFileError, match="no such project"):
            Project(tmp_path / "missing.tawsim", read_only=read_only, create=False)


def test_migrations_run_in_one_transaction(tmp_path):
    """No step commits on its own (executescript would): a failure half-way leaves the
    file at its old version, and a second process never sees half a schema."""
    from desktop.store import migrations as mig

    path = make_version(tmp_path / "old.tawsim", 3)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    steps = list(mig._STEPS)
    try:
        mig._STEPS.append(("0006_broken", broken))
        mig.migrations.cache_clear()
        old = mig.SCHEMA_VERSION
        with pytest.raises(RuntimeError, match="boom"):
            Project(path)
    finally:
        mig._STEPS[:] = steps
        mig.migrations.cache_clear()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "doc_search" not in tables
    assert "comment" not in [r[1] for r in conn.execute("PRAGMA table_info(spans)")]
    conn.close()
    assert old == SCHEMA_VERSION
    with Project(path) as p:  # and it migrates fine afterwards
        assert p.annotations("d1", "amal").spans[0].comment == ""
