"""Opening a project file, and its transactions.

A project is one SQLite file in WAL mode (readers never block the writer) with foreign
keys on. ``PRAGMA user_version`` holds the schema version (``migrations.py``).

- **Writing** (``read_only=False``): an older file is migrated in one ``BEGIN IMMEDIATE``
  transaction, after a backup beside it under a new name each time
  (``NAME.v<old>.<UTC time>.bak``). Two processes opening (or creating) the same file at
  once are safe: the second waits for the first's migration and then finds nothing to do.
- **Reading** (``read_only=True``, or a file or folder that is not writable): the file is
  opened with a ``mode=ro`` URI and ``PRAGMA query_only``; it is never migrated or written
  (not even a 0-byte file). A file of an older schema is read through a migrated
  temporary copy. In a read-only folder with no ``-wal`` holding changes the file is
  opened ``immutable`` (nobody can be writing it, and no ``-wal``/``-shm`` is left there).
- **Transactions** (``transaction``): every write starts ``BEGIN IMMEDIATE`` and waits for
  the lock up to ``busy_timeout()`` seconds (10 by default; ``TAWSIM_BUSY_TIMEOUT``
  changes it, for tests); nested ones are savepoints. Any failure rolls the whole
  transaction back and comes out as a ``desktop.store.errors`` exception.

A connection is bound to the thread that opened it: every worker thread opens its own.
sqlite-utils is imported only when a migration needs it.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.errors import (
    ProjectFileError,
    ProjectReadOnly,
    StoreError,
    translate,
)
from desktop.store.migrations import SCHEMA_VERSION, apply_migrations, migrations

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["SCHEMA_VERSION", "Opened", "ProjectFileError", "backup_path", "busy_timeout",
           "migrations", "open_file", "prepare_writes", "transaction", "wrap", "writable"]

DEFAULT_BUSY_TIMEOUT = 10.0  # seconds a writer waits for the lock (DESIGN §3: at least 10)


def busy_timeout() -> float:
    """How long a writer waits for the lock: 10 s, or ``TAWSIM_BUSY_TIMEOUT`` (tests)."""
    value = os.environ.get("TAWSIM_BUSY_TIMEOUT")
    try:
        return float(value) if value else DEFAULT_BUSY_TIMEOUT
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT


def prepare_writes() -> None:
    """Kept for the window (it calls this once shown): writes need nothing imported now
    that transactions are the store's own; migrations import sqlite-utils when needed."""


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over an open connection (no plugins: we use none)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


# ============================================================================ transactions

_savepoints = itertools.count(1)


@contextmanager
def transaction(conn: sqlite3.Connection, path: str | Path) -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE``), or a savepoint inside one. On any
    exception everything it did is rolled back and an sqlite3/OS error is raised as
    the matching ``StoreError`` (or ``RecordRefused``)."""
    if conn.in_transaction:
        name = f"tawsim_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                except sqlite3.Error:
                    pass
            new = translate(exc, path)
            if new is exc:
                raise
            raise new from exc
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        yield
    except BaseException as exc:
        _rollback(conn)
        new = translate(exc, path)
        if new is exc:
            raise
        raise new from exc
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise translate(exc, path) from exc


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


# ============================================================================ opening


@dataclass
class Opened:
    """An open project file: the connection, whether it is read-only, and the
    temporary folder of a migrated copy (an older file opened read-only) to remove."""

    conn: sqlite3.Connection
    read_only: bool
    temp_dir: Path | None = None

    def close(self) -> None:
        self.conn.close()
        if self.temp_dir is not None:
            import shutil

            shutil.rmtree(self.temp_dir, ignore_errors=True)
            self.temp_dir = None


def _mode_writable(path: Path) -> bool:
    """The permission bits allow writing (for root too: a file made read-only with
    chmod stays read-only for Tawsim) and the system agrees."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK)


def writable(path: str | Path) -> bool:
    """Can the project at ``path`` be written: the file (and its ``-wal``/``-shm``, if
    any) and its folder."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not _mode_writable(folder):
        return False
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists() and not _mode_writable(p):
            return False
    return True


def open_file(path: str | Path, *, create: bool = True, read_only: bool = False,
              timeout: float | None = None) -> Opened:
    """Open (and if writable and needed, create or migrate) the project file at ``path``.
    A file or folder that is not writable is opened read-only (``Opened.read_only``)."""
    path = Path(path)
    timeout = busy_timeout() if timeout is None else timeout
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file", path)
    if not path.exists():
        if read_only or not create:
            raise ProjectFileError(f"{path}: no such project", path)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise ProjectFileError(f"{path}: no such folder {str(folder)!r}", path)
        if not _mode_writable(folder):
            raise ProjectReadOnly(f"{path}: cannot create the project: the folder is "
                                  "read-only", path)
    elif not os.access(path, os.R_OK):
        raise StoreError(f"{path}: cannot read the project file (permission denied)", path)
    if read_only or (path.exists() and not writable(path)):
        return _open_read_only(path, timeout)
    return Opened(_open_read_write(path, timeout, backup=True), False)


def _probe(conn: sqlite3.Connection) -> tuple[int, set[str]]:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return version, tables


def _check(path: Path, version: int, tables: set[str]) -> None:
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{path}: made by a newer Tawsim (schema {version}, this one reads "
            f"{SCHEMA_VERSION})", path)
    if tables and "documents" not in tables:
        raise ProjectFileError(f"{path}: an SQLite file, but not a Tawsim project", path)


def _connect(target: str, timeout: float, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(target, timeout=timeout, isolation_level=None,
                           check_same_thread=True, uri=uri)


def _open_read_write(path: Path, timeout: float, *, backup: bool) -> sqlite3.Connection:
    try:
        conn = _connect(str(path), timeout)
    except sqlite3.Error as exc:
        raise translate(exc, path, "open") from exc
    try:
        try:
            version, tables = _probe(conn)
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise ProjectFileError(f"{path}: not a Tawsim project ({exc})", path) from None
            raise
        _check(path, version, tables)
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            _migrate(conn, path, backup=backup)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path, "open") from exc
        raise
    return conn


def _migrate(conn: sqlite3.Connection, path: Path, *, backup: bool) -> None:
    """Bring the file to SCHEMA_VERSION in one transaction holding the write lock (a
    second process doing the same at the same time waits, then finds it done)."""
    with transaction(conn, path):
        version, tables = _probe(conn)
        if version >= SCHEMA_VERSION:
            return
        _check(path, version, tables)
        if tables and backup:
            _backup(path, version)
        apply_migrations(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def backup_path(path: str | Path, version: int) -> Path:
    """A backup name beside ``path`` that no file has yet:
    ``NAME.v<version>.<UTC time>.bak`` (a counter added if that is taken)."""
    import datetime as _dt

    path = Path(path)
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.v{version}.{stamp}.bak")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.v{version}.{stamp}-{n}.bak")
        n += 1
    return target


def backups(path: str | Path) -> list[Path]:
    """The backups made of the project at ``path``, oldest first."""
    path = Path(path)
    return sorted(path.parent.glob(f"{path.name}.v*.bak"), key=lambda p: p.stat().st_mtime_ns)


def _backup(path: Path, version: int) -> None:
    """Copy the committed file (WAL included) beside it, through a second connection:
    the caller holds the write lock, so nothing changes meanwhile."""
    target = backup_path(path, version)
    src = _connect(_ro_uri(path), busy_timeout(), uri=True)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
        finally:
            dest.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def _ro_uri(path: Path, *, immutable: bool = False) -> str:
    from urllib.parse import quote

    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _open_read_only(path: Path, timeout: float) -> Opened:
    wal = Path(f"{path}-wal")
    folder = path.parent if str(path.parent) else Path(".")
    committed = not (wal.exists() and wal.stat().st_size)  # the file holds everything
    # a read-only folder with no -wal: nobody can be writing (no one could create the
    # -wal), and reading must not leave -wal/-shm files there (root could create them)
    immutable = committed and not _mode_writable(folder)
    while True:
        try:
            conn = _connect(_ro_uri(path, immutable=immutable), timeout, uri=True)
        except sqlite3.Error as exc:
            raise translate(exc, path, "read") from exc
        try:
            version, tables = _probe(conn)
            break
        except sqlite3.DatabaseError as exc:
            conn.close()
            cant_open = "unable to open" in str(exc) or (
                getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (8, 14)
            if cant_open and not immutable and committed:
                immutable = True  # read-only folder, no -shm: nobody can be writing
                continue
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise ProjectFileError(f"{path}: not a Tawsim project ({exc})", path) from None
            raise translate(exc, path, "read") from exc
    try:
        _check(path, version, tables)
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    if version == SCHEMA_VERSION:
        return Opened(conn, True)
    # an older schema (or a 0-byte file): read a migrated temporary copy
    import shutil
    import tempfile

    temp_dir = Path(tempfile.mkdtemp(prefix="tawsim-read-"))
    copy = temp_dir / path.name
    try:
        dest = sqlite3.connect(str(copy))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        migrated = _open_read_write(copy, timeout, backup=False)
        migrated.execute("PRAGMA query_only = ON")
    except BaseException as exc:
        shutil.rmtree(temp_dir, ignore_errors=True)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise translate(exc, path, "read") from exc
        raise
    finally:
        conn.close()
    return Opened(migrated, True, temp_dir)
