"""«اليوم» in the name of a site or a paper: «بغداد اليوم- بغداد», «تابعتها "بغداد اليوم"»,
«صحيفة مصر اليوم», a masthead written alone on its line («وسيط اليوم»). day_word asks here
before it reads «اليوم» as today.
"""

from __future__ import annotations

import re

from . import gazetteer
from .context import Ctx

_PLACES = "|".join(gazetteer.COUNTRIES_AND_PLACES)
# a place opening its line or a quotation («بغداد اليوم- بغداد», «"بغداد اليوم"»), or after
# the word for a paper or a site («صحيفة مصر اليوم»)
_PLACE_OPENING = re.compile(rf"(?:^|(?<=\n)|(?<=[\"“”«»'\-–—]))[^\S\n]*(?:{_PLACES})[^\S\n]+$")
# a line that is only «X اليوم», written more than once in the text: a masthead («وسيط اليوم»)
_TWO_WORD_LINE = re.compile(r"[^\S\n]*[^\W\d_]+[^\S\n]+اليوم[^\S\n]*")
_OUTLET_PLACE = re.compile(rf"(?<!\w)(?:صحيفه|جريده|موقع|قناه|وكاله|مجله)[^\S\n]+(?:{_PLACES})[^\S\n]+$")
_NAME_ENDS_AFTER = re.compile(r"[^\S\n]*(?:[\"“”«»'\-–—ـ|]|\n|$)")


def site_name(ctx: Ctx, start: int, end: int) -> bool:
    """«بغداد اليوم», «السعودية اليوم» opening a line or a quotation and ended by a dash, a
    quotation mark or the line's end, or after «صحيفة»: the name of a site or a paper."""
    lo = max(0, start - 40)
    if _OUTLET_PLACE.search(ctx.text, lo, start):
        return True
    text = ctx.text
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if _TWO_WORD_LINE.fullmatch(text, ls, le) and text.count(text[ls:le].strip()) >= 2:
        return True
    if _PLACE_OPENING.search(ctx.text, lo, start) is None:
        return False
    _, o_end = ctx.folded.span(start, end)  # the original text: folding drops the tatweel
    return _NAME_ENDS_AFTER.match(ctx.folded.original, o_end) is not None
