"""Writing the claims ledger to a file (CSV or JSONL): the command line's and the
window's one code path.

The file is written to a temporary file beside the target and renamed into place when
complete, so an interrupted export never leaves half a file nor clobbers the last one.
A target that is a symbolic link is written through (its target is replaced, the link
stays); a device or a pipe (``/dev/stdout``, a FIFO) is written to directly.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from desktop.core.analysis import ledger as core
from desktop.core.model import GOLD
from desktop.store.ledger import LedgerFilters, iter_ledger, ledger_count
from desktop.store.project import Project

FORMATS = ("csv", "jsonl")


class LedgerExportCancelled(Exception):
    pass


def format_for(out: str | Path) -> str:
    """The format a file name asks for: JSONL for ``.jsonl``/``.ndjson``, else CSV."""
    return "jsonl" if str(out).lower().endswith((".jsonl", ".ndjson")) else "csv"


@contextlib.contextmanager
def atomic_text(out: str | Path) -> Iterator[IO[str]]:
    """A UTF-8 text stream (``newline=""``: what is written is what is stored, the CSV
    writer's own line ends) that becomes ``out`` only when the block completes, through
    the exports' one atomic path (``desktop.core.formats.writing.Output``): ``-`` is
    standard output, a device or FIFO is written in place, a symlink is written through,
    the file keeps its permissions, and a write-protected one is refused."""
    from desktop.core.formats.writing import Output

    with Output(out, binary=True) as target:
        stream = io.TextIOWrapper(target.stream, encoding="utf-8", newline="",
                                  write_through=False)
        try:
            yield stream
            stream.flush()
        finally:
            stream.detach()  # the Output closes (or keeps) what it opened


def write_ledger(project: Project, out: str | Path, *, fmt: str | None = None,
                 layer: str = GOLD, include_unreviewed: bool = False,
                 filters: LedgerFilters | None = None, order_by: str = "document",
                 descending: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Write the ledger rows of ``layer`` to ``out`` (a path or ``-``) as CSV or JSONL;
    returns the rows written. ValueError for an unknown layer, format or column."""
    fmt = fmt or format_for(out)
    if fmt not in FORMATS:
        raise ValueError(f"unknown ledger format {fmt!r} (one of {', '.join(FORMATS)})")
    total = ledger_count(project, layer, include_unreviewed=include_unreviewed,
                         filters=filters)
    rows = iter_ledger(project, layer, include_unreviewed=include_unreviewed,
                       filters=filters, order_by=order_by, descending=descending)

    def watched():
        for n, row in enumerate(rows, 1):
            yield row
            if n % 512 == 0:
                if progress:
                    progress(n, total)
                if cancelled and cancelled():
                    raise LedgerExportCancelled()

    with atomic_text(out) as fh:
        written = (core.write_csv if fmt == "csv" else core.write_jsonl)(watched(), fh)
    if progress:
        progress(total, total)
    return written
