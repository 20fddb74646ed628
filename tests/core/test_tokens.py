"""The tokenizer (``desktop.core.tokens``) against three references, with hypothesis texts
holding every kind of separator and span edges anywhere, and the seeds:

- ``tests/core/tokens_reference.py`` is the tokenizer as first merged: wherever it took
  its fast path (no two spaces in a row, none at either end or at a span's edge) the
  tokens and trailing spaces are exactly its own;
- ``reference_items`` below spells rule 4 (trailing spaces) out character by character
  over the reference's rules 1-3, for every text;
- ``tests/core/items_reference.py`` is ``items`` before its astral-free fast path: the
  same items and starts on any text at all (any code point, emoji and their modifiers,
  combining marks, harakat, tatweel, Arabic punctuation, NBSP, ZWJ, bidi marks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import tokens as tok
from desktop.core.text import canonical
from desktop.resources import seeds_dir
from tests.core import items_reference
from tests.core import tokens_reference as ref

ALPHABET = ["قال", "والتحالف", "وبالعراق", "للتحالف", "لمقاتلي", "ال", "و", "ب", "2018",
            "١٥", "a", "Ωx", " ", " ", " ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\xa0",
            "\u3000", "\u2028", ".", "،", "؟", "«", "»", '"', "-", "…", "ª", "\u2e2f",
            "👍", "🏽", "👍🏽", "\u200d", "\ufe0f", "\u20e3", "🇮", "🇶", "🇮🇶", "😀\u200d😀",
            "\u200f", "\u0640", "\u064e"]
NO_SPACE = [a for a in ALPHABET if " " not in a]

texts = st.lists(st.sampled_from(ALPHABET), max_size=30).map("".join)
# words between single spaces, as most news text is
single_spaced = st.lists(st.lists(st.sampled_from(NO_SPACE), min_size=1, max_size=4).map(
    "".join), min_size=1, max_size=30).map(" ".join)


@st.composite
def text_and_bounds(draw, source=texts, canonical_only=False):
    text = draw(source)
    if canonical_only:
        text = canonical(text)
    bounds = []
    if text:
        for _ in range(draw(st.integers(0, 5))):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, len(text)))
            bounds.append((a, b))
    return text, bounds


def reference_items(text: str, bounds: list[tuple[int, int]]) -> list[str]:
    """Rules 1-3 by the reference, white-space runs cut into runs of other white space
    and single spaces, then rule 4: a space right after a character that is not a space
    trails the token before it, unless a span starts at it or ends with it."""
    span_starts = {a for a, _ in bounds}
    span_ends = {b for _, b in bounds}
    parts, starts = ref.pieces(text, [e for b in bounds for e in b])
    out: list[str] = []
    for p, s in zip(parts, starts, strict=True):
        if not p.isspace():
            out.append(p)
            continue
        for m in re.finditer(r" |[^ ]+", p):
            at = s + m.start()
            if (m.group() == " " and at > 0 and text[at - 1] != " " and out
                    and at not in span_starts and at + 1 not in span_ends):
                out[-1] += " "
            else:
                out.append(m.group())
    return out


def in_fast_domain(text: str, bounds) -> bool:
    return bool(text) and "  " not in text and text[0] != " " and text[-1] != " " and not any(
        text[a] == " " or text[b - 1] == " " for a, b in bounds)


def check(text: str, bounds: list[tuple[int, int]]) -> None:
    items, starts = tok.items(text, bounds)
    assert "".join(items) == text
    assert items == reference_items(text, bounds)
    assert starts == [sum(map(len, items[:k])) for k in range(len(items))]
    words, flags, wstarts = tok.spacy_words(text, bounds)
    assert [tok.word_of(i) for i in items] == list(zip(words, flags, strict=True))
    assert wstarts == starts
    ends = {s + len(w) for s, w in zip(wstarts, words, strict=True)}
    for a, b in bounds:
        assert a in wstarts and b in ends
    if in_fast_domain(text, bounds):
        assert (words, flags, wstarts) == ref.spacy_words(text, bounds)
    edges = [e for b in bounds for e in b]
    assert tok.pieces(text, edges) == ref.pieces(text, edges)


@settings(max_examples=2000, deadline=None)
@given(text_and_bounds())
def test_items_follow_the_rules(case):
    check(*case)


@settings(max_examples=2000, deadline=None)
@given(text_and_bounds(single_spaced))
def test_single_spaced_texts_tokenize_as_the_first_tokenizer_did(case):
    check(*case)


@settings(max_examples=500, deadline=None)
@given(text_and_bounds(canonical_only=True))
def test_canonical_texts(case):
    check(*case)


def test_the_seeds_with_spans_on_words_and_inside_words():
    for path in sorted(seeds_dir().glob("*.txt")):
        text = canonical(path.read_text(encoding="utf-8"))
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        check(text, [])
        check(text, words[::7])
        check(text, [(a + 1, b) for a, b in words[::5] if b - a > 2])  # clitic edges
        check(text, [(a, b - 1) for a, b in words[::3] if b - a > 2])
        doubled = text.replace(" ", "  ", 20)
        check(doubled, [(m.start(), m.end()) for m in re.finditer(r"\S+", doubled)][::4])


@pytest.mark.parametrize("text, bounds, want", [
    ("a  b", [], ["a ", " ", "b"]),
    (" a ", [], [" ", "a "]),
    ("a b", [(1, 3)], ["a", " ", "b"]),  # a span that starts at the space
    ("a b", [(0, 2)], ["a", " ", "b"]),  # a span that ends with the space
    ("a\n b", [], ["a", "\n ", "b"]),
    ("والتحالف الدولي", [(1, 15)], ["و", "التحالف ", "الدولي"]),
])
def test_trailing_spaces(text, bounds, want):
    assert tok.items(text, bounds)[0] == want


# every code point but the two marks (and surrogates, which no str of text holds),
# with the characters the rules name drawn more often
SPECIAL = [*ALPHABET, "\u064b", "\u0670", "\u06d4", "\u061b", "\u066a", "\u060c", "\u00a0",
           "\u200c", "\u200e", "\u200f", "\u202b", "\u2066", "\u2069", "\ufe0f", "\U0001f3fb",
           "\U0001f1e6", "\u2764", "\u2b50", "\u26a0\ufe0f", "1\ufe0f\u20e3",
           "\u2764\ufe0f\u200d\u2b50\ufe0f", "\U0001f9d1\U0001f3fd\u200d\u2764\ufe0f\u200d\U0001f9d1",
           "\U0001faff", "\U0001fb00", "\U0010ffff", "\uffff", "\u1680", "\x85", "\x1c", "\r\n",
           "%", "\\"]
any_text = st.lists(st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x01"),
            max_size=6),
    st.sampled_from(SPECIAL)), max_size=25).map("".join)


@settings(max_examples=3000, deadline=None)
@given(text_and_bounds(any_text))
def test_items_are_the_items_before_the_fast_path_on_any_text(case):
    text, bounds = case
    assert tok.items(text, bounds) == items_reference.items(text, bounds)


def test_the_bmp_separators_are_the_separators_on_bmp_text():
    """Each BMP character alone, after an emoji and before a variation selector, a
    keycap or a ZWJ: the two patterns split it alike."""
    bmp = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for c in bmp:
        for text in (c, f"x{c} ", f"\u2764{c}\ufe0f", f"{c}\u20e3\u200d\u2764 ", f"\n{c}\n",
                     f"\u2764\u200d{c}\ufe0f\ufe0f\u200d\u2b50 "):
            assert tok.separators(text) is tok._SEP_BMP
            assert tok._SEP_BMP.split(text) == tok._SEP.split(text), hex(ord(c))
    assert tok.separators("\U0001f600") is tok._SEP


@given(any_text)
def test_the_bmp_pattern_is_chosen_exactly_for_bmp_texts(text):
    """``separators`` tells a text without characters outside the BMP from its size:
    never the BMP pattern for a text that holds one, and the BMP pattern for every new
    text that holds none (a text whose size counts more, its UTF-8 form kept by an
    earlier call, may take the full pattern, which splits a BMP text alike)."""
    for t in (text, text[1:], text + "\u0100", "\U0001f600" + text, text[:-1]):
        bmp = len(t.encode("utf-16-le", "surrogatepass")) == 2 * len(t)
        if tok.separators(t) is tok._SEP_BMP:
            assert bmp, ascii(t)
        fresh = (t + "\x00")[:-1]  # a new text: no UTF-8 form kept with it
        assert (tok.separators(fresh) is tok._SEP_BMP) == bmp, ascii(t)


def test_white_space_class_is_every_space_but_the_plain_one():
    listed = re.compile(f"[{tok._WHITE}]")
    for c in map(chr, range(0x110000)):
        if c != " ":
            assert bool(listed.match(c)) == c.isspace(), hex(ord(c))


def test_a_text_holding_the_marks_is_refused():
    with pytest.raises(ValueError):
        tok.items("a\x00b")


@settings(max_examples=3000, deadline=None)
@given(text_and_bounds(any_text))
def test_edges_whole_only_when_every_edge_is_between_items(case):
    text, bounds = case
    if tok.edges_whole(text, bounds):
        base, starts = tok.items(text)
        assert tok.items(text, bounds) == (base, starts)
        ends = {s + len(tok.word_of(i)[0]) for s, i in zip(starts, base, strict=True)}
        for a, b in bounds:
            assert a in starts or a == 0
            assert b in ends


@pytest.mark.parametrize("text, bounds, whole", [
    ("قال الجيش", [(4, 9)], True),
    ("قال الجيش.", [(4, 9)], True),
    ("والتحالف", [(1, 8)], False),  # a clitic edge
    ("a  b", [(1, 2)], False),  # a span on a trailing space
    ("«نعم» x", [(1, 4)], True),
    ("😀\u200d😀", [(0, 2)], False),
    ("a\n\nb", [(3, 4)], True),
    ("a\n\nb", [(2, 4)], False),  # inside the white space
    ("a\n b", [(3, 4)], True),
    ("a\n b", [(2, 4)], False),
    ("a😀b", [(1, 2)], False),  # after an emoji: it cannot tell (says no)
    ("a😀b", [(1, 3)], True),
])
def test_edges_whole_examples(text, bounds, whole):
    assert tok.edges_whole(text, bounds) is whole
