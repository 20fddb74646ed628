"""Cells that hold a value read left to right (a document id, a date, a key) keep that
direction in a right-to-left interface, without changing the text the model gives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate


class LeftToRightDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # an id's both ends tell it apart
        option.displayAlignment = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
                                   | Qt.AlignmentFlag.AlignVCenter)


__all__ = ["LeftToRightDelegate"]
