"""The kinds of expression, most specific first, and the one pattern that finds them all.

Each kind is a regular expression over folded text whose groups are prefixed with the
kind's name (the handler of the same name in calendar_dates, hijri_dates, relative_dates
or durations reads them); `master()` joins them into one alternation (one scan of the text)
and `SINGLE[kind]` is the kind alone, for trying the next kinds where a handler said no.
The words and building blocks come from patterns.py.
"""

from __future__ import annotations

import re
from functools import cache

from .clock_times import CLOCK_TIME, PART_ADVERB
from .english_dates import FIRST_WORDS as ENGLISH_MONTHS
from .english_dates import PATTERN as ENGLISH_DATE
from .patterns import (
    AGE_ORD,
    AGE_ORDINALS,
    BCSUF,
    BIG_NUMBERS,
    CENTURY,
    CENTURY_OF_DECADE,
    DAY_WORDS,
    DAYW,
    DECADE,
    DECADE_BARE,
    DECADES,
    GREGORIAN_HOLIDAYS,
    GSUF,
    HIJRI_HOLIDAYS,
    HIJRI_MONTHS,
    HMONTH,
    HOUR_WORDS,
    HSUF,
    HYEAR,
    MANNER_SETS,
    MOD,
    MODS,
    MONTH_TYPO,
    MONTH_TYPOS,
    MONTHS,
    MONTHX,
    NOT_DATE_AFTER,
    NUMUNIT,
    NUMW,
    ORD,
    ORDINALS,
    PART_AFTER,
    PART_OF_DAY,
    PREP_VAGUE_REFS,
    QMOD,
    QUANT_MODS,
    REL2,
    REL_UNITS,
    RELPL,
    RELUNIT,
    RELW,
    SEAS,
    SEASONS,
    SET_ADJECTIVES,
    SET_ADVERBS,
    SINCE_EVENT,
    TEN_WORDS,
    TENS,
    TOD,
    UNIT_ANY,
    UNIT_NUMBERS,
    UNIT_PL,
    UNITS,
    VAGUE_NUMBERS,
    VAGUE_REFS,
    WB,
    WD,
    WD_GLUED,
    WD_NOART,
    WEEKDAYS,
    YEAR_REL,
    YEARWORD,
    YTAIL,
    trie,
)
from .records import FIRST_WORDS as RECORD_WORDS
from .records import PATTERN as RECORD_FIELD


def _dayprefix(p: str) -> str:
    return (
        rf"(?:(?P<{p}part>{TOD})[^\S\n]+)?(?:يوم[^\S\n]+|(?:{DAYW})[^\S\n]+(?={WD_GLUED}))?"
        rf"(?:(?P<{p}weekday>{WD_GLUED})[^\S\n]*[،,]?[^\S\n]*(?:الموافق[^\S\n]+)?)?"
    )


# «الموافق للأول من تموز»: an ordinal after «ل», its article's alef dropped («لل» + «اول»)
ORD_AFTER_L = r"لل" + trie(k[2:] for k in ORDINALS if k.startswith("ال")) + WB


def _day(p: str) -> str:
    return rf"(?P<{p}day>(?:ال[^\S\n]*)?\d{{1,2}}(?!\d)|{ORD}|{ORD_AFTER_L})"


# «9 أكتوبر1897»: a month glued to the year after it (after a day only)
MONTH_GLUED = trie(MONTHS) + r"(?=\d{4}(?!\d))"

_KINDS: list[tuple[str, str]] = [
    ("english_date", ENGLISH_DATE),
    ("record_field", RECORD_FIELD),
    (
        "numeric_date",
        r"(?<![/\-.+])(?:(?P<numeric_date_iso_year>\d{4})(?P<numeric_date_iso_sep>[-/.])(?P<numeric_date_iso_month>\d{1,2})(?P=numeric_date_iso_sep)"
        r"(?P<numeric_date_iso_day>\d{1,2})|(?P<numeric_date_first>\d{1,2})[^\S\n]?(?P<numeric_date_sep>[-/.])[^\S\n]?(?P<numeric_date_second>\d{1,2})"
        rf"[^\S\n]?(?:(?P=numeric_date_sep)|/[^\S\n]+)[^\S\n]?(?P<numeric_date_year>\d{{4}})"
        # «السبت 15 02 2025 08:53»: a dateline's day, month and year apart, the month in two digits
        rf"|(?P<numeric_date_sp_d>[12]\d|3[01]|0?[1-9])[^\S\n](?P<numeric_date_sp_m>0[1-9]|1[0-2])[^\S\n](?P<numeric_date_sp_y>(?:19|20)\d{{2}})(?!\d)"
        # (before its time or at its line's end, not in a run of numbers)
        rf"(?=[^\S\n]+\d{{1,2}}:\d{{2}}|[^\S\n]*(?:\n|$|[|،,\-–]))"
        # «في 3/5 الماضي»: a day and a month, the year told by the word after them
        rf"|(?P<numeric_date_dm_d>\d{{1,2}})/(?P<numeric_date_dm_m>\d{{1,2}})[^\S\n]+(?P<numeric_date_dm_rel>{RELW}))(?![\d/\-]|\.\d)(?:(?P<numeric_date_hijri>{HSUF})|{GSUF})?",
    ),
    ("clock_time", CLOCK_TIME),
    (
        "hijri_date",
        _dayprefix("hijri_date_") + _day("hijri_date_")
        + rf"[^\S\n]*(?:(?P<hijri_date_slash>/)[^\S\n]*|من[^\S\n]+)?(?:شهر[^\S\n]+)?(?P<hijri_date_month>{HMONTH})"
        rf"(?:(?P<hijri_date_year>[^\S\n]*[،,/]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?{HYEAR})"
        rf"|[^\S\n]+(?P<hijri_date_rel>{RELW}))?",
    ),
    (
        "calendar_date",
        _dayprefix("calendar_date_") + _day("calendar_date_")
        + rf"[^\S\n]*(?:/[^\S\n]*|-|من[^\S\n]+)?(?:شهر[^\S\n]+)?(?P<calendar_date_month>{MONTHX}|{MONTH_TYPO}|{MONTH_GLUED})(?P<calendar_date_year>{YTAIL})?"
        rf"(?:[^\S\n]+(?P<calendar_date_rel>{RELW}))?",
    ),
    (
        "day_of_month",
        _dayprefix("day_of_month_") + _day("day_of_month_")
        + rf"[^\S\n]+(?:من[^\S\n]+)?(?:(?:ال)?شهر[^\S\n]+(?P<day_of_month_rel>{RELW})|(?P<day_of_month_current>الجاري|الحالي){WB}"
        rf"|(?P<day_of_month_every>كل[^\S\n]+شهر){WB})",
    ),
    (
        "quarter_half",
        rf"(?:ال|(?<=ل)ل)(?P<quarter_half_kind>ربع|نصف)[^\S\n]+(?P<quarter_half_order>الاول|الثاني|الثالث|الرابع|الاخير){WB}"
        rf"(?:[^\S\n]+من[^\S\n]+(?P<quarter_half_year>(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d)|{YEAR_REL}|ال(?:عام|سنه){WB})"
        rf"|(?P<quarter_half_alone>(?![^\S\n]+من(?!\w)))|[^\S\n]*(?P<quarter_half_year2>\d{{4}}(?!\d)))",
    ),
    (
        "holiday",
        rf"(?P<holiday_name>{trie(list(HIJRI_HOLIDAYS) + list(GREGORIAN_HOLIDAYS))}){WB}"
        rf"(?:(?P<holiday_year>[^\S\n]*[،,]?[^\S\n]*(?:ل|من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d){HSUF}?)"
        rf"|[^\S\n]+(?P<holiday_rel>{RELW}))?"
        # «خلال العيد»: the feast the text names elsewhere, or the one the dct is close to
        rf"|(?P<holiday_eid>العيد){WB}(?![^\S\n]+ال(?!سعيد|مبارك)\w)",
    ),
    (
        "hijri_month",
        rf"(?:(?P<hijri_month_mod>{MOD})[^\S\n]+)?(?P<hijri_month_shahr>شهر[^\S\n]+)?(?P<hijri_month_name>{HMONTH})"
        rf"(?:(?P<hijri_month_year>[^\S\n]*[،,/]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?{HYEAR})"
        rf"|[^\S\n]+(?P<hijri_month_rel>{RELW}))?",
    ),
    (
        "month",
        rf"(?:(?P<month_mod>{MOD})[^\S\n]+)?(?P<month_shahr>شهر[^\S\n]+)?(?P<month_name>{MONTHX}|{MONTH_TYPO})(?P<month_year>{YTAIL})?"
        rf"(?:[^\S\n]+(?P<month_rel>{RELW}))?",
    ),
    (
        "season",
        rf"(?:(?P<season_mod>{MOD})[^\S\n]+)?(?:(?P<season_this>هذا|هذه)[^\S\n]+)?(?P<season_fasl>فصلي?[^\S\n]+)?(?P<season_name>{SEAS})"
        rf"(?:(?P<season_year>[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d))"
        rf"|[^\S\n]+(?:من[^\S\n]+)?(?P<season_rel_year>{YEAR_REL})|[^\S\n]+(?P<season_rel>{RELW}))?",
    ),
    (
        "year",
        rf"(?:(?P<year_mod>{MOD})[^\S\n]+|(?P<year_approx>نحو|حوالي|حوالي|قرابه|زهاء|حدود)[^\S\n]+(?={YEARWORD}|\d{{4}}[^\S\n]*(?:{HSUF}|{GSUF})))?"
        rf"(?:(?P<year_word>{YEARWORD}|عامي|سنتي|سنوات|اعوام)[^\S\n]*)?(?P<year_open>\([^\S\n]*|/(?=\d+/))?"
        rf"(?P<year_digits>\d{{4}}(?!\d)|\d{{1,3}}(?!\d)(?=/?(?:{HSUF}|{GSUF}|{BCSUF}))"
        # «عام (645)»: three digits in brackets (the handler wants the year word)
        rf"|(?<=\()\d{{3}}(?!\d)(?=[^\S\n]*\))"
        # «680 – نهاية معركة كربلاء»: three digits opening a line of a chronology, then a dash
        rf"|(?:(?<=\n)|(?<![\s\S]))\d{{3}}(?!\d)(?=[^\S\n]*[-–][^\S\n])"
        # «69 - 1972»; «عام 98،» (the handler wants its year word)
        rf"|(?<![\d/\-.])\d{{2}}(?=[^\S\n]*[-–]?[^\S\n]*(?:1[0-9]|20)\d{{2}}(?!\d)|[^\S\n]*(?:[.،,؛:)]|\n|$)))"
        rf"(?:(?P<year_bc>{BCSUF})|(?P<year_suffix>{HSUF}|{GSUF}))?"
        # «(1957)»; «عام /636/ ميلادي»: a year between slashes, its calendar word after them
        rf"(?(year_open)[^\S\n]*[)/](?:(?P<year_bc2>{BCSUF})|(?P<year_suffix2>{HSUF}|{GSUF}))?)",
    ),
    (
        "decade",
        rf"(?:(?P<decade_mod>{MOD})[^\S\n]+)?(?:(?:حقبه|عقد|عقدي|فتره)[^\S\n]+)?"
        rf"(?:(?P<decade_name>{DECADE})|(?P<decade_bare>{DECADE_BARE}))"
        rf"(?:[^\S\n]+(?:من[^\S\n]+)?القرن[^\S\n]+(?P<decade_century>{CENTURY_OF_DECADE}){WB})?"
        rf"|(?:(?P<decade_mod2>{MOD})[^\S\n]+)?(?:عقد|عقدي|حقبه)[^\S\n]+(?:ال)?(?P<decade_digits>\d{{3}}0)(?!\d)"
        rf"(?:ات|يات)?(?:[^\S\n]*(?:و|الي|-|–)[^\S\n]*(?P<decade_digits2>\d{{3}}0)(?!\d)(?:ات|يات)?)?",
    ),
    (
        "century",
        rf"(?:(?P<century_mod>{MOD})[^\S\n]+)?(?:القرن|(?P<century_dual>القرنين|القرنان)"
        rf"|(?P<century_millennium>الالف|الالفيه))[^\S\n]+"  # «الألف الثالث قبل الميلاد»: a millennium
        rf"(?P<century_name>{CENTURY}|ال[^\S\n]*\d{{1,2}}(?!\d))"
        # «القرنين السادس عشر والسابع عشر»: two centuries, two timexes
        rf"(?(century_dual)(?P<century_and>[^\S\n]+و[^\S\n]*)(?P<century_name2>{CENTURY}|ال[^\S\n]*\d{{1,2}}(?!\d)))"
        rf"(?:(?P<century_hijri>[^\S\n]+(?:الهجري|الهجريين|للهجره){WB})"
        rf"|(?P<century_bc>{BCSUF}|[^\S\n]*\n[^\S\n]*قبل[^\S\n]+الميلاد{WB})|[^\S\n]+(?:بعد[^\S\n]+الميلاد|الميلادي|الميلاديين|للميلاد){WB})?",
    ),
    (
        "anaphora",
        rf"(?P<anaphora_word>(?:انذاك|اناذاك|حينها|حينذاك|حينئذ|وقتها|وقتذاك|يومها|يومذاك|يومئذ|يومئذن){WB}"
        rf"|(?:ذلك|ذاك)[^\S\n]+(?:الوقت|الحين|التاريخ){WB}|تلك[^\S\n]+(?:الفتره|الحقبه|الاثناء){WB})"
        # «ذلك اليوم من عام 1952», «مثل هذا اليوم من عام 1975»: a day of the year, in the year
        # written (round four's set leaves «حدث في مثل هذا اليوم» alone untagged)
        rf"|(?P<anaphora_like>(?:مثل[^\S\n]+هذا|هذا|ذلك|ذاك|نفس)[^\S\n]+اليوم[^\S\n]+من[^\S\n]+(?:ال)?(?:عام|سنه)[^\S\n]+"
        rf"(?P<anaphora_like_y>\d{{4}})(?!\d))"
        rf"|(?P<anaphora_that>(?:ذلك|ذاك|تلك)[^\S\n]+(?P<anaphora_that_unit>العام|السنه|الشهر|اليوم|الاسبوع){WB})"
        rf"|(?:ال|(?<=ل)ل)(?P<anaphora_unit>عام|سنه|شهر|اسبوع|يوم)[^\S\n]+"
        rf"(?P<anaphora_rel>التالي|التاليه|اللاحق|اللاحقه|الموالي|المواليه|نفسه|نفسها|ذاته|ذاتها|السابق|السابقه){WB}"
        rf"|(?P<anaphora_same>نفس)[^\S\n]+ال(?P<anaphora_unit2>عام|سنه|شهر|اسبوع|يوم){WB}"
        rf"|(?P<anaphora_dir>بعد|قبل)(?:ها|ه|[^\S\n]+(?:ذلك|هذا|ذاك))[^\S\n]+ب(?P<anaphora_amount>{NUMUNIT})"
        # «يوم بعد ذلك», «ثلاثة أيام بعد ذلك»: the amount first
        rf"|(?P<anaphora_amount2>{NUMUNIT})[^\S\n]+(?P<anaphora_dir2>بعد|قبل)[^\S\n]+(?:ذلك|ذاك){WB}"
        # «قبل يوم من ذلك», «بعد أسبوعين من ذلك التاريخ»
        rf"|(?P<anaphora_dir3>بعد|قبل)[^\S\n]+(?P<anaphora_amount3>{NUMUNIT})[^\S\n]+من[^\S\n]+(?:ذلك|ذاك)"
        rf"(?:[^\S\n]+(?:التاريخ|اليوم|الحين))?{WB}",
    ),
    (
        "whole_period",
        rf"(?:(?<=طوال[^\S\n])|(?<=طيله[^\S\n])|(?<=طول[^\S\n]))(?P<whole_period_unit>اليوم|الاسبوع|الشهر|العام|السنه){WB}(?![^\S\n]+ال)"
        rf"|(?P<whole_period_since>عام|سنه|شهر|اسبوع|عامان|عامين|سنتان|سنتين|شهران|شهرين){WB}"
        rf"(?=[^\S\n]+(?:علي|على)[^\S\n]+(?:{SINCE_EVENT}){WB})"
        # «خلال العقد الأخير», «طوال العام الأخير»: the last one, as long as it lasted
        rf"|(?:(?<=خلال[^\S\n])|(?<=طوال[^\S\n])|(?<=طيله[^\S\n])|(?<=مدي[^\S\n]))"
        rf"(?P<whole_period_last>العقد|القرن|العام|الشهر|الاسبوع)[^\S\n]+الاخير{WB}",
    ),
    (
        "relative_unit",
        rf"(?:(?P<relative_unit_mod>{MOD})[^\S\n]+)?(?:(?P<relative_unit_this>هذا|هذه)[^\S\n]+)?(?:ال|(?<=ل)ل)(?P<relative_unit_unit>{RELUNIT})"
        rf"(?:[^\S\n]+(?:(?P<relative_unit_rel2>{REL2})|(?P<relative_unit_rel>{RELW})))?"
        rf"(?:(?P<relative_unit_year>[^\S\n]*[،,(]?[^\S\n]*(?:اي[^\S\n]+)?\d{{4}}(?!\d)(?:[^\S\n]*\))?))?",
    ),
    (
        "weekday",
        rf"(?:(?P<weekday_part>{TOD})[^\S\n]+)?(?:(?P<weekday_day_word>يوم|{DAYW})[^\S\n]+)?(?P<weekday_name>{WD})"
        rf"(?:(?:[^\S\n]*[/\-–][^\S\n]*|[^\S\n]+(?:(?:الي|علي)[^\S\n]+)?)(?P<weekday_name2>{WD}))?"
        rf"(?:[^\S\n]+(?:(?P<weekday_rel2>{REL2})|(?P<weekday_rel>{RELW})))?"
        rf"(?P<weekday_every>[^\S\n]+من[^\S\n]+كل[^\S\n]+اسبوع{WB})?",
    ),
    (
        "day_word",
        rf"(?:(?P<day_word_part>{TOD})[^\S\n]+)?(?P<day_word_word>{trie(DAY_WORDS)}{WB}|الليله{WB})"
        rf"(?:[^\S\n]+(?P<day_word_part2>{trie(PART_AFTER)}){WB})?"
        rf"|(?P<day_word_this>هذا[^\S\n]+(?:الصباح|المساء){WB})"
        rf"|(?P<day_word_thispart>{TOD})[^\S\n]+هذا[^\S\n]+اليوم{WB}",  # «فجر هذا اليوم»
    ),
    ("part_adverb", PART_ADVERB),
    (
        "recurrence",
        rf"كل[^\S\n]+(?:(?:يوم[^\S\n]+)?(?P<recurrence_weekday>{WD}|{WD_NOART})|(?:(?P<recurrence_count>{NUMW}|\d+)[^\S\n]+)?"
        rf"(?P<recurrence_unit>{UNIT_ANY}))"
        rf"|(?P<recurrence_adverb>{trie(SET_ADVERBS)}{WB})",
    ),
    (
        "offset",
        rf"(?P<offset_direction>قبل|بعد|عقب|اثر)[^\S\n]+(?:(?P<offset_quantifier>{QMOD})[^\S\n]+)?(?P<offset_amount>{NUMUNIT}){NOT_DATE_AFTER}",
    ),
    (
        "last_period",
        rf"(?:ال(?P<last_period_word>{NUMW})[^\S\n]+(?={UNIT_PL})|(?:ال|(?<=ل)ل)(?:[^\S\n]*(?P<last_period_digits>\d+)[^\S\n]*)?"
        rf"|(?=(?:سنوات|ايام|اشهر|شهور|اعوام|اسابيع)[^\S\n]+ال))(?P<last_period_unit>{UNIT_ANY})"
        rf"(?:[^\S\n]+(?P<last_period_count>ال(?:{NUMW}|\d+)|القليله|العديده))?[^\S\n]+(?P<last_period_rel>{RELPL})",
    ),
    (
        "age",
        # «ناهز التسعين», «يناهز الخامسة والسبعين»: an age in words after «ناهز», about that
        rf"(?P<age_near>(?:ي)?ناهز(?:ت)?)[^\S\n]+(?P<age_ord3>{AGE_ORD})(?:[^\S\n]+(?:عاما|سنه|من[^\S\n]+(?:العمر|عمره|عمرها)){WB})?|"
        # «في السن العاشرة»; «سن الـ(12) عاما»: the number in brackets
        rf"(?:(?:ال)?سن|عمر)[^\S\n]+(?:(?P<age_ord>{AGE_ORD})|(?:ال[^\S\n]*)?\(?(?P<age_num>\d{{1,3}})(?!\d)\)?"
        rf"(?:[^\S\n]+(?:عاما|سنه){WB})?)"
        rf"|(?P<age_ord2>{AGE_ORD})[^\S\n]+(?:(?:عاما|سنه){WB}|من[^\S\n]+(?:العمر|عمره|عمرها|عمرهم|عمري|عمرك){WB})"
        # «ابنته ذات التسع سنوات», «الطفل ذو الـ7 أعوام»
        rf"|(?:(?<=ذات[^\S\n])|(?<=ذو[^\S\n])|(?<=ذي[^\S\n]))ال[^\S\n]*(?P<age_count>{NUMW}|\d{{1,3}}(?!\d))[^\S\n]+(?:سنوات|اعوام|عاما|سنه|ربيعا){WB}"
        # «بلغ الـ(12) عاماً»: a count in brackets after the article, then its year word
        rf"|ال[^\S\n]*\((?P<age_count2>\d{{1,3}})\)[^\S\n]*(?:عاما|سنه|سنوات|اعوام|ربيعا){WB}",
    ),
    (
        "rest_of",
        rf"(?:ما[^\S\n]+(?:تبقي|بقي|يتبقي|تبقت|تبقي)[^\S\n]+من|بقيه|الفتره[^\S\n]+المتبقيه[^\S\n]+من|باقي)"
        rf"[^\S\n]+(?:هذا[^\S\n]+|هذه[^\S\n]+)?(?:ال|(?<=ل)ل)(?P<rest_of_unit>عام|سنه|شهر|اسبوع|يوم|موسم){WB}"
        rf"(?:[^\S\n]+(?:الجاري|الحالي|الحاليه|الجاريه){WB})?",
    ),
    (
        "set_adjective",
        rf"(?P<set_adjective_word>{trie(SET_ADJECTIVES)}){WB}"
        # «بشكل يومي», «بصورة شبه يومية», «بصفة دورية شهرية»: how often, after a manner noun
        rf"|(?P<set_adjective_almost>شبه[^\S\n]+)?(?P<set_adjective_manner>{trie(MANNER_SETS)}){WB}",
    ),
    (
        "duration",
        # «ناهز الـ89 سنة»: the article on the number after a quantifier
        rf"(?:(?P<duration_quantifier>{QMOD})[^\S\n]+(?:ال[^\S\n]*(?=\d))?)?(?P<duration_amount>{NUMUNIT}){NOT_DATE_AFTER}"
        rf"(?P<duration_approx>[^\S\n]+تقريبا{WB})?",
    ),
    (
        "vague",
        rf"(?P<vague_time>وقت[^\S\n]+(?:سابق|لاحق|مبكر|متاخر)[^\S\n]+(?:من[^\S\n]+)?(?:(?:هذا|هذه)[^\S\n]+)?"
        rf"(?P<vague_time_unit>اليوم|ال(?:اسبوع|شهر|عام|سنه)){WB}(?:[^\S\n]+(?P<vague_time_rel>{RELW}))?)"
        rf"|(?P<vague_word>{trie(VAGUE_REFS)}{WB})"
        # «بين الماضي والحاضر»: the past and the present as nouns, in that idiom (round one's
        # cases keep «عن الماضي والحاضر والمستقبل» out)
        rf"|(?<=بين[^\S\n])(?P<vague_past>الماضي)(?=[^\S\n]+و[^\S\n]*الحاضر{WB}(?![^\S\n]+و))"
        rf"|(?:(?<=بين[^\S\n]الماضي[^\S\n]و)|(?<=بين[^\S\n]الماضي[^\S\n]و[^\S\n]))(?P<vague_present>الحاضر){WB}(?![^\S\n]+و)"
        # «حتى اللحظة»: until now (not «حتى اللحظة الأخيرة», «حتى اللحظة التي»)
        rf"|(?:(?<=\Wحتي[^\S\n])|(?<=^حتي[^\S\n]))(?P<vague_moment>اللحظه){WB}(?![^\S\n]+ال)"
        rf"|(?:(?<=\Wفي[^\S\n])|(?<=\W[وف]في[^\S\n])|(?<=^في[^\S\n])|(?<=^[وف]في[^\S\n])|(?<=\Wخلال[^\S\n])|(?<=\W[وف]خلال[^\S\n])|(?<=^خلال[^\S\n])|(?<=^[وف]خلال[^\S\n])|(?<=\Wحتي[^\S\n])|(?<=\W[وف]حتي[^\S\n])|(?<=^حتي[^\S\n])|(?<=^[وف]حتي[^\S\n])|(?<=\Wمنذ[^\S\n])|(?<=\W[وف]منذ[^\S\n])|(?<=^منذ[^\S\n])|(?<=^[وف]منذ[^\S\n])|(?<=\Wالي[^\S\n])|(?<=\W[وف]الي[^\S\n])|(?<=^الي[^\S\n])|(?<=^[وف]الي[^\S\n])|(?<=\Wمن[^\S\n])|(?<=\W[وف]من[^\S\n])|(?<=^من[^\S\n])|(?<=^[وف]من[^\S\n]))(?P<vague_after_prep>{trie(PREP_VAGUE_REFS)}{WB})",
    ),
]

KIND_NAMES = [k for k, _ in _KINDS]


def _first_words() -> set[str]:
    """Every word an expression can start with: a cheap test before the alternatives."""
    tables = [
        MONTHS, HIJRI_MONTHS, WEEKDAYS, PART_OF_DAY, HOUR_WORDS, SEASONS, MODS, UNITS,
        UNIT_NUMBERS, TEN_WORDS, TENS, BIG_NUMBERS, VAGUE_NUMBERS, ORDINALS, DAY_WORDS,
        SET_ADVERBS, VAGUE_REFS, PREP_VAGUE_REFS, QUANT_MODS, DECADES, SET_ADJECTIVES,
        AGE_ORDINALS, GREGORIAN_HOLIDAYS,
    ]
    words = {k.split()[0] for t in tables for k in t}
    words |= {k[2:] for k in DECADES}
    words |= {"ال" + k for k in list(UNIT_NUMBERS) + list(TEN_WORDS) + list(TENS)}  # «الستة أشهر»
    words |= set(MONTH_TYPOS)
    words |= {k.split()[0] for k in list(HIJRI_HOLIDAYS) + list(GREGORIAN_HOLIDAYS)}
    words |= {"ال" + k for k in list(SEASONS) + list(UNITS) + list(REL_UNITS)}
    words |= {
        "يوم", "اليوم", "شهر", "فصل", "فصلي", "عيد", "العيد", "وقفه", "راس", "المولد", "نصف", "ربع", "الساعه", "قبل", "بعد", "كل", "هذا", "هذه", "وقت",
        "القرن", "الالف", "الالفيه", "حقبه", "عقد", "عقدي", "فتره", "الربع", "النصف", "عام", "سنه", "العام", "السنه",
        "عامي", "سنتي", "الليله", "سنوات", "اعوام", "حوالي", "زهاء",
        "سن", "عمر", "ما", "بقيه", "باقي", "الفتره", "النهار",
        "انذاك", "اناذاك", "حينها", "حينذاك", "حينئذ", "وقتها", "وقتذاك", "يومها", "يومذاك",
        "ذلك", "ذاك", "تلك", "نفس", "مثل", "بعدها", "بعده", "قبلها", "قبله", "عقب", "اثر", "شبه",
        "ليلا", "فجرا", "صباحا", "ظهرا", "عصرا", "ساعات", "الساعات", "اللحظه", "يومئذ", "يومئذن", "حدود",
        "الوقت", "التوقيت", "السن", "الحاضر",
    }
    words |= set(MANNER_SETS)
    words |= set(ENGLISH_MONTHS)
    words |= RECORD_WORDS
    words |= {"ل" + k.split()[0][1:] for k in ORDINALS if k.startswith("ال")}  # «للاول»
    return words


FIRST = r"(?=\d|\(|(?<=ل)ل|ال[^\S\n]*\(?\d|" + trie(_first_words()) + ")"
# «في25 سبتمبر»: a number glued to «في» starts an expression too
_GLUED_TO_FI = r"|(?<=(?<!\w)في)(?=\d)|(?<=(?<!\w)[وف]في)(?=\d)"
_START = r"(?:(?<!\w)(?:[وف]?[بل]?)" + _GLUED_TO_FI + ")" + FIRST
_RETRY_START = r"(?:(?<!\w)(?:[وف]?[بل]?)" + _GLUED_TO_FI + ")"

@cache
def master() -> re.Pattern:
    """The one alternation of every kind, compiled on first use (not at import, so opening
    the window does not wait for it); scan.py puts a guard before each kind and keeps the
    compiled pattern between runs."""
    from .scan import compile_master

    return compile_master(_START, _KINDS)


class _PerKind(dict):
    """One pattern per kind, to try the kinds after one whose handler said no at a
    position; compiled on first use (rarely needed, and compiling them all up front
    doubled the import time, which the window pays at start-up)."""

    def __missing__(self, kind: str) -> re.Pattern:
        from desktop.core.pattern_cache import compiled  # kept between runs, like master()

        # matched only where the master pattern matched, so its look-ahead on the first
        # word has been passed already (leaving it out halves the compile time)
        text = _RETRY_START + f"(?P<{kind}>{_KIND_PATTERNS[kind]})"
        pattern = compiled(f"single-{kind}", text, lambda: text)
        self[kind] = pattern
        return pattern


_KIND_PATTERNS = dict(_KINDS)
SINGLE = _PerKind()
