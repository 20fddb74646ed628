"""Nominal mentions of a tagged actor: its head noun used again (GUIDELINES.md, ACTOR:
"descriptions" are mentions, «التنظيم» is a mention of تنظيم الدولة الإسلامية).

News names an actor once in full and then by its head noun. Once «تنظيم داعش», «القوات
الأمريكية» or «التحالف الدولي» is tagged, these are proposed for it, with its canonical
name and type, after its first mention in the document:

* the head in definite form: «التنظيم», «القوات», «التحالف» (a proclitic outside:
  «وللتنظيم» -> «لتنظيم», as names are);
* with a demonstrative before it: «هذا التنظيم», «تلك القوات» (the demonstrative in);
* the head followed by words of the actor's own mentions: «الفصائل المسلحة» after «الفصائل
  العراقية المسلحة الموالية لإيران», «قوات النظام» after «قوات النظام السوري», and so the
  indefinite head too, when at least one such word follows: «تحالف دولي» after «التحالف
  الدولي» (an adjective is compared without its article and its feminine ending).

An actor's head nouns are the first word (without its article) of each of its tagged
mentions of two words or more and of its canonical name (so «داعش» with canonical
«تنظيم الدولة الإسلامية» has the head «تنظيم»). Persons are left out: a title («الرئيس»,
«وزير الخارجية») is too often someone else's.

Compatible modifiers only (the precision rule of deterministic coreference sieves, Lee et
al. 2013): a definite word right after the phrase that is not the actor's («القوات
الأميركية» after «قوات سوريا الديمقراطية») makes it another description, not proposed.
Ambiguity: when two tagged actors of the document fit the phrase (two «قوات…»:
«القوات» could be either), the phrase goes to the one named in its paragraph before it
or in the paragraph before that, if only one is (a definite description points back to
what was just said), and with a demonstrative to the one of those named last; a phrase
with a demonstrative («هذه القوات») that no actor with that head of its own fits so may
point at another actor of the type named there (its type's noun: the coalition's
forces); otherwise nothing is proposed. Never inside a longer word (the
matcher is word by word), never over a tagged ACTOR (``propose``).

A state's government by its nisba adjective («الحكومة العراقية» for «العراق») is here too:
the government nouns are the state's heads, each to be followed by that adjective.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.forms import DESCRIPTORS, adjective_like, nisba
from desktop.core.analysis.names import DocumentIndex, Name
from desktop.core.folding import fold_string
from desktop.core.model import Span

__all__ = ["KIND_HEADS", "Actor", "actors_of", "anaphors", "key", "nisba"]

ARTICLE = fold_string("ال")
DEMONSTRATIVES = frozenset(fold_string(w) for w in (
    "هذا", "هذه", "ذلك", "تلك", "ذاك", "هذان", "هاتان", "هذين", "هاتين", "هؤلاء", "أولئك"))
# relative pronouns begin with the article's letters but modify nothing
RELATIVES = frozenset(fold_string(w) for w in (
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
    "اللائي"))
NO_HEAD_TYPES = frozenset({"person"})
# a state's government named by the state's nisba adjective: «الحكومة العراقية» is Iraq's
# (GUIDELINES.md: a government is tagged like its state; «السلطات السورية», «الإدارة
# الأمريكية» if «أمريكا» is tagged); only with that adjective, never the bare noun
STATE_TYPES = frozenset({"state", "government"})
GOVERNMENT_HEADS = ("حكومه", "سلطات", "اداره")
# the nouns any actor of a type may be called by («هذه العصابات», «العصابات الإرهابية»
# for an armed group named «داعش»; «الجيش السوري» for «قوات النظام السوري»): used for a
# head no tagged actor has of its own, and then only with a demonstrative before it or one
# of the actor's own words (or a descriptor: «الإرهابية», «المسلحة») after it
KIND_HEADS = {
    "armed_group": tuple(fold_string(w) for w in (
        "عصابات", "عصابة", "مليشيا", "ميليشيا", "مليشيات", "ميليشيات", "جماعة", "تنظيم",
        "فصيل")),
    "military": tuple(fold_string(w) for w in ("قوات", "جيش")),
}


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A folded word as compared here: without its article and its feminine ending
    («الدولية» and «دولي» are one, «القوات» and «قوات»)."""
    if word.startswith(ARTICLE) and len(word) > 3 and word not in RELATIVES:
        word = word[2:]
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    return word


def _definite(word: str) -> bool:
    return word.startswith(ARTICLE) and len(word) > 3 and word not in RELATIVES


@dataclass(slots=True)
class Actor:
    """What a tagged actor's nominal mentions are recognised by."""

    canonical: str
    type: str = ""
    heads: set[str] = field(default_factory=set)  # keys of its head nouns
    words: set[str] = field(default_factory=set)  # keys of every word of its mentions
    first: int = -1  # where it is first mentioned (a canonical offset; -1: not known)
    longest: int = 1  # the words of its longest mention
    required: dict[str, set[str]] = field(default_factory=dict)  # head -> a word to follow
    one_word: set[str] = field(default_factory=set)  # its names of one word (folded)
    kinds: set[str] = field(default_factory=set)  # keys of its type's nouns (KIND_HEADS)

    @property
    def attrs(self) -> dict[str, str]:
        return {"canonical": self.canonical} | ({"type": self.type} if self.type else {})

    def add(self, text: str, before: str = "") -> None:
        """Take in a mention (``before``: the letter before it in the text, to read
        «لحكومة» of «للحكومة» as «الحكومة»)."""
        words = fold_string(text).split()
        words = [w for w in (_letters(w) for w in words) if w]
        if words and before == "ل" and words[0].startswith("ل") and not _definite(words[0]):
            words[0] = "ا" + words[0]
        if words and words[0] in DEMONSTRATIVES:
            words = words[1:]
        if len(words) == 1:
            self.one_word.add(words[0])
        self.words.update(key(w) for w in words)
        self.longest = max(self.longest, len(words))
        if self.type in NO_HEAD_TYPES or not words:
            return
        if len(words) >= 2 or _definite(words[0]):
            self.heads.add(key(words[0]))


    def add_nisba(self) -> None:
        """A state's (or its government's) one-word names give the government heads,
        each to be followed by the state's nisba adjective («العراق» -> «العراقية»)."""
        if self.type not in STATE_TYPES:
            return
        adjectives = {nisba(w) for w in self.one_word if len(w) >= 3}
        if not adjectives:
            return
        self.words |= adjectives
        for h in map(key, GOVERNMENT_HEADS):
            if h not in self.heads:  # a head of its own mentions needs no adjective
                self.heads.add(h)
                self.required[h] = adjectives
        self.longest = max(self.longest, 2)

    def add_kinds(self) -> None:
        """Its type's nouns (``KIND_HEADS``), and the generic descriptors among its
        words."""
        nouns = KIND_HEADS.get(self.type)
        if nouns:
            self.kinds = {key(w) for w in nouns} - self.heads
            self.words |= {key(w) for w in DESCRIPTORS}
            self.longest = max(self.longest, 2)


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalnum())


def actors_of(spans: Iterable[Span], text: str = "") -> dict[str, Actor]:
    """The document's tagged actors by canonical name (pronoun mentions left out);
    ``text``, the document's, reads a mention tagged in «لل» right."""
    out: dict[str, Actor] = {}
    for s in spans:
        if s.label != "ACTOR" or s.attrs.get("mention") == "pronoun":
            continue
        canon = canonical_of(s)
        actor = out.get(canon)
        if actor is None:
            actor = out[canon] = Actor(canon, str(s.attrs.get("type") or ""))
            actor.add(canon)
        elif not actor.type and s.attrs.get("type"):
            actor.type = str(s.attrs["type"])
        actor.add(s.text, fold_string(text[s.start - 1]) if 0 < s.start <= len(text) else "")
        if actor.first < 0 or s.start < actor.first:
            actor.first = s.start
    for actor in out.values():
        actor.add_nisba()
        actor.add_kinds()
    return out


def _joined(doc: DocumentIndex, a: int, b: int) -> bool:
    """Words ``a`` and ``b`` (= a + 1) follow each other with white space only, on one line."""
    between = doc.folded.text[doc.words[a][1]:doc.words[b][0]]
    return between.isspace() and "\n" not in between


def _extent(doc: DocumentIndex, head: int, head_key: str, actor: Actor, definite: bool,
            demonstrative: bool = False) -> int | None:
    """The last word of the phrase from the head word at ``head`` for ``actor``: the words
    of its own mentions that follow; None when an adjective that is not its own comes
    next (another description: «القوات الأميركية»; a definite noun, «الدعم», begins
    another phrase) or, for an indefinite head, when none follows."""
    n, last = len(doc.words), head
    required = actor.required.get(head_key)
    if head_key in actor.kinds:
        if not definite:
            return None  # «عصابات داعش»: the gangs stay out, the group's name is tagged
        if not demonstrative:
            required = actor.words  # a type's noun: the actor's own word after it
    if required is not None and not (head + 1 < n and _joined(doc, head, head + 1)
                                     and key(doc.words[head + 1][2]) in required):
        return None  # a government head names the state only with its nisba
    stop = min(n - 1, head + actor.longest - 1)  # no longer than its longest mention
    while last < stop and _joined(doc, last, last + 1):
        k = key(doc.words[last + 1][2])
        if k not in actor.words:
            break
        if k in actor.heads and (definite or last != head or k == head_key):
            break  # a head again begins another phrase (but «قوات التحالف» is one)
        last += 1
    if not definite and last == head:
        return None
    if last + 1 < n and _joined(doc, last, last + 1) and adjective_like(doc.words[last + 1][2]):
        return None
    return last


def _candidates(doc: DocumentIndex, head: int, reading: str, by_head: dict[str, list[Actor]],
                demonstrative: bool = False) -> list[tuple[Actor, int]]:
    definite, head_key = _definite(reading), key(reading)
    out = []
    for actor in by_head.get(head_key, ()):
        last = _extent(doc, head, head_key, actor, definite, demonstrative)
        if last is not None:
            out.append((actor, last))
    return out


def anaphors(doc: DocumentIndex, spans: Sequence[Span], sources: Iterable[Span],
             seen: dict[str, Iterable[int]] | None = None,
             find_seen: Callable[[list[Span]], dict[str, Iterable[int]]] | None = None,
             ) -> list[tuple[int, int, int, Name]]:
    """The nominal mentions of the actors of ``sources`` as ``(first word, last word,
    letters skipped, name)`` like ``NameIndex.find``'s matches (``name`` carries the
    actor's canonical name and type). Ambiguity is judged over every actor of ``spans``.
    ``seen`` gives where actors' names are found in the text (canonical offsets, untagged
    mentions included); ``find_seen`` finds them for the tagged spans of the other actors
    that matter (those that share a head noun with one looked for)."""
    actors = actors_of(spans, doc.text)
    wanted = {canonical_of(s) for s in sources if s.label == "ACTOR"
              and s.attrs.get("mention") != "pronoun"} & actors.keys()
    if not wanted:
        return []
    by_head: dict[str, list[Actor]] = {}
    for actor in actors.values():
        for h in actor.heads:
            by_head.setdefault(h, []).append(actor)
    own = set(by_head)
    by_kind: dict[str, list[Actor]] = {}  # a type's nouns that another actor has as its own
    for actor in actors.values():  # a type's nouns, where no actor has them of its own
        for h in actor.kinds - own:
            by_head.setdefault(h, []).append(actor)
        for h in actor.kinds & own:
            by_kind.setdefault(h, []).append(actor)
    heads = {h for h, group in by_head.items() if any(a.canonical in wanted for a in group)}
    words, positions = doc.words, doc.positions
    # a type's noun another actor has as its own head: looked at after a demonstrative only
    kind_heads = {h for h, group in by_kind.items()
                  if any(a.canonical in wanted for a in group)} - heads
    kind_forms = {f for h in kind_heads for f in _forms(h)}
    # (first word, letters skipped, head word, the head word's reading)
    pointed: list[tuple[int, int, int, str]] = []
    if kind_forms:
        pointed = _after_demonstratives(doc, kind_forms)
        kind_heads = {key(reading) for *_, reading in pointed}
    if not heads and not kind_heads:
        return []
    related = {a.canonical for h in heads for a in by_head[h]}
    related |= {a.canonical for h in kind_heads for a in (*by_head.get(h, ()), *by_kind[h])}
    mentioned: dict[str, list[int]] = {}  # where each actor is named, in text order
    for s in spans:
        if s.label == "ACTOR" and canonical_of(s) in related:
            mentioned.setdefault(canonical_of(s), []).append(s.start)
    seen = dict(seen or {})
    missing = related - seen.keys()
    if missing and find_seen is not None:
        seen.update(find_seen([s for s in spans if s.label == "ACTOR"
                               and canonical_of(s) in missing]))
    for canon, starts in seen.items():
        if canon in related:
            mentioned.setdefault(canon, []).extend(starts)
    for canon, starts in mentioned.items():
        starts.sort()
        actors[canon].first = starts[0]
    # the folded forms a head word may take: only their occurrences are looked at
    forms = {f for h in heads for f in _forms(h)}
    at: list[tuple[int, int, int, str]] = list(pointed)
    for form in forms:
        at.extend((i, skip, i, form) for i, skip in positions.get(form, ()))
    at.extend(_after_demonstratives(doc, forms))
    out = []
    done: set[int] = set()
    for i, skip, head, reading in sorted(at):
        if i in done:
            continue
        demonstrative = head != i
        found = _candidates(doc, head, reading, by_head, demonstrative)
        more = by_kind.get(key(reading)) if demonstrative else None
        if not found and not more:
            continue
        start = doc.folded.to_canonical(words[i][0] + skip, words[i][1])[0]
        if len(found) > 1:
            found = _nearby(doc.text, start, found, mentioned)
            if len(found) > 1 and demonstrative:
                found = _latest(start, found, mentioned)
        if not found and more:
            # «هذه القوات» and no actor with the head of its own named near: another
            # actor of the type just named, the latest if two were
            found = _nearby(doc.text, start, _candidates(
                doc, head, reading, {key(reading): more}, True), mentioned)
            if len(found) > 1:
                found = _latest(start, found, mentioned)
        if len(found) != 1:
            continue  # none, or two actors fit: ambiguity is not resolved
        actor, last = found[0]
        if actor.canonical not in wanted or actor.first < 0 or start <= actor.first:
            continue  # not one looked for, or before it is named
        done.add(i)
        tokens = tuple(w[2] for w in words[i:last + 1])
        out.append((i, last, skip, Name(tokens, (" ",) * (len(tokens) - 1),
                                        actor.canonical, actor.type)))
    return out


def _latest(start: int, found: list[tuple[Actor, int]], mentioned: dict[str, list[int]],
            ) -> list[tuple[Actor, int]]:
    """The candidate named last before ``start`` (a demonstrative points at what was just
    said), or none when two were last named at the same place."""
    def last_before(actor: Actor) -> int:
        starts = mentioned.get(actor.canonical, [])
        k = bisect_left(starts, start)
        return starts[k - 1] if k else -1

    ranked = sorted(found, key=lambda f: -last_before(f[0]))
    if last_before(ranked[0][0]) == last_before(ranked[1][0]):
        return []
    return ranked[:1]


def _forms(head: str) -> tuple[str, ...]:
    """The folded forms a head word may take (with the article, the feminine ending)."""
    return (head, ARTICLE + head, head + "ه", ARTICLE + head + "ه")


def _after_demonstratives(doc: DocumentIndex, forms: set[str],
                          ) -> list[tuple[int, int, int, str]]:
    """A demonstrative and a definite head of ``forms`` right after it, as ``(first word,
    letters skipped, head word, its reading)``."""
    words, positions, out = doc.words, doc.positions, []
    for dem in DEMONSTRATIVES:
        out.extend((i, skip, i + 1, words[i + 1][2]) for i, skip in positions.get(dem, ())
                   if i + 1 < len(words) and words[i + 1][2] in forms
                   and _definite(words[i + 1][2]) and _joined(doc, i, i + 1))
    return out


def _nearby(text: str, start: int, found: list[tuple[Actor, int]],
            mentioned: dict[str, list[int]]) -> list[tuple[Actor, int]]:
    """The candidates named in the anaphor's paragraph before it or in the paragraph
    before that (a definite description points back to what was just said)."""
    line = text.rfind("\n", 0, start) + 1
    j = line - 1
    while j > 0 and text[j - 1] == "\n":
        j -= 1  # over the blank lines between paragraphs
    window = text.rfind("\n", 0, j) + 1 if j > 0 else 0
    out = []
    for actor, last in found:
        starts = mentioned.get(actor.canonical, [])
        k = bisect_left(starts, window)
        if k < len(starts) and starts[k] < start:
            out.append((actor, last))
    return out
