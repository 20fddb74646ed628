"""A document's publication date: checking one typed by hand, proposing one from the
header of a plain-text article.

    >>> propose_published("عنوان الخبر\\n15 أغسطس 2024\\nنص الخبر")
    '2024-08-15'
    >>> parse_published("2024-08-15"), parse_published("15/08/2024")
    (datetime.date(2024, 8, 15), None)

Pure Python; the window shows the proposal and stores nothing until the annotator
confirms it.
"""

from __future__ import annotations

import datetime
import functools
import re

HEADER_LINES = 5  # non-blank lines looked at
MAX_OTHER_WORDS = 8  # a date line: the date and at most this many other words

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")
_LETTER = r"A-Za-z\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF"
_DIGIT = r"0-9\u0660-\u0669\u06F0-\u06F9"


@functools.cache
def _glued() -> re.Pattern:
    """A digit glued to a letter, either way round ("admin15 أغسطس 2024آخر تحديث");
    compiled on the first proposal (after the window's first frame)."""
    return re.compile(rf"(?<=[{_LETTER}])(?=[{_DIGIT}])|(?<=[{_DIGIT}])(?=[{_LETTER}])")


def parse_published(value: str | None) -> datetime.date | None:
    """The date of a stored or typed ``published``: ``YYYY-MM-DD`` (a time after it,
    as in ``2018-09-24T10:00:00Z``, is ignored); anything else is None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not _ISO.match(value[:10]) or (len(value) > 10 and value[10] not in "T "):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def header_lines(text: str, limit: int = HEADER_LINES) -> list[str]:
    return [line for line in text.split("\n") if line.strip()][:limit]


def propose_published(text: str) -> str | None:
    """A full date (``YYYY-MM-DD``) written on a date line of the header (the first five
    non-blank lines), or None.

    A date line holds a day, month and year (any form the tagger reads: «15 أغسطس 2024»,
    15/08/2024, a Hijri date gives its Gregorian day) and at most eight other words, so a
    photo caption or a sentence that mentions a date is not taken for the dateline. A
    digit glued to a word («admin15», «2024آخر») is read as if a space were there.
    Relative words (أمس, اليوم) never make a proposal: there is nothing to resolve them
    against.
    """
    from . import tag  # the package imports this module's users, not the reverse

    for line in header_lines(text):
        spaced = _glued().sub(" ", line)
        for timex in tag(spaced, None):
            m = _FULL.match(timex.value) if timex.type in ("DATE", "TIME") else None
            if m is None:
                continue
            others = (spaced[: timex.start] + " " + spaced[timex.end :]).split()
            others = [w for w in others if any(ch.isalnum() for ch in w)]
            if len(others) <= MAX_OTHER_WORDS and parse_published(m.group(1)):
                return m.group(1)
    return None


__all__ = ["HEADER_LINES", "header_lines", "parse_published", "propose_published"]
