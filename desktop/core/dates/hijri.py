"""Hijri (Umm al-Qura) dates to Gregorian, through `hijridate`.

`hijridate` covers 1343–1500 AH (1924–2077 CE); outside that range, and for impossible
dates (30 of a 29-day month), these functions return None and the caller writes an
underspecified value instead of crashing.
"""

from __future__ import annotations

import datetime

from hijridate import Gregorian, Hijri


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError, TypeError):
        return None
    return datetime.date(g.year, g.month, g.day)


def from_gregorian(day: datetime.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError, TypeError):
        return None
    return h.year, h.month, h.day


def year_of_month(month: int, rel: int | None, dct: datetime.date | None) -> int | None:
    """The Hijri year meant by a Hijri month named without a year.

    With no relative word: the Hijri year of the document date. With الماضي: the last such
    month that began before the document date; with المقبل: the next one after it.
    """
    if dct is None:
        return None
    today = from_gregorian(dct)
    if today is None:
        return None
    hy, hm, _ = today
    if rel is None or rel == 0:
        return hy
    if rel < 0:
        return hy if month < hm else hy - 1
    return hy if month > hm else hy + 1


def holiday(month: int, day: int, year: int | None, rel: int | None,
            dct: datetime.date | None) -> datetime.date | None:
    """The Gregorian date of a Hijri holiday («عيد الأضحى»: 10 Dhu al-Hijja).

    `year` is a Hijri year (below 1600) or a Gregorian one. Without a year: the occurrence
    nearest the document date (news speaks of the feast just past or just coming); الماضي:
    the latest one before it, المقبل: the first one after it; without a dct, None.
    """
    if year is not None:
        if year < 1600:
            return to_gregorian(year, month, day)
        h = from_gregorian(datetime.date(year, 1, 1))
        if h is None:
            return None
        for hy in (h[0], h[0] + 1, h[0] + 2):
            g = to_gregorian(hy, month, day)
            if g is not None and g.year == year:
                return g
        return None
    if dct is None:
        return None
    today = from_gregorian(dct)
    if today is None:
        return None
    found = [g for hy in (today[0] - 1, today[0], today[0] + 1)
             if (g := to_gregorian(hy, month, day)) is not None]
    if rel is not None and rel < 0:
        found = [g for g in found if g < dct]
        return max(found) if found else None
    if rel is not None and rel > 0:
        found = [g for g in found if g > dct]
        return min(found) if found else None
    return min(found, key=lambda g: abs((g - dct).days)) if found else None
