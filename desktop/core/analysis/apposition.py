"""An actor's other names given by the text itself, next to one of its mentions
(GUIDELINES.md, ACTOR: one canonical name for all variants):

* in parentheses right after it: «قوات سوريا الديمقراطية (قسد)», «تنظيم الدولة الإسلامية
  (داعش)» — one to four words, no digits; not the agency after a dateline's city
  («بغداد (د ب ا )»: ``datelines``);
* in quotation marks or guillemets right after it, as news gives an acronym: «قوات سورية
  الديمقراطية «قسد»», «تنظيم الدولة الإسلامية "داعش"» — one or two words, the first
  without the article (a quoted definite word after a name is more often what it said
  or did, «أعلنت الوزارة "الانتصار"»), no digits; a page may write one curly mark on
  both sides («وكالة الأنباء العراقية “واع“»), taken when the mention is in no
  quotation (the curly marks before it on its line balanced);
* after «المعروف(ة) (اختصارا) باسم/بـ»: «جيش المهدي، المعروف باسم التيار المسلح» — up to
  four words, to the next punctuation;
* before a parenthesis that says it is the actor's name: «عملية العزم الصلب (الاسم الرسمي
  للتحالف)» — the words before the parenthesis, back to a punctuation mark or to a word
  with a proclitic («لعملية»: the clitic out), four at most;
* a person's title after «بصفته» / «بوصفه» right after his mention: «ترؤس الكاظمي بصفته
  القائد العام للقوات المسلحة اجتماعا» — the definite words that follow (with the
  article, or ل + ال), two to five, to the first that is not («اجتماعا»); a title, so not
  proposed before an adjective that is not its own (``propagation``).

Each is then looked for in the whole document like the actor's other names, with its
canonical name and type (``propagation``). And what stands right before such an alias
of the actor, in its marks, is the actor too when it is the end of one of its names
(``before_alias``): «الدولة الإسلامية» of «من سيطرة الدولة الإسلامية "داعش"» after «تنظيم
الدولة الإسلامية» — a form the name without its head is not looked for by alone («الدولة»
is too often another word).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from desktop.core.analysis.datelines import agency_dateline
from desktop.core.analysis.names import DocumentIndex, Name, name_of
from desktop.core.folding import fold_string

__all__ = ["appositions", "before_alias", "tails_of"]

MAX_WORDS = 4
_PAREN_AFTER = re.compile(r"[ \t\u00a0]*\(([^()\n\d]{2,60})\)")
_QUOTED_AFTER = re.compile(
    r"[ \t\u00a0]*(?:«([^«»\n\d]{2,30})»|\"([^\"\n\d]{2,30})\"|“([^“”\n\d]{2,30})”"
    r"|“([^“”\n\d]{2,30})“|”([^“”\n\d]{2,30})”)")  # the last two: one mark used twice
QUOTED_WORDS = 2
_OPENING = frozenset("(«\"“")
_KNOWN_AS = re.compile(
    r"[ \t\u00a0]*[،,]?[ \t\u00a0]*(?:" + "|".join(fold_string(w) for w in (
        "المعروف", "المعروفة", "المعروفين", "المعروفون", "والمعروف", "والمعروفة"))
    + r")(?:[ \t\u00a0]+" + fold_string("اختصارا") + r")?[ \t\u00a0]+(?:"
    + fold_string("باسم") + r"[ \t\u00a0]+|" + fold_string("ب") + r")([^\n.,،:;؛()\"«»]+)")
_NAME_OF = re.compile(
    r"\([ \t\u00a0]*(?:ال)?(?:" + "|".join(fold_string(w) for w in ("اسم", "تسمية"))
    + r")(?:[ \t\u00a0]+\w+)?[ \t\u00a0]+ل?$")


_AS = re.compile(
    r"[ \t\u00a0]*[،,]?[ \t\u00a0]*(?:" + "|".join(fold_string(w) for w in (
        "بصفته", "بصفتها", "بوصفه", "بوصفها")) + r")[ \t\u00a0]+")
TITLE_WORDS = (2, 5)


def _title_after(doc: DocumentIndex, at: int) -> str | None:
    """The definite words from folded offset ``at`` (a title: «القائد العام للقوات
    المسلحة»), to the first word that is not definite or not on the same phrase."""
    words, text = doc.words, doc.folded.text
    k = bisect_right([w[0] for w in words], at - 1)
    if k >= len(words) or words[k][0] != at:
        return None
    last = k - 1
    while last + 1 < len(words) and last + 1 - k < TITLE_WORDS[1]:
        word = words[last + 1][2]
        if not (word.startswith(("ال", "لل")) and len(word) > 3):
            break
        between = text[words[last][1]:words[last + 1][0]]
        if last >= k and (not between.isspace() or "\n" in between):
            break
        last += 1
    if last - k + 1 < TITLE_WORDS[0]:
        return None
    return _words(doc, words[k][0], words[last][1], TITLE_WORDS[1])


def _words(doc: DocumentIndex, start: int, end: int, limit: int = MAX_WORDS) -> str | None:
    """The canonical text of the folded ``[start, end)`` when it is 1..``limit`` words."""
    part = doc.folded.text[start:end].strip()
    n = len(part.split())
    if not part or n > limit:
        return None
    lead = len(doc.folded.text[start:end]) - len(doc.folded.text[start:end].lstrip())
    a, b = doc.folded.to_canonical(start + lead, start + lead + len(part))
    return doc.text[a:b]


def _before_paren(doc: DocumentIndex, paren: int) -> str | None:
    """The name right before the parenthesis at folded offset ``paren``: back to a
    punctuation mark or a line's start, or to a word with the proclitic ل or ب (the
    clitic out); None when four words go by without either."""
    words, text = doc.words, doc.folded.text
    k = bisect_right([w[1] for w in words], paren) - 1
    if k < 0 or text[words[k][1]:paren].strip():
        return None
    first = k
    while True:
        word = words[first][2]
        if word[0] in "لب" and len(word) > 3 and not word.startswith(("ال", "لل")) \
                or word.startswith("لل") and len(word) > 4:
            # «لعملية» -> «عملية»; «للتحالف» -> «لتحالف», as names are (ل + ال)
            if first == k:
                return None  # one word with a clitic: too little to tell a name by
            return _words(doc, words[first][0] + 1, words[k][1])
        gap = text[words[first - 1][1]:words[first][0]] if first else "\n"
        if not gap.isspace() or "\n" in gap:
            return _words(doc, words[first][0], words[k][1])
        if k - first + 1 >= MAX_WORDS:
            return None
        first -= 1


def _opens(text: str, start: int, m: re.Match) -> bool:
    """Whether the marks of ``m`` open after the mention at ``start`` instead of closing
    a quotation it is in: straight quotes are paired in the paragraph, so an even number
    of them before the mention (and none right before it)."""
    line = text.rfind("\n", 0, start) + 1
    if m.group(2) is not None:
        return text.count('"', line, start) % 2 == 0
    if m.group(4) is not None or m.group(5) is not None:
        # a page that writes one curly mark on both sides («“واع“»): the mention is in
        # no quotation when the curly marks before it on the line are balanced
        return text.count("“", line, start) == text.count("”", line, start)
    return True


def _quoted(doc: DocumentIndex, m: re.Match) -> str | None:
    """The alias in the marks of ``m`` (``_QUOTED_AFTER``): one or two words, the first
    without the article."""
    group = next(g for g in (1, 2, 3, 4, 5) if m.group(g) is not None)
    words = m.group(group).split()
    if not words or len(words) > QUOTED_WORDS or words[0].startswith("ال"):
        return None
    return _words(doc, m.start(group), m.end(group), QUOTED_WORDS)


def tails_of(names: Iterable[Name]) -> dict[str, list[Name]]:
    """By canonical name, the tails of the actors' names of three words or more that
    begin with a definite word («الدولة الإسلامية» of «تنظيم الدولة الإسلامية»), longest
    first."""
    out: dict[str, list[Name]] = {}
    for n in names:
        for k in range(1, len(n.tokens) - 1):
            if n.tokens[k].startswith("ال") and len(n.tokens[k]) > 3:
                tail = Name(n.tokens[k:], n.gaps[k:], n.canonical, n.type, n.source)
                if tail not in out.setdefault(n.canonical, []):
                    out[n.canonical].append(tail)
    for group in out.values():
        group.sort(key=lambda t: -len(t.tokens))
    return out


def before_alias(doc: DocumentIndex, i: int, skip: int, tails: Iterable[Name]) -> Name | None:
    """The tail of one of the actor's names (``tails``: two words or more, the first
    definite) that ends right before the alias matched at word ``i``, an opening mark
    between («الدولة الإسلامية "داعش"»), as a Name whose match ends at word ``i - 1``."""
    words, text = doc.words, doc.folded.text
    if skip or i == 0:
        return None
    between = text[words[i - 1][1]:words[i][0]]
    if "\n" in between or not any(ch in _OPENING for ch in between) \
            or between.strip() not in _OPENING:
        return None
    for tail in tails:
        n = len(tail.tokens)
        if i - n >= 0 and doc.match(i - n, tail, 0) is not None \
                and doc.words[i - n][2] == tail.tokens[0]:
            return tail
    return None


def appositions(doc: DocumentIndex, found: Iterable[tuple[int, int]], canonical_name: str,
                type_: str) -> list[Name]:
    """The other names next to the folded ``[start, end)`` mentions ``found`` of one
    actor, as Names with its canonical name and type."""
    text = doc.folded.text
    out: list[Name] = []
    for start, end in found:
        names = []
        m = _PAREN_AFTER.match(text, end)
        if m and not _NAME_OF.search("(" + m.group(1)) and not agency_dateline(doc, start, end):
            names.append(_words(doc, m.start(1), m.end(1)))
        m = _QUOTED_AFTER.match(text, end)
        if m and _opens(text, start, m) and (alias := _quoted(doc, m)) is not None:
            names.append(alias)
        m = _KNOWN_AS.match(text, end)
        if m:
            names.append(_words(doc, m.start(1), m.end(1)))
        paren = text.rfind("(", max(0, start - 40), start)
        if paren >= 0 and (m := _NAME_OF.match(text, paren, start)) and m.end() == start:
            names.append(_before_paren(doc, paren))
        kinds = [""] * len(names)
        if type_ == "person" and (m := _AS.match(text, end)):
            names.append(_title_after(doc, m.end()))
            kinds.append("title")
        for surface, kind in zip(names, kinds, strict=True):
            if surface and not any(ch.isdigit() for ch in surface):
                name = name_of(surface, canonical_name, type_, "mention", kind)
                if name is not None and name not in out:
                    out.append(name)
    return out
