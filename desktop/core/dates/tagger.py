"""Finding temporal expressions: one scan of the folded text, one handler per kind.

A handler reads the groups of a match of `patterns.master()`, checks the context where a
word is ambiguous (مارس the verb, نيسان the car, 2500 جندي), and returns a `Hit` with
folded offsets and a TIMEX3 value resolved against the document date, or None.
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from . import hijri, patterns, resolve
from .fold import Folded


class Hit(NamedTuple):
    start: int  # folded offsets
    end: int
    type: str
    value: str
    mod: str | None
    calendar: str = "gregorian"


class Ctx(NamedTuple):
    text: str  # folded
    folded: Folded
    dct: datetime.date | None
    lenient: bool


_PREP_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:في|منذ|خلال|حتي|قبل|بعد|من|الي|طوال|طيله|غضون|مدي|حلول|اوائل|اواخر"
    r"|مطلع|منتصف|نهايه|بدايه|شهري|شهر)\s*|(?<!\w)[وف]?[بل])$"
)
_DUR_CONTEXT = re.compile(
    r"(?<!\w)[وف]?(?:منذ|خلال|لمده|مده|طوال|طيله|غضون|قرابه|لنحو|نحو|لاكثر\s+من|لاقل\s+من|"
    r"استمر|استمرت|دام|دامت|يستمر|تستمر|لفتره|فتره|قبل|بعد|ل|ب|حتي|مدي|مدار)\s*$"
)
_YEAR_PREP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|ب|ل)\s*$")
_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!ال)\w+ا|" + "|".join(sorted(patterns.COUNTED_NOUNS, key=len, reverse=True)) + r")(?!\w)"
)
# «الأسبوع الأول من أغسطس», «الجولة الثانية من…»: the ordinal belongs to the noun before
_ORD_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:الاسبوع|الاسابيع|اليوم|الايام|الشهر|الاشهر|العام|السنه|الساعه|النصف|الربع"
    r"|العقد|الجوله|المرحله|الدور|الفصل|الموسم|العدد|الدوره|الحلقه|الجزء|البند|المركز)\s*$"
)
# «من المقرر أن يصل الخميس», «ابتداء من الخميس»: a bare weekday in the future
_FUTURE_CUE = re.compile(
    r"(?<!\w)(?:سوف|المقرر|المتوقع|المنتظر|المرتقب|يعتزم|تعتزم|ابتداء|اعتبارا|بدءا|ابتداءا)"
    r"(?!\w)[^.،,؛!?؟\n]*$"
)
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:[-–]|الي|حتي)\s*\d{4}(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?:\d{4}|عامي|سنتي)\s*(?:[-–/]|و|الي|حتي|او)\s*$")
_AL_WORD_AFTER = re.compile(r"\s+(?:ال\w+|نفسه|ذاته|ذلك|الذي|التي)")
_FROM_AFTER = re.compile(r"\s+(?:من|علي|عن)(?!\w)")
_EVENT_AFTER = re.compile(r"\s+(?:من|علي)\s+(?!(?:الان|اليوم|الغد|تاريخه)(?!\w))")
_LATE_AFTER = re.compile(r"\s+(?:متاخره|مبكره|متقدمه)(?!\w)")
_FROM_NOW_AFTER = re.compile(r"\s+من\s+(?:الان|اليوم)(?!\w)")


def _before(ctx: Ctx, i: int, n: int = 24) -> str:
    return ctx.text[max(0, i - n) : i]


def _prep_before(ctx: Ctx, i: int) -> bool:
    return _PREP_BEFORE.search(_before(ctx, i)) is not None


def _month_of(s: str) -> tuple[int, bool]:
    """Month number of a (possibly paired) month phrase and whether it is a lone weak word."""
    names = [patterns.norm_key(m.group()) for m in patterns.FIND_MONTH.finditer(s)]
    if not names:
        return 0, False
    weak = len(names) == 1 and names[0] in patterns.WEAK_MONTHS and "(" not in s
    return patterns.MONTHS[names[0]], weak


def _year_of(s: str | None, ctx: Ctx) -> tuple[int | None, int | None, bool]:
    """(year, relative offset, known) of a year tail: « 2018», « من العام الماضي»."""
    if not s:
        return None, None, False
    m = patterns.FIND_YEAR.search(s)
    if m:
        return int(m.group()), None, True
    r = patterns.FIND_REL.search(s)
    rel = patterns.REL[patterns.norm_key(r.group())] if r else 0
    if ctx.dct is None:
        return None, rel, True
    return ctx.dct.year + rel, rel, True


def _rel(s: str | None) -> int | None:
    if not s:
        return None
    return patterns.REL.get(patterns.norm_key(s))


def _day_num(s: str) -> int:
    s = patterns.norm_key(s)
    if s.startswith("ال") and s[2:].strip().isdigit():  # «الـ15 من أغسطس»
        s = s[2:].strip()
    if s.isdigit():
        return int(s)
    return patterns.ORDINALS.get(s, 0)


def parse_number(s: str) -> int | float | None:
    """«خمسة وعشرين» -> 25, «3» -> 3, «عدة» -> None (vague)."""
    s = patterns.norm_key(s)
    if not s:
        return None
    if s[0].isdigit():
        try:
            v = float(s.replace(",", "."))
        except ValueError:
            return None
        return int(v) if v.is_integer() else v
    if s in patterns.VAGUE_NUMBERS:
        return None
    total = 0
    for tok in s.replace(" و ", " و").split():
        if tok.startswith("و") and tok[1:] in patterns.TENS:
            tok = tok[1:]
        if tok == "و":
            continue
        if tok in patterns.UNIT_NUMBERS:
            total += patterns.UNIT_NUMBERS[tok]
        elif tok in patterns.TEN_WORDS:
            total += 10
        elif tok in patterns.TENS:
            total += patterns.TENS[tok]
        elif tok in patterns.BIG_NUMBERS:
            big = patterns.BIG_NUMBERS[tok]
            total = total * big if total else big
        else:
            return None
    return total or None


def parse_numunit(s: str) -> tuple[str, int | float | None, str, bool]:
    """(unit, quantity, grammatical number, explicit count?) of «ثلاثة أيام», «يومين»,
    «عام ونصف» (1.5), «نصف ساعة» (0.5)…"""
    frac = patterns.FRAC_AT_END.search(s)
    if frac:
        unit, n, gnum, explicit = parse_numunit(s[: frac.start()])
        if n is not None:
            n = n + (0.5 if frac.group("f") == "نصف" else 0.25)
        return unit, n, gnum, explicit
    s = patterns.norm_key(s)
    if s.startswith(("نصف ", "ربع ")):
        unit, _ = patterns.UNITS[s.split()[1]]
        return unit, 0.5 if s.startswith("نصف") else 0.25, "sg", True
    units = list(patterns.FIND_UNIT.finditer(s))
    u = units[-1]
    unit, gnum = patterns.UNITS[patterns.norm_key(u.group("u"))]
    head = s[: u.start()].strip()
    if head.endswith("من"):
        head = head[:-2].strip()
    if head:
        return unit, parse_number(head), gnum, True
    if gnum == "du":
        return unit, 2, gnum, True
    if gnum == "sg":
        return unit, 1, gnum, "واحد" in s
    return unit, None, gnum, False


def _mod(s: str | None) -> str | None:
    return patterns.MODS.get(patterns.norm_key(s)) if s else None


def _part(s: str | None) -> str | None:
    return patterns.PART_OF_DAY.get(patterns.norm_key(s)) if s else None


def _with_part(value: str, part: str | None) -> tuple[str, str]:
    if part is None:
        return "DATE", value
    return "TIME", f"{value}T{part}"


# --- handlers -------------------------------------------------------------------------


def numeric_date(m: re.Match, ctx: Ctx) -> Hit | None:
    if m.group("numeric_date_iso_year"):
        y, mo, d = int(m.group("numeric_date_iso_year")), int(m.group("numeric_date_iso_month")), int(m.group("numeric_date_iso_day"))
    else:
        d, mo, y = int(m.group("numeric_date_first")), int(m.group("numeric_date_second")), int(m.group("numeric_date_year"))
        if mo > 12 and d <= 12:  # 12/31/2019
            d, mo = mo, d
    if not 1000 <= y <= 2200 or not resolve.valid_day(y, mo, d):
        return None
    return Hit(m.start("numeric_date"), m.end("numeric_date"), "DATE", resolve.ymd(y, mo, d), None)


def _day_date(ctx: Ctx, part: str | None, rel: int | None) -> str:
    if rel is not None and ctx.dct is not None:
        d = ctx.dct + datetime.timedelta(days=rel)
        return d.isoformat()
    return resolve.date_value(ctx.dct)


def clock_time(m: re.Match, ctx: Ctx) -> Hit | None:
    h = m.group("clock_time_hour") or m.group("clock_time_hour2")
    frac = m.group("clock_time_fraction") or m.group("clock_time_fraction2")
    part = m.group("clock_time_part") or m.group("clock_time_part2")
    hk = patterns.norm_key(h)
    if hk[0].isdigit():
        bits = re.split(r"[:.]", hk)
        hour, minute = int(bits[0]), int(bits[1]) if len(bits) > 1 else 0
    else:
        hour, minute = patterns.HOUR_WORDS[hk], 0
    if frac:
        minute = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20}[frac]
    if part:
        p = patterns.CLOCK_PART[patterns.norm_key(part)]
        if p == "PM" and hour < 12:
            hour += 12
        elif p == "AM" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    date = resolve.date_value(ctx.dct)
    if m.group("clock_time_weekday"):
        wd = patterns.WEEKDAYS[patterns.norm_key(m.group("clock_time_weekday"))]
        d = resolve.weekday_date(wd, None, ctx.dct)
        date = d.isoformat() if d else f"XXXX-WXX-{wd}"
    elif m.group("clock_time_day_word"):
        date = _day_date(ctx, None, patterns.DAY_WORDS[patterns.norm_key(m.group("clock_time_day_word"))])
    return Hit(m.start("clock_time"), m.end("clock_time"), "TIME", f"{date}T{hour:02d}:{minute:02d}", None)


def _hijri_hit(start: int, end: int, y: int | None, mo: int, d: int | None,
               mod: str | None, ctx: Ctx, rel: int | None) -> Hit:
    if y is None:
        y = hijri.year_of_month(mo, rel, ctx.dct)
    if y is None:
        value = resolve.ymd(None, 0, 0) if d else resolve.ymd(None, 0)
        return Hit(start, end, "DATE", value, mod, "hijri")
    g = hijri.to_gregorian(y, mo, d or 1)
    if g is None:
        value = "XXXX-XX-XX" if d else "XXXX-XX"
    else:
        value = g.isoformat() if d else resolve.ymd(g.year, g.month)
    return Hit(start, end, "DATE", value, mod, "hijri")


def hijri_date(m: re.Match, ctx: Ctx) -> Hit | None:
    d = _day_num(m.group("hijri_date_day"))
    if not 1 <= d <= 30 or _noun_ordinal(m, ctx, "hijri_date"):
        return None
    mo = patterns.HIJRI_MONTHS[patterns.norm_key(patterns.FIND_HMONTH.search(m.group("hijri_date_month")).group())]
    y = None
    if m.group("hijri_date_year"):
        y = int(patterns.FIND_YEAR.search(m.group("hijri_date_year")).group())
        if y > 1600:
            return None
    hit = _hijri_hit(m.start("hijri_date"), m.end("hijri_date"), y, mo, d, None, ctx, _rel(m.group("hijri_date_rel")))
    part = _part(m.group("hijri_date_part"))
    if part:
        return hit._replace(type="TIME", value=f"{hit.value}T{part}")
    return hit


def _noun_ordinal(m: re.Match, ctx: Ctx, kind: str) -> bool:
    """«الأسبوع الأول من أغسطس»: an ordinal after a noun is not a day of the month."""
    p = kind + "_"
    if m.group(p + "part") or m.group(p + "weekday") or m.start(p + "day") != m.start(kind):
        return False
    if patterns.norm_key(m.group(p + "day"))[:1].isdigit():
        return False
    return _ORD_NOUN_BEFORE.search(_before(ctx, m.start(kind))) is not None


def _weak_ok(m: re.Match, ctx: Ctx, kind: str) -> bool:
    return ctx.lenient or _prep_before(ctx, m.start(kind))


def _is_father(ctx: Ctx, start: int, month_text: str) -> bool:
    """«أب» / «إب» fold to the same letters as the month «آب»."""
    if patterns.norm_key(month_text) != "اب":
        return False
    o_start, _ = ctx.folded.span(start, start + 1)
    return ctx.folded.original[o_start] in "أإ"


def _gregorian_day(y: int | None, mo: int, d: int, rel: int | None, ctx: Ctx) -> str:
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
    d = _day_num(m.group("calendar_date_day"))
    if _noun_ordinal(m, ctx, "calendar_date"):
        return None
    mo, _weak = _month_of(m.group("calendar_date_month"))
    if _is_father(ctx, m.start("calendar_date_month"), m.group("calendar_date_month")):
        return None
    y, yrel, _ = _year_of(m.group("calendar_date_year"), ctx)
    if m.group("calendar_date_year") and y is not None and not 1000 <= y <= 2200:
        return None
    if not mo or not resolve.valid_day(y, mo, d):
        return None
    rel = _rel(m.group("calendar_date_rel"))
    value = _gregorian_day(y, mo, d, rel, ctx)
    typ, value = _with_part(value, _part(m.group("calendar_date_part")))
    return Hit(m.start("calendar_date"), m.end("calendar_date"), typ, value, None)


def day_of_month(m: re.Match, ctx: Ctx) -> Hit | None:
    d = _day_num(m.group("day_of_month_day"))
    if _noun_ordinal(m, ctx, "day_of_month"):
        return None
    if m.group("day_of_month_every"):  # «الخامس من كل شهر»
        if not 1 <= d <= 31:
            return None
        return Hit(m.start("day_of_month"), m.end("day_of_month"), "SET", resolve.ymd(None, 0, d), None)
    rel = _rel(m.group("day_of_month_rel")) or 0
    if ctx.dct is None:
        value = resolve.ymd(None, 0, d) if 1 <= d <= 31 else None
    else:
        y, mo = resolve.shift_month(ctx.dct.year, ctx.dct.month, rel)
        value = resolve.ymd(y, mo, d) if resolve.valid_day(y, mo, d) else None
    if value is None:
        return None
    typ, value = _with_part(value, _part(m.group("day_of_month_part")))
    return Hit(m.start("day_of_month"), m.end("day_of_month"), typ, value, None)


def quarter_half(m: re.Match, ctx: Ctx) -> Hit | None:
    ys = m.group("quarter_half_year")
    y, _, _ = _year_of(ys, ctx)
    if y is None and ctx.dct is not None:
        y = ctx.dct.year
    order = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
    o = m.group("quarter_half_order")
    kind = "Q" if m.group("quarter_half_kind") == "ربع" else "H"
    n = order.get(o, 4 if kind == "Q" else 2)
    if kind == "H" and n > 2:
        return None
    return Hit(m.start("quarter_half"), m.end("quarter_half"), "DATE", f"{resolve.ymd(y)}-{kind}{n}", None)


def holiday(m: re.Match, ctx: Ctx) -> Hit | None:
    """«عيد الأضحى», «عيد الفطر المقبل», «عيد الفطر لعام 1440»: a Hijri holiday."""
    mo, d = patterns.HIJRI_HOLIDAYS[patterns.norm_key(m.group("holiday_name"))]
    y = None
    if m.group("holiday_year"):
        y = int(patterns.FIND_YEAR.search(m.group("holiday_year")).group())
    g = hijri.holiday(mo, d, y, _rel(m.group("holiday_rel")), ctx.dct)
    value = g.isoformat() if g else "XXXX-XX-XX"
    return Hit(m.start("holiday"), m.end("holiday"), "DATE", value, None, "hijri")


def hijri_month(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = _mod(m.group("hijri_month_mod"))
    rel = _rel(m.group("hijri_month_rel"))
    ys = m.group("hijri_month_year")
    mo = patterns.HIJRI_MONTHS[patterns.norm_key(patterns.FIND_HMONTH.search(m.group("hijri_month_name")).group())]
    strong = mod or m.group("hijri_month_shahr") or ys or rel is not None
    # «صفر» is zero far more often than the month: «إلى صفر» needs more than a preposition
    if not (strong or (mo != 2 and _weak_ok(m, ctx, "hijri_month")) or (mo == 2 and ctx.lenient)):
        return None
    y = None
    if ys:
        y = int(patterns.FIND_YEAR.search(ys).group())
        if y > 1600:
            return None
    return _hijri_hit(m.start("hijri_month"), m.end("hijri_month"), y, mo, None, mod, ctx, rel)


def month(m: re.Match, ctx: Ctx) -> Hit | None:
    mo, weak = _month_of(m.group("month_name"))
    if not mo or _is_father(ctx, m.start("month_name"), m.group("month_name")):
        return None
    mod = _mod(m.group("month_mod"))
    rel = _rel(m.group("month_rel"))
    ys = m.group("month_year")
    if weak and not (mod or m.group("month_shahr") or ys or rel is not None):
        if not _weak_ok(m, ctx, "month"):
            return None
    y, _, _ = _year_of(ys, ctx)
    if ys and y is not None and not 1000 <= y <= 2200:
        return None
    if y is None and not ys:
        y = resolve.month_year(mo, rel, ctx.dct)
    return Hit(m.start("month"), m.end("month"), "DATE", resolve.ymd(y, mo), mod)


def season(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = _mod(m.group("season_mod"))
    s = patterns.norm_key(m.group("season_name"))
    has_al = s.startswith("ال")
    season = patterns.SEASONS[s[2:] if has_al else s]
    rel = _rel(m.group("season_rel"))
    if m.group("season_year"):
        y: int | None = int(patterns.FIND_YEAR.search(m.group("season_year")).group())
    elif m.group("season_rel_year"):
        y, _, _ = _year_of(m.group("season_rel_year"), ctx)
    elif rel is not None:
        if not has_al:
            return None
        y = resolve.season_year(season, rel, ctx.dct)
    elif m.group("season_fasl") or ((mod or m.group("season_this") or ctx.lenient) and has_al):
        y = resolve.season_year(season, None, ctx.dct)
    else:
        return None
    return Hit(m.start("season"), m.end("season"), "DATE", f"{resolve.ymd(y)}-{season}", mod)


def year(m: re.Match, ctx: Ctx) -> Hit | None:
    y = int(m.group("year_digits"))
    mod = _mod(m.group("year_mod"))
    suf = m.group("year_suffix") or ""
    is_hijri = bool(suf) and patterns.FIND_HSUF.fullmatch(suf) is not None
    after = ctx.text[m.end("year") : m.end("year") + 3]
    if re.match(r"\s*%|[.,]\d", after):
        return None
    if is_hijri:
        if not 1000 <= y <= 1600:
            return None
        g = hijri.to_gregorian(y, 1, 1)
        value = "XXXX" if g is None else f"{g.year:04d}"
        return Hit(m.start("year"), m.end("year"), "DATE", value, mod, "hijri")
    if m.group("year_word") or suf:
        ok = 1000 <= y <= 2200
    elif mod:
        ok = 1800 <= y <= 2100
    else:
        before = _before(ctx, m.start("year"))
        ok = 1900 <= y <= 2100 and (
            ctx.lenient
            or (
                _YEAR_PREP_BEFORE.search(before) is not None
                and _COUNTED_AFTER.match(ctx.text, m.end("year")) is None
            )
            or _YEAR_RANGE_BEFORE.search(before) is not None
            or _YEAR_RANGE_AFTER.match(ctx.text, m.end("year")) is not None
        )
    if not ok:
        return None
    return Hit(m.start("year"), m.end("year"), "DATE", f"{y:04d}", mod)


def decade(m: re.Match, ctx: Ctx) -> Hit | None:
    dec = patterns.DECADES[patterns.norm_key(m.group("decade_name"))]
    c = m.group("decade_century")
    century = 20 if c and ("الحالي" in c or "الحادي" in c) else 19
    mod = _mod(m.group("decade_mod"))
    return Hit(m.start("decade"), m.end("decade"), "DATE", f"{century}{dec}", mod)


def century(m: re.Match, ctx: Ctx) -> Hit | None:
    c = patterns.CENTURIES[patterns.norm_key(m.group("century_name"))]
    return Hit(m.start("century"), m.end("century"), "DATE", f"{c:02d}", _mod(m.group("century_mod")))


def _rel2(s: str | None) -> int | None:
    """«قبل الماضي» -> -2, «بعد المقبل» -> 2."""
    if not s:
        return None
    return -2 if patterns.norm_key(s).split()[-2] == "قبل" else 2


def relative_unit(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = _mod(m.group("relative_unit_mod"))
    rel = _rel2(m.group("relative_unit_rel2"))
    if rel is None:
        rel = _rel(m.group("relative_unit_rel"))
    this = m.group("relative_unit_this")
    unit = patterns.REL_UNITS[patterns.norm_key(m.group("relative_unit_unit"))]
    if rel is None:
        if not (this or mod or ctx.lenient):
            return None
        rel = 0
    if unit == "NI":
        return Hit(m.start("relative_unit"), m.end("relative_unit"), "TIME", resolve.unit_rel("NI", rel, ctx.dct), mod)
    return Hit(m.start("relative_unit"), m.end("relative_unit"), "DATE", resolve.unit_rel(unit, rel, ctx.dct), mod)


def _future(ctx: Ctx, i: int) -> bool:
    """A future cue earlier in the clause («من المقرر أن…», «ابتداء من»), not «كان من المقرر»."""
    before = ctx.text[max(0, i - 60) : i]
    cue = _FUTURE_CUE.search(before)
    return cue is not None and not re.search(r"(?<!\w)[وف]?كان(?:ت)?\s+(?:من\s+)?$",
                                             before[: cue.start()])


def weekday(m: re.Match, ctx: Ctx) -> Hit | None:
    w = patterns.norm_key(m.group("weekday_name"))
    wd = patterns.WEEKDAYS[w]
    end = m.end("weekday")
    yom = m.group("weekday_day_word")
    tod = m.group("weekday_part")
    rel = _rel(m.group("weekday_rel"))
    rel2 = _rel2(m.group("weekday_rel2"))
    if m.group("weekday_name2"):
        # «ليلة السبت/الأحد», «ليل الأحد-الاثنين»: one night, named by its two days
        wd2 = patterns.WEEKDAYS[patterns.norm_key(m.group("weekday_name2"))]
        if _part(tod) != "NI" or wd2 != wd % 7 + 1:
            end, rel, rel2 = m.end("weekday_name"), None, None
    if m.group("weekday_every") and end == m.end("weekday"):  # «يوم الأربعاء من كل أسبوع»
        return Hit(m.start("weekday"), end, "SET", f"XXXX-WXX-{wd}", None)
    end_w = m.end("weekday_name")
    if wd == 7 and re.match(r"\s+عشر", ctx.text[end_w : end_w + 6]):
        return None
    if wd == 1 and not (yom or tod or rel is not None or ctx.lenient):
        before = _before(ctx, m.start("weekday"))
        if re.search(r"(?<!\w)[وف]?(?:بين|كلا|هذين|اول|ثاني|الطرفين)\s*$", before):
            return None
    shift = patterns.DAY_WORDS.get(patterns.norm_key(yom or ""))
    if shift is not None and ctx.dct is not None:  # «أمس الأربعاء»: the day word decides
        d: datetime.date | None = ctx.dct + datetime.timedelta(days=shift)
    elif rel2 is not None:  # «الخميس قبل الماضي»
        d = resolve.weekday_date(wd, rel2 // 2, ctx.dct)
        if d is not None:
            d += datetime.timedelta(weeks=rel2 // 2)
    elif rel is None and not yom and ctx.dct is not None and _future(ctx, m.start("weekday")):
        d = resolve.weekday_date(wd, 1, ctx.dct - datetime.timedelta(days=1))
    else:
        d = resolve.weekday_date(wd, rel, ctx.dct)
    value = d.isoformat() if d else f"XXXX-WXX-{wd}"
    typ, value = _with_part(value, _part(tod))
    return Hit(m.start("weekday"), end, typ, value, None)


def day_word(m: re.Match, ctx: Ctx) -> Hit | None:
    end = m.end("day_word")
    if m.group("day_word_this"):
        part = "MO" if "الصباح" in m.group("day_word_this") else "EV"
        return Hit(m.start("day_word"), end, "TIME", f"{resolve.date_value(ctx.dct)}T{part}", None)
    w = patterns.norm_key(m.group("day_word_word"))
    tod = m.group("day_word_part")
    if w in ("اليوم", "الليله") and not ctx.lenient:
        if _AL_WORD_AFTER.match(ctx.text, end):
            return None
        if re.search(r"(?<!\w)(?:ذلك|تلك|نفس|ذات|هذا|ذاك)\s*$", _before(ctx, m.start("day_word"))):
            return None
    if w == "الامس" and not tod and not ctx.lenient:
        return None
    if w == "الليله":
        return Hit(m.start("day_word"), end, "TIME", f"{resolve.date_value(ctx.dct)}TNI", None)
    value = _day_date(ctx, None, patterns.DAY_WORDS[w])
    typ, value = _with_part(value, _part(tod))
    return Hit(m.start("day_word"), end, typ, value, None)


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


def _duration_hit(start: int, end: int, nu: str, q: str | None, approx: bool) -> Hit:
    unit, n, _, _ = parse_numunit(nu)
    mod = patterns.QUANT_MODS.get(patterns.norm_key(q)) if q else None
    if approx and mod is None:
        mod = "APPROX"
    return Hit(start, end, "DURATION", resolve.duration(unit, n), mod)


def offset(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("offset_amount")
    q = m.group("offset_quantifier")
    unit, n, gnum, explicit = parse_numunit(nu)
    if (gnum == "sg" and not explicit and not q
            and patterns.norm_key(nu) in patterns.WEAK_SINGULAR_UNITS - {"عام"}):
        return None
    if _EVENT_AFTER.match(ctx.text, m.end("offset")):
        # «بعد يومين من مقتل…»: anchored to an event, not to the document date
        start = m.start("offset_quantifier") if q else m.start("offset_amount")
        return _duration_hit(start, m.end("offset"), nu, q, False)
    direction = -1 if m.group("offset_direction") == "قبل" else 1
    end = m.end("offset")
    from_now = _FROM_NOW_AFTER.match(ctx.text, end)
    if from_now:  # «بعد ثلاثة أسابيع من الآن»
        end = from_now.end()
    # «قبل نحو عامين» is about two years ago; «قبل أكثر من عامين» keeps no mod (TIMEX3
    # would say BEFORE, which the schema does not list)
    mod = "APPROX" if q and patterns.QUANT_MODS.get(patterns.norm_key(q)) == "APPROX" else None
    n_int = int(n) if n is not None and float(n).is_integer() else None
    if n is not None and n_int is None:  # «قبل عام ونصف»: 18 months
        unit, n = resolve.smaller_unit(unit, n)
        n_int = int(n) if n is not None and float(n).is_integer() else None
    if n_int is None:
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
    else:
        value = resolve.shifted(unit, n_int, direction, ctx.dct)
    return Hit(m.start("offset"), end, "DATE", value, mod)


def last_period(m: re.Match, ctx: Ctx) -> Hit | None:
    if patterns.norm_key(m.group("last_period")) in patterns.PREP_VAGUE_REFS and re.search(
        r"(?<!\w)(?:في|حتي|منذ|الي)\s$", _before(ctx, m.start("last_period"))
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


def duration(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("duration_amount")
    q = m.group("duration_quantifier")
    unit, n, gnum, explicit = parse_numunit(nu)
    if gnum == "sg" and not explicit and _LATE_AFTER.match(ctx.text, m.end("duration")):
        return None  # «حتى ساعة متأخرة من الليل»: a late hour, not an hour long
    if not explicit and not q and not ctx.lenient:
        if gnum == "sg" and patterns.norm_key(nu) in patterns.WEAK_SINGULAR_UNITS - {"عام", "عاما"}:
            return None
        if _DUR_CONTEXT.search(_before(ctx, m.start("duration"))) is None:
            return None
    if explicit and isinstance(n, int) and n >= 1000 and unit == "Y":
        return None
    return _duration_hit(m.start("duration"), m.end("duration"), nu, q, bool(m.group("duration_approx")))


def vague(m: re.Match, ctx: Ctx) -> Hit | None:
    s, e = m.start("vague"), m.end("vague")
    if m.group("vague_time"):
        tu = patterns.norm_key(m.group("vague_time_unit"))
        rel = _rel(m.group("vague_time_rel")) or 0
        if tu == "اليوم":
            return Hit(s, e, "DATE", resolve.date_value(ctx.dct), None)
        unit = patterns.REL_UNITS[tu[2:]]
        return Hit(s, e, "DATE", resolve.unit_rel(unit, rel, ctx.dct), None)
    if m.group("vague_word"):
        w = patterns.norm_key(m.group("vague_word"))
        if w == "الان" and re.match(r"\s+(?:نفسه|ذاته)", ctx.text[e : e + 8]):
            return None
        if w.startswith("قريب") and re.match(r"\s+(?:من|الي|علي)(?!\w)", ctx.text[e : e + 6]):
            return None  # «قريبا من الإنجاز»: near, not soon
        return Hit(s, e, "DATE", patterns.VAGUE_REFS[w], None)
    w = patterns.norm_key(m.group("vague_after_prep"))
    return Hit(s, e, "DATE", patterns.PREP_VAGUE_REFS[w], None)


HANDLERS = {
    "numeric_date": numeric_date,
    "clock_time": clock_time,
    "hijri_date": hijri_date,
    "calendar_date": calendar_date,
    "day_of_month": day_of_month,
    "quarter_half": quarter_half,
    "hijri_month": hijri_month,
    "holiday": holiday,
    "month": month,
    "season": season,
    "year": year,
    "decade": decade,
    "century": century,
    "relative_unit": relative_unit,
    "weekday": weekday,
    "day_word": day_word,
    "recurrence": recurrence,
    "offset": offset,
    "last_period": last_period,
    "duration": duration,
    "vague": vague,
}


KIND_INDEX = {k: i for i, k in enumerate(patterns.KIND_NAMES)}


def _retry(at: int, first: int, ctx: Ctx) -> tuple[Hit | None, re.Match | None]:
    """The next kinds, in order, at the same position, after a handler said no."""
    for kind in patterns.KIND_NAMES[first:]:
        m = patterns.SINGLE[kind].match(ctx.text, at)
        if m is None:
            continue
        hit = HANDLERS[kind](m, ctx)
        if hit is not None:
            return hit, m
    return None, None


def find(folded: Folded, dct: datetime.date | None, lenient: bool = False) -> list[Hit]:
    """All hits in folded coordinates, left to right, non-overlapping."""
    text = folded.text
    ctx = Ctx(text, folded, dct, lenient)
    search = patterns.master().search
    hits: list[Hit] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        kind = m.lastgroup
        if kind is None:  # cannot happen: every alternative is a named group
            pos = m.end() + 1
            continue
        hit = HANDLERS[kind](m, ctx)
        if hit is None:
            hit, again = _retry(m.start(), KIND_INDEX[kind] + 1, ctx)
            if hit is None:
                pos = m.start(kind) + 1
                continue
            m = again
        hits.append(hit)
        pos = max(m.end(), hit.end)
    return hits
