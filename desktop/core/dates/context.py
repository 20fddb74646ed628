"""What the rules share: the `Hit` a handler returns, the `Ctx` it reads, and the checks
of the words around a match (a preposition before it, a future cue earlier in the clause, an
ordinal that belongs to the noun before it) and the readers of its common groups (a month
name, a year tail, a relative word, a modifier, a part of the day).
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from . import patterns, resolve
from .fold import Folded
from .reference import Reference, shift_day


class Hit(NamedTuple):
    start: int  # folded offsets
    end: int
    type: str
    value: str
    mod: str | None
    calendar: str = "gregorian"
    kind: str = ""  # the pattern kind that found it (set by the scan)


class Ctx(NamedTuple):
    text: str  # folded
    folded: Folded
    dct: datetime.date | None
    lenient: bool
    ref: Reference  # the last date mentioned so far (filled in by the scan)


_PREP_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:في|منذ|خلال|حتي|قبل|بعد|من|الي|طوال|طيله|غضون|مدي|حلول|اوائل|اواخر"
    r"|مطلع|منتصف|نهايه|بدايه|شهري|شهر)\s*|(?<!\w)[وف]?[بل])$"
)


# «الأسبوع الأول من أغسطس», «الجولة الثانية من…»: the ordinal belongs to the noun before
_ORD_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:الاسبوع|الاسابيع|اليوم|الايام|الشهر|الاشهر|العام|السنه|الساعه|النصف|الربع"
    r"|العقد|الجوله|المرحله|الدور|الفصل|الموسم|العدد|الدوره|الحلقه|الجزء|البند|المركز)\s*$"
)


# «من المقرر أن يصل الخميس», «ابتداء من الخميس»: a bare weekday in the future
_FUTURE_CUE = re.compile(
    r"(?<!\w)(?:سوف|المقرر|المتوقع|المنتظر|المرتقب|يعتزم|تعتزم|ابتداء|اعتبارا|بدءا|ابتداءا"
    r"|ان\s+(?:تكون|يكون))(?!\w)[^.،,؛!?؟\n]*$"
)
# «أعلنت الحكومة أيام الأحد والاثنين إجازة رسمية»: the days named as a holiday are to come
_HOLIDAY_AFTER = re.compile(r"[^.!?؟\n؛]{0,40}?(?<!\w)(?:اجازه|عطله)(?!\w)")


def text_before(ctx: Ctx, i: int, n: int = 24) -> str:
    return ctx.text[max(0, i - n) : i]


def prep_before(ctx: Ctx, i: int) -> bool:
    return _PREP_BEFORE.search(text_before(ctx, i)) is not None


def month_of(s: str) -> tuple[int, bool]:
    """Month number of a (possibly paired) month phrase and whether it is a lone weak word."""
    names = [patterns.norm_key(m.group()) for m in patterns.FIND_MONTH.finditer(s)]
    if not names:
        return 0, False
    if names[0] in patterns.MONTH_TYPOS:  # «نوفبر»: as weak as a word can be
        return patterns.MONTH_TYPOS[names[0]], True
    weak = len(names) == 1 and names[0] in patterns.WEAK_MONTHS and "(" not in s
    return patterns.MONTHS[names[0]], weak


def year_of(s: str | None, ctx: Ctx) -> tuple[int | None, int | None, bool]:
    """(year, relative offset, known) of a year tail: « 2018», « من العام الماضي»."""
    if not s:
        return None, None, False
    m = patterns.FIND_HYEAR.search(s)
    if m:
        return int(m.group()), None, True
    r = patterns.FIND_REL.search(s)
    rel = patterns.REL[patterns.norm_key(r.group())] if r else 0
    if ctx.dct is None:
        return None, rel, True
    return ctx.dct.year + rel, rel, True


def rel_of(s: str | None) -> int | None:
    if not s:
        return None
    return patterns.REL.get(patterns.norm_key(s))


def rel2_of(s: str | None) -> int | None:
    """«قبل الماضي» -> -2, «بعد المقبل» -> 2."""
    if not s:
        return None
    return -2 if patterns.norm_key(s).split()[-2] == "قبل" else 2


def day_num(s: str) -> int:
    s = patterns.norm_key(s)
    if s.startswith("ال") and s[2:].strip().isdigit():  # «الـ15 من أغسطس»
        s = s[2:].strip()
    if s.isdigit():
        return int(s)
    if s.startswith("لل"):  # «للاول»: «ل» + «الاول»
        s = "ا" + s[1:]
    return patterns.ORDINALS.get(s, 0)


def mod_of(s: str | None) -> str | None:
    return patterns.MODS.get(patterns.norm_key(s)) if s else None


def part_of(s: str | None) -> str | None:
    return patterns.PART_OF_DAY.get(patterns.norm_key(s)) if s else None


def with_part(value: str, part: str | None) -> tuple[str, str]:
    if part is None:
        return "DATE", value
    return "TIME", f"{value}T{part}"


def noun_ordinal(m: re.Match, ctx: Ctx, kind: str) -> bool:
    """«الأسبوع الأول من أغسطس»: an ordinal after a noun is not a day of the month."""
    p = kind + "_"
    if m.group(p + "part") or m.group(p + "weekday") or m.start(p + "day") != m.start(kind):
        return False
    if patterns.norm_key(m.group(p + "day"))[:1].isdigit():
        return False
    return _ORD_NOUN_BEFORE.search(text_before(ctx, m.start(kind))) is not None


def weak_ok(m: re.Match, ctx: Ctx, kind: str) -> bool:
    return ctx.lenient or prep_before(ctx, m.start(kind))


def is_father(ctx: Ctx, start: int, month_text: str) -> bool:
    """«أب» / «إب» fold to the same letters as the month «آب»; and «باب» (a door) is not
    «ب» + «اب»: the month written without its madda and glued to a clitic is no month."""
    if patterns.norm_key(month_text) != "اب":
        return False
    o_start, _ = ctx.folded.span(start, start + 1)
    first = ctx.folded.original[o_start]
    if first in "أإ":
        return True
    return first == "ا" and start > 0 and ctx.text[start - 1] in "بلوفك"


def future_cue(ctx: Ctx, i: int, end: int | None = None) -> bool:
    """A future cue earlier in the clause («من المقرر أن…», «ابتداء من», «أن تكون»), not «كان
    من المقرر»; or the day named as a holiday just after it («… إجازة رسمية»)."""
    before = ctx.text[max(0, i - 60) : i]
    cue = _FUTURE_CUE.search(before)
    if cue is not None and not re.search(r"(?<!\w)[وف]?كان(?:ت)?\s+(?:من\s+)?$",
                                         before[: cue.start()]):
        return True
    return end is not None and _HOLIDAY_AFTER.match(ctx.text, end) is not None


def day_date(ctx: Ctx, part: str | None, rel: int | None) -> str:
    if rel is not None and ctx.dct is not None:
        d = ctx.dct + datetime.timedelta(days=rel)
        return d.isoformat()
    if rel and ctx.ref.today is not None and ctx.ref.loose_day == ctx.ref.today:
        # no dct: «غدا» after «اليوم السبت» is a Sunday (not when another day was named since)
        return shift_day(ctx.ref.today, rel) or resolve.date_value(ctx.dct)
    return resolve.date_value(ctx.dct)
