"""Painting a table whose model offers its cells directly.

For every cell it paints, Qt's item delegate asks the model's ``data`` for seven roles
(font, alignment, colour, check state, icon, text, background), and each question is a
call from C++ into Python: in a window of Python models that is most of a table's paint
(the span table of a 10,000-span article: 2.1 ms a paint, against 0.8 ms for the same
text in a C++ model). A model that offers ``cell(row, column) -> (text, background)``
is painted by ``CellDelegate`` with one call per cell; its ``data`` answers from the same
``cell``, so what the table shows and what the model says cannot differ
(tests/ui/test_cell_delegate.py compares the pixels).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay


class CellDelegate(QStyledItemDelegate):
    """Fills a cell's style option from ``model.cell(row, column)``: the text (None for
    none) and the background brush or colour (None for the view's own), as Qt's
    ``initStyleOption`` does from ``data`` for a model that gives only those two roles."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._cell = model.cell

    def initStyleOption(self, option, index) -> None:
        option.index = index
        text, background = self._cell(index.row(), index.column())
        if text is not None:
            option.features |= _HAS_DISPLAY
            option.text = text
        if background is not None:
            option.backgroundBrush = background
        option.styleObject = None  # as Qt's: no style animations inside item views


__all__ = ["CellDelegate"]
