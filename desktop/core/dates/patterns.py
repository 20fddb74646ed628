"""The words of the lexicon folded, and the regular-expression building blocks made of
them (tries of word lists, a month with its paired name, a year tail, a number with its
unit…); kinds.py assembles the kinds of expression from these blocks.

Everything here works on folded text (see fold.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import holidays, lexicon
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
HUNDREDS = folded_table(lexicon.HUNDREDS)
# «عشرة آلاف», «أربعة آلاف وخمسمائة», «ألف وخمسمائة»: thousands, and the hundreds after them
THOUSANDS = {**folded_table(lexicon.THOUSANDS), **HUNDREDS}
VAGUE_NUMBERS = {norm_key(fold_word(w)) for w in lexicon.VAGUE_NUMBERS}
ORDINALS = folded_table(lexicon.ORDINALS)
DAY_WORDS = folded_table(lexicon.DAY_WORDS)
SET_ADVERBS = folded_table(lexicon.SET_ADVERBS)
# the indefinite forms: «يومي», «يومية», «شهري», «نصف سنوية»
MANNER_SETS = {k.replace("ال", "", 1): v for k, v in folded_table(lexicon.SET_ADJECTIVES).items()
               if k.startswith("ال") or k.split()[-1].startswith("ال")}
VAGUE_REFS = folded_table(lexicon.VAGUE_REFS)
PREP_VAGUE_REFS = folded_table(lexicon.PREP_VAGUE_REFS)
QUANT_MODS = folded_table(lexicon.QUANT_MODS)
DECADES = folded_table(lexicon.DECADES)
CENTURIES = folded_table(lexicon.CENTURIES)
WEAK_SINGULAR_UNITS = {norm_key(fold_word(w)) for w in lexicon.WEAK_SINGULAR_UNITS}
HIJRI_HOLIDAYS = folded_table(holidays.HIJRI_HOLIDAYS)
GREGORIAN_HOLIDAYS = folded_table(holidays.GREGORIAN_HOLIDAYS)
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
# the parts of the day written as words, after an hour in digits without «الساعة» («10صباحا»);
# not the letters «ص», «م» (a metre, the Gregorian era) nor a time zone
CLOCK_WORD_PART = trie(k for k, v in CLOCK_PART.items() if v and len(k) > 2 and k.isalpha()) + WB
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
_HUNDREDW = trie(HUNDREDS) + WB
NUMW = (
    rf"(?:(?:(?:{_UNITW}|عشره{WB})[^\S\n]+الاف{WB}|الف{WB})[^\S\n]+و[^\S\n]*{_HUNDREDW}"
    rf"|(?:{_UNITW}|عشره{WB})[^\S\n]+الاف{WB}(?=[^\S\n]+(?:سنه|عام)){WB}"
    rf"|{_UNITW}(?:[^\S\n]+عشر(?:ه)?{WB}|[^\S\n]+و[^\S\n]*{_TENW})?|{_TENW}|"
    + trie(list(TEN_WORDS) + list(BIG_NUMBERS) + list(VAGUE_NUMBERS))
    + WB
    + ")"
)
# «7 آلاف عام»: digits and the thousands written as a word after them
DIGNUM = r"\d+(?:[.,]\d+)?(?!\d)(?:[^\S\n]+(?:الاف|الف|مليون|ملايين)(?!\w))?"
YEARWORD = r"(?:(?:ال|(?<=ل)ل)?(?:عام|سنه))"
HSUF = r"(?:[^\S\n]*(?:ه|هجري(?:ه)?|هجريا|للهجره)(?!\w))"
GSUF = r"(?:[^\S\n]*م(?!\w)|[^\S\n]*(?:ال)?ميلادي(?:ه)?(?!\w)|[^\S\n]*للميلاد(?!\w))"
# before Christ: «539 ق.م», «سنة 3000 قبل الميلاد», «القرن الحادي عشر ق. م»
BCSUF = r"(?:[^\S\n]*(?:ق[^\S\n]*\.?[^\S\n]*م\.?|قبل[^\S\n]+الميلاد)(?!\w))"
# A Hijri year: three or four digits, or fewer with هـ («سنة 64 هـ»)
HYEAR = rf"(?:\d{{3,4}}(?!\d){HSUF}?|\d{{1,2}}(?!\d){HSUF})"
YEAR_REL = rf"(?:ال(?:عام|سنه)[^\S\n]+{RELW}|(?:هذا[^\S\n]+العام|هذه[^\S\n]+السنه){WB})"
# four digits of a year, or the same in brackets: «آب (1988)», «عام (1962)»
YDIGITS = rf"(?:\d{{4}}(?!\d){GSUF}?|\([^\S\n]*\d{{4}}(?!\d){GSUF}?[^\S\n]*\))"
YTAIL = (
    rf"(?:[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+|ل(?=عام|سنه))?(?:{YEARWORD}[^\S\n]*)?{YDIGITS}"
    # a short year needs its year word and «م»: «24 سبتمبر عام 622م»
    rf"|[^\S\n]+{YEARWORD}[^\S\n]*\d{{1,3}}(?!\d){GSUF}"
    rf"|[^\S\n]+(?:من[^\S\n]+)?{YEAR_REL}"
    rf"|-\d{{4}}(?!\d))"  # «08-سبتمبر-2024»
)
REL2 = r"(?:ما[^\S\n]+)?(?:قبل[^\S\n]+الماضي(?:ه)?|بعد[^\S\n]+(?:المقبل|القادم)(?:ه)?)(?!\w)"
DAYW = trie(DAY_WORDS) + WB
# a part of the day after a dialect day word: «بكره الصبح», «امبارح بالليل» (the standard
# «غدا صباحا» keeps «صباحا» out, as the guidelines' examples do)
PART_AFTER = {"الصبح": "MO", "الضهر": "MI", "العصر": "AF", "المسا": "EV", "بالليل": "NI"}
NOT_DATE_AFTER = rf"(?![^\S\n]*[،,]?[^\S\n]*(?:\d|{MONTH1}|{HMONTH}|{WD}|{WD_NOART}))"
# «نحو سنة (1950)», «رقم 4 عام (1930)»: a year word before a bracketed year is that year's
YEAR_IN_BRACKETS_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*\d{4}(?!\d)")


def _month_pairs() -> str:
    by_num: dict[int, list[str]] = {}
    for name, num in MONTHS.items():
        by_num.setdefault(num, []).append(name)
    alts = []
    for names in by_num.values():
        n = trie(names) + WB
        alts.append(rf"{n}(?:[^\S\n]*[/\\|\-–][^\S\n]*{n}|[^\S\n]*[/\\|\-–]?[^\S\n]*[\"“”«»]{n}[\"“”«»]"
                    rf"|[^\S\n]+{n}|[^\S\n]*\([^\S\n]*{n}[^\S\n]*\))?")
        alts.append(rf"\([^\S\n]*{n}[^\S\n]*\)[^\S\n]*{n}")
    return rf"(?=\(|{MONTH1})(?:" + "|".join(alts) + ")"


MONTHX = _month_pairs()

# Month names with a letter dropped, two letters swapped or a letter written with the wrong
# dots («نوفبر», «أفيرل», «دسمبر», «نوفمير»): taken
# only with a day number or a written year, and never when the misspelling is a word
_NOT_MONTH_TYPOS = {"ينير", "يولي", "يوني", "حيران", "الول", "ايول", "نيسن", "نسان", "اغطس",
                    "ابري", "مارس", "جانف", "ينار", "فيفر", "سبتم", "اربيل", "جاني", "جافي",
                    "نسيان", "فيفي", "نيسا", "نيان", "يليه", "فيري", "اريل", "اليول"}


_SHAPES = ("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق")
_SAME_SHAPE = {c: shape.replace(c, "") for shape in _SHAPES for c in shape}


def _month_typos() -> dict[str, int]:
    out: dict[str, int] = {}
    clash: set[str] = set()
    for name, num in MONTHS.items():
        if " " in name or len(name) < 5:
            continue
        # the first letter too in a long name («كتوبر»), unless it is a clitic's (فبراير: «ف»
        # + «براير» would hide the month itself)
        first = 0 if len(name) >= 6 and name[0] not in "وفبلك" else 1
        variants = {name[:i] + name[i + 1 :] for i in range(first, len(name))}
        variants |= {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1)}
        # a letter for one that differs from it by its dots only («نوفمير», «ديسمير»)
        variants |= {name[:i] + c + name[i + 1 :] for i in range(1, len(name))
                     for c in _SAME_SHAPE.get(name[i], "")}
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
    rf"(?:(?:(?:{NUMW}|{DIGNUM})[^\S\n]+(?:من[^\S\n]+|ديال[^\S\n]+(?:ال)?)?{UNIT_ANY}|\d{{1,3}}(?!\d){UNIT_PL}|{UNIT_DU}"
    rf"|{UNIT_SG}(?:[^\S\n]+واحد(?:ه)?{WB})?|{UNIT_PL}){FRAC_TAIL}?"
    rf"|(?:نصف|ربع)[^\S\n]+{UNIT_SG}"
    rf"|(?:(?<=هاد[^\S\n])|(?<=هاذ[^\S\n])|(?<=هذين[^\S\n]))ال{UNIT_DU}"  # «هاد اليوماين»
    rf"|(?:عشرات|مئات|الاف)[^\S\n]+(?:من[^\S\n]+)?ال{UNIT_PL})"
)


# Finding the parts of a matched phrase again
FIND_MONTH = re.compile(rf"(?<!\w)(?:{MONTH1}|{MONTH_TYPO})")
FIND_HMONTH = re.compile(rf"(?<!\w){HMONTH}")
FIND_YEAR = re.compile(r"\d{3,4}")
FIND_HYEAR = re.compile(r"\d{1,4}")  # a Hijri year may be short: «سنة 2 هـ», «سنة 61 للهجرة»
FIND_UNIT = re.compile(rf"(?:ال)?(?P<u>{UNIT_ANY})")
FIND_REL = re.compile(rf"(?<!\w){RELW}")
FIND_HSUF = re.compile(HSUF)
FRAC_AT_END = re.compile(rf"[^\S\n]+و[^\S\n]*(?:ال)?(?P<f>نصف|ربع)(?:[^\S\n]+ال{UNIT_SG})?$")

# «عام على الثورة»: a year since an event
SINCE_EVENT = (
    r"رحيل|مقتل|وفاه|اندلاع|انطلاق|بدء|سقوط|تولي|اغتيال|غياب|الثوره|الحرب|الانتخابات|الاتفاق"
    r"|الانقلاب|الازمه|الحادث|الحادثه|الهجوم|الزلزال|الاعتداء|الاحتجاجات|الاستقلال|الانسحاب"
    r"|العدوان|الحصار|الاحتلال|الكارثه|المجزره|الاضراب|التفجير|الاعتصام|الغزو"
)
