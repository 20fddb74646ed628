"""The plumbing every read-only table model of the window shares: a fixed tuple of
column headers (marked for translation in the "Columns" context and shown translated),
flat rows, selectable but not editable; and the table that lists such rows."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_HORIZONTAL = Qt.Orientation.Horizontal


class ReadOnlyTableModel(QAbstractTableModel):
    """Subclasses set ``COLUMNS`` and implement ``rowCount`` and ``data``. Cells are
    enabled and selectable, never parents: QAbstractTableModel's own ``flags``, left in
    C++ (a Python ``flags`` was a call into Python for every cell painted)."""

    COLUMNS: tuple[str, ...] = ()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def index(self, row: int, column: int, parent=QModelIndex()):  # noqa: B008
        # Qt's own asks rowCount and columnCount, each a call from C++ into Python, for
        # every index a view makes (each cell it paints): here they are Python calls
        if (0 <= row < self.rowCount() and 0 <= column < self.columnCount()
                and not parent.isValid()):
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section: int, orientation, role=_DISPLAY):
        if (role == _DISPLAY and orientation == _HORIZONTAL
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate("Columns", self.COLUMNS[section])
        return None



def select_row(view: QAbstractItemView, row: int) -> None:
    """What ``QTableView.selectRow`` does, in both directions: right to left, Qt 6's
    selectRow looks for its first column at the viewport's far edge, finds none and
    selects nothing (tests/ui/shell/test_translations.py). The row becomes current and
    selected, with the same signals."""
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), flags)


class RowHeader(QHeaderView):
    """The column header of a table whose rows are selected whole: it marks no column
    as current or selected, so a selection does not repaint it (Qt's header repaints
    every column a selection touches, all of them for a row: the document list's, each
    time a document was opened)."""

    def __init__(self, parent: QWidget):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header (sorting by a click)
        self.setHighlightSections(False)

    def selectionChanged(self, selected, deselected) -> None:  # noqa: ARG002
        return  # (nothing it paints depends on the selection)


def whole_row_header(table: QTableView) -> QHeaderView:
    """Give ``table`` a ``RowHeader`` (before its columns are sized) and return it."""
    header = RowHeader(table)
    table.setHorizontalHeader(header)
    return header


def row_table(parent: QWidget, name: str, model) -> QTableView:
    """A read-only table of one-line rows, a whole row selected at a time, Tab leaving
    it, rows of a fixed height (so a model of 300,000 rows is never measured) and no row
    numbers: the review list and the claims ledger."""
    table = QTableView(parent)
    table.setObjectName(name)
    whole_row_header(table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    vh = table.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table
