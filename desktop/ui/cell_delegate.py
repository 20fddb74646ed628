"""Painting a table whose model offers its cells directly.

For every cell it paints, Qt's item delegate asks the model's ``data`` for seven roles
(font, alignment, colour, check state, icon, text, background), and each question is a
call from C++ into Python: in a window of Python models that is most of a table's paint
(the span table of a 10,000-span article: 2.1 ms a paint, against 0.8 ms for the same
text in a C++ model, and 1.0 ms painted this way). A model that offers
``cell(row, column) -> (text, background, foreground, alignment)`` is painted by
``CellDelegate`` with one call per cell; its ``data`` answers from the same ``cell``, so
what the table shows and what the model says cannot differ (tests/ui/test_cell_delegate.py
compares the pixels with Qt's own delegate).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.annotate.ltr_delegate import left_to_right

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text

NO_CELL = (None, None, None, None)


class CellDelegate(QStyledItemDelegate):
    """Fills a cell's style option from ``model.cell(row, column)``: the text (None for
    none), the background and the text colour (a QColor or QBrush, None for the view's
    own) and the alignment (None for the view's), as Qt's ``initStyleOption`` does from
    ``data`` for a model that gives only those roles. ``left_to_right``: a value read left
    to right (a document id) in either direction of the interface, elided in the middle
    (its two ends tell ids apart), as ``LeftToRightDelegate`` paints it."""

    def __init__(self, model, parent=None, *, left_to_right: bool = False):
        super().__init__(parent)
        self._cell = model.cell
        self._ltr = left_to_right

    _sizing = False

    def sizeHint(self, option, index):
        self._sizing = True
        try:
            return super().sizeHint(option, index)
        finally:
            self._sizing = False

    def initStyleOption(self, option, index) -> None:
        option.index = index
        text, background, foreground, alignment = self._cell(index.row(), index.column())
        if alignment is not None:
            option.displayAlignment = alignment
        if foreground is not None:
            palette = option.palette
            palette.setBrush(_TEXT, QBrush(foreground))
            option.palette = palette
        if text is not None:
            # Qt's style lays the text out once more for a HasDisplay cell, only to measure
            # it (a table throws the size away) and draws the text without the flag: it is
            # set for size hints alone
            if self._sizing:
                option.features |= _HAS_DISPLAY
            option.text = text
        if background is not None:
            option.backgroundBrush = QBrush(background)
        option.styleObject = None  # as Qt's: no style animations inside item views
        if self._ltr:
            left_to_right(option)


__all__ = ["NO_CELL", "CellDelegate"]
