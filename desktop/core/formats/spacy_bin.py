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
``lengths``, ``strings``, ``cats``, ``flags``, ``span_groups``, ``user_data``) from
temporary files, with spaCy's string hashes and span-group encoding.
"""

from __future__ import annotations

import bisect
import struct
import tempfile
import zlib
from importlib.util import find_spec
from typing import Any

from desktop.core import tokens as tok
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
        self.tokens = tempfile.TemporaryFile()
        self.spaces = tempfile.TemporaryFile()
        self.groups = tempfile.TemporaryFile()
        self.user = tempfile.TemporaryFile()
        self.lengths: list[int] = []
        self.group_sizes: list[int] = []
        self.user_sizes: list[int] = []
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
            self.tokens.write(hashes)
            self.spaces.write(spaces)
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
        self.groups.write(groups)
        self.group_sizes.append(len(groups))
        user = {"tawsim": {
            "id": doc.id, "title": doc.title, "meta": doc.meta_out(), "review": doc.review,
            "attrs": {r[2]: attrs_of(r[4]) for r in rows if r[4] != "{}"},
            "comments": {r[2]: r[5] for r in rows if r[5]},
            "relations": doc.relation_rows()}}
        data = pack(user)
        self.user.write(data)
        self.user_sizes.append(len(data))

    def _item_bytes(self, item: str) -> bytes:
        """An item's token hash as the DocBin stores it (8 bytes, native order, as numpy
        writes a uint64 array), then its trailing-space flag (one byte, 1 or 0)."""
        word, ws = tok.word_of(item)
        return struct.pack("=QB", self.hashes[word], ws)

    def close(self, card: Any = None) -> None:
        pack, np = self.pack, self.np
        z = zlib.compressobj(1)  # fast: the DocBin reads any level
        out = self.out.stream

        def put(data: bytes) -> None:
            out.write(z.compress(data))

        def copy(fh, size: int) -> None:
            fh.seek(0)
            while size > 0:
                block = fh.read(min(size, 1 << 20))
                put(block)
                size -= len(block)

        n = len(self.lengths)
        put(b"\x8a")  # a map of 10 entries
        for key, value in (("version", "0.1"), ("attrs", [self.orth])):
            put(pack(key) + pack(value))
        put(pack("tokens") + _bin_header(self.ntokens * 8))
        copy(self.tokens, self.ntokens * 8)
        put(pack("spaces") + _bin_header(self.ntokens))
        copy(self.spaces, self.ntokens)
        lengths = np.asarray(self.lengths, dtype="int32").tobytes("C")
        put(pack("lengths") + pack(lengths))
        strings = sorted(self.hashes)
        put(pack("strings") + _array_header(len(strings)))
        for s in strings:
            put(pack(s))
        put(pack("cats") + _array_header(n) + b"\x80" * n)
        flag = pack({"has_unknown_spaces": False})
        put(pack("flags") + _array_header(n) + flag * n)
        for key, fh, sizes in (("span_groups", self.groups, self.group_sizes),
                               ("user_data", self.user, self.user_sizes)):
            put(pack(key) + _array_header(n))
            fh.seek(0)
            for size in sizes:
                put(_bin_header(size) + fh.read(size))
        out.write(z.flush())
        for fh in (self.tokens, self.spaces, self.groups, self.user):
            fh.close()


FORMAT = Format(
    name="spacy", label="spaCy DocBin", extensions=(".spacy",), writer=SpacyWriter,
    binary=True, requires="spacy", check=check,
    description="spaCy DocBin (.spacy): every span in doc.spans['sc'] (needs tawsim[spacy])",
    carries="text, tokens, every span (label, offsets, id) in doc.spans['sc']; id, title, "
            "meta, review, attributes, comments and relations in doc.user_data['tawsim']",
    loses="nothing Tawsim holds (doc.ents is left empty: spans may overlap)")
