"""The plumbing every read-only table model of the window shares: a fixed tuple of
column headers (marked for translation in the "Columns" context and shown translated),
flat rows, selectable but not editable."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView


class ReadOnlyTableModel(QAbstractTableModel):
    """Subclasses set ``COLUMNS`` and implement ``rowCount`` and ``data``."""

    COLUMNS: tuple[str, ...] = ()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate("Columns", self.COLUMNS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


def select_row(view: QAbstractItemView, row: int) -> None:
    """What ``QTableView.selectRow`` does, in both directions: right to left, Qt 6's
    selectRow looks for its first column at the viewport's far edge, finds none and
    selects nothing (tests/ui/shell/test_translations.py). The row becomes current and
    selected, with the same signals."""
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), flags)
