"""A body's noun before its name is part of the phrase that names it (GUIDELINES.md,
ACTOR: the longest phrase that still names the actor): «دائرة الاستخبارات العراقية»,
«مديرية الاستخبارات», «جهاز المخابرات», «هيئة الحشد الشعبي» are the intelligence service,
the intelligence, the PMF — the directorate or authority is the actor itself, as a
group's «قوات» is the group (``context.TYPE_HEADS``). For forces, groups, organisations
and governments; not a state's («وكالة العراق» is no form of Iraq), and not «قيادة»
(«قيادة التحالف», the command, is tagged as the coalition without it by the golds).
"""

from __future__ import annotations

from desktop.core.analysis.context import joined
from desktop.core.analysis.names import PROCLITICS, DocumentIndex
from desktop.core.folding import fold_string

__all__ = ["BODIES", "BODY_TYPES", "body_before"]

BODIES = frozenset(fold_string(w) for w in ("دائرة", "مديرية", "جهاز", "هيئة", "وكالة"))
BODY_TYPES = frozenset({"military", "armed_group", "organization", "government"})
_FORMS = {p + b: len(p) for b in BODIES for p in ("", *PROCLITICS)}


def body_before(doc: DocumentIndex, i: int, type_: str) -> int | None:
    """The folded start of a body's noun right before word ``i`` (its proclitic out:
    «وهيئة» -> «هيئة») when the actor is of a type a body names, or None."""
    if i == 0 or type_ not in BODY_TYPES:
        return None
    skip = _FORMS.get(doc.words[i - 1][2])
    if skip is None or not joined(doc, i - 1):
        return None
    return doc.words[i - 1][0] + skip
