"""Dates on the Hijri calendar: day + Hijri month (+ year), a Hijri month (+ year), and the
Hijri holidays («عيد الأضحى», «يوم عرفة»); values are Gregorian, `calendar` is "hijri".
"""

from __future__ import annotations

import re

from . import hijri, holidays, patterns, resolve
from .context import Ctx, Hit, day_num, mod_of, noun_ordinal, part_of, rel_of, weak_ok


def _hijri_hit(start: int, end: int, y: int | None, mo: int, d: int | None,
               mod: str | None, ctx: Ctx, rel: int | None) -> Hit:
    if y is None:
        y = hijri.year_of_month(mo, rel, ctx.dct)
        if y is None and rel is None and ctx.dct is None:
            y = ctx.ref.hijri_year  # a text with no dct: the Hijri year it last wrote
    else:
        ctx.ref.hijri_year = y
    if y is None:
        value = resolve.ymd(None, 0, 0) if d else resolve.ymd(None, 0)
        return Hit(start, end, "DATE", value, mod, "hijri")
    g, calendar = hijri.convert(y, mo, d or 1)
    if g is None:
        value = "XXXX-XX-XX" if d else "XXXX-XX"
    else:
        value = g.isoformat() if d else resolve.ymd(g.year, g.month)
    return Hit(start, end, "DATE", value, mod, calendar)


def hijri_date(m: re.Match, ctx: Ctx) -> Hit | None:
    d = day_num(m.group("hijri_date_day"))
    if not 1 <= d <= 30 or noun_ordinal(m, ctx, "hijri_date"):
        return None
    mo = patterns.HIJRI_MONTHS[patterns.norm_key(patterns.FIND_HMONTH.search(m.group("hijri_date_month")).group())]
    if m.group("hijri_date_slash") and not m.group("hijri_date_year"):
        return None  # «1/ صفر» is a score; «7/ رجب / 1430» has its year
    y = None
    if m.group("hijri_date_year"):
        y = int(patterns.FIND_HYEAR.search(m.group("hijri_date_year")).group())
        if y > 1600:
            return None
    hit = _hijri_hit(m.start("hijri_date"), m.end("hijri_date"), y, mo, d, None, ctx, rel_of(m.group("hijri_date_rel")))
    part = part_of(m.group("hijri_date_part"))
    if part:
        return hit._replace(type="TIME", value=f"{hit.value}T{part}")
    return hit


def hijri_month(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = mod_of(m.group("hijri_month_mod"))
    rel = rel_of(m.group("hijri_month_rel"))
    ys = m.group("hijri_month_year")
    mo = patterns.HIJRI_MONTHS[patterns.norm_key(patterns.FIND_HMONTH.search(m.group("hijri_month_name")).group())]
    strong = mod or m.group("hijri_month_shahr") or ys or rel is not None
    # «صفر» is zero far more often than the month: «إلى صفر» needs more than a preposition
    if not (strong or (mo != 2 and weak_ok(m, ctx, "hijri_month")) or (mo == 2 and ctx.lenient)):
        return None
    y = None
    if ys:
        y = int(patterns.FIND_HYEAR.search(ys).group())
        if y > 1600:
            # «رمضان 2026»: the Hijri month that begins in that Gregorian year
            y = _hijri_year_of_month_in(mo, y) if 1900 <= y <= 2100 and not re.search(
                patterns.HSUF, ys) else None
            if y is None:
                return None
    return _hijri_hit(m.start("hijri_month"), m.end("hijri_month"), y, mo, None, mod, ctx, rel)


def _hijri_year_of_month_in(month: int, gregorian_year: int) -> int | None:
    """The Hijri year whose `month` begins in `gregorian_year` (the first, when two do)."""
    guess = round((gregorian_year - 622) * 33 / 32)
    for y in range(guess - 2, guess + 3):
        g = hijri.to_gregorian(y, month, 1)
        if g is not None and g.year == gregorian_year:
            return y
    return None


def holiday(m: re.Match, ctx: Ctx) -> Hit | None:
    """«عيد الأضحى», «عيد الفطر المقبل», «عيد الفطر لعام 1440»: a Hijri holiday."""
    if m.group("holiday_eid"):
        return _the_feast(m, ctx)
    name = patterns.norm_key(m.group("holiday_name"))
    y = None
    if m.group("holiday_year"):
        y = int(patterns.FIND_YEAR.search(m.group("holiday_year")).group())
    if name in patterns.GREGORIAN_HOLIDAYS:  # «عيد العمال», «عيد الفصح»
        if y is not None and not 1000 <= y <= 2200:
            return None
        value = holidays.gregorian_holiday(patterns.GREGORIAN_HOLIDAYS[name], y,
                                          rel_of(m.group("holiday_rel")), ctx.dct)
        return Hit(m.start("holiday"), m.end("holiday"), "DATE", value, None)
    mo, d = patterns.HIJRI_HOLIDAYS[name]
    g = hijri.holiday(mo, d, y, rel_of(m.group("holiday_rel")), ctx.dct)
    value = g.isoformat() if g else "XXXX-XX-XX"
    return Hit(m.start("holiday"), m.end("holiday"), "DATE", value, None, "hijri")


_NAMED_FEAST = re.compile(r"(?<!\w)[وفبل]?(?P<name>عيد\s+(?:الفطر|الاضحي)|العيد\s+(?:الكبير|الصغير))(?!\w)")
_FEASTS = {"عيد الفطر": (10, 1), "العيد الصغير": (10, 1), "عيد الاضحي": (12, 10),
           "العيد الكبير": (12, 10)}


def _the_feast(m: re.Match, ctx: Ctx) -> Hit | None:
    """«العيد» alone: the feast named nearest to it in the text («… خلال العيد» then «أيام عيد
    الفطر»), else the feast within ten days of the dct; else not tagged."""
    start, end = m.start("holiday"), m.end("holiday")
    named = [(abs(f.start() - start), f.group("name")) for f in _NAMED_FEAST.finditer(ctx.text)]
    if named:
        mo, d = _FEASTS[patterns.norm_key(min(named)[1])]
        g = hijri.holiday(mo, d, None, None, ctx.dct)
        return Hit(start, end, "DATE", g.isoformat() if g else "XXXX-XX-XX", None, "hijri")
    if ctx.dct is None:
        return None
    for mo, d in ((10, 1), (12, 10)):
        g = hijri.holiday(mo, d, None, None, ctx.dct)
        if g is not None and abs((g - ctx.dct).days) <= 10:
            return Hit(start, end, "DATE", g.isoformat(), None, "hijri")
    return None
