"""What the scan leaves for a second look: the first half of a range, and one date written
twice («يوم الخميس 28/02/1437 الموافق 10/12/2015»).

**Ranges are two timexes** (docs/dates.md): «من 10 إلى 12 أيلول» is «10» (the 10th of
September) and «12 أيلول»; «بين 9 و18 شهرا» is «9» (P9M) and «18 شهرا»; «يناير - مارس
2019» gives January the year written after March; «1048-1081 هـ» makes 1048 a Hijri year
too. That is TimeML's practice (TimeBank tags "from 1990 to 1995" as two TIMEX3s joined by
a signal), and it needs no attribute beyond type, value and mod.

**One date written in two calendars, or a weekday and its date** is one timex, valued by
its Gregorian date: the span runs from the first to the last.
"""

from __future__ import annotations

import datetime
import re

from . import hijri, patterns, resolve
from .context import Ctx, Hit
from .numbers import parse_number

_DAY_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:من|بين|ما\s+بين)\s+)?(?P<d>(?<![\d/.\-])\d{{1,2}}(?!\d)|{patterns.ORD})"
    r"\s*(?:الي|حتي|-|–|و|او)\s*$"
)
_NUM_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:من|بين|ما\s+بين)\s+)?(?P<n>(?<![\d/.\-])\d+(?!\d)|{patterns.NUMW})"
    r"\s*(?:الي|حتي|-|–|و|او)\s*$"
)
_EVERY_BEFORE = re.compile(r"(?<!\w)كل\s+$")
_MONTH_BEFORE = re.compile(r"\s*(?:الي|حتي|-|–|و)\s*$")
_DAY_TO = re.compile(r"[^\S\n]*[،,]?[^\S\n]*(?:و[^\S\n]*)?(?:الي|حتي|-|–)[^\S\n]*(?:يوم[^\S\n]+)?")
_YEAR_DASH = re.compile(r"\s*[-–]\s*$")
_YEAR_TO = re.compile(r"\s*(?:[-–]|الي|حتي)\s*(?:(?:سنه|عام)\s+)?")
_SAME_DATE = re.compile(r"\s*[،,]?\s*(?:(?:الموافق|الموافقه)(?:\s+ل)?|ل)?\s*$")
_WRITTEN_AS = re.compile(r"(?:الموافق|الموافقه)")
_DAY_VALUE = re.compile(r"(?P<ym>(?:\d{4}|XXXX)-\d{2})-\d{2}")
_DURATION_VALUE = re.compile(r"P(?P<t>T?)\d+(?:\.\d+)?(?P<u>[YMWDHS])")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\w+)?|\d{4}(?:-\d{2})?")


def second_look(hits: list[Hit], ctx: Ctx) -> list[Hit]:
    """The hits with range beginnings added and one-date pairs merged (sorted, disjoint)."""
    out: list[Hit] = []
    text = ctx.text
    for hit in hits:
        prev_end = out[-1].end if out else 0
        gap = text[prev_end : hit.start]
        merged = _merge(out[-1], hit, gap) if out else None
        if merged is not None:
            out[-1] = merged
            continue
        if out and (dated := _time_of_dateline(out[-1], hit, gap, text)) is not None:
            out[-1] = dated
        if out and (morning := _next_morning(out[-1], hit, gap)) is not None:
            hit = morning
        first = _range_start(hit, text, prev_end, out)
        if isinstance(first, list):
            out.extend(first)
        elif first is not None:
            out.append(first)
            if first.type == "SET":
                hit = hit._replace(type="SET")
        out.append(hit)
    return out


_NUMERIC_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*\w{1,2})?")
_DATELINE_GAP = re.compile(r"\s*[|\-–—،,•]?\s*")


def _time_of_dateline(time: Hit, date: Hit, gap: str, text: str) -> Hit | None:
    """A numeric time written just before its date («11:32 ص، 22 يونيو 2020») takes that
    date's day instead of the dct's."""
    if time.type != "TIME" or date.type != "DATE" or not _DATELINE_GAP.fullmatch(gap) or "\n" in gap:
        return None
    if not _NUMERIC_TIME.fullmatch(text, time.start, time.end) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.value):
        return None
    return time._replace(value=date.value + time.value[time.value.index("T"):])


# «من الثامنة مساء وحتى السادسة صباحا», «الساعة 22:00 إلى الساعة 05:00»
_TIME_TO = re.compile(r"[^\S\n]*[،,]?[^\S\n]*(?:و[^\S\n]*)?(?:حتي|الي|لغايه)[^\S\n]*")
_HOUR_VALUE = re.compile(r"(?P<d>\d{4}-\d{2}-\d{2})T(?P<h>\d{2}):\d{2}")


def _next_morning(prev: Hit, hit: Hit, gap: str) -> Hit | None:
    """The end of a span of hours that begins in the evening and ends at an earlier hour
    (a curfew from eight in the evening until six in the morning) is on the next day."""
    if prev.type != "TIME" or hit.type != "TIME" or not _TIME_TO.fullmatch(gap):
        return None
    a, b = _HOUR_VALUE.match(prev.value), _HOUR_VALUE.match(hit.value)
    if a is None or b is None or a.group("d") != b.group("d"):
        return None
    if not (int(a.group("h")) >= 12 and int(b.group("h")) < int(a.group("h"))):
        return None
    day = datetime.date.fromisoformat(b.group("d")) + datetime.timedelta(days=1)
    return hit._replace(value=day.isoformat() + hit.value[10:])


# «22-23-24 ربيع الأول 1443 هـ», «29-30-31 أكتوبر»: a run of days before the last one's month
_DAY_RUN_BEFORE = re.compile(r"(?<![\d/.\-])(?P<run>(?:\d{1,2}[^\S\n]*[-–][^\S\n]*){2,6})$")
_RUN_DAY = re.compile(r"\d{1,2}")


def _day_run(hit: Hit, text: str, lo: int, before: str) -> list[Hit] | None:
    """Every day of a run written before a date's day, one timex each, counted back from the
    date (so a Hijri day keeps its own Gregorian value)."""
    r = _DAY_RUN_BEFORE.search(before)
    last = _RUN_DAY.match(text, hit.start)
    if r is None or last is None:
        return None
    days = [(lo + r.start("run") + d.start(), lo + r.start("run") + d.end(), int(d.group()))
            for d in _RUN_DAY.finditer(r.group("run"))]
    numbers = [d for _, _, d in days] + [int(last.group())]
    if any(b - a != 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    try:
        date = datetime.date.fromisoformat(hit.value)
    except ValueError:
        return None
    return [Hit(s, e, "DATE", (date - datetime.timedelta(days=numbers[-1] - d)).isoformat(), None,
                hit.calendar, "range") for s, e, d in days]


def _range_start(hit: Hit, text: str, lo: int, out: list[Hit]) -> Hit | list[Hit] | None:
    lo = max(lo, hit.start - 48)  # the first half of a range is a few words back at most
    before = text[lo : hit.start]
    if hit.type == "DATE" and _DAY_VALUE.fullmatch(hit.value) and (
            run := _day_run(hit, text, lo, before)) is not None:
        return run
    if hit.type == "DATE" and (m := _DAY_VALUE.fullmatch(hit.value)):
        r = _DAY_BEFORE.search(before)
        if r is not None:
            d = _day(r.group("d"))
            y, mo = m.group("ym").split("-")
            year = None if y == "XXXX" else int(y)
            if d and resolve.valid_day(year, int(mo), d) and d < int(hit.value[-2:]):
                s = lo + r.start("d")
                return Hit(s, lo + r.end("d"), "DATE", f"{m.group('ym')}-{d:02d}", None,
                           hit.calendar, "range")
    if hit.type == "DURATION" and (m := _DURATION_VALUE.fullmatch(hit.value)):
        r = _NUM_BEFORE.search(before)
        if r is not None:
            n = _number(r.group("n"))
            if n is not None and n > 0:
                value = f"P{m.group('t')}{n}{m.group('u')}"
                # «كل أربع أو خمس ساعات»: every so often, both halves a SET
                typ = "SET" if _EVERY_BEFORE.search(text, max(0, lo + r.start("n") - 8),
                                                    lo + r.start("n")) else "DURATION"
                return Hit(lo + r.start("n"), lo + r.end("n"), typ, value, None,
                           "gregorian", "range")
    if hit.type == "DATE" and (first := _year_range_start(hit, text, lo, before)) is not None:
        return first
    if out and hit.type == "DATE":
        prev = out[-1]
        between = text[prev.end : hit.start]
        # «يناير - مارس 2019»: the first month takes the year written after the second
        if (re.fullmatch(r"\d{4}-\d{2}", prev.value) and re.fullmatch(r"\d{4}-\d{2}", hit.value)
                and _MONTH_BEFORE.fullmatch(between)
                and re.search(r"\d{4}", text[prev.start : prev.end]) is None
                and re.search(r"\d{4}", text[hit.start : hit.end]) is not None
                and prev.value[5:] < hit.value[5:]):
            out[-1] = prev._replace(value=hit.value[:4] + prev.value[4:])
        # «من الأحد 11 كانون الثاني حتى الخميس 22 كانون الثاني 2026»: the first day takes the
        # year written after the second (the year before when its month comes later)
        elif (_DAY_VALUE.fullmatch(prev.value) and _DAY_VALUE.fullmatch(hit.value)
              and _DAY_TO.fullmatch(between)
              and re.search(r"\d{4}", text[prev.start : prev.end]) is None
              and re.search(r"\d{4}", text[hit.start : hit.end]) is not None):
            y = int(hit.value[:4]) - (prev.value[5:] > hit.value[5:])
            out[-1] = prev._replace(value=f"{y:04d}" + prev.value[4:])
        # «من نحو سنة 1550 حتى سنة 1077 ق.م»: the first year is before Christ too
        elif (hit.value.startswith("BC") and re.fullmatch(r"\d{4}", prev.value)
              and _YEAR_TO.fullmatch(between) and int(prev.value) >= int(hit.value[2:])):
            out[-1] = prev._replace(value="BC" + prev.value)
        # «1048-1081 هـ»: a bare year before a Hijri one is Hijri too
        elif (hit.calendar != "gregorian" and re.fullmatch(r"\d{4}", prev.value)
              and prev.calendar == "gregorian" and _YEAR_DASH.fullmatch(between)
              and re.fullmatch(r"\d{4}", text[prev.start : prev.end])):
            g, calendar = hijri.convert(int(prev.value), 1, 1)
            if g is not None:
                out[-1] = prev._replace(value=f"{g.year:04d}", calendar=calendar)
    return None


# «(532 - 589 هـ)», «(41 - 132 هـ / 662 - 750 م)», «من حوالي سنة 3000 حتى سنة 539 ق.م»
_YEAR_HALF_BEFORE = re.compile(
    r"(?:(?<!\w)(?:من|بين)\s+)?(?:(?P<about>حوالي|نحو|قرابه)\s+)?(?:(?:سنه|عام)\s+)?"
    r"(?P<y>(?<![\d/.\-])\d{1,4})(?!\d)\s*(?:-|–|الي|حتي|و)\s*(?:(?:سنه|عام)\s+)?$")
_YEAR_VALUE = re.compile(r"(?P<bc>BC)?(?P<y>\d{4})")


def _year_range_start(hit: Hit, text: str, lo: int, before: str) -> Hit | None:
    """The first year of a range whose second says its calendar: it is of the same calendar
    (Hijri, before Christ, or «م»), however short."""
    v = _YEAR_VALUE.fullmatch(hit.value)
    r = _YEAR_HALF_BEFORE.search(before)
    if v is None or r is None:
        return None
    written = text[hit.start : hit.end]
    y = int(r.group("y"))
    mod = "APPROX" if r.group("about") else None
    start, end = lo + r.start("y"), lo + r.end("y")
    if r.group("about"):
        start = lo + r.start("about")
    if hit.calendar != "gregorian":
        second = patterns.FIND_YEAR.search(written) or re.search(r"\d+", written)
        if second is None or not 1 <= y <= int(second.group()):
            return None
        g, calendar = hijri.convert(y, 1, 1)
        if g is None:
            return None
        return Hit(start, end, "DATE", f"{g.year:04d}", mod, calendar, "range")
    if v.group("bc"):
        return Hit(start, end, "DATE", f"BC{y:04d}", mod, "gregorian", "range") if y >= int(
            v.group("y")) else None
    if re.search(patterns.GSUF + r"\s*$", written) and 1 <= y <= int(v.group("y")):
        return Hit(start, end, "DATE", f"{y:04d}", mod, "gregorian", "range")
    return None


def _merge(prev: Hit, hit: Hit, gap: str) -> Hit | None:
    """«يوم الخميس 28/02/1437 الموافق 10/12/2015», «25 شوال 1436 هـ الموافق 10 أغسطس 2015»."""
    if prev.type not in ("DATE", "TIME") or hit.type != "DATE" or _SAME_DATE.fullmatch(gap) is None:
        return None
    if not _FULL_DATE.fullmatch(hit.value) or "-W" in prev.value:
        return None
    weekday_only = prev.calendar == "gregorian" and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\w+)?",
                                                                  prev.value) is not None
    said_same = _WRITTEN_AS.search(gap) is not None
    if said_same and _FULL_DATE.fullmatch(prev.value.split("T")[0]):
        # the same date twice: keep the Gregorian one's value
        if len(prev.value.split("T")[0]) != len(hit.value):
            return None
        keep = hit if hit.calendar == "gregorian" or prev.calendar != "gregorian" else prev
        part = prev.value.split("T")[1] if "T" in prev.value else None
        value = keep.value if part is None or "T" in keep.value else f"{keep.value}T{part}"
        return Hit(prev.start, hit.end, "TIME" if "T" in value else "DATE", value, keep.mod,
                   keep.calendar, hit.kind)
    # a weekday and the date after it are one only on one line: «إلى يوم الثلاثاء المقبل» ending a
    # headline is no part of the dateline below it
    if weekday_only and len(hit.value) == 10 and prev.kind == "weekday" and "\n" not in gap:
        part = prev.value.split("T")[1] if "T" in prev.value else None
        value = hit.value if part is None else f"{hit.value}T{part}"
        return Hit(prev.start, hit.end, "TIME" if part else "DATE", value, None, hit.calendar,
                   hit.kind)
    return None


def _day(s: str) -> int:
    s = patterns.norm_key(s)
    if s.isdigit():
        return int(s)
    return patterns.ORDINALS.get(s, 0)


def _number(s: str) -> int | None:
    n = parse_number(s)
    return int(n) if isinstance(n, (int, float)) and float(n).is_integer() else None
