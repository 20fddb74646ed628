"""The timeline drawn with QPainter, on any paint device: the view, a QImage (PNG) or a
QSvgGenerator (SVG) — one layout, one painting, so an export is what the view shows.

Time runs left to right in both interface languages; the lane labels (claimants'
canonical names, Arabic) sit at the start of the reading direction: left of the axis in
an English interface, right of it in an Arabic one. An item is placed by its resolved
TIMEX interval at its granularity: a day or finer is a **point** (a claim a circle, an
event a diamond), a week, a month, a season, a year or longer a **band** over its
interval (a claim filled, an event hatched): shape and fill tell claims from events
without their colours. Items of a lane that would overlap are stacked in rows.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from desktop.core.analysis.timeline import EVENT, OTHER, UNATTRIBUTED, Timeline, TimelineItem
from desktop.ui.shell.i18n import translate

CLAIM_COLOR = QColor("#1d4ed8")
EVENT_COLOR = QColor("#c2410c")
ROW = 16.0  # a row of items
LANE_GAP = 8.0
AXIS = 30.0  # tick labels above the lanes
LEGEND = 24.0
LABEL_WIDTH = 190.0
MARGIN = 8.0
RADIUS = 5.0
MAX_ROWS = 8  # rows a lane stacks overlapping items in
PACK_UP_TO = 4000  # a lane with more items keeps claims and events on a row each
MIN_TICK_PX = 84.0

# (unit, its length in days: for choosing, QLocale date format of its labels)
UNITS = (("day", 1, "d MMM"), ("week", 7, "d MMM"), ("month", 30.44, "MMM yyyy"),
         ("quarter", 91.3, "MMM yyyy"), ("year", 365.25, "yyyy"), ("5 years", 1826.2, "yyyy"),
         ("decade", 3652.5, "yyyy"), ("50 years", 18262, "yyyy"), ("century", 36525, "yyyy"))


@dataclass(slots=True)
class Placed:
    item: TimelineItem
    lane: int
    rect: QRectF  # a band's rectangle, or a point marker's box
    point: bool


@dataclass(slots=True)
class Laid:
    width: float
    height: float
    plot: QRectF  # where time is drawn (the lanes' part right or left of the labels)
    t0: float  # the axis: day numbers at the plot's left and right edges
    t1: float
    rtl: bool
    lanes: list[tuple[str, QRectF]] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    unit: str = ""

    def x(self, day: float) -> float:
        return self.plot.left() + (day - self.t0) / (self.t1 - self.t0) * self.plot.width()

    def day_at(self, x: float) -> float:
        return self.t0 + (x - self.plot.left()) / self.plot.width() * (self.t1 - self.t0)

    def hit(self, pos: QPointF) -> Placed | None:
        """The item drawn under ``pos`` (points before bands: they sit on top)."""
        best = None
        for p in self.placed:
            if p.rect.adjusted(-2, -2, 2, 2).contains(pos):
                if p.point:
                    return p
                best = best or p
        return best


def lane_name(key: str, kind: str) -> str:
    if kind == OTHER:
        return translate("Timeline", "Other claimants")
    if kind == UNATTRIBUTED:
        return translate("Timeline", "Unattributed")
    return key


def fit(timeline: Timeline) -> tuple[float, float]:
    """The axis that shows every item, with a little room on both sides."""
    from desktop.core.analysis.timeline import day_number

    if timeline.start is None or timeline.end is None:
        today = day_number(_dt.datetime.now())
        return today - 365, today + 30
    a, b = day_number(timeline.start), day_number(timeline.end)
    room = max((b - a) * 0.04, 15.0)
    return a - room, b + room


def _ticks(t0: float, t1: float, width: float) -> tuple[str, list[tuple[float, str]]]:
    px_per_day = width / max(t1 - t0, 1e-9)
    unit, days, fmt = next(((u, d, f) for u, d, f in UNITS if d * px_per_day >= MIN_TICK_PX),
                           UNITS[-1])
    start = _dt.date.fromordinal(max(1, int(t0)))
    end = _dt.date.fromordinal(max(1, min(int(t1) + 1, _dt.date.max.toordinal())))
    out: list[tuple[float, str]] = []
    locale = QLocale()

    def add(d: _dt.date) -> None:
        if t0 <= d.toordinal() <= t1:
            out.append((float(d.toordinal()), locale.toString(QDate(d.year, d.month, d.day), fmt)))

    if unit in ("day", "week"):
        d = start if unit == "day" else start - _dt.timedelta(days=start.weekday())
        step = _dt.timedelta(days=1 if unit == "day" else 7)
        while d <= end:
            add(d)
            d += step
    elif unit in ("month", "quarter"):
        every = 1 if unit == "month" else 3
        y, m = start.year, (start.month - 1) // every * every + 1
        while _dt.date(y, m, 1) <= end:
            add(_dt.date(y, m, 1))
            m += every
            if m > 12:
                y, m = y + 1, m - 12
    else:
        every = {"year": 1, "5 years": 5, "decade": 10, "50 years": 50, "century": 100}[unit]
        y = max(1, start.year // every * every)
        while y <= end.year and y <= 9999:
            add(_dt.date(y, 1, 1))
            y += every
    return unit, out


def layout(timeline: Timeline, width: float, t0: float, t1: float, *,
           rtl: bool = False) -> Laid:
    """Where everything goes for a drawing ``width`` wide showing days ``t0``..``t1``."""
    label_w = min(LABEL_WIDTH, width * 0.3)
    top = MARGIN + LEGEND + AXIS
    left = MARGIN if rtl else MARGIN + label_w
    plot_w = max(width - label_w - 2 * MARGIN, 40.0)
    laid = Laid(width, 0.0, QRectF(), t0, t1, rtl)
    laid.plot = QRectF(left, top, plot_w, 1.0)
    y = top
    for n, lane in enumerate(timeline.lanes):
        rows: list[float] = []  # each row's right end so far
        pack = len(lane.items) <= PACK_UP_TO
        placed = []
        for item in sorted(lane.items, key=lambda i: i.interval.start_day):
            iv = item.interval
            if iv.is_point:
                cx = laid.x((iv.start_day + iv.end_day) / 2)
                x0, x1 = cx - RADIUS, cx + RADIUS
            else:
                x0, x1 = laid.x(iv.start_day), laid.x(iv.end_day)
                if x1 - x0 < 4:
                    mid = (x0 + x1) / 2
                    x0, x1 = mid - 2, mid + 2
            if pack:
                row = next((r for r, end in enumerate(rows) if end + 3 <= x0), None)
                if row is None:
                    row = len(rows) if len(rows) < MAX_ROWS else min(range(len(rows)),
                                                                    key=rows.__getitem__)
                    if row == len(rows):
                        rows.append(x1)
                rows[row] = max(rows[row], x1)
            else:
                row = 1 if item.kind == EVENT else 0
                while len(rows) <= row:
                    rows.append(0.0)
            placed.append((item, row, x0, x1, iv.is_point))
        height = max(len(rows), 1) * ROW + LANE_GAP
        band = QRectF(0, y, width, height)
        laid.lanes.append((lane_name(lane.key, lane.kind), band))
        for item, row, x0, x1, point in placed:
            cy = y + LANE_GAP / 2 + row * ROW + ROW / 2
            h = 2 * RADIUS if point else ROW - 6
            laid.placed.append(Placed(item, n, QRectF(x0, cy - h / 2, x1 - x0, h), point))
        y += height
    laid.plot = QRectF(left, top, plot_w, max(y - top, ROW))
    laid.height = laid.plot.bottom() + MARGIN
    laid.unit, laid.ticks = _ticks(t0, t1, plot_w)
    return laid


def paint(painter: QPainter, laid: Laid, *, hover: Placed | None = None,
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
    # the axis: a tick and a line down the lanes at each tick
    painter.setPen(QPen(QColor("#d1d5db"), 1))
    for x_day, _label in laid.ticks:
        x = laid.x(x_day)
        painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()))
    painter.setPen(QColor("#4b5563"))
    for x_day, label in laid.ticks:
        x = laid.x(x_day)
        w = metrics.horizontalAdvance(label) + 4
        if x - w / 2 < plot.left() - MARGIN or x + w / 2 > plot.right() + MARGIN:
            continue
        painter.drawText(QRectF(x - w / 2, plot.top() - AXIS, w, AXIS - 6),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), label)
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
    if hover is not None:
        painter.setPen(QPen(QColor("#111827"), 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(hover.rect.adjusted(-2, -2, 2, 2), 3, 3)
    painter.restore()


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


__all__ = ["CLAIM_COLOR", "EVENT_COLOR", "Laid", "Placed", "fit", "lane_name", "layout", "paint"]
