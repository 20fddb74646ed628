"""The tokenizer's first pass in C (``desktop/core/_tokenscan.c``) against the regular
expressions it stands in for, and the token writers' C paths against their Python ones:
the same items, the same bytes, on any text."""

from __future__ import annotations

import shutil
import struct
import sys
import sysconfig

import pytest
from hypothesis import given, settings

from desktop.core import tokens as tok
from desktop.core.formats.pieces import Cache, Numbers
from desktop.core.formats.prodigy import ProdigyWriter, _pieces
from tests.core.test_tokens import any_text, text_and_bounds

scan = tok.scan
needs_scan = pytest.mark.skipif(scan is None, reason="the C scanner is not built")


def test_the_scanner_is_built_wherever_a_c_compiler_is():
    """``make setup`` builds it (pip install -e, setup.py) where Python's C compiler is
    installed; without it the token writers are two to three times slower
    (docs/formats.md), so an install that had a compiler and did not build it is a fault."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if scan is None and shutil.which(compiler) is None:
        pytest.skip(f"no C compiler ({compiler}): the token writers' pure-Python path")
    assert scan is not None, ("desktop/core/_tokenscan.c was not built though a C compiler "
                              "is installed: run make setup again and read pip's output")


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(any_text)
def test_items_are_the_regular_expressions_items_on_any_text(text):
    assert scan.items(text) == tok.regex_items(text)
    assert scan.starts(text) == tok.regex_items(text)[1]


@needs_scan
def test_every_code_point_in_every_context():
    """Each code point after a word, after an emoji and a ZWJ, before a variation
    selector, a keycap and a ZWJ, after white space and a regional indicator, in
    blocks of 2,048 code points a text (but the two marks no stored text holds)."""
    points = [chr(c) for c in range(2, 0x110000) if not 0xD800 <= c < 0xE000]
    contexts = ("x{} ", "\u2764\u200d{}\ufe0f\u20e3\u200d\u2b50 ", "\n{}\n", "\U0001f1ee{}  ")
    for at in range(0, len(points), 2048):
        block = points[at:at + 2048]
        for context in contexts:
            text = "".join(context.format(c) for c in block)
            assert scan.items(text) == tok.regex_items(text), hex(ord(block[0]))


@needs_scan
def test_items_keep_the_narrowest_form_of_each_string():
    """An item of ASCII characters cut out of an Arabic text is an ASCII string (Python
    compares and hashes strings by their form: a wider copy would be a different key)."""
    items, _ = scan.items("قال: ok 🇮🇶 é ")
    assert items == ["قال", ": ", "ok ", "🇮🇶 ", "é "]
    for item in items:
        assert sys.getsizeof(item) == sys.getsizeof((item + "\x00")[:-1]), item
    assert {"ok ": 1}[items[2]] == 1


def _pieces_writer() -> ProdigyWriter:
    writer = ProdigyWriter.__new__(ProdigyWriter)  # the pieces, without an output
    writer.pieces = Cache(_pieces, limit=100_000)
    writer.numbers = Numbers(b',"end":%d,"id":')
    return writer


@needs_scan
@settings(max_examples=1000, deadline=None)
@given(text_and_bounds(any_text))
def test_prodigy_tokens_are_the_pieces_bytes(case):
    text, bounds = case
    items, starts = tok.items(text, bounds)
    assert tok.item_starts(text, bounds) == starts
    assert tok.items_at(text, starts) == items
    assert scan.prodigy_tokens(text, starts) == _pieces_writer().pieces_json(
        text, items, starts)


@given(text_and_bounds(any_text))
def test_item_starts_are_the_items_starts_without_the_scanner_too(case):
    text, bounds = case
    items, starts = tok.items(text, bounds)
    saved = tok.scan
    try:
        tok.scan = None
        assert tok.item_starts(text, bounds) == starts
        assert tok.items(text, bounds) == (items, starts)
    finally:
        tok.scan = saved


@needs_scan
def test_prodigy_tokens_past_the_tables_of_numbers():
    """Offsets and ids past 65,536 (the scanner's table of numbers) and past the
    pieces' tables (262,144)."""
    text = "كلمة، «و» \n" * 30_000
    items, starts = tok.items(text, [(5, 9), (len(text) - 4, len(text) - 2)])
    assert starts[-1] > 262_144
    assert scan.prodigy_tokens(text, starts) == _pieces_writer().pieces_json(
        text, items, starts)


@needs_scan
def test_prodigy_tokens_with_a_surrogate_leave_it_to_the_pieces():
    assert scan.prodigy_tokens("a\ud800", [0]) is None
    with pytest.raises(UnicodeEncodeError):
        _pieces_writer().pieces_json("a\ud800", ["a\ud800"], [0])


@needs_scan
def test_the_scanner_refuses_what_is_not_its_input():
    with pytest.raises(TypeError):
        scan.items(b"bytes")
    with pytest.raises(TypeError):
        scan.starts(["a"])
    with pytest.raises(TypeError):
        scan.prodigy_tokens(["a"], [0])
    with pytest.raises(TypeError):
        scan.prodigy_tokens("ab", [0, "1"])
    for bad in ([1], [0, 0], [0, 3], [0, 2, 1]):  # not the starts of items of "ab"
        with pytest.raises(ValueError):
            scan.prodigy_tokens("ab", bad)
    with pytest.raises(ValueError):
        scan.spacy_tokens(["a"], {"a": b"short"})
    with pytest.raises(KeyError):
        scan.spacy_tokens(["a"], {})


class _Table(dict):
    """What the spaCy writer's cache gives: a token's 8-byte hash and its space flag."""

    def __missing__(self, item: str) -> bytes:
        word, ws = tok.word_of(item)
        value = self[item] = struct.pack("=QB", hash(word) & (2**64 - 1), ws)
        return value


@needs_scan
@settings(max_examples=500, deadline=None)
@given(text_and_bounds(any_text))
def test_spacy_tokens_are_the_tables_bytes(case):
    text, bounds = case
    items, _ = tok.items(text, bounds)
    table = _Table()
    blob = b"".join(table[i] for i in items)
    hashes, spaces = scan.spacy_tokens(items, table)
    assert hashes == b"".join(blob[k:k + 8] for k in range(0, len(blob), 9))
    assert spaces == blob[8::9]
