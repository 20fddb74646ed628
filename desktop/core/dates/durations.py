"""Durations («ثلاثة أيام», «أكثر من أسبوعين»), the last or next N units («الأشهر الستة
الأخيرة») and recurrences (SET: «كل أسبوع», «يوميا», «يوم الجمعة من كل أسبوع»).
"""

from __future__ import annotations

import re

from . import patterns, resolve
from .context import Ctx, Hit, text_before
from .numbers import duration_hit, parse_number, parse_numunit

_DUR_CONTEXT = re.compile(
    r"(?<!\w)[وف]?(?:منذ|خلال|لمده|مده|طوال|طيله|غضون|قرابه|لنحو|نحو|لاكثر\s+من|لاقل\s+من|"
    r"استمر|استمرت|دام|دامت|يستمر|تستمر|لفتره|فتره|قبل|بعد|ل|ب|حتي|مدي|مدار)\s*$"
)


_LATE_AFTER = re.compile(r"\s+(?:متاخره|مبكره|متقدمه)(?!\w)")


def duration(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("duration_amount")
    q = m.group("duration_quantifier")
    unit, n, gnum, explicit = parse_numunit(nu)
    if gnum == "sg" and not explicit and _LATE_AFTER.match(ctx.text, m.end("duration")):
        return None  # «حتى ساعة متأخرة من الليل»: a late hour, not an hour long
    if not explicit and not q and not ctx.lenient:
        if gnum == "sg" and patterns.norm_key(nu) in patterns.WEAK_SINGULAR_UNITS - {"عام", "عاما"}:
            return None
        if _DUR_CONTEXT.search(text_before(ctx, m.start("duration"))) is None:
            return None
    if explicit and isinstance(n, int) and n >= 1000 and unit == "Y":
        return None
    return duration_hit(m.start("duration"), m.end("duration"), nu, q, bool(m.group("duration_approx")))


def last_period(m: re.Match, ctx: Ctx) -> Hit | None:
    if patterns.norm_key(m.group("last_period")) in patterns.PREP_VAGUE_REFS and re.search(
        r"(?<!\w)(?:في|حتي|منذ|الي)\s$", text_before(ctx, m.start("last_period"))
    ):
        return None  # «في الأيام المقبلة»: a vague reference (see vague), not a duration
    unit, gnum = patterns.UNITS[patterns.norm_key(m.group("last_period_unit"))]
    n: int | float | None
    if m.group("last_period_digits"):
        n = parse_number(m.group("last_period_digits"))
    elif m.group("last_period_count"):
        n = parse_number(patterns.norm_key(m.group("last_period_count"))[2:])
    elif gnum == "du":
        n = 2
    elif gnum == "sg":
        return None
    else:
        n = None
    return Hit(m.start("last_period"), m.end("last_period"), "DURATION", resolve.duration(unit, n), None)


def recurrence(m: re.Match, ctx: Ctx) -> Hit | None:
    s, e = m.start("recurrence"), m.end("recurrence")
    if m.group("recurrence_adverb"):
        return Hit(s, e, "SET", patterns.SET_ADVERBS[patterns.norm_key(m.group("recurrence_adverb"))], None)
    if m.group("recurrence_weekday"):
        w = patterns.norm_key(m.group("recurrence_weekday"))
        wd = patterns.WEEKDAYS.get(w) or patterns.WEEKDAYS["ال" + w]
        return Hit(s, e, "SET", f"XXXX-WXX-{wd}", None)
    unit, gnum = patterns.UNITS[patterns.norm_key(m.group("recurrence_unit"))]
    n: int | float | None = 2 if gnum == "du" else 1
    if m.group("recurrence_count"):
        n = parse_number(m.group("recurrence_count"))
    return Hit(s, e, "SET", resolve.duration(unit, n), None)
