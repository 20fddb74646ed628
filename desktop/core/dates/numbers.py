"""Quantities of time: number words and digits («خمسة وعشرين», «3», «عدة»), and a number with
its unit («ثلاثة أيام», «يومين», «عام ونصف») read into (unit, quantity); the DURATION hit
built from them.
"""

from __future__ import annotations

from . import patterns, resolve
from .context import Hit

_DIGIT_TIMES = {"الف": 1000, "الاف": 1000, "مليون": 10**6, "ملايين": 10**6}


def parse_number(s: str) -> int | float | None:
    """«خمسة وعشرين» -> 25, «3» -> 3, «عدة» -> None (vague)."""
    s = patterns.norm_key(s)
    if not s:
        return None
    if s[0].isdigit() and " " in s:  # «7 آلاف»
        head, word = s.split(None, 1)
        times = _DIGIT_TIMES.get(word)
        n = parse_number(head)
        return None if times is None or n is None else n * times
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
        elif tok in patterns.HUNDREDS:  # «خمسمائة»
            total += patterns.HUNDREDS[tok]
        elif tok in patterns.THOUSANDS and total:  # «عشرة آلاف»
            total *= patterns.THOUSANDS[tok]
        elif tok.startswith("و") and tok[1:] in patterns.HUNDREDS:  # «وخمسمائة»
            total += patterns.HUNDREDS[tok[1:]]
        else:
            return None
    return total or None


def parse_numunit(s: str) -> tuple[str, int | float | None, str, bool]:
    """(unit, quantity, grammatical number, explicit count?) of «ثلاثة أيام», «يومين»,
    «عام ونصف» (1.5), «نصف ساعة» (0.5)…"""
    frac = patterns.FRAC_AT_END.search(s)
    if frac:  # «ساعة ونصف»: a count said outright
        unit, n, gnum, _ = parse_numunit(s[: frac.start()])
        if n is not None:
            n = n + (0.5 if frac.group("f") == "نصف" else 0.25)
        return unit, n, gnum, True
    s = patterns.norm_key(s)
    if s.startswith(("نصف ", "ربع ")):
        unit, _ = patterns.UNITS[s.split()[1]]
        return unit, 0.5 if s.startswith("نصف") else 0.25, "sg", True
    units = list(patterns.FIND_UNIT.finditer(s))
    u = units[-1]
    unit, gnum = patterns.UNITS[patterns.norm_key(u.group("u"))]
    head = s[: u.start()].strip()
    for joiner in ("من", "ديال ال", "ديال"):  # «7 ديال الساعات» (Maghrebi)
        if head.endswith(joiner):
            head = head[: -len(joiner)].strip()
            break
    if head:
        return unit, parse_number(head), gnum, True
    if gnum == "du":
        return unit, 2, gnum, True
    if gnum == "sg":
        return unit, 1, gnum, "واحد" in s
    return unit, None, gnum, False


def duration_hit(start: int, end: int, nu: str, q: str | None, approx: bool) -> Hit:
    unit, n, _, _ = parse_numunit(nu)
    mod = patterns.QUANT_MODS.get(patterns.norm_key(q)) if q else None
    if approx and mod is None:
        mod = "APPROX"
    return Hit(start, end, "DURATION", resolve.duration(unit, n), mod)
