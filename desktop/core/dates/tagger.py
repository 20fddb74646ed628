"""Finding temporal expressions: one scan of the folded text, one handler per kind.

A handler reads the groups of a match of `kinds.master()`, checks the context where a
word is ambiguous (مارس the verb, نيسان the car, 2500 جندي), and returns a `Hit` with
folded offsets and a TIMEX3 value resolved against the document date, or None. The
handlers live with their kind: `calendar_dates`, `hijri_dates`, `relative_dates`,
`durations`; what they share is in `context` and `numbers`.
"""

from __future__ import annotations

import datetime
import re

from . import kinds
from .calendar_dates import (
    calendar_date,
    day_of_month,
    month,
    numeric_date,
    quarter_half,
    season,
    year,
)
from .clock_times import clock_time, part_adverb
from .context import Ctx, Hit
from .durations import (
    age,
    duration,
    last_period,
    recurrence,
    rest_of,
    set_adjective,
    whole_period,
)
from .english_dates import english_date
from .eras import century, decade
from .fold import Folded
from .hijri_dates import hijri_date, hijri_month, holiday
from .lines import join_broken_lines
from .ranges import second_look
from .records import record_field
from .reference import Reference
from .relative_dates import (
    anaphora,
    day_word,
    offset,
    relative_unit,
    vague,
    weekday,
)
from .scan import searcher

__all__ = ["HANDLERS", "Hit", "find"]


HANDLERS = {
    "english_date": english_date,
    "record_field": record_field,
    "numeric_date": numeric_date,
    "clock_time": clock_time,
    "hijri_date": hijri_date,
    "calendar_date": calendar_date,
    "day_of_month": day_of_month,
    "quarter_half": quarter_half,
    "hijri_month": hijri_month,
    "holiday": holiday,
    "month": month,
    "season": season,
    "year": year,
    "decade": decade,
    "century": century,
    "anaphora": anaphora,
    "relative_unit": relative_unit,
    "weekday": weekday,
    "day_word": day_word,
    "part_adverb": part_adverb,
    "recurrence": recurrence,
    "offset": offset,
    "last_period": last_period,
    "age": age,
    "rest_of": rest_of,
    "whole_period": whole_period,
    "set_adjective": set_adjective,
    "duration": duration,
    "vague": vague,
}


KIND_INDEX = {k: i for i, k in enumerate(kinds.KIND_NAMES)}


def _retry(at: int, first: int, ctx: Ctx) -> tuple[Hit | None, re.Match | None]:
    """The next kinds, in order, at the same position, after a handler said no."""
    for kind in kinds.KIND_NAMES[first:]:
        m = kinds.SINGLE[kind].match(ctx.text, at)
        if m is None:
            continue
        hit = HANDLERS[kind](m, ctx)
        if hit is not None:
            return hit, m
    return None, None


def find(folded: Folded, dct: datetime.date | None, lenient: bool = False) -> list[Hit]:
    """All hits in folded coordinates, left to right, non-overlapping."""
    text = join_broken_lines(folded.text)
    ctx = Ctx(text, folded, dct, lenient, Reference())
    search = searcher()
    hits: list[Hit] = []
    pos = 0
    n = len(text)
    while pos < n:
        found = search(text, pos)
        if found is None:
            break
        m, at = found
        kind = m.lastgroup
        if kind is None:  # cannot happen: every alternative is a named group
            pos = m.end() + 1
            continue
        hit = HANDLERS[kind](m, ctx)
        again = None
        if hit is None:
            hit, again = _retry(at, KIND_INDEX[kind] + 1, ctx)
            if hit is None:
                pos = m.start(kind) + 1
                continue
            m = again
        for h in (hit,) if isinstance(hit, Hit) else hit:  # a handler may return two
            h = h._replace(kind=kind if again is None else again.lastgroup or kind)
            if hits and h.start < hits[-1].end:  # a modifier reached back over a hit
                h = h._replace(start=hits[-1].end)
                if h.start >= h.end:
                    continue
            hits.append(h)
            if h.type in ("DATE", "TIME"):
                ctx.ref.note(h.value, h.start, text[h.start : h.end],
                             text[max(0, h.start - 8) : h.start])
            last = h
        pos = max(m.end(), last.end)
    return second_look(hits, ctx)
