"""A group first tagged by its head noun, «التنظيم» or «التنظيم الإرهابي», whose name the
document gives elsewhere after that noun: «تنظيم داعش» (in a headline, or inside a leader's
description, «زعيم تنظيم داعش في العراق»). The canonical name («تنظيم الدولة الإسلامية»)
cannot be turned into «داعش» without a gazetteer; the text itself links them: the group's
noun without the article and one name after it, «تنظيم X», is a naming of the group the
noun refers to.

So, for a tagged nominal mention of a group that is its group noun (``GROUP_NOUNS``) with
the article and only descriptors after it, whose canonical name begins with that noun:
where the document has the noun without the article (a proclitic before it or not: «لتنظيم
داعش») right before one word that has no article, no digit, three letters or more and is
no adjective (a quotation mark between or not: «تنظيم "داعش"»), and **only one** such
word, that word and the noun with it are looked for as the group («داعش», «تنظيم داعش»);
two different words («تنظيم داعش», «تنظيم القاعدة» has the article, «تنظيم حراس…») leave
it out: the noun may be another group's there.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.forms import DESCRIPTORS, GENTILICS, adjective_like, definite
from desktop.core.analysis.names import DocumentIndex, Name
from desktop.core.folding import fold_string
from desktop.core.model import Span

__all__ = ["GROUP_NOUNS", "named_nominals"]

GROUP_NOUNS = frozenset(fold_string(w) for w in (
    "تنظيم", "جماعة", "حركة", "فصيل", "ميليشيا", "مليشيا"))
MIN_NAME = 3
_QUOTES = frozenset(" \t\u00a0\"«“")


def _group_noun(span: Span) -> str | None:
    """The group noun a nominal mention consists of (with descriptors after it), when
    the canonical name begins with it."""
    if span.attrs.get("mention") != "nominal" or span.attrs.get("type") != "armed_group":
        return None
    words = [fold_string(w) for w in span.text.split()]
    canon = [fold_string(w) for w in canonical_of(span).split()]
    if not words or not definite(words[0]) or not canon:
        return None
    noun = words[0][2:]
    if noun not in GROUP_NOUNS or canon[0] != noun or len(canon) < 2:
        return None
    if any(w not in DESCRIPTORS and not adjective_like(w) for w in words[1:]):
        return None
    return noun


def _names_after(doc: DocumentIndex, noun: str) -> set[str]:
    words, text = doc.words, doc.folded.text
    out = set()
    for k, (_a, b, word) in enumerate(words[:-1]):
        if not (word == noun or len(word) > len(noun) and word.endswith(noun)
                and word[:-len(noun)] in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")):
            continue
        between = text[b:words[k + 1][0]]
        nxt = words[k + 1][2]
        if not between or any(ch not in _QUOTES for ch in between) \
                or definite(nxt) or nxt.startswith("لل") or len(nxt) < MIN_NAME \
                or any(ch.isdigit() for ch in nxt) or nxt in GENTILICS \
                or adjective_like("ال" + nxt):
            continue
        out.add(nxt)
    return out


def named_nominals(doc: DocumentIndex, spans: Iterable[Span]) -> list[Name]:
    """The names the document gives the groups tagged by their noun (module doc)."""
    out = []
    for span in spans:
        if span.label != "ACTOR" or (noun := _group_noun(span)) is None:
            continue
        found = _names_after(doc, noun)
        if len(found) == 1:
            [name] = found
            canon, type_ = canonical_of(span), "armed_group"
            out += [Name((noun, name), (" ",), canon, type_), Name((name,), (), canon, type_)]
    return out
