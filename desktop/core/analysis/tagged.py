"""What propagation reads once from a document's tagged ACTOR spans before matching:
where they are (``Taken``: nothing is proposed over one), the titles more than one
tagged person has (``shared_titles``: not proposed), and the tagged forces' and
organisations' definite names (``organisations``: a group after their purpose word is
part of their name, ``context.purpose_object``); and whether a tagged mention is a bare
generic noun (``bare_noun``: not looked for as itself)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import accumulate

from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.forms import definite, titles
from desktop.core.analysis.names import name_of
from desktop.core.model import Span

__all__ = ["Taken", "bare_noun", "organisations", "shared_titles"]


class Taken:
    """The ACTOR spans already in the document, asked "does [start, end) overlap one?"
    in O(log n): sorted by start, with the largest end up to each (an article of 10,000
    spans asked once per match made this quadratic: 33 s to open it)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the spans that begin before ``end``
        return i > 0 and self.max_end[i - 1] > start


def shared_titles(spans: Sequence[Span]) -> set[tuple[str, ...]]:
    """The (folded) titles of more than one tagged person of the document."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for s in spans:
        if s.label == "ACTOR" and s.attrs.get("type") == "person":
            canon = canonical_of(s)
            for form in titles(s.text, canon):
                name = name_of(form, canon)
                if name is not None:
                    owners.setdefault(name.tokens, set()).add(canon)
    return {tokens for tokens, who in owners.items() if len(who) > 1}


def organisations(spans: Sequence[Span]) -> frozenset[tuple[str, ...]]:
    """The folded words of the tagged definite mentions of forces and organisations (a
    group after their purpose word is part of their name: ``context.purpose_object``)."""
    out = set()
    for s in spans:
        if s.label == "ACTOR" and s.attrs.get("type") in ("military", "organization"):
            name = name_of(s.text, "")
            if name is not None and name.tokens[0].startswith("ال"):
                out.add(name.tokens)
    return frozenset(out)


def bare_noun(span: Span) -> bool:
    """Whether a tagged mention is one indefinite word tagged as a nominal: a headline's
    «قوات» (of «قوات تساندها امريكا», the SDF), «مصادر», «مسؤول». Such a noun names the
    actor only there; elsewhere in the text it is any forces, sources, official, or part
    of a longer name («قوات قسد»), so it is not looked for as itself (its canonical name
    still is)."""
    if span.attrs.get("mention") != "nominal":
        return False
    name = name_of(span.text, "")
    return name is not None and len(name.tokens) == 1 and not definite(name.tokens[0])
