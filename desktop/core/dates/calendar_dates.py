"""Dates on the Gregorian calendar: numeric dates (31/12/2019), day + month (+ year), a day
of the current month («15 الجاري»), quarters and halves of a year, months, years (and
Hijri years written with هـ) and seasons; decades, centuries and millennia are in eras.py.
"""

from __future__ import annotations

import datetime
import re

from . import hijri, patterns, reference, resolve
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
from .gazetteer import PLACES

_YEAR_PREP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|ب|ل)\s*$")
# «(توفي 1465)», «(ولد 1812)»: a year right after born/died in a biography line
# «رؤية 2030», «خطة دبي الاستراتيجية 2015», «مونديال 2022»: a year naming a plan or an event
_NAME_BEFORE_YEAR = re.compile(
    r"(?<!\w)[وفبل]?(?:رؤيه|خطه|استراتيجيه|الاستراتيجيه|اجنده|مونديال|اكسبو|اولمبياد|دوره|بطوله|موسم"
    r"|انتخابات|ميزانيه|موازنه"
    # a document or an event named by its year: «دستور 1973», «حرب 1967», «ثورة 1919»
    r"|دستور|ثوره|حرب|نكسه|نكبه|انتفاضه|اتفاقيه|اتفاق|معاهده|ميثاق|مؤتمر|قمه|احداث|تعداد"
    r"|احصاء|مجلس|برلمان|كاس\s+\w+|بطوله\s+\w+"
    # an exam or a school year named by its year: «الثانوية العامة 2026», «الشهادة الإعدادية 2026»
    r"|(?:الشهاده|شهاده)\s+\w+|الثانويه\s+العامه|الثانويه|البكالوريا|الباكالوريا|التوجيهي|الثالث\s+الثانوي"
    r"|امتحانات|العام\s+الدراسي)\s*$")  # «مجلس 2022», «كأس العالم 2026»
# «كأس العالم FIFA قطر 2022», «انتفاضة آذار المجيدة 1991», «معرض الكتاب الدولي 2023»: an
# event's name with up to three words (no preposition) between it and its year
_EVENT_WORDS_BEFORE_YEAR = re.compile(
    r"(?<!\w)[وفبل]?(?:كاس|بطوله|مونديال|اولمبياد|دوره|مهرجان|معرض|ثوره|انتفاضه|حرب|احداث)"
    r"(?:[^\S\n]+(?!(?:في|من|علي|الي|عن|منذ|عام|سنه|حتي)(?!\w))[^\s\d.،,:؛()]+){1,3}[^\S\n]*$")
# «بيروت 1950», «القاهرة، ١٩٤٧», «ولد في بغداد 1945»: a place, then the year (a bibliography line)
_PLACE_BEFORE_YEAR = re.compile(
    r"(?<!\w)[وفب]?(?:" + "|".join(PLACES) + r")[^\S\n]*[،,]?[^\S\n]*$")
_PLACE_YEAR_AFTER = re.compile(r"[^\S\n]*(?:[.،,؛:)\-–]|و(?:[^\S\n]|\()|\n|$)")
# the Gregorian half of a date written in both calendars: «132 هـ / 750 م», «هـ / 662 - 750 م»
_HIJRI_PAIR_BEFORE = re.compile(r"\d\s*(?:ه|هجري)\s*[/=،,]\s*(?:\d{1,4}\s*[-–]\s*)?$")
_DIGIT_DAY = re.compile(r"(?:ال\s*)?\d")
_CIRCA_BEFORE = re.compile(r"(?<![A-Za-z])(?:c|ca|circa)\.?\s*$")
_LIFE_BEFORE = re.compile(r"(?<!\w)(?:توفي|توفيت|ولد|ولدت|ت\.?)\s*$")


_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!ال)\w+ا|" + "|".join(sorted(patterns.COUNTED_NOUNS, key=len, reverse=True)) + r")(?!\w)"
)


_YEAR_RANGE_AFTER = re.compile(r"\s*(?:[-–]|الي|حتي)\s*(?P<y>\d{4})(?!\d)")


_YEAR_RANGE_BEFORE = re.compile(
    r"(?:(?P<y>\d{4})|عامي|سنتي|سنوات|اعوام)\s*[)]?\s*(?:[-–/]|و|الي|حتي|او)\s*$")
# a year alone in brackets, after a name or a title: «فرانز (1920)»; not after a count
_COUNT_BEFORE = re.compile(
    r"(?<!\w)(?:عدد|عدده|عددهم|بلغ|بلغت|الي|نحو|حوالي|رقم|بنسبه|مبلغ|قيمه|بقيمه|مجموع|اجمالي)\s*\(?\s*$"
    # «عدد النتائج ( 1937 )», «مجموع الأصوات (1520)»: a count of the noun after it
    r"|(?<!\w)(?:عدد|مجموع|اجمالي)[^\S\n]+ال\w+[^\S\n]*:?[^\S\n]*\(?[^\S\n]*$")
# «1948: قيام…», «1962 - الاستقلال»: a year opening a line of a chronology
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[-–•*][^\S\n]*)?$")
_QUOTE_BEFORE = re.compile(r"[\"”»][^\S\n]*$")  # a title in quotes, its year after it
_LIST_GAP = re.compile(r"[^\S\n]*[،,][^\S\n]*(?:و[^\S\n]*)?|[^\S\n]+و[^\S\n]*")
_DUAL_SEASONS = re.compile(r"(?<!\w)فصلي\s+ال\w+\s+و$")  # the second of «فصلي الشتاء والربيع»
# «تنتقل البلاد من الصيف إلى الشتاء»: two seasons as the ends of a passage of time
_SEASON_WORDS = "|".join(sorted(patterns.SEASONS, key=len, reverse=True))
_SEASON_RANGE_AFTER = re.compile(rf"\s+(?:الي|حتي)\s+ال(?:{_SEASON_WORDS})(?!\w)")
_SEASON_RANGE_BEFORE = re.compile(rf"(?<!\w)[وف]?من\s+ال(?:{_SEASON_WORDS})\s+(?:الي|حتي)\s+$")
_FROM_BEFORE = re.compile(r"(?<!\w)[وف]?من\s+$")
_PUNCT_AFTER = re.compile(r"[^\S\n]*(?:[:\-–—.،,؛)]|$)")


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
        if not m.group("year_word") or _SHORT_RANGE_AFTER.match(ctx.text, m.end("year")):
            return _short_first_year(ctx, y, m.start("year"), m.end("year"))
        # «منذ عام 98،»: a year of the century before the dct's unless it has not come yet
        now = ctx.dct.year if ctx.dct is not None else 2029
        full = now // 100 * 100 + y if y <= now % 100 else (now // 100 - 1) * 100 + y
        return Hit(m.start("year"), m.end("year"), "DATE", f"{full:04d}", mod)
    if len(m.group("year_digits")) < 4:  # «سنة 622 م»: a short year needs عام/سنة
        if not 1 <= y or not (m.group("year_word") or (
                suf and _HIJRI_PAIR_BEFORE.search(text_before(ctx, m.start("year"), 20)))):
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
        ok = 1000 <= y <= 2100 and _COUNT_BEFORE.search(text_before(ctx, m.start("year"))) is None
    elif _CIRCA_BEFORE.search(text_before(ctx, m.start("year"))):
        ok, mod = 1 <= y <= 2100, "APPROX"  # «(c. 1240 — c. 1302)»
    else:
        ok = _bare_year(ctx, y, m.start("year"), end)
    if not ok:
        return None
    return Hit(m.start("year"), end, "DATE", f"{y:04d}", mod)


def _bare_year(ctx: Ctx, y: int, start: int, end: int) -> bool:
    """A four-digit number alone is a year after في، منذ، حتى… (1900–2100, or any year from
    1000 when the clause ends after it), in a range of years, or opening a line."""
    if ctx.lenient:
        return 1000 <= y <= 2100
    before = text_before(ctx, start)
    if not 1000 <= y <= 2100:
        return False
    if 1900 <= y and (_YEAR_PREP_BEFORE.search(before) is not None
                      and _COUNTED_AFTER.match(ctx.text, end) is None):
        return True
    if _YEAR_PREP_BEFORE.search(before) is not None and _PUNCT_AFTER.match(ctx.text, end):
        return True  # «في 1889.»
    if _LIFE_BEFORE.search(before) is not None or (
            (_NAME_BEFORE_YEAR.search(before) or _EVENT_WORDS_BEFORE_YEAR.search(before))
            and _COUNTED_AFTER.match(ctx.text, end) is None):
        return True
    if (_PLACE_BEFORE_YEAR.search(before) or _QUOTE_BEFORE.search(before)) and (
            _PLACE_YEAR_AFTER.match(ctx.text, end)):
        return True  # «بيروت 1950.», «"حياة محمد" 1935،»; not «بيروت 1500 من النازحين»
    ref = ctx.ref
    if (ref.written and ref.month is None and ref.year is not None and 0 <= ref.end <= start
            and _LIST_GAP.fullmatch(ctx.text, ref.end, start) and abs(y - ref.year) < 200
            and _COUNTED_AFTER.match(ctx.text, end) is None):
        return True  # «أعوام 1945، 1948، 1951»: the years after the first of a list
    r = _YEAR_RANGE_BEFORE.search(before)
    if r is not None and (1900 <= y or _years_range(r.group("y"), y)):
        return True
    r = _YEAR_RANGE_AFTER.match(ctx.text, end)
    if r is not None and (1900 <= y or _years_range(y, r.group("y"))):
        return True
    if _short_range_start(before, y) and _PUNCT_AFTER.match(ctx.text, end):
        return True  # the second year of «69 - 1972،»
    if 1400 <= y and _citation_line(ctx.text, start) and _CITATION_AFTER.match(ctx.text, end):
        return True  # «Riv. Coloniale، 1923.», «(بادوا 1912)», «dal 1510 al 1856»
    return _LINE_START.search(ctx.text, max(0, start - 8), start) is not None and bool(
        _PUNCT_AFTER.match(ctx.text, end))


# a line of a bibliography: a word in Latin letters on it; the year ends an item or a part
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_CITATION_AFTER = re.compile(r"[^\S\n]*(?:[.،,؛:)\]]|\n|$|[A-Za-z]|(?:في|فى|ص|ج|جـ)(?!\w))")


def _citation_line(text: str, i: int) -> bool:
    """A line in both scripts (a foreign title cited in an Arabic page), not a line of English."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    return (_LATIN_WORD.search(text, start, end) is not None
            and _ARABIC_WORD.search(text, start, end) is not None)


_SHORT_RANGE_AFTER = re.compile(r"[^\S\n]*[-–]?[^\S\n]*(?P<y>\d{4})(?!\d)(?=[^\S\n]*(?:م(?!\w))?[^\S\n]*(?:[.،,؛:)]|\n|$))")
_SHORT_RANGE_BEFORE = re.compile(r"(?<![\d/\-.])(?P<s>\d{2})[^\S\n]*[-–]?[^\S\n]*$")


def _short_first_year(ctx: Ctx, yy: int, start: int, end: int) -> Hit | None:
    """«أقام فيها 69 ـــــ 1972،»: the first year of a range written with two digits, in the
    century of the second (the tatweel dash folds away)."""
    r = _SHORT_RANGE_AFTER.match(ctx.text, end)
    if r is None or _COUNT_BEFORE.search(text_before(ctx, start)) or re.search(
            r"(?<!\w)(?:المادة|الماده|رقم|بنسبة|بنسبه|نسبة|نسبه|الفقرة|الفقره|البند)\s*$", text_before(ctx, start)):
        return None  # «بنسبة 20 - 2021»: a count, not a year
    y2 = int(r.group("y"))
    y = y2 // 100 * 100 + yy
    return Hit(start, end, "DATE", f"{y:04d}", None) if 0 < y2 - y <= 30 else None


def _short_range_start(before: str, y: int) -> bool:
    r = _SHORT_RANGE_BEFORE.search(before)
    return r is not None and 0 < y - (y // 100 * 100 + int(r.group("s"))) <= 30


def _years_range(a: int | str | None, b: int | str | None) -> bool:
    """«1542-1546»: two years of a range, the second after the first and not centuries off."""
    if a is None or b is None:
        return False
    a, b = int(a), int(b)
    return 1000 <= a < b <= 2100 and b - a < 200


_NAME_AFTER = re.compile(r"[^\S\n]+(?!و|ال|من|حتي|الي|عام|سنه|\d)\w")
