"""Exporting a layer in any format of the registry: streamed, reproducible, atomic, checked.

One path for every format: the documents the review filter selects stream out of
``Project.iter_export_rows`` into the format's writer, which writes through the one
atomic output helper (``desktop.core.formats.writing.Output``): a temporary file or folder
beside the target, renamed into place only when complete, so an interrupted or failed
export never leaves half a file and never clobbers the previous export. Gold keeps its
fast path (SQLite quotes the texts and builds the span arrays) behind the same writer
interface, and gets a dataset card beside it (``gold.jsonl`` -> ``gold.card.md``).

While the documents stream, a second connection checks what is written (hashlib and
SQLite release the GIL, so the check runs beside the export): every text against its
``text_sha256``, and every span's text against its document's text between its offsets.
The file itself refuses any write that breaks a span (the triggers of migration 0003), so
the span check is needed where that guarantee does not cover every span: a file whose
triggers are missing or were added after it held spans (an older file, migrated), where
every span is checked. A damaged file is refused with the document and span id, and
nothing is written.
"""

from __future__ import annotations

import errno
import shlex
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import formats
from desktop.core.formats.card import CardData, render
from desktop.core.formats.writing import (
    ExportError,
    Output,
    OutputError,
    WriteOptions,
    write_text_atomically,
)
from desktop.core.model import GOLD, annotator_name
from desktop.store.project import Project, export_where


class ExportCancelled(Exception):
    pass


class ExportRefused(ExportError):
    """The project file is damaged where the export reads it (a span whose text is not
    its document's text, a text that does not match its sha256)."""


@dataclass
class ExportReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    format: str = "gold"
    out: str = ""
    card: str | None = None  # the dataset card written beside the export
    companions: list[str] = field(default_factory=list)


def card_path(out: Path) -> Path:
    """``gold.jsonl`` -> ``gold.card.md`` (beside the file the user named)."""
    return out.with_name(f"{out.stem}.card.md")


def default_command(project: Project, out: str, fmt: str, layer: str,
                    include_unreviewed: bool, labels: tuple[str, ...]) -> str:
    args = ["tawsim", "export", str(project.path), "--out", str(out), "--format", fmt]
    if layer != GOLD:
        args += ["--layer", layer]
    if include_unreviewed:
        args.append("--include-unreviewed")
    if labels:
        args += ["--labels", ",".join(labels)]
    return shlex.join(args)


def export(project: Project, out: str | Path, *, fmt: str = "gold", layer: str = GOLD,
           include_unreviewed: bool = False, labels: tuple[str, ...] | list[str] = (),
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None,
           command: str | None = None) -> ExportReport:
    """Write every selected document with ``layer``'s annotations to ``out`` (a file, a
    folder, or ``-`` for standard output) in format ``fmt``.

    Gold: reviewed documents only unless ``include_unreviewed``. An annotator's layer:
    the documents that layer holds (all documents with ``include_unreviewed``). Raises
    KeyError (unknown format), ValueError (unknown layer), OutputError (an ``--out`` that
    cannot be written), ExportError / ExportRefused (data the format cannot carry, a
    damaged file), ExportCancelled.
    """
    fmt_ = formats.get(fmt)
    if not fmt_.can_write:
        raise KeyError(f"--format {fmt} is read, not written (export formats: "
                       f"{', '.join(formats.export_choices())})")
    missing = fmt_.available()
    if missing:
        raise ExportError(missing)
    if layer not in project.layers() and not (include_unreviewed and annotator_name(layer)):
        # (with --include-unreviewed, an annotator who has not annotated yet exports every
        # document with an empty span list, DESIGN §4: nothing to refuse)
        raise ValueError(f"no layer {layer!r} in this project (layers: "
                         f"{', '.join(project.layers())})")
    labels = tuple(labels)
    schema = project.schema
    unknown = [name for name in labels if not schema.has_label(name)]
    if unknown:
        raise ValueError(f"--labels: unknown label(s) {', '.join(unknown)} (known: "
                         f"{', '.join(schema.label_names)})")
    reviewed_only = layer == GOLD and not include_unreviewed
    member_only = layer != GOLD and not include_unreviewed
    where = export_where(reviewed_only=reviewed_only, member_only=member_only)
    command = command or default_command(project, str(out), fmt, layer, include_unreviewed,
                                         labels)
    report = ExportReport(format=fmt, out=str(out))
    conn = project.conn
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")  # one snapshot for the rows, the counts and the card
    try:
        options = WriteOptions(layer=layer, schema=schema, labels=labels)
        if fmt == "hf":
            options.meta_types, options.attr_types = _value_types(conn, layer, where)
        total = conn.execute(f"SELECT count(*) FROM documents d{where}",
                             {"layer": layer}).fetchone()[0]
        # the file the export's connection reads (a read-only project of an older schema
        # is read through a migrated temporary copy, not project.path)
        main_file = next((f for _, name, f in conn.execute("PRAGMA database_list")
                          if name == "main"), "") or str(project.path)
        checker = _Checker(Path(main_file), layer, where, spans=not _spans_guarded(conn))
        checker.start()
        try:
            with Output(out, kind=fmt_.output, binary=fmt_.binary, owns=fmt_.owns) as sink:
                writer = fmt_.writer(sink, options)
                rows = project.iter_export_rows(layer, reviewed_only=reviewed_only,
                                                member_only=member_only,
                                                raw_text=fmt != "gold",
                                                span_details=fmt_.span_details)
                for n, row in enumerate(rows, 1):
                    writer.write(row)
                    report.documents = n
                    if progress and n % 256 == 0:
                        progress(n, total)
                    if cancelled and cancelled():
                        raise ExportCancelled()
                card = _card(project, fmt_.label, layer, include_unreviewed, where, report,
                             command)
                writer.close(card)
                checker.join()
                if checker.unavailable:
                    checker.problem = verify(conn, layer, where, spans=checker.spans)
                if checker.problem:
                    raise ExportRefused(checker.problem)
        except sqlite3.OperationalError as exc:
            if "full" not in str(exc):
                raise
            # SQLite's temporary files (sorting, the card's counts) found no room: said
            # as for the export's own file, not as a traceback
            raise OSError(errno.ENOSPC, "no space left on the disk for the export's "
                                        f"temporary files ({exc})") from exc
        finally:
            checker.stop()
    finally:
        if began and conn.in_transaction:  # (a full disk makes SQLite roll back itself)
            conn.execute("COMMIT")
    if sink.is_file and sink.path is not None:
        if fmt_.card == "beside":
            target = card_path(sink.path)
            card.files = [sink.path.name]
            write_text_atomically(target, render(card))
            report.card = str(target)
        if fmt == "labelstudio":
            from desktop.core.formats.labelstudio import label_config

            target = sink.path.with_name(f"{sink.path.stem}.label-config.xml")
            write_text_atomically(target, label_config(schema))
            report.companions.append(str(target))
    if progress:
        progress(total, total)
    return report


def export_gold(project: Project, out: str | Path, *, layer: str = GOLD,
                include_unreviewed: bool = False,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ExportReport:
    """The gold JSONL export (``export(..., fmt="gold")``)."""
    return export(project, out, fmt="gold", layer=layer,
                  include_unreviewed=include_unreviewed, progress=progress,
                  cancelled=cancelled)


def _value_types(conn: sqlite3.Connection, layer: str, where: str):
    """JSON value types of each meta key and span attribute in the selection (hf)."""
    meta: dict[str, set[str]] = {}
    for key, type_ in conn.execute(
            f"SELECT DISTINCT j.key, j.type FROM documents d, json_each(d.meta) j{where}",
            {"layer": layer}):
        meta.setdefault(key, set()).add(type_)
    attrs: dict[str, set[str]] = {}
    # each distinct attribute text taken apart once (most spans share a few), and the
    # documents joined only when the selection needs them
    if where:
        sel = where.replace(" WHERE ", " AND ", 1)
        stored = ("SELECT DISTINCT s.attrs AS a FROM documents d JOIN spans s ON s.doc_id"
                  f" = d.id AND s.layer = :layer WHERE 1{sel}")
    else:
        stored = "SELECT DISTINCT attrs AS a FROM spans WHERE layer = :layer"
    for key, type_ in conn.execute(
            f"SELECT DISTINCT j.key, j.type FROM ({stored}), json_each(a) j", {"layer": layer}):
        attrs.setdefault(key, set()).add(type_)
    return meta, attrs


def _card(project: Project, label: str, layer: str, include_unreviewed: bool, where: str,
          report: ExportReport, command: str) -> CardData:
    from desktop import __version__
    from desktop.core.text import sha256_hex
    from desktop.resources import default_schema_path

    conn = project.conn
    p = {"layer": layer}
    sel = where.replace(" WHERE ", " AND ", 1)
    if where:
        spans = dict(conn.execute(
            "SELECT s.label, count(*) FROM spans s JOIN documents d ON d.id = s.doc_id"
            f" WHERE s.layer = :layer{sel} GROUP BY s.label", p).fetchall())
    else:  # every document: the layer's index alone
        spans = dict(conn.execute(
            "SELECT label, count(*) FROM spans WHERE layer = :layer GROUP BY label",
            p).fetchall())
    rels = dict(conn.execute(
        "SELECT r.type, count(*) FROM relations r JOIN documents d ON d.id = r.doc_id"
        f" WHERE r.layer = :layer{sel} GROUP BY r.type", p).fetchall())
    reviewed_sql = ("EXISTS (SELECT 1 FROM doc_layers g WHERE g.doc_id = d.id"
                    " AND g.layer = 'gold' AND g.status = 'reviewed')")
    reviewed = conn.execute(f"SELECT count(*) FROM documents d WHERE {reviewed_sql}{sel}",
                            p).fetchone()[0]
    annotators = dict(conn.execute(
        "SELECT layer, count(*) FROM doc_layers WHERE layer != 'gold' GROUP BY layer"
    ).fetchall())
    report.spans = sum(spans.values())
    report.relations = sum(rels.values())
    agreement = None
    if len(annotators) >= 2:
        from desktop.store.review import compute_agreement

        agreement = compute_agreement(project)
    own = project.setting("schema_toml")
    schema_text = own if own else default_schema_path().read_text(encoding="utf-8")
    return CardData(
        project=project.path.name, format=label, layer=layer,
        include_unreviewed=include_unreviewed, documents=report.documents, reviewed=reviewed,
        project_documents=project.count_documents(),
        project_reviewed=project.count_documents(layer=GOLD, status="reviewed"),
        spans_by_label=spans, relations_by_type=rels, annotators=annotators,
        agreement=agreement, schema_name=project.schema.name,
        schema_sha256=sha256_hex(schema_text), version=__version__, command=command)


_GUARDS = ("spans_text_insert", "spans_text_update", "documents_text_fixed")


def _spans_guarded(conn: sqlite3.Connection) -> bool:
    """Whether the file has refused every broken span since its first span: the text
    triggers are there, and were made with the file (not added by a later migration to
    a file that held spans already). When in doubt, False: every span is checked."""
    triggers = dict(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    if not all(name in triggers for name in _GUARDS):
        return False
    if not all("substr(" in triggers[n] and "RAISE(ABORT" in triggers[n] for n in _GUARDS[:2]):
        return False
    try:
        when = dict(conn.execute(
            "SELECT name, applied_at FROM _sqlite_migrations WHERE migration_set = 'tawsim'"
            " AND name IN ('0001_initial', '0003_span_text_guard')").fetchall())
    except sqlite3.Error:
        return False
    if len(when) != 2:
        return False
    import datetime as dt

    try:
        first = dt.datetime.fromisoformat(when["0001_initial"])
        guard = dt.datetime.fromisoformat(when["0003_span_text_guard"])
    except (TypeError, ValueError):
        return False
    return abs((guard - first).total_seconds()) < 10


def verify(conn: sqlite3.Connection, layer: str, where: str, *, spans: bool = True,
           halted: Callable[[], bool] = lambda: False) -> str | None:
    """What is wrong with the selected documents, or None: a text that does not match
    its text_sha256, a span whose text is not its document's text between its offsets."""
    import hashlib

    p = {"layer": layer}
    cur = conn.execute("SELECT d.id, d.text_sha256, CAST(d.text AS BLOB) FROM "
                       f"documents d{where}", p)
    while not halted() and (rows := cur.fetchmany(256)):
        for doc_id, digest, blob in rows:
            if hashlib.sha256(blob).hexdigest() != digest:
                return (f"document {doc_id!r}: its text does not match its text_sha256 "
                        "(the project file is damaged)")
    if halted() or not spans:
        return None
    sel = where.replace(" WHERE ", " AND ", 1)
    row = conn.execute(
        "SELECT s.doc_id, s.id, s.start, s.\"end\", s.text,"
        " substr(d.text, s.start + 1, s.\"end\" - s.start) FROM documents d"
        " JOIN spans s ON s.doc_id = d.id AND s.layer = :layer"
        f" WHERE substr(d.text, s.start + 1, s.\"end\" - s.start) IS NOT s.text{sel}"
        " LIMIT 1", p).fetchone()
    if row:
        doc_id, sid, start, end, text, actual = row
        return (f"document {doc_id!r}, span {sid!r}: its text {text!r} is not the "
                f"document's text at [{start}, {end}) ({actual!r}); the project file is "
                "damaged")
    return None


class _Checker(threading.Thread):
    """Runs ``verify`` on its own connection while the documents stream: hashlib (on
    bytes) and SQLite release the GIL, so the check runs beside the export. When that
    connection cannot be had (a read-only file in WAL mode, say), ``unavailable`` is set
    and the export runs ``verify`` on its own connection afterwards."""

    def __init__(self, path: Path, layer: str, where: str, *, spans: bool = True):
        super().__init__(name="export-check", daemon=True)
        self.path, self.layer, self.where, self.spans = path, layer, where, spans
        self.problem: str | None = None
        self.unavailable = False
        self._halt = threading.Event()
        self._conn: sqlite3.Connection | None = None

    def stop(self) -> None:
        self._halt.set()
        conn = self._conn
        if conn is not None and self.is_alive():
            try:
                conn.interrupt()
            except sqlite3.ProgrammingError:
                pass
        self.join()

    def run(self) -> None:
        try:
            conn = self._conn = sqlite3.connect(str(self.path), check_same_thread=False)
            conn.execute("SELECT 1 FROM documents LIMIT 1")
        except sqlite3.Error:
            self.unavailable = True
            return
        try:
            self.problem = verify(conn, self.layer, self.where, spans=self.spans,
                                  halted=self._halt.is_set)
        except sqlite3.Error as exc:
            if not self._halt.is_set():
                self.unavailable = True
                self.problem = None
                del exc
        finally:
            conn.close()


__all__ = ["ExportCancelled", "ExportError", "ExportRefused", "ExportReport", "OutputError",
           "card_path", "export", "export_gold"]
