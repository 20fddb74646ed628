"""Arabic temporal expressions: find them in news text and give them TIMEX3 values.

    >>> import datetime
    >>> [t.value for t in tag("وفي العاشر من أيلول/سبتمبر", datetime.date(2018, 9, 24))]
    ['2018-09-10']

Pure Python (stdlib + hijridate). See docs/dates.md for what is covered and why.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .describe import describe
from .fold import Folded

# The tagger (its lexicon and rules) is imported on the first tag(): a window that
# opens imports this package without paying for the rules before its first paint.

__all__ = ["Timex", "describe", "normalise", "tag"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text: where it is, its TIMEX3 type and value
    (with ``mod``), and the calendar it was written in."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    calendar: str = "gregorian"

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }


def _tag(text: str, dct: datetime.date | None, lenient: bool) -> list[Timex]:
    if isinstance(dct, datetime.datetime):
        dct = dct.date()
    from .tagger import find

    folded = Folded(text)
    out = []
    for hit in find(folded, dct, lenient):
        start, end = folded.span(hit.start, hit.end)
        out.append(
            Timex(start, end, text[start:end], hit.type, hit.value, hit.mod, hit.calendar)
        )
    return out


def tag(text: str, dct: datetime.date | None = None) -> list[Timex]:
    """All temporal expressions in text, sorted by start, non-overlapping."""
    if not text:
        return []
    return _tag(text, dct, lenient=False)


def normalise(expression: str, dct: datetime.date | None = None) -> Timex | None:
    """The value of a span the annotator tagged by hand.

    The longest expression found in the string (offsets relative to it). Words that the
    tagger only accepts in context (مارس, a bare 2014, شهر) are accepted here, since the
    annotator's selection is the context.
    """
    if not expression or not expression.strip():
        return None
    found = _tag(expression, dct, lenient=False) + _tag(expression, dct, lenient=True)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.start, -t.start))
