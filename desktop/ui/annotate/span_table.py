"""The spans of the current layer: label, text, key attributes. Selecting a row selects
the span (the main window scrolls the article to it).

A QTableView over a small model (no item objects), so a document with hundreds of spans
opens without building thousands of widgets' items.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Span
from desktop.core.schema import Schema
from desktop.ui.cell_delegate import NO_CELL, CellDelegate
from desktop.ui.shell.i18n import label_name, lang, translate
from desktop.ui.table_model import ReadOnlyTableModel, select_row, whole_row_header

SPAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _BACKGROUND, _TOOLTIP, int(SPAN_ID_ROLE)})


def _order(span: Span) -> tuple:
    return (span.start, span.end, span.label, span.id)
HEADERS = (QT_TRANSLATE_NOOP("Columns", "Label"), QT_TRANSLATE_NOOP("Columns", "Text"), QT_TRANSLATE_NOOP("Columns", "Attributes"),
           QT_TRANSLATE_NOOP("Columns", "Comment"))


def attrs_text(span: Span, schema: Schema | None = None) -> str:
    """The span's attribute values, in the schema's order (then any others), named in
    the interface's language."""
    order: list[str] = []
    label = None
    if schema is not None and schema.has_label(span.label):
        label = schema.label(span.label)
        order = [a.name for a in label.attributes]
    names = [n for n in order if n in span.attrs] + sorted(n for n in span.attrs if n not in order)
    out = []
    for n in names:
        value = span.attrs[n]
        if value in (None, ""):
            continue
        att = label.attribute(n) if label is not None else None
        if att is not None:
            out.append(f"{att.display_name(lang())}={att.value_name(str(value), lang())}")
        else:
            out.append(f"{n}={value}")
    return translate("Attributes", ", ").join(out)  # "، " in Arabic


class SpanModel(ReadOnlyTableModel):
    COLUMNS = HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spans: list[Span] = []
        self.schema: Schema | None = None
        self._colors: dict[str, QColor] = {}
        self._attrs: dict[str, str] = {}
        self.keys: list[tuple] = []  # the rows' sort keys, in row order
        self.key_of: dict[str, tuple] = {}  # span id -> its sort key

    def set_spans(self, spans: list[Span], schema: Schema) -> None:
        self.beginResetModel()
        self.spans = list(spans)
        self.keys = [_order(x) for x in self.spans]
        self.key_of = {x.id: k for x, k in zip(self.spans, self.keys, strict=True)}
        if schema is not self.schema:
            self.schema = schema
            self._colors = {lab.name: QColor(lab.color) for lab in schema.labels}
        self._attrs = {}
        self.endResetModel()

    def row_of(self, span_id: str | None) -> int | None:
        key = self.key_of.get(span_id) if span_id else None
        if key is None:
            return None
        row = bisect.bisect_left(self.keys, key)
        return row if row < len(self.keys) and self.keys[row] == key else None

    def apply(self, delta, spans_now: list[Span]) -> bool:
        """Update the rows for what an edit changed (rows inserted, removed, changed)
        instead of resetting the model; False when a reset is needed instead."""
        for span_id in delta.removed:
            row = self.row_of(span_id)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.spans[row], self.keys[row]
            del self.key_of[span_id]
            self._attrs.pop(span_id, None)
            self.endRemoveRows()
        for span in delta.updated:
            row = self.row_of(span.id)
            if row is None:
                continue
            if _order(span) == self.keys[row]:
                self.spans[row] = span
                self._attrs.pop(span.id, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            else:  # moved: out, then in at its new place
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.spans[row], self.keys[row]
                del self.key_of[span.id]
                self.endRemoveRows()
                self._insert(span)
        for span in delta.added:
            if span.id not in self.key_of and span.doc_id == (spans_now[0].doc_id
                                                                 if spans_now else None):
                self._insert(span)
        return len(self.spans) == len(spans_now)

    def _insert(self, span: Span) -> None:
        key = _order(span)
        row = bisect.bisect_left(self.keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self.spans.insert(row, span)
        self.keys.insert(row, key)
        self.key_of[span.id] = key
        self._attrs.pop(span.id, None)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spans)

    def cell(self, row: int, col: int) -> tuple:
        """What a cell shows: its text, its background (the label's colour, in the first
        column), its text colour and alignment (the view's); what the table paints
        (``CellDelegate``) and ``data`` says."""
        if not 0 <= row < len(self.spans):
            return NO_CELL
        s = self.spans[row]
        if col == 0:
            return label_name(self.schema, s.label), self._colors.get(s.label), None, None
        if col == 1:
            return " ".join(s.text.split()), None, None, None
        if col == 3:  # (an empty cell: no text to lay out and draw)
            return (" ".join(s.comment.split()) or None) if s.comment else None, None, None, None
        if col == 2:
            text = self._attrs.get(s.id)
            if text is None:
                text = self._attrs[s.id] = attrs_text(s, self.schema)
            return text or None, None, None, None
        return NO_CELL

    def data(self, index, role=_DISPLAY):
        # Asked for the roles the table does not paint through ``cell`` (a tooltip, the
        # span's id) and by tests and accessibility; the role (an int) is looked at first,
        # before the index is touched (comparing against Qt's enum members costs 0.4 µs).
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self.spans):
            return None
        if role == _DISPLAY:
            return self.cell(row, index.column())[0]
        if role == _BACKGROUND:
            return self.cell(row, index.column())[1]
        s = self.spans[row]
        if role == _TOOLTIP:
            note = f"\n{s.comment}" if s.comment else ""
            where = f"\u2066[{s.start}, {s.end})\u2069"  # offsets read left to right in Arabic too
            from desktop.ui.shell.plain import plain_tip

            return plain_tip(f"{label_name(self.schema, s.label)} {where} {s.text}{note}")
        return s.id  # SPAN_ID_ROLE


class SpanTable(QTableView):
    spanSelected = Signal(str)  # span id ("" when none)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("spanTable")
        whole_row_header(self)
        self.span_model = SpanModel(self)
        self.setModel(self.span_model)
        self.setItemDelegate(CellDelegate(self.span_model, self))  # one call a cell painted
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("ACTOR") + 24)
        self.setColumnWidth(2, 120)
        self.setColumnWidth(3, 80)
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def rowCount(self) -> int:
        return self.span_model.rowCount()

    def set_spans(self, spans: list[Span], schema: Schema, selected: str | None = None) -> None:
        self._quiet = True
        try:
            self.span_model.set_spans(spans, schema)
            self._select(selected)
        finally:
            self._quiet = False

    def span_id(self, row: int) -> str | None:
        spans = self.span_model.spans
        return spans[row].id if 0 <= row < len(spans) else None

    def select_span(self, span_id: str | None) -> None:
        self._quiet = True
        try:
            self._select(span_id)
        finally:
            self._quiet = False

    def apply(self, delta, spans_now: list[Span], schema: Schema,
              selected: str | None = None) -> None:
        """Rows for what an edit changed; a reset when that is simpler."""
        self._quiet = True
        try:
            small = len(delta.added) + len(delta.removed) + len(delta.updated) <= 50
            if not (small and self.span_model.schema is schema
                    and self.span_model.apply(delta, spans_now)):
                self.span_model.set_spans(spans_now, schema)
            self._select(selected)
        finally:
            self._quiet = False

    def _select(self, span_id: str | None) -> None:
        row = self.span_model.row_of(span_id)
        if row is not None:
            if self.currentIndex().row() != row or not self.selectionModel().hasSelection():
                select_row(self, row)  # selectRow selects nothing right to left
            self.scrollTo(self.span_model.index(row, 0))
            return
        self.clearSelection()

    def _selection_changed(self, *_args) -> None:
        if self._quiet:
            return
        rows = self.selectionModel().selectedRows()
        self.spanSelected.emit(self.span_id(rows[0].row()) or "" if rows else "")
