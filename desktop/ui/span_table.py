"""The spans of the current layer: label, text, key attributes. Selecting a row selects
the span (the main window scrolls the article to it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.core.model import Span
from desktop.core.schema import Schema

SPAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def attrs_text(span: Span, schema: Schema | None = None) -> str:
    """The span's attribute values, in the schema's order (then any others)."""
    order: list[str] = []
    if schema is not None and schema.has_label(span.label):
        order = [a.name for a in schema.label(span.label).attributes]
    names = [n for n in order if n in span.attrs] + sorted(n for n in span.attrs if n not in order)
    return ", ".join(f"{n}={span.attrs[n]}" for n in names if span.attrs[n] not in (None, ""))


class SpanTable(QTableWidget):
    spanSelected = Signal(str)  # span id ("" when none)

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setObjectName("spanTable")
        self.setHorizontalHeaderLabels(["Label", "Text", "Attributes"])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self._ids: list[str] = []
        self._quiet = False
        self.itemSelectionChanged.connect(self._selection_changed)

    def set_spans(self, spans: list[Span], schema: Schema, selected: str | None = None) -> None:
        self._quiet = True
        try:
            self.setUpdatesEnabled(False)
            self.clearContents()
            self.setRowCount(len(spans))
            self._ids = [s.id for s in spans]
            colors = {lab.name: QColor(lab.color) for lab in schema.labels}
            for row, s in enumerate(spans):
                label = QTableWidgetItem(s.label)
                label.setData(SPAN_ID_ROLE, s.id)
                if s.label in colors:
                    label.setBackground(colors[s.label])
                text = QTableWidgetItem(" ".join(s.text.split()))
                text.setToolTip(f"[{s.start}, {s.end})")
                self.setItem(row, 0, label)
                self.setItem(row, 1, text)
                self.setItem(row, 2, QTableWidgetItem(attrs_text(s, schema)))
            self._select(selected)
        finally:
            self.setUpdatesEnabled(True)
            self._quiet = False

    def span_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def select_span(self, span_id: str | None) -> None:
        self._quiet = True
        try:
            self._select(span_id)
        finally:
            self._quiet = False

    def _select(self, span_id: str | None) -> None:
        if span_id in self._ids:
            row = self._ids.index(span_id)
            self.selectRow(row)
            self.scrollToItem(self.item(row, 0))
        else:
            self.clearSelection()

    def _selection_changed(self) -> None:
        if self._quiet:
            return
        rows = self.selectionModel().selectedRows()
        self.spanSelected.emit(self.span_id(rows[0].row()) or "" if rows else "")
