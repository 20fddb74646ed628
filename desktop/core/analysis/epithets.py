"""A person's epithet before his name joins its span (GUIDELINES.md, ACTOR: a title
belongs with its name; the longest phrase that still names the actor): «الانتحاري أبو
أنس الكردي», «الإرهابي أبو بكر البغدادي», «القيادي العيساوي», «الداعشي أبو محمد». News
puts a definite descriptive adjective used as a noun — a nisba, «ال…ي» — before a
person's name as it puts a title (``context.HEADS``), and no list of them can be whole:
so any such word right before the name, when

* the person's match begins with a word without the article (a given name, «أبو»:
  ``propagation`` asks this only of a name's first word, ``skip`` 0);
* it is no nationality («العراقي محمد»: more often the end of another phrase, «الجيش
  العراقي محمد…»), no listed adjective («السابق»), five letters at least after the
  article;
* it is not itself the adjective of a definite word before it («الجيش الإرهابي» is the
  army's).

A proclitic on it stays outside the span («والانتحاري» -> «الانتحاري»).
"""

from __future__ import annotations

from desktop.core.analysis.context import joined
from desktop.core.analysis.forms import ARTICLE, OTHER_ADJECTIVES, definite, gentilic
from desktop.core.analysis.names import DocumentIndex
from desktop.core.folding import fold_string

__all__ = ["epithet_before"]

MIN_STEM = 5
_ENDING = fold_string("ي")
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _epithet(word: str) -> int | None:
    """How many proclitic letters a folded word has before an epithet, or None."""
    for p in _CLITICS:
        if not word.startswith(p):
            continue
        rest = word[len(p):]
        if p.endswith("ل") and rest.startswith("ل") and not rest.startswith(ARTICLE):
            rest = "ا" + rest  # «للانتحاري»: ل + ال
        if definite(rest) and rest.endswith(_ENDING) and len(rest) - 2 >= MIN_STEM \
                and not gentilic(rest) and rest not in OTHER_ADJECTIVES:
            return len(p)
    return None


def epithet_before(doc: DocumentIndex, i: int) -> int | None:
    """The folded start of a person's epithet right before word ``i`` (its proclitic
    out), or None (module doc)."""
    words = doc.words
    if i == 0 or definite(words[i][2]) or not joined(doc, i - 1):
        return None
    skip = _epithet(words[i - 1][2])
    if skip is None:
        return None
    if not skip and i >= 2 and joined(doc, i - 2) and definite(words[i - 2][2]):
        return None  # «الجيش الإرهابي»: the adjective of the word before
    return words[i - 1][0] + skip
