"""The ``items`` tokenizer (rules 1-4) as it was before the astral-free fast path and the
item-keyed writers (issue 12), kept as the reference the one in ``desktop.core.tokens``
must match item for item on any text (tests/core/test_tokens.py)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate

from tests.core.tokens_reference import _EMOJI, _PUNCT, _split_piece

# --------------------------------------------------------------------- items (rules 1-4)
# white space other than the plain space (\s is these and " "; a test checks it)
_WHITE = "\t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RI = "\U0001f1e6-\U0001f1ff"  # regional indicators: two make a flag
_MODS = "\ufe0f\U0001f3fb-\U0001f3ff"
# one separator: a run of white space other than plain spaces, a flag, an emoji with its
# modifiers and ZWJ sequence, one punctuation mark. It starts with a character class, so
# the engine scans for it quickly (an alternation of classes would be tried at every
# character); what follows the first character depends on what it was (look-behinds).
_SEP = re.compile(
    f"([{_PUNCT}{_EMOJI}{_WHITE}](?:(?<=[{_WHITE}])[{_WHITE}]+|(?<=[{_RI}])[{_RI}]"
    f"|(?<=[{_EMOJI}])[\u20e3{_MODS}]*(?:\u200d[{_EMOJI}][{_MODS}]*)*)?)")
# the marks ``items`` puts between items (after a space, and around a separator): every
# stored text is free of both (DESIGN §2)
_SPACE_MARK, _SEP_MARK = "\x00", "\x01"


def items(text: str, span_bounds: Iterable[tuple[int, int]] = ()
          ) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` (rules 1-4), each with its trailing space (``"word "``), and
    where each starts. ``"".join(items) == text``; an item is a token with a trailing
    space exactly when it ends with a space and is not the single space ``" "``
    (``word_of``). Every span of ``span_bounds`` starts on an item's start and ends
    where an item's token ends."""
    if _SPACE_MARK in text or _SEP_MARK in text:
        raise ValueError("the text holds U+0000 or U+0001, which no stored text holds")
    # every space ends an item, and a separator is an item: a space right after a
    # separator is the separator's; then the empty items between marks go
    marked = ("\x01".join(_SEP.split(text)).replace(" ", " \x00")
              .replace("\x01 \x00", " \x00").replace("\x01", "\x00")
              .replace("\x00\x00", "\x00").strip("\x00"))
    out = marked.split("\x00") if marked else []
    starts = list(accumulate(map(len, out), initial=0))
    starts.pop()
    if span_bounds:
        cuts = _cuts(text, span_bounds)
        if cuts:
            _cut_items(out, starts, cuts)
    return out, starts


def word_of(item: str) -> tuple[str, bool]:
    """An item's token and whether a space trails it."""
    if item[-1] == " " and item != " ":
        return item[:-1], True
    return item, False


def _cuts(text: str, span_bounds: Iterable[tuple[int, int]]) -> list[int]:
    """Where the spans need a token edge that is not always one: each start (a start at
    a space splits the space off the token before it), and each end not followed by
    the token's trailing space (an end after a space splits that space off)."""
    n = len(text)
    cuts = set()
    for a, b in span_bounds:
        if 0 < a < n:
            cuts.add(a)
        if text[b - 1] == " ":
            if b > 1:
                cuts.add(b - 1)
        elif b < n and text[b] != " ":
            cuts.add(b)
    return sorted(cuts)


def _cut_items(out: list[str], starts: list[int], cuts: list[int]) -> None:
    """Rule 3 (and 4's exception) in place: each item a cut falls inside is split."""
    inner: dict[int, list[int]] = {}
    for c in cuts:
        k = bisect.bisect_right(starts, c) - 1
        if starts[k] < c:  # inside item k (cuts are < len(text))
            inner.setdefault(k, []).append(c)
    for k in sorted(inner, reverse=True):
        item, start = out[k], starts[k]
        word, ws = word_of(item)
        sub: list[str] = []
        sub_starts: list[int] = []
        here = inner[k]
        end = start + len(word)
        _split_piece(word, start, [c for c in here if c < end], sub, sub_starts)
        if ws:
            if here[-1] == end:  # a span starts at the trailing space, or ends with it
                sub.append(" ")
                sub_starts.append(end)
            else:
                sub[-1] += " "
        out[k:k + 1] = sub
        starts[k:k + 1] = sub_starts
