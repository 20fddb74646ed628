"""Expressions broken across a line: the line breaks the rules may read as a space.

The rules never cross a line break (a dateline, a programme's line, a headline list end at
it). Text wrapped by hand breaks lines inside an expression too («ولد عام\\n1897», «26
يوليو\\n1987», «الأربعاء 20\\nيوليو 2016», «في\\nالوقت الحالي»). A single break (no blank line)
is read as a space where the words on its two sides cannot end and begin a line of their
own: a year word or a month before a year, a day number before a month, a number before «ق.م»
or «قبل الميلاد», a preposition before anything. The joined text has the same length, so offsets stay as they are.
"""

from __future__ import annotations

import re

from . import patterns

# the end of the line before the break
_YEAR_BEFORE = re.compile(
    rf"(?<!\w)(?:{patterns.YEARWORD}|عامي|سنتي|{patterns.MONTH1}|{patterns.HMONTH})[^\S\n]*$")
_DAY_BEFORE = re.compile(r"(?<![\d/.:\-])\d{1,2}[^\S\n]*$")
_PREP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|منذ|حتي|خلال|مطلع|اواخر|اوائل|منتصف)[^\S\n]*$")
# the start of the line after it
_YEAR_AFTER = re.compile(r"[^\S\n]*\d{3,4}(?![\d:])")
_MONTH_AFTER = re.compile(rf"[^\S\n]*(?:{patterns.MONTH1})")
_WORD_AFTER = re.compile(r"[^\S\n]*[^\W\d_]")
# «( 8000\nق . م )», «ــ500\nق.م»: a year, then its «before Christ» on the next line
_NUMBER_BEFORE = re.compile(r"(?<![\d/.:\-])\d{1,4}[^\S\n]*$")
_BC_AFTER = re.compile(r"[^\S\n]*(?:ق[^\S\n]*\.[^\S\n]*م(?!\w)|قبل[^\S\n]+الميلاد(?!\w))")


def join_broken_lines(text: str) -> str:
    """The text with each line break that splits an expression read as a space."""
    if "\n" not in text:
        return text
    cut: list[int] = []
    i = text.find("\n")
    while i >= 0:
        if (i > 0 and text[i - 1] != "\n" and i + 1 < len(text) and text[i + 1] != "\n"
                and _splits(text, i)):
            cut.append(i)
        i = text.find("\n", i + 1)
    if not cut:
        return text
    return " ".join([text[a + 1 : b] for a, b in zip([-1, *cut], [*cut, len(text)], strict=True)])


def _splits(text: str, i: int) -> bool:
    before = text[max(0, i - 24) : i]
    if _YEAR_AFTER.match(text, i + 1) and _YEAR_BEFORE.search(before):
        return True
    if _MONTH_AFTER.match(text, i + 1) and _DAY_BEFORE.search(before):
        return True
    if _BC_AFTER.match(text, i + 1) and _NUMBER_BEFORE.search(before):
        return True
    return _WORD_AFTER.match(text, i + 1) is not None and _PREP_BEFORE.search(before) is not None
