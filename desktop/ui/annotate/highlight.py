"""How a span looks in the article: a background colour per label, painted behind the
text, and a distinct underline style painted under it (the non-colour cue). The text
itself is never changed or re-formatted.

Painting rectangles, rather than giving Qt a character format per span
(``QTextEdit.ExtraSelection``), keeps a long document cheap: Qt re-shapes every run of
Arabic text a format touches on every paint, which made a screenful of spans cost ten
times the text itself. Longer spans are painted first, so a nested (shorter) span shows
on top of its parent.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from desktop.core.schema import Schema

_PEN = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
        "dot": Qt.PenStyle.DotLine, "double": Qt.PenStyle.SolidLine}
STATES = ("normal", "selected", "pending")


@dataclass(frozen=True, slots=True)
class Look:
    fill: QColor
    line: QColor
    underline: str  # solid | dash | dot | wave | double
    pen: QPen  # the underline's, made once


class Highlighter:
    """The look of each label in each state (normal, selected, a pending relation's
    candidate), made once per schema."""

    def __init__(self, schema: Schema):
        self._looks: dict[tuple[str, str], Look] = {}
        for lab in schema.labels:
            base = QColor(lab.color)
            for state in STATES:
                fill = QColor(base)
                if state == "selected":
                    fill = base.darker(125)
                elif state == "pending":
                    fill = base.darker(115)
                self._looks[(lab.name, state)] = _look(fill, base.darker(220), lab.underline)
        self._fallback = _look(QColor("#dddddd"), QColor("#777777"), "solid")

    def look(self, label: str, state: str = "normal") -> Look:
        return self._looks.get((label, state), self._fallback)


def _look(fill: QColor, line: QColor, underline: str) -> Look:
    pen = QPen(line, 1.3)
    pen.setStyle(_PEN.get(underline, _SOLID))
    return Look(fill, line, underline, pen)


_SOLID = Qt.PenStyle.SolidLine
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_ANTIALIAS = QPainter.RenderHint.Antialiasing


def paint_fills(painter: QPainter, drawn: list[tuple[Look, list[QRectF]]]) -> None:
    painter.setPen(_NO_PEN)
    for look, rects in drawn:
        painter.setBrush(look.fill)
        painter.drawRects(rects)


def paint_underlines(painter: QPainter, drawn: list[tuple[Look, list[QRectF]]]) -> None:
    painter.setRenderHint(_ANTIALIAS)
    painter.setBrush(_NO_BRUSH)
    for look, rects in drawn:
        painter.setPen(look.pen)
        for r in rects:
            y = r.bottom() - 1.5
            if look.underline == "wave":
                path = QPainterPath(QPointF(r.left(), y))
                x, up = r.left(), True
                while x < r.right():
                    path.quadTo(QPointF(x + 2, y - 2 if up else y + 2), QPointF(x + 4, y))
                    x += 4
                    up = not up
                painter.drawPath(path)
                continue
            painter.drawLine(QLineF(r.left(), y, r.right(), y))
            if look.underline == "double":
                painter.drawLine(QLineF(r.left(), y - 2.5, r.right(), y - 2.5))


__all__ = ["Highlighter", "Look", "paint_fills", "paint_underlines"]
