"""TIMEX3 values: formatting, and anchoring relative expressions to the document date.

Every function takes the document creation time `dct` (a date or None) and returns a
TIMEX3 value string; without a dct, relative expressions get underspecified values
(X in place of the digits that cannot be known).
"""

from __future__ import annotations

import calendar
import datetime

SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


def ymd(year: int | None, month: int | None = None, day: int | None = None) -> str:
    y = "XXXX" if year is None else f"{year:04d}"
    if month is None:
        return y
    m = f"{month:02d}" if month else "XX"
    if day is None:
        return f"{y}-{m}"
    return f"{y}-{m}-{day:02d}" if day else f"{y}-{m}-XX"


def date_value(d: datetime.date | None) -> str:
    return "XXXX-XX-XX" if d is None else d.isoformat()


def week_value(d: datetime.date | None) -> str:
    if d is None:
        return "XXXX-WXX"
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def add_months(d: datetime.date, k: int) -> datetime.date:
    y, m = shift_month(d.year, d.month, k)
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return day <= last


def month_year(month: int, rel: int | None, dct: datetime.date | None,
               mod: str | None = None, tense: str | None = None) -> int | None:
    """The year of a month named without a year.

    No relative word: the year of the dct, or, by the tense of its clause, the latest such
    month not after the dct's (past) or the first not before it (future). الماضي: the latest
    such month strictly before the dct's month, but the dct's own month when its start (or
    middle) is already over («أوائل يونيو الماضي» on 15 June); المقبل: the next one strictly
    after it; الجاري: the dct's year.
    """
    if dct is None:
        return None
    if rel is None or rel == 0:
        # the tense moves the year only when the month is two or more months off the
        # wrong way (a past «في يوليو» in a June article may be the July to come)
        if rel is None and tense == "past" and month > dct.month + 1:
            return dct.year - 1
        if rel is None and tense == "future" and month < dct.month - 1:
            return dct.year + 1
        return dct.year
    if rel < 0:
        if month == dct.month and ((mod == "START" and dct.day > 10) or
                                   (mod == "MID" and dct.day > 20)):
            return dct.year
        return dct.year if month < dct.month else dct.year - 1
    return dct.year if month > dct.month else dct.year + 1


def day_month_year(month: int, day: int, dct: datetime.date, tense: str | None) -> int:
    """The year of a day and month without one: the dct's, or by the tense of the clause the
    year before when the day would be more than 60 days after the dct in a past clause, the
    year after when it would be more than 60 days before it in a future clause."""
    y = dct.year
    if not valid_day(y, month, day):
        return y
    cand = datetime.date(y, month, day)
    # a margin of 60 days: «اعتبارا من 27 حزيران» two days after it is still this June, and a
    # past «أعلن إجراء انتخابات في 24 يونيو» in May announces the June to come
    if tense == "past" and (cand - dct).days > 60:
        return y - 1
    if tense == "future" and (dct - cand).days > 60:
        return y + 1
    return y


def weekday_date(wd: int, rel: int | None, dct: datetime.date | None) -> datetime.date | None:
    """A weekday: the latest one on or before the dct (the dct itself when it is that day);
    الماضي: strictly before; المقبل/القادم: strictly after; الجاري/هذا: this ISO week."""
    if dct is None:
        return None
    cur = dct.isoweekday()
    if rel is None:
        return dct - datetime.timedelta(days=(cur - wd) % 7)
    if rel < 0:
        back = (cur - wd) % 7 or 7
        return dct - datetime.timedelta(days=back)
    if rel > 0:
        fwd = (wd - cur) % 7 or 7
        return dct + datetime.timedelta(days=fwd)
    return dct + datetime.timedelta(days=wd - cur)


def season_of(month: int) -> str:
    for code, months in SEASON_MONTHS.items():
        if month in months:
            return code
    return "WI"


def season_year(season: str, rel: int | None, dct: datetime.date | None) -> int | None:
    """Year of a season named without one (winter counts as the year it begins in).

    No word or الحالي: the season of the dct's year; الماضي: the last one already over;
    المقبل: the next one not yet begun."""
    if dct is None:
        return None
    # position of each season as a (year, index) pair; winter = index 3 of its Dec year
    order = ["SP", "SU", "FA", "WI"]
    cur_season = season_of(dct.month)
    cur_year = dct.year - 1 if cur_season == "WI" and dct.month <= 2 else dct.year
    cur_pos = cur_year * 4 + order.index(cur_season)
    target = order.index(season)
    if rel is None or rel == 0:
        return cur_year if target == order.index(cur_season) else dct.year
    if rel < 0:
        pos = cur_pos - 1
        while pos % 4 != target:
            pos -= 1
    else:
        pos = cur_pos + 1
        while pos % 4 != target:
            pos += 1
    return pos // 4


def unit_rel(unit: str, rel: int, dct: datetime.date | None) -> str:
    """«العام الماضي», «الشهر المقبل», «الأسبوع الجاري», «العقد الماضي», «اليوم»…"""
    if unit == "Y":
        return "XXXX" if dct is None else f"{dct.year + rel:04d}"
    if unit == "M":
        if dct is None:
            return "XXXX-XX"
        y, m = shift_month(dct.year, dct.month, rel)
        return ymd(y, m)
    if unit == "W":
        if dct is None:
            return "XXXX-WXX"
        return week_value(dct + datetime.timedelta(weeks=rel))
    if unit == "D":
        if dct is None:
            return "XXXX-XX-XX"
        return date_value(dct + datetime.timedelta(days=rel))
    if unit == "DE":
        if dct is None:
            return "XXX"
        return f"{dct.year // 10 + rel:03d}"
    if unit == "CE":
        if dct is None:
            return "XX"
        return f"{dct.year // 100 + rel:02d}"
    if unit == "NI":
        if dct is None:
            return "XXXX-XX-XXTNI"
        return date_value(dct + datetime.timedelta(days=min(rel, 0))) + "TNI"
    return "XXXX"


def shifted(unit: str, n: int | None, direction: int, dct: datetime.date | None) -> str:
    """«قبل ثلاثة أيام», «بعد عامين»: a date at the precision of the unit."""
    if n is None:
        return "PAST_REF" if direction < 0 else "FUTURE_REF"
    if unit in ("S", "MIN", "H"):
        if dct is None:
            return "XXXX-XX-XX"
        return date_value(dct)
    k = n * direction
    try:  # «قبل 1000000 يوم»: beyond the calendar's range, a day in no year, not a crash
        if unit == "D":
            return date_value(None if dct is None else dct + datetime.timedelta(days=k))
        if unit == "W":
            return week_value(None if dct is None else dct + datetime.timedelta(weeks=k))
    except OverflowError:
        return "XXXX-XX-XX" if unit == "D" else "XXXX-WXX"
    if unit == "M":
        if dct is None:
            return "XXXX-XX"
        return ymd(*shift_month(dct.year, dct.month, k))
    if unit == "Y":
        return "XXXX" if dct is None else f"{dct.year + k:04d}"
    if unit == "DE":
        return "XXXX" if dct is None else f"{dct.year + 10 * k:04d}"
    if unit == "CE":
        return "XXXX" if dct is None else f"{dct.year + 100 * k:04d}"
    return "XXXX"


_SMALLER = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "M": ("D", 30),
            "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def smaller_unit(unit: str, n: int | float) -> tuple[str, int | float]:
    """«نصف ساعة» (0.5 H) -> 30 MIN, «عام ونصف» (1.5 Y) -> 18 M, where that is exact."""
    if float(n).is_integer() or unit not in _SMALLER:
        return unit, n
    small, k = _SMALLER[unit]
    m = n * k
    return (small, int(m)) if float(m).is_integer() else (unit, n)


def duration(unit: str, n: int | float | None) -> str:
    """P6M, P2W, PT2H, P10Y (a decade), PXM for «عدة أشهر»; P1.5Y for «عام ونصف», but
    a fraction of one unit in the next smaller one: PT30M for «نصف ساعة», P6M for «نصف عام»."""
    if n is not None and n < 1:
        unit, n = smaller_unit(unit, n)
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    q = "X" if n is None else (f"{n:g}" if isinstance(n, float) else str(n))
    if unit == "DE":
        return f"P{q}DE" if n is None else f"P{n * 10:g}Y"
    if unit == "CE":
        return f"P{q}CE" if n is None else f"P{n * 100:g}Y"
    if unit in ("H", "S"):
        return f"PT{q}{unit}"
    if unit == "MIN":
        return f"PT{q}M"
    return f"P{q}{unit}"

