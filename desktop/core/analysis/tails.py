"""A name's distinctive tail: an armed group or a force named «قوات» + a proper noun +
adjectives is called by that rest alone («قوات سوريا الديمقراطية» -> «سوريا
الديمقراطية»: «عناصر سوريا الديمقراطية», «قوات "سوريا الديمقراطية"»), as news shortens it.
The rest must begin with a word without the article (a proper noun: «سوريا») and end with
a definite adjective that names («الديمقراطية»), so that it is a name of its own: not
«الحشد الشعبي» of «قوات الحشد الشعبي» (a definite noun: looked for otherwise), not «حرس
الحدود» (no adjective).

The tail is someone else's name after a noun that makes a body of its own of it:
«مجلس سوريا الديمقراطية» is the SDF's political council, «جيش سوريا الحرة» another
group — after such a noun the tail is not proposed (``after_body``).
"""

from __future__ import annotations

from desktop.core.analysis.context import joined
from desktop.core.analysis.forms import adjective_like, definite
from desktop.core.analysis.names import PROCLITICS, DocumentIndex
from desktop.core.folding import fold_string

__all__ = ["NAMING_BODIES", "TAIL", "TAIL_TYPES", "after_body", "tail_of"]

TAIL = "tail"  # the Name kind of a name's tail
TAIL_TYPES = frozenset({"armed_group", "military"})
_FORCES = fold_string("قوات")
MIN_PROPER = 3  # letters of the tail's first word
# nouns that make a body of their own of the name after them
NAMING_BODIES = frozenset(fold_string(w) for w in (
    "مجلس", "حزب", "حركة", "جبهة", "ائتلاف", "هيئة", "إدارة", "جيش", "لواء", "تحالف",
    "مؤتمر", "منظمة", "اتحاد", "جمعية", "رابطة", "مكتب", "وحدات", "تيار", "كتائب"))
_FORMS = frozenset(p + b for b in NAMING_BODIES for p in ("", *PROCLITICS))


def tail_of(text: str, type_: str) -> str | None:
    """The tail of a mention or canonical name («سوريا الديمقراطية»), or None."""
    if type_ not in TAIL_TYPES:
        return None
    words = text.split()
    folded = [fold_string(w) for w in words]
    if len(words) < 3 or folded[0] != _FORCES or definite(folded[1]) \
            or len(folded[1]) < MIN_PROPER or not all(adjective_like(w) for w in folded[2:]):
        return None
    return " ".join(words[1:])


def after_body(doc: DocumentIndex, i: int, skip: int) -> bool:
    """Whether the tail matched from word ``i`` follows a noun that makes it another
    body's name («مجلس سوريا الديمقراطية»)."""
    return not skip and i > 0 and joined(doc, i - 1) and doc.words[i - 1][2] in _FORMS
