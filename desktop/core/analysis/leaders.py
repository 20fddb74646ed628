"""A group inside a leader's description is no mention of the group: «زعيم تنظيم داعش في
العراق», «القيادي الأول لتنظيم داعش في العراق», «القيادي الأكبر لداعش في العراق» name one
person (GUIDELINES.md, ACTOR: descriptions are mentions; the longest phrase that names the
actor; no nested spans). A singular leader's noun (``LEADERS``) governing the group's
name — right before it or its group noun, one adjective between or not («الأول»), the
group with «ل» or without — and «في» after it (the leader *of the group in a place*) is
that person's description, so the group is not proposed there; so it is with one
indefinite noun between the leader's noun and the group it governs («قائد عمليات داعش
في العراق», «مسؤول إعلام تنظيم داعش في الرقة»: the leader of the group's operations). A group's members or
leaders counted («قادة التنظيم», «عناصر داعش») are the group's and stay out of this: the
nouns are singular, and without «في» after («زعيم تنظيم داعش أبو بكر البغدادي», a name
follows) the phrase is left as it was.
"""

from __future__ import annotations

from desktop.core.analysis.context import head_before, joined
from desktop.core.analysis.forms import adjective_like, definite
from desktop.core.analysis.names import DocumentIndex
from desktop.core.folding import fold_string

__all__ = ["LEADERS", "in_leader"]

LEADERS = frozenset(fold_string(w) for w in (
    "زعيم", "الزعيم", "قائد", "القائد", "القيادي", "أمير", "الأمير", "والي", "مسؤول",
    "المسؤول", "نائب", "مؤسس", "خليفة"))
_IN = fold_string("في")
MIN_NOUN = 3


def _governed(word: str, skip: int) -> bool:
    """Whether a folded word may stand between a leader's noun and the group it governs:
    an indefinite noun in the construct (the group then has no «ل» of its own: «قائد
    عمليات داعش», «مسؤول إعلام تنظيم داعش»)."""
    return not skip and not definite(word) and len(word) >= MIN_NOUN and word.isalpha()


def in_leader(doc: DocumentIndex, i: int, skip: int, last: int) -> bool:
    """Whether the group's match at words ``i``..``last`` (``skip`` letters of a
    proclitic in) is inside a leader's description (module doc)."""
    words = doc.words
    if last + 1 >= len(words) or words[last + 1][2] != _IN or not joined(doc, last):
        return False
    k = i - 1
    if not skip and head_before(doc, i) is not None:
        k -= 1  # «تنظيم» of «زعيم تنظيم داعش»
    if k >= 1 and adjective_like(words[k][2]) and joined(doc, k):
        k -= 1  # «الأول» of «القيادي الأول لتنظيم داعش»
    elif k >= 1 and words[k][2] not in LEADERS and words[k - 1][2] in LEADERS \
            and _governed(words[k][2], skip):
        k -= 1  # «عمليات» of «قائد عمليات داعش في العراق»
    return k >= 0 and words[k][2] in LEADERS and all(joined(doc, j) for j in range(k, i))
