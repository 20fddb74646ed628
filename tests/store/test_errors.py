"""What the store raises when the file is the problem: busy (another writer holds the lock
past the wait), read-only (asked, or the file or folder is), and that a refused write
leaves nothing half-done."""

from __future__ import annotations

import os
import sqlite3
import threading
import time

import pytest

from desktop.core.model import Document, ModelError, Span
from desktop.store.errors import (
    DiskFull,
    ProjectBusy,
    ProjectReadOnly,
    RecordRefused,
    StoreError,
    translate,
)
from desktop.store.project import Project

TEXT = "قال الوزير إن الاتفاق تم"


def span(word="الوزير", **kw):
    start = TEXT.index(word)
    return Span.on(TEXT, doc_id="d1", layer="amal", label="ACTOR", start=start,
                   end=start + len(word), **kw)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "p.tawsim"
    with Project(p) as project:
        project.add_document(Document(id="d1", text=TEXT))
    return p


def hold_lock(path, seconds: float) -> threading.Thread:
    """Another connection holding the write lock for ``seconds``."""
    ready = threading.Event()

    def run():
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
        ready.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    t = threading.Thread(target=run)
    t.start()
    ready.wait()
    return t


def test_a_writer_waits_for_the_lock(path):
    with Project(path, timeout=5) as p:
        t = hold_lock(path, 0.5)
        t0 = time.monotonic()
        p.add_span(span())  # waits for the other writer, then lands
        assert time.monotonic() - t0 >= 0.4
        t.join()
        assert len(p.annotations("d1", "amal").spans) == 1


def test_a_lock_held_too_long_is_project_busy_and_nothing_changes(path):
    with Project(path, timeout=0.3) as p:
        t = hold_lock(path, 1.5)
        with pytest.raises(ProjectBusy, match="p.tawsim"):
            p.add_span(span())
        t.join()
        assert p.annotations("d1", "amal").spans == []
        assert p.status("d1", "amal") == "todo"  # the layer membership was not half-made
        p.add_span(span())  # and the next try lands
        assert len(p.annotations("d1", "amal").spans) == 1


def test_default_wait_is_at_least_ten_seconds(monkeypatch):
    from desktop.store import db

    monkeypatch.delenv("TAWSIM_BUSY_TIMEOUT", raising=False)
    assert db.busy_timeout() >= 10


def test_readers_do_not_block_writers(path):
    with Project(path, read_only=True) as reader, Project(path, timeout=0.5) as writer:
        reader.conn.execute("BEGIN")
        assert reader.count_documents() == 1  # a read snapshot held open
        writer.add_span(span())  # WAL: the writer is not blocked
        assert reader.annotations("d1", "amal").spans == []  # the snapshot
        reader.conn.execute("COMMIT")
        assert len(reader.annotations("d1", "amal").spans) == 1


def test_read_only_refuses_every_write(path):
    with Project(path, read_only=True) as p:
        assert p.read_only
        for write in (lambda: p.add_span(span()), lambda: p.set_status("d1", "amal", "done"),
                      lambda: p.add_document(Document(id="d2", text="نص")),
                      lambda: p.set_setting("k", "v"), lambda: p.update_search_index()):
            with pytest.raises(ProjectReadOnly, match="read-only"):
                write()
        p.ensure_layer("amal")  # a check only: never fails for being read-only
        assert p.claim_editor("amal") is False


def test_a_file_without_write_permission_opens_read_only(path):
    os.chmod(path, 0o444)
    try:
        with Project(path) as p:
            assert p.read_only
            assert p.count_documents() == 1
            with pytest.raises(ProjectReadOnly):
                p.add_span(span())
    finally:
        os.chmod(path, 0o644)


def test_a_read_only_folder_opens_read_only(path):
    folder = path.parent
    with Project(path):
        pass  # closed cleanly: no -wal, no -shm beside it
    os.chmod(folder, 0o555)
    try:
        with Project(path) as p:
            assert p.read_only and p.count_documents() == 1
        with pytest.raises(ProjectReadOnly, match="folder is read-only"):
            Project(folder / "new.tawsim")
    finally:
        os.chmod(folder, 0o755)


def test_data_version_changes_when_another_connection_commits(path):
    with Project(path) as mine, Project(path) as other:
        before = mine.data_version()
        assert mine.data_version() == before
        other.add_span(span())
        assert mine.data_version() != before


def test_a_failure_mid_transaction_rolls_back_everything(path):
    with Project(path) as p:
        good = span()
        with pytest.raises(RecordRefused), p.transaction():
            p.add_span(good)
            p.conn.execute("INSERT INTO spans (id, doc_id, layer, label, start, \"end\", text)"
                           " VALUES ('x', 'd1', 'amal', 'CUE', 0, 3, 'xyz')")  # the trigger
        assert p.span(good.id) is None
        assert p.status("d1", "amal") == "todo"


def test_a_refused_record_is_a_model_error(path):
    with Project(path) as p:
        s = p.add_span(span())
        with pytest.raises(ModelError):  # the same id again: the file refuses it
            p.restore([s], [])


@pytest.mark.parametrize("error, kind", [
    (sqlite3.OperationalError("database is locked"), ProjectBusy),
    (sqlite3.OperationalError("database or disk is full"), DiskFull),
    (sqlite3.OperationalError("attempt to write a readonly database"), ProjectReadOnly),
    (OSError(28, "No space left on device"), DiskFull),
    (OSError(30, "Read-only file system"), ProjectReadOnly),
    (sqlite3.IntegrityError("UNIQUE constraint failed: spans.id"), RecordRefused),
    (sqlite3.OperationalError("disk I/O error"), StoreError),
])
def test_translation(error, kind):
    out = translate(error, "/x/p.tawsim")
    assert type(out) is kind
    assert "/x/p.tawsim" in str(out) or kind is RecordRefused
