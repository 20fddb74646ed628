"""guards.guard: a look-ahead that is true wherever its pattern matches (issue #16, speed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.dates import kinds
from desktop.core.dates.fold import Folded
from desktop.core.dates.guards import before, guard
from desktop.core.dates.scan import searcher

PATTERNS = [
    r"abc",
    r"(?:ab|a)c?d",
    r"a*b",
    r"(?:x{2,3}|y)+z",
    r"(?<=a)b(?!c)c?",
    r"(?P<q>[ab])(?P=q)c",
    r"(?:(?P<w>a)|b)(?(w)c|d)e",
    r"[^\S\n]+\d{1,2}",
    r"\(?\d{4}\)?",
    r"a.b",
    r"[^a]b|\bc",
    r"(?:a|)b",
    r"ال[^\S\n]*\(?\d",
    r"(?:في|بعد)[^\S\n]+(?:ال)?يوم",
]
ALPHABET = "abcdxyz() \n1234الفيبعدوم"


def _texts() -> list[str]:
    """Every text of every set in tests/core/dates."""
    return [json.loads(line)["text"] for path in sorted(Path(__file__).parent.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check(pattern: str, text: str) -> None:
    p = re.compile(pattern)
    g = guard(pattern, depth=3)
    assert g is not None
    guarded = re.compile(g + "(?:" + pattern + ")")
    for pos in range(len(text) + 1):
        m = p.match(text, pos)
        if m is not None:
            assert guarded.match(text, pos) is not None, (pattern, text, pos)
            assert guarded.match(text, pos).span() == m.span()


@pytest.mark.parametrize("pattern", PATTERNS)
@given(text=st.text(alphabet=ALPHABET, max_size=12))
def test_true_wherever_the_pattern_matches(pattern, text):
    _check(pattern, text)


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if "(?<" not in p and "(?(" not in p])
@given(data=st.data())
def test_true_on_what_the_pattern_matches(pattern, data):
    before = data.draw(st.text(alphabet=ALPHABET, max_size=3))
    _check(pattern, before + data.draw(st.from_regex(pattern, fullmatch=True)))


def test_no_guard_where_one_would_be_wrong():
    assert guard(r"a?") is None  # it can match nothing
    assert guard(r"(?i:a)b") is None  # inline flags
    assert guard(r"(?s)a.b") is None
    assert guard(r"(") is None  # not a pattern


def test_master_finds_what_the_unguarded_alternation_finds():
    plain = re.compile(kinds._START + "(?:" + "|".join(
        f"(?P<{k}>{p})" for k, p in kinds._KINDS) + ")")
    guarded = kinds.master()
    for text in _texts():
        text = Folded(text).text
        found = []
        for pattern in (plain, guarded):
            pos, hits = 0, []
            while (m := pattern.search(text, pos)) is not None:  # every position a match starts
                hits.append((m.span(), m.lastgroup, m.groups()))
                pos = m.start() + 1
            found.append(hits)
        assert found[0] == found[1], text


def test_before_reads_the_leading_look_behinds():
    assert before(r"(?<!\w)a|(?<=(?<!\w)في)(?=\d)") == r"[\Wي]"
    assert before(r"(?<=x)b") == "[x]"
    assert before(r"(?<!\w)a|b") is None  # an alternative that can follow anything
    assert before(r"(?<![ab])c") is None
    assert before(r"(?=a)b") is None


def test_searcher_finds_what_the_master_pattern_finds():
    search, master = searcher(), kinds.master()

    def same(text: str, pos: int) -> re.Match | None:
        m, found = master.search(text, pos), search(text, pos)
        assert (found and (found[1], found[0].end(), found[0].lastgroup, found[0].groups())) == (
            m and (m.start(), m.end(), m.lastgroup, m.groups())), (text, pos)
        return m

    for text in [*_texts(), "3 أيلول", "أمس", "x 3 أيلول", "في2018 وفي3 أيار", "(2018)"]:
        text = Folded(text).text
        for pos in range(min(len(text), 40)):  # the first words, from every position
            same(text, pos)
        pos = 0
        while (m := same(text, pos)) is not None:  # and from just after each match's start
            pos = m.start() + 1
