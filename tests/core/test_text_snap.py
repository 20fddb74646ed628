"""Word snapping (DESIGN §6: selections snap to whole words unless Alt is held)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text import is_word_char, snap

TEXT = "قال وزير الخارجية، إنّ «الولايات المتحدة» وبغداد ـــ 2018 🇸🇦 كَتَبَ"


def test_snap_outwards_to_words():
    at = TEXT.index("الخارجية")
    assert snap(TEXT, at + 2, at + 3) == (at, at + len("الخارجية"))  # no comma
    q = TEXT.index("الولايات")
    assert TEXT[slice(*snap(TEXT, q - 2, q + 3))] == "«الولايات"  # punctuation kept as chosen
    assert snap(TEXT, 3, 4) is None  # a space only


def test_snap_exact_keeps_clitic_out():
    at = TEXT.index("وبغداد")
    assert TEXT[slice(*snap(TEXT, at + 1, at + 6, exact=True))] == "بغداد"
    assert TEXT[slice(*snap(TEXT, at + 1, at + 6))] == "وبغداد"


def test_snap_keeps_marks_with_their_base():
    at = TEXT.index("كَتَبَ")
    assert TEXT[slice(*snap(TEXT, at, at + 1, exact=True))] == "كَ"
    assert TEXT[slice(*snap(TEXT, at + 1, at + 2, exact=True))] == "كَ"  # a mark alone
    shadda = TEXT.index("إنّ")
    assert TEXT[slice(*snap(TEXT, shadda, shadda + 2, exact=True))] == "إنّ"


def test_word_chars():
    for ch in "ب\u064e\u0640\u200c\u200d5٣":
        assert is_word_char(ch), repr(ch)
    for ch in " ،«».-🇸":
        assert not is_word_char(ch), repr(ch)


@given(st.text(alphabet="بتث \u064e\u0651،.\u0640\u200d😀", max_size=30), st.data())
def test_snap_properties(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for exact in (False, True):
        got = snap(text, start, end, exact=exact)
        if got is None:
            assert text[start:end].strip() == ""
            continue
        s, e = got
        assert 0 <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]
        assert not unicodedata.combining(text[s]) or s == 0 or text[s - 1].isspace()
        assert e == len(text) or not unicodedata.category(text[e]).startswith("M")
        if not exact:  # the snapped span covers the selection's non-space part
            inner = text[start:end].strip()
            assert inner in text[s:e]
