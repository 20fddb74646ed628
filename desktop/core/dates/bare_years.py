"""Years written as four digits alone: when «1950» is a year (after في/منذ, a place, a name,
an event, in a list or a range, opening a line of a chronology, in a bibliography line) and
not a count; the first year of a range written with two digits («69 - 1972»).
"""

from __future__ import annotations

import re

from . import patterns
from .context import Ctx, Hit, text_before
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
HIJRI_PAIR_BEFORE = re.compile(r"\d\s*(?:ه|هجري)\s*[/=،,]\s*(?:\d{1,4}\s*[-–]\s*)?$")
CIRCA_BEFORE = re.compile(r"(?<![A-Za-z])(?:c|ca|circa)\.?\s*$")
PUNCT_AFTER = re.compile(r"[^\S\n]*(?:[:\-–—.،,؛)]|$)")
_LIFE_BEFORE = re.compile(r"(?<!\w)(?:توفي|توفيت|ولد|ولدت|ت\.?)\s*$")


_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!ال)\w+ا|" + "|".join(sorted(patterns.COUNTED_NOUNS, key=len, reverse=True)) + r")(?!\w)"
)


_YEAR_RANGE_AFTER = re.compile(r"\s*(?:[-–]|الي|حتي)\s*(?P<y>\d{4})(?!\d)")


_YEAR_RANGE_BEFORE = re.compile(
    r"(?:(?P<y>\d{4})|عامي|سنتي|سنوات|اعوام)\s*[)]?\s*(?:[-–/]|و|الي|حتي|او)\s*$")
# a year alone in brackets, after a name or a title: «فرانز (1920)»; not after a count
COUNT_BEFORE = re.compile(
    r"(?<!\w)(?:عدد|عدده|عددهم|بلغ|بلغت|الي|نحو|حوالي|رقم|بنسبه|مبلغ|قيمه|بقيمه|مجموع|اجمالي)\s*\(?\s*$"
    # «عدد النتائج ( 1937 )», «مجموع الأصوات (1520)»: a count of the noun after it
    r"|(?<!\w)(?:عدد|مجموع|اجمالي)[^\S\n]+ال\w+[^\S\n]*:?[^\S\n]*\(?[^\S\n]*$")
# «1948: قيام…», «1962 - الاستقلال»: a year opening a line of a chronology
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[-–•*][^\S\n]*)?$")
_QUOTE_BEFORE = re.compile(r"[\"”»][^\S\n]*$")  # a title in quotes, its year after it
_LIST_GAP = re.compile(r"[^\S\n]*[،,][^\S\n]*(?:و[^\S\n]*)?|[^\S\n]+و[^\S\n]*")


def bare_year(ctx: Ctx, y: int, start: int, end: int) -> bool:
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
    if _YEAR_PREP_BEFORE.search(before) is not None and PUNCT_AFTER.match(ctx.text, end):
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
    if _short_range_start(before, y) and PUNCT_AFTER.match(ctx.text, end):
        return True  # the second year of «69 - 1972،»
    if 1400 <= y and _citation_line(ctx.text, start) and _CITATION_AFTER.match(ctx.text, end):
        return True  # «Riv. Coloniale، 1923.», «(بادوا 1912)», «dal 1510 al 1856»
    if _LINE_START.search(ctx.text, max(0, start - 8), start) is None:
        return False
    if PUNCT_AFTER.match(ctx.text, end) or _ALONE_ON_LINE.match(ctx.text, end):
        return True  # «1962 - الاستقلال»; «2008» alone on its line under a title
    # «1459 وقوع معركة…», «1187  قوات…»: no dash, in a list of lines that open with years
    return (_WORD_AFTER.match(ctx.text, end) is not None and _COUNTED_AFTER.match(ctx.text, end) is None
            and chronology_line(ctx.text, start))


_ALONE_ON_LINE = re.compile(r"[^\S\n]*\n")
_WORD_AFTER = re.compile(r"[^\S\n]+[^\W\d_]")
# a line of a chronology: a year (three or four digits) opening it, then a dash, a colon or words
_CHRONOLOGY_LINE = re.compile(r"[^\S\n]*(?:[-–•*][^\S\n]*)?\d{3,4}(?!\d)[^\S\n]*(?:[-–—:]|[^\S\n][^\W\d_])")


def chronology_line(text: str, start: int) -> bool:
    """The line of `start` is one of a chronology: the line before it or the line after it
    opens with a year too."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > 1 and text[line_start - 2] != "\n":
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if _CHRONOLOGY_LINE.match(text, prev_start):
            return True
    next_start = text.find("\n", start) + 1
    return next_start > 0 and _CHRONOLOGY_LINE.match(text, next_start) is not None


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


SHORT_RANGE_AFTER = re.compile(r"[^\S\n]*[-–]?[^\S\n]*(?P<y>\d{4})(?!\d)(?=[^\S\n]*(?:م(?!\w))?[^\S\n]*(?:[.،,؛:)]|\n|$))")
_SHORT_RANGE_BEFORE = re.compile(r"(?<![\d/\-.])(?P<s>\d{2})[^\S\n]*[-–]?[^\S\n]*$")


def short_first_year(ctx: Ctx, yy: int, start: int, end: int) -> Hit | None:
    """«أقام فيها 69 ـــــ 1972،»: the first year of a range written with two digits, in the
    century of the second (the tatweel dash folds away)."""
    r = SHORT_RANGE_AFTER.match(ctx.text, end)
    if r is None or COUNT_BEFORE.search(text_before(ctx, start)) or re.search(
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
