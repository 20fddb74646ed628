"""Tables painted one call a cell (CellDelegate) look exactly as Qt's own delegate
paints them from the models' ``data``: the same pixels, in both directions — the span
table (label colours, attributes, a comment, a selected row) and the document list (ids
read left to right, numbers aligned, the "to check" count in its warning colour)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from desktop.core.model import Span
from desktop.ui.annotate.ltr_delegate import LeftToRightDelegate
from desktop.ui.cell_delegate import CellDelegate
from tests.ui.conftest import ANNOTATOR

TEXT = ("قال المتحدث باسم التحالف الدولي إن الغارات استهدفت مواقع لداعش يوم الأحد "
        "في الموصل، وأضاف أن العمليات ستستمر حتى نهاية العام.")
OTHER = "doc-with-a-long-id-2024-06-01"
ROLES = {"text": Qt.ItemDataRole.DisplayRole, "background": Qt.ItemDataRole.BackgroundRole,
         "foreground": Qt.ItemDataRole.ForegroundRole,
         "alignment": Qt.ItemDataRole.TextAlignmentRole}


def _grab(table):
    table.viewport().repaint()
    return table.viewport().grab().toImage()


def _same_as_data(model) -> None:
    """What ``data`` says of every cell is what ``cell`` gives."""
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for (name, role), value in zip(ROLES.items(), model.cell(row, col), strict=True):
                said = model.data(index, role)
                if name == "alignment" and value is not None:
                    value = int(value)
                assert said == value, (row, col, name)


def _window(make_project, open_window, qtbot):
    w = open_window(make_project([("d", TEXT), (OTHER, TEXT)]))
    words = [m.span() for m in re.finditer(r"\S+", TEXT)]
    labels = ("ACTOR", "CLAIM", "DATE", "CUE")
    spans = [Span.on(TEXT, doc_id="d", layer=ANNOTATOR, label=labels[k % 4], start=a, end=b,
                     comment="راجِع هذا" if k == 2 else "")
             for k, (a, b) in enumerate(words)]
    spans[0] = spans[0].with_(attrs={"type": "military", "canonical": "التحالف الدولي"})
    other = Span.on(TEXT, doc_id=OTHER, layer=ANNOTATOR, label="CLAIM", start=0, end=3)
    w.project.restore([*spans, other], [])  # a claim without a claimant in each
    w.session.documentsChanged.emit()
    w.session.open_document("d", force=True)
    qtbot.waitUntil(lambda: w.ui.span_table.rowCount() == len(spans))
    w.session.select(spans[1].id)
    return w, spans


def test_span_table_cells_are_the_pixels_of_data(make_project, open_window, qtbot):
    w, spans = _window(make_project, open_window, qtbot)
    table = w.ui.span_table
    model = table.span_model
    assert isinstance(table.itemDelegate(), CellDelegate)
    _same_as_data(model)
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


def test_document_list_cells_are_the_pixels_of_data(make_project, open_window, qtbot):
    w, _spans = _window(make_project, open_window, qtbot)
    docs = w.findChild(object, "documentList")
    model = docs.model()
    _same_as_data(model)
    # a document with claims and no claimant, not the open one (selected, its text is in
    # the selection's colour): its count in the warning colour, aligned right
    row = next(r for r in range(model.rowCount()) if model.cell(r, 0)[0] == OTHER)
    text, _bg, colour, alignment = model.cell(row, 4)
    assert text and colour is not None and alignment & Qt.AlignmentFlag.AlignRight
    header = docs.horizontalHeader()  # every column in view, the counts too
    for col, width in ((0, 90), (1, 60), (2, 50), (3, 40), (4, 40)):
        header.resizeSection(col, width)
    docs.horizontalScrollBar().setValue(0)
    assert all(0 <= header.sectionViewportPosition(c) and header.sectionViewportPosition(c)
               + header.sectionSize(c) <= docs.viewport().width() for c in range(5))
    ours_default, ours_ids = docs.itemDelegate(), docs.itemDelegateForColumn(0)
    assert isinstance(ours_default, CellDelegate) and isinstance(ours_ids, CellDelegate)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        docs.setLayoutDirection(direction)
        docs.setItemDelegate(ours_default)
        docs.setItemDelegateForColumn(0, ours_ids)
        ours = _grab(docs)
        qt_default, qt_ids = QStyledItemDelegate(docs), LeftToRightDelegate(docs)
        docs.setItemDelegate(qt_default)
        docs.setItemDelegateForColumn(0, qt_ids)
        qts = _grab(docs)
        assert not ours.isNull() and ours.size() == qts.size()
        assert ours == qts, direction
    docs.setItemDelegate(ours_default)
    docs.setItemDelegateForColumn(0, ours_ids)
