"""The span table painted one call a cell (CellDelegate) looks exactly as Qt's own
delegate paints it from the model's ``data``: same pixels, in both directions, with
label colours, attributes, a comment and a selected row."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from desktop.core.model import Span
from desktop.ui.cell_delegate import CellDelegate
from tests.ui.conftest import ANNOTATOR

TEXT = ("قال المتحدث باسم التحالف الدولي إن الغارات استهدفت مواقع لداعش يوم الأحد "
        "في الموصل، وأضاف أن العمليات ستستمر حتى نهاية العام.")


def _grab(table):
    table.viewport().repaint()
    return table.viewport().grab().toImage()


def test_cells_painted_from_cell_are_the_pixels_of_data(make_project, open_window, qtbot):
    w = open_window(make_project([("d", TEXT)]))
    words = [m.span() for m in re.finditer(r"\S+", TEXT)]
    labels = ("ACTOR", "CLAIM", "DATE", "CUE")
    spans = [Span.on(TEXT, doc_id="d", layer=ANNOTATOR, label=labels[k % 4], start=a, end=b,
                     comment="راجِع هذا" if k == 2 else "")
             for k, (a, b) in enumerate(words)]
    spans[0] = spans[0].with_(attrs={"type": "military", "canonical": "التحالف الدولي"})
    w.project.restore(spans, [])
    w.session.open_document("d", force=True)
    table = w.ui.span_table
    qtbot.waitUntil(lambda: table.rowCount() == len(spans))
    w.session.select(spans[1].id)
    model = table.span_model
    assert isinstance(table.itemDelegate(), CellDelegate)
    # what data says is what cell gives
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            text, background = model.cell(row, col)
            assert model.data(index, Qt.ItemDataRole.DisplayRole) == text
            assert model.data(index, Qt.ItemDataRole.BackgroundRole) == background
    assert model.cell(0, 0)[1] is not None and model.cell(2, 3)[0] == "راجِع هذا"
    assert "التحالف الدولي" in model.cell(0, 2)[0]
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        table.setLayoutDirection(direction)
        table.setItemDelegate(CellDelegate(model, table))
        ours = _grab(table)
        table.setItemDelegate(QStyledItemDelegate(table))
        qts = _grab(table)
        assert not ours.isNull() and ours.size() == qts.size()
        assert ours == qts, direction
    table.setItemDelegate(CellDelegate(model, table))
