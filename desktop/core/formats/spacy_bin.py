"""spaCy DocBin (``.spacy``), write only; needs the optional extra ``tawsim[spacy]``.

Each document is a Doc whose words come from the Arabic tokenizer
(``desktop.core.tokens``), so ``doc.text`` is the document's text and every span starts
and ends on a token edge: ``doc.char_span(start, end, alignment_mode="strict")`` finds
every span. All spans are in ``doc.spans["sc"]`` (overlapping spans rule out
``doc.ents``), each with its Tawsim id as ``span.id_``. ``doc.user_data["tawsim"]`` keeps
the rest: the document ``id``, ``title``, ``meta``, ``review``, each span's ``attrs`` and
``comment`` by span id, and the ``relations`` (id, type, head, tail).

The DocBin is written as it goes, in flat memory: spaCy's own ``DocBin`` keeps every
document in memory until it is saved, so this writer lays out the same container (the
zlib-compressed msgpack map DocBin documents: ``attrs``, ``tokens``, ``spaces``,
``lengths``, ``strings``, ``cats``, ``flags``, ``span_groups``, ``user_data``), with
spaCy's string hashes and span-group encoding. Its four big sections are compressed while
the export goes on, on a thread of their own, each into a temporary file
(``deflate_parts``: one zlib stream in parts); the small parts between them, whose sizes
are known only at the end, are compressed last.
"""

from __future__ import annotations

import bisect
import struct
import weakref
from importlib.util import find_spec
from typing import Any

from desktop.core import tokens as tok
from desktop.core.formats.deflate_parts import Compressor, Part, small, write_stream
from desktop.core.formats.pieces import Cache, picker
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, ExportError, Writer, attrs_of

MISSING = ("the spacy format needs spaCy, an optional extra: pip install 'tawsim[spacy]' "
           "(or pip install spacy)")


def check() -> str | None:
    return None if find_spec("spacy") is not None else MISSING


class _Hashes(dict):
    def __init__(self, string_id):
        super().__init__()
        self.string_id = string_id

    def __missing__(self, key: str) -> int:
        value = self[key] = self.string_id(key)
        return value


def _bin_header(n: int) -> bytes:
    return b"\xc6" + struct.pack(">I", n)


def _array_header(n: int) -> bytes:
    return b"\xdd" + struct.pack(">I", n)


class SpacyWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        problem = check()
        if problem:
            raise ExportError(problem)
        # imported by name, at export time: the frozen bundle leaves spaCy out (an
        # optional extra), and PyInstaller follows only import statements
        from importlib import import_module

        numpy = import_module("numpy")
        srsly = import_module("srsly")
        ORTH = import_module("spacy.attrs").ORTH
        get_string_id = import_module("spacy.strings").get_string_id

        self.np, self.orth = numpy, ORTH
        # one packer for the whole export: srsly.msgpack_dumps looks its encoders up anew
        # on every call, which costs more than the packing
        self.pack = srsly.msgpack.Packer(use_bin_type=True).pack
        self.hashes = _Hashes(get_string_id)  # symbols (DATE, ORG...) have fixed ids
        # the big sections, each compressed on the compressor's thread as it fills
        self.parts = {name: Part() for name in _SECTIONS}
        self.pending = {name: [] for name in _SECTIONS}  # bytes not handed over yet
        self.pending_size = dict.fromkeys(_SECTIONS, 0)
        self.compressor = Compressor()
        weakref.finalize(self, self.compressor.abandon)  # an export that never closes
        self.lengths: list[int] = []
        self.ntokens = 0
        self.item_bytes = Cache(self._item_bytes, limit=100_000)
        self.item_dtype = numpy.dtype([("hash", "=u8"), ("space", "u1")])  # 9 bytes
        self.no_spans = self.pack({self.pack({"name": "sc", "attrs": {}, "spans": []}): ["sc"]})

    def write(self, doc: ExportDoc) -> None:
        pack, h = self.pack, self.hashes
        text = doc.text
        rows = doc.span_rows()
        items, starts = tok.items(text, [(r[0], r[1]) for r in rows])
        k = len(items)
        if k:  # each item's 9 bytes: its token's hash, its space flag
            if tok.scan is not None:  # the C scanner's (the same bytes: a test)
                hashes, spaces = tok.scan.spacy_tokens(items, self.item_bytes)
            else:
                blob = b"".join(picker(items)(self.item_bytes))
                hashes = self.np.frombuffer(blob, self.item_dtype)["hash"].tobytes()
                spaces = blob[8::9]
            self._add("tokens", hashes)
            self._add("spaces", spaces)
        self.lengths.append(k)
        self.ntokens += k
        packed = []
        for start, end, sid, label, _, _ in rows:
            t0 = bisect.bisect_left(starts, start)
            t1 = bisect.bisect_left(starts, end)  # a span ends where a token ends
            packed.append(struct.pack(">QQQllll", h[sid], 0, h[label], t0, t1, start, end))
        if packed:
            group = pack({"name": "sc", "attrs": {}, "spans": packed})
            groups = pack({group: ["sc"]})
        else:
            groups = self.no_spans
        self._add("groups", _bin_header(len(groups)) + groups)
        user = {"tawsim": {
            "id": doc.id, "title": doc.title, "meta": doc.meta_out(), "review": doc.review,
            "attrs": {r[2]: attrs_of(r[4]) for r in rows if r[4] != "{}"},
            "comments": {r[2]: r[5] for r in rows if r[5]},
            "relations": doc.relation_rows()}}
        data = pack(user)
        self._add("user", _bin_header(len(data)) + data)

    def _add(self, section: str, data: bytes) -> None:
        """``data`` after the section's bytes so far; handed to the compressor by the
        megabyte (a hand-over a document would cost more than it saves)."""
        self.pending[section].append(data)
        self.pending_size[section] += len(data)
        if self.pending_size[section] >= _HAND_OVER:
            self._hand_over(section)

    def _hand_over(self, section: str) -> None:
        if self.pending[section]:
            self.compressor.feed(self.parts[section], b"".join(self.pending[section]))
            self.pending[section] = []
            self.pending_size[section] = 0

    def _item_bytes(self, item: str) -> bytes:
        """An item's token hash as the DocBin stores it (8 bytes, native order, as numpy
        writes a uint64 array), then its trailing-space flag (one byte, 1 or 0)."""
        word, ws = tok.word_of(item)
        return struct.pack("=QB", self.hashes[word], ws)

    def close(self, card: Any = None) -> None:
        pack, np = self.pack, self.np
        for section in _SECTIONS:
            self._hand_over(section)
        self.compressor.join()
        for section in _SECTIONS:
            self.parts[section].finish(last=section == _SECTIONS[-1])
        n = len(self.lengths)
        head = b"".join((b"\x8a",  # a map of 10 entries
                         pack("version"), pack("0.1"), pack("attrs"), pack([self.orth]),
                         pack("tokens"), _bin_header(self.ntokens * 8)))
        lengths = np.asarray(self.lengths, dtype="int32").tobytes("C")
        strings = sorted(self.hashes)
        flag = pack({"has_unknown_spaces": False})
        middle = Part()  # the string table is large: packed and compressed in pieces
        middle.feed(pack("lengths") + pack(lengths) + pack("strings")
                    + _array_header(len(strings)))
        for at in range(0, len(strings), 50_000):
            middle.feed(b"".join(map(pack, strings[at:at + 50_000])))
        middle.feed(b"".join((pack("cats"), _array_header(n), b"\x80" * n, pack("flags"),
                              _array_header(n), flag * n, pack("span_groups"),
                              _array_header(n))))
        middle.finish(last=False)
        parts = self.parts
        write_stream(self.out.stream, [
            small(head), parts["tokens"],
            small(pack("spaces") + _bin_header(self.ntokens)), parts["spaces"],
            middle, parts["groups"],
            small(pack("user_data") + _array_header(n)), parts["user"]])


# the sections compressed as the export goes (in the DocBin's order; "user" last)
_SECTIONS = ("tokens", "spaces", "groups", "user")
_HAND_OVER = 1 << 20


FORMAT = Format(
    name="spacy", label="spaCy DocBin", extensions=(".spacy",), writer=SpacyWriter,
    binary=True, requires="spacy", check=check,
    description="spaCy DocBin (.spacy): every span in doc.spans['sc'] (needs tawsim[spacy])",
    carries="text, tokens, every span (label, offsets, id) in doc.spans['sc']; id, title, "
            "meta, review, attributes, comments and relations in doc.user_data['tawsim']",
    loses="nothing Tawsim holds (doc.ents is left empty: spans may overlap)")
