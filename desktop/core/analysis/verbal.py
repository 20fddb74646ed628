"""A group's noun that is also a verbal noun: «التنظيم» is the organisation (ISIS) and
organising. In a list of verbal nouns it is the act — «قدرة داعش على التخطيط والتنظيم
وتنفيذ الهجمات» (planning, organising and carrying out) — not a nominal mention of the
group (GUIDELINES.md, ACTOR: a mention names the actor). So a match whose word has a
verbal noun's form (``verbal_noun``: تفعيل، استفعال، افتعال، انفعال — «التنظيم», «التحالف»
is not one) is not proposed when it is joined by «و» to another verbal noun, the one
right before it or the one right after it (``in_verbal_list``). A group's noun beside
another noun («التنظيم والحكومة») is left as it was.
"""

from __future__ import annotations

import re

from desktop.core.analysis.context import joined
from desktop.core.analysis.forms import ARTICLE
from desktop.core.analysis.names import DocumentIndex
from desktop.core.folding import fold_string

__all__ = ["in_verbal_list", "verbal_noun"]

# the forms تفعيل، استفعال، افتعال، انفعال, folded (their hamza is bare)
_FORMS = re.compile(r"(?:ت\w\wي\w|است\w\wا\w|ا\wت\wا\w|ان\w\wا\w)")
_AND = fold_string("و")


def verbal_noun(word: str) -> bool:
    """Whether a folded word (its article in or not) has a verbal noun's form."""
    if word.startswith(ARTICLE) and len(word) > 4:
        word = word[2:]
    return _FORMS.fullmatch(word) is not None


def in_verbal_list(doc: DocumentIndex, i: int, skip: int) -> bool:
    """Whether the one-word match at word ``i`` (``skip`` letters of a proclitic in) is
    a verbal noun in a list of verbal nouns joined by «و» (module doc)."""
    words = doc.words
    word = words[i][2]
    if not verbal_noun(word[skip:]):
        return False
    if skip and word[:skip].startswith(_AND) and i > 0 and joined(doc, i - 1):
        before = words[i - 1][2]
        if verbal_noun(before[1:] if before.startswith(_AND) else before):
            return True  # «التخطيط والتنظيم»
    if i + 1 < len(words) and joined(doc, i):
        after = words[i + 1][2]
        if after.startswith(_AND) and verbal_noun(after[1:]):
            return True  # «والتنظيم وتنفيذ»
    return False
