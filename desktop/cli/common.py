"""What every sub-command shares: usage errors, the argument parser that never prints a
traceback, the terminal progress bar, opening a project, and turning a project-level
failure (``desktop.store.errors.StoreError``) into one line and exit code 1."""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time


class UsageError(Exception):
    """A usage error: printed as ``tawsim: error: ...``, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


class Progress:
    """A one-line progress bar on a terminal (stderr); silent when not a terminal."""

    def __init__(self, what: str, unit: str = "bytes", stream=None):
        self.what = what
        self.unit = unit
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and not os.environ.get("TAWSIM_NO_PROGRESS")
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        frac = done / total if total else 1.0
        width = 30
        bar = "#" * int(frac * width)
        if self.unit == "bytes":
            amount = f"{done / 1e6:.1f}/{total / 1e6:.1f} MB"
        else:
            amount = f"{done}/{total} {self.unit}"
        self.stream.write(f"\r{self.what} [{bar:<{width}}] {frac:4.0%} {amount}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def open_project(path: str, *, create: bool, read_only: bool = False):
    """The project at ``path`` (a usage error if it is not one). ``read_only``: for a
    command that only reads (DESIGN §3: it never writes the file, and works on a
    read-only one)."""
    from desktop.store.errors import ProjectFileError
    from desktop.store.project import Project

    try:
        return Project(path, create=create, read_only=read_only)
    except ProjectFileError as exc:
        raise UsageError(str(exc)) from None


def existing_project(path: str, *, read_only: bool = False):
    """An existing project for a command (no project: a usage error)."""
    from pathlib import Path

    if not Path(path).exists():
        raise UsageError(f"{path}: no such project")
    return open_project(path, create=False, read_only=read_only)


def store_failure(exc: Exception, note: str = "") -> int:
    """Print a project-level failure (disk full, read-only, lock not obtained...) as one
    line naming the file, and return the exit code: 1."""
    print(f"tawsim: error: {exc}{f' ({note})' if note else ''}", file=sys.stderr)
    return 1


def store_errors(run=None, *, note: str = ""):
    """Decorator for a command's ``run(args)``: a ``StoreError`` raised inside becomes one
    line on stderr (``store_failure``) and exit code 1, never a traceback; ``note`` is
    added in brackets, e.g. what stays stored. ``@store_errors`` or
    ``@store_errors(note="...")``."""
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            from desktop.store.errors import StoreError

            try:
                return func(*args, **kwargs)
            except StoreError as exc:
                return store_failure(exc, note)
        return wrapper
    return decorate(run) if run is not None else decorate
