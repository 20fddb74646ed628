"""What every sub-command shares: usage errors, the argument parser that never prints a
traceback, the terminal progress bar, and opening a project."""

from __future__ import annotations

import argparse
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


def open_project(path: str, *, create: bool):
    """The project at ``path`` (a usage error if it is not one)."""
    from desktop.store.db import ProjectFileError
    from desktop.store.project import Project

    try:
        return Project(path, create=create)
    except ProjectFileError as exc:
        raise UsageError(str(exc)) from None


def existing_project(path: str):
    """An existing project for a command that reads it (no project: a usage error)."""
    from pathlib import Path

    if not Path(path).exists():
        raise UsageError(f"{path}: no such project")
    return open_project(path, create=False)
