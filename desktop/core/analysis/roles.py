"""What a state is in its clause, where a word before it decides (rule 6's exceptions).

* **The subject of a verb of leaving.** A state right after a word of going or leaving is
  the place gone to or left («مغادرة العراق», «غادر العراق»: a verbal noun's or a
  transitive verb's object). But after an intransitive verb in the past or present
  tense — one that takes no object: «انسحب», «عاد», «توجه», «سافر», «فر», «خرج» — the
  state right after it is its subject, an actor: «وانسحبت الولايات المتحدة من العراق»
  (verb-first, as Arabic news writes). Where «من»/«إلى» comes between («انسحبت من
  العراق»), the state is still the place (``context``).
* **A topic.** A state after «بشأن», «حول» or «إزاء» is what is talked about, not who
  acts: «محادثات للسلام بشأن سوريا», «خلافات حول إيران» (and «حول» is also «around»,
  a place) — not proposed.

Both read one word before the match; neither needs more than a set look-up.
"""

from __future__ import annotations

from desktop.core.folding import fold_string

__all__ = ["INTRANSITIVE", "TOPIC_BEFORE", "intransitive_verb", "topic_word"]

INTRANSITIVE = frozenset(fold_string(w) for w in (
    "انسحب", "انسحبت", "ينسحب", "تنسحب", "عاد", "عادت", "يعود", "تعود", "توجه",
    "توجهت", "يتوجه", "تتوجه", "سافر", "سافرت", "يسافر", "فر", "فرت", "يفر", "خرج",
    "خرجت", "يخرج", "تخرج", "رحل", "رحلت", "يرحل"))
TOPIC_BEFORE = frozenset(fold_string(w) for w in ("بشأن", "حول", "إزاء"))
_PREFIXES = ("", "و", "ف")
_VERB_FORMS = frozenset(p + w for w in INTRANSITIVE for p in _PREFIXES)
_TOPIC_FORMS = frozenset(p + w for w in TOPIC_BEFORE for p in _PREFIXES)


def intransitive_verb(word: str) -> bool:
    """A folded word that is an intransitive verb of leaving in a finite tense, with «و»
    or «ف» before it or none: the state after it is its subject."""
    return word in _VERB_FORMS


def topic_word(word: str) -> bool:
    """A folded word after which a state is a topic («بشأن», «وحول»)."""
    return word in _TOPIC_FORMS
