"""Hijri dates to Gregorian: Umm al-Qura through `hijridate`, the arithmetical calendar
outside its table.

`hijridate` covers 1343–1500 AH (1924–2077 CE), the Umm al-Qura calendar as published.
Before and after it, dates are converted with the arithmetical (tabular) Islamic calendar
(30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29; epoch 16 July 622
Julian), which is how historians convert dates of the 1st–13th centuries AH; it can
differ from the day as observed by a day or two. `convert` says which was used; the tagger
writes it in the value's calendar ("hijri" or "hijri-tabular"). Gregorian dates before
1582 are proleptic, as ISO 8601 (and TIMEX3) values are. An impossible date (30 of a 29-day
month) gives None and the caller writes an underspecified value instead of crashing.
"""

from __future__ import annotations

import datetime

from hijridate import Gregorian, Hijri

UMM_AL_QURA = "hijri"
TABULAR = "hijri-tabular"
_UQ_FIRST, _UQ_LAST = 1343, 1500
_TABULAR_LEAP = {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29}
_CIVIL_EPOCH = 1948439  # Julian day number before 1 Muharram 1 (16 July 622, Julian)


def _tabular_month_days(year: int, month: int) -> int:
    if month == 12:
        return 30 if (year - 1) % 30 + 1 in _TABULAR_LEAP else 29
    return 30 if month % 2 else 29


def tabular_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The arithmetical Islamic calendar: 1 Muharram 1 = 16 July 622 (Julian)."""
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= _tabular_month_days(year, month):
        return None
    jdn = (day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
           + _CIVIL_EPOCH)
    try:
        return datetime.date.fromordinal(jdn - 1721425)
    except (ValueError, OverflowError):
        return None


def convert(year: int, month: int, day: int) -> tuple[datetime.date | None, str]:
    """(Gregorian date or None, calendar): Umm al-Qura inside its table, tabular outside."""
    if _UQ_FIRST <= year <= _UQ_LAST:
        try:
            g = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError, TypeError):
            return None, UMM_AL_QURA
        return datetime.date(g.year, g.month, g.day), UMM_AL_QURA
    return tabular_to_gregorian(year, month, day), TABULAR


def to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    return convert(year, month, day)[0]


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
