"""Folding: the shadow text the rules run on, and the way back to real offsets.

The rules are written for a folded form of Arabic: hamza seats and madda on alef become a
bare alef (أ إ آ ٱ -> ا), ى -> ي, ة -> ه, Arabic-Indic and Extended Arabic-Indic digits ->
ASCII, Persian ی ک -> ي ك. Those replacements keep the length. Harakat, tatweel, bidi
marks and zero-width joiners are removed, which shifts offsets; `Folded.span` maps a
folded [start, end) back onto the original text.
"""

from __future__ import annotations

import re

_ONE_TO_ONE = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ک": "ك",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)
_TABLE = str.maketrans(_ONE_TO_ONE)

# Marks that carry no letter: harakat, superscript alef, tatweel, bidi and zero-width marks.
_HARAKAT = "\u064b-\u065f\u0670\u06d6-\u06ed"
_DELETE_CLASS = f"[{_HARAKAT}\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad\ufeff]"
_DELETE_RE = re.compile(_DELETE_CLASS)
_DELETE_SET = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u061c", "\u00ad", "\ufeff"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
# What may trail a word and still belong to it (so «غداً» keeps its tanween).
_TRAILING = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])


def fold_word(word: str) -> str:
    """Fold a lexicon entry the same way as the text (used when compiling the rules)."""
    return _DELETE_RE.sub("", word.translate(_TABLE))


class Folded:
    """The folded shadow of a text and the map back to it."""

    __slots__ = ("keep", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        translated = original.translate(_TABLE)
        if _DELETE_RE.search(translated) is None:
            self.text = translated
            self.keep: list[int] | None = None
        else:
            self.text = _DELETE_RE.sub("", translated)
            self.keep = [i for i, c in enumerate(translated) if c not in _DELETE_SET]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded [start, end) (end extended over harakat)."""
        keep = self.keep
        if keep is None:
            return start, end
        o_start = keep[start]
        o_end = keep[end - 1] + 1
        original = self.original
        n = len(original)
        while o_end < n and original[o_end] in _TRAILING:
            o_end += 1
        return o_start, o_end
