"""The one Arabic tokenizer of the token formats (Prodigy, CoNLL, spaCy; DESIGN §5b).

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
   is made of proclitics (one of و ف, then one of ب ك ل, then ال; ``لل`` is ل + ال), each clitic is its
   own token: «والتحالف» with a span on «التحالف» gives و | التحالف, «وبالعراق» with a
   span on «عراق» gives و | ب | ال | عراق. Any other edge inside a word splits it once at
   the edge. Clitics are split only where a span edge asks for it: «والتحالف» with no
   span edge inside stays one token.

4. **Trailing spaces.** A plain space right after any other character is the trailing
   space of the token before it (Prodigy's ``ws``, spaCy's ``spaces``), unless a span
   starts at that space or ends with it; every other plain space is a token of its own
   (``"a  b"``: ``a`` with its space, `` `` , ``b``). Every other white-space run
   (newlines, tabs, NBSP...) is a token of its own.

Tokens are described by their start offsets (code points into the text); the text is
covered end to end by tokens and their trailing spaces, so offsets never drift.

``items(text, span_bounds)`` is what the writers use: each token with its trailing space
(``"word "``), and the items' starts. The first pass (rules 1, 2 and 4, before any span
edge) is ``desktop/core/_tokenscan.c`` where it was built (``make setup`` builds it), a
scan of the text that makes the items' strings directly, else ``regex_items``: C-level
string operations only (one regular-expression split at the separators, then a join, a
replace and a split). A hypothesis test holds the two to the same items on any text.
``spacy_words`` gives the same as words, flags and starts. ``pieces`` and ``tokens``
are rules 1-3 alone (white-space runs whole), for tests and callers that do not need
trailing spaces.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Iterable
from itertools import accumulate
from operator import itemgetter

from desktop.core.text import SIZES_TELL, surely_bmp

try:  # the first pass in C, when it was built (docs/formats.md, "The Arabic tokenizer")
    from desktop.core import _tokenscan as scan
except ImportError:  # installed without a C compiler: the regular expressions alone
    scan = None

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


# --------------------------------------------------------------------- items (rules 1-4)
# white space other than the plain space (\s is these and " "; a test checks it)
_WHITE = "\t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_RI = "\U0001f1e6-\U0001f1ff"  # regional indicators: two make a flag
_MODS = "\ufe0f\U0001f3fb-\U0001f3ff"
# one separator (a run of white space other than plain spaces, a flag, an emoji with its
# modifiers and ZWJ sequence, one punctuation mark) and the plain space after it, which
# is its trailing space. It starts with a character class, so the engine scans for it
# quickly (an alternation of classes would be tried at every character); what follows
# the first character depends on what it was (look-behinds).
_SEP = re.compile(
    f"([{_PUNCT}{_EMOJI}{_WHITE}](?:(?<=[{_WHITE}])[{_WHITE}]+|(?<=[{_RI}])[{_RI}]"
    f"|(?<=[{_EMOJI}])[\u20e3{_MODS}]*(?:\u200d[{_EMOJI}][{_MODS}]*)*)? ?)")
# The same for a text without characters outside the BMP (most news text): its classes
# hold BMP characters only, which the engine tests against one bitmap, where a class
# that reaches past U+FFFF is a list of ranges tried one by one.
_EMOJI_BMP = "\u2600-\u27bf\u2b00-\u2bff"
_SEP_BMP = re.compile(
    f"([{_PUNCT}{_EMOJI_BMP}{_WHITE}](?:(?<=[{_WHITE}])[{_WHITE}]+"
    f"|(?<=[{_EMOJI_BMP}])[\u20e3\ufe0f]*(?:\u200d[{_EMOJI_BMP}]\ufe0f*)*)? ?)")
# the mark ``items`` puts after each item, and the one ``words_of`` puts in place of a
# space token: every stored text is free of both (DESIGN §2)
_MARK, _SEP_MARK = "\x00", "\x01"


def separators(text: str) -> re.Pattern:
    """The separator pattern for ``text``: the BMP one when it holds no character
    outside the BMP. Told without reading the text: a text smaller than one stored four
    bytes a character holds none (a text whose size counts more than its characters,
    its UTF-8 form kept by an earlier call, may take the full pattern, which splits a
    BMP text alike); where sizes cannot be had, when its UTF-16 form is two bytes a
    character."""
    if surely_bmp(text):
        return _SEP_BMP
    if not SIZES_TELL and len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return _SEP_BMP
    return _SEP


def items(text: str, span_bounds: Iterable[tuple[int, int]] = ()
          ) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` (rules 1-4), each with its trailing space (``"word "``), and
    where each starts. ``"".join(items) == text``; an item is a token with a trailing
    space exactly when it ends with a space and is not the single space ``" "``
    (``word_of``). Every span of ``span_bounds`` starts on an item's start and ends
    where an item's token ends.

    The first pass is the C scanner's, or ``regex_items``."""
    if _MARK in text or _SEP_MARK in text:
        raise ValueError("the text holds U+0000 or U+0001, which no stored text holds")
    out, starts = scan.items(text) if scan is not None else regex_items(text)
    if span_bounds:
        cuts = _cuts(text, span_bounds)
        if cuts:
            _cut_items(out, starts, cuts)
    return out, starts


def item_starts(text: str, span_bounds: Iterable[tuple[int, int]] = ()) -> list[int]:
    """Where each item of ``items(text, span_bounds)`` starts, without making the items'
    strings (the Prodigy writer reads the text at these offsets)."""
    if _MARK in text or _SEP_MARK in text:
        raise ValueError("the text holds U+0000 or U+0001, which no stored text holds")
    starts = scan.starts(text) if scan is not None else regex_items(text)[1]
    if span_bounds:
        cuts = _cuts(text, span_bounds)
        if cuts:
            _cut_starts(text, starts, cuts)
    return starts


def items_at(text: str, starts: list[int]) -> list[str]:
    """The items that start at ``starts`` (``item_starts``)."""
    if not starts:
        return []
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def regex_items(text: str) -> tuple[list[str], list[int]]:
    """Rules 1, 2 and 4 without spans, with C-level string operations only: one split at
    the separators (each with the space after it), a mark after every other space and
    around every separator, one split at the marks, and the empty strings between two
    marks dropped. ``text`` holds neither mark (``items`` checks)."""
    out = list(filter(None, _MARK.join(separators(text).split(text))
                      .replace(" ", " \x00").split(_MARK)))
    starts = list(accumulate(map(len, out), initial=0))
    starts.pop()
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


# what ``edges_whole`` tells apart: a punctuation mark that is a separator by itself (no
# white space or emoji modifier can follow it into one), white space, a character of a
# word that no emoji sequence can take in (ZWJ, VS16 and the keycap mark can), any
# other separator's first character (emoji, flags)
_LONE = re.compile(f"(?![{_WHITE}{_EMOJI}])[{_PUNCT}]")
_WHITE_CHAR = re.compile(f"[{_WHITE}]")
_WORD_CHAR = re.compile(f"[^{_PUNCT}{_EMOJI}{_WHITE} \u200d\ufe0f\u20e3]")
_SEP_START = re.compile(f"[{_PUNCT}{_EMOJI}{_WHITE}]")
_SEPARATOR_KINDS = frozenset("pws")


class _Kinds(dict):
    """A character's kind for ``edges_whole``: " " (the plain space), "p" (a mark of its
    own), "w" (white space), "a" (a word's), "s" (another separator's first), "z" (a
    word's that an emoji sequence may take in). Found once per distinct character."""

    def __missing__(self, ch: str) -> str:
        if len(self) >= 10_000:
            self.clear()
        kind = self[ch] = (" " if ch == " " else "p" if _LONE.match(ch) else
                           "w" if _WHITE_CHAR.match(ch) else "a" if _WORD_CHAR.match(ch) else
                           "s" if _SEP_START.match(ch) else "z")
        return kind


_KIND = _Kinds()


def edges_whole(text: str, span_bounds: Iterable[tuple[int, int]]) -> bool:
    """Whether every edge the spans need (rules 3 and 4) is already one between two
    items of the text without spans, as when spans cover whole words: then the items
    of any stretch between such edges are the items of that stretch alone. Says no
    whenever it cannot tell from the characters around an edge (emoji, say)."""
    kind = _KIND
    for c in _cuts(text, span_bounds):
        before = kind[text[c - 1]]
        if before == " ":
            continue  # every plain space ends an item
        after = kind[text[c]]
        if before == "p":  # the mark is an item of its own (with a space after, its own)
            whole = after != " "
        elif before == "w":  # white space ends where something else begins
            whole = after != " " and after != "w"
        else:  # a word ends where a separator begins
            whole = before == "a" and after in _SEPARATOR_KINDS
        if not whole:
            return False
    return True


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


def _cut_starts(text: str, starts: list[int], cuts: list[int]) -> None:
    """``_cut_items`` on the items' starts alone: the same starts."""
    inner: dict[int, list[int]] = {}
    for c in cuts:
        k = bisect.bisect_right(starts, c) - 1
        if starts[k] < c:
            inner.setdefault(k, []).append(c)
    n = len(text)
    for k in sorted(inner, reverse=True):
        start = starts[k]
        stop = starts[k + 1] if k + 1 < len(starts) else n
        word, ws = word_of(text[start:stop])
        here = inner[k]
        end = start + len(word)
        sub_starts: list[int] = []
        _split_piece(word, start, [c for c in here if c < end], [], sub_starts)
        if ws and here[-1] == end:  # a span starts at the trailing space, or ends with it
            sub_starts.append(end)
        starts[k:k + 1] = sub_starts


def spacy_words(text: str, span_bounds: Iterable[tuple[int, int]] = (),
                ) -> tuple[list[str], list[bool], list[int]]:
    """Words, trailing-space flags and word starts as spaCy's ``Doc(words, spaces)``
    and Prodigy's tokens take them (``items`` as three lists):
    ``"".join(w + " " * s for w, s in zip(words, spaces)) == text``."""
    out, starts = items(text, span_bounds)
    if not out:
        return [], [], starts
    return words_of(out), spaces_of(out), starts


def _lone_spaces(out: list[str]) -> list[int]:
    """Where the items that are a single space are (no trailing space: a token)."""
    found: list[int] = []
    if " " in out:
        i = -1
        with contextlib.suppress(ValueError):
            while True:
                i = out.index(" ", i + 1)
                found.append(i)
    return found


def spaces_of(out: list[str]) -> list[bool]:
    """Each item's trailing-space flag (``word_of(item)[1]``), without a call per item."""
    flags = list(map(" ".__eq__, map(_last_char, out)))
    for i in _lone_spaces(out):
        flags[i] = False
    return flags


def words_of(out: list[str]) -> list[str]:
    """Each item's token (``word_of(item)[0]``), with string operations over the joined
    items: every trailing space goes, but a space that is an item of its own (marked
    first; no stored text holds the mark)."""
    if not out:
        return []
    lone = _lone_spaces(out)
    if lone:
        out = out.copy()
        for i in lone:
            out[i] = _SEP_MARK
    joined = ("\x00".join(out) + "\x00").replace(" \x00", "\x00")
    if lone:
        joined = joined.replace(_SEP_MARK, " ")
    return joined[:-1].split("\x00")


_last_char = itemgetter(-1)
