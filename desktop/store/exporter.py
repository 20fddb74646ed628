"""Exporting a layer as gold JSONL: streamed, reproducible, atomic.

The file is written to a temporary file beside the target and renamed into place only
when complete, so an interrupted or failed export never leaves half a file (and never
clobbers the previous export).
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.formats import gold
from desktop.core.model import GOLD, ModelError
from desktop.store.project import ExportRow, Project


class ExportCancelled(Exception):
    pass


_DONE = object()


def _prefetched(path: Path, layer: str, reviewed_only: bool, chunk: int = 128,
                ) -> Iterator[ExportRow]:
    """The project's export rows, read by a second thread on its own connection while
    this one encodes and writes: SQLite releases the GIL while it steps, so reading and
    encoding overlap on two cores. The queue is bounded, so memory stays flat."""
    rows: queue.Queue = queue.Queue(maxsize=8)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                rows.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            with Project(path, create=False) as mine:
                batch: list[ExportRow] = []
                for row in mine.iter_export_rows(layer, reviewed_only=reviewed_only):
                    batch.append(row)
                    if len(batch) >= chunk:
                        if not put(batch):
                            return
                        batch = []
                if batch:
                    put(batch)
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)

    reader = threading.Thread(target=read, name="tawsim-export-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = rows.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield from item
    finally:
        stop.set()
        reader.join()


@dataclass
class ExportReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0


def export_gold(project: Project, out: str | Path, *, layer: str = GOLD,
                include_unreviewed: bool = False,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ExportReport:
    """Write every selected document with ``layer``'s annotations to ``out``.

    Gold: reviewed documents only unless ``include_unreviewed``. An annotator's layer:
    the documents that layer holds (all documents with ``include_unreviewed``).
    """
    out = Path(out)
    if layer not in project.layers():
        raise ValueError(f"no layer {layer!r} in this project (layers: "
                         f"{', '.join(project.layers())})")
    total = project.count_documents()
    report = ExportReport()
    reviewed_only = layer == GOLD and not include_unreviewed
    member_only = layer != GOLD and not include_unreviewed
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent or ".")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            rows = _prefetched(project.path, layer, reviewed_only)
            for n, row in enumerate(rows, 1):
                if member_only and layer not in row.annotators:
                    continue
                review = {"status": row.status, "reviewer": row.reviewer,
                          "annotators": row.annotators}
                if row.decisions:
                    review["decisions"] = row.decisions
                if layer != GOLD:
                    review["layer"] = layer
                if row.broken_spans:
                    raise ModelError(
                        f"document {row.doc.id}: span(s) {', '.join(row.broken_spans)} do not "
                        "match the text; export refused")
                fh.write(gold.dumps_line(row.doc, row.spans, row.relations, review,
                                         row.text_sha256) + "\n")
                report.documents += 1
                report.spans += row.span_count
                report.relations += row.relation_count
                if progress and n % 256 == 0:
                    progress(n, total)
                if cancelled and cancelled():
                    raise ExportCancelled()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if progress:
        progress(total, total)
    return report
