"""Reading the project on a thread of its own, so a view never freezes the window: the
ledger's count and slow sorts, the actor index, the timeline's rows.

A ``Reader`` owns one worker thread with its own read connection (an SQLite connection
belongs to the thread that opened it); the store's caches (a sorted order, the actor
index) live on that connection, so asking again while the file is unchanged is cheap.
``ask(key, fn, done)`` runs ``fn(project)`` there and calls ``done(result)`` back on the
window's thread. A newer request with the same key replaces one still queued and
interrupts one running (``sqlite3.Connection.interrupt`` is the one call SQLite allows
from another thread); ``cancel(prefix)`` drops every request whose key starts so.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import sqlite3
import sys
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from desktop.store.project import Project


@dataclass(eq=False)
class Request:
    key: str
    path: str
    fn: Callable[[Project], Any]
    done: Callable[[Any], None]
    failed: Callable[[str], None] | None = None
    cancelled: bool = field(default=False)


class _Thread(QThread):
    def __init__(self, loop: Callable[[], None]):
        super().__init__()
        self.loop = loop

    def run(self) -> None:
        self.loop()


_READERS: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    """A script that builds a window and ends without the event loop's aboutToQuit (a
    test, a screenshot) would leave a reading thread running when Python exits, which Qt
    answers by aborting the process ("QThread: Destroyed while thread is still
    running"): every reader still alive is stopped first."""
    for reader in list(_READERS):
        with contextlib.suppress(RuntimeError):  # its Qt side deleted already
            reader.stop()


class Reader(QObject):
    """One worker thread reading the project at ``path()`` (asked each time: the window
    may switch projects)."""

    _finished = Signal(object, bool, object)  # request, ok, result (crosses threads)

    def __init__(self, path: Callable[[], str], parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._queue: list[Request] = []
        self._running: Request | None = None
        self._project: Project | None = None
        self._cond = threading.Condition()
        self._stopping = False
        self._thread: _Thread | None = None
        self._finished.connect(self._deliver)
        _READERS.add(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # ------------------------------------------------------------------ the window's side
    def ask(self, key: str, fn: Callable[[Project], Any], done: Callable[[Any], None],
            failed: Callable[[str], None] | None = None) -> Request:
        req = Request(key, self.path(), fn, done, failed)
        with self._cond:
            if self._stopping:
                req.cancelled = True
                return req
            for old in self._queue:
                if old.key == key:
                    old.cancelled = True
            self._queue = [r for r in self._queue if not r.cancelled]
            self._interrupt_if(lambda r: r.key == key)
            self._queue.append(req)
            self._cond.notify()
        if self._thread is None:
            self._thread = _Thread(self._loop)
            self._thread.start()
        return req

    def cancel(self, prefix: str) -> None:
        """Drop every request (queued or running) whose key starts with ``prefix``."""
        with self._cond:
            for r in self._queue:
                if r.key.startswith(prefix):
                    r.cancelled = True
            self._queue = [r for r in self._queue if not r.cancelled]
            self._interrupt_if(lambda r: r.key.startswith(prefix))

    def _interrupt_if(self, which: Callable[[Request], bool]) -> None:
        running = self._running
        if running is not None and not running.cancelled and which(running):
            running.cancelled = True
            project = self._project
            if project is not None:
                try:
                    project.conn.interrupt()
                except sqlite3.ProgrammingError:  # closed meanwhile: nothing runs on it
                    pass

    @property
    def running(self) -> str | None:
        """The key of the request running now (None: idle)."""
        with self._cond:
            return self._running.key if self._running is not None else None

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._running is not None or bool(self._queue)

    def stop(self) -> None:
        """End the thread (the window closes): what runs is interrupted, the rest dropped."""
        with self._cond:
            self._stopping = True
            for r in self._queue:
                r.cancelled = True
            self._queue.clear()
            self._interrupt_if(lambda _r: True)
            self._cond.notify()
        if self._thread is not None:
            self._thread.wait(10000)
            self._thread = None

    def _deliver(self, req: Request, ok: bool, result: Any) -> None:
        if req.cancelled or self._stopping:
            return
        if ok:
            req.done(result)
        elif req.failed is not None:
            req.failed(result)

    # ------------------------------------------------------------------ the thread's side
    def _loop(self) -> None:
        try:
            while True:
                with self._cond:
                    while not self._queue and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    req = self._queue.pop(0)
                    self._running = req
                try:
                    result, ok = self._run(req), True
                except sqlite3.OperationalError as exc:
                    result, ok = str(exc), False
                except Exception as exc:  # a view's bug never takes the window down
                    traceback.print_exc(file=sys.stderr)
                    result, ok = f"{type(exc).__name__}: {exc}", False
                with self._cond:
                    self._running = None
                if not req.cancelled:
                    self._finished.emit(req, ok, result)
        finally:
            if self._project is not None:
                self._project.close()
                self._project = None

    def _run(self, req: Request) -> Any:
        if self._project is None or str(self._project.path) != req.path:
            if self._project is not None:
                self._project.close()
                self._project = None
            self._project = Project(req.path, create=False)
        if req.cancelled:
            return None
        return req.fn(self._project)


_gc_lock = threading.Lock()
_gc_paused = [0, False]  # how many readers build now, and whether the collector was on


@contextlib.contextmanager
def building_many():
    """Around a read that builds hundreds of thousands of objects (the timeline of a large
    project): Python's cycle collector is paused meanwhile, and what was built is moved
    out of its sight (``gc.freeze``). Otherwise each full collection walks every object
    while holding Python's lock, and the window stalls for as long (0.7 s at 100,000
    documents). The objects are acyclic; reference counting frees them when replaced."""
    with _gc_lock:
        _gc_paused[0] += 1
        if _gc_paused[0] == 1:
            _gc_paused[1] = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_paused[0] -= 1
            if _gc_paused[0] == 0:
                gc.freeze()
                if _gc_paused[1]:
                    gc.enable()


__all__ = ["Reader", "Request", "building_many"]
