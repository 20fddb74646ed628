"""Clock times: «الساعة العاشرة صباحا», «الساعة الثالثة من بعد ظهر اليوم», «16:29 ت م», and
the numeric time of a dateline, after or before its date («26-3-2025 | 23:25», «11:32 ص، 22
يونيو 2020»).
"""

from __future__ import annotations

import datetime
import re

from . import patterns, reference, resolve
from .context import Ctx, Hit, day_date, text_before
from .patterns import CLOCK_WORD_PART, CLOCKP, DAYW, HOURW, WB, WD

# «الساعة الثامنة (20.00) مساء»: the hour written again in digits, in brackets, before its part
BRACKETED_TIME = r"(?:[^\S\n]*\([^\S\n]*\d{1,2}[:.]\d{2}[^\S\n]*\))?"

# the kinds' patterns (kinds.py joins them with the others)
CLOCK_TIME = (
    rf"(?:الساعه[^\S\n]+(?P<clock_time_hour>\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|{HOURW})"
    rf"(?:[^\S\n]+و[^\S\n]*(?P<clock_time_fraction>النصف|الربع|نصف|ربع|الثلث){WB})?{BRACKETED_TIME}(?:[^\S\n]+(?:من[^\S\n]+)?(?P<clock_time_part>{CLOCKP}))?"
    rf"|(?P<clock_time_hour2>\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?!\d)|{HOURW})"
    rf"(?:[^\S\n]+و[^\S\n]*(?P<clock_time_fraction2>النصف|الربع|نصف|ربع|الثلث){WB})?{BRACKETED_TIME}[^\S\n]*(?:من[^\S\n]+)?(?P<clock_time_part2>{CLOCKP})"
    # «10صباحا», «3 مساء»: an hour in digits with a part of the day written as a word
    rf"|(?P<clock_time_hour4>(?<![\d.,:/])\d{{1,2}}(?!\d))[^\S\n]*(?P<clock_time_part4>{CLOCK_WORD_PART})"
    # «14:30 الملعب…», «14.30تونس / فلسطين»: a time beginning a line of a programme
    # «- 21:08أستراليا …»: a headline ticker's line, a dash or a bullet before its time
    rf"|(?:(?<=\n)|(?<![\s\S])|(?<=\n[-–•*])|(?<=\n[-–•*][^\S\n])|(?<=^[-–•*])|(?<=^[-–•*][^\S\n]))(?P<clock_time_line>\d{{1,2}}[:.]\d{{2}})(?![\d:.]?\d)(?=[^\S\n]*:?[^\S\n]*[^\W\d_])"
    # «الساعة: 14:29», «الوقت: 17:25:26»: a time after a label and a colon
    rf"|(?P<clock_time_label>(?:الساعه|الوقت|التوقيت)[^\S\n]*:[^\S\n]*)(?P<clock_time_hour5>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?![\d:])"
    # a numeric time alone: the handler keeps it only right after a date («26-3-2025 | 23:25»)
    rf"|(?P<clock_time_hour3>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?![\d:])"
    rf"|(?P<clock_time_midnight>منتصف[^\S\n]+الليل){WB})"  # «حتى منتصف الليل»
    rf"(?:[^\S\n]+(?:من[^\S\n]+)?(?:(?:يوم[^\S\n]+)?(?P<clock_time_weekday>{WD})|(?P<clock_time_day_word>{DAYW})))?"
)
PART_ADVERB = (
    # «استهدفت ليلاً شقة», «قصف فجراً»: a part of the day as an adverb; «ساعات الفجر الأولى»
    rf"(?P<part_adverb_word>ليلا|فجرا|صباحا|ظهرا|عصرا){WB}"
    # «تنخفض الحرارة بعد الظهر»: the afternoon (the forenoon) of the day the clock rules give
    rf"|(?P<part_adverb_noon>(?:بعد|قبل)[^\S\n]+الظهر){WB}"
    rf"|(?P<part_adverb_hours>(?:ال)?ساعات[^\S\n]+(?:ال)?(?:فجر|صباح)[^\S\n]+الاولي){WB}"
    # «ساعات الليل (المتأخرة)», «ساعات العصر», «ساعات الصباح الباكر»: that part of the day
    rf"|(?:ال)?ساعات[^\S\n]+(?P<part_adverb_of>الليل|العصر|المساء|الظهيره|الظهر|الفجر|الصباح|الضحي)"
    rf"(?:[^\S\n]+(?:المتاخره|الباكر|الاولي|الاخيره|المبكره){WB})?{WB}"
)


def clock_time(m: re.Match, ctx: Ctx) -> Hit | tuple[Hit, Hit] | None:
    line = m.group("clock_time_line")
    if line and not _programme_line(ctx, m.start("clock_time")):
        return None
    h = (m.group("clock_time_hour") or m.group("clock_time_hour2") or m.group("clock_time_hour3")
         or m.group("clock_time_hour4") or m.group("clock_time_hour5") or line)
    frac = m.group("clock_time_fraction") or m.group("clock_time_fraction2")
    part = m.group("clock_time_part") or m.group("clock_time_part2") or m.group("clock_time_part4")
    if m.group("clock_time_midnight"):  # midnight: as «الساعة 12 ليلاً»
        h, part = "12", "ليل"
    if m.group("clock_time_hour3") and not _after_a_date(ctx, m.start("clock_time")):
        return None  # «2:30» alone is a score, a ratio, a verse; in a dateline it is a time
    hk = patterns.norm_key(h)
    seconds = ""
    if hk[0].isdigit():
        bits = re.split(r"[:.]", hk)
        hour, minute = int(bits[0]), int(bits[1]) if len(bits) > 1 else 0
        if len(bits) > 2:
            seconds = f":{int(bits[2]):02d}"
    else:
        hour, minute = patterns.HOUR_WORDS[hk], 0
    if frac:
        minute = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20}[frac]
    midnight = False
    if part:
        p = patterns.CLOCK_PART[patterns.norm_key(part)]
        # «الساعة 12 ليلاً», «الثانية عشرة ليلاً»: midnight, the start of the next day
        midnight = hour == 12 and patterns.norm_key(part) in ("ليلا", "ليل")
        if (p == "PM" and hour < 12) or (p == "PM12" and 1 <= hour <= 6):
            hour += 12
        elif p == "AM" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59 or seconds[1:] > "59" or (line and hour > 23):
        return None
    date = resolve.date_value(ctx.dct)
    end = m.end("clock_time")
    same_day = None
    if line is None and _line_start(ctx.text, m.start("clock_time")) and _programme_line(
            ctx, m.start("clock_time")):
        line = m.group("clock_time")  # «10صباحا ليبيا / فلسطين» under a dated line
    if m.group("clock_time_hour5"):  # after a label: the day of a date on its line, or the dct
        d = ctx.ref.day_date
        if d is not None and "\n" not in ctx.text[ctx.ref.day_pos : m.start("clock_time")]:
            date = d.isoformat()
    elif line or m.group("clock_time_hour3") or (m.group("clock_time_hour2") and _after_a_date(
            ctx, m.start("clock_time"))):
        d = ctx.ref.date()
        date = d.isoformat() if d is not None else date
    elif m.group("clock_time_weekday"):
        wd = patterns.WEEKDAYS[patterns.norm_key(m.group("clock_time_weekday"))]
        d = resolve.weekday_date(wd, None, ctx.dct)
        date = d.isoformat() if d else f"XXXX-WXX-{wd}"
    elif m.group("clock_time_day_word") and _SAME_DAY_AFTER.match(ctx.text, m.end("clock_time")):
        # «في التاسعة مساء اليوم نفسه»: «اليوم نفسه» is an anaphora of its own, the hour on its day
        from . import kinds  # here: kinds imports this module
        from .relative_dates import anaphora
        end = len(ctx.text[: m.start("clock_time_day_word")].rstrip())
        am = kinds.SINGLE["anaphora"].match(ctx.text, m.start("clock_time_day_word"))
        same_day = anaphora(am, ctx) if am is not None else None
        if same_day is not None and same_day.type == "DATE":
            date = same_day.value
        else:
            same_day = None
            date = _day_of_clock(ctx, m.start("clock_time"), end, date)
    elif m.group("clock_time_day_word"):
        date = day_date(ctx, None, patterns.DAY_WORDS[patterns.norm_key(m.group("clock_time_day_word"))])
    else:
        date = _day_of_clock(ctx, m.start("clock_time"), m.end("clock_time"), date)
    if midnight:
        hour, date = 0, _next_day(date)
    mod = "APPROX" if _ABOUT_BEFORE.search(text_before(ctx, m.start("clock_time"))) else None
    start = m.start("clock_time_hour5") if m.group("clock_time_hour5") else m.start("clock_time")
    if mod:
        start -= len(_ABOUT_BEFORE.search(text_before(ctx, start)).group())
    hit = Hit(start, end, "TIME", f"{date}T{hour:02d}:{minute:02d}{seconds}", mod)
    return hit if same_day is None else (hit, same_day)


# between a date and the time after it in a dateline: «26-3-2025 | 23:25», «السبت ٢٦ نيسان
# ٢٠٢٥ - ١٥:٤٠», «2023-10-07 12:30:15 PM», «22 يونيو 2020، 11:32 ص»
_DATELINE_GAP = re.compile(r"[^\S\n]*[|\-–—،,•]?[^\S\n]*")
# «19 سبتمبر 2025 | آخر تحديث: 23:36»: a label between the date and its time
_DATELINE_LABEL = re.compile(r"(?:اخر[^\S\n]+)?(?:تحديث|تعديل)[^\S\n]*:?[^\S\n]*$")


def _after_a_date(ctx: Ctx, start: int) -> bool:
    """A date with its day found just before `start`, with at most a separator between."""
    ref = ctx.ref
    if ref.day is None or ref.end < 0 or ref.end > start:
        return False
    gap = ctx.text[ref.end : start]
    label = _DATELINE_LABEL.search(gap)
    if label is not None:
        gap = gap[: label.start()]
    return _DATELINE_GAP.fullmatch(gap) is not None


# a line of a programme: a time at its start («14:30 الملعب التونسي / الترجي»,
# «10صباحا ليبيا / فلسطين»), or a date at its end («السبت 1 مايو 2021:»)
_TIME_LINE = re.compile(r"[^\S\n]*(?:[-–•*][^\S\n]*)?(?:\d{1,2}[:.]\d{2}(?![\d:.]?\d)|\d{1,2}[^\S\n]*"
                        r"(?:صباحا|مساء|ظهرا|عصرا|ليلا)(?!\w))")


def _programme_line(ctx: Ctx, start: int) -> bool:
    """A time beginning its line is a programme's when one of the two lines before it or the
    line after also begins with a time, or a date was the last thing on the line before
    («السبت 1 مايو 2021:»)."""
    text = ctx.text
    prev_end = text.rfind("\n", 0, start)  # start is at a line's beginning
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    before = text.rfind("\n", 0, max(prev_start - 1, 0)) + 1
    if prev_end >= 0 and (_TIME_LINE.match(text, prev_start) or (
            prev_start > 0 and _TIME_LINE.match(text, before))):
        return True
    next_start = text.find("\n", start) + 1
    if next_start > 0 and _TIME_LINE.match(text, next_start):
        return True
    ref = ctx.ref
    return (prev_end >= 0 and ref.day is not None and prev_start <= ref.pos
            and text[ref.end : prev_end].strip(" :.-–") == "")


_PART_ADVERBS = {"ليلا": "NI", "فجرا": "MO", "صباحا": "MO", "ظهرا": "MI", "عصرا": "AF"}
# «ليلاً ونهاراً»: all the time; «ليلاً ساخناً»: a night (a noun with its adjective)
_NOT_ADVERB_AFTER = re.compile(r"[^\S\n]+(?:و[^\S\n]*(?:نهارا|ليلا|صباحا|مساء)(?!\w)|(?!ال)\w{2,}ا(?!\w))")
_NOT_ADVERB_BEFORE = re.compile(r"(?<!\w)(?:نهارا|ليلا|صباحا|مساء)[^\S\n]+و[^\S\n]*$")


def part_adverb(m: re.Match, ctx: Ctx) -> Hit | None:
    """A part of the day said as an adverb («استهدفت مسيّرة ليلاً شقة», «قصف فجراً»), or
    «ساعات الفجر الأولى»: that part of the day the clock time's rules give."""
    start, end = m.start("part_adverb"), m.end("part_adverb")
    word = m.group("part_adverb_word")
    if word is not None:
        gap = ctx.text[ctx.ref.end : start] if 0 <= ctx.ref.end <= start else None
        if gap is not None and gap.strip(" ،,") == "":
            return None  # «غدا صباحا», «يوم الأحد ليلا»: the guidelines keep it out
        if _NOT_ADVERB_AFTER.match(ctx.text, end) or _NOT_ADVERB_BEFORE.search(
                text_before(ctx, start, 12)):
            return None
        part = _PART_ADVERBS[word]
    elif m.group("part_adverb_of"):
        part = patterns.PART_OF_DAY[m.group("part_adverb_of")[2:]]
    elif m.group("part_adverb_noon"):
        part = "AF" if m.group("part_adverb_noon").startswith("بعد") else "MO"
    else:
        part = "MO"
    date = _day_of_clock(ctx, start, end, resolve.date_value(ctx.dct))
    return Hit(start, end, "TIME", f"{date}T{part}", None)


def _line_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


def _next_day(date: str) -> str:
    try:
        return (datetime.date.fromisoformat(date) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return date  # XXXX-XX-XX stays underspecified


_SAME_DAY_AFTER = re.compile(r"[^\S\n]+(?:نفسه|ذاته|التالي|السابق)(?!\w)")
_ABOUT_BEFORE = re.compile(r"(?<!\w)(?:حوالي|حوالى|نحو|قرابه)\s+$")
_WEEKDAY_LATER = re.compile(
    rf"[^.!?؟\n؛،]{{0,30}}?(?<!\w)(?:يوم\s+)?(?P<wd>{patterns.WD})")


def _near(text: str, a: int, b: int) -> bool:
    """b on a's line or on the line after it."""
    return text.count("\n", a, b) <= 1 and "\n\n" not in text[a:b]


def _day_of_clock(ctx: Ctx, start: int, end: int, default: str) -> str:
    """The day of a clock time named alone: a weekday later in its clause («الساعة الخامسة
    مساء في بانكوك يوم الثلاثاء»), else a day mentioned earlier in the sentence, else the last
    day named if it is after the dct and the clause is not past, else the dct."""
    later = _WEEKDAY_LATER.match(ctx.text, end)
    if later:
        d = resolve.weekday_date(patterns.WEEKDAYS[patterns.norm_key(later.group("wd"))], None,
                                 ctx.dct)
        if d is not None:
            return d.isoformat()
    if ctx.dct is None and ctx.ref.loose_day is not None and _near(ctx.text, ctx.ref.loose_day_pos, start):
        # a narrative (a programme, a forecast with no dct): the last day named, year or not,
        # on the same line or the one before («يوم 9 مايو المقبل بمواجهتين عند السادسة
        # مساء», «يوم الخميس …\nوتبدأ الأمطار في ساعات الصباح الباكر»)
        return ctx.ref.loose_day
    d = ctx.ref.day_date
    if d is not None and reference.same_sentence(ctx.text, ctx.ref.day_pos, start):
        return d.isoformat()
    # «يستضيف غدا الثلاثاء …» then, paragraphs later, «وتبدأ المباراة في الساعة 03.30 مساء»:
    # the hour of an event to come falls on the day to come last named, unless told as past
    if (d is not None and ctx.dct is not None and d > ctx.dct
            and reference.clause_tense(ctx.text, start, end) != "past"):
        return d.isoformat()
    return default
