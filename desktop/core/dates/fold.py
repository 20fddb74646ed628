"""Folding for the date rules: the one folding of ``desktop.core.text``.

The rules are written for folded Arabic (hamza seats and madda on alef -> ا, ى -> ي,
ة -> ه, digits -> ASCII; harakat, tatweel, bidi and zero-width marks removed), and
``Folded.span`` maps a folded [start, end) back onto the original text.
"""

from __future__ import annotations

from desktop.core.folding import Folded as _TextFolded
from desktop.core.folding import fold_string as fold_word

__all__ = ["Folded", "fold_word"]


class Folded(_TextFolded):
    __slots__ = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded [start, end) (end extended over harakat)."""
        return self.to_canonical(start, end)
