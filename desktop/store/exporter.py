"""Exporting a layer as gold JSONL: streamed, reproducible, atomic.

The file is written to a temporary file beside the target and renamed into place only
when complete, so an interrupted or failed export never leaves half a file (and never
clobbers the previous export).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.formats import gold
from desktop.core.model import GOLD
from desktop.store.project import Project


class ExportCancelled(Exception):
    pass


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
            rows = project.iter_export_rows(layer, reviewed_only=reviewed_only)
            for n, row in enumerate(rows, 1):
                if member_only and layer not in row.annotators:
                    continue
                review = {"status": row.status, "reviewer": row.reviewer,
                          "annotators": row.annotators}
                if row.decisions:
                    review["decisions"] = row.decisions
                if layer != GOLD:
                    review["layer"] = layer
                fh.write(gold.line_from_json(
                    id_json=row.id_json, title_json=row.title_json, text_json=row.text_json,
                    text_sha256=row.text_sha256, meta=row.meta,
                    source_sha256=row.source_sha256, spans_json=row.spans_json,
                    relations_json=row.relations_json, review=review) + "\n")
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
