"""Finding temporal expressions: one scan of the folded text, one handler per kind.

A handler reads the groups of a match of `patterns.master()`, checks the context where a
word is ambiguous (مارس the verb, نيسان the car, 2500 جندي), and returns a `Hit` with
folded offsets and a TIMEX3 value resolved against the document date, or None.
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from . import hijri as H
from . import patterns as P
from . import resolve as R
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
    r"\s+(?:(?!ال)\w+ا|" + "|".join(sorted(P.COUNTED_NOUNS, key=len, reverse=True)) + r")(?!\w)"
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
    names = [P.norm_key(m.group()) for m in P.FIND_MONTH.finditer(s)]
    if not names:
        return 0, False
    weak = len(names) == 1 and names[0] in P.WEAK_MONTHS and "(" not in s
    return P.MONTHS[names[0]], weak


def _year_of(s: str | None, ctx: Ctx) -> tuple[int | None, int | None, bool]:
    """(year, relative offset, known) of a year tail: « 2018», « من العام الماضي»."""
    if not s:
        return None, None, False
    m = P.FIND_YEAR.search(s)
    if m:
        return int(m.group()), None, True
    r = P.FIND_REL.search(s)
    rel = P.REL[P.norm_key(r.group())] if r else 0
    if ctx.dct is None:
        return None, rel, True
    return ctx.dct.year + rel, rel, True


def _rel(s: str | None) -> int | None:
    if not s:
        return None
    return P.REL.get(P.norm_key(s))


def _day_num(s: str) -> int:
    s = P.norm_key(s)
    if s.startswith("ال") and s[2:].strip().isdigit():  # «الـ15 من أغسطس»
        s = s[2:].strip()
    if s.isdigit():
        return int(s)
    return P.ORDINALS.get(s, 0)


def parse_number(s: str) -> int | float | None:
    """«خمسة وعشرين» -> 25, «3» -> 3, «عدة» -> None (vague)."""
    s = P.norm_key(s)
    if not s:
        return None
    if s[0].isdigit():
        try:
            v = float(s.replace(",", "."))
        except ValueError:
            return None
        return int(v) if v.is_integer() else v
    if s in P.VAGUE_NUMBERS:
        return None
    total = 0
    for tok in s.replace(" و ", " و").split():
        if tok.startswith("و") and tok[1:] in P.TENS:
            tok = tok[1:]
        if tok == "و":
            continue
        if tok in P.UNIT_NUMBERS:
            total += P.UNIT_NUMBERS[tok]
        elif tok in P.TEN_WORDS:
            total += 10
        elif tok in P.TENS:
            total += P.TENS[tok]
        elif tok in P.BIG_NUMBERS:
            big = P.BIG_NUMBERS[tok]
            total = total * big if total else big
        else:
            return None
    return total or None


def parse_numunit(s: str) -> tuple[str, int | float | None, str, bool]:
    """(unit, quantity, grammatical number, explicit count?) of «ثلاثة أيام», «يومين»,
    «عام ونصف» (1.5), «نصف ساعة» (0.5)…"""
    frac = P.FRAC_AT_END.search(s)
    if frac:
        unit, n, gnum, explicit = parse_numunit(s[: frac.start()])
        if n is not None:
            n = n + (0.5 if frac.group("f") == "نصف" else 0.25)
        return unit, n, gnum, explicit
    s = P.norm_key(s)
    if s.startswith(("نصف ", "ربع ")):
        unit, _ = P.UNITS[s.split()[1]]
        return unit, 0.5 if s.startswith("نصف") else 0.25, "sg", True
    units = list(P.FIND_UNIT.finditer(s))
    u = units[-1]
    unit, gnum = P.UNITS[P.norm_key(u.group("u"))]
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
    return P.MODS.get(P.norm_key(s)) if s else None


def _part(s: str | None) -> str | None:
    return P.PART_OF_DAY.get(P.norm_key(s)) if s else None


def _with_part(value: str, part: str | None) -> tuple[str, str]:
    if part is None:
        return "DATE", value
    return "TIME", f"{value}T{part}"


# --- handlers -------------------------------------------------------------------------


def h_num(m: re.Match, ctx: Ctx) -> Hit | None:
    if m.group("num_a"):
        y, mo, d = int(m.group("num_a")), int(m.group("num_b")), int(m.group("num_c"))
    else:
        d, mo, y = int(m.group("num_d")), int(m.group("num_e")), int(m.group("num_f"))
        if mo > 12 and d <= 12:  # 12/31/2019
            d, mo = mo, d
    if not 1000 <= y <= 2200 or not R.valid_day(y, mo, d):
        return None
    return Hit(m.start("num"), m.end("num"), "DATE", R.ymd(y, mo, d), None)


def _day_date(ctx: Ctx, part: str | None, rel: int | None) -> str:
    if rel is not None and ctx.dct is not None:
        d = ctx.dct + datetime.timedelta(days=rel)
        return d.isoformat()
    return R.date_value(ctx.dct)


def h_ck(m: re.Match, ctx: Ctx) -> Hit | None:
    h = m.group("ck_h") or m.group("ck_h2")
    frac = m.group("ck_f") or m.group("ck_f2")
    part = m.group("ck_p") or m.group("ck_p2")
    hk = P.norm_key(h)
    if hk[0].isdigit():
        bits = re.split(r"[:.]", hk)
        hour, minute = int(bits[0]), int(bits[1]) if len(bits) > 1 else 0
    else:
        hour, minute = P.HOUR_WORDS[hk], 0
    if frac:
        minute = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20}[frac]
    if part:
        p = P.CLOCK_PART[P.norm_key(part)]
        if p == "PM" and hour < 12:
            hour += 12
        elif p == "AM" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    date = R.date_value(ctx.dct)
    if m.group("ck_wd"):
        wd = P.WEEKDAYS[P.norm_key(m.group("ck_wd"))]
        d = R.weekday_date(wd, None, ctx.dct)
        date = d.isoformat() if d else f"XXXX-WXX-{wd}"
    elif m.group("ck_dw"):
        date = _day_date(ctx, None, P.DAY_WORDS[P.norm_key(m.group("ck_dw"))])
    return Hit(m.start("ck"), m.end("ck"), "TIME", f"{date}T{hour:02d}:{minute:02d}", None)


def _hijri_hit(start: int, end: int, y: int | None, mo: int, d: int | None,
               mod: str | None, ctx: Ctx, rel: int | None) -> Hit:
    if y is None:
        y = H.year_of_month(mo, rel, ctx.dct)
    if y is None:
        value = R.ymd(None, 0, 0) if d else R.ymd(None, 0)
        return Hit(start, end, "DATE", value, mod, "hijri")
    g = H.to_gregorian(y, mo, d or 1)
    if g is None:
        value = "XXXX-XX-XX" if d else "XXXX-XX"
    else:
        value = g.isoformat() if d else R.ymd(g.year, g.month)
    return Hit(start, end, "DATE", value, mod, "hijri")


def h_hd(m: re.Match, ctx: Ctx) -> Hit | None:
    d = _day_num(m.group("hd_d"))
    if not 1 <= d <= 30 or _noun_ordinal(m, ctx, "hd"):
        return None
    mo = P.HIJRI_MONTHS[P.norm_key(P.FIND_HMONTH.search(m.group("hd_m")).group())]
    y = None
    if m.group("hd_y"):
        y = int(P.FIND_YEAR.search(m.group("hd_y")).group())
        if y > 1600:
            return None
    hit = _hijri_hit(m.start("hd"), m.end("hd"), y, mo, d, None, ctx, _rel(m.group("hd_r")))
    part = _part(m.group("hd_tod"))
    if part:
        return hit._replace(type="TIME", value=f"{hit.value}T{part}")
    return hit


def _noun_ordinal(m: re.Match, ctx: Ctx, kind: str) -> bool:
    """«الأسبوع الأول من أغسطس»: an ordinal after a noun is not a day of the month."""
    p = kind + "_"
    if m.group(p + "tod") or m.group(p + "wd") or m.start(p + "d") != m.start(kind):
        return False
    if P.norm_key(m.group(p + "d"))[:1].isdigit():
        return False
    return _ORD_NOUN_BEFORE.search(_before(ctx, m.start(kind))) is not None


def _weak_ok(m: re.Match, ctx: Ctx, kind: str) -> bool:
    return ctx.lenient or _prep_before(ctx, m.start(kind))


def _is_father(ctx: Ctx, start: int, month_text: str) -> bool:
    """«أب» / «إب» fold to the same letters as the month «آب»."""
    if P.norm_key(month_text) != "اب":
        return False
    o_start, _ = ctx.folded.span(start, start + 1)
    return ctx.folded.original[o_start] in "أإ"


def _gregorian_day(y: int | None, mo: int, d: int, rel: int | None, ctx: Ctx) -> str:
    if y is None and ctx.dct is not None:
        y = ctx.dct.year
        if rel is not None and rel != 0 and R.valid_day(y, mo, d):
            cand = datetime.date(y, mo, d)
            if rel < 0 and cand >= ctx.dct:
                y -= 1
            elif rel > 0 and cand <= ctx.dct:
                y += 1
    return R.ymd(y, mo, d)


def h_gd(m: re.Match, ctx: Ctx) -> Hit | None:
    d = _day_num(m.group("gd_d"))
    if _noun_ordinal(m, ctx, "gd"):
        return None
    mo, _weak = _month_of(m.group("gd_m"))
    if _is_father(ctx, m.start("gd_m"), m.group("gd_m")):
        return None
    y, yrel, _ = _year_of(m.group("gd_y"), ctx)
    if m.group("gd_y") and y is not None and not 1000 <= y <= 2200:
        return None
    if not mo or not R.valid_day(y, mo, d):
        return None
    rel = _rel(m.group("gd_r"))
    value = _gregorian_day(y, mo, d, rel, ctx)
    typ, value = _with_part(value, _part(m.group("gd_tod")))
    return Hit(m.start("gd"), m.end("gd"), typ, value, None)


def h_dm(m: re.Match, ctx: Ctx) -> Hit | None:
    d = _day_num(m.group("dm_d"))
    if _noun_ordinal(m, ctx, "dm"):
        return None
    if m.group("dm_every"):  # «الخامس من كل شهر»
        if not 1 <= d <= 31:
            return None
        return Hit(m.start("dm"), m.end("dm"), "SET", R.ymd(None, 0, d), None)
    rel = _rel(m.group("dm_r")) or 0
    if ctx.dct is None:
        value = R.ymd(None, 0, d) if 1 <= d <= 31 else None
    else:
        y, mo = R.shift_month(ctx.dct.year, ctx.dct.month, rel)
        value = R.ymd(y, mo, d) if R.valid_day(y, mo, d) else None
    if value is None:
        return None
    typ, value = _with_part(value, _part(m.group("dm_tod")))
    return Hit(m.start("dm"), m.end("dm"), typ, value, None)


def h_qh(m: re.Match, ctx: Ctx) -> Hit | None:
    ys = m.group("qh_y")
    y, _, _ = _year_of(ys, ctx)
    if y is None and ctx.dct is not None:
        y = ctx.dct.year
    order = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
    o = m.group("qh_o")
    kind = "Q" if m.group("qh_k") == "ربع" else "H"
    n = order.get(o, 4 if kind == "Q" else 2)
    if kind == "H" and n > 2:
        return None
    return Hit(m.start("qh"), m.end("qh"), "DATE", f"{R.ymd(y)}-{kind}{n}", None)


def h_hol(m: re.Match, ctx: Ctx) -> Hit | None:
    """«عيد الأضحى», «عيد الفطر المقبل», «عيد الفطر لعام 1440»: a Hijri holiday."""
    mo, d = P.HIJRI_HOLIDAYS[P.norm_key(m.group("hol_h"))]
    y = None
    if m.group("hol_y"):
        y = int(P.FIND_YEAR.search(m.group("hol_y")).group())
    g = H.holiday(mo, d, y, _rel(m.group("hol_r")), ctx.dct)
    value = g.isoformat() if g else "XXXX-XX-XX"
    return Hit(m.start("hol"), m.end("hol"), "DATE", value, None, "hijri")


def h_hm(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = _mod(m.group("hm_mod"))
    rel = _rel(m.group("hm_r"))
    ys = m.group("hm_y")
    mo = P.HIJRI_MONTHS[P.norm_key(P.FIND_HMONTH.search(m.group("hm_m")).group())]
    strong = mod or m.group("hm_sh") or ys or rel is not None
    # «صفر» is zero far more often than the month: «إلى صفر» needs more than a preposition
    if not (strong or (mo != 2 and _weak_ok(m, ctx, "hm")) or (mo == 2 and ctx.lenient)):
        return None
    y = None
    if ys:
        y = int(P.FIND_YEAR.search(ys).group())
        if y > 1600:
            return None
    return _hijri_hit(m.start("hm"), m.end("hm"), y, mo, None, mod, ctx, rel)


def h_gm(m: re.Match, ctx: Ctx) -> Hit | None:
    mo, weak = _month_of(m.group("gm_m"))
    if not mo or _is_father(ctx, m.start("gm_m"), m.group("gm_m")):
        return None
    mod = _mod(m.group("gm_mod"))
    rel = _rel(m.group("gm_r"))
    ys = m.group("gm_y")
    if weak and not (mod or m.group("gm_sh") or ys or rel is not None):
        if not _weak_ok(m, ctx, "gm"):
            return None
    y, _, _ = _year_of(ys, ctx)
    if ys and y is not None and not 1000 <= y <= 2200:
        return None
    if y is None and not ys:
        y = R.month_year(mo, rel, ctx.dct)
    return Hit(m.start("gm"), m.end("gm"), "DATE", R.ymd(y, mo), mod)


def h_se(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = _mod(m.group("se_mod"))
    s = P.norm_key(m.group("se_s"))
    has_al = s.startswith("ال")
    season = P.SEASONS[s[2:] if has_al else s]
    rel = _rel(m.group("se_r"))
    if m.group("se_y"):
        y: int | None = int(P.FIND_YEAR.search(m.group("se_y")).group())
    elif m.group("se_yr"):
        y, _, _ = _year_of(m.group("se_yr"), ctx)
    elif rel is not None:
        if not has_al:
            return None
        y = R.season_year(season, rel, ctx.dct)
    elif m.group("se_f") or ((mod or m.group("se_this") or ctx.lenient) and has_al):
        y = R.season_year(season, None, ctx.dct)
    else:
        return None
    return Hit(m.start("se"), m.end("se"), "DATE", f"{R.ymd(y)}-{season}", mod)


def h_yr(m: re.Match, ctx: Ctx) -> Hit | None:
    y = int(m.group("yr_y"))
    mod = _mod(m.group("yr_mod"))
    suf = m.group("yr_suf") or ""
    hijri = bool(suf) and P.FIND_HSUF.fullmatch(suf) is not None
    after = ctx.text[m.end("yr") : m.end("yr") + 3]
    if re.match(r"\s*%|[.,]\d", after):
        return None
    if hijri:
        if not 1000 <= y <= 1600:
            return None
        g = H.to_gregorian(y, 1, 1)
        value = "XXXX" if g is None else f"{g.year:04d}"
        return Hit(m.start("yr"), m.end("yr"), "DATE", value, mod, "hijri")
    if m.group("yr_w") or suf:
        ok = 1000 <= y <= 2200
    elif mod:
        ok = 1800 <= y <= 2100
    else:
        before = _before(ctx, m.start("yr"))
        ok = 1900 <= y <= 2100 and (
            ctx.lenient
            or (
                _YEAR_PREP_BEFORE.search(before) is not None
                and _COUNTED_AFTER.match(ctx.text, m.end("yr")) is None
            )
            or _YEAR_RANGE_BEFORE.search(before) is not None
            or _YEAR_RANGE_AFTER.match(ctx.text, m.end("yr")) is not None
        )
    if not ok:
        return None
    return Hit(m.start("yr"), m.end("yr"), "DATE", f"{y:04d}", mod)


def h_de(m: re.Match, ctx: Ctx) -> Hit | None:
    dec = P.DECADES[P.norm_key(m.group("de_d"))]
    c = m.group("de_c")
    century = 20 if c and ("الحالي" in c or "الحادي" in c) else 19
    mod = _mod(m.group("de_mod"))
    return Hit(m.start("de"), m.end("de"), "DATE", f"{century}{dec}", mod)


def h_ce(m: re.Match, ctx: Ctx) -> Hit | None:
    c = P.CENTURIES[P.norm_key(m.group("ce_c"))]
    return Hit(m.start("ce"), m.end("ce"), "DATE", f"{c:02d}", _mod(m.group("ce_mod")))


def _rel2(s: str | None) -> int | None:
    """«قبل الماضي» -> -2, «بعد المقبل» -> 2."""
    if not s:
        return None
    return -2 if P.norm_key(s).split()[-2] == "قبل" else 2


def h_ru(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = _mod(m.group("ru_mod"))
    rel = _rel2(m.group("ru_r2"))
    if rel is None:
        rel = _rel(m.group("ru_r"))
    this = m.group("ru_this")
    unit = P.REL_UNITS[P.norm_key(m.group("ru_u"))]
    if rel is None:
        if not (this or mod or ctx.lenient):
            return None
        rel = 0
    if unit == "NI":
        return Hit(m.start("ru"), m.end("ru"), "TIME", R.unit_rel("NI", rel, ctx.dct), mod)
    return Hit(m.start("ru"), m.end("ru"), "DATE", R.unit_rel(unit, rel, ctx.dct), mod)


def _future(ctx: Ctx, i: int) -> bool:
    """A future cue earlier in the clause («من المقرر أن…», «ابتداء من»), not «كان من المقرر»."""
    before = ctx.text[max(0, i - 60) : i]
    cue = _FUTURE_CUE.search(before)
    return cue is not None and not re.search(r"(?<!\w)[وف]?كان(?:ت)?\s+(?:من\s+)?$",
                                             before[: cue.start()])


def h_wd(m: re.Match, ctx: Ctx) -> Hit | None:
    w = P.norm_key(m.group("wd_w"))
    wd = P.WEEKDAYS[w]
    end = m.end("wd")
    yom = m.group("wd_yom")
    tod = m.group("wd_tod")
    rel = _rel(m.group("wd_r"))
    rel2 = _rel2(m.group("wd_r2"))
    if m.group("wd_w2"):
        # «ليلة السبت/الأحد», «ليل الأحد-الاثنين»: one night, named by its two days
        wd2 = P.WEEKDAYS[P.norm_key(m.group("wd_w2"))]
        if _part(tod) != "NI" or wd2 != wd % 7 + 1:
            end, rel, rel2 = m.end("wd_w"), None, None
    if m.group("wd_every") and end == m.end("wd"):  # «يوم الأربعاء من كل أسبوع»
        return Hit(m.start("wd"), end, "SET", f"XXXX-WXX-{wd}", None)
    end_w = m.end("wd_w")
    if wd == 7 and re.match(r"\s+عشر", ctx.text[end_w : end_w + 6]):
        return None
    if wd == 1 and not (yom or tod or rel is not None or ctx.lenient):
        before = _before(ctx, m.start("wd"))
        if re.search(r"(?<!\w)[وف]?(?:بين|كلا|هذين|اول|ثاني|الطرفين)\s*$", before):
            return None
    shift = P.DAY_WORDS.get(P.norm_key(yom or ""))
    if shift is not None and ctx.dct is not None:  # «أمس الأربعاء»: the day word decides
        d: datetime.date | None = ctx.dct + datetime.timedelta(days=shift)
    elif rel2 is not None:  # «الخميس قبل الماضي»
        d = R.weekday_date(wd, rel2 // 2, ctx.dct)
        if d is not None:
            d += datetime.timedelta(weeks=rel2 // 2)
    elif rel is None and not yom and ctx.dct is not None and _future(ctx, m.start("wd")):
        d = R.weekday_date(wd, 1, ctx.dct - datetime.timedelta(days=1))
    else:
        d = R.weekday_date(wd, rel, ctx.dct)
    value = d.isoformat() if d else f"XXXX-WXX-{wd}"
    typ, value = _with_part(value, _part(tod))
    return Hit(m.start("wd"), end, typ, value, None)


def h_dw(m: re.Match, ctx: Ctx) -> Hit | None:
    end = m.end("dw")
    if m.group("dw_this"):
        part = "MO" if "الصباح" in m.group("dw_this") else "EV"
        return Hit(m.start("dw"), end, "TIME", f"{R.date_value(ctx.dct)}T{part}", None)
    w = P.norm_key(m.group("dw_w"))
    tod = m.group("dw_tod")
    if w in ("اليوم", "الليله") and not ctx.lenient:
        if _AL_WORD_AFTER.match(ctx.text, end):
            return None
        if re.search(r"(?<!\w)(?:ذلك|تلك|نفس|ذات|هذا|ذاك)\s*$", _before(ctx, m.start("dw"))):
            return None
    if w == "الامس" and not tod and not ctx.lenient:
        return None
    if w == "الليله":
        return Hit(m.start("dw"), end, "TIME", f"{R.date_value(ctx.dct)}TNI", None)
    value = _day_date(ctx, None, P.DAY_WORDS[w])
    typ, value = _with_part(value, _part(tod))
    return Hit(m.start("dw"), end, typ, value, None)


def h_st(m: re.Match, ctx: Ctx) -> Hit | None:
    s, e = m.start("st"), m.end("st")
    if m.group("st_a"):
        return Hit(s, e, "SET", P.SET_ADVERBS[P.norm_key(m.group("st_a"))], None)
    if m.group("st_wd"):
        w = P.norm_key(m.group("st_wd"))
        wd = P.WEEKDAYS.get(w) or P.WEEKDAYS["ال" + w]
        return Hit(s, e, "SET", f"XXXX-WXX-{wd}", None)
    unit, gnum = P.UNITS[P.norm_key(m.group("st_u"))]
    n: int | float | None = 2 if gnum == "du" else 1
    if m.group("st_n"):
        n = parse_number(m.group("st_n"))
    return Hit(s, e, "SET", R.duration(unit, n), None)


def _duration_hit(start: int, end: int, nu: str, q: str | None, approx: bool) -> Hit:
    unit, n, _, _ = parse_numunit(nu)
    mod = P.QUANT_MODS.get(P.norm_key(q)) if q else None
    if approx and mod is None:
        mod = "APPROX"
    return Hit(start, end, "DURATION", R.duration(unit, n), mod)


def h_ago(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("ago_nu")
    q = m.group("ago_q")
    unit, n, gnum, explicit = parse_numunit(nu)
    if (gnum == "sg" and not explicit and not q
            and P.norm_key(nu) in P.WEAK_SINGULAR_UNITS - {"عام"}):
        return None
    if _EVENT_AFTER.match(ctx.text, m.end("ago")):
        # «بعد يومين من مقتل…»: anchored to an event, not to the document date
        start = m.start("ago_q") if q else m.start("ago_nu")
        return _duration_hit(start, m.end("ago"), nu, q, False)
    direction = -1 if m.group("ago_dir") == "قبل" else 1
    end = m.end("ago")
    from_now = _FROM_NOW_AFTER.match(ctx.text, end)
    if from_now:  # «بعد ثلاثة أسابيع من الآن»
        end = from_now.end()
    # «قبل نحو عامين» is about two years ago; «قبل أكثر من عامين» keeps no mod (TIMEX3
    # would say BEFORE, which the schema does not list)
    mod = "APPROX" if q and P.QUANT_MODS.get(P.norm_key(q)) == "APPROX" else None
    n_int = int(n) if n is not None and float(n).is_integer() else None
    if n is not None and n_int is None:  # «قبل عام ونصف»: 18 months
        unit, n = R.smaller_unit(unit, n)
        n_int = int(n) if n is not None and float(n).is_integer() else None
    if n_int is None:
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
    else:
        value = R.shifted(unit, n_int, direction, ctx.dct)
    return Hit(m.start("ago"), end, "DATE", value, mod)


def h_pr(m: re.Match, ctx: Ctx) -> Hit | None:
    if P.norm_key(m.group("pr")) in P.PREP_VAGUE_REFS and re.search(
        r"(?<!\w)(?:في|حتي|منذ|الي)\s$", _before(ctx, m.start("pr"))
    ):
        return None  # «في الأيام المقبلة»: a vague reference (see h_vg), not a duration
    unit, gnum = P.UNITS[P.norm_key(m.group("pr_u"))]
    n: int | float | None
    if m.group("pr_n1"):
        n = parse_number(m.group("pr_n1"))
    elif m.group("pr_n"):
        n = parse_number(P.norm_key(m.group("pr_n"))[2:])
    elif gnum == "du":
        n = 2
    elif gnum == "sg":
        return None
    else:
        n = None
    return Hit(m.start("pr"), m.end("pr"), "DURATION", R.duration(unit, n), None)


def h_du(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("du_nu")
    q = m.group("du_q")
    unit, n, gnum, explicit = parse_numunit(nu)
    if gnum == "sg" and not explicit and _LATE_AFTER.match(ctx.text, m.end("du")):
        return None  # «حتى ساعة متأخرة من الليل»: a late hour, not an hour long
    if not explicit and not q and not ctx.lenient:
        if gnum == "sg" and P.norm_key(nu) in P.WEAK_SINGULAR_UNITS - {"عام", "عاما"}:
            return None
        if _DUR_CONTEXT.search(_before(ctx, m.start("du"))) is None:
            return None
    if explicit and isinstance(n, int) and n >= 1000 and unit == "Y":
        return None
    return _duration_hit(m.start("du"), m.end("du"), nu, q, bool(m.group("du_ap")))


def h_vg(m: re.Match, ctx: Ctx) -> Hit | None:
    s, e = m.start("vg"), m.end("vg")
    if m.group("vg_t"):
        tu = P.norm_key(m.group("vg_tu"))
        rel = _rel(m.group("vg_tr")) or 0
        if tu == "اليوم":
            return Hit(s, e, "DATE", R.date_value(ctx.dct), None)
        unit = P.REL_UNITS[tu[2:]]
        return Hit(s, e, "DATE", R.unit_rel(unit, rel, ctx.dct), None)
    if m.group("vg_w"):
        w = P.norm_key(m.group("vg_w"))
        if w == "الان" and re.match(r"\s+(?:نفسه|ذاته)", ctx.text[e : e + 8]):
            return None
        if w.startswith("قريب") and re.match(r"\s+(?:من|الي|علي)(?!\w)", ctx.text[e : e + 6]):
            return None  # «قريبا من الإنجاز»: near, not soon
        return Hit(s, e, "DATE", P.VAGUE_REFS[w], None)
    w = P.norm_key(m.group("vg_p"))
    return Hit(s, e, "DATE", P.PREP_VAGUE_REFS[w], None)


HANDLERS = {
    "num": h_num, "ck": h_ck, "hd": h_hd, "gd": h_gd, "dm": h_dm, "qh": h_qh, "hm": h_hm,
    "hol": h_hol, "gm": h_gm, "se": h_se, "yr": h_yr, "de": h_de, "ce": h_ce, "ru": h_ru, "wd": h_wd,
    "dw": h_dw, "st": h_st, "ago": h_ago, "pr": h_pr, "du": h_du, "vg": h_vg,
}


KIND_INDEX = {k: i for i, k in enumerate(P.KIND_NAMES)}


def _retry(at: int, first: int, ctx: Ctx) -> tuple[Hit | None, re.Match | None]:
    """The next kinds, in order, at the same position, after a handler said no."""
    for kind in P.KIND_NAMES[first:]:
        m = P.SINGLE[kind].match(ctx.text, at)
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
    search = P.master().search
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
