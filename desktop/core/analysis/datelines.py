"""Wire datelines: a city or state that opens a line and is followed by the agency in
parentheses («بغداد (د ب ا )», «القاهرة (رويترز) -») or by a dash before the paragraph
(«بغداد - أعلنت وزارة …») says where the report was filed, not who acts (GUIDELINES.md,
ACTOR: a state or city is an actor when it is used for its government). A colon
dateline («بغداد: تعهدت …») is ``context.in_dateline``'s.

The parenthesis of such a dateline is the agency, not another name of the city
(``apposition`` leaves it alone: «د ب ا» is not Iraq).
"""

from __future__ import annotations

import re

from desktop.core.analysis.names import DocumentIndex, Name

__all__ = ["DASH_MIN_WORDS", "agency_dateline", "wire_dateline"]

# the agency's parenthesis, then the line's end, a dash or a colon
_AGENCY = re.compile(r"[ \t\u00a0]*\([^()\n\d]{1,30}\)[ \t\u00a0]*(?:[-\u2013\u2014:]|\n|$)")
# a dash, then a paragraph: a headline «العراق - تركيا» is no dateline
_DASH = re.compile(r"[ \t\u00a0]+[-\u2013\u2014][ \t\u00a0]+")
DASH_MIN_WORDS = 12
_TYPES = frozenset({"state", "government", "media"})


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def agency_dateline(doc: DocumentIndex, start: int, end: int) -> bool:
    """Whether the folded ``[start, end)`` opens its line and the agency's parenthesis
    follows it («بغداد (د ب ا )»)."""
    text = doc.folded.text
    return _opens_line(text, start) and _AGENCY.match(text, end) is not None


def wire_dateline(doc: DocumentIndex, i: int, last: int, skip: int, name: Name) -> bool:
    """Whether the match of ``name`` on words ``i``..``last`` (no proclitic) is a wire
    dateline: the agency's parenthesis after it, or a dash and a paragraph."""
    if name.type not in _TYPES or skip:
        return False
    text = doc.folded.text
    start, end = doc.words[i][0], doc.words[last][1]
    if not _opens_line(text, start):
        return False
    if _AGENCY.match(text, end):
        return True
    m = _DASH.match(text, end)
    if m is None:
        return False
    line_end = text.find("\n", m.end())
    return len(text[m.end():line_end if line_end >= 0 else len(text)].split()) >= DASH_MIN_WORDS
