"""The matcher mention propagation is built on: a document's folded words
(``DocumentIndex``), the surface forms looked for (``Name``) and an index of them by their
first word (``NameIndex``).

Matching is on the folded text (DESIGN §2), word by word: a name's first word may carry a
proclitic (و ف ب ل ك, alone or two), left outside the span; the article ال is part of the
word. ``propagation`` applies the guidelines' rules on top, ``anaphora`` the nominal
mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop.core.folding import Folded, fold_string
from desktop.core.model import Span
from desktop.core.text import canonical

__all__ = ["MIN_AFTER_CLITIC", "MIN_LETTERS", "PROCLITICS", "DocumentIndex", "Name",
           "NameIndex", "Proposal", "name_of"]

PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
MIN_LETTERS = 2  # a name shorter than this (folded) is never proposed
MIN_AFTER_CLITIC = 3  # nor is one found after a proclitic when shorter than this
_WORD = re.compile(r"\w+")
_CLITIC_LETTERS = frozenset("".join(PROCLITICS))
_BY_LETTER = {c: tuple(p for p in PROCLITICS if p[0] == c) for c in _CLITIC_LETTERS}


@dataclass(frozen=True, slots=True)
class Proposal:
    """A suggested ACTOR span, drawn like a date suggestion (dashed; N/P/Y/X)."""

    start: int
    end: int
    text: str
    label: str = "ACTOR"
    attrs: dict[str, Any] = field(default_factory=dict)  # canonical, type
    source: str = "mention"  # "mention" (propagated from a tagged one) or "gazetteer"

    def to_span(self, *, doc_id: str, layer: str, doc_text: str, author: str = "") -> Span:
        """The span accepting this proposal makes (checked against the text)."""
        return Span.on(doc_text, doc_id=doc_id, layer=layer, label=self.label,
                       start=self.start, end=self.end, attrs=dict(self.attrs), author=author)


@dataclass(frozen=True, slots=True)
class Name:
    """A surface form to look for, with what a proposal of it carries."""

    tokens: tuple[str, ...]  # the folded words
    gaps: tuple[str, ...]  # what separates them in the name (" ", "-"…), normalised
    canonical: str
    type: str = ""
    source: str = "mention"
    kind: str = ""  # "short": a tagged mention's shorter form (``forms``)

    @property
    def attrs(self) -> dict[str, str]:
        return {"canonical": self.canonical} | ({"type": self.type} if self.type else {})


def _gap(s: str) -> str:
    return re.sub(r"\s+", " ", s)


@lru_cache(maxsize=16384)  # the same actors' names again after every edit of a document
def name_of(surface: str, canonical_name: str, type_: str = "", source: str = "mention",
            kind: str = "") -> Name | None:
    """The Name for a surface form, or None when it has no word or is too short (a
    Name is immutable, so one is shared by every call with the same arguments)."""
    folded = fold_string(canonical(surface))
    words = list(_WORD.finditer(folded))
    if not words or sum(len(w.group()) for w in words) < MIN_LETTERS:
        return None
    gaps = tuple(_gap(folded[a.end():b.start()]) for a, b in zip(words, words[1:], strict=False))
    return Name(tuple(w.group() for w in words), gaps, canonical_name, type_, source, kind)


def _without_clitic(word: str) -> Iterator[tuple[str, int]]:
    """``word`` without each proclitic it may begin with, and how many letters that is."""
    for p in _BY_LETTER.get(word[0], ()):
        if word.startswith(p):
            rest = word[len(p):]
            if len(rest) >= MIN_AFTER_CLITIC:
                yield rest, len(p)
                # ل + ال is written لل: the name's article is the second ل
                if p[-1] == "ل" and rest.startswith("ل") and len(rest) > MIN_AFTER_CLITIC:
                    yield "ا" + rest, len(p)


class DocumentIndex:
    """A document's folded text and words, made once and searched for many names."""

    __slots__ = ("_positions", "_starts", "folded", "memo", "text", "words")

    def __init__(self, text: str):
        self.text = text
        self.folded = Folded(text)
        self.words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.folded.text)]
        self._positions: dict[str, list[tuple[int, int]]] | None = None
        self._starts: list[int] | None = None
        # what a rule computes once per document from the tagged spans, by its own key
        # (``nesting.other_matches``); a few entries only, the spans change with edits
        self.memo: dict[object, object] = {}

    @property
    def starts(self) -> list[int]:
        """The folded start of every word, in order (for ``bisect``)."""
        if self._starts is None:
            self._starts = [w[0] for w in self.words]
        return self._starts

    def exact(self, word: str) -> list[int]:
        """The words that are ``word`` itself (no proclitic read off), in text order."""
        return [i for i, skip in self.positions.get(word, ()) if skip == 0]

    @property
    def positions(self) -> dict[str, list[tuple[int, int]]]:
        """Every reading of every word (``readings``) -> ``[(word, letters skipped)]`` in
        text order: made once, so that looking a name up costs its occurrences, not a
        pass over the document."""
        if self._positions is None:
            positions: dict[str, list[tuple[int, int]]] = {}
            get = positions.setdefault
            for i, (_start, _end, word) in enumerate(self.words):
                get(word, []).append((i, 0))
                if word[0] in _CLITIC_LETTERS:
                    for reading, skip in _without_clitic(word):
                        get(reading, []).append((i, skip))
            self._positions = positions
        return self._positions

    def readings(self, i: int) -> Iterator[tuple[str, int]]:
        """What word ``i`` may be as a name's first word: itself, or itself without a
        proclitic (with the offset where the name then starts in the word)."""
        word = self.words[i][2]
        yield word, 0
        yield from _without_clitic(word)

    def match(self, i: int, name: Name, skip: int) -> tuple[int, int] | None:
        """Folded ``[start, end)`` of ``name`` read from word ``i`` (its first word read
        ``skip`` letters in), or None."""
        last = i + len(name.tokens) - 1
        if last >= len(self.words):
            return None
        text = self.folded.text
        for k in range(1, len(name.tokens)):
            prev, cur = self.words[i + k - 1], self.words[i + k]
            if cur[2] != name.tokens[k]:
                return None
            between = text[prev[1]:cur[0]]
            if between == " ":  # the usual gap, without the regular expression
                if name.gaps[k - 1] != " ":
                    return None
            elif "\n" in between or _gap(between) != name.gaps[k - 1]:
                return None
        return self.words[i][0] + skip, self.words[last][1]


class NameIndex:
    """Names by their first folded word, longest first."""

    def __init__(self, names: Iterable[Name] = ()):
        self.by_first: dict[str, list[Name]] = {}
        seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        for n in names:
            if (n.tokens, n.gaps) in seen:
                continue
            seen.add((n.tokens, n.gaps))
            self.by_first.setdefault(n.tokens[0], []).append(n)
        for group in self.by_first.values():
            group.sort(key=lambda n: -len(n.tokens))

    @classmethod
    def merged(cls, *indexes: NameIndex) -> NameIndex:
        """One index of several; for the same words, the first index's name is kept."""
        return cls(n for ix in indexes for group in ix.by_first.values() for n in group)

    def __len__(self) -> int:
        return sum(len(g) for g in self.by_first.values())

    def find(self, doc: DocumentIndex) -> list[tuple[int, int, int, Name]]:
        """Every match as ``(first word, last word, letters skipped, name)``, overlapping
        ones included."""
        out = []
        positions = doc.positions
        for first, group in self.by_first.items():
            for i, skip in positions.get(first, ()):
                for name in group:
                    if doc.match(i, name, skip) is not None:
                        out.append((i, i + len(name.tokens) - 1, skip, name))
        return out
