"""The regular expressions of the tagger, built once from the lexicon.

Everything here works on folded text (see fold.py). `master()` is one alternation of named
expression kinds, most specific first; each kind's inner groups are prefixed with the
kind's name so that the whole stays one compiled pattern (one scan of the text), `master()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from . import lexicon as L
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


MONTHS = folded_table(L.MONTHS)
WEAK_MONTHS = {norm_key(fold_word(w)) for w in L.WEAK_MONTHS}
HIJRI_MONTHS = folded_table(L.HIJRI_MONTHS)
WEEKDAYS = folded_table(L.WEEKDAYS)
PART_OF_DAY = folded_table(L.PART_OF_DAY)
CLOCK_PART = folded_table(L.CLOCK_PART)
HOUR_WORDS = folded_table(L.HOUR_WORDS)
SEASONS = folded_table(L.SEASONS)
MODS = folded_table(L.MODS)
REL = folded_table(L.REL)
REL_PLURAL = folded_table(L.REL_PLURAL)
UNITS = folded_table(L.UNITS)
REL_UNITS = folded_table(L.REL_UNITS)
UNIT_NUMBERS = folded_table(L.UNIT_NUMBERS)
TEN_WORDS = folded_table(L.TEN_WORDS)
TENS = folded_table(L.TENS)
BIG_NUMBERS = folded_table(L.BIG_NUMBERS)
VAGUE_NUMBERS = {norm_key(fold_word(w)) for w in L.VAGUE_NUMBERS}
ORDINALS = folded_table(L.ORDINALS)
DAY_WORDS = folded_table(L.DAY_WORDS)
SET_ADVERBS = folded_table(L.SET_ADVERBS)
VAGUE_REFS = folded_table(L.VAGUE_REFS)
PREP_VAGUE_REFS = folded_table(L.PREP_VAGUE_REFS)
QUANT_MODS = folded_table(L.QUANT_MODS)
DECADES = folded_table(L.DECADES)
CENTURIES = folded_table(L.CENTURIES)
WEAK_SINGULAR_UNITS = {norm_key(fold_word(w)) for w in L.WEAK_SINGULAR_UNITS}
HIJRI_HOLIDAYS = folded_table(L.HIJRI_HOLIDAYS)
COUNTED_NOUNS = {norm_key(fold_word(w)) for w in L.COUNTED_NOUNS}

# --- building blocks ------------------------------------------------------------------
MONTH1 = trie(MONTHS) + WB
HMONTH = trie(HIJRI_MONTHS) + WB
WD = trie(WEEKDAYS) + WB
WD_NOART = trie(k[2:] for k in WEEKDAYS) + WB
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
YEAR_REL = rf"(?:ال(?:عام|سنه)[^\S\n]+{RELW}|(?:هذا[^\S\n]+العام|هذه[^\S\n]+السنه){WB})"
YTAIL = (
    rf"(?:[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d){GSUF}?"
    rf"|[^\S\n]+(?:من[^\S\n]+)?{YEAR_REL})"
)
REL2 = r"(?:ما[^\S\n]+)?(?:قبل[^\S\n]+الماضي(?:ه)?|بعد[^\S\n]+(?:المقبل|القادم)(?:ه)?)(?!\w)"
DAYW = trie(DAY_WORDS) + WB
NOT_DATE_AFTER = rf"(?![^\S\n]*[،,]?[^\S\n]*(?:\d|{MONTH1}|{HMONTH}|{WD}|{WD_NOART}))"


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

FRAC_TAIL = (
    rf"(?:[^\S\n]+و[^\S\n]*(?:ال)?(?:نصف|ربع){WB}(?:[^\S\n]+ال{UNIT_SG})?)"
)
NUMUNIT = (
    rf"(?:(?:(?:{NUMW}|{DIGNUM})[^\S\n]+(?:من[^\S\n]+)?{UNIT_ANY}|{UNIT_DU}|{UNIT_SG}(?:[^\S\n]+واحد(?:ه)?{WB})?"
    rf"|{UNIT_PL}){FRAC_TAIL}?|(?:نصف|ربع)[^\S\n]+{UNIT_SG}"
    rf"|(?:عشرات|مئات|الاف)[^\S\n]+(?:من[^\S\n]+)?ال{UNIT_PL})"
)


def _dayprefix(p: str) -> str:
    return (
        rf"(?:(?P<{p}tod>{TOD})[^\S\n]+)?(?:يوم[^\S\n]+|(?:{DAYW})[^\S\n]+(?={WD}))?"
        rf"(?:(?P<{p}wd>{WD})[^\S\n]*[،,]?[^\S\n]*(?:الموافق[^\S\n]+)?)?"
    )


def _day(p: str) -> str:
    return rf"(?P<{p}d>(?:ال[^\S\n]*)?\d{{1,2}}(?!\d)|{ORD})"


_KINDS: list[tuple[str, str]] = [
    (
        "num",
        r"(?<![/\-.+])(?:(?P<num_a>\d{4})(?P<num_s1>[-/.])(?P<num_b>\d{1,2})(?P=num_s1)"
        r"(?P<num_c>\d{1,2})|(?P<num_d>\d{1,2})(?P<num_s2>[-/.])(?P<num_e>\d{1,2})"
        rf"(?P=num_s2)(?P<num_f>\d{{4}}))(?![\d/\-]|\.\d){GSUF}?",
    ),
    (
        "ck",
        rf"(?:الساعه[^\S\n]+(?P<ck_h>\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|{HOURW})"
        rf"(?:[^\S\n]+و[^\S\n]*(?P<ck_f>النصف|الربع|نصف|ربع|الثلث){WB})?(?:[^\S\n]+(?P<ck_p>{CLOCKP}))?"
        rf"|(?P<ck_h2>\d{{1,2}}[:.]\d{{2}}(?!\d)|{HOURW})"
        rf"(?:[^\S\n]+و[^\S\n]*(?P<ck_f2>النصف|الربع|نصف|ربع|الثلث){WB})?[^\S\n]+(?P<ck_p2>{CLOCKP}))"
        rf"(?:[^\S\n]+(?:من[^\S\n]+)?(?:(?:يوم[^\S\n]+)?(?P<ck_wd>{WD})|(?P<ck_dw>امس|اليوم|غدا){WB}))?",
    ),
    (
        "hd",
        _dayprefix("hd_") + _day("hd_")
        + rf"[^\S\n]*(?:من[^\S\n]+)?(?:شهر[^\S\n]+)?(?P<hd_m>{HMONTH})"
        rf"(?:(?P<hd_y>[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{3,4}}(?!\d){HSUF}?)"
        rf"|[^\S\n]+(?P<hd_r>{RELW}))?",
    ),
    (
        "gd",
        _dayprefix("gd_") + _day("gd_")
        + rf"[^\S\n]*(?:من[^\S\n]+)?(?:شهر[^\S\n]+)?(?P<gd_m>{MONTHX})(?P<gd_y>{YTAIL})?"
        rf"(?:[^\S\n]+(?P<gd_r>{RELW}))?",
    ),
    (
        "dm",
        _dayprefix("dm_") + _day("dm_")
        + rf"[^\S\n]+(?:من[^\S\n]+)?(?:(?:ال)?شهر[^\S\n]+(?P<dm_r>{RELW})|(?P<dm_r2>الجاري|الحالي){WB}"
        rf"|(?P<dm_every>كل[^\S\n]+شهر){WB})",
    ),
    (
        "qh",
        rf"(?:ال|(?<=ل)ل)(?P<qh_k>ربع|نصف)[^\S\n]+(?P<qh_o>الاول|الثاني|الثالث|الرابع|الاخير){WB}[^\S\n]+من[^\S\n]+"
        rf"(?P<qh_y>(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d)|{YEAR_REL}|ال(?:عام|سنه){WB})",
    ),
    (
        "hol",
        rf"(?P<hol_h>{trie(HIJRI_HOLIDAYS)}){WB}"
        rf"(?:(?P<hol_y>[^\S\n]*[،,]?[^\S\n]*(?:ل|من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d){HSUF}?)"
        rf"|[^\S\n]+(?P<hol_r>{RELW}))?",
    ),
    (
        "hm",
        rf"(?:(?P<hm_mod>{MOD})[^\S\n]+)?(?P<hm_sh>شهر[^\S\n]+)?(?P<hm_m>{HMONTH})"
        rf"(?:(?P<hm_y>[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{3,4}}(?!\d){HSUF}?)"
        rf"|[^\S\n]+(?P<hm_r>{RELW}))?",
    ),
    (
        "gm",
        rf"(?:(?P<gm_mod>{MOD})[^\S\n]+)?(?P<gm_sh>شهر[^\S\n]+)?(?P<gm_m>{MONTHX})(?P<gm_y>{YTAIL})?"
        rf"(?:[^\S\n]+(?P<gm_r>{RELW}))?",
    ),
    (
        "se",
        rf"(?:(?P<se_mod>{MOD})[^\S\n]+)?(?:(?P<se_this>هذا|هذه)[^\S\n]+)?(?P<se_f>فصل[^\S\n]+)?(?P<se_s>{SEAS})"
        rf"(?:(?P<se_y>[^\S\n]*[،,]?[^\S\n]*(?:من[^\S\n]+)?(?:{YEARWORD}[^\S\n]+)?\d{{4}}(?!\d))"
        rf"|[^\S\n]+(?:من[^\S\n]+)?(?P<se_yr>{YEAR_REL})|[^\S\n]+(?P<se_r>{RELW}))?",
    ),
    (
        "yr",
        rf"(?:(?P<yr_mod>{MOD})[^\S\n]+)?(?:(?P<yr_w>{YEARWORD}|عامي|سنتي)[^\S\n]+)?"
        rf"(?P<yr_y>\d{{4}})(?!\d)(?P<yr_suf>{HSUF}|{GSUF})?",
    ),
    (
        "de",
        rf"(?:(?P<de_mod>{MOD})[^\S\n]+)?(?:(?:حقبه|عقد|فتره)[^\S\n]+)?(?P<de_d>{DECADE})"
        rf"(?:[^\S\n]+من[^\S\n]+القرن[^\S\n]+(?P<de_c>الماضي|المنصرم|العشرين|الحالي|الحادي[^\S\n]+والعشرين){WB})?",
    ),
    ("ce", rf"(?:(?P<ce_mod>{MOD})[^\S\n]+)?القرن[^\S\n]+(?P<ce_c>{CENTURY})"),
    (
        "ru",
        rf"(?:(?P<ru_mod>{MOD})[^\S\n]+)?(?:(?P<ru_this>هذا|هذه)[^\S\n]+)?(?:ال|(?<=ل)ل)(?P<ru_u>{RELUNIT})"
        rf"(?:[^\S\n]+(?:(?P<ru_r2>{REL2})|(?P<ru_r>{RELW})))?",
    ),
    (
        "wd",
        rf"(?:(?P<wd_tod>{TOD})[^\S\n]+)?(?:(?P<wd_yom>يوم|{DAYW})[^\S\n]+)?(?P<wd_w>{WD})"
        rf"(?:(?:[^\S\n]*[/\-–][^\S\n]*|[^\S\n]+(?:(?:الي|علي)[^\S\n]+)?)(?P<wd_w2>{WD}))?"
        rf"(?:[^\S\n]+(?:(?P<wd_r2>{REL2})|(?P<wd_r>{RELW})))?"
        rf"(?P<wd_every>[^\S\n]+من[^\S\n]+كل[^\S\n]+اسبوع{WB})?",
    ),
    (
        "dw",
        rf"(?:(?P<dw_tod>{TOD})[^\S\n]+)?(?P<dw_w>{trie(DAY_WORDS)}{WB}|الليله{WB})"
        rf"|(?P<dw_this>هذا[^\S\n]+(?:الصباح|المساء){WB})",
    ),
    (
        "st",
        rf"كل[^\S\n]+(?:(?:يوم[^\S\n]+)?(?P<st_wd>{WD}|{WD_NOART})|(?:(?P<st_n>{NUMW}|\d+)[^\S\n]+)?"
        rf"(?P<st_u>{UNIT_ANY}))"
        rf"|(?P<st_a>{trie(SET_ADVERBS)}{WB})",
    ),
    (
        "ago",
        rf"(?P<ago_dir>قبل|بعد)[^\S\n]+(?:(?P<ago_q>{QMOD})[^\S\n]+)?(?P<ago_nu>{NUMUNIT}){NOT_DATE_AFTER}",
    ),
    (
        "pr",
        rf"(?:ال|(?<=ل)ل)(?:[^\S\n]*(?P<pr_n1>\d+)[^\S\n]*)?(?P<pr_u>{UNIT_ANY})"
        rf"(?:[^\S\n]+(?P<pr_n>ال(?:{NUMW}|\d+)|القليله|العديده))?[^\S\n]+(?P<pr_r>{RELPL})",
    ),
    (
        "du",
        rf"(?:(?P<du_q>{QMOD})[^\S\n]+)?(?P<du_nu>{NUMUNIT}){NOT_DATE_AFTER}"
        rf"(?P<du_ap>[^\S\n]+تقريبا{WB})?",
    ),
    (
        "vg",
        rf"(?P<vg_t>وقت[^\S\n]+(?:سابق|لاحق|مبكر|متاخر)[^\S\n]+(?:من[^\S\n]+)?(?:(?:هذا|هذه)[^\S\n]+)?"
        rf"(?P<vg_tu>اليوم|ال(?:اسبوع|شهر|عام|سنه)){WB}(?:[^\S\n]+(?P<vg_tr>{RELW}))?)"
        rf"|(?P<vg_w>{trie(VAGUE_REFS)}{WB})"
        rf"|(?:(?<=في[^\S\n])|(?<=خلال[^\S\n])|(?<=حتي[^\S\n])|(?<=منذ[^\S\n])|(?<=الي[^\S\n]))(?P<vg_p>{trie(PREP_VAGUE_REFS)}{WB})",
    ),
]

KIND_NAMES = [k for k, _ in _KINDS]


def _first_words() -> set[str]:
    """Every word an expression can start with: a cheap test before the alternatives."""
    tables = [
        MONTHS, HIJRI_MONTHS, WEEKDAYS, PART_OF_DAY, HOUR_WORDS, SEASONS, MODS, UNITS,
        UNIT_NUMBERS, TEN_WORDS, TENS, BIG_NUMBERS, VAGUE_NUMBERS, ORDINALS, DAY_WORDS,
        SET_ADVERBS, VAGUE_REFS, PREP_VAGUE_REFS, QUANT_MODS, DECADES,
    ]
    words = {k.split()[0] for t in tables for k in t}
    words |= {"ال" + k for k in list(SEASONS) + list(UNITS) + list(REL_UNITS)}
    words |= {
        "يوم", "اليوم", "شهر", "فصل", "عيد", "وقفه", "راس", "المولد", "نصف", "ربع", "الساعه", "قبل", "بعد", "كل", "هذا", "هذه", "وقت",
        "القرن", "حقبه", "عقد", "فتره", "الربع", "النصف", "عام", "سنه", "العام", "السنه",
        "عامي", "سنتي", "الليله",
    }
    return words


FIRST = r"(?=\d|\(|(?<=ل)ل|ال[^\S\n]*\d|" + trie(_first_words()) + ")"
_START = r"(?<!\w)(?:[وف]?[بل]?)" + FIRST

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
        pattern = re.compile(_START + f"(?P<{kind}>{_KIND_PATTERNS[kind]})")
        self[kind] = pattern
        return pattern


_KIND_PATTERNS = dict(_KINDS)
SINGLE = _PerKind()

# Finding the parts of a matched phrase again
FIND_MONTH = re.compile(rf"(?<!\w){MONTH1}")
FIND_HMONTH = re.compile(rf"(?<!\w){HMONTH}")
FIND_YEAR = re.compile(r"\d{3,4}")
FIND_UNIT = re.compile(rf"(?:ال)?(?P<u>{UNIT_ANY})")
FIND_REL = re.compile(rf"(?<!\w){RELW}")
FIND_HSUF = re.compile(HSUF)
FRAC_AT_END = re.compile(rf"[^\S\n]+و[^\S\n]*(?:ال)?(?P<f>نصف|ربع)(?:[^\S\n]+ال{UNIT_SG})?$")
