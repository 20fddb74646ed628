"""Cells that hold a value read left to right (a document id, a date, a key) keep that
direction in a right-to-left interface, without changing the text the model gives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
# looked up once (each access of a Qt enum member is a Python call; this runs a cell)
_LTR, _MIDDLE = Qt.LayoutDirection.LeftToRight, Qt.TextElideMode.ElideMiddle


def left_to_right(option) -> None:
    """A cell's style option made to read left to right, from the left edge, elided in
    the middle (an id's two ends tell ids apart), whatever the interface's direction."""
    option.direction = _LTR
    option.textElideMode = _MIDDLE
    option.displayAlignment = _LEFT


class LeftToRightDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        left_to_right(option)


__all__ = ["LeftToRightDelegate", "left_to_right"]
