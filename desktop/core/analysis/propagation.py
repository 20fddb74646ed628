"""Mention propagation: once an ACTOR is tagged, propose its other mentions.

Matching is on the folded text (DESIGN §2: harakat, tatweel and bidi marks do not
matter, hamza seats and ta marbuta are one), word by word, with the guidelines' clitic
rule (GUIDELINES.md, ACTOR): the proclitics و ف ب ل ك before a name are left outside the
span, the article ال is part of the word and stays in:

    «وداعش» -> «داعش»    «لداعش» -> «داعش»    «وبغداد» -> «بغداد»    «والعراق» -> «العراق»
    «للتحالف الدولي» -> «لتحالف الدولي» (ل + ال written لل: the article's ل stays in)

A name is never found inside a longer word («العراقية» is not «العراق», «الداعشي» not
«داعش»), its words must follow each other with only spaces between them (no line break,
no punctuation the name does not have), and nothing that overlaps an ACTOR span is
proposed. A proposal copies the canonical name and the type of the mention it comes from.

A tagged actor is also proposed by its nominal mentions, its head noun again («التنظيم»,
«تلك القوات»: ``anaphora``), a state by its capital and its other forms («بغداد»:
``states``), a mention by its shorter forms and a person by his title («داعش» of «تنظيم
داعش الإرهابي», «رئيس الوزراء»: ``forms``), and an actor by the other names the text gives
next to it («(قسد)»: ``apposition``); what surrounds a match (places, possessors, a title
or purpose phrase joining it) is ``context``.

The matcher itself (``DocumentIndex``, ``Name``, ``NameIndex``) is ``names``; the same
matcher serves a gazetteer (``gazetteer.index_of``) and the corpus-wide walk
(``propagate_corpus``): both pre-propose actors on documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from desktop.core.analysis.acronyms import acronym
from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.anaphora import anaphors
from desktop.core.analysis.apposition import appositions, before_alias, tails_of
from desktop.core.analysis.bodies import body_before
from desktop.core.analysis.context import (
    ADJECTIVE_TYPES,
    DATELINE_TYPES,
    FORCE_TYPES,
    PLACE_TYPES,
    PURPOSE,
    TYPE_HEADS,
    adjectives_after,
    extended,
    head_before,
    in_dateline,
    in_title,
    is_place,
    is_possessed,
    joined,
    purpose_object,
)
from desktop.core.analysis.datelines import wire_dateline
from desktop.core.analysis.descriptions import (
    description_end,
    description_head,
    heads_of,
    in_description,
)
from desktop.core.analysis.epithets import epithet_before
from desktop.core.analysis.families import FAMILY, as_adjective, nisba_family
from desktop.core.analysis.forms import (
    adjective_like,
    describes,
    ends_open,
    shorter_forms,
    titles,
)
from desktop.core.analysis.governments import possessed_government
from desktop.core.analysis.leaders import in_leader
from desktop.core.analysis.members import of_members
from desktop.core.analysis.names import (
    MIN_AFTER_CLITIC,
    MIN_LETTERS,
    PROCLITICS,
    DocumentIndex,
    Name,
    NameIndex,
    Proposal,
    name_of,
)
from desktop.core.analysis.namings import named_nominals
from desktop.core.analysis.nesting import (
    description_extent,
    descriptions_of,
    inside_other,
    other_matches,
)
from desktop.core.analysis.possessives import POSSESSED_TYPES, possessed_forces
from desktop.core.analysis.states import other_names
from desktop.core.analysis.tagged import Taken, bare_noun, shared_titles
from desktop.core.analysis.tagged import organisations as tagged_organisations
from desktop.core.analysis.tails import TAIL, after_body, tail_of
from desktop.core.analysis.variants import variant_matches
from desktop.core.analysis.verbal import in_verbal_list
from desktop.core.model import Span

__all__ = [
    "MIN_AFTER_CLITIC",
    "MIN_LETTERS",
    "PROCLITICS",
    "DocumentIndex",
    "Name",
    "NameIndex",
    "Proposal",
    "name_of",
    "names_from_counts",
    "mention_names",
    "names_from_spans",
    "propagate_corpus",
    "propose",
    "propose_mentions",
    "surfaces",
]


def propose(doc: DocumentIndex, names: NameIndex, spans: Sequence[Span],
            sources: Iterable[Span] = ()) -> list[Proposal]:
    """The names' matches in the document that overlap no ACTOR span, longest first where
    two overlap, in text order; a title or descriptor right before a match joins it, and a
    state or city used as a place is left out. The nominal mentions of the actors of
    ``sources`` (tagged ACTOR spans) are proposed too (``anaphora``)."""
    taken = Taken((s.start, s.end) for s in spans if s.label == "ACTOR")
    hits: list[tuple[int, int, Name]] = []
    words, n_words, to_canonical = doc.words, len(doc.words), doc.folded.to_canonical
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}  # folded bounds by actor

    def hit(i: int, last: int, skip: int, name: Name, head: int | None = None) -> None:
        f_start, f_end = words[i][0] + skip if head is None else head, words[last][1]
        hits.append((*to_canonical(f_start, f_end), name))
        found.setdefault((name.canonical, name.type), []).append((f_start, f_end))
        if last + 2 < n_words and words[last + 1][2] in PURPOSE \
                and (longer := extended(doc, last, name)) is not None:
            # «التحالف الدولي» + «لمكافحة الإرهاب»
            hits.append((*to_canonical(f_start, words[longer][1]), name))

    shared = shared_titles(spans)
    organisations = tagged_organisations(spans)
    described = heads_of(spans)
    descriptions = {n.tokens for n in descriptions_of(spans)}
    others: list[dict[int, int]] = []

    def matches() -> dict[int, int]:  # the tagged actors' (not persons') matches, once
        if not others:
            others.extend(other_matches(doc, spans, mention_names))
        return others[0]

    def covered(i: int, last: int, name: Name) -> bool:  # inside another's longer match
        matches()
        return inside_other(i, last, name.canonical, others[1])

    for i, last, skip, name in names.find(doc) + variant_matches(doc, names):
        type_ = name.type
        if name.kind == "description":
            if name.tokens not in described or (last := description_end(
                    doc, last, matches)) is None:
                continue  # two persons' head; «الرجل الثاني في» someone else's body
            hit(i, last, skip, name)
            continue
        if type_ != "person" and (in_description(doc, i, skip, described)
                                  or of_members(doc, i, skip, name)
                                  or i == last and in_verbal_list(doc, i, skip)):
            continue  # «تنظيم داعش» of «الرجل الثاني في تنظيم داعش»; «أعضاء التحالف»
        if (type_ in PLACE_TYPES and is_place(doc, i, skip, name)) \
                or (type_ != "person" and covered(i, last, name)) \
                or (type_ == "person" and is_possessed(doc, i, skip, name)) \
                or (type_ in DATELINE_TYPES and (in_dateline(doc, i, last, skip, name)
                                                 or wire_dateline(doc, i, last, skip, name))) \
                or (type_ in FORCE_TYPES and in_title(doc, i, name)) \
                or (type_ == "armed_group" and (purpose_object(doc, i, skip, organisations)
                                                or in_leader(doc, i, skip, last))):
            continue  # … «داعش» of «زعيم تنظيم داعش في العراق»
        if name.kind and last + 1 < n_words and joined(doc, last):
            after = words[last + 1][2]
            if name.kind == "short" and not ends_open(after):
                continue  # «وزارة الدفاع» before «الأميركية»
            if name.kind == "title" and adjective_like(after):
                continue  # «رئيس الوزراء السابق»
        if name.kind == "title" and name.tokens in shared \
                or name.kind == FAMILY and as_adjective(doc, i, skip) \
                or name.kind == TAIL and after_body(doc, i, skip):
            continue  # two tagged persons' title; «الجيش السوداني»
        if type_ == "person" and name.tokens in descriptions:
            last = description_extent(doc, last)  # «والي العراق في تنظيم داعش» + «الإرهابي»
        if type_ in ADJECTIVE_TYPES and (last := adjectives_after(doc, i, last, skip, name)) is None:
            continue  # «القوات الأمنية» before «السورية», tagged with «العراقية»
        hit(i, last, skip, name)
        if skip == 0 and ((head := head_before(doc, i, name.type)) is not None
                          or (head := body_before(doc, i, name.type)) is not None
                          or type_ == "person" and (head := epithet_before(doc, i)) is not None):
            # with its title first; without it where the title is taken already
            hit(i, last, skip, name, head)
    sources = list(sources)
    if sources:
        # where the actors are named, for the nominal mentions' antecedents
        seen: dict[str, set[int]] = {}
        for start, _end, name in hits:
            seen.setdefault(name.canonical, set()).add(start)

        def find_seen(others: list[Span]) -> dict[str, set[int]]:
            out: dict[str, set[int]] = {}
            for i, _last, skip, name in NameIndex(mention_names(others)).find(doc):
                if not is_place(doc, i, skip, name):
                    at = doc.folded.to_canonical(doc.words[i][0] + skip, doc.words[i][1])[0]
                    out.setdefault(name.canonical, set()).add(at)
            return out

        for i, last, skip, name in anaphors(doc, spans, sources, seen, find_seen):
            if not (is_place(doc, i, skip, name) or (i == last and in_verbal_list(doc, i, skip)) or in_dateline(doc, i, last, skip, name)
                    or wire_dateline(doc, i, last, skip, name) or of_members(doc, i, skip, name)
                    or in_title(doc, i, name) or covered(i, last, name)
                    or (name.type == "armed_group" and purpose_object(
                        doc, i, skip, organisations))):
                hit(i, last, skip, name)
                if skip == 0 and name.type in TYPE_HEADS \
                        and ((head := head_before(doc, i, name.type, titles=False)) is not None
                             or (head := body_before(doc, i, name.type)) is not None):
                    hit(i, last, skip, name, head)  # «قوات» + «التحالف»; not «ميليشيات» + …
    for (canon, type_), at in list(found.items()) if sources else ():
        if type_ in POSSESSED_TYPES:  # «قواتها» after the group's mention
            matches()
            for k, skip in possessed_forces(doc, (a for a, _ in at), others[1]):
                hit(k, k, skip, Name((words[k][2][skip:],), (), canon, type_))
        elif type_ in PLACE_TYPES:  # «حكومته» after the state or its nisba
            matches()
            for k, skip in possessed_government(doc, at, others[1]):
                hit(k, k, skip, Name((words[k][2][skip:],), (), canon, type_))
    # the actors' other names the text gives next to their mentions («… (قسد)»)
    more = [n for (canon, type_), at in found.items() for n in appositions(doc, at, canon, type_)]
    if more:
        tails = tails_of(n for group in names.by_first.values() for n in group)
        for i, last, skip, name in NameIndex(more).find(doc):
            if is_place(doc, i, skip, name) or is_possessed(doc, i, skip, name) \
                    or name.type == "armed_group" and in_leader(doc, i, skip, last):
                continue  # … «داعش» of «قائد عمليات داعش في العراق», an alias too
            if name.kind == "title" and (name.tokens in shared or last + 1 < n_words and joined(
                    doc, last) and adjective_like(words[last + 1][2])):
                continue  # «القائد العام للقوات المسلحة السابق»
            hit(i, last, skip, name)
            if skip == 0 and (head := head_before(doc, i, name.type)) is not None:
                hit(i, last, skip, name, head)  # «قوات» + «قسد»
            if not name.kind and (tail := before_alias(doc, i, skip, tails.get(
                    name.canonical, ()))) is not None:
                hit(i - len(tail.tokens), i - 1, 0, tail)  # «الدولة الإسلامية» + «"داعش"»
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[Proposal] = []
    reach = -1  # the end of the proposals so far (each begins at or before the next hit)
    for start, end, name in hits:
        if start >= reach and not taken.overlaps(start, end):
            reach = end
            out.append(Proposal(start, end, doc.text[start:end], "ACTOR", name.attrs,
                                name.source))
    return sorted(out, key=lambda p: (p.start, p.end))


def surfaces(span: Span) -> list[str]:
    """The forms a tagged mention is looked for in: its text; its canonical name (one name
    of the actor too, GUIDELINES.md); for a person, the family name (the canonical name's
    last word: news calls «مايك بومبيو» «بومبيو» after the first mention; not when the
    canonical name is a description, ``forms.describes``); the text
    without its trailing nationality adjectives or descriptors, and without a title or
    «تنظيم» before the name (``forms.shorter_forms``: «تنظيم داعش الإرهابي» -> «تنظيم
    داعش», «داعش»; a found «داعش» right after «تنظيم» takes it back in, rule 5); for a
    state or a government, its capital or its state (``states``: «العراق» -> «بغداد»)."""
    return [form for form, _kind in _surfaces(span)]


def _surfaces(span: Span) -> list[tuple[str, str]]:
    canon, type_ = canonical_of(span), str(span.attrs.get("type") or "")
    out = [] if bare_noun(span) else [(span.text, "")]  # not a headline's «قوات» itself
    if canon != span.text:
        out.append((canon, ""))
    words = canon.split()
    if span.attrs.get("type") == "person" and len(words) >= 2 and len(words[-1]) >= 3:
        if not describes(canon):
            out.append((words[-1], ""))
        elif nisba_family(span, canon):
            out.append((words[-1], FAMILY))  # «السوداني» of «محمد شياع السوداني»
    seen = {form for form, _ in out}
    if span.attrs.get("type") == "person":  # his title, once he is tagged with it
        for form in titles(span.text, canon):
            if form not in seen:
                seen.add(form)
                out.append((form, "title"))
    if span.attrs.get("type") == "person" and span.attrs.get("mention") == "nominal" \
            and (head := description_head(span.text)) is not None and head not in seen:
        seen.add(head)
        out.append((head, "description"))  # «الرجل الثاني» of «الرجل الثاني في داعش»
    for form, kind in [(f, "short") for f in shorter_forms(span.text)] + [
            (f, TAIL) for f in (tail_of(span.text, type_), tail_of(canon, type_)) if f]:
        if form not in seen:
            seen.add(form)
            out.append((form, kind))
    if span.attrs.get("type") in PLACE_TYPES:  # a state's capital, a capital's state
        for other in (*other_names(span.text), *other_names(canon)):
            if other not in seen:
                seen.add(other)
                out.append((other, ""))
    for form in dict.fromkeys((canon, span.text)):  # «قسد» of «قوات سوريا الديمقراطية»
        initials = acronym(form, str(span.attrs.get("type") or ""))
        if initials is not None and initials not in seen:
            seen.add(initials)
            out.append((initials, ""))
    return out


def mention_names(spans: Iterable[Span]) -> list[Name]:
    """The names tagged ACTOR mentions are looked for by (``surfaces``); pronouns are
    not propagated. A window merges them with a gazetteer's and the corpus's."""
    out = []
    for s in spans:
        if s.label != "ACTOR" or s.attrs.get("mention") == "pronoun":
            continue
        canon, type_ = canonical_of(s), str(s.attrs.get("type") or "")
        for surface, kind in _surfaces(s):
            name = name_of(surface, canon, type_, "mention", kind)
            if name is not None:
                out.append(name)
    return out


def propose_mentions(text: str, spans: Sequence[Span], tagged: Span | None = None, *,
                     doc: DocumentIndex | None = None) -> list[Proposal]:
    """The other mentions of ``tagged`` (every ACTOR of ``spans`` when None) in ``text``,
    none overlapping an ACTOR of ``spans``. Pronoun mentions are not propagated. ``doc``
    may carry the text's index from an earlier call (a window keeps one per document)."""
    doc = doc if doc is not None and doc.text is text else DocumentIndex(text)
    sources = [tagged] if tagged is not None else list(spans)
    names = mention_names(sources) + named_nominals(doc, sources)  # + «داعش» for «التنظيم»
    return propose(doc, NameIndex(names), spans, sources)


def names_from_counts(rows: Iterable[tuple[str, str, str, str, int]], *,
                      kinds: Sequence[str] = ("name", "")) -> tuple[NameIndex, list[str]]:
    """A NameIndex for the corpus-wide walk from a layer's ACTOR mentions counted as
    ``(text, canonical, type, mention, count)``: the mentions whose ``mention`` attribute
    is in ``kinds`` ("" for none; nominals such as «مصادر» or «الرئيس» name someone else in
    another article, so they are left out by default). A surface form read with several
    canonical names goes to the most frequent; a tie leaves it out (returned, folded, as
    ambiguous). A family name is not added here: across articles it is too often someone
    else's."""
    votes: dict[tuple, Counter] = {}
    for text, canon, type_, mention, n in rows:
        if (mention or "") not in kinds:
            continue
        name = name_of(text, canon, type_ or "")
        if name is None:
            continue
        votes.setdefault((name.tokens, name.gaps), Counter())[(canon, type_ or "")] += n
    chosen, ambiguous = [], []
    for (tokens, gaps), counter in votes.items():
        by_canon: Counter = Counter()
        for (canon, _type), n in counter.items():
            by_canon[canon] += n
        ranked = by_canon.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            ambiguous.append(" ".join(tokens))
            continue
        canon = ranked[0][0]
        type_ = max((k for k in counter if k[0] == canon), key=lambda k: (counter[k], k[1]))[1]
        chosen.append(Name(tokens, gaps, canon, type_))
    return NameIndex(chosen), sorted(ambiguous)


def names_from_spans(spans: Iterable[Span], *, kinds: Sequence[str] = ("name", ""),
                     ) -> tuple[NameIndex, list[str]]:
    """``names_from_counts`` over ACTOR spans themselves."""
    counts: Counter = Counter()
    for s in spans:
        if s.label == "ACTOR":
            counts[(s.text, canonical_of(s), str(s.attrs.get("type") or ""),
                    str(s.attrs.get("mention") or ""))] += 1
    return names_from_counts(((*k, n) for k, n in counts.items()), kinds=kinds)


def propagate_corpus(documents: Iterable[tuple[str, str, Sequence[Span]]], names: NameIndex,
                     *, total: int | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     ) -> Iterator[tuple[str, list[Proposal]]]:
    """Walk ``(doc_id, text, spans)`` and yield ``(doc_id, proposals)`` for each document
    where ``names`` propose something. ``cancelled`` is polled before each document (the
    walk stops there); ``progress(done, total)`` is called after each."""
    for n, (doc_id, text, spans) in enumerate(documents, 1):
        if cancelled is not None and cancelled():
            return
        found = propose(DocumentIndex(text), names, spans)
        if progress is not None:
            progress(n, total if total is not None else n)
        if found:
            yield doc_id, found
