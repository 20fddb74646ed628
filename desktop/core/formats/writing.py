"""What every writer shares: the document an export hands it (``ExportDoc``, in
``exportdoc.py``), the options (``WriteOptions``), and the one atomic output helper
(``Output``) every export goes through.

``Output`` writes

* ``-``: standard output, as it goes;
* a device, FIFO or socket (``/dev/stdout``, a named pipe) and anything under ``/dev`` or
  ``/proc``: through it, in place, never replacing it;
* a regular file (or a new name, or a symbolic link to either): a temporary file beside
  the real target, fsynced and renamed into place only when complete, so a failed or
  interrupted export leaves the old file whole and no temporary file behind (a link
  stays a link: the file it points to is replaced);
* a folder (brat, hf): a temporary folder beside it, swapped into place when complete; a
  folder that exists must be empty or hold only what this format writes.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from desktop.core.formats.exportdoc import ExportDoc, attrs_of
from desktop.core.schema import Schema

__all__ = ["ExportDoc", "ExportError", "Output", "OutputError", "WriteOptions", "Writer",
           "attrs_of", "write_text_atomically"]


class OutputError(ValueError):
    """An ``--out`` that cannot be written as asked; the message says why."""


class ExportError(ValueError):
    """A document the chosen format cannot carry (the message names it): the export
    stops and writes nothing."""


@dataclass(slots=True)
class WriteOptions:
    layer: str
    schema: Schema
    labels: tuple[str, ...] = ()  # conll: the labels that become tags
    # hf: the types seen for each meta key and attribute (JSON types: text, integer, ...)
    meta_types: dict[str, set[str]] = field(default_factory=dict)
    attr_types: dict[str, set[str]] = field(default_factory=dict)
    has_comments: bool = False


class Writer:
    """A format's writer: ``write`` each document in order, then ``close`` (with the
    dataset card's data, for formats that carry a card)."""

    def __init__(self, out: Output, options: WriteOptions):
        self.out = out
        self.options = options

    def write(self, doc: ExportDoc) -> None:  # pragma: no cover - every writer has one
        raise NotImplementedError

    def close(self, card: Any = None) -> None:
        pass


def _is_device(path: Path) -> bool:
    text = os.fspath(path)
    if text.startswith(("/dev/", "/proc/")):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:  # no such file (or none that can be looked at)
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """One export's destination; a context manager that commits on success and removes
    every temporary file or folder on failure (an exception, Ctrl+C, SIGTERM turned into
    an exception by the command line)."""

    def __init__(self, target: str | os.PathLike, *, kind: str = "file", binary: bool = False,
                 owns: Callable[[Path], bool] | None = None):
        self.target = os.fspath(target)
        self.kind = kind
        self.binary = binary
        self.owns = owns
        self.stream: TextIO | BinaryIO | None = None
        self.folder: Path | None = None
        self.in_place = False  # standard output or a device: no temporary file
        self._tmp: Path | None = None
        self._real: Path | None = None
        self._wrapper: io.TextIOWrapper | None = None
        self._fh = None
        self._made: set[str] = set()  # the subfolders made (folder formats)
        self._dir_fd: int | None = None  # the folder being written, for write_file

    # ------------------------------------------------------------------ where it goes
    @property
    def path(self) -> Path | None:
        """The file or folder that holds the export once committed (None: stdout)."""
        return None if self.target == "-" else Path(self.target)

    @property
    def is_file(self) -> bool:
        """A regular file (written atomically): a card may be written beside it."""
        return self.kind == "file" and not self.in_place

    def __enter__(self) -> Output:
        if self.kind == "folder":
            self._open_folder()
        else:
            self._open_file()
        return self

    def _open_file(self) -> None:
        if self.target == "-":
            self.in_place = True
            self._set_stream(sys.stdout.buffer, own=False)
            return
        path = Path(self.target)
        if _is_device(path):
            self.in_place = True
            self._set_stream(open(path, "wb"), own=True)  # noqa: SIM115 - closed in commit
            return
        real = Path(os.path.realpath(path))
        if real.is_dir():
            raise OutputError(f"{self.target}: is a folder; --out takes a file name here")
        if not real.parent.is_dir():
            raise OutputError(f"{real.parent}: no such folder")
        mode = 0o666 & ~_umask()
        try:
            existing = os.stat(real).st_mode
        except OSError:
            existing = None
        if existing is not None:
            # the new file replaces the old with its permissions; one nobody may write
            # is not replaced (a rename would do it, even as root)
            if not existing & 0o222:
                raise OutputError(f"{self.target}: is write-protected; make it writable "
                                  "or name another file")
            mode = stat.S_IMODE(existing)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
        self._tmp, self._real = Path(tmp), real
        os.chmod(tmp, mode)
        self._set_stream(os.fdopen(fd, "wb"), own=True)

    def _set_stream(self, raw: BinaryIO, *, own: bool) -> None:
        self._fh = raw if own else None
        if self.binary:
            self.stream = raw
        else:
            self._wrapper = io.TextIOWrapper(raw, encoding="utf-8", newline="\n",
                                             write_through=False)
            self.stream = self._wrapper

    def _open_folder(self) -> None:
        if self.target == "-":
            raise OutputError("this format writes a folder: --out must name one, not '-'")
        real = Path(os.path.realpath(self.target))
        if real.exists():
            if not real.is_dir():
                raise OutputError(f"{self.target}: is a file; this format writes a folder")
            strange = [p.name for p in sorted(real.iterdir())
                       if not (self.owns and self.owns(p))]
            if strange:
                shown = ", ".join(strange[:5]) + (" …" if len(strange) > 5 else "")
                raise OutputError(f"{self.target}: the folder holds files this export would "
                                  f"not write ({shown}); name a new or empty folder")
        real.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        tmp = Path(tempfile.mkdtemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent))
        os.chmod(tmp, 0o777 & ~_umask())
        self._tmp, self._real, self.folder = tmp, real, tmp

    def open(self, relpath: str, *, binary: bool = False):
        """A file inside the folder being written (folder formats)."""
        assert self.folder is not None
        head, sep, _ = relpath.rpartition("/")
        if sep and head not in self._made:  # each subfolder made once, not once a file
            (self.folder / head).mkdir(parents=True, exist_ok=True)
            self._made.add(head)
        path = os.path.join(self.folder, relpath)
        if binary:
            return open(path, "wb")  # noqa: SIM115 - the caller closes it
        return open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write_file(self, name: str, data: bytes) -> None:
        """A small file directly in the folder being written, in one write: no file
        object, and the name opened relative to the folder (brat writes 200,000)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        if os.open in os.supports_dir_fd:
            if self._dir_fd is None:
                self._dir_fd = os.open(self.folder, os.O_RDONLY)
            fd = os.open(name, flags, 0o666, dir_fd=self._dir_fd)
        else:  # pragma: no cover - Windows
            fd = os.open(os.path.join(self.folder, name), flags | os.O_BINARY, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)

    def _close_folder(self) -> None:
        fd, self._dir_fd = self._dir_fd, None
        if fd is not None:
            os.close(fd)

    # ------------------------------------------------------------------ the end
    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    def commit(self) -> None:
        if self.kind == "folder":
            assert self._tmp is not None and self._real is not None
            self._close_folder()
            _fsync_tree(self._tmp)
            real = self._real
            import shutil
            import tempfile

            if real.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{real.name}.", suffix=".old",
                                            dir=real.parent))
                os.rmdir(old)
                os.rename(real, old)
                os.rename(self._tmp, real)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.rename(self._tmp, real)
            self._tmp = None
            return
        if self._wrapper is not None:
            self._wrapper.flush()
        raw = self._fh if self._fh is not None else sys.stdout.buffer
        raw.flush()
        if self._tmp is not None:
            os.fsync(raw.fileno())
        if self._wrapper is not None and self._fh is None:
            self._wrapper.detach()  # standard output stays open
        elif self._fh is not None:
            (self._wrapper or self._fh).close()
        if self._tmp is not None:
            os.replace(self._tmp, self._real)
            self._tmp = None

    def abort(self) -> None:
        self._close_folder()
        try:
            if self._wrapper is not None and self._fh is None:
                try:
                    self._wrapper.flush()
                except (OSError, ValueError):
                    pass
                self._wrapper.detach()
            elif self._fh is not None:
                try:
                    (self._wrapper or self._fh).close()
                except (OSError, ValueError):
                    pass
        finally:
            if self._tmp is not None:
                if self._tmp.is_dir():
                    import shutil

                    shutil.rmtree(self._tmp, ignore_errors=True)
                else:
                    try:
                        self._tmp.unlink()
                    except OSError:
                        pass
                self._tmp = None


def _fsync_tree(folder: Path) -> None:
    """Everything written to disk before the folder is renamed into place: one sync for
    the whole folder (an fsync per file costs minutes at 100,000 brat documents)."""
    os.sync()


def write_text_atomically(path: Path, text: str) -> None:
    """A small file (a dataset card) through the same atomic path as an export."""
    with Output(path) as out:
        out.stream.write(text)
