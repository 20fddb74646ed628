"""Canonical text and offsets: the contract everything else rests on.

* ``decode`` turns a file's bytes into text (UTF-8, UTF-8 with BOM, UTF-16 with BOM).
* ``canonical`` is the stored form of a text (DESIGN §2); ``canonical_map`` is the same
  transformation with a map from raw code points to canonical ones, used to remap the
  spans of annotated input whose text was not canonical yet.
* ``Utf16Index`` converts between code-point offsets and Qt's UTF-16 positions.
* The search shadow of a text (``fold``) lives in :mod:`desktop.core.folding`.

Offsets everywhere are Python code-point indices, half-open ``[start, end)``.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

__all__ = [
    "TextError",
    "bad_char",
    "canonical",
    "canonical_map",
    "check_text",
    "decode",
    "is_canonical",
    "remap_span",
    "sha256_hex",
    "snap",
    "is_word_char",
    "Utf16Index",
    "CanonicalMap",
]


class TextError(ValueError):
    """A text that cannot be taken in; the message says why, for a human.
    ``line`` is the 1-based line of the fault in the input, when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (BOM stripped) or UTF-16 with a BOM; else a TextError."""
    encoding = "utf-8"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], enc
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-8" and b"\x00" in data[:4096]:
            raise TextError("binary file (not UTF-8 or UTF-16 text)", 1) from None
        line = data[: exc.start].count(b"\n") + 1
        raise TextError(
            f"not valid {encoding.upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " save the file as UTF-8",
            line,
        ) from None
    if "\x00" in text:
        raise TextError("binary file (contains NUL characters)", text.count("\n", 0, text.index("\x00")) + 1)
    return text


_last_digest: tuple[str, str] = ("", "")  # the last text hashed and its digest


def sha256_hex(data: bytes | str) -> str:
    """The sha256 (hex) of bytes, or of a text's UTF-8. The last text's digest is kept:
    an import hashes a record's text as given and then its canonical form, which is
    most often the same text (comparing is much cheaper than encoding and hashing)."""
    global _last_digest
    if isinstance(data, str):
        last = _last_digest
        if data == last[0] and data:
            return last[1]
        import hashlib  # on first use (OpenSSL): the first frame does without it

        digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
        _last_digest = (data, digest)
        return digest
    import hashlib

    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------- canonical text


def canonical(raw: str) -> str:
    """The canonical form of a text (DESIGN §2). Idempotent; fast (no per-character loop)."""
    if "\ufeff" in raw[:1] or "\ufeff" in raw[: _content_start(raw)]:
        cut = _content_start(raw)
        raw = raw[:cut].replace("\ufeff", "") + raw[cut:]
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    blank = False
    for line in raw.split("\n"):
        line = line.rstrip()
        if not line:
            blank = True
            continue
        if out:
            out.append("\n\n" if blank else "\n")
        out.append(line)
        blank = False
    text = "".join(out)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def _content_start(raw: str) -> int:
    """Index of the first character that is neither white space nor U+FEFF: every
    byte-order mark before it is dropped (so canonical() is idempotent)."""
    for i, ch in enumerate(raw):
        if ch != "\ufeff" and not ch.isspace():
            return i
    return len(raw)


def is_canonical(text: str) -> bool:
    return canonical(text) == text


@dataclass(frozen=True, slots=True)
class CanonicalMap:
    """``text`` is the canonical text of a raw string; raw character ``i`` became the
    canonical characters ``[lo[i], hi[i])``, or was dropped when ``lo[i] == -1``."""

    text: str
    lo: list[int]
    hi: list[int]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where raw ``[start, end)`` lands in the canonical text; None if it vanished."""
        first = last = -1
        for i in range(start, end):
            if self.lo[i] >= 0:
                first = i
                break
        if first < 0:
            return None
        for i in range(end - 1, first - 1, -1):
            if self.lo[i] >= 0:
                last = i
                break
        return self.lo[first], self.hi[last]


def _nfc_segments(chars: list[tuple[str, int, int]]):
    """Group (char, raw_lo, raw_hi) items into segments that NFC treats independently."""
    seg: list[tuple[str, int, int]] = []
    for item in chars:
        ch = item[0]
        if seg and unicodedata.combining(ch) == 0:
            head = "".join(c for c, _, _ in seg)
            alone = unicodedata.normalize("NFC", ch)
            if (
                unicodedata.combining(alone[0]) == 0
                and unicodedata.normalize("NFC", head + ch)
                == unicodedata.normalize("NFC", head) + alone
            ):
                yield seg
                seg = []
        seg.append(item)
    if seg:
        yield seg


def canonical_map(raw: str) -> CanonicalMap:
    """``canonical(raw)`` with a map from raw code points to canonical ones.

    Slower than ``canonical`` (a pass per character): used only to remap the spans of
    annotated input whose text is not canonical yet. Characters that NFC composes
    together map to the whole composed result, so a span never splits a character.
    """
    n = len(raw)
    # 1. BOM and line endings: items of (char, raw_lo, raw_hi)
    items: list[tuple[str, int, int]] = []
    content = _content_start(raw)
    i = 0
    while i < n:
        ch = raw[i]
        if ch == "\ufeff" and i < content:
            i += 1
            continue
        if ch == "\r":
            if i + 1 < n and raw[i + 1] == "\n":
                items.append(("\n", i, i + 2))
                i += 2
                continue
            items.append(("\n", i, i + 1))
        else:
            items.append((ch, i, i + 1))
        i += 1
    # 2. lines: strip trailing white space, collapse blank runs, drop outer blank lines
    lines: list[list[tuple[str, int, int]]] = [[]]
    newlines: list[tuple[str, int, int]] = []
    for item in items:
        if item[0] == "\n":
            newlines.append(item)
            lines.append([])
        else:
            lines[-1].append(item)
    kept: list[tuple[str, int, int]] = []
    pending: list[tuple[str, int, int]] = []  # newline items since the last text line
    for idx, line in enumerate(lines):
        while line and line[-1][0].isspace():
            line.pop()
        if line:
            if kept:
                kept.extend(pending[:2] if len(pending) >= 2 else pending[:1])
            kept.extend(line)
            pending = []
        if idx < len(newlines):
            pending.append(newlines[idx])
    # 3. NFC, segment by segment
    out_chars: list[str] = []
    lo = [-1] * n
    hi = [-1] * n
    for seg in _nfc_segments(kept):
        seg_text = "".join(c for c, _, _ in seg)
        composed = unicodedata.normalize("NFC", seg_text)
        begin = len(out_chars)
        out_chars.extend(composed)
        if composed == seg_text:
            for k, (_, rlo, rhi) in enumerate(seg):
                for r in range(rlo, rhi):
                    lo[r], hi[r] = begin + k, begin + k + 1
        else:
            for _, rlo, rhi in seg:
                for r in range(rlo, rhi):
                    lo[r], hi[r] = begin, begin + len(composed)
    return CanonicalMap("".join(out_chars), lo, hi)


def remap_span(cmap: CanonicalMap, start: int, end: int) -> tuple[int, int]:
    """Remap raw ``[start, end)``; TextError if canonicalisation leaves it empty."""
    where = cmap.span(start, end)
    if where is None:
        raise TextError(
            f"span [{start}, {end}) is empty once the text is canonical "
            "(it covers only white space or blank lines that are dropped)"
        )
    return where


# ---------------------------------------------------------------------------- UTF-16


class Utf16Index:
    """Code points <-> UTF-16 units for one text (Qt counts UTF-16 units).

    Only characters outside the BMP differ, so the index keeps their positions and
    converts with a binary search: O(log k) per conversion, k the number of such chars.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "bmp_only", "length_cp", "length_u16")

    def __init__(self, text: str):
        cps = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not _bmp_only(text) else []
        self.bmp_only = not cps  # then both counts are the same
        self._astral_cp = cps
        # UTF-16 position of each astral char = its code-point index + astral chars before it
        self._astral_u16 = [cp + k for k, cp in enumerate(cps)]
        self.length_cp = len(text)
        self.length_u16 = len(text) + len(cps)

    @property
    def same(self) -> bool:
        """The text has no character outside the BMP: both offsets are the same."""
        return not self._astral_cp

    def to_utf16(self, cp: int) -> int:
        if not 0 <= cp <= self.length_cp:
            raise IndexError(f"code-point offset {cp} outside 0..{self.length_cp}")
        return cp + bisect.bisect_left(self._astral_cp, cp)

    def to_cp(self, u16: int, *, round_up: bool = False) -> int:
        """The code point at UTF-16 position ``u16``. A position inside a surrogate pair
        rounds down to the pair's start (or up past it with ``round_up``)."""
        if not 0 <= u16 <= self.length_u16:
            raise IndexError(f"UTF-16 position {u16} outside 0..{self.length_u16}")
        # astral chars that end at or before u16 each add one unit
        k = bisect.bisect_right(self._astral_u16, u16 - 2)
        if k < len(self._astral_u16) and self._astral_u16[k] == u16 - 1:  # mid-pair
            cp = self._astral_cp[k]
            return cp + 1 if round_up else cp
        return u16 - k


def _four_bytes_header() -> int | None:
    """What CPython's ``sys.getsizeof`` adds to four bytes a character (and one more
    character) for a text stored four bytes a character (one that holds a character
    outside the BMP: CPython stores a text in the fewest bytes a character its largest
    character needs); None where the size cannot be had that way."""
    try:
        sizes = [sys.getsizeof(t) - 4 * (len(t) + 1)
                 for t in ("\U00010000", "\U00010000" * 9, "a\U0010ffff\u0100")]
    except TypeError:  # pragma: no cover - an interpreter without sizes
        return None
    return sizes[0] if len(set(sizes)) == 1 else None


_WIDE = _four_bytes_header()
SIZES_TELL = _WIDE is not None  # this interpreter's text sizes tell how it stores them


def surely_bmp(text: str) -> bool:
    """True when ``text`` certainly holds no character outside the BMP, told without
    reading it: a text smaller than one stored four bytes a character holds none. False
    means "maybe": a text whose UTF-8 form an earlier call kept counts those bytes too,
    and an interpreter without sizes is never sure."""
    if text.isascii():
        return True
    return _WIDE is not None and sys.getsizeof(text) < _WIDE + 4 * (len(text) + 1)


def _bmp_only(text: str) -> bool:
    # UTF-16 length equals code-point length exactly when no char is astral.
    return surely_bmp(text) or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


# ---------------------------------------------------------------------- word edges
# A selection snaps to whole words unless the annotator holds Alt (DESIGN §6): words are
# letters, marks (harakat), digits, tatweel and the joiners ZWJ/ZWNJ.

_JOINERS = frozenset("\u0640\u200c\u200d")  # tatweel, ZWNJ, ZWJ


def is_word_char(ch: str) -> bool:
    """Letters, marks (harakat), digits, tatweel, ZWJ/ZWNJ."""
    return ch in _JOINERS or unicodedata.category(ch)[0] in "LMN"


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def snap(text: str, start: int, end: int, *, exact: bool = False) -> tuple[int, int] | None:
    """The span a selection ``[start, end)`` (code points) stands for, or None if empty.

    White space at either end is dropped; then, unless ``exact``, both ends move outwards
    to the edges of the words they touch. Either way a combining mark is never cut off
    its base (offsets are code points, so a surrogate pair cannot be cut).
    """
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    if start > end:
        start, end = end, start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    if not exact:
        if is_word_char(text[start]):
            while start > 0 and is_word_char(text[start - 1]):
                start -= 1
        if is_word_char(text[end - 1]):
            while end < n and is_word_char(text[end]):
                end += 1
    while start > 0 and _is_mark(text[start]) and not text[start - 1].isspace():
        start -= 1  # back to the mark's base (a stray mark after a space stays alone)
    while end < n and _is_mark(text[end]):
        end += 1
    return start, end


# ------------------------------------------------------------------------ validation
# DESIGN §2: a text holding a C0 control other than tab and newline (NUL included) or a
# lone surrogate is refused with its reason. Carriage returns are line endings, which
# canonical() turns into newlines, so they are allowed in raw text.

@functools.cache
def _bad_char_re() -> re.Pattern:
    # compiled on first use (an import, a check): the window's first frame checks no text
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def bad_char(s: str) -> tuple[int, str] | None:
    """The first character ``s`` may not hold (index, description), or None.

    Refused: C0 controls other than tab, newline and carriage return (NUL included),
    and lone surrogates (a str cannot hold a valid pair, so any surrogate is lone)."""
    m = _bad_char_re().search(s)
    if m is None:
        return None
    ch = m.group()
    if ch >= "\ud800":
        return m.start(), f"a lone surrogate (U+{ord(ch):04X})"
    if ch == "\x00":
        return m.start(), "a NUL character (U+0000)"
    return m.start(), f"a control character (U+{ord(ch):04X})"


def check_text(s: str, what: str = "text") -> None:
    """TextError (with the 1-based line) if ``s`` holds a character DESIGN §2 refuses."""
    found = bad_char(s)
    if found is not None:
        at, desc = found
        line = s.count("\n", 0, at) + 1
        raise TextError(f"{what} holds {desc} at line {line}, character {at}", line)
