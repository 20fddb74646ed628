"""Dates on the Gregorian calendar: numeric dates (31/12/2019), day + month (+ year), a day
of the current month («15 الجاري»), quarters and halves of a year, months, years (and
Hijri years written with هـ) and seasons; decades, centuries and millennia are in eras.py.
"""

from __future__ import annotations

import datetime
import re

from . import hijri, patterns, reference, resolve
from .bare_years import (
    CIRCA_BEFORE,
    COUNT_BEFORE,
    HIJRI_PAIR_BEFORE,
    SHORT_RANGE_AFTER,
    bare_year,
    chronology_line,
    short_first_year,
)
from .context import (
    Ctx,
    Hit,
    day_num,
    is_father,
    mod_of,
    month_of,
    noun_ordinal,
    part_of,
    rel_of,
    text_before,
    weak_ok,
    with_part,
    year_of,
)

_DUAL_SEASONS = re.compile(r"(?<!\w)فصلي\s+ال\w+\s+و$")  # the second of «فصلي الشتاء والربيع»
# «تنتقل البلاد من الصيف إلى الشتاء»: two seasons as the ends of a passage of time
_SEASON_WORDS = "|".join(sorted(patterns.SEASONS, key=len, reverse=True))
_SEASON_RANGE_AFTER = re.compile(rf"\s+(?:الي|حتي)\s+ال(?:{_SEASON_WORDS})(?!\w)")
_SEASON_RANGE_BEFORE = re.compile(rf"(?<!\w)[وف]?من\s+ال(?:{_SEASON_WORDS})\s+(?:الي|حتي)\s+$")
_FROM_BEFORE = re.compile(r"(?<!\w)[وف]?من\s+$")
_DIGIT_DAY = re.compile(r"(?:ال\s*)?\d")


def numeric_date(m: re.Match, ctx: Ctx) -> Hit | None:
    if m.group("numeric_date_dm_d"):
        d, mo = int(m.group("numeric_date_dm_d")), int(m.group("numeric_date_dm_m"))
        if not 1 <= mo <= 12 or not 1 <= d <= 31:
            return None
        y = resolve.month_year(mo, rel_of(m.group("numeric_date_dm_rel")), ctx.dct)
        return Hit(m.start("numeric_date"), m.end("numeric_date"), "DATE", resolve.ymd(y, mo, d), None)
    if m.group("numeric_date_iso_year"):
        y, mo, d = int(m.group("numeric_date_iso_year")), int(m.group("numeric_date_iso_month")), int(m.group("numeric_date_iso_day"))
    elif m.group("numeric_date_sp_d"):
        d, mo, y = int(m.group("numeric_date_sp_d")), int(m.group("numeric_date_sp_m")), int(m.group("numeric_date_sp_y"))
    else:
        d, mo, y = int(m.group("numeric_date_first")), int(m.group("numeric_date_second")), int(m.group("numeric_date_year"))
        if mo > 12 and d <= 12:  # 12/31/2019
            d, mo = mo, d
    if m.group("numeric_date_hijri") or 1300 <= y <= 1500:
        # «1/1/1385ه», «28/02/1437»: a Hijri date (no Gregorian date is written that way)
        g, calendar = hijri.convert(y, mo, d)
        value = "XXXX-XX-XX" if g is None else g.isoformat()
        return Hit(m.start("numeric_date"), m.end("numeric_date"), "DATE", value, None, calendar)
    if not 1000 <= y <= 2200 or not resolve.valid_day(y, mo, d):
        return None
    return Hit(m.start("numeric_date"), m.end("numeric_date"), "DATE", resolve.ymd(y, mo, d), None)


def _gregorian_day(y: int | None, mo: int, d: int, rel: int | None, ctx: Ctx,
                   start: int = 0, end: int = 0) -> str:
    if y is None and rel is None:
        tense = reference.clause_tense(ctx.text, start, end) if ctx.dct is not None else None
        y = reference.anchor_year(ctx.ref, ctx.text, start, ctx.dct, tense)
        if y is None and ctx.dct is not None:
            y = resolve.day_month_year(mo, d, ctx.dct, tense)
    if y is None and ctx.dct is None and rel and ctx.ref.year is not None and ctx.ref.month:
        # a narrative: «… 12 يونيو 2023 … تبدأ 12 يونيو المقبل» is read against the last
        # date mentioned, which may be the same day said again
        y = ctx.ref.year
        here, there = (mo, d), (ctx.ref.month, ctx.ref.day or 1)
        if rel > 0 and here < there:
            y += 1
        elif rel < 0 and here > there:
            y -= 1
    if y is None and ctx.dct is not None:
        y = ctx.dct.year
        if rel is not None and rel != 0 and resolve.valid_day(y, mo, d):
            cand = datetime.date(y, mo, d)
            if rel < 0 and cand >= ctx.dct:
                y -= 1
            elif rel > 0 and cand <= ctx.dct:
                y += 1
    return resolve.ymd(y, mo, d)


def calendar_date(m: re.Match, ctx: Ctx) -> Hit | None:
    d = day_num(m.group("calendar_date_day"))
    if noun_ordinal(m, ctx, "calendar_date"):
        return None
    mo, _weak = month_of(m.group("calendar_date_month"))
    y, yrel, _ = year_of(m.group("calendar_date_year"), ctx)
    if is_father(ctx, m.start("calendar_date_month"), m.group("calendar_date_month")) and not (
            y is not None and _DIGIT_DAY.match(m.group("calendar_date_day"))):
        return None  # «13 أب 2025»: a day and a year make «أب» the month, written without madda
    if m.group("calendar_date_year") and y is not None and not (
            1000 <= y <= 2200 or (y >= 1 and re.search(patterns.GSUF + "$", m.group("calendar_date_year")))):
        return None
    if not mo or not resolve.valid_day(y, mo, d):
        return None
    rel = rel_of(m.group("calendar_date_rel"))
    if not m.group("calendar_date_year") and not resolve.valid_day(None, mo, d):
        return None
    value = _gregorian_day(y, mo, d, rel, ctx, m.start("calendar_date"), m.end("calendar_date"))
    typ, value = with_part(value, part_of(m.group("calendar_date_part")))
    return Hit(m.start("calendar_date"), m.end("calendar_date"), typ, value, None)


def day_of_month(m: re.Match, ctx: Ctx) -> Hit | None:
    d = day_num(m.group("day_of_month_day"))
    if noun_ordinal(m, ctx, "day_of_month"):
        return None
    if m.group("day_of_month_every"):  # «الخامس من كل شهر»
        if not 1 <= d <= 31:
            return None
        return Hit(m.start("day_of_month"), m.end("day_of_month"), "SET", resolve.ymd(None, 0, d), None)
    rel = rel_of(m.group("day_of_month_rel")) or 0
    if ctx.dct is None:
        value = resolve.ymd(None, 0, d) if 1 <= d <= 31 else None
    else:
        y, mo = resolve.shift_month(ctx.dct.year, ctx.dct.month, rel)
        value = resolve.ymd(y, mo, d) if resolve.valid_day(y, mo, d) else None
    if value is None:
        return None
    typ, value = with_part(value, part_of(m.group("day_of_month_part")))
    return Hit(m.start("day_of_month"), m.end("day_of_month"), typ, value, None)


def quarter_half(m: re.Match, ctx: Ctx) -> Hit | None:
    ys = m.group("quarter_half_year") or m.group("quarter_half_year2")
    alone = m.group("quarter_half_alone") is not None
    if alone and m.group("quarter_half_kind") != "ربع":
        return None  # «النصف الثاني» alone is a half of anything (a match, a book)
    y, _, _ = year_of(ys, ctx)
    if alone:  # «للربع الثاني»: the quarter of the year in hand
        y = reference.anchor_year(ctx.ref, ctx.text, m.start("quarter_half"), ctx.dct)
    if y is None and ctx.dct is not None:
        y = ctx.dct.year
    order = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
    o = m.group("quarter_half_order")
    kind = "Q" if m.group("quarter_half_kind") == "ربع" else "H"
    n = order.get(o, 4 if kind == "Q" else 2)
    if kind == "H" and n > 2:
        return None
    return Hit(m.start("quarter_half"), m.end("quarter_half"), "DATE", f"{resolve.ymd(y)}-{kind}{n}", None)


# a weak month word in a list of months («(اب، أيلول)», «تموز وآب») or naming an event
# («انتفاضة آذار», «ثورة تموز»: the month the event is known by)
_MONTH_IN_LIST_AFTER = re.compile(rf"[^\S\n]*(?:[،,/\-–]|و)[^\S\n]*(?:و[^\S\n]*)?{patterns.MONTH1}")
_MONTH_IN_LIST_BEFORE = re.compile(rf"{patterns.MONTH1}[^\S\n]*(?:[،,/\-–]|و)[^\S\n]*(?:و[^\S\n]*)?$")
_EVENT_BEFORE_MONTH = re.compile(r"(?<!\w)[وفبل]?(?:ثوره|انتفاضه|حرب|احداث|انقلاب|حركه|مجزره|نكسه)\s+$")

_PAY_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:راتب|رواتب|مرتب|مرتبات|اجور|مستحقات|منحه)\s+(?:ل?شهر\s+)?$")
_EVENT_YEAR_AFTER = re.compile(r"(?:[^\S\n]+ال\w+){0,2}[^\S\n]+(?:(?:في[^\S\n]+)?(?:ال)?(?:عام|سنه)[^\S\n]+)?"
                               r"(?P<y>\d{4})(?!\d)")


def month(m: re.Match, ctx: Ctx) -> Hit | None:
    mo, weak = month_of(m.group("month_name"))
    if not mo or is_father(ctx, m.start("month_name"), m.group("month_name")):
        return None
    mod = mod_of(m.group("month_mod"))
    rel = rel_of(m.group("month_rel"))
    ys = m.group("month_year")
    if patterns.norm_key(m.group("month_name")) in patterns.MONTH_TYPOS and not (
            ys and re.search(r"\d{4}", ys)):
        return None  # a misspelt month needs its year written (or a day: calendar_date)
    if weak and not (mod or m.group("month_shahr") or ys or rel is not None):
        if not (weak_ok(m, ctx, "month") or _MONTH_IN_LIST_AFTER.match(ctx.text, m.end("month"))
                or _MONTH_IN_LIST_BEFORE.search(text_before(ctx, m.start("month")))
                or _EVENT_BEFORE_MONTH.search(text_before(ctx, m.start("month")))):
            return None
        if patterns.norm_key(m.group("month_name")) == "ماي" and _NAME_AFTER.match(
                ctx.text, m.end("month")):
            return None  # «من ماي كويستل»: Mae, a given name
    y, _, _ = year_of(ys, ctx)
    if ys and y is not None and not (1000 <= y <= 2200 or (y >= 1 and re.search(patterns.GSUF + "$", ys))):
        return None
    start, end = m.start("month"), m.end("month")
    if y is None and not ys and _EVENT_BEFORE_MONTH.search(text_before(ctx, start)):
        later = _EVENT_YEAR_AFTER.match(ctx.text, end)  # «انتفاضة آذار المجيدة 1991»
        y = int(later.group("y")) if later else None
    if y is None and not ys:
        tense = None
        if rel is None and ctx.dct is not None and _PAY_BEFORE.search(text_before(ctx, start)):
            # «سيتم إرسال راتب شهر تموز»: a month's pay is for the month of that name nearest
            # the dct, whatever the tense
            off = mo - ctx.dct.month
            y = ctx.dct.year + (1 if off < -6 else -1 if off > 6 else 0)
        elif rel is None:
            tense = reference.clause_tense(ctx.text, start, end) if ctx.dct is not None else None
            y = reference.anchor_year(ctx.ref, ctx.text, start, ctx.dct, tense)
        elif ctx.dct is None and rel and ctx.ref.year is not None and ctx.ref.month:
            # a narrative: «أكتوبر الماضي» after «في شهر كانون الثاني 2017»
            y = ctx.ref.year + (1 if rel > 0 and mo < ctx.ref.month else
                                -1 if rel < 0 and mo > ctx.ref.month else 0)
        if y is None:
            y = resolve.month_year(mo, rel, ctx.dct, mod, tense)
    return Hit(start, end, "DATE", resolve.ymd(y, mo), mod)


def season(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = mod_of(m.group("season_mod"))
    s = patterns.norm_key(m.group("season_name"))
    has_al = s.startswith("ال")
    season = patterns.SEASONS[s[2:] if has_al else s]
    rel = rel_of(m.group("season_rel"))
    if m.group("season_year"):
        y: int | None = int(patterns.FIND_YEAR.search(m.group("season_year")).group())
    elif m.group("season_rel_year"):
        y, _, _ = year_of(m.group("season_rel_year"), ctx)
    elif rel is not None:
        if not has_al:
            return None
        y = resolve.season_year(season, rel, ctx.dct)
    elif m.group("season_fasl") or ((mod or m.group("season_this") or ctx.lenient or _DUAL_SEASONS.search(
            text_before(ctx, m.start("season"), 20)) or _season_range(m, ctx)) and has_al):
        y = None if m.group("season_this") else reference.anchor_year(
            ctx.ref, ctx.text, m.start("season"), ctx.dct)
        if y is None:
            y = resolve.season_year(season, None, ctx.dct)
    else:
        return None
    return Hit(m.start("season"), m.end("season"), "DATE", f"{resolve.ymd(y)}-{season}", mod)


def _season_range(m: re.Match, ctx: Ctx) -> bool:
    before = text_before(ctx, m.start("season"), 30)
    return bool((_FROM_BEFORE.search(before) and _SEASON_RANGE_AFTER.match(ctx.text, m.end("season")))
                or _SEASON_RANGE_BEFORE.search(before))


def year(m: re.Match, ctx: Ctx) -> Hit | None:
    y = int(m.group("year_digits"))
    mod = mod_of(m.group("year_mod"))
    suf = m.group("year_suffix") or m.group("year_suffix2") or ""
    is_hijri = bool(suf) and patterns.FIND_HSUF.fullmatch(suf) is not None
    after = ctx.text[m.end("year") : m.end("year") + 3]
    if re.match(r"\s*%|[.,]\d", after):
        return None
    if m.group("year_approx") and is_hijri:
        mod = "APPROX"  # «في حدود سنة 560هـ»
    if m.group("year_bc") or m.group("year_bc2"):  # «539 ق.م», «سنة 3000 قبل الميلاد»
        if not 1 <= y <= 9999:
            return None
        mod = "APPROX" if m.group("year_approx") else mod
        return Hit(m.start("year"), m.end("year"), "DATE", f"BC{y:04d}", mod)
    if is_hijri:
        if not 1 <= y <= 1600:
            return None
        g, calendar = hijri.convert(y, 1, 1)
        value = "XXXX" if g is None else f"{g.year:04d}"
        ctx.ref.hijri_year = y
        return Hit(m.start("year"), m.end("year"), "DATE", value, mod, calendar)
    if len(m.group("year_digits")) == 2 and not suf and not m.group("year_bc"):
        if not m.group("year_word") or SHORT_RANGE_AFTER.match(ctx.text, m.end("year")):
            return short_first_year(ctx, y, m.start("year"), m.end("year"))
        # «منذ عام 98،»: a year of the century before the dct's unless it has not come yet
        now = ctx.dct.year if ctx.dct is not None else 2029
        full = now // 100 * 100 + y if y <= now % 100 else (now // 100 - 1) * 100 + y
        return Hit(m.start("year"), m.end("year"), "DATE", f"{full:04d}", mod)
    if len(m.group("year_digits")) < 4:  # «سنة 622 م»: a short year needs عام/سنة
        start = m.start("year")
        if (100 <= y and not suf and (start == 0 or ctx.text[start - 1] == "\n")
                and chronology_line(ctx.text, start)):
            return Hit(start, m.end("year"), "DATE", f"{y:04d}", mod)  # «680 – نهاية معركة…»
        if not 1 <= y or not (m.group("year_word") or (
                suf and HIJRI_PAIR_BEFORE.search(text_before(ctx, m.start("year"), 20)))):
            return None  # «400 م» is metres; «(41 - 132 هـ / 662 - 750 م)» years
        return Hit(m.start("year"), m.end("year"), "DATE", f"{y:04d}", mod)
    if m.group("year_approx"):
        mod = "APPROX"  # «نحو سنة (1950)»: about the year 1950, not a year long
    end = m.end("year")
    if m.group("year_word") or suf:
        ok = 1000 <= y <= 2200
    elif mod:
        ok = 1800 <= y <= 2100
    elif m.group("year_open"):
        ok = 1000 <= y <= 2100 and COUNT_BEFORE.search(text_before(ctx, m.start("year"))) is None
    elif CIRCA_BEFORE.search(text_before(ctx, m.start("year"))):
        ok, mod = 1 <= y <= 2100, "APPROX"  # «(c. 1240 — c. 1302)»
    else:
        ok = bare_year(ctx, y, m.start("year"), end)
    if not ok:
        return None
    return Hit(m.start("year"), end, "DATE", f"{y:04d}", mod)


_NAME_AFTER = re.compile(r"[^\S\n]+(?!و|ال|من|حتي|الي|عام|سنه|\d)\w")
