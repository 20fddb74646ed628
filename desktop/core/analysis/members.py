"""An alliance's members are not the alliance: «أعضاء التحالف», «دول التحالف», «الدول
الأعضاء في التحالف» are the member states, actors of their own (GUIDELINES.md, ACTOR:
states are actors), not the coalition — so the coalition is not proposed there. A
group's members or fighters are another matter: they stay out and the group is tagged
(«مقاتلي داعش»), so this is for alliances only (تحالف، ائتلاف، حلف، تكتل، اتحاد).
"""

from __future__ import annotations

from desktop.core.analysis.context import joined
from desktop.core.analysis.names import DocumentIndex, Name
from desktop.core.folding import fold_string

__all__ = ["ALLIANCES", "MEMBERS", "of_members"]

ALLIANCES = frozenset(fold_string(w) for w in ("تحالف", "ائتلاف", "حلف", "تكتل", "اتحاد"))
MEMBERS = frozenset(fold_string(w) for w in ("أعضاء", "دول", "عضو", "الأعضاء"))
_MEMBER_FORMS = frozenset(p + w for w in MEMBERS for p in ("", "و", "ف", "ب", "ل", "وب", "ول"))
_IN = fold_string("في")


_ALLIANCE_FORMS = frozenset(lead + w for w in ALLIANCES for lead in ("ال", "لل", "ل", ""))


def _alliance(word: str) -> bool:
    return word in _ALLIANCE_FORMS  # one look-up: asked of every match


def of_members(doc: DocumentIndex, i: int, skip: int, name: Name) -> bool:
    """Whether the match of ``name`` from word ``i`` is an alliance after its members'
    noun («أعضاء التحالف», «الدول الأعضاء في التحالف»)."""
    if skip and doc.words[i][2][:skip] != "ل" or i == 0 \
            or not _alliance(doc.words[i][2][skip:]):
        return False
    words = doc.words
    k = i - 1
    if words[k][2] == _IN and k > 0:
        k -= 1  # «الأعضاء في التحالف»
    return words[k][2] in _MEMBER_FORMS and all(joined(doc, j) for j in range(k, i))
