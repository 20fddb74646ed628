"""Importing files into a project: the one code path for the command line and the window.

Records are validated whole in ``desktop.core.formats`` before anything is written, then
stored in batches (one transaction each), so a rejected document leaves nothing behind
while the good documents of the same file still go in; a record the project file itself
refuses is rejected the same way (``_Importer``). Progress is reported by bytes
read; a cancel stops after the batch in flight, which is stored whole.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.core.formats import (
    ReadContext,
    Record,
    Rejection,
    display_path,
    expand_paths,
    format_of,
    read_path,
)
from desktop.core.model import GOLD, Relation, Span, reassign_ids
from desktop.core.text import sha256_hex
from desktop.store.errors import is_record_error, record_reason
from desktop.store.project import ConflictError, Project

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


@dataclass
class ImportReport:
    added: int = 0
    unchanged: int = 0
    layers_replaced: int = 0
    layers_added: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        parts = [f"{self.added} document(s) added", f"{self.unchanged} unchanged"]
        if self.layers_added:
            parts.append(f"{self.layers_added} layer(s) added")
        if self.layers_replaced:
            parts.append(f"{self.layers_replaced} layer(s) replaced")
        parts.append(f"{len(self.rejected)} rejected")
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


def _same_annotations(a_spans: list[Span], a_rels: list[Relation], b_spans: list[Span],
                      b_rels: list[Relation]) -> bool:
    def spans_key(spans):
        return sorted((s.label, s.start, s.end, sorted(s.attrs.items())) for s in spans)

    def rels_key(rels, spans):
        pos = {s.id: (s.label, s.start, s.end) for s in spans}
        return sorted((r.type, pos.get(r.head), pos.get(r.tail)) for r in rels)

    return (spans_key(a_spans) == spans_key(b_spans)
            and rels_key(a_rels, a_spans) == rels_key(b_rels, b_spans))


@dataclass
class _Pending:
    """What one batch did, kept apart until its transaction commits (a batch retried
    record by record must not count twice)."""

    added: int = 0
    unchanged: int = 0
    layers_replaced: int = 0
    layers_added: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def into(self, report: ImportReport) -> None:
        report.added += self.added
        report.unchanged += self.unchanged
        report.layers_replaced += self.layers_replaced
        report.layers_added += self.layers_added
        report.rejected.extend(self.rejected)
        report.notes.extend(self.notes)


class _Importer:
    """Stores validated records in batches: one transaction a batch. A record the
    project file refuses (``errors.is_record_error``: a trigger, a constraint, a string
    SQLite cannot store) is rejected as ``FILE:LINE: reason`` after the batch is tried
    again record by record, so every good record of the file is still stored. A
    project-level failure (``StoreError``: disk full, read-only, busy) propagates;
    batches committed before it stay whole."""

    def __init__(self, project: Project, *, layer: str | None, batch_size: int):
        self.project = project
        self.layer = layer  # where plain documents join (an annotator) or None
        self.batch_size = batch_size
        self.batch: list[tuple[Record, str]] = []
        self.batch_ids: set[str] = set()
        self.report = ImportReport()

    annotated_layer: str = GOLD

    # -- one record
    def take(self, rec: Record) -> None:
        if rec.doc.id in self.batch_ids:
            self.flush()
        try:
            digest = sha256_hex(rec.doc.text)
        except UnicodeEncodeError as exc:
            self.report.rejected.append(Rejection(rec.source, rec.line, record_reason(exc)))
            return
        self.batch.append((rec, digest))
        self.batch_ids.add(rec.doc.id)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch, self.batch_ids = self.batch, [], set()
        try:
            self._store(batch).into(self.report)
            return
        except Exception as exc:  # noqa: BLE001 - only record-level failures are handled
            if not is_record_error(exc):
                raise
            if len(batch) == 1:
                rec = batch[0][0]
                self.report.rejected.append(Rejection(rec.source, rec.line,
                                                      record_reason(exc)))
                return
        for item in batch:  # one record at a time: reject only the bad ones
            try:
                self._store([item]).into(self.report)
            except Exception as exc:  # noqa: BLE001
                if not is_record_error(exc):
                    raise
                rec = item[0]
                self.report.rejected.append(Rejection(rec.source, rec.line,
                                                      record_reason(exc)))

    def _store(self, batch: list[tuple[Record, str]]) -> _Pending:
        """The batch in one transaction; what it did, once committed."""
        project = self.project
        done = _Pending()
        with project.transaction():
            have = project.existing_hashes([rec.doc.id for rec, _ in batch])
            new: list[tuple[Record, str | None]] = []
            existing: list[tuple[Record, str | None]] = []
            for rec, digest in batch:
                old = have.get(rec.doc.id)
                layer = self._layer_of(rec)
                if old is None:
                    new.append((rec, layer))
                elif old != digest:
                    done.rejected.append(Rejection(
                        rec.source, rec.line,
                        f"document {rec.doc.id!r} is already in the project with a different "
                        "text (same id, other text): rename one of them"))
                else:
                    existing.append((rec, layer))
            members: dict[str, set[str]] = {}
            for layer in {layer for _, layer in existing if layer is not None}:
                members[layer] = project.layer_members(
                    layer, [rec.doc.id for rec, lay in existing if lay == layer])
            for rec, layer in existing:
                self._existing(rec, layer, rec.doc.id in members.get(layer, ()), done)
            if new:
                new = self._unique_ids(new)
                digests = {rec.doc.id: digest for rec, digest in batch}
                project.import_batch([(rec.doc, layer, rec.spans, rec.relations)
                                      for rec, layer in new], digests=digests)
                done.added += len(new)
        return done

    def _layer_of(self, rec: Record) -> str | None:
        if rec.annotated:
            return self.annotated_layer
        return self.layer

    def _existing(self, rec: Record, layer: str | None, member: bool, done: _Pending) -> None:
        project = self.project
        if not rec.annotated:
            if layer is not None and not member:
                project.join_layer(rec.doc.id, layer)
            done.unchanged += 1
            return
        assert layer is not None
        current = project.annotations(rec.doc.id, layer)
        if member and _same_annotations(current.spans, current.relations, rec.spans,
                                        rec.relations):
            done.unchanged += 1
            return
        spans, rels = self._fresh_ids(rec.spans, rec.relations,
                                      keep={s.id for s in current.spans})
        project.replace_layer(rec.doc.id, layer, spans, rels)
        if member:
            done.layers_replaced += 1
            done.notes.append(
                f"{rec.source}:{rec.line}: replaced layer {layer!r} of document "
                f"{rec.doc.id!r} ({len(current.spans)} span(s) -> {len(spans)})")
        else:
            done.layers_added += 1

    # -- span and relation ids are unique in a project: re-id what clashes
    def _unique_ids(self, items: list[tuple[Record, str | None]]):
        # the ids the project holds, and those of each record once taken: one set that
        # grows (a union per record copied the batch's ids for every record)
        taken = self.project.taken_ids([s for rec, _ in items for s in rec.spans],
                                       [r for rec, _ in items for r in rec.relations])
        out = []
        for rec, layer in items:
            clash = any(s.id in taken for s in rec.spans) or any(
                r.id in taken for r in rec.relations)
            if clash:
                spans, rels = self._fresh_ids(rec.spans, rec.relations, keep=set(),
                                              taken=taken)
                rec = replace(rec, spans=spans, relations=rels)
            taken.update(s.id for s in rec.spans)
            taken.update(r.id for r in rec.relations)
            out.append((rec, layer))
        return out

    def _fresh_ids(self, spans: list[Span], rels: list[Relation], *, keep: set[str],
                   taken: set[str] | None = None):
        if taken is None:
            taken = self.project.taken_ids(spans, rels) - keep
        return reassign_ids(spans, rels, taken)


def _size(path: Path) -> int:
    """A regular file's size (one stat), else 0 (standard input, a missing file)."""
    if str(path) == "-":
        return 0
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def import_paths(project: Project, paths: Iterable[str | Path], *, fmt: str = "auto",
                 annotator: str | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, batch_size: int = 500,
                 label_map: dict[str, str] | None = None) -> ImportReport:
    """Import files and folders (``-``: standard input, with a ``fmt``); returns what was
    added, unchanged and rejected. ``label_map`` maps foreign label and relation names
    onto the schema (``--label-map``)."""
    files = expand_paths(paths)
    total = sum(map(_size, files))
    done = 0
    imp = _Importer(project, layer=annotator, batch_size=batch_size)
    imp.annotated_layer = annotator or GOLD
    report = imp.report
    ctx = ReadContext(layer=imp.annotated_layer, schema=project.schema,
                      author=annotator or "", label_map=dict(label_map or {}))
    for path in files:
        if str(path) != "-" and not path.exists():
            report.rejected.append(Rejection(display_path(path), 1, "no such file or folder"))
            continue
        if str(path) != "-" and format_of(path, fmt) == "project":
            imp.flush()
            from desktop.store.merge import merge_project

            merge_project(project, path, report)
            done += path.stat().st_size
            if progress:
                progress(done, total)
            continue
        for item in read_path(path, fmt=fmt, ctx=ctx):
            if isinstance(item, Rejection):
                report.rejected.append(item)
            else:
                imp.take(item)
            done += item.nbytes
            if progress:
                progress(min(done, total), total)
            if cancelled and cancelled():
                imp.flush()
                report.cancelled = True
                return report
    imp.flush()
    if progress:
        progress(total, total)
    return report


__all__ = ["ConflictError", "ImportReport", "import_paths"]
