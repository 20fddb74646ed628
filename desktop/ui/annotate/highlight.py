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
_ANTIALIAS = QPainter.RenderHint.Antialiasing


def paint_fills(painter: QPainter, drawn: list[tuple[Look, list[QRectF]]]) -> None:
    painter.setPen(_NO_PEN)
    for look, rects in drawn:
        painter.setBrush(look.fill)
        painter.drawRects(rects)


_TILES: dict[tuple[int, str, float], QPixmap] = {}
# a tile: 32 px (four dashes, eight dots, four waves), tall enough for the pen; the line
# is drawn at ``_AT`` from its top (the underline 1.5 px above a rectangle's bottom), the
# second line of "double" 2.5 px above it. The tile's top is then 6 px above the bottom:
# on the pixel grid where the line's rectangle is, so that a blit (which lands on whole
# pixels) puts the line where a stroked one was, not half a pixel off and blurred
_WIDTH, _HEIGHT, _AT = 32, 8, 4.5
# Qt's dash and dot patterns (in pen widths: 4 on 2, 1 on 2) stretched by a hair so that
# a whole number of them fills the tile (a period of 8 px and 4 px at the pen's 1.3)
_PATTERN = {"dash": [4 * 8 / 7.8, 2 * 8 / 7.8], "dot": [1 * 4 / 3.9, 2 * 4 / 3.9]}


def _tile(look: Look, ratio: float) -> QPixmap:
    """The underline of ``look`` over one tile's width, drawn once (antialiased, with the
    look's pen) and tiled under every span of that look, as Qt draws its own wavy
    underlines from a cached pixmap: a line per span stroked with a dashed, antialiased
    pen was a third of a long article's first paint (1.4 ms for 250 spans, the tiles 0.5)."""
    key = (look.pen.color().rgba(), look.underline, ratio)
    tile = _TILES.get(key)
    if tile is None:
        tile = QPixmap(round(_WIDTH * ratio), round(_HEIGHT * ratio))
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        p = QPainter(tile)
        p.setRenderHint(_ANTIALIAS)
        pen = QPen(look.pen)
        if look.underline in _PATTERN:
            pen.setDashPattern(_PATTERN[look.underline])
        else:
            pen.setStyle(_SOLID)
        p.setPen(pen)
        if look.underline == "wave":  # one period: 4 px up, 4 px down
            path = QPainterPath(QPointF(0, _AT))
            for x in range(0, _WIDTH, 8):
                path.quadTo(QPointF(x + 2, _AT - 2), QPointF(x + 4, _AT))
                path.quadTo(QPointF(x + 6, _AT + 2), QPointF(x + 8, _AT))
            p.drawPath(path)
        else:  # from before the tile's start, so that the caps fall outside it
            p.drawLine(QLineF(-_WIDTH, _AT, 2 * _WIDTH, _AT))
            if look.underline == "double":
                p.drawLine(QLineF(-_WIDTH, _AT - 2.5, 2 * _WIDTH, _AT - 2.5))
        p.end()
        if len(_TILES) < 256:
            _TILES[key] = tile
    return tile


def paint_underlines(painter: QPainter, drawn: list[tuple[Look, list[QRectF]]]) -> None:
    ratio = painter.device().devicePixelRatioF()
    tiled = painter.drawTiledPixmap
    for look, rects in drawn:
        tile = _tile(look, ratio)
        for r in rects:  # the tile's top-left at the rectangle's left edge
            tiled(QRectF(r.left(), r.bottom() - 1.5 - _AT, r.width(), _HEIGHT), tile)


__all__ = ["Highlighter", "Look", "paint_fills", "paint_underlines"]
