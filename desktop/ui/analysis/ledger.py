"""The claims ledger dock (``ledgerView``): every claim of the layer the window edits,
sortable by a click on a header, filtered by the bar above it; a row opens its claim in
the article with the span selected; *Export ledger…* writes what it shows (CSV or
JSONL, ``desktop.store.ledger_export.write_ledger``) in a worker with progress and cancel.

The dock is made with the window's second stage and reads nothing until it is first
shown (``DockView``); then it follows the annotations (an edit, an undo, an import,
another layer), reading again only when the file changed and only while it is visible.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.analysis.ledger import COLUMNS
from desktop.store.project import Project
from desktop.ui.analysis.dockview import DockView
from desktop.ui.analysis.ledger_filters import FilterBar
from desktop.ui.analysis.ledger_model import LedgerModel
from desktop.ui.analysis.opening import open_span
from desktop.ui.analysis.reader import Reader
from desktop.ui.analysis.scope import Scope
from desktop.ui.annotate.ltr_delegate import LeftToRightDelegate
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session
from desktop.ui.shell.workers import Job, JobRunner, Jobs
from desktop.ui.table_model import row_table

LEFT_TO_RIGHT = ("document", "claim_id", "claim_type", "attribution", "polarity",
                 "claim_date_value", "event_date_value")
WIDTHS = {"document": 150, "claim_id": 70, "claim": 360, "claim_type": 90, "attribution": 90,
          "polarity": 80, "claimant": 140, "claimant_canonical": 160, "cue": 70,
          "claim_date": 110, "claim_date_value": 100, "event_date": 110,
          "event_date_value": 100, "about": 140, "comment": 160}


class LedgerExportJob(Job):
    def __init__(self, project_path, out: str, fmt: str, scope: Scope, order_by: str,
                 descending: bool):
        super().__init__(project_path)
        self.out, self.fmt = out, fmt
        self.layer, self.include_unreviewed = scope.layer, scope.include_unreviewed
        self.filters, self.order_by, self.descending = scope.filters, order_by, descending

    def work(self, project: Project):
        from desktop.store.ledger_export import LedgerExportCancelled, write_ledger

        if self.layer not in project.layers():
            raise ValueError(translate("Ledger", "layer {layer} has no annotations yet").format(
                layer=self.layer))
        try:
            return write_ledger(project, self.out, fmt=self.fmt, layer=self.layer,
                                include_unreviewed=self.include_unreviewed,
                                filters=self.filters, order_by=self.order_by,
                                descending=self.descending, progress=self._progress,
                                cancelled=self.cancelled)
        except LedgerExportCancelled:
            return None


class LedgerPanel(QWidget):
    def __init__(self, model: LedgerModel, scope: Scope, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledgerPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.filters = FilterBar(scope, self)
        layout.addWidget(self.filters)
        self.table = row_table(self, "ledgerView", model)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        metrics = hh.fontMetrics()
        for col, name in enumerate(COLUMNS):  # at least as wide as its (translated) header
            header = str(model.headerData(col, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(col, max(WIDTHS.get(name, 100),
                                               metrics.horizontalAdvance(header) + 28))
        # ids and values read left to right, in a right-to-left interface too
        self.ltr = LeftToRightDelegate(self.table)
        for name in LEFT_TO_RIGHT:
            self.table.setItemDelegateForColumn(COLUMNS.index(name), self.ltr)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("ledgerStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        self.export = QPushButton(translate("Ledger", "Export ledger…"), self)
        self.export.setObjectName("ledgerExport")
        bottom.addWidget(self.export)
        layout.addLayout(bottom)


class LedgerController(DockView):
    REFRESH_MS = 250  # edits in a row are read once

    def __init__(self, session: Session, scope: Scope, reader: Reader, jobs: Jobs, view,
                 dock_parent: QWidget, parent: QObject | None = None):
        model = LedgerModel(reader, scope)
        panel = LedgerPanel(model, scope)
        super().__init__(session, scope, translate("Ledger", "Claims ledger"), "ledgerDock",
                         panel, dock_parent, parent)
        self.setObjectName("ledger")
        self.model, self.panel = model, panel
        model.setParent(self)
        self.jobs, self.view = jobs, view
        self.table, self.filters = self.panel.table, self.panel.filters
        self.filters.set_schema(session.schema)
        self.model.set_schema(session.schema)
        self.filters.layer_changed(session.edit_layer)
        self.filters.problem.connect(session.message)
        self.panel.export.clicked.connect(self.export_dialog)
        self.filters.this_document.clicked.connect(self._this_document)
        self.model.statusChanged.connect(self._status)
        self.model.modelReset.connect(self._status)
        # a row made current by the user opens its claim (not one the model moved under
        # the cursor while reading again)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(self._activated)
        session.layerChanged.connect(self.filters.layer_changed)
        session.projectChanged.connect(self._schema_changed)

    def _schema_changed(self) -> None:
        self.filters.set_schema(self.session.schema)
        self.model.set_schema(self.session.schema)

    def _this_document(self) -> None:
        if self.session.doc is not None:
            self.filters.set_document(self.session.doc.id)

    def load(self) -> None:
        self.model.reload()

    def refresh(self) -> None:
        self.model.refresh()

    def _status(self) -> None:
        self.panel.status.setText(self.model.status_text())

    # ------------------------------------------------------------------ opening a claim
    def open_row(self, row: int) -> bool:
        r = self.model.row_at(row) if row >= 0 else None
        if r is None:
            return False
        s = self.session
        if s.doc is not None and s.doc.id == r.document and s.selected == r.claim_id:
            return True
        return open_span(s, self.view, r.document, r.claim_id)

    def _current_changed(self, current, _previous) -> None:
        if self.table.hasFocus():
            self.open_row(current.row())

    def _activated(self, index) -> None:
        if self.open_row(index.row()):
            self.view.setFocus()

    def show_claims_of(self, name: str) -> None:
        """The claims one actor made (from the actor index)."""
        self.toggle(True)
        self.filters.set_claimant(name)

    # ------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        s = self.session
        default = s.project.path.with_suffix(f".{s.edit_layer}.ledger.csv")
        csv_filter = translate("Ledger", "CSV for spreadsheets (*.csv)")
        jsonl_filter = translate("Ledger", "JSON lines (*.jsonl)")
        path, chosen = QFileDialog.getSaveFileName(
            self.dock, translate("Ledger", "Export ledger"), str(default),
            f"{csv_filter};;{jsonl_filter}")
        if not path:
            return
        fmt = "jsonl" if chosen == jsonl_filter or path.lower().endswith(".jsonl") else "csv"
        if not Path(path).suffix:
            path += f".{fmt}"
        self.export_to(path, fmt)

    def export_to(self, out: str | Path, fmt: str | None = None) -> JobRunner:
        """Write the ledger as shown (layer, filters, order) to ``out``."""
        from desktop.store.ledger_export import format_for

        s = self.session
        fmt = fmt or format_for(out)
        job = LedgerExportJob(s.project.path, str(out), fmt, self.scope, self.model.order_by,
                              self.model.descending)

        def done(n) -> None:
            if n is None:
                s.message(translate("Ledger", "Ledger export cancelled: nothing written"), 0)
                return
            s.message(translate("Ledger", "Exported {n} claim(s) to {path}").format(
                n=n, path=out), 0)

        return self.jobs.start(job, translate("Ledger", "Exporting the ledger…"), done,
                               translate("Ledger", "Ledger export failed: {why}"))


__all__ = ["LedgerController", "LedgerExportJob", "LedgerPanel"]
