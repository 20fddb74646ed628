"""Review candidates marked in the article: those not in gold hatched in the colour of
their kind with a dashed underline (grey once rejected), the current one filled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.ui.review.model import KIND_COLORS, DifferenceModel


class CandidateMarks:
    def __init__(self, model: DifferenceModel, view):
        self.model = model
        self.view = view
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}

    def _format(self, kind: str, current: bool) -> QTextCharFormat:
        fmt = self._formats.get((kind, current))
        if fmt is None:
            color = QColor(KIND_COLORS.get(kind, "#9e9e9e"))  # rejected: grey
            fmt = QTextCharFormat()
            if current:
                fill = QColor(color)
                fill.setAlpha(90)
                fmt.setBackground(fill)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setForeground(QColor("#000000"))
            else:
                fmt.setBackground(QBrush(color, Qt.BrushStyle.BDiagPattern))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(color)
            self._formats[(kind, current)] = fmt
        return fmt

    def decorate(self, selections: list, current) -> list:
        """The gold highlights plus the candidates not in gold (hatched, in the colour of
        their kind, dashed underline; grey once rejected) and the current candidate
        (filled in the colour of its kind)."""
        view = self.view
        doc = view.document()
        index = view.index
        extra = []
        spans = [d for d in self.model.rows if d.item == "span" and not d.in_gold]
        if current is not None and current.item == "span" and current.in_gold:
            spans.append(current)
        spans.sort(key=lambda d: (-(d.end - d.start), d.start))
        for d in spans:
            if d.end > index.length_cp:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(index.to_utf16(d.start))
            cursor.setPosition(index.to_utf16(d.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            is_current = current is not None and d.key == current.key
            rejected = not d.in_gold and self.model.states.get(d.key) == "reject"
            sel.format = self._format("rejected" if rejected and not is_current else d.kind,
                                      is_current)
            extra.append(sel)
        return [*selections, *extra]


__all__ = ["CandidateMarks"]
