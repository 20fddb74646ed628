"""A name's spelling variants: news spells one name several ways and makes slips, and an
actor's later mentions are not always written as its first.

* **Long vowels** in a loanword come and go: «الديمقراطية»/«الديموقراطية»,
  «البيشمركة»/«البشمركة», «ميليشيات»/«مليشيات», «الأميركية»/«الأمريكية» (a long vowel
  moved). A document word is a name's word when the two differ by one و or ي inside the
  word (not in its article, not in its last two letters, where a nisba's «ية» or a plural's
  «ون» tells words apart: «الدولية» is not «الدولة»), and not doubled («ووزارة» is the
  conjunction and «وزارة»).
* **A slip of two letters** («الحشد العشبي» for «الحشد الشعبي»): two neighbouring letters
  swapped, outside the article, in a word of five letters or more.
* **A lost space** after a type's or a title's noun («تنظيمداعش», «قواتالتحالف»): the
  noun glued to the name's first word is one word, the whole of which is the mention.

Only one word of a name may differ, and only in a name of two words or more — except the
long vowel in a one-word name of seven letters or more («البيشمركة»); a slip or a lost
vowel in a short word is too often another word. What a match of a variant is, its
surroundings decide as for any match (``propagation``: places, titles, nesting).

The variants are looked up in the document's index of words (``DocumentIndex.positions``),
a few dozen look-ups per word of a name, with no pass over the document.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.analysis.names import DocumentIndex, Name, NameIndex
from desktop.core.folding import fold_string

__all__ = ["GLUED_HEADS", "glued", "spellings", "variant_matches"]

ARTICLE = "ال"
LONG_VOWELS = "وي"
MIN_SLIP = 5  # letters, for a swap of two letters
MIN_ALONE = 7  # letters, for a lost or added long vowel in a one-word name
# the nouns that lose their space before a name («تنظيمداعش»); not titles of persons
GLUED_HEADS = tuple(fold_string(w) for w in (
    "تنظيم", "حركة", "جماعة", "حزب", "ميليشيا", "ميليشيات", "فصيل", "قوات", "هيئة"))
_GLUED_TYPES = frozenset({"armed_group", "military", "organization", "government"})


def _inner(word: str) -> range:
    """Where a long vowel may come or go: after the first letter (and the article), not
    in the last two letters."""
    return range(3 if word.startswith(ARTICLE) else 1, len(word) - 2)


@lru_cache(maxsize=8192)  # the same actors' words after every edit
def spellings(word: str, *, slips: bool = True) -> tuple[str, ...]:
    """``word``'s variants (folded), itself not included: a long vowel added or dropped
    inside it, and with ``slips`` two neighbouring letters swapped."""
    seen = {word}
    inner = _inner(word)
    for p in inner:
        for v in LONG_VOWELS:
            if v not in (word[p - 1], word[p]):  # not doubled: «ووزارة» is «و» + «وزارة»
                seen.add(word[:p] + v + word[p:])
        if word[p] in LONG_VOWELS:
            seen.add(word[:p] + word[p + 1:])
    if slips and len(word) >= MIN_SLIP:
        first = 2 if word.startswith(ARTICLE) else 0
        for p in range(first, len(word) - 1):
            if word[p] != word[p + 1]:
                seen.add(word[:p] + word[p + 1] + word[p] + word[p + 2:])
    seen.discard(word)
    return tuple(sorted(seen))


def variant_matches(doc: DocumentIndex, names: NameIndex) -> list[tuple[int, int, int, Name]]:
    """The names' matches with one word spelt otherwise, as ``NameIndex.find`` gives
    them (the name itself, so that a proposal carries its canonical name); matches the
    exact spelling gives are not repeated."""
    out = []
    positions = doc.positions
    for group in names.by_first.values():
        for name in group:
            tokens = name.tokens
            if len(tokens) == 1 and len(tokens[0]) < MIN_ALONE:
                continue
            for k, token in enumerate(tokens):
                for v in spellings(token, slips=len(tokens) > 1):
                    if v not in positions:
                        continue
                    other = Name((*tokens[:k], v, *tokens[k + 1:]), name.gaps, name.canonical)
                    for j, skip in positions[v]:
                        if k and skip:
                            continue
                        i = j - k
                        if i < 0:
                            continue
                        first = skip if k == 0 else _reading(doc, i, tokens[0])
                        if first is not None and doc.match(i, other, first) is not None:
                            out.append((i, i + len(tokens) - 1, first, name))
    return out + glued(doc, names)


def _reading(doc: DocumentIndex, i: int, token: str) -> int | None:
    for word, skip in doc.readings(i):
        if word == token:
            return skip
    return None


def glued(doc: DocumentIndex, names: NameIndex) -> list[tuple[int, int, int, Name]]:
    """The matches whose first word is glued to a type's noun before it («تنظيمداعش»):
    the span is the whole glued word (its proclitic out)."""
    out = []
    positions = doc.positions
    for first, group in names.by_first.items():
        for head in GLUED_HEADS:
            for i, skip in positions.get(head + first, ()):
                for name in group:
                    if name.type not in _GLUED_TYPES:
                        continue
                    other = Name((head + first, *name.tokens[1:]), name.gaps, name.canonical)
                    if doc.match(i, other, skip) is not None:
                        out.append((i, i + len(name.tokens) - 1, skip, name))
    return out
