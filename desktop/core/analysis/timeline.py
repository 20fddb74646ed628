"""The timeline's data: TIMEX3 values as intervals, claims and events placed on them, and
one lane per frequent claimant.

``interval("2018-09")`` is the month as a band, ``interval("2018-09-10")`` a day (a
point at the scale of a news timeline), ``interval("XXXX-09-10")`` or ``"PAST_REF"``
None: a value that cannot be placed on an axis is never guessed. Intervals are
half-open ``[start, end)`` in naive datetimes; ``start_day``/``end_day`` give them as
fractional proleptic ordinals (days) for drawing.

Items come from ledger rows (``desktop.core.analysis.ledger.LedgerRow``): a claim is
placed by its claim date, what it reports by its event dates; each carries its claimant
(canonical name). ``lanes`` gives one lane per claimant for the most frequent ones, then
"other" for the rest and "unattributed" for claims with no claimant.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.analysis.ledger import LedgerRow

__all__ = [
    "GRANULARITIES",
    "Interval",
    "Lane",
    "Timeline",
    "TimelineItem",
    "bounds",
    "build_timeline",
    "day_number",
    "interval",
    "lanes",
    "timeline_items",
]

# finest first; the first four are points at a timeline's scale
GRANULARITIES = ("minute", "hour", "part_of_day", "day", "weekend", "week", "month", "season",
                 "quarter", "half", "year", "decade", "century")
POINTS = frozenset(GRANULARITIES[:4])

# parts of the day (TIMEX3 MO MI AF EV NI DT): hours from midnight, end may pass 24
PARTS_OF_DAY = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24),
                "NI": (21, 30), "DT": (6, 18)}
SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}  # months, end excl.

_TIME = re.compile(r"^(?:T(\d{2})(?::(\d{2})(?::(\d{2}(?:\.\d+)?))?)?|T(MO|MI|AF|EV|NI|DT))$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.+)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(\d|WE))?(T.+)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$")
_YEARS = re.compile(r"^(\d{2,4})$")


@dataclass(frozen=True, slots=True)
class Interval:
    """Where a TIMEX3 value lies: ``[start, end)`` at a granularity."""

    start: _dt.datetime
    end: _dt.datetime
    granularity: str
    value: str = ""
    mod: str | None = None

    @property
    def is_point(self) -> bool:
        """A day or finer: drawn as a point; coarser values are bands."""
        return self.granularity in POINTS

    @property
    def start_day(self) -> float:
        return day_number(self.start)

    @property
    def end_day(self) -> float:
        return day_number(self.end)

    def overlaps(self, start: _dt.datetime | None, end: _dt.datetime | None) -> bool:
        """Whether this interval meets ``[start, end)`` (an open side is None)."""
        return ((end is None or self.start < end) and (start is None or self.end > start))


def day_number(moment: _dt.datetime) -> float:
    """A moment as a fractional proleptic ordinal (1 January of year 1 is day 1)."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
    return moment.toordinal() + seconds / 86400


def _at(year: int, month: int = 1, day: int = 1) -> _dt.datetime:
    """A datetime, with months past 12 rolling into the next year."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return _dt.datetime(year, month, day)


def _with_time(day: _dt.datetime, suffix: str | None) -> tuple[_dt.datetime, _dt.datetime, str]:
    """A day, or the time of day its ``T…`` suffix names."""
    if not suffix:
        return day, day + _dt.timedelta(days=1), "day"
    m = _TIME.match(suffix)
    if m is None:
        raise ValueError(f"not a time of day: {suffix}")
    hour, minute, second, part = m.groups()
    if part:
        lo, hi = PARTS_OF_DAY[part]
        return day + _dt.timedelta(hours=lo), day + _dt.timedelta(hours=hi), "part_of_day"
    h = int(hour)
    if h > 24:
        raise ValueError(f"hour {h}")
    if minute is None:
        start = day + _dt.timedelta(hours=h)
        return start, start + _dt.timedelta(hours=1), "hour"
    start = day + _dt.timedelta(hours=h, minutes=int(minute), seconds=float(second or 0))
    return start, start + _dt.timedelta(minutes=1), "minute"


def _place(value: str) -> tuple[_dt.datetime, _dt.datetime, str] | None:
    m = _DAY.match(value)
    if m:
        y, mo, d, t = m.groups()
        return _with_time(_dt.datetime(int(y), int(mo), int(d)), t)
    m = _WEEK.match(value)
    if m:
        y, w, d, t = m.groups()
        monday = _dt.datetime.combine(_dt.date.fromisocalendar(int(y), int(w), 1),
                                      _dt.time())
        if d is None:
            if t:
                raise ValueError("a time of day needs a day")
            return monday, monday + _dt.timedelta(days=7), "week"
        if d == "WE":
            if t:
                raise ValueError("a time of day needs a day")
            sat = monday + _dt.timedelta(days=5)
            return sat, sat + _dt.timedelta(days=2), "weekend"
        if not 1 <= int(d) <= 7:
            raise ValueError(f"weekday {d}")
        return _with_time(monday + _dt.timedelta(days=int(d) - 1), t)
    m = _MONTH.match(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            raise ValueError(f"month {mo}")
        return _at(y, mo), _at(y, mo + 1), "month"
    m = _PART.match(value)
    if m:
        y, code = int(m.group(1)), m.group(2)
        if code in SEASONS or code == "AU":
            lo, hi = SEASONS["FA" if code == "AU" else code]
            return _at(y, lo), _at(y, hi), "season"
        n = int(code[1])
        if code[0] == "Q":
            return _at(y, 3 * n - 2), _at(y, 3 * n + 1), "quarter"
        return _at(y, 6 * n - 5), _at(y, 6 * n + 1), "half"
    m = _YEARS.match(value)
    if m:
        digits = m.group(1)
        if len(digits) == 4:
            return _at(int(digits)), _at(int(digits) + 1), "year"
        if len(digits) == 3:
            return _at(int(digits) * 10 or 1), _at(int(digits) * 10 + 10), "decade"
        return _at(int(digits) * 100 or 1), _at(int(digits) * 100 + 100), "century"
    return None


def _coarser(value: str) -> str:
    """An underspecified tail dropped: ``2018-09-XX`` -> ``2018-09``, ``201X`` -> ``201``.
    A value whose year is unknown (``XXXX-09-10``) stays as it is (and cannot be placed)."""
    while value.endswith("-XX"):
        value = value[:-3]
    if re.fullmatch(r"\d{2,3}X{1,2}", value):
        value = value.rstrip("X")
    return value


def _narrow(start: _dt.datetime, end: _dt.datetime, mod: str | None,
            ) -> tuple[_dt.datetime, _dt.datetime]:
    """START, MID and END keep a third of a band (the first, middle or last)."""
    third = (end - start) / 3
    if mod == "START":
        return start, start + third
    if mod == "MID":
        return start + third, end - third
    if mod == "END":
        return end - third, end
    return start, end


@lru_cache(maxsize=4096)
def interval(value: str | None, mod: str | None = None) -> Interval | None:
    """The interval of a TIMEX3 value, or None when it cannot be placed on an axis:
    an unknown year (``XXXX-…``), a reference (``PAST_REF``), a duration (``P6M``), a
    set, or anything that is not a value. ``mod`` START/MID/END narrows a band (a week or
    longer) to its first, middle or last third; other mods are kept on the interval."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    placed_value = _coarser(value)
    try:
        placed = _place(placed_value)
    except (ValueError, OverflowError):
        return None
    if placed is None:
        return None
    start, end, granularity = placed
    if granularity not in POINTS:
        start, end = _narrow(start, end, mod or None)
    return Interval(start, end, granularity, value, mod or None)


def bounds(date_from: str | _dt.date | None, date_to: str | _dt.date | None,
           ) -> tuple[_dt.datetime | None, _dt.datetime | None]:
    """A user's date range as ``[start, end)``: each side a date or any placeable TIMEX
    value, both inclusive (``"2018", "2018"`` is the whole year); None is open. A side that
    cannot be placed raises ValueError."""
    def side(v, upper: bool):
        if v is None or v == "":
            return None
        if isinstance(v, _dt.datetime):
            return v + _dt.timedelta(days=1) if upper else v
        if isinstance(v, _dt.date):
            v = v.isoformat()
        found = interval(str(v))
        if found is None:
            raise ValueError(f"not a date: {v!r} (a date such as 2018-09-10, 2018-09 or 2018)")
        return found.end if upper else found.start

    lo, hi = side(date_from, False), side(date_to, True)
    if lo is not None and hi is not None and hi <= lo:
        raise ValueError(f"the date range ends before it starts ({date_from} .. {date_to})")
    return lo, hi


# ------------------------------------------------------------------------------ items
CLAIM = "claim"  # placed by the claim's claim date (when it was said)
EVENT = "event"  # placed by an event date (when what it reports happened)
OTHER = "other"
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class TimelineItem:
    kind: str  # CLAIM or EVENT
    document: str
    claim_id: str
    claim: str
    claimant: str  # canonical name; "" for an unattributed claim
    date_text: str
    value: str
    interval: Interval
    date_id: str = ""  # the DATE span


@dataclass(slots=True)
class Lane:
    key: str  # the claimant's canonical name, or OTHER, or UNATTRIBUTED
    kind: str  # "claimant", OTHER or UNATTRIBUTED
    items: list[TimelineItem] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.key if self.kind == "claimant" else self.kind


@dataclass(slots=True)
class Timeline:
    lanes: list[Lane]
    unplaced: list[tuple[str, str, str]]  # (claim_id, value, why) of dates not placed
    undated: int  # claims with neither a claim date nor an event date
    start: _dt.datetime | None  # the axis: earliest start and latest end of the items
    end: _dt.datetime | None

    @property
    def items(self) -> list[TimelineItem]:
        return [i for lane in self.lanes for i in lane.items]


def timeline_items(rows: Iterable[LedgerRow],
                   unplaced: list[tuple[str, str, str]] | None = None) -> list[TimelineItem]:
    """Every claim date and event date of the rows that can be placed, as items (in the
    rows' order, claim date first). Dates that cannot be placed go to ``unplaced``."""
    out: list[TimelineItem] = []
    for row in rows:
        claimant = row.claimant_canonical
        for kind, dates in ((CLAIM, row.claim_dates), (EVENT, row.event_dates)):
            for d in dates:
                iv = interval(d.value, d.mod)
                if iv is None:
                    if unplaced is not None:
                        unplaced.append((row.claim_id, d.value,
                                         "no value" if not d.value else "cannot be placed"))
                    continue
                out.append(TimelineItem(kind, row.document, row.claim_id, row.claim, claimant,
                                        d.text, d.value, iv, d.span_id))
    return out


def lanes(items: Iterable[TimelineItem], max_lanes: int = 8) -> list[Lane]:
    """One lane for each of the ``max_lanes`` claimants with the most claims on the
    timeline (ties by name), then OTHER (every other claimant) and UNATTRIBUTED (no
    claimant), each only when it has items. Items keep their order within a lane."""
    items = list(items)
    claims = Counter()
    seen: set[tuple[str, str]] = set()
    for it in items:
        if it.claimant and (it.claimant, it.claim_id) not in seen:
            seen.add((it.claimant, it.claim_id))
            claims[it.claimant] += 1
    ranked = sorted(claims, key=lambda name: (-claims[name], name))[:max(max_lanes, 0)]
    by_key = {name: Lane(name, "claimant") for name in ranked}
    other, unattributed = Lane(OTHER, OTHER), Lane(UNATTRIBUTED, UNATTRIBUTED)
    for it in items:
        if not it.claimant:
            unattributed.items.append(it)
        elif it.claimant in by_key:
            by_key[it.claimant].items.append(it)
        else:
            other.items.append(it)
    return [*by_key.values(), *(lane for lane in (other, unattributed) if lane.items)]


def build_timeline(rows: Iterable[LedgerRow], max_lanes: int = 8) -> Timeline:
    """The whole timeline of some ledger rows: lanes, what could not be placed, the axis.
    The rows are streamed, never kept (a ledger of 300,000 claims is millions of objects)."""
    unplaced: list[tuple[str, str, str]] = []
    undated = 0

    def counted() -> Iterable[LedgerRow]:
        nonlocal undated
        for row in rows:
            if not row.claim_dates and not row.event_dates:
                undated += 1
            yield row

    items = timeline_items(counted(), unplaced)
    start = min((i.interval.start for i in items), default=None)
    end = max((i.interval.end for i in items), default=None)
    return Timeline(lanes(items, max_lanes), unplaced, undated, start, end)
