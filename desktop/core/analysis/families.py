"""A family name that reads as a nisba: «السوداني» of «محمد شياع السوداني», «العبيدي»,
«البغدادي», «التكريتي». News calls a person by his family name after the first mention
(``propagation``), but a person's last word is no family name when his canonical name is
a description («مصدر أمني عراقي», «مسؤول كبير في وزارة الدفاع الأميركية»:
``forms.describes``). A nisba is a family name when the person's canonical name has no preposition and begins
with a word without the article (a given name: «محمد», «أبو»), as names do and
descriptions do not, and he is tagged by a name (``mention`` name or unset) — or by a
description whose canonical name is another text, a name with no definite word between
its first and its last («رئيس الحكومة العراقي» with the canonical «محمد شياع السوداني»:
the article's later «السوداني» is his; not «رئيس الوزراء العراقي» as a canonical name).

Such a family name is still an adjective after a definite word it is joined to: «الجيش
السوداني», «رئيس الوزراء السوداني» are the Sudanese army and prime minister, not the
person — not proposed there (``as_adjective``).
"""

from __future__ import annotations

from desktop.core.analysis.context import joined
from desktop.core.analysis.forms import PREPOSITIONS, definite, gentilic
from desktop.core.analysis.names import DocumentIndex
from desktop.core.folding import fold_string
from desktop.core.model import Span

__all__ = ["FAMILY", "as_adjective", "nisba_family"]

FAMILY = "family"  # the Name kind of a family name that reads as a nisba


def nisba_family(span: Span, canonical_name: str) -> bool:
    """Whether the last word of a person's canonical name is a family name that reads as
    a nisba, under the module's conditions."""
    folded = [fold_string(w) for w in canonical_name.split()]
    if span.attrs.get("mention") not in (None, "", "name") and (
            fold_string(span.text) == fold_string(canonical_name)
            or any(definite(w) for w in folded[1:-1])):
        return False  # a description: «قائد الجيش السوداني», «رئيس الوزراء العراقي»
    return len(folded) >= 2 and not definite(folded[0]) and gentilic(folded[-1]) \
        and not any(w in PREPOSITIONS for w in folded)


def as_adjective(doc: DocumentIndex, i: int, skip: int) -> bool:
    """Whether the match from word ``i`` follows a definite word joined to it (and has
    no proclitic of its own): the adjective of that word's phrase («الجيش السوداني»)."""
    if skip or i == 0 or not joined(doc, i - 1):
        return False
    before = doc.words[i - 1][2]
    return definite(before) or before.startswith("لل") and len(before) > 4
