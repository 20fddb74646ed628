"""Eras: decades («الثمانينيات», «عقد 1910»), centuries («القرن التاسع عشر», «القرن الثالث
الهجري», «القرن الحادي عشر قبل الميلاد») and millennia («الألف الثالث قبل الميلاد»).
"""

from __future__ import annotations

import re

from . import hijri, patterns
from .context import Ctx, Hit, mod_of, text_before

_AGE_AFTER = re.compile(r"\s+من\s+(?:العمر|عمره|عمرها|عمرهم|اعمارهم)(?!\w)")


def decade(m: re.Match, ctx: Ctx) -> Hit | tuple[Hit, ...] | None:
    start, end = m.start("decade"), m.end("decade")
    if m.group("decade_digits"):  # «عقد 1910 و1920»: one decade each (ranges: two timexes)
        mod = mod_of(m.group("decade_mod2"))
        first = Hit(start, m.end("decade_digits") + _suffix_len(ctx, m.end("decade_digits")),
                    "DATE", m.group("decade_digits")[:3], mod)
        if not m.group("decade_digits2"):
            return first._replace(end=end)
        return first, Hit(m.start("decade_digits2"), end, "DATE", m.group("decade_digits2")[:3], None)
    if _AGE_AFTER.match(ctx.text, end):
        return None  # «في العشرينيات من العمر»: an age, not the 1920s
    name = m.group("decade_name") or "ال" + m.group("decade_bare")
    dec = patterns.DECADES[patterns.norm_key(name)]
    c = m.group("decade_century")
    if m.group("decade_bare") and not c:
        return None  # «خمسينيات» needs its century
    if c and ("التاسع" in c):
        century = 18
    elif c and "الثامن" in c:
        century = 17
    else:
        century = 20 if c and ("الحالي" in c or "الحادي" in c or "الواحد" in c) else 19
    mod = mod_of(m.group("decade_mod"))
    return Hit(start, end, "DATE", f"{century}{dec}", mod)


def _suffix_len(ctx: Ctx, i: int) -> int:
    tail = ctx.text[i : i + 3]
    return 3 if tail.startswith("يات") else 2 if tail.startswith("ات") else 0


def _century_number(name: str) -> int | None:
    """The TIMEX3 century (the 19th is 18) of an ordinal or «الـ19»."""
    name = patterns.norm_key(name)
    if name.startswith("ال") and name[2:].strip().isdigit():  # «القرن الـ19»
        n = int(name[2:].strip())
        return n - 1 if 1 <= n <= 21 else None
    return patterns.CENTURIES[name]


_MILLENNIUM_PREP = re.compile(r"(?<!\w)[وف]?(?:في|منذ|حتي|الي|خلال|طوال|ب|ل)\s*$")


# «القرن السادس الهجري / الثاني عشر الميلادي», «القرن الثامن الميلادي أي الثاني الهجري»: the same
# century in the other calendar, «القرن» left out; its calendar word is needed
_ELIDED = re.compile(
    rf"[^\S\n]*(?:/|\(|(?<!\w)(?:اي|او)(?!\w))[^\S\n]*(?P<name>{patterns.CENTURY})"
    r"[^\S\n]+(?:(?P<hijri>الهجري|للهجره)|الميلادي|للميلاد)(?!\w)")


def _elided_century(ctx: Ctx, end: int) -> Hit | None:
    e = _ELIDED.match(ctx.text, end)
    if e is None or (c := _century_number(e.group("name"))) is None:
        return None
    if e.group("hijri"):
        g, calendar = hijri.convert(c * 100 + 1, 1, 1)
        if g is None:
            return None
        return Hit(e.start("name"), e.end(), "DATE", f"{g.year // 100:02d}", None, calendar)
    return Hit(e.start("name"), e.end(), "DATE", f"{c:02d}", None, "gregorian")


def century(m: re.Match, ctx: Ctx) -> Hit | None | tuple[Hit, Hit]:
    c = _century_number(m.group("century_name"))
    if c is None:
        return None
    start, end = m.start("century"), m.end("century")
    mod = mod_of(m.group("century_mod"))
    if m.group("century_millennium"):  # TIMEX3 writes a millennium as its first digit
        if c > 9 or m.group("century_hijri"):
            return None
        # «الألف الثالث» alone may be a count («الألف الثالث من الجنود»): it needs a calendar
        # word, a modifier or a preposition of time; «الألفية» is a millennium anyway
        if (patterns.norm_key(m.group("century_millennium")) == "الالف" and not mod
                and not m.group("century_bc") and m.end("century_name") == end
                and not _MILLENNIUM_PREP.search(text_before(ctx, start))):
            return None
        return Hit(start, end, "DATE", f"BC{c}" if m.group("century_bc") else f"{c}", mod)
    second = m.group("century_name2")
    c2 = _century_number(second) if second else None
    if second and c2 is None:
        return None
    calendar = "gregorian"
    if m.group("century_hijri"):
        # «القرن الثالث الهجري»: the Gregorian century in which its first year (201 AH) begins
        values = []
        for n in (c, c2):
            if n is not None:
                g, calendar = hijri.convert(n * 100 + 1, 1, 1)
                values.append("XX" if g is None else f"{g.year // 100:02d}")
    elif m.group("century_bc"):  # «القرن الحادي عشر قبل الميلاد»: BC10
        values = [f"BC{n:02d}" for n in (c, c2) if n is not None]
    else:
        values = [f"{n:02d}" for n in (c, c2) if n is not None]
    if second is None:
        hit = Hit(start, end, "DATE", values[0], mod, calendar)
        other = _elided_century(ctx, end)  # the same century: the same modifier
        return hit if other is None else (hit, other._replace(mod=mod))
    # «القرنين السادس عشر والسابع عشر الميلاديين»: the first ends before «و», the second
    # runs to the end (the calendar word is shared)
    first = Hit(start, m.start("century_and"), "DATE", values[0], mod, calendar)
    return first, Hit(m.start("century_name2"), end, "DATE", values[1], None, calendar)
