"""What the store raises when the project file, not the data, is the problem.

Every write method of ``Project`` raises only these (or ``ModelError``, ``KeyError``,
``ConflictError`` for a domain refusal), and leaves nothing half-done: the transaction in
flight is rolled back first. Each message is for a human and names the file.

- ``ProjectBusy``: another program held the write lock for the whole busy timeout.
- ``ProjectReadOnly``: the file or its folder is read-only, or it was opened read-only.
- ``DiskFull``: SQLite or the system ran out of space (SQLITE_FULL, ENOSPC, EFBIG).
- ``ProjectFileError``: not a Tawsim project, one from a newer Tawsim, or damaged.
- ``RecordRefused`` (a ``ModelError``): the file's own checks (constraints, triggers)
  refused this one record; the importer reports it as ``FILE:LINE: reason`` and goes on.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.model import ModelError


class StoreError(Exception):
    """The project file cannot do what was asked; the message names the file
    (``message``: the same as a translatable ``Message``, for the window)."""

    def __init__(self, text: str, path: str | Path | None = None, message=None):
        super().__init__(text)
        self.path = None if path is None else Path(path)
        self.message = message


class ProjectBusy(StoreError):
    """The write lock was not obtained within the busy timeout."""


class ProjectReadOnly(StoreError):
    """The project (file or folder) is read-only, or was opened read-only."""


class DiskFull(StoreError):
    """No space left to write the project."""


class ProjectFileError(StoreError):
    """A file that is not a Tawsim project, one from a newer Tawsim, or a damaged one."""


class RecordRefused(ModelError):
    """The project file's own checks refused one record (a constraint or a trigger)."""


# SQLite primary result codes (the low byte of an extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_CONSTRAINT, _TOOBIG, _MISMATCH, _RANGE = 19, 18, 20, 25


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an sqlite3 exception, if it carries one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_record_error(exc: BaseException) -> bool:
    """True for a failure that belongs to one record (not to the project file): a
    constraint or trigger, a value SQLite cannot store, a string that cannot be UTF-8."""
    if isinstance(exc, (RecordRefused, UnicodeEncodeError, OverflowError)):
        return True
    if isinstance(exc, sqlite3.IntegrityError):
        return True
    if isinstance(exc, (sqlite3.DataError, sqlite3.InterfaceError, sqlite3.ProgrammingError)):
        return True
    return sqlite_code(exc) in (_CONSTRAINT, _TOOBIG, _MISMATCH, _RANGE)


def record_reason(exc: BaseException) -> str:
    """The reason a record was refused, in words."""
    if isinstance(exc, RecordRefused):
        return str(exc)
    if isinstance(exc, UnicodeEncodeError):
        return (f"holds a character that cannot be stored (U+{ord(exc.object[exc.start]):04X}: "
                f"{exc.reason})")
    if isinstance(exc, OverflowError):
        return f"holds a number too large to store ({exc})"
    if sqlite_code(exc) == _TOOBIG:
        return "too large for the project file (string or blob too big)"
    return f"refused by the project file: {exc}"


def _said(kind: type[StoreError], path: str | Path, template: str) -> StoreError:
    message = Message("Errors", template, {"path": str(path)})
    return kind(str(message), path, message)


def translate(exc: BaseException, path: str | Path, doing: str = "write to") -> BaseException:
    """The StoreError (or RecordRefused) for an sqlite3 or OS error met while ``doing``
    something with the project at ``path``; other exceptions come back unchanged."""
    where = str(path)
    if isinstance(exc, (StoreError, ModelError)):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return _said(DiskFull, path, QT_TRANSLATE_NOOP(
                "Errors", "{path}: no space left on the disk (nothing half-stored: the last "
                "change was not kept)"))
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ProjectReadOnly(f"{where}: read-only ({exc.strerror})", path)
        return StoreError(f"{where}: cannot {doing} the project ({exc.strerror or exc})", path)
    if not isinstance(exc, sqlite3.Error):
        return exc
    if is_record_error(exc):
        return RecordRefused(record_reason(exc))
    code = sqlite_code(exc)
    text = str(exc)
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return _said(ProjectBusy, path, QT_TRANSLATE_NOOP(
            "Errors", "{path}: another program kept the project busy (locked) for too long; "
            "nothing was changed, try again"))
    if code == _FULL or "full" in text:
        return _said(DiskFull, path, QT_TRANSLATE_NOOP(
            "Errors", "{path}: the disk is full; the last change was not kept"))
    if code == _READONLY or "readonly" in text or "read-only" in text:
        return _said(ProjectReadOnly, path, QT_TRANSLATE_NOOP(
            "Errors", "{path}: the project is read-only; nothing was changed"))
    if code in (_CORRUPT, _NOTADB):
        return ProjectFileError(f"{where}: the project file is damaged ({text})", path)
    if code == _CANTOPEN:
        return StoreError(f"{where}: cannot open the project file ({text})", path)
    if code == _IOERR:
        return StoreError(f"{where}: could not write to the disk ({text}: it may be full or "
                          "failing); the last change was not kept", path)
    return StoreError(f"{where}: cannot {doing} the project ({text})", path)
