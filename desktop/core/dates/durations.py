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
    r"استمر|استمرت|دام|دامت|يستمر|تستمر|لفتره|فتره|قبل|بعد|ل|ب|حتي|مدي|مدار|هاد|هاذ|هذه|هذين)\s*$"
)


_FEAST_AFTER = re.compile(rf"\s+(?:عيد|العيد|ليله|(?:شهر\s+)?{patterns.HMONTH})(?!\w)")
_AT_LEAST_AFTER = re.compile(r"[^\S\n]+(?:علي|على)[^\S\n]+الاقل(?!\w)")
_LATE_AFTER = re.compile(r"\s+(?:متاخره|مبكره|متقدمه)(?!\w)")
# «عقد» alone is a contract or «he held» far more often than a decade: these before it
_OF_TIME = re.compile(r"\s+من\s+الزمن(?!\w)")  # «عقدا من الزمن»
_DECADE_CONTEXT = re.compile(
    r"(?<!\w)[وف]?(?:منذ|خلال|طوال|طيله|لمده|مده|قرابه|لنحو|نحو|حوالي|زهاء|غضون|مدار|مدي)\s*$")


_BC_AFTER = re.compile(r"[^\S\n]+(?:قبل[^\S\n]+الميلاد|ق[^\S\n]*\.[^\S\n]*م\.?)(?!\w)")


def duration(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("duration_amount")
    q = m.group("duration_quantifier")
    unit, n, gnum, explicit = parse_numunit(nu)
    if unit == "Y" and gnum == "sg" and not (explicit and nu.endswith("ا")) and (
            patterns.YEAR_IN_BRACKETS_AFTER.match(ctx.text, m.end("duration"))):
        return None  # «نحو سنة (1950)»: the year, found at «سنة» by the year kind; not in
        # «نحو عشرين عامًا (1939 - 1958)», a count of years then their range
    if (patterns.norm_key(nu) == "اشهر" and not q and ctx.text[m.start("duration") - 1 : m.start("duration")] == "ل"
            and _NOUN_AFTER.match(ctx.text, m.end("duration")) and not ctx.lenient):
        return None  # «لأشهر ولاة الأمويين»: to the most famous of, not for months
    if gnum == "sg" and not explicit and _LATE_AFTER.match(ctx.text, m.end("duration")):
        return None  # «حتى ساعة متأخرة من الليل»: a late hour, not an hour long
    if not explicit and not q and not ctx.lenient and _FEAST_AFTER.match(ctx.text, m.end("duration")):
        return None  # «خلال أيام عيد الفطر», «ليالي رمضان»: the feast's days, named by the feast
    if not explicit and not q and not ctx.lenient:
        before = text_before(ctx, m.start("duration"))
        if gnum == "sg" and patterns.norm_key(nu) in patterns.WEAK_SINGULAR_UNITS - {"عام", "عاما"}:
            if unit not in ("DE", "CE") or not (
                    _DECADE_CONTEXT.search(before) or (
                        _OF_TIME.match(ctx.text, m.end("duration"))
                        and not re.search(r"(?<!\w)(?:قبل|بعد)\s*$", before))):
                return None
            return duration_hit(m.start("duration"), m.end("duration"), nu, q, False)
        if _DUR_CONTEXT.search(before) is None and not (
                gnum == "pl" and patterns.norm_key(nu).endswith("ا")):
            return None  # the accusative plural («فمكث أشهراً») says how long by itself
        if _DUR_CONTEXT.search(before) is None and _QUALITY_AFTER.match(ctx.text, m.end("duration")):
            return None  # «ستشهد أياماً ماطرة»: rainy days, what is seen, not how long
    if explicit and isinstance(n, int) and n >= 1000 and unit == "Y" and (
            1800 <= n <= 2100 and not q):
        return None  # «2017 عام التحدي»: a year, then a name for it; «7000 سنة» is a count
    bc = _BC_AFTER.match(ctx.text, m.end("duration"))
    if bc is not None and unit == "Y" and explicit and isinstance(n, int) and n >= 100:
        # «منذ 8000 سنة قبل الميلاد»: the year 8000 BC, not 8000 years; «حوالي 7 آلاف عام قبل
        # الميلاد» about then («أكثر من» before it is left out: no set uses BEFORE)
        approx = bool(q) and patterns.QUANT_MODS.get(patterns.norm_key(q)) == "APPROX"
        start = m.start("duration_quantifier") if approx else m.start("duration_amount")
        return Hit(start, bc.end(), "DATE", f"BC{n:04d}", "APPROX" if approx else None)
    hit = duration_hit(m.start("duration"), m.end("duration"), nu, q, bool(m.group("duration_approx")))
    odd = _AND_SOME_AFTER.match(ctx.text, m.end("duration"))
    if odd is not None and hit.mod is None:  # «أحد عشر قرنًا ونيفًا»: and some
        hit = hit._replace(end=odd.end(), mod="MORE_THAN")
    least = _AT_LEAST_AFTER.match(ctx.text, m.end("duration"))
    if least is not None and hit.mod is None:  # «65 عاماً على الأقل»
        hit = hit._replace(end=least.end(), mod="MORE_THAN")
    return hit


# a noun after «أشهر» makes it a superlative; months are followed by an adjective, a
# preposition, a conjunction or the end of the clause
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:عديده|طويله|قليله|قادمه|مقبله|ماضيه|معدوده|متتاليه|متواصله|اخري|عده|فقط|قليلا"
    r"|من|في|علي|قبل|بعد|حتي|الي|عن|مع|ثم|او|دون|بلا|وسط|بسبب|بين|داخل|خارج|تحت|طويلا)(?!\w))[^\W\d]")
# an indefinite feminine adjective of what the days are like, not of how many or how long
_QUALITY_AFTER = re.compile(
    r"[^\S\n]+(?!(?:عديده|طويله|قليله|قادمه|مقبله|ماضيه|معدوده|متتاليه|متواصله|اخري|عده|كامله"
    r"|اضافيه|معدوده|قلائل|طوالا)(?!\w))(?!ال)[^\W\d]{3,}ه(?!\w)")
_AND_SOME_AFTER = re.compile(r"[^\S\n]+و[^\S\n]*نيف(?:ا|ا)?(?!\w)")


def last_period(m: re.Match, ctx: Ctx) -> Hit | None:
    if patterns.norm_key(m.group("last_period")) in patterns.PREP_VAGUE_REFS and re.search(
        r"(?<!\w)(?:في|حتي|منذ|الي)\s$", text_before(ctx, m.start("last_period"))
    ):
        return None  # «في الأيام المقبلة»: a vague reference (see vague), not a duration
    unit, gnum = patterns.UNITS[patterns.norm_key(m.group("last_period_unit"))]
    n: int | float | None
    if m.group("last_period_word"):  # «خلال الستة أشهر الماضية»
        n = parse_number(m.group("last_period_word"))
    elif m.group("last_period_digits"):
        n = parse_number(m.group("last_period_digits"))
    elif m.group("last_period_count"):
        n = parse_number(patterns.norm_key(m.group("last_period_count"))[2:])
    elif patterns.norm_key(m.group("last_period_rel")) == "الاولي":
        return None  # «الساعات الأولى من فجر اليوم»: the first hours, a part of the day
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


def age(m: re.Match, ctx: Ctx) -> Hit | None:
    """«سن العاشرة», «الخامسة والثلاثين عاما», «العشرين من عمره»: an age, a DURATION."""
    word = m.group("age_ord") or m.group("age_ord2") or m.group("age_ord3")
    if m.group("age_count"):
        n = parse_number(m.group("age_count")) or 0
    elif m.group("age_count2"):
        n = int(m.group("age_count2"))
    else:
        n = patterns.AGE_ORDINALS[patterns.norm_key(word)] if word else int(m.group("age_num"))
    if not 1 <= n <= 130:
        return None
    return Hit(m.start("age"), m.end("age"), "DURATION", f"P{n}Y", "APPROX" if m.group("age_near") else None)


_REST_UNIT = {"عام": "M", "سنه": "M", "موسم": "M", "شهر": "D", "اسبوع": "D", "يوم": "H"}


def rest_of(m: re.Match, ctx: Ctx) -> Hit | None:
    """«ما تبقى من العام», «بقية الشهر»: what is left of it, a DURATION of some months/days."""
    unit = _REST_UNIT[patterns.norm_key(m.group("rest_of_unit"))]
    return Hit(m.start("rest_of"), m.end("rest_of"), "DURATION", resolve.duration(unit, None), None)


# «للتقرير الشهري»: «ل» with the article, its alef dropped
_DEFINITE = re.compile(r"(?:[وفبلك]|لل|ول|وب|فب|فل)?ال\w\w|[وف]?لل\w\w")
_OWNED = re.compile(r"\w\w(?:ه|ها|هم|هما|هن|نا|كم)$")


_DEFINITE_AFTER = re.compile(r"\s+(?:ال|[وفبل]ال)\w")
_INDEFINITE_NOUN = re.compile(r"[وف]?(?:او|كانت|كان|تكون|يكون)")
_MANNER_BEFORE = re.compile(r"(?<!\w)[وف]?(?:بشكل|بصوره|بصفه|بطريقه)\s+$")
# «جريدة أسبوعية», «نشرة شهرية», «اجتماعات دورية يومية»: what comes out or meets so often
_PERIODICAL_BEFORE = re.compile(
    r"(?<!\w)[وفبلك]?(?:جريده|صحيفه|مجله|نشره|مطبوعه|دوريه|تقرير|تقارير|اجتماع|اجتماعات"
    r"|لقاء|لقاءات|جلسه|جلسات|رحله|رحلات|زياره|زيارات|حلقه|حلقات|برنامج)[^\S\n]+$")
# «باسم السياسة الأسبوعية»: a name given, not how often
_NAMED_BEFORE = re.compile(r"(?<!\w)(?:باسم|بعنوان|بإسم|تسمي|سميت|اسمها|اسمه)[^\S\n]+\S+[^\S\n]+$")


def set_adjective(m: re.Match, ctx: Ctx) -> Hit | None:
    """«التقرير الشهري», «مقاله الأسبوعي», «النشرة الفصلية»: a SET, unless everyday life."""
    start = m.start("set_adjective")
    if m.group("set_adjective_manner"):
        # «بشكل يومي»; said of what a thing is, or in a list of such: «سواء كانت سنوية أو نصف
        # سنوية» (not after any noun: «رعاية يومية» is everyday care, «يومية» a newspaper)
        before = ctx.text[max(0, start - 16) : start].split()
        prev = patterns.norm_key(before[-1]) if before else ""
        if not (_MANNER_BEFORE.search(ctx.text, max(0, start - 10), start)
                or _PERIODICAL_BEFORE.search(ctx.text, max(0, start - 12), start) or (
                m.group("set_adjective_almost") and before) or (
                prev and not m.group("set_adjective_almost") and _INDEFINITE_NOUN.fullmatch(prev)
                and prev not in patterns.NOT_SET_BEFORE
                and not _DEFINITE_AFTER.match(ctx.text, m.end("set_adjective")))):
            return None  # «يومي الخميس والجمعة»: two days, not daily
        value = patterns.MANNER_SETS[patterns.norm_key(m.group("set_adjective_manner"))]
        return Hit(start, m.end("set_adjective"), "SET", value,
                   "APPROX" if m.group("set_adjective_almost") else None)
    before = ctx.text[max(0, start - 12) : start].split()
    if not before or patterns.norm_key(before[-1]) in patterns.NOT_SET_BEFORE:
        return None
    prev = patterns.norm_key(before[-1])
    if _NAMED_BEFORE.search(ctx.text, max(0, start - 30), start):
        return None
    # a definite adjective follows a definite noun: «التقرير الشهري», «مقاله الأسبوعي»;
    # after a name it is a family name («يحيى الشهري»)
    if not (_DEFINITE.match(prev) or (_OWNED.search(prev) and not prev.endswith("الله"))):
        return None
    value = patterns.SET_ADJECTIVES[patterns.norm_key(m.group("set_adjective_word"))]
    return Hit(start, m.end("set_adjective"), "SET", value, None)


_WHOLE_UNIT = {"اليوم": "D", "الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y", "العقد": "DE",
               "القرن": "CE"}


def whole_period(m: re.Match, ctx: Ctx) -> Hit | None:
    """«طوال اليوم» (all day long), and «عام على الثورة» (a year since the revolution):
    DURATIONs, not the dct's day or year."""
    start, end = m.start("whole_period"), m.end("whole_period")
    if m.group("whole_period_unit") or m.group("whole_period_last"):
        unit = _WHOLE_UNIT[patterns.norm_key(m.group("whole_period_unit") or m.group("whole_period_last"))]
        return Hit(start, end, "DURATION", resolve.duration(unit, 1), None)
    unit, n, _, _ = parse_numunit(m.group("whole_period_since"))
    return Hit(start, end, "DURATION", resolve.duration(unit, n), None)
