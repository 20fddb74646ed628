"""Where the timeline's items go for a width and a span of days: lanes, rows, ticks.

Time runs left to right in both interface languages; the lane labels (claimants'
canonical names) sit at the start of the reading direction: left of the axis in an
English interface, right of it in an Arabic one. An item is placed by its resolved TIMEX
interval at its granularity: a day or finer is a **point**, a week, a month, a season, a
year or longer a **band** over its interval; items of a lane that would overlap are
stacked in rows.

A project of 100,000 documents has some 400,000 dates: ``index_lanes`` (run on the
views' thread) sorts each lane's items once by the middle of their interval, so a layout
only looks at the items the days shown hold. A lane with more than ``DETAIL_LIMIT`` of
them is drawn as a **density strip** (how many claim dates and event dates fall in each
few pixels) until zoomed in far enough to draw each.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF

from desktop.core.analysis.timeline import EVENT, OTHER, UNATTRIBUTED, Timeline, TimelineItem
from desktop.ui.shell.i18n import translate

ROW = 16.0  # a row of items
LANE_GAP = 8.0
AXIS = 30.0  # tick labels above the lanes
LEGEND = 24.0
LABEL_WIDTH = 190.0
MARGIN = 8.0
RADIUS = 5.0
MAX_ROWS = 8  # rows a lane stacks overlapping items in
DETAIL_LIMIT = 1500  # items of a lane in view drawn one by one; more: a density strip
BIN_PX = 3.0  # a density strip's bins
MIN_TICK_PX = 84.0
TICK_GAP = 12.0  # at least this between two tick labels

# (unit, its shortest length in days: for choosing, QLocale date format of its labels)
UNITS = (("day", 1, "d MMM"), ("week", 7, "d MMM"), ("month", 28, "MMM yyyy"),
         ("quarter", 90, "MMM yyyy"), ("year", 365.25, "yyyy"), ("5 years", 1826.2, "yyyy"),
         ("decade", 3652.5, "yyyy"), ("50 years", 18262, "yyyy"), ("century", 36525, "yyyy"))


@dataclass(slots=True)
class LaneIndex:
    """A lane's items sorted by the middle day of their interval."""

    key: str
    kind: str
    items: list[TimelineItem]
    mids: list[float]
    reach: float  # half the longest interval (days): how far a band reaches from its middle


def index_lanes(timeline: Timeline) -> list[LaneIndex]:
    """Each lane's items by the middle of their interval. Sorted day by day (a bucket a
    day, each small): one sort of 300,000 items is a single call that holds Python's
    lock for half a second, and the window, whose code needs it too, would stall."""
    out = []
    for lane in timeline.lanes:
        days: dict[int, list] = {}
        reach = 0.0
        for n, i in enumerate(lane.items):
            a, b = i.interval.start_day, i.interval.end_day
            mid = (a + b) / 2
            reach = max(reach, (b - a) / 2)
            days.setdefault(int(mid), []).append((mid, n, i))
        items: list[TimelineItem] = []
        mids: list[float] = []
        for day in sorted(days):
            group = days[day]
            if len(group) > 1:
                group.sort(key=lambda k: (k[0], k[1]))
            for mid, _n, item in group:
                mids.append(mid)
                items.append(item)
        out.append(LaneIndex(lane.key, lane.kind, items, mids, reach))
    return out


@dataclass(slots=True)
class Placed:
    item: TimelineItem
    lane: int
    rect: QRectF  # a band's rectangle, or a point marker's box
    point: bool


@dataclass(slots=True)
class Density:
    """A bin of a density strip: the claim and event dates whose middle falls in it."""

    lane: int
    rect: QRectF
    claims: int
    events: int
    start: float  # days
    end: float


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
    density: list[Density] = field(default_factory=list)
    peak: int = 1  # the fullest density bin
    ticks: list[tuple[float, str]] = field(default_factory=list)
    labels: list[tuple[QRectF, str]] = field(default_factory=list)  # the tick labels drawn
    unit: str = ""
    empty: bool = False  # nothing to place: the drawing says so instead of an axis

    def x(self, day: float) -> float:
        return self.plot.left() + (day - self.t0) / (self.t1 - self.t0) * self.plot.width()

    def day_at(self, x: float) -> float:
        return self.t0 + (x - self.plot.left()) / self.plot.width() * (self.t1 - self.t0)

    def hit(self, pos: QPointF) -> Placed | Density | None:
        """What is drawn under ``pos`` (points before bands: they sit on top)."""
        best = None
        for p in self.placed:
            if p.rect.adjusted(-2, -2, 2, 2).contains(pos):
                if p.point:
                    return p
                best = best or p
        if best is not None:
            return best
        for d in self.density:
            if d.rect.adjusted(-1, 0, 1, 0).contains(pos):
                return d
        return None


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


def _ticks(t0: float, t1: float, width: float,
           measure: Callable[[str], float] | None = None) -> tuple[str, list[tuple[float, str]]]:
    """The finest unit whose shortest step leaves room for its widest label (``measure``:
    a label's width in the font it is drawn in; without it ``MIN_TICK_PX``)."""
    px_per_day = width / max(t1 - t0, 1e-9)
    for unit, days, _fmt in UNITS:
        if days * px_per_day < MIN_TICK_PX:
            continue
        ticks = _unit_ticks(unit, t0, t1)
        need = max((measure(label) for _day, label in ticks), default=0.0) if measure else 0.0
        if days * px_per_day >= need + TICK_GAP:
            return unit, ticks
    return UNITS[-1][0], _unit_ticks(UNITS[-1][0], t0, t1)


def _labels(laid: Laid, measure: Callable[[str], float]) -> list[tuple[QRectF, str]]:
    """Each tick's label centred on it, left out where it would leave the plot or come
    closer than ``TICK_GAP`` to the one before."""
    out: list[tuple[QRectF, str]] = []
    plot = laid.plot
    end = -1e9
    for day, label in laid.ticks:
        w = measure(label) + 4
        x = laid.x(day) - w / 2
        if x < plot.left() - MARGIN or x + w > plot.right() + MARGIN or x < end + TICK_GAP:
            continue
        out.append((QRectF(x, plot.top() - AXIS, w, AXIS - 6), label))
        end = x + w
    return out


def _unit_ticks(unit: str, t0: float, t1: float) -> list[tuple[float, str]]:
    fmt = next(f for u, _d, f in UNITS if u == unit)
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
    return out


def _extent(laid: Laid, item: TimelineItem) -> tuple[float, float]:
    iv = item.interval
    if iv.is_point:
        cx = laid.x((iv.start_day + iv.end_day) / 2)
        return cx - RADIUS, cx + RADIUS
    x0, x1 = laid.x(iv.start_day), laid.x(iv.end_day)
    if x1 - x0 < 4:
        mid = (x0 + x1) / 2
        return mid - 2, mid + 2
    return x0, x1


def _rows(laid: Laid, items: list[TimelineItem]) -> tuple[list[tuple], int]:
    """Each item with its row (stacked where they would overlap), and the rows used."""
    ends: list[float] = []
    out = []
    for item in sorted(items, key=lambda i: i.interval.start_day):
        x0, x1 = _extent(laid, item)
        row = next((r for r, end in enumerate(ends) if end + 3 <= x0), None)
        if row is None:
            if len(ends) < MAX_ROWS:
                row = len(ends)
                ends.append(x1)
            else:
                row = min(range(len(ends)), key=ends.__getitem__)
        ends[row] = max(ends[row], x1)
        out.append((item, row, x0, x1))
    return out, max(len(ends), 1)


def _strip(laid: Laid, n: int, lane: LaneIndex, lo: int, hi: int, y: float) -> None:
    """Lane ``n`` as bins of ``BIN_PX``: claims in its upper half, events in the lower."""
    bins = max(int(laid.plot.width() / BIN_PX), 1)
    step = (laid.t1 - laid.t0) / bins
    for b in range(bins):
        a = laid.t0 + b * step
        i, j = bisect.bisect_left(lane.mids, a, lo, hi), bisect.bisect_left(lane.mids, a + step, lo, hi)
        if i == j:
            continue
        events = sum(1 for item in lane.items[i:j] if item.kind == EVENT)
        x = laid.x(a)
        laid.density.append(Density(n, QRectF(x, y + LANE_GAP / 2, BIN_PX, 2 * ROW),
                                    j - i - events, events, a, a + step))
        laid.peak = max(laid.peak, j - i - events, events)


def layout(lanes: list[LaneIndex], width: float, t0: float, t1: float, *,
           rtl: bool = False, measure: Callable[[str], float] | None = None) -> Laid:
    """Where everything goes for a drawing ``width`` wide showing days ``t0``..``t1``
    (``measure``: a text's width in the font the drawing uses, to space the tick labels).
    With no lane there is no label column: the axis runs the whole width."""
    label_w = min(LABEL_WIDTH, width * 0.3) if lanes else 0.0
    top = MARGIN + LEGEND + AXIS
    left = MARGIN if rtl else MARGIN + label_w
    plot_w = max(width - label_w - 2 * MARGIN, 40.0)
    laid = Laid(width, 0.0, QRectF(left, top, plot_w, 1.0), t0, t1, rtl)
    y = top
    for n, lane in enumerate(lanes):
        lo = bisect.bisect_left(lane.mids, t0 - lane.reach)
        hi = bisect.bisect_right(lane.mids, t1 + lane.reach)
        if hi - lo > DETAIL_LIMIT:
            _strip(laid, n, lane, lo, hi, y)
            rows = 2
        else:
            shown = [i for i in lane.items[lo:hi]
                     if i.interval.start_day < t1 and i.interval.end_day > t0]
            placed, rows = _rows(laid, shown)
            for item, row, x0, x1 in placed:
                cy = y + LANE_GAP / 2 + row * ROW + ROW / 2
                h = 2 * RADIUS if item.interval.is_point else ROW - 6
                laid.placed.append(Placed(item, n, QRectF(x0, cy - h / 2, x1 - x0, h),
                                          item.interval.is_point))
        height = rows * ROW + LANE_GAP
        laid.lanes.append((lane_name(lane.key, lane.kind), QRectF(0, y, width, height)))
        y += height
    laid.plot = QRectF(left, top, plot_w, max(y - top, ROW))
    laid.height = laid.plot.bottom() + MARGIN
    laid.empty = not any(lane.items for lane in lanes)
    laid.unit, laid.ticks = _ticks(t0, t1, plot_w, measure)
    laid.labels = _labels(laid, measure or (lambda text: 7.0 * len(text)))
    return laid


__all__ = ["DETAIL_LIMIT", "RADIUS", "Density", "LaneIndex", "Laid", "Placed", "fit",
           "index_lanes", "lane_name", "layout"]
