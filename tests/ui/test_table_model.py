"""The read-only table models' plumbing (desktop/ui/table_model.py): indexes exist exactly
for the rows and columns there are, cells are enabled and selectable and never parents,
and a view over such a model selects whole rows in both directions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.ui.table_model import ReadOnlyTableModel

CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class Rows(ReadOnlyTableModel):
    COLUMNS = ("a", "b", "c")

    def __init__(self, rows: int):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def test_indexes_exist_for_the_cells_there_are(qapp):
    model = Rows(4)
    for row in range(-1, 6):
        for col in range(-1, 5):
            index = model.index(row, col)
            assert index.isValid() == (0 <= row < 4 and 0 <= col < 3), (row, col)
            if index.isValid():
                assert (index.row(), index.column(), index.model()) == (row, col, model)
                assert index.data() == f"{row}:{col}"
                assert model.flags(index) == CELL
                assert not model.index(0, 0, index).isValid()  # no children
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.headerData(1, Qt.Orientation.Horizontal) == "b"
    assert model.headerData(1, Qt.Orientation.Vertical) is None
    model.rows = 0
    assert not model.index(0, 0).isValid()


def test_a_whole_row_header_is_not_repainted_by_a_selection(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QTableView

    from desktop.ui.table_model import RowHeader, whole_row_header

    table = QTableView()
    qtbot.addWidget(table)
    header = whole_row_header(table)
    table.setModel(Rows(5))
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.show()
    qtbot.waitExposed(table)
    assert isinstance(table.horizontalHeader(), RowHeader) and header is table.horizontalHeader()
    assert header.sectionsClickable() and not header.highlightSections()
    paints = []

    class Count(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Count()
    header.viewport().installEventFilter(counter)
    qtbot.wait(50)
    paints.clear()
    for row in (1, 3, 0):
        table.selectRow(row)
        qtbot.wait(20)
    assert table.selectionModel().selectedRows()[0].row() == 0
    assert paints == []  # Qt's own header repaints every column a row selection touches
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # (sections still take clicks)
