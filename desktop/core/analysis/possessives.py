"""A group's forces with a possessive pronoun are the group: «قواتها», «قواته», «قواتهم»
(GUIDELINES.md, ACTOR: a group's forces are the group). The pronoun's antecedent is the
actor named last before it: «قال إعلام الحشد الشعبي، في بيان، إن قواتها صدت هجوما»
(the PMF's forces). So a possessed forces noun is proposed as an armed group or a force
when that actor's mention is the nearest actor mention before it, in the same paragraph
and at most ``REACH`` words back, no other tagged actor's mention between, and not
outside a quotation the noun is in («تعهدت المقاومة أن "… نواياهم … قواتهم"»: in a
quotation, the pronoun is the speaker's word for someone else). Not for a
state (its forces are its army, another actor), not «قواتنا» (the speaker's).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from desktop.core.analysis.names import DocumentIndex
from desktop.core.folding import fold_string

__all__ = ["POSSESSED_TYPES", "REACH", "possessed_forces", "quote_opened", "words_back"]

POSSESSED_TYPES = frozenset({"armed_group", "military"})
REACH = 20
_FORCES = fold_string("قوات")
_FORMS = {p + _FORCES + s: len(p) for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
          for s in ("ه", "ها", "هم", "هما")}


def quote_opened(text: str, at: int) -> int:
    """Where the quotation open at folded offset ``at`` began on its line (-1: none)."""
    line = text.rfind("\n", 0, at) + 1
    opened, straight = -1, False
    for pos in range(line, at):
        ch = text[pos]
        if ch == '"':
            straight = not straight
            opened = pos if straight else -1
        elif ch in "«“":
            opened = pos
        elif ch in "»”":
            opened = -1
    return opened


def possessed_forces(doc: DocumentIndex, own: Iterable[int], others: Iterable[int],
                     ) -> list[tuple[int, int]]:
    """The possessed forces nouns whose antecedent is the actor, as ``(word, letters
    skipped)``: ``own`` are the folded starts of the actor's mentions, ``others`` the
    first words of the other tagged actors' matches."""
    mine = {bisect_left(doc.starts, a) for a in own}
    if not mine:
        return []
    theirs = set(others) - mine
    out = []
    # the possessed nouns' own occurrences (the document's index), not a walk over its words
    for k, skip in sorted((k, skip) for form, skip in _FORMS.items() for k in doc.exact(form)):
        if any(j in mine for j in words_back(doc, k, theirs)):
            out.append((k, skip))
    return out


def words_back(doc: DocumentIndex, k: int, theirs: set[int]):
    """The words before word ``k`` a possessive pronoun can point back to, nearest first:
    in its paragraph, at most ``REACH`` words back, not out of a quotation ``k`` is in,
    stopping at another tagged actor's mention (a word of ``theirs``)."""
    words, text = doc.words, doc.folded.text
    quoted = quote_opened(text, words[k][0])
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        if "\n" in text[words[j][1]:words[j + 1][0]] or j in theirs or words[j][0] < quoted:
            return
        yield j
