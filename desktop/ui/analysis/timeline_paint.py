"""The timeline drawn with QPainter, on any paint device: the view, a QImage (PNG) or a
QSvgGenerator (SVG) — one layout (``timeline_layout``), one painting, so an export is
what the view shows.

A claim is blue, an event it reports orange; shape and fill tell them apart without
their colours: a point is a circle (claim) or a diamond (event), a band is filled (claim)
or hatched (event). A density strip shows how many dates fall in each few pixels, claims
above and events below, darker where there are more.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from desktop.core.analysis.timeline import EVENT, TimelineItem
from desktop.ui.analysis.timeline_layout import (
    LEGEND,
    MARGIN,
    RADIUS,
    Density,
    Laid,
    Placed,
)
from desktop.ui.shell.i18n import translate

CLAIM_COLOR = QColor("#1d4ed8")
EVENT_COLOR = QColor("#c2410c")


def paint(painter: QPainter, laid: Laid, *, hover: Placed | Density | None = None,
          background: QColor | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    full = QRectF(0, 0, laid.width, laid.height)
    painter.fillRect(full, background or QColor("white"))
    metrics = QFontMetricsF(painter.font())
    plot = laid.plot
    label_x = plot.right() + MARGIN if laid.rtl else MARGIN
    label_w = laid.width - plot.width() - 3 * MARGIN
    if laid.empty:
        painter.setPen(QColor("#4b5563"))
        painter.drawText(QRectF(MARGIN, MARGIN, laid.width - 2 * MARGIN, laid.height - 2 * MARGIN),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), empty_hint())
        painter.restore()
        return
    _legend(painter, laid, metrics)
    # lanes: alternate shading, the claimant's name beside
    for n, (name, band) in enumerate(laid.lanes):
        if n % 2 == 0:
            painter.fillRect(QRectF(plot.left(), band.top(), plot.width(), band.height()),
                             QColor(0, 0, 0, 10))
        painter.setPen(QColor("#374151"))
        rect = QRectF(label_x, band.top(), label_w, band.height())
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
                                   | Qt.AlignmentFlag.AlignAbsolute), text)
    # the axis: a tick and a line down the lanes at each tick, the labels that fit
    painter.setPen(QPen(QColor("#d1d5db"), 1))
    for x_day, _label in laid.ticks:
        x = laid.x(x_day)
        painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()))
    painter.setPen(QColor("#4b5563"))
    for rect, label in laid.labels:
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                         label)
    painter.setPen(QPen(QColor("#9ca3af"), 1))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
    # the items: bands under points
    painter.setClipRect(plot.adjusted(-RADIUS - 1, -1, RADIUS + 1, 1))
    for p in laid.placed:
        if not p.point:
            _band(painter, p)
    for p in laid.placed:
        if p.point:
            _point(painter, p)
    _density(painter, laid)
    if hover is not None:
        painter.setPen(QPen(QColor("#111827"), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(hover.rect.adjusted(-2, -2, 2, 2), 3, 3)
    painter.restore()


def empty_hint() -> str:
    return translate("Timeline", "No claims with resolved dates in this layer: set the "
                     "publication date or resolve the dates")


def _color(item: TimelineItem) -> QColor:
    return EVENT_COLOR if item.kind == EVENT else CLAIM_COLOR


def _band(painter: QPainter, p: Placed) -> None:
    color = _color(p.item)
    fill = QColor(color)
    fill.setAlpha(70)
    painter.setPen(QPen(color, 1))
    if p.item.kind == EVENT:
        painter.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
    else:
        painter.setBrush(fill)
    painter.drawRect(p.rect)


def _point(painter: QPainter, p: Placed) -> None:
    color = _color(p.item)
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(color)
    c = p.rect.center()
    if p.item.kind == EVENT:
        path = QPainterPath()
        r = RADIUS + 1
        path.moveTo(c.x(), c.y() - r)
        path.lineTo(c.x() + r, c.y())
        path.lineTo(c.x(), c.y() + r)
        path.lineTo(c.x() - r, c.y())
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(c, RADIUS, RADIUS)


def _legend(painter: QPainter, laid: Laid, metrics: QFontMetricsF) -> None:
    """What the shapes mean, above the axis (an exported image explains itself)."""
    y = MARGIN + LEGEND / 2
    x = laid.plot.left()
    entries = (
        ("claim", True, translate("Timeline", "claim, by the date it was made")),
        ("event", True, translate("Timeline", "event it reports, by its date")),
        ("claim", False, translate("Timeline", "a week, month, season or year: a band")),
    )
    for kind, point, text in entries:
        fake = TimelineItem(EVENT if kind == "event" else "claim", "", "", "", "", "", "",
                            None)  # type: ignore[arg-type]
        if point:
            _point(painter, Placed(fake, 0, QRectF(x, y - RADIUS, 2 * RADIUS, 2 * RADIUS), True))
            x += 2 * RADIUS + 6
        else:
            _band(painter, Placed(fake, 0, QRectF(x, y - 5, 26, 10), False))
            x += 32
        painter.setPen(QColor("#374151"))
        w = metrics.horizontalAdvance(text) + 4
        painter.drawText(QRectF(x, y - LEGEND / 2, w, LEGEND),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        x += w + 18


def _density(painter: QPainter, laid: Laid) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    scale = math.log1p(laid.peak)
    for d in laid.density:
        half = d.rect.height() / 2
        for n, color, top in ((d.claims, CLAIM_COLOR, d.rect.top()),
                              (d.events, EVENT_COLOR, d.rect.top() + half)):
            if n:
                c = QColor(color)
                c.setAlpha(int(60 + 195 * math.log1p(n) / scale))
                painter.setBrush(c)
                painter.drawRect(QRectF(d.rect.left(), top + 1, d.rect.width(), half - 2))


__all__ = ["CLAIM_COLOR", "EVENT_COLOR", "empty_hint", "paint"]
