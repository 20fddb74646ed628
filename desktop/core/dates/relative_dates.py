"""Dates relative to the document date: units with الماضي/المقبل («العام الماضي»), weekdays,
day words (أمس، غدا), «قبل/بعد» + a quantity, anaphora (آنذاك، العام التالي) and vague
references (مؤخرا، حاليا، في الماضي). Clock times are in clock_times.py.
"""

from __future__ import annotations

import datetime
import re

from . import kinds, patterns, reference, resolve
from .context import (
    Ctx,
    Hit,
    day_date,
    future_cue,
    mod_of,
    part_of,
    prep_before,
    rel2_of,
    rel_of,
    text_before,
    with_part,
)
from .numbers import duration_hit, parse_numunit
from .sites import site_name

# «اليوم الذي», «الليلة الأولى»: that day, a night of a series; not «الليلة إلى بغداد»
_AL_WORD_AFTER = re.compile(r"\s+(?:ال(?!(?:ي|ا)(?!\w))\w+|نفسه|ذاته|ذلك|الذي|التي)")

# «خلال الجلسة اليوم المخصصة»: a feminine adjective after «اليوم» goes with the feminine noun
# before it (the day is masculine), so «اليوم» is today, said between the two
_FEMININE_AROUND_TODAY = re.compile(r"(?<!\w)[وفبل]?ال\w+ه[^\S\n]+$")
_FEMININE_ADJ_AFTER = re.compile(r"[^\S\n]+ال\w+ه(?!\w)")

# «بعد يومين من مقتل…», «بعد نحو يوم كامل من تحميلهما»: anchored to an event
_EVENT_AFTER = re.compile(
    r"(?:\s+(?:كامل|كاملا|كامله|كاملين|كاملتين|فقط|فحسب|قليله|قليلا|معدوده))?\s+(?:من|علي)\s+"
    r"(?!(?:الان|اليوم|الغد|تاريخه|الزمن)(?!\w))")


# «بعد عام في التدريس», «بعد عامين في السجن»: time spent in an activity or a place
_SPENT_IN_AFTER = re.compile(
    r"\s+(?:قضاها\s+|قضاهما\s+)?في\s+(?:التدريس|التعليم|الدراسه|العمل|الخدمه|السجن|المعتقل|الاسر"
    r"|المنفي|الغربه|الحكم|المنصب|السلطه|الوظيفه|التدريب|الاعتقال|الحبس|الغيبوبه|الحصار)(?!\w)")
_FROM_NOW_AFTER = re.compile(r"\s+من\s+(?:الان|اليوم)(?!\w)")


def relative_unit(m: re.Match, ctx: Ctx) -> Hit | None:
    mod = mod_of(m.group("relative_unit_mod"))
    rel = rel2_of(m.group("relative_unit_rel2"))
    if rel is None:
        rel = rel_of(m.group("relative_unit_rel"))
    this = m.group("relative_unit_this")
    unit = patterns.REL_UNITS[patterns.norm_key(m.group("relative_unit_unit"))]
    if rel is None:
        if not (this or mod or ctx.lenient):
            return None
        rel = 0
    start, end = m.start("relative_unit"), m.end("relative_unit")
    if unit == "Y" and _GENERAL_BEFORE.search(text_before(ctx, start)):
        return None  # «الأمين العام القادم»: the next secretary-general, not next year
    relw = patterns.norm_key(m.group("relative_unit_rel") or "")
    if relw in ("السابق", "السابقه") and ctx.ref.year is not None and (
            ctx.dct is None or reference.same_sentence(ctx.text, ctx.ref.pos, start)):
        # «في نهاية الشهر السابق» after «كانون الأول من عام 2012»: the month before that one
        value = _from_reference(ctx.ref, unit, -1)
        if value is not None:
            return Hit(start, end, "DATE", value, mod)
    ys = m.group("relative_unit_year")
    if ys:
        y = int(re.search(r"\d{4}", ys).group())
        if unit == "Y" and 1900 <= y <= 2100 and (ys.count("(") == ys.count(")")):
            # «العام المقبل 2015»: the year written out is the value
            return Hit(start, end, "DATE", f"{y:04d}", mod)
        end = m.start("relative_unit_year")
    if unit == "NI":
        return Hit(start, end, "TIME", resolve.unit_rel("NI", rel, ctx.dct), mod)
    if unit == "W" and mod == "END" and _HOLIDAY_BEFORE.search(text_before(ctx, start)):
        # «عطلة نهاية الأسبوع»: the weekend (TIMEX3 -WE), not the end of the week
        week = resolve.unit_rel(unit, rel, ctx.dct)
        start -= len(_HOLIDAY_BEFORE.search(text_before(ctx, start)).group("noun"))
        return Hit(start, end, "DATE", f"{week}-WE", None)
    return Hit(start, end, "DATE", resolve.unit_rel(unit, rel, ctx.dct), mod)


# «التخطيط لعطلة نهاية الأسبوع»: with a clitic too, left out of the span
_HOLIDAY_BEFORE = re.compile(r"(?<!\w)(?:[وف]?[بل]?)(?P<noun>(?:عطله|اجازه|عطلات|اجازات)\s+)$")
# nouns «العام» qualifies as «general/public»
_GENERAL_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:امين|مدير|مدعي|نائب|راي|قطاع|شان|نظام|صالح|مال|مؤتمر|اتحاد|مراقب"
    r"|منسق|مفوض|مفتش|قائد|مرشد|امن|اضراب|عفو|مجمع|مستشار|مساعد)\s*$")
_PLACE_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:سوق|اسواق|ساحه|شارع|دوار|حي|جامع|مسجد|جماعه|بلديه|قريه|مدرسه|سينما)\s*$")


def weekday(m: re.Match, ctx: Ctx) -> Hit | None:
    w = patterns.norm_key(m.group("weekday_name"))
    wd = patterns.WEEKDAYS[w]
    end = m.end("weekday")
    yom = m.group("weekday_day_word")
    tod = m.group("weekday_part")
    rel = rel_of(m.group("weekday_rel"))
    rel2 = rel2_of(m.group("weekday_rel2"))
    hit2 = None
    if m.group("weekday_name2"):
        # «ليلة السبت/الأحد», «ليل الأحد-الاثنين»: one night, named by its two days
        wd2 = patterns.WEEKDAYS[patterns.norm_key(m.group("weekday_name2"))]
        if part_of(tod) != "NI" or wd2 != wd % 7 + 1:
            end, rel, rel2 = m.end("weekday_name"), None, None
            # «من الاثنين إلى الجمعة»: two days, the second a timex of its own
            second = kinds.SINGLE["weekday"].match(ctx.text, m.start("weekday_name2"))
            hit2 = weekday(second, ctx) if second is not None else None
    if m.group("weekday_every") and end == m.end("weekday"):  # «يوم الأربعاء من كل أسبوع»
        return Hit(m.start("weekday"), end, "SET", f"XXXX-WXX-{wd}", None)
    end_w = m.end("weekday_name")
    if wd == 7 and re.match(r"\s+عشر", ctx.text[end_w : end_w + 6]):
        return None
    if not (yom or tod or ctx.lenient) and _PLACE_BEFORE.search(text_before(ctx, m.start("weekday"))):
        return None  # «سوق الأحد», «شارع الجمعة»: a place named after a market day
    if w == "الاتنين" and not (yom or tod or rel is not None or ctx.lenient) and not prep_before(
            ctx, m.start("weekday")):
        return None  # Egyptian «الاتنين» is «both» far more often than Monday
    if wd == 1 and not (yom or tod or rel is not None or ctx.lenient):
        before = text_before(ctx, m.start("weekday"))
        if re.search(r"(?<!\w)[وف]?(?:بين|كلا|هذين|اول|ثاني|الطرفين)\s*$", before):
            return None
    if not (yom or tod or rel is not None or rel2 is not None or ctx.lenient) and _habitual_prayer(
            ctx, m.start("weekday"), end):
        return None  # «يؤدي المصلون صلاة الجمعة كل أسبوع»: the prayer, not a Friday
    shift = patterns.DAY_WORDS.get(patterns.norm_key(yom or ""))
    if shift == 0 and ctx.dct is not None and rel is None and rel2 is None:
        # «مساء اليوم الاثنين» in a page dated Tuesday: the writer's today, the Monday nearest
        # the dct (a report written one day and put online the next)
        d: datetime.date | None = ctx.dct + datetime.timedelta(
            days=(wd - ctx.dct.isoweekday() + 3) % 7 - 3)
    elif shift is not None and ctx.dct is not None:  # «أمس الأربعاء»: the day word decides
        d = ctx.dct + datetime.timedelta(days=shift)
    elif rel2 is not None:  # «الخميس قبل الماضي»
        d = resolve.weekday_date(wd, rel2 // 2, ctx.dct)
        if d is not None:
            d += datetime.timedelta(weeks=rel2 // 2)
    elif rel is None and shift is None and ctx.dct is not None and (
            future_cue(ctx, m.start("weekday"), end)
            or (reference.clause_tense(ctx.text, m.start("weekday"), end) == "future"
                and not _WAS_TO.search(ctx.text, max(0, m.start("weekday") - 90), m.start("weekday")))):
        # «سيزور القاهرة الأحد», «يعقد المجلس جلسته الأربعاء»: the day to come
        d = resolve.weekday_date(wd, 1, ctx.dct - datetime.timedelta(days=1))
    else:
        d = resolve.weekday_date(wd, rel, ctx.dct)
    value = d.isoformat() if d else f"XXXX-WXX-{wd}"
    typ, value = with_part(value, part_of(tod))
    hit = Hit(m.start("weekday"), end, typ, value, None)
    if hit2 is not None:
        return (hit, hit2) if isinstance(hit2, Hit) else (hit, *hit2)
    return hit


_PRAYER_BEFORE = re.compile(r"(?<!\w)(?:[وفبل]|ل?ل)?(?:صلاه|صلاتي|خطبه|خطبتي)\s+$")
_HABITUAL = re.compile(
    r"(?<!\w)(?:كل|[وف]?(?:ي|ت)(?:ؤدي|ؤدون|قام|صلي|صلون|حضر|حضرون|لقي|خطب|حرص|حرصون|عتاد|عتادون)|عاده"
    r"|اعتاد|اعتادوا|دائما|غالبا)(?!\w)")


def _habitual_prayer(ctx: Ctx, start: int, end: int) -> bool:
    """«صلاة الجمعة» in a sentence about what is done every week (كل, an imperfect of
    habit, «عادة»), with no tense cue for one Friday: the prayer, not a date."""
    if not _PRAYER_BEFORE.search(ctx.text, max(0, start - 10), start):
        return False
    if reference.clause_tense(ctx.text, start, end) is not None:
        return False
    lo = start
    while lo > 0 and start - lo < 120 and not reference.SENTENCE_END.match(ctx.text, lo - 1):
        lo -= 1
    hi = end
    while hi < len(ctx.text) and hi - end < 80 and not reference.SENTENCE_END.match(ctx.text, hi):
        hi += 1
    return _HABITUAL.search(ctx.text, lo, hi) is not None


# «وكان من المتوقع أن يبدأ الفريق عمله الأحد»: what was to happen, told after the fact
_WAS_TO = re.compile(r"(?<!\w)[وف]?كان(?:ت)?\s+(?:من\s+)?(?:المقرر|المتوقع|المفترض|المنتظر)"
                     r"(?!\w)[^.،,؛!?؟\n]*$")
# «واقع اليوم», «عالم اليوم», «شباب اليوم»: today as the present, not the dct's day
_GENERIC_BEFORE = re.compile(
    r"(?<!\w)(?:واقع|عالم|جيل|اجيال|شباب|اطفال|انسان|مجتمع|مجتمعات|عصر|نساء|رجال|حياه|لغه)\s*$")
# with no dct, «اليوم» after a pronoun, a verb of what a thing is now or «حتى» is nowadays: «التي
# تشكل اليوم إسبانيا», «تعرف اليوم باسم…», «حتى إننا اليوم لا نكاد…»
_NOWADAYS_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:انا|اننا|انه|انها|انهم|نحن|هم|هي|هو|[تين](?:شكل|عرف|سمي|مثل|عد|قع|ضم|عيش|بقي|ظل"
    r"|حمل|وجد|شهد|ملك)"
    r"|حتي|الي|لغايه)\s+$")  # «منذ عام 1979 حتى اليوم», «لا تزال حتى اليوم»: until now
_NAME_WITH_DAY_WORD = re.compile(r"(?<!\w)(?:المصري|اخبار|عين)\s*$")
_PREP_FOR_TOMORROW = re.compile(
    r"(?:(?<!\w)[وف]?(?:في|حتي|الي|منذ|بعد|قبل|يوم|صباح|مساء|ظهر|ليله|مطلع|اعتبارا\s+من|ابتداء\s+من"
    r"|بحلول)\s*|(?<!\w)[وف]?[بل])$|(?:^|[.!?؟\n،,:])\s*$")


_TODAY_IS = re.compile(r"[^\S\n]+هو[^\S\n]*:?[^\S\n]*")


def day_word(m: re.Match, ctx: Ctx) -> Hit | None:
    end = m.end("day_word")
    if m.group("day_word_this"):
        part = "MO" if "الصباح" in m.group("day_word_this") else "EV"
        return Hit(m.start("day_word"), end, "TIME", f"{resolve.date_value(ctx.dct)}T{part}", None)
    if m.group("day_word_thispart"):
        typ, value = with_part(resolve.date_value(ctx.dct), part_of(m.group("day_word_thispart")))
        return Hit(m.start("day_word"), end, typ, value, None)
    w = patterns.norm_key(m.group("day_word_word"))
    tod = m.group("day_word_part")
    if w in ("اليوم", "الليله") and not ctx.lenient:
        if _AL_WORD_AFTER.match(ctx.text, end) and not (
                w == "اليوم" and _FEMININE_AROUND_TODAY.search(ctx.text, max(0, m.start("day_word") - 20), m.start("day_word"))
                and _FEMININE_ADJ_AFTER.match(ctx.text, end)):
            return None
        if re.search(r"(?<!\w)(?:ذلك|تلك|نفس|ذات|هذا|ذاك)\s*$", text_before(ctx, m.start("day_word"))):
            return None
        if re.match(r"\s+(?:ده|دا|دي|هذا|هاد)(?!\w)", ctx.text[end : end + 6]):
            return None  # «شفت اليوم ده»: that day, not today
        if w == "اليوم" and not tod and (_GENERIC_BEFORE.search(text_before(ctx, m.start("day_word"))) or (
                ctx.dct is None and not m.group("day_word_part2")
                and _NOWADAYS_BEFORE.search(text_before(ctx, m.start("day_word"))))):
            return Hit(m.start("day_word"), end, "DATE", "PRESENT_REF", None)  # «واقع اليوم»
    if w == "الامس" and not tod and not ctx.lenient:
        return None
    said = _TODAY_IS.match(ctx.text, end) if w == "اليوم" and not tod else None
    if said is not None:  # «اليوم هو الخميس سبتمبر 18, 2014»: a forum's header says today
        from .english_dates import english_date
        em = kinds.SINGLE["english_date"].match(ctx.text, said.end())
        dated = english_date(em, ctx) if em is not None else None
        if dated is not None:
            return Hit(m.start("day_word"), end, "DATE", dated.value, None)
    if not ctx.lenient and _NAME_WITH_DAY_WORD.search(text_before(ctx, m.start("day_word"))) and (
            w == "اليوم" and not tod):
        return None  # «المصري اليوم», «روسيا اليوم»: a newspaper, a channel
    if not ctx.lenient and w == "اليوم" and not tod and site_name(ctx, m.start("day_word"), end):
        return None  # «بغداد اليوم- بغداد», «تابعتها "بغداد اليوم"»: a site named after a place
    if not ctx.lenient and w == "اليوم" and re.match(r"\s+السابع(?!\w)", ctx.text[end : end + 10]):
        return None  # «اليوم السابع»
    if w == "الغد" and not tod and not ctx.lenient and not _PREP_FOR_TOMORROW.search(
            text_before(ctx, m.start("day_word"))):
        return None  # «جيل الغد», «رجال الغد», «صحيفة الغد»: figurative, or a name
    if w == "الليله":
        return Hit(m.start("day_word"), end, "TIME", f"{resolve.date_value(ctx.dct)}TNI", None)
    value = day_date(ctx, None, patterns.DAY_WORDS[w])
    part = part_of(tod)
    if part is None and m.group("day_word_part2"):
        part = patterns.PART_AFTER[patterns.norm_key(m.group("day_word_part2"))]
    elif m.group("day_word_part2"):
        end = m.start("day_word_part2")
        end = len(ctx.text[:end].rstrip())
    typ, value = with_part(value, part)
    return Hit(m.start("day_word"), end, typ, value, None)


def offset(m: re.Match, ctx: Ctx) -> Hit | None:
    nu = m.group("offset_amount")
    q = m.group("offset_quantifier")
    unit, n, gnum, explicit = parse_numunit(nu)
    if unit == "Y" and gnum == "sg" and patterns.YEAR_IN_BRACKETS_AFTER.match(ctx.text, m.end("offset")):
        return None
    if (gnum == "sg" and not explicit and not q
            and patterns.norm_key(nu) in patterns.WEAK_SINGULAR_UNITS - {"عام"}):
        return None
    if _SPENT_IN_AFTER.match(ctx.text, m.end("offset")):
        # «انصرف بعد عامٍ في التدريس إلى…»: after a year spent in it, a length, not a date
        start = m.start("offset_quantifier") if q else m.start("offset_amount")
        return duration_hit(start, m.end("offset"), nu, q, False)
    if _EVENT_AFTER.match(ctx.text, m.end("offset")):
        # «بعد يومين من مقتل…»: anchored to an event, not to the document date
        start = m.start("offset_quantifier") if q else m.start("offset_amount")
        return duration_hit(start, m.end("offset"), nu, q, False)
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
        value = None
        if direction > 0 and not from_now:
            # «بدأت الحرب عام 1914 وانتهت بعد أربع سنوات»: after the date of the sentence
            # (news) or the last one mentioned (narrative), not after the dct
            ref = ctx.ref
            if ref.year is not None and (
                    ctx.dct is None or reference.sentence_year(ref, ctx.text, m.start("offset"))):
                value = _from_reference(ref, unit, n_int)
        elif direction < 0 and ctx.dct is None and ctx.ref.year is not None:
            # narrative, no dct: «في 1889 … قبل سنة» is the year before the last date said
            value = _from_reference(ctx.ref, unit, -n_int)
        if value is None:
            value = resolve.shifted(unit, n_int, direction, ctx.dct)
    return Hit(m.start("offset"), end, "DATE", value, mod)


_ANAPHORA_STEP = {"التالي": 1, "التاليه": 1, "اللاحق": 1, "اللاحقه": 1, "الموالي": 1,
                  "المواليه": 1, "السابق": -1, "السابقه": -1}


def anaphora(m: re.Match, ctx: Ctx) -> Hit | None:
    """«آنذاك», «ذلك العام», «في العام التالي», «في اليوم نفسه», «بعد ذلك بعامين»: the last
    date mentioned (see reference.py), moved by the step; nothing without one."""
    ref = ctx.ref
    start, end = m.start("anaphora"), m.end("anaphora")
    if m.group("anaphora_like"):
        return _same_day_of_year(m, ctx)
    day = _day_anaphora(m, ctx)
    if day is not None:
        return Hit(start, end, "DATE", day, None)
    if ref.bc is not None and ref.bc_pos > ref.pos and m.group("anaphora_word"):
        return Hit(start, end, "DATE", ref.bc, None)  # «1250 ق.م … وعرف حينها»
    if ref.year is None:
        return None
    if m.group("anaphora_word"):
        # «ويصبح حينها»: a «then» of a condition, not of a date said before; «ذلك الوقت» names
        # a time, and a date said just before («قبل نحو قرن … ومنذ ذلك الوقت») is its referent
        word = patterns.norm_key(m.group("anaphora_word")).split()[0]
        said = word in ("ذلك", "ذاك", "تلك")
        # «أعلن الدفاع المدني، السبت، مقتل اثنين…؛ ما رفع عدد قتلاه آنذاك»: a day named just
        # before (a weekday of the dct's week) is the referent of «آنذاك», which no condition uses
        named_day = (word in ("انذاك", "اناذاك", "حينذاك", "وقتذاك") and ref.day is not None
                     and 0 <= start - ref.pos <= 150)
        if not ref.written and not (said and 0 <= start - ref.pos <= 400) and not named_day:
            return None
        return Hit(start, end, "DATE", resolve.ymd(ref.year, ref.month, ref.day), None)
    amount = m.group("anaphora_amount") or m.group("anaphora_amount2") or m.group("anaphora_amount3")
    if amount:
        unit, n, _, _ = parse_numunit(amount)
        if n is None or not float(n).is_integer():
            return None
        direction = m.group("anaphora_dir") or m.group("anaphora_dir2") or m.group("anaphora_dir3")
        sign = 1 if direction == "بعد" else -1
        value = _from_reference(ref, unit, int(n) * sign)
        return None if value is None else Hit(start, end, "DATE", value, None)
    word = m.group("anaphora_that_unit") or m.group("anaphora_unit") or m.group("anaphora_unit2")
    unit = {"عام": "Y", "سنه": "Y", "شهر": "M", "اسبوع": "W", "يوم": "D"}[
        patterns.norm_key(word).removeprefix("ال")]
    step = _ANAPHORA_STEP.get(patterns.norm_key(m.group("anaphora_rel") or ""), 0)
    if step < 0 and (ctx.dct is not None and not reference.same_sentence(ctx.text, ref.pos, start)):
        return None  # «مقارنة بالعام السابق» with no date before it: the dct's previous year
    value = _from_reference(ref, unit, step)
    return None if value is None else Hit(start, end, "DATE", value, None)


def _same_day_of_year(m: re.Match, ctx: Ctx) -> Hit | None:
    """«في ذلك اليوم من عام 1952» after «25 يناير»: that day of the month in the year written
    (1952-01-25). The day is the last one named."""
    ref = ctx.ref
    if ref.month is not None and ref.day is not None:
        month, day = ref.month, ref.day
    elif ref.loose_day is not None and ref.loose_day[5:7].isdigit():
        month, day = int(ref.loose_day[5:7]), int(ref.loose_day[8:10])
    else:  # nothing named before it: the year alone, as round two has «في مثل هذا اليوم من عام
        return None  # 1958» in an article (its dct's day would be a guess)
    value = f"{m.group('anaphora_like_y')}-{month:02d}-{day:02d}"
    return Hit(m.start("anaphora"), m.end("anaphora"), "DATE", value, None)


def _day_anaphora(m: re.Match, ctx: Ctx) -> str | None:
    """«اليوم نفسه», «في اليوم التالي» in a narrative whose last day was named after the last
    full date, or in no year («يوم 9 مايو المقبل … اليوم نفسه» → XXXX-05-09, «اليوم التالي» →
    XXXX-05-10); None where the other rules decide."""
    ref = ctx.ref
    word = m.group("anaphora_that_unit") or m.group("anaphora_unit") or m.group("anaphora_unit2")
    if (ctx.dct is not None or ref.loose_day is None or word is None
            or patterns.norm_key(word).removeprefix("ال") != "يوم"
            or (ref.year is not None and ref.loose_day_pos <= ref.pos)):
        return None
    step = _ANAPHORA_STEP.get(patterns.norm_key(m.group("anaphora_rel") or ""), 0)
    return reference.shift_day(ref.loose_day, step)


def _from_reference(ref, unit: str, k: int) -> str | None:
    """The reference moved by k units, at the unit's precision (None when the reference is
    not that precise: «اليوم التالي» after a year alone)."""
    if unit in ("Y", "DE", "CE"):
        k = k * {"Y": 1, "DE": 10, "CE": 100}[unit]
        return f"{ref.year + k:04d}"
    if unit == "M":
        if ref.month is None:
            return None
        return resolve.ymd(*resolve.shift_month(ref.year, ref.month, k))
    d = ref.date()
    if d is None or unit not in ("D", "W"):
        return None
    if unit == "W":
        return resolve.week_value(d + datetime.timedelta(weeks=k))
    return (d + datetime.timedelta(days=k)).isoformat()


# a verb in the future (سـ + a prefix of the imperfect, or سوف before it), its subject between
_FUTURE_VERB_BEFORE = re.compile(r"(?<!\w)(?:[وف]?س[يتن]\w{2,}|سوف\s+\w+)(?:\s+\w+){0,2}\s+$")


def vague(m: re.Match, ctx: Ctx) -> Hit | None:
    s, e = m.start("vague"), m.end("vague")
    if m.group("vague_time"):
        tu = patterns.norm_key(m.group("vague_time_unit"))
        rel = rel_of(m.group("vague_time_rel")) or 0
        if tu == "اليوم":
            return Hit(s, e, "DATE", resolve.date_value(ctx.dct), None)
        unit = patterns.REL_UNITS[tu[2:]]
        return Hit(s, e, "DATE", resolve.unit_rel(unit, rel, ctx.dct), None)
    if m.group("vague_word"):
        w = patterns.norm_key(m.group("vague_word"))
        if w == "الان" and re.match(r"\s+(?:نفسه|ذاته)", ctx.text[e : e + 8]):
            return None
        if w.startswith("قريب") and re.match(r"\s+(?:من|الي|علي)(?!\w)", ctx.text[e : e + 6]) and (
                not _FUTURE_VERB_BEFORE.search(text_before(ctx, s))):
            return None  # «قريبا من الإنجاز»: near, not soon; «ستُرسل قريباً من بغداد»: soon
        return Hit(s, e, "DATE", patterns.VAGUE_REFS[w], None)
    if m.group("vague_past"):
        return Hit(s, e, "DATE", "PAST_REF", None)
    if m.group("vague_present"):
        return Hit(s, e, "DATE", "PRESENT_REF", None)
    if m.group("vague_moment"):
        return Hit(s, e, "DATE", "PRESENT_REF", None)
    w = patterns.norm_key(m.group("vague_after_prep"))
    return Hit(s, e, "DATE", patterns.PREP_VAGUE_REFS[w], None)
