"""A person named by a description of his place in a body: «الرجل الثاني في داعش»,
«المسؤول الإداري في التنظيم» (GUIDELINES.md, ACTOR: descriptions are mentions; the longest
phrase that still names the actor; no nested spans).

* Once a person is tagged with such a description, its *head* — the words before its
  preposition («في», «لدى»), two or more, the first with the article: «الرجل الثاني» — is
  looked for as his (``propagation``): alone where no preposition follows it («الرجل
  الثاني بعد أبو بكر البغدادي»), and with its preposition and a tagged actor's mention
  where they follow («الرجل الثاني في تنظيم داعش»: another form of the body than the
  tagged one); where a preposition follows and no tagged actor after it, the phrase goes
  on to someone else's description and nothing is proposed.
* The body inside the description is not proposed for itself («تنظيم داعش» of «الرجل
  الثاني في تنظيم داعش»: the description is the mention).
Not when two tagged persons have the head.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.context import head_before, joined
from desktop.core.analysis.forms import definite
from desktop.core.analysis.names import DocumentIndex
from desktop.core.folding import fold_string
from desktop.core.model import Span

__all__ = ["MIN_HEAD_WORDS", "PREPOSITIONS", "description_end", "description_head",
           "heads_of", "in_description"]

PREPOSITIONS = frozenset(fold_string(w) for w in ("في", "لدى"))
MIN_HEAD_WORDS = 2


def description_head(text: str) -> str | None:
    """The words of a person's description before its preposition («الرجل الثاني» of
    «الرجل الثاني في داعش»), or None (no preposition, fewer than two words before it, or
    no article on the first)."""
    words = text.split()
    folded = [fold_string(w) for w in words]
    for k, w in enumerate(folded):
        if w in PREPOSITIONS:
            if k >= MIN_HEAD_WORDS and definite(folded[0]) and k + 1 < len(words):
                return " ".join(words[:k])
            return None
    return None


def heads_of(spans: Iterable[Span]) -> frozenset[tuple[str, ...]]:
    """The folded heads of the tagged persons' descriptions that only one person has."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for s in spans:
        if s.label == "ACTOR" and s.attrs.get("type") == "person" \
                and s.attrs.get("mention") == "nominal" \
                and (head := description_head(s.text)) is not None:
            owners.setdefault(tuple(fold_string(head).split()), set()).add(canonical_of(s))
    return frozenset(h for h, who in owners.items() if len(who) == 1)


def _after_head(doc: DocumentIndex, prep: int, heads: frozenset[tuple[str, ...]]) -> bool:
    """Whether the words right before word ``prep`` (a preposition) are one of ``heads``."""
    words = doc.words
    for tokens in heads:
        n = len(tokens)
        if prep - n >= 0 and tuple(w[2] for w in words[prep - n:prep]) == tokens \
                and all(joined(doc, j) for j in range(prep - n, prep)):
            return True
    return False


def in_description(doc: DocumentIndex, i: int, skip: int,
                   heads: frozenset[tuple[str, ...]]) -> bool:
    """Whether the match from word ``i`` (``skip`` letters in) follows a tagged person's
    description head and its preposition, a title or group noun between or not («في
    تنظيم داعش» after «الرجل الثاني»): inside his description, not proposed."""
    if not heads or skip or i < 2:
        return False
    if head_before(doc, i) is not None:
        i -= 1  # «تنظيم» of «في تنظيم داعش»
    return i >= 2 and doc.words[i - 1][2] in PREPOSITIONS and joined(doc, i - 1) \
        and _after_head(doc, i - 1, heads)


def description_end(doc: DocumentIndex, last: int,
                    matches: Callable[[], dict[int, int]]) -> int | None:
    """The last word of a description head's match ending at word ``last``: ``last``
    when no preposition follows it; the end of a tagged actor's mention right after
    the preposition (a title or group noun before it or not: ``matches`` gives each
    tagged actor's matches, first word to last); None when a preposition follows and no
    such mention."""
    words = doc.words
    if last + 2 >= len(words) or words[last + 1][2] not in PREPOSITIONS \
            or not joined(doc, last):
        return last
    if not joined(doc, last + 1):
        return None
    found = matches()
    k = last + 2
    if k in found:
        return found[k]
    if k + 1 in found and joined(doc, k) and head_before(doc, k + 1) is not None:
        return found[k + 1]
    return None
