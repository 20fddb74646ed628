"""One zlib stream in parts (``desktop.core.formats.deflate_parts``): what ``zlib``
reads back is the parts' bytes in order, with a checksum it accepts; the compressor's
thread feeds parts in order, reports its errors, and ends when an export is abandoned."""

from __future__ import annotations

import gc
import io
import threading
import time
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.formats.deflate_parts import (
    Compressor,
    Part,
    adler32_combine,
    small,
    write_stream,
)

chunks = st.lists(st.binary(max_size=3000) | st.just(b"\x00" * 70_000), max_size=4)


@given(st.binary(max_size=5000), st.binary(max_size=5000))
def test_adler32_combine_is_the_checksum_of_both(a, b):
    assert adler32_combine(zlib.adler32(a), zlib.adler32(b), len(b)) == zlib.adler32(a + b)


def test_adler32_combine_past_the_modulus():
    a, b = b"\xff" * 200_000, bytes(range(256)) * 1000
    assert adler32_combine(zlib.adler32(a), zlib.adler32(b), len(b)) == zlib.adler32(a + b)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), chunks), min_size=1, max_size=5))
def test_the_parts_read_back_as_one_stream(spec):
    parts, want = [], b""
    for i, (in_file, pieces) in enumerate(spec):
        last = i == len(spec) - 1
        if in_file:
            part = Part()
            for piece in pieces:
                part.feed(piece)
            part.finish(last=last)
            parts.append(part)
        else:
            parts.append(small(b"".join(pieces), last=last))
        want += b"".join(pieces)
    out = io.BytesIO()
    write_stream(out, parts)
    assert zlib.decompress(out.getvalue()) == want  # checks the Adler-32 too
    assert zlib.decompressobj().decompress(out.getvalue()) == want


def test_a_wrong_checksum_is_found():
    out = io.BytesIO()
    write_stream(out, [small(b"abc", last=True)])
    damaged = out.getvalue()[:-1] + bytes([out.getvalue()[-1] ^ 1])
    with pytest.raises(zlib.error):
        zlib.decompress(damaged)


def test_the_compressor_feeds_in_order_on_its_thread():
    parts = [Part(), Part()]
    compressor = Compressor()
    for k in range(50):
        compressor.feed(parts[k % 2], f"{k}:".encode() * 1000)
    compressor.join()
    for p in parts:
        p.finish(last=p is parts[-1])
    out = io.BytesIO()
    write_stream(out, parts)
    want = b"".join(f"{k}:".encode() * 1000 for k in range(0, 50, 2)) + b"".join(
        f"{k}:".encode() * 1000 for k in range(1, 50, 2))
    assert zlib.decompress(out.getvalue()) == want


def test_the_compressor_reports_what_its_thread_met():
    part = Part()
    part.close()  # a part whose file is gone: the thread's write fails
    compressor = Compressor()
    compressor.feed(part, b"x" * 10)
    with pytest.raises(ValueError):
        compressor.join()


def _deflate_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "tawsim-deflate"]


def test_an_abandoned_spacy_export_stops_its_thread(tmp_path):
    pytest.importorskip("spacy")
    from desktop.core.formats.spacy_bin import SpacyWriter
    from desktop.core.formats.writing import WriteOptions
    from tests.core.formats.helpers import SCHEMA
    from tests.core.formats.test_token_writers import _BinarySink, _doc

    before = len(_deflate_threads())
    writer = SpacyWriter(_BinarySink(), WriteOptions(layer="gold", schema=SCHEMA))
    writer.write(_doc("قال الوزير أمس", [(4, 10, "ACTOR")]))
    assert len(_deflate_threads()) == before + 1
    del writer  # cancelled: close is never called
    gc.collect()
    deadline = time.monotonic() + 10
    while len(_deflate_threads()) > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(_deflate_threads()) == before
