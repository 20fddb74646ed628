"""Canonical text, remapping, UTF-16 conversion and folding: the offset contract."""

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.text import (
    TextError,
    Utf16Index,
    canonical,
    canonical_map,
    decode,
    find_all,
    fold,
    is_canonical,
    remap_span,
)

# ----------------------------------------------------------------------------- alphabet
ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
DECOMPOSED_HAMZA = ["\u0627\u0654", "\u0627\u0655", "\u0627\u0653", "\u0648\u0654", "\u064a\u0654"]
EMOJI = ["😀", "👍🏽", "🇸🇦", "🇮🇶", "👨\u200d👩\u200d👧", "𝐀"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069"]
SPACES = [" ", "\u00a0", "\t", "\u2009", "\u3000"]
BREAKS = ["\n", "\r\n", "\r", "\n\n\n", " \n \n", "\r\n\r\n"]
OTHER = ["\u0640", "\u200d", "\u200c", "٣", "۴", "1", "a", "B", "\ufeff", "ﻻ", "ﷲ", "e\u0301"]

pieces = st.sampled_from(
    ARABIC_LETTERS + HARAKAT + DECOMPOSED_HAMZA + EMOJI + BIDI + SPACES + BREAKS + OTHER
)
raw_texts = st.lists(pieces, max_size=60).map("".join)
raw_with_bom = st.tuples(st.booleans(), raw_texts).map(lambda t: ("\ufeff" if t[0] else "") + t[1])


# ----------------------------------------------------------------------------- canonical
def test_canonical_rules_by_example():
    raw = "\ufeff\n\n  عنوان  \r\nسطر\u00a0\u00a0\r\n\r\n \r\n\t\nفقرة\u0627\u0654\n\n"
    assert canonical(raw) == "  عنوان\nسطر\n\nفقرة\u0623"


def test_canonical_keeps_what_it_must_keep():
    text = "كَتَبَ ـــ \u200fسلام\u200e ﻻ ١٢٣ 👍🏽"
    assert canonical(text) == text  # harakat, tatweel, bidi marks, presentation forms, digits


def test_nfc_not_nfkc():
    assert canonical("ﻻ ﷲ") == "ﻻ ﷲ"
    assert canonical("\u0627\u0653") == "\u0622"  # alef + madda composes to آ


@given(raw_with_bom)
def test_canonical_is_idempotent(raw):
    once = canonical(raw)
    assert canonical(once) == once
    assert is_canonical(once)


@given(raw_with_bom)
def test_canonical_shape(raw):
    text = canonical(raw)
    assert "\r" not in text
    assert "\n\n\n" not in text
    assert not text.startswith("\n") and not text.endswith("\n")
    for line in text.split("\n"):
        assert line == "" or not line[-1].isspace()
    assert unicodedata.is_normalized("NFC", text)


@given(raw_with_bom)
def test_canonical_map_agrees_with_canonical(raw):
    assert canonical_map(raw).text == canonical(raw)


@given(raw_with_bom, st.data())
def test_remapped_span_covers_the_same_characters(raw, data):
    assume(raw)
    cmap = canonical_map(raw)
    start = data.draw(st.integers(0, len(raw) - 1))
    end = data.draw(st.integers(start + 1, len(raw)))
    where = cmap.span(start, end)
    kept = [i for i in range(start, end) if cmap.lo[i] >= 0]
    if where is None:
        assert not kept
        with pytest.raises(TextError):
            remap_span(cmap, start, end)
        return
    s, e = where
    assert 0 <= s < e <= len(cmap.text)
    # every kept character of the raw span lands inside the new span, and the new span
    # holds nothing that came from outside the raw span (except characters composed
    # together with one of its own by NFC)
    covered = set()
    for i in kept:
        assert s <= cmap.lo[i] < cmap.hi[i] <= e
        covered.update(range(cmap.lo[i], cmap.hi[i]))
    assert covered == set(range(s, e)) or _gaps_are_kept_line_breaks(cmap, raw, s, e, covered)


def _gaps_are_kept_line_breaks(cmap, raw, s, e, covered):
    # a raw span may cover "\r\n": the canonical "\n" comes from both characters
    return all(cmap.text[j] == "\n" for j in set(range(s, e)) - covered)


WORD = st.lists(st.sampled_from(ARABIC_LETTERS + HARAKAT + EMOJI[:4] + ["\u0640"]),
                min_size=1, max_size=8).map("".join)


@given(raw_texts, WORD, raw_texts)
def test_a_word_keeps_its_text_through_remapping(before, word, after):
    # a span over a word (no white space, starting with a base letter) always ends up
    # as exactly that word, in NFC, whatever the text around it looks like
    assume(unicodedata.combining(word[0]) == 0)
    raw = before + " " + word + " " + after
    start = len(before) + 1
    cmap = canonical_map(raw)
    s, e = remap_span(cmap, start, start + len(word))
    assert cmap.text[s:e] == unicodedata.normalize("NFC", word)


def test_remap_of_trailing_spaces_only_is_rejected():
    raw = "سطر   \nآخر"
    cmap = canonical_map(raw)
    with pytest.raises(TextError, match="empty once the text is canonical"):
        remap_span(cmap, 3, 6)


def test_remap_decomposed_hamza_covers_composed_letter():
    raw = "ا\u0654بو"  # decomposed أ
    cmap = canonical_map(raw)
    assert cmap.text == "أبو"
    assert remap_span(cmap, 0, 1) == (0, 1)  # the alef alone maps to the whole أ
    assert remap_span(cmap, 1, 3) == (0, 2)


# ----------------------------------------------------------------------------- decoding
def test_decode_utf8_bom_and_utf16():
    assert decode("\ufeffسلام".encode()) == "سلام"
    assert decode("سلام\n".encode("utf-16")) == "سلام\n"  # BOM included by the codec
    assert decode(b"\xfe\xff" + "سلام".encode("utf-16-be")) == "سلام"


def test_decode_invalid_utf8_names_line():
    with pytest.raises(TextError) as err:
        decode("سطر\nسطر\n".encode() + b"\xff\xfe\xfd")
    assert err.value.line == 3
    assert "UTF-8" in str(err.value)


def test_decode_binary():
    with pytest.raises(TextError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


# ----------------------------------------------------------------------------- UTF-16
@given(st.lists(pieces, max_size=40).map("".join))
def test_utf16_round_trip(text):
    idx = Utf16Index(text)
    assert idx.length_u16 == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u = idx.to_utf16(cp)
        assert u == len(text[:cp].encode("utf-16-le")) // 2
        assert idx.to_cp(u) == cp


def test_utf16_inside_a_surrogate_pair_rounds():
    text = "a😀b"
    idx = Utf16Index(text)
    assert idx.to_utf16(2) == 3
    assert idx.to_cp(2) == 1  # between the surrogates: rounds down to the emoji
    assert idx.to_cp(2, round_up=True) == 2
    with pytest.raises(IndexError):
        idx.to_cp(5)


# ----------------------------------------------------------------------------- folding
def test_fold_rules():
    f = fold("أَحْمَدُ إلى آخر ٱلقرية ـــ ١٢٣ \u200fمستشفى ۴")
    assert f.text == "احمد الي اخر القريه  123 مستشفي 4"


@given(st.lists(pieces, max_size=40).map("".join))
@settings(max_examples=200)
def test_fold_maps_back_to_the_right_characters(text):
    f = fold(text)
    positions = [f.pos(j) for j in range(len(f.text))]
    assert positions == sorted(set(positions))
    for j, i in enumerate(positions):
        assert f.text[j] == fold(text[i]).text  # each folded char comes from its source char
    # and nothing that was dropped is a letter: the map is complete
    dropped = set(range(len(text))) - set(positions)
    assert all(fold(text[i]).text == "" for i in dropped)


def test_find_all_matches_through_diacritics():
    text = "قالَ الوزيرُ إنَّ الإتفاق قالــب"
    hits = find_all(fold(text), "قال")
    assert [text[s:e] for s, e in hits] == ["قالَ", "قالــ"]
    assert [text[s:e] for s, e in find_all(fold(text), "الاتفاق")] == ["الإتفاق"]


def test_sha256_hex_keeps_the_last_text_right():
    import hashlib

    from desktop.core.text import sha256_hex

    for text in ["قال", "قال", "قيل", "", "", "قال", "x" * 10_000, "x" * 9_999 + "y"]:
        assert sha256_hex(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert sha256_hex(b"\xff") == hashlib.sha256(b"\xff").hexdigest()
