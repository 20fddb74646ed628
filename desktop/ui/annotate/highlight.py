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
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from desktop.core.schema import Schema

_PEN = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
        "dot": Qt.PenStyle.DotLine, "double": Qt.PenStyle.SolidLine}
STATES = ("normal", "selected", "pending")


@dataclass(frozen=True, slots=True)
class Look:
    """How one label is painted in one state: its fill, its underline and the pen."""

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
        self._by_state: dict[str, dict[str, Look]] = {}

    def look(self, label: str, state: str = "normal") -> Look:
        return self._looks.get((label, state), self._fallback)

    def looks(self, state: str) -> dict[str, Look]:
        """Every label's look in one state (a paint looks up hundreds of spans)."""
        by_state = self._by_state.get(state)
        if by_state is None:
            by_state = self._by_state[state] = {
                label: look for (label, st), look in self._looks.items() if st == state}
        return by_state


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


_TILES: dict[tuple[int, float], QPixmap] = {}
_PERIOD, _HEIGHT = 8, 6  # one wave: 4 px up, 4 px down; tall enough for the pen


def _wave_tile(pen: QPen, ratio: float) -> QPixmap:
    """One period of the wavy underline in ``pen``, drawn once (antialiased) and tiled
    under every span of that look, as Qt draws its own wavy underlines from a cached
    pixmap: a path per span, point by point and antialiased, was most of a paint."""
    key = (pen.color().rgba(), ratio)
    tile = _TILES.get(key)
    if tile is None:
        tile = QPixmap(round(_PERIOD * ratio), round(_HEIGHT * ratio))
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        path = QPainterPath(QPointF(0, _HEIGHT / 2))
        path.quadTo(QPointF(2, _HEIGHT / 2 - 2), QPointF(4, _HEIGHT / 2))
        path.quadTo(QPointF(6, _HEIGHT / 2 + 2), QPointF(8, _HEIGHT / 2))
        p = QPainter(tile)
        p.setRenderHint(_ANTIALIAS)
        solid = QPen(pen)
        solid.setStyle(_SOLID)
        p.setPen(solid)
        p.drawPath(path)
        p.end()
        if len(_TILES) < 256:
            _TILES[key] = tile
    return tile


def paint_underlines(painter: QPainter, drawn: list[tuple[Look, list[QRectF]]]) -> None:
    painter.setRenderHint(_ANTIALIAS)
    painter.setBrush(_NO_BRUSH)
    for look, rects in drawn:
        painter.setPen(look.pen)
        if look.underline == "wave":
            tile = _wave_tile(look.pen, painter.device().devicePixelRatioF())
            for r in rects:
                painter.drawTiledPixmap(QRectF(r.left(), r.bottom() - 1.5 - _HEIGHT / 2,
                                               r.width(), _HEIGHT), tile)
            continue
        lines = [QLineF(r.left(), r.bottom() - 1.5, r.right(), r.bottom() - 1.5)
                 for r in rects]
        if look.underline == "double":
            lines += [QLineF(r.left(), r.bottom() - 4.0, r.right(), r.bottom() - 4.0)
                      for r in rects]
        painter.drawLines(lines)


__all__ = ["Highlighter", "Look", "paint_fills", "paint_underlines"]
