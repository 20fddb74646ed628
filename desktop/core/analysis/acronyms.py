"""An organisation's acronym: Arabic news forms one from the first letters of its name's
words and writes it as a word, often with no mark that it is one — «قسد» for «قوات سوريا
الديمقراطية», «واع» for «وكالة الأنباء العراقية», «هتش» for «هيئة تحرير الشام»
(GUIDELINES.md, ACTOR: one canonical name for all variants). So a tagged actor whose name
has three words or more is also looked for by its initials (``acronym``): each word's
first letter once the article and a proclitic before it are off («والشام» -> ش), the
particles between the words skipped («في», «ضد», «من»…), as news skips them («داعش» of
«الدولة الإسلامية في العراق والشام»).

Only for organisations, groups, forces and the like — a person is named, not spelled,
and a state's initials are a common word («الولايات المتحدة الأميركية» -> «وما»); never
when the initials make one of the short function words (``COMMON``); three letters at
least. The found acronym is a name like any other: the rules of its surroundings apply
(a type's noun joins it, «قوات قسد»; a place is not an actor).
"""

from __future__ import annotations

from desktop.core.analysis.forms import ARTICLE
from desktop.core.folding import fold_string

__all__ = ["COMMON", "MIN_WORDS", "NO_ACRONYM_TYPES", "acronym"]

MIN_WORDS = 3
NO_ACRONYM_TYPES = frozenset({"person", "state", "government"})
PARTICLES = frozenset(fold_string(w) for w in (
    "في", "ضد", "من", "عن", "على", "إلى", "و", "أو", "بين", "لدى", "مع"))
# the short words a name's initials must not be: pronouns, particles, demonstratives
COMMON = frozenset(fold_string(w) for w in (
    "وما", "ولا", "ومن", "وفي", "فلا", "فما", "كما", "لما", "أما", "إلا", "أنا", "هما",
    "هذا", "هذه", "ذلك", "عند", "منذ", "بعد", "قبل", "لكن", "مما", "عما", "أمس", "إذا",
    "إذ", "لقد", "قد", "لم", "لن", "ثم", "كل", "غير", "عبر", "حتى", "أي", "أين", "متى",
    "كيف", "ماذا", "لماذا", "نحن", "هم", "هي", "هو", "انت", "كان", "كانت", "يكون", "بين",
    "ضمن", "عدة", "عام", "يوم", "مع", "لدى", "إلى", "على", "عن", "من", "في", "بل", "لا",
    "ما", "ان", "أن", "إن", "التي", "الذي"))


def _initial(word: str) -> str:
    if word.startswith("و" + ARTICLE) and len(word) > 4:
        word = word[1:]  # «والشام»
    if word.startswith(ARTICLE) and len(word) > 3:
        word = word[2:]
    return word[0]


def acronym(name: str, type_: str) -> str | None:
    """The folded initials of ``name`` (module doc), or None when it has none to look
    for."""
    if type_ in NO_ACRONYM_TYPES:
        return None
    words = [w for w in fold_string(name).split() if w not in PARTICLES]
    if len(words) < MIN_WORDS or not all(w.isalpha() for w in words):
        return None
    letters = "".join(_initial(w) for w in words)
    if letters in COMMON:
        return None
    return letters
