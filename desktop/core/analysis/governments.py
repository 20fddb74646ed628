"""A possessed government is a state's: «حكومته», «حكومتها», «حكومتهم» (GUIDELINES.md,
ACTOR: a government is its state). The possessor is named just before, and is the state
itself («العراق … حكومته») or a person described by the state's nisba («رئيس الوزراء
العراقي محمد شياع السوداني إن حكومته»: Iraq's). So a possessed government noun is
proposed as a state when, going back from it in its paragraph (``REACH`` words at most,
not out of a quotation it is in), the first state word met is that state's mention or its
nisba adjective («العراقي», «العراقية»); another tagged actor's mention or another
nationality adjective («الرئيس التركي … حكومته») met first stops the search.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from desktop.core.analysis.anaphora import key
from desktop.core.analysis.forms import definite, gentilic, nisba
from desktop.core.analysis.names import DocumentIndex
from desktop.core.analysis.possessives import words_back
from desktop.core.folding import fold_string

__all__ = ["possessed_government"]

_STEM = fold_string("حكومة")[:-1] + "ت"  # «حكومت» + a pronoun
_FORMS = {p + _STEM + s: len(p) for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
          for s in ("ه", "ها", "هم")}


def possessed_government(doc: DocumentIndex, own: Iterable[tuple[int, int]],
                         others: Iterable[int]) -> list[tuple[int, int]]:
    """The possessed government nouns that are the state's, as ``(word, letters
    skipped)``: ``own`` are the folded bounds of the state's mentions, ``others`` the
    first words of the other tagged actors' matches."""
    nouns = sorted((k, skip) for form, skip in _FORMS.items() for k in doc.exact(form))
    if not nouns:
        return []
    words, text, starts = doc.words, doc.folded.text, doc.starts
    own = list(own)
    mine = {bisect_left(starts, a) for a, _ in own}
    adjectives = {nisba(text[a:b]) for a, b in own if " " not in text[a:b]}
    theirs = set(others) - mine
    out = []
    for k, skip in nouns:
        for j in words_back(doc, k, theirs):
            if j in mine:
                out.append((k, skip))
                break
            if _adjective(doc, j):
                if key(words[j][2]) in adjectives:
                    out.append((k, skip))
                break  # or another people's: «الرئيس التركي … حكومته»
    return out


def _adjective(doc: DocumentIndex, j: int) -> bool:
    """A nationality adjective after a definite word («الوزراء العراقي»), not a family
    name that reads as one after a given name («شياع السوداني»)."""
    return j > 0 and gentilic(doc.words[j][2]) and definite(doc.words[j - 1][2])
