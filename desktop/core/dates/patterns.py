"""The regular expressions of the tagger, built once from the lexicon.

Everything here works on folded text (see fold.py). `master()` is one alternation of named
expression kinds, most specific first; each kind's inner groups are prefixed with the
kind's name so that the whole stays one compiled pattern (one scan of the text), `master()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from . import lexicon
from .fold import fold_word


def norm_key(s: str) -> str:
    """Folded, single-spaced form of a matched phrase (the key into folded tables)."""
    return " ".join(s.split())


def folded_table(table: dict) -> dict:
    return {norm_key(fold_word(k)): v for k, v in table.items()}


def trie(words: Iterable[str]) -> str:
    """A compact regex matching any of the (folded) words, longest first."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in norm_key(fold_word(w)):
            node = node.setdefault(ch, {})
        node[""] = {}

    def esc(ch: str) -> str:
        return r"[^\S\n]+" if ch == " " else re.escape(ch)

    def build(node: dict) -> str:
        alts = [esc(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + build(tree) + ")"


WB = r"(?!\w)"
# white space inside an expression: never a line break (an expression stays on its line)


MONTHS = folded_table(lexicon.MONTHS)
WEAK_MONTHS = {norm_key(fold_word(w)) for w in lexicon.WEAK_MONTHS}
HIJRI_MONTHS = folded_table(lexicon.HIJRI_MONTHS)
WEEKDAYS = folded_table(lexicon.WEEKDAYS)
PART_OF_DAY = folded_table(lexicon.PART_OF_DAY)
CLOCK_PART = folded_table(lexicon.CLOCK_PART)
HOUR_WORDS = folded_table(lexicon.HOUR_WORDS)
SEASONS = folded_table(lexicon.SEASONS)
MODS = folded_table(lexicon.MODS)
REL = folded_table(lexicon.REL)
REL_PLURAL = folded_table(lexicon.REL_PLURAL)
UNITS = folded_table(lexicon.UNITS)
REL_UNITS = folded_table(lexicon.REL_UNITS)
UNIT_NUMBERS = folded_table(lexicon.UNIT_NUMBERS)
TEN_WORDS = folded_table(lexicon.TEN_WORDS)
TENS = folded_table(lexicon.TENS)
BIG_NUMBERS = folded_table(lexicon.BIG_NUMBERS)
VAGUE_NUMBERS = {norm_key(fold_word(w)) for w in lexicon.VAGUE_NUMBERS}
ORDINALS = folded_table(lexicon.ORDINALS)
DAY_WORDS = folded_table(lexicon.DAY_WORDS)
SET_ADVERBS = folded_table(lexicon.SET_ADVERBS)
VAGUE_REFS = folded_table(lexicon.VAGUE_REFS)
PREP_VAGUE_REFS = folded_table(lexicon.PREP_VAGUE_REFS)
QUANT_MODS = folded_table(lexicon.QUANT_MODS)
DECADES = folded_table(lexicon.DECADES)
CENTURIES = folded_table(lexicon.CENTURIES)
WEAK_SINGULAR_UNITS = {norm_key(fold_word(w)) for w in lexicon.WEAK_SINGULAR_UNITS}
HIJRI_HOLIDAYS = folded_table(lexicon.HIJRI_HOLIDAYS)
GREGORIAN_HOLIDAYS = folded_table(lexicon.GREGORIAN_HOLIDAYS)
SET_ADJECTIVES = folded_table(lexicon.SET_ADJECTIVES)
NOT_SET_BEFORE = {norm_key(fold_word(w)) for w in lexicon.NOT_SET_BEFORE}
AGE_ORDINALS = folded_table(lexicon.AGE_ORDINALS)
COUNTED_NOUNS = {norm_key(fold_word(w)) for w in lexicon.COUNTED_NOUNS}

# --- building blocks ------------------------------------------------------------------
MONTH1 = trie(MONTHS) + WB
HMONTH = trie(HIJRI_MONTHS) + WB
WD = trie(WEEKDAYS) + WB
WD_NOART = trie(k[2:] for k in WEEKDAYS) + WB
WD_GLUED = trie(WEEKDAYS) + r"(?:(?!\w)|(?=\d))"  # «الأربعاء26 أفريل»: a day number glued on
TOD = trie(PART_OF_DAY) + WB
MOD = trie(MODS) + WB
RELW = trie(REL) + WB
RELPL = trie(REL_PLURAL) + WB
SEAS = "(?:ال)?" + trie(SEASONS) + WB
ORD = trie(ORDINALS) + WB
HOURW = trie(HOUR_WORDS) + WB
CLOCKP = trie(CLOCK_PART) + WB
QMOD = trie(QUANT_MODS) + WB
UNIT_ANY = trie(UNITS) + WB
UNIT_SG = trie(k for k, v in UNITS.items() if v[1] == "sg") + WB
UNIT_DU = trie(k for k, v in UNITS.items() if v[1] == "du") + WB
UNIT_PL = trie(k for k, v in UNITS.items() if v[1] == "pl") + WB
RELUNIT = trie(k for k in REL_UNITS if k != "يوم") + WB
DECADE = trie(DECADES) + WB
AGE_ORD = trie(AGE_ORDINALS) + WB
DECADE_BARE = trie(k[2:] for k in DECADES) + WB  # «خمسينيات القرن الماضي»
CENTURY_OF_DECADE = r"(?:الماضي|المنصرم|العشرين|الحالي|الحادي[^\S\n]+والعشرين|الواحد[^\S\n]+والعشرين|التاسع[^\S\n]+عشر|الثامن[^\S\n]+عشر)"
CENTURY = trie(CENTURIES) + WB
_UNITW = trie(UNIT_NUMBERS) + WB
_TENW = trie(TENS) + WB
NUMW = (
    rf"(?:{_UNITW}(?:[^\S\n]+عشر(?:ه)?{WB}|[^\S\n]+و[^\S\n]*{_TENW})?|{_TENW}|"
    + trie(list(TEN_WORDS) + list(BIG_NUMBERS) + list(VAGUE_NUMBERS))
    + WB
    + ")"
)
DIGNUM = r"\d+(?:[.,]\d+)?(?!\d)"
YEARWORD = r"(?:(?:ال|(?<=ل)ل)?(?:عام|سنه))"
HSUF = r"(?:[^\S\n]*(?:ه|هجري(?:ه)?|هجريا|للهجره)(?!\w))"
GSUF = r"(?:[^\S\n]*م(?!\w)|[^\S\n]*ميلادي(?:ه)?(?!\w)|[^\S\n]*للميلاد(?!\w))"
# A Hijri year: three or four digits, or fewer with هـ («سنة 64 هـ»)
HYEAR = rf"(?:\d{{3,4}}(?!\d){HSUF}?|\d{{1,2}}(?!\d){HSUF})"
YEAR_REL = rf"(?:ال(?:عام|سنه)[^\S\n]+{RELW}|(?:هذا[^\S\n]+العام|هذه[^\S\n]+السنه){WB})"
# four digits of a year, or the same in brackets: «آب (1988)», «عام (1962)»
YDIGITS = rf"(?:\d{{4}}(?!\d){GSUF}?|\([^\S\n]*\d{{4}}(?!\d){GSUF}?[^\S\n]*\))"
YTAIL = (
    rf"(?:[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+|ل(?=عام|سنه))?(?:{YEARWORD}[^\S\n]*)?{YDIGITS}"
    rf"|[^\S\n]+(?:من[^\S\n]+)?{YEAR_REL})"
)
REL2 = r"(?:ما[^\S\n]+)?(?:قبل[^\S\n]+الماضي(?:ه)?|بعد[^\S\n]+(?:المقبل|القادم)(?:ه)?)(?!\w)"
DAYW = trie(DAY_WORDS) + WB
# a part of the day after a dialect day word: «بكره الصبح», «امبارح بالليل» (the standard
# «غدا صباحا» keeps «صباحا» out, as the guidelines' examples do)
PART_AFTER = {"الصبح": "MO", "الضهر": "MI", "العصر": "AF", "المسا": "EV", "بالليل": "NI"}
NOT_DATE_AFTER = rf"(?![^\S\n]*[،,(]?[^\S\n]*(?:\d|{MONTH1}|{HMONTH}|{WD}|{WD_NOART}))"


def _month_pairs() -> str:
    by_num: dict[int, list[str]] = {}
    for name, num in MONTHS.items():
        by_num.setdefault(num, []).append(name)
    alts = []
    for names in by_num.values():
        n = trie(names) + WB
        alts.append(rf"{n}(?:[^\S\n]*[/\\|\-–][^\S\n]*{n}|[^\S\n]+{n}|[^\S\n]*\([^\S\n]*{n}[^\S\n]*\))?")
        alts.append(rf"\([^\S\n]*{n}[^\S\n]*\)[^\S\n]*{n}")
    return rf"(?=\(|{MONTH1})(?:" + "|".join(alts) + ")"


MONTHX = _month_pairs()

# Month names with a letter dropped or two letters swapped («نوفبر», «أفيرل», «دسمبر»): taken
# only with a day number or a written year, and never when the misspelling is a word
_NOT_MONTH_TYPOS = {"ينير", "يولي", "يوني", "حيران", "الول", "ايول", "نيسن", "نسان", "اغطس",
                    "ابري", "مارس", "جانف", "ينار", "فيفر", "سبتم", "اربيل", "جاني", "جافي",
                    "نسيان", "فيفي", "نيسا", "نيان", "يليه", "فيري", "اريل", "اليول"}


def _month_typos() -> dict[str, int]:
    out: dict[str, int] = {}
    clash: set[str] = set()
    for name, num in MONTHS.items():
        if " " in name or len(name) < 5:
            continue
        variants = {name[:i] + name[i + 1 :] for i in range(1, len(name))}
        variants |= {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}
        for v in variants:
            if v in MONTHS or v in _NOT_MONTH_TYPOS or v == name:
                continue
            if v in out and out[v] != num:
                clash.add(v)
            out[v] = num
    return {v: n for v, n in out.items() if v not in clash}


MONTH_TYPOS = _month_typos()
MONTH_TYPO = trie(MONTH_TYPOS) + WB

FRAC_TAIL = (
    rf"(?:[^\S\n]+و[^\S\n]*(?:ال)?(?:نصف|ربع){WB}(?:[^\S\n]+ال{UNIT_SG})?)"
)
NUMUNIT = (
    rf"(?:(?:(?:{NUMW}|{DIGNUM})[^\S\n]+(?:من[^\S\n]+|ديال[^\S\n]+(?:ال)?)?{UNIT_ANY}|{UNIT_DU}"
    rf"|{UNIT_SG}(?:[^\S\n]+واحد(?:ه)?{WB})?|{UNIT_PL}){FRAC_TAIL}?"
    rf"|(?:نصف|ربع)[^\S\n]+{UNIT_SG}"
    rf"|(?:عشرات|مئات|الاف)[^\S\n]+(?:من[^\S\n]+)?ال{UNIT_PL})"
)


def _dayprefix(p: str) -> str:
    return (
        rf"(?:(?P<{p}part>{TOD})[^\S\n]+)?(?:يوم[^\S\n]+|(?:{DAYW})[^\S\n]+(?={WD_GLUED}))?"
        rf"(?:(?P<{p}weekday>{WD_GLUED})[^\S\n]*[،,]?[^\S\n]*(?:الموافق[^\S\n]+)?)?"
    )


def _day(p: str) -> str:
    return rf"(?P<{p}day>(?:ال[^\S\n]*)?\d{{1,2}}(?!\d)|{ORD})"


_KINDS: list[tuple[str, str]] = [
    (
        "numeric_date",
        r"(?<![/\-.+])(?:(?P<numeric_date_iso_year>\d{4})(?P<numeric_date_iso_sep>[-/.])(?P<numeric_date_iso_month>\d{1,2})(?P=numeric_date_iso_sep)"
        r"(?P<numeric_date_iso_day>\d{1,2})|(?P<numeric_date_first>\d{1,2})(?P<numeric_date_sep>[-/.]|[^\S\n]/[^\S\n])(?P<numeric_date_second>\d{1,2})"
        rf"(?P=numeric_date_sep)(?P<numeric_date_year>\d{{4}}))(?![\d/\-]|\.\d)(?:(?P<numeric_date_hijri>{HSUF})|{GSUF})?",
    ),
    (
        "clock_time",
        rf"(?:الساعه[^\S\n]+(?P<clock_time_hour>\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|{HOURW})"
        rf"(?:[^\S\n]+و[^\S\n]*(?P<clock_time_fraction>النصف|الربع|نصف|ربع|الثلث){WB})?(?:[^\S\n]+(?P<clock_time_part>{CLOCKP}))?"
        rf"|(?P<clock_time_hour2>\d{{1,2}}[:.]\d{{2}}(?!\d)|{HOURW})"
        rf"(?:[^\S\n]+و[^\S\n]*(?P<clock_time_fraction2>النصف|الربع|نصف|ربع|الثلث){WB})?[^\S\n]+(?P<clock_time_part2>{CLOCKP}))"
        rf"(?:[^\S\n]+(?:من[^\S\n]+)?(?:(?:يوم[^\S\n]+)?(?P<clock_time_weekday>{WD})|(?P<clock_time_day_word>امس|اليوم|غدا){WB}))?",
    ),
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
        + rf"[^\S\n]*(?:/[^\S\n]*|من[^\S\n]+)?(?:شهر[^\S\n]+)?(?P<calendar_date_month>{MONTHX}|{MONTH_TYPO})(?P<calendar_date_year>{YTAIL})?"
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
        rf"|[^\S\n]+(?P<holiday_rel>{RELW}))?",
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
        rf"(?:(?P<season_mod>{MOD})[^\S\n]+)?(?:(?P<season_this>هذا|هذه)[^\S\n]+)?(?P<season_fasl>فصل[^\S\n]+)?(?P<season_name>{SEAS})"
        rf"(?:(?P<season_year>[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d))"
        rf"|[^\S\n]+(?:من[^\S\n]+)?(?P<season_rel_year>{YEAR_REL})|[^\S\n]+(?P<season_rel>{RELW}))?",
    ),
    (
        "year",
        rf"(?:(?P<year_mod>{MOD})[^\S\n]+|(?P<year_approx>نحو|حوالي|حوالي|قرابه|زهاء)[^\S\n]+(?={YEARWORD}))?"
        rf"(?:(?P<year_word>{YEARWORD}|عامي|سنتي|سنوات|اعوام)[^\S\n]*)?(?P<year_open>\([^\S\n]*)?"
        rf"(?P<year_digits>\d{{4}}(?!\d)|\d{{1,3}}(?!\d)(?={HSUF}|{GSUF}))(?P<year_suffix>{HSUF}|{GSUF})?"
        rf"(?(year_open)[^\S\n]*\))",
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
        rf"(?:(?P<century_mod>{MOD})[^\S\n]+)?القرن[^\S\n]+(?P<century_name>{CENTURY}|ال[^\S\n]*\d{{1,2}}(?!\d))"
        rf"(?P<century_hijri>[^\S\n]+(?:الهجري|للهجره){WB})?",
    ),
    (
        "anaphora",
        rf"(?P<anaphora_word>(?:انذاك|اناذاك|حينها|حينذاك|حينئذ|وقتها|وقتذاك|يومها|يومذاك){WB}"
        rf"|(?:ذلك|ذاك)[^\S\n]+(?:الوقت|الحين|التاريخ){WB}|تلك[^\S\n]+(?:الفتره|الحقبه|الاثناء){WB})"
        rf"|(?P<anaphora_that>(?:ذلك|ذاك|تلك)[^\S\n]+(?P<anaphora_that_unit>العام|السنه|الشهر|اليوم|الاسبوع){WB})"
        rf"|(?:ال|(?<=ل)ل)(?P<anaphora_unit>عام|سنه|شهر|اسبوع|يوم)[^\S\n]+"
        rf"(?P<anaphora_rel>التالي|التاليه|اللاحق|اللاحقه|الموالي|المواليه|نفسه|نفسها|ذاته|ذاتها|السابق|السابقه){WB}"
        rf"|(?P<anaphora_same>نفس)[^\S\n]+ال(?P<anaphora_unit2>عام|سنه|شهر|اسبوع|يوم){WB}"
        rf"|(?P<anaphora_dir>بعد|قبل)(?:ها|ه|[^\S\n]+(?:ذلك|هذا|ذاك))[^\S\n]+ب(?P<anaphora_amount>{NUMUNIT})",
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
        rf"|(?P<day_word_this>هذا[^\S\n]+(?:الصباح|المساء){WB})",
    ),
    (
        "recurrence",
        rf"كل[^\S\n]+(?:(?:يوم[^\S\n]+)?(?P<recurrence_weekday>{WD}|{WD_NOART})|(?:(?P<recurrence_count>{NUMW}|\d+)[^\S\n]+)?"
        rf"(?P<recurrence_unit>{UNIT_ANY}))"
        rf"|(?P<recurrence_adverb>{trie(SET_ADVERBS)}{WB})",
    ),
    (
        "offset",
        rf"(?P<offset_direction>قبل|بعد)[^\S\n]+(?:(?P<offset_quantifier>{QMOD})[^\S\n]+)?(?P<offset_amount>{NUMUNIT}){NOT_DATE_AFTER}",
    ),
    (
        "last_period",
        rf"(?:ال|(?<=ل)ل)(?:[^\S\n]*(?P<last_period_digits>\d+)[^\S\n]*)?(?P<last_period_unit>{UNIT_ANY})"
        rf"(?:[^\S\n]+(?P<last_period_count>ال(?:{NUMW}|\d+)|القليله|العديده))?[^\S\n]+(?P<last_period_rel>{RELPL})",
    ),
    (
        "age",
        rf"(?:سن|عمر)[^\S\n]+(?:(?P<age_ord>{AGE_ORD})|(?:ال[^\S\n]*)?(?P<age_num>\d{{1,3}})(?!\d)"
        rf"(?:[^\S\n]+(?:عاما|سنه){WB})?)"
        rf"|(?P<age_ord2>{AGE_ORD})[^\S\n]+(?:(?:عاما|سنه){WB}|من[^\S\n]+(?:العمر|عمره|عمرها|عمرهم|عمري|عمرك){WB})",
    ),
    (
        "rest_of",
        rf"(?:ما[^\S\n]+(?:تبقي|بقي|يتبقي|تبقت|تبقي)[^\S\n]+من|بقيه|الفتره[^\S\n]+المتبقيه[^\S\n]+من|باقي)"
        rf"[^\S\n]+(?:هذا[^\S\n]+|هذه[^\S\n]+)?(?:ال|(?<=ل)ل)(?P<rest_of_unit>عام|سنه|شهر|اسبوع|يوم|موسم){WB}"
        rf"(?:[^\S\n]+(?:الجاري|الحالي|الحاليه|الجاريه){WB})?",
    ),
    (
        "set_adjective",
        rf"(?P<set_adjective_word>{trie(SET_ADJECTIVES)}){WB}",
    ),
    (
        "duration",
        rf"(?:(?P<duration_quantifier>{QMOD})[^\S\n]+)?(?P<duration_amount>{NUMUNIT}){NOT_DATE_AFTER}"
        rf"(?P<duration_approx>[^\S\n]+تقريبا{WB})?",
    ),
    (
        "vague",
        rf"(?P<vague_time>وقت[^\S\n]+(?:سابق|لاحق|مبكر|متاخر)[^\S\n]+(?:من[^\S\n]+)?(?:(?:هذا|هذه)[^\S\n]+)?"
        rf"(?P<vague_time_unit>اليوم|ال(?:اسبوع|شهر|عام|سنه)){WB}(?:[^\S\n]+(?P<vague_time_rel>{RELW}))?)"
        rf"|(?P<vague_word>{trie(VAGUE_REFS)}{WB})"
        rf"|(?:(?<=في[^\S\n])|(?<=خلال[^\S\n])|(?<=حتي[^\S\n])|(?<=منذ[^\S\n])|(?<=الي[^\S\n]))(?P<vague_after_prep>{trie(PREP_VAGUE_REFS)}{WB})",
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
    words |= set(MONTH_TYPOS)
    words |= {k.split()[0] for k in list(HIJRI_HOLIDAYS) + list(GREGORIAN_HOLIDAYS)}
    words |= {"ال" + k for k in list(SEASONS) + list(UNITS) + list(REL_UNITS)}
    words |= {
        "يوم", "اليوم", "شهر", "فصل", "عيد", "وقفه", "راس", "المولد", "نصف", "ربع", "الساعه", "قبل", "بعد", "كل", "هذا", "هذه", "وقت",
        "القرن", "حقبه", "عقد", "عقدي", "فتره", "الربع", "النصف", "عام", "سنه", "العام", "السنه",
        "عامي", "سنتي", "الليله", "سنوات", "اعوام", "حوالي", "زهاء",
        "سن", "عمر", "ما", "بقيه", "باقي", "الفتره", "النهار",
        "انذاك", "اناذاك", "حينها", "حينذاك", "حينئذ", "وقتها", "وقتذاك", "يومها", "يومذاك",
        "ذلك", "ذاك", "تلك", "نفس", "بعدها", "بعده", "قبلها", "قبله",
    }
    return words


FIRST = r"(?=\d|\(|(?<=ل)ل|ال[^\S\n]*\d|" + trie(_first_words()) + ")"
_START = r"(?<!\w)(?:[وف]?[بل]?)" + FIRST
_RETRY_START = r"(?<!\w)(?:[وف]?[بل]?)"

@cache
def master() -> re.Pattern:
    """The one alternation of every kind, compiled on first use (about 90 ms: not at
    import, so opening the window does not wait for it)."""
    return re.compile(_START + "(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _KINDS) + ")")


class _PerKind(dict):
    """One pattern per kind, to try the kinds after one whose handler said no at a
    position; compiled on first use (rarely needed, and compiling them all up front
    doubled the import time, which the window pays at start-up)."""

    def __missing__(self, kind: str) -> re.Pattern:
        # matched only where the master pattern matched, so its look-ahead on the first
        # word has been passed already (leaving it out halves the compile time)
        pattern = re.compile(_RETRY_START + f"(?P<{kind}>{_KIND_PATTERNS[kind]})")
        self[kind] = pattern
        return pattern


_KIND_PATTERNS = dict(_KINDS)
SINGLE = _PerKind()

# Finding the parts of a matched phrase again
FIND_MONTH = re.compile(rf"(?<!\w)(?:{MONTH1}|{MONTH_TYPO})")
FIND_HMONTH = re.compile(rf"(?<!\w){HMONTH}")
FIND_YEAR = re.compile(r"\d{3,4}")
FIND_UNIT = re.compile(rf"(?:ال)?(?P<u>{UNIT_ANY})")
FIND_REL = re.compile(rf"(?<!\w){RELW}")
FIND_HSUF = re.compile(HSUF)
FRAC_AT_END = re.compile(rf"[^\S\n]+و[^\S\n]*(?:ال)?(?P<f>نصف|ربع)(?:[^\S\n]+ال{UNIT_SG})?$")
