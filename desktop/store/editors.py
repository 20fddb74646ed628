"""Who has a project open for editing as annotator X (advisory, between windows).

Two windows editing as the same annotator would fight over one layer (and one undo
history each), so the window claims the name first: ``Project.claim_editor(name)`` is
True when this project object now holds the claim (or held it already), False when
another window — in this process or another — holds it; that window then opens the
project read-only with a banner naming the holder (``editor_holder``).

The claim is a lock file beside the project, ``.<project file>.<hash of the name>.editor``,
holding the owner's pid, host and start time (for the banner). Where ``fcntl`` exists
(Linux, macOS) the claim is an ``flock`` on that file: the system drops it when its
holder ends, however it ends, so a crashed window never leaves a stale claim. Elsewhere
(Windows) the file is created with ``O_EXCL``; a file whose pid is no longer running on
this host is stale and taken over. Releasing removes the file. A claim never stops
writing: it only tells a second window not to edit as the same name.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def _host() -> str:
    """The machine's name (what ``socket.gethostname`` says; ``os.uname`` gives it
    without importing socket into the window's first frame, 6 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()


def _sha256(data: bytes) -> str:
    """SHA-256 of a few bytes from CPython's own implementation when it has one: the
    window claims its lock before its first frame, and ``hashlib`` loads OpenSSL (4 ms;
    worth it for a corpus, not for a name). The same digest either way."""
    try:
        from _sha2 import sha256  # Python 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()


def lock_path(project: Path, name: str) -> Path:
    digest = _sha256(name.encode("utf-8", "surrogatepass"))[:16]
    return project.with_name(f".{project.name}.{digest}.editor")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read(path: Path) -> dict | None:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


class EditorClaims:
    """The claims one Project object holds (name -> open lock file descriptor)."""

    def __init__(self, project: Path):
        self.project = project
        self.held: dict[str, int] = {}

    def _info(self, name: str) -> bytes:
        return json.dumps({"name": name, "pid": os.getpid(), "host": _host(),
                           "since": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
                          ensure_ascii=False).encode("utf-8", "surrogatepass")

    def claim(self, name: str) -> bool:
        if name in self.held:
            return True
        path = lock_path(self.project, name)
        fd = self._claim_flock(path, name) if fcntl else self._claim_excl(path, name)
        if fd is None:
            return False
        self.held[name] = fd
        return True

    def _claim_flock(self, path: Path, name: str) -> int | None:
        for _ in range(10):  # the file may be replaced under us: try again
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return None  # a read-only folder: nobody can edit here anyway
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return None
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except OSError:
                same = False
            if not same:  # released (and removed) while we were locking: retry
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, self._info(name))
            return fd
        return None

    def _claim_excl(self, path: Path, name: str) -> int | None:
        for _ in range(2):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                info = _read(path)
                stale = (info is None or (info.get("host") == _host()
                                          and not _pid_alive(int(info.get("pid", 0)))))
                if not stale:
                    return None
                try:
                    path.unlink()
                except OSError:
                    return None
                continue
            except OSError:
                return None
            os.write(fd, self._info(name))
            return fd
        return None

    def release(self, name: str) -> None:
        fd = self.held.pop(name, None)
        if fd is None:
            return
        try:
            lock_path(self.project, name).unlink()  # still ours: we hold the lock
        except OSError:
            pass
        os.close(fd)  # drops the flock

    def release_all(self) -> None:
        for name in list(self.held):
            self.release(name)

    def holder(self, name: str) -> dict | None:
        """Who holds the claim on ``name`` (``name``, ``pid``, ``host``, ``since``), or
        None when nobody does (this object's own claim included)."""
        path = lock_path(self.project, name)
        if not path.exists():
            return None
        if name in self.held:
            return _read(path)
        if fcntl:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                return None
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                return _read(path) or {"name": name}
            else:
                return None  # nobody holds it: a file left behind
            finally:
                os.close(fd)
        info = _read(path)
        if info and info.get("host") == _host() and not _pid_alive(
                int(info.get("pid", 0))):
            return None
        return info
