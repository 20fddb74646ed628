"""The Arabic tokenizer as it was first merged (issue 12), kept as the reference the fast
one in ``desktop.core.tokens`` must match token for token (tests/core/test_tokens.py).

The one Arabic tokenizer of the token formats (Prodigy, CoNLL, spaCy; DESIGN §5b).

Rules, in order (docs/formats.md has examples):

1. **White space** separates tokens (``str.isspace``: spaces, tabs, newlines, NBSP...).
2. **Punctuation and symbols** are tokens of their own: ASCII punctuation, Arabic
   punctuation (، ؛ ؟ ٪ ٫ ٬ ۔), quotation marks and guillemets (« » “ ” ‘ ’ ‹ ›), dashes,
   the ellipsis, and emoji and pictographs (an emoji keeps its skin-tone modifier,
   variation selector and ZWJ sequence; a flag is its two regional indicators).
   Everything else stays in its word: letters, digits, harakat and other marks, tatweel,
   zero-width (non-)joiners, bidi marks.
3. **Span edges.** Wherever a span starts or ends inside a token, the token is split
   there, so every span starts and ends on a token edge. When the part before the edge
   is made of proclitics (و ف, then ب ك ل, then ال; ``لل`` is ل + ال), each clitic is its
   own token: «والتحالف» with a span on «التحالف» gives و | التحالف, «وبالعراق» with a
   span on «عراق» gives و | ب | ال | عراق. Any other edge inside a word splits it once at
   the edge. Clitics are split only where a span edge asks for it: «والتحالف» with no
   span edge inside stays one token.

Tokens are described by their start offsets (code points into the text); the text is
covered end to end by tokens and white-space pieces, so offsets never drift.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate

_EMOJI = ("\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff")
_PUNCT = ("!-/:-@\\[-`{-~\u00a1-\u00bf\u00d7\u00f7\u060c\u061b\u061f\u066a-\u066d\u06d4"
          "\u2010-\u2027\u2030-\u205e\u2e00-\u2e7f\u3000-\u303f\ufd3e\ufd3f")
# separators: white space runs, a flag, an emoji with its modifiers, one punctuation mark
_SPLIT = re.compile(
    "(\\s+|[\U0001f1e6-\U0001f1ff]{2}|"
    f"[{_EMOJI}][\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*(?:\u200d[{_EMOJI}][\ufe0f\U0001f3fb-\U0001f3ff]*)*"
    f"|[{_PUNCT}])")

_PROCLITICS = re.compile("^([وف]?)([بكل]?)(ال|ل)?$")


def _clitics(prefix: str) -> list[str] | None:
    """The proclitics ``prefix`` is made of, or None when it is not only proclitics."""
    m = _PROCLITICS.match(prefix)
    if m is None:
        return None
    conj, prep, art = m.groups()
    if art == "ل" and prep != "ل":  # a lone ل after و/ف is the preposition, not «لل»
        if prep:
            return None
        prep, art = "ل", ""
    parts = [p for p in (conj, prep, art) if p]
    return parts or None


def pieces(text: str, edges: Iterable[int] = ()) -> tuple[list[str], list[int]]:
    """``text`` cut into consecutive pieces (tokens and white-space runs), split at every
    offset of ``edges`` that falls inside one (rule 3), with the start of each piece."""
    parts = [p for p in _SPLIT.split(text) if p]
    starts = [0, *accumulate(map(len, parts))][:-1] if parts else []
    cuts = sorted({e for e in edges if 0 < e < len(text)})
    if not cuts:
        return parts, starts
    out_parts: list[str] = []
    out_starts: list[int] = []
    done = 0  # parts[:done] are copied
    i = 0
    while i < len(cuts):
        k = bisect.bisect_right(starts, cuts[i]) - 1
        p_start = starts[k]
        if p_start == cuts[i]:
            i += 1
            continue
        here = []
        while i < len(cuts) and cuts[i] < p_start + len(parts[k]):
            here.append(cuts[i])
            i += 1
        out_parts.extend(parts[done:k])
        out_starts.extend(starts[done:k])
        _split_piece(parts[k], p_start, here, out_parts, out_starts)
        done = k + 1
    out_parts.extend(parts[done:])
    out_starts.extend(starts[done:])
    return out_parts, out_starts


def _split_piece(piece: str, start: int, cuts: list[int], parts: list[str],
                 starts: list[int]) -> None:
    at = 0
    for cut in cuts:
        seg = piece[at:cut - start]
        clitics = _clitics(seg) if at == 0 and not piece.isspace() else None
        if clitics:
            for c in clitics:
                parts.append(c)
                starts.append(start + at)
                at += len(c)
        else:
            parts.append(seg)
            starts.append(start + at)
            at = cut - start
    parts.append(piece[at:])
    starts.append(start + at)


def tokens(text: str, edges: Iterable[int] = ()) -> list[tuple[str, int, int]]:
    """The tokens (not white space) as (text, start, end)."""
    parts, starts = pieces(text, edges)
    return [(p, s, s + len(p)) for p, s in zip(parts, starts, strict=True) if not p.isspace()]


# characters that end the fast path's plain words: punctuation, emoji, flags, white space
# other than the plain space (a newline, a tab, NBSP...)
_SPECIAL = re.compile(f"[{_PUNCT}{_EMOJI}\U0001f1e6-\U0001f1ff\t\n\r\x0b\x0c\x1c-\x1f"
                      "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def spacy_words(text: str, span_bounds: list[tuple[int, int]],
                ) -> tuple[list[str], list[bool], list[int]]:
    """Words, trailing-space flags and word starts as spaCy's ``Doc(words, spaces)``
    and Prodigy's tokens take them: a single space after a token is that token's
    trailing space (unless a span starts or ends with that space); other white space
    is a token of its own. ``"".join(w + " " * s for w, s in zip(...)) == text``.

    The tokens are those of ``pieces`` (rules 1-3). Most news text is words between
    single spaces, so the text is split on spaces first and only the segments that
    hold punctuation, other white space or a span edge go through the full rules."""
    if (not text or "  " in text or text[0] == " " or text[-1] == " "
            or any(text[a] == " " or text[b - 1] == " " for a, b in span_bounds)):
        return _spacy_words_slow(text, span_bounds)
    parts = text.split(" ")
    starts = list(accumulate(map((1).__add__, map(len, parts[:-1])), initial=0))
    dirty = {bisect.bisect_right(starts, m.start()) - 1 for m in _SPECIAL.finditer(text)}
    inner: dict[int, list[int]] = {}
    for a, b in span_bounds:
        for e in (a, b):
            k = bisect.bisect_right(starts, e) - 1
            if starts[k] < e < starts[k] + len(parts[k]):
                inner.setdefault(k, []).append(e - starts[k])
                dirty.add(k)
    last = len(parts) - 1
    if not dirty:
        spaces = [True] * len(parts)
        spaces[-1] = False
        return parts, spaces, starts
    words: list[str] = []
    flags: list[bool] = []
    wstarts: list[int] = []
    done = 0
    split = _SPLIT.split
    for k in sorted(dirty):
        words.extend(parts[done:k])
        flags.extend([True] * (k - done))
        wstarts.extend(starts[done:k])
        base = starts[k]
        if k in inner:
            sub, sub_starts = pieces(parts[k], inner[k])
            wstarts.extend(base + s for s in sub_starts)
        else:
            sub = [x for x in split(parts[k]) if x]
            at = base
            for x in sub:
                wstarts.append(at)
                at += len(x)
        words.extend(sub)
        flags.extend([False] * (len(sub) - 1))
        flags.append(k != last)
        done = k + 1
    words.extend(parts[done:])
    flags.extend([True] * (len(parts) - done))
    wstarts.extend(starts[done:])
    flags[-1] = False
    return words, flags, wstarts


def _spacy_words_slow(text: str, span_bounds: list[tuple[int, int]],
                      ) -> tuple[list[str], list[bool], list[int]]:
    edges = [e for b in span_bounds for e in b]
    parts, starts = pieces(text, edges)
    if not parts:
        return [], [], []
    span_starts = {s for s, _ in span_bounds}
    span_ends = {e for _, e in span_bounds}
    words: list[str] = []
    spaces: list[bool] = []
    wstarts: list[int] = []
    prev_word = False
    for p, s in zip(parts, starts, strict=True):
        if (p == " " and prev_word and s not in span_starts and s + 1 not in span_ends):
            spaces[-1] = True
            prev_word = False
            continue
        words.append(p)
        spaces.append(False)
        wstarts.append(s)
        prev_word = not p.isspace()
    return words, spaces, wstarts
