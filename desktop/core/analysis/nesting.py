"""A state's name inside another actor's name is no mention of the state: «سورية» of
«قوات سورية الديمقراطية», «العراق» of «تنظيم الدولة الإسلامية في العراق والشام», «لبنان» of
«حزب الله لبنان» (GUIDELINES.md, ACTOR: no nested spans; the longest phrase that names the
actor). So is anything inside a tagged person's description found again («العراق» and
«تنظيم داعش الإرهابي» of «والي العراق في تنظيم داعش الإرهابي»), whose match takes the
generic descriptors after it. In the window the longer proposal hides the shorter one once both actors are
tagged; but a state's proposals are also made alone (after the state is tagged, before
the other actor's next mention is accepted), and there the state must not be proposed
inside the other actor's match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.context import joined
from desktop.core.analysis.forms import DESCRIPTORS, PREPOSITIONS
from desktop.core.analysis.names import DocumentIndex, Name, NameIndex, name_of
from desktop.core.folding import fold_string
from desktop.core.model import Span

__all__ = ["MAX_REACH", "description_extent", "descriptions_of", "inside_other",
           "other_matches"]

MAX_REACH = 5  # how many words before the match another actor's name may begin
MIN_DESCRIPTION = 3
_MEMO = "nesting.other_matches"
_KEPT = 8  # the tagged sets a document keeps the matches of (the spans change with edits)

Matches = tuple[dict[int, int], dict[int, list[tuple[int, str]]]]


def _value(v: object) -> object:
    return v if v is None or isinstance(v, str) else repr(v)


def other_matches(doc: DocumentIndex, spans: Sequence[Span],
                  names_of: Callable[[list[Span]], list[Name]]) -> Matches:
    """The tagged actors' (not persons') matches in ``doc``, and their descriptions':
    ``(first word -> last word of the longest match, first word -> [(last word, canonical
    name)])``. Made once per document and set of tagged spans (what ``names_of``, the
    mentions' surface forms, and ``descriptions_of`` read of each span is the key), kept
    on the document's index: every tagging and every edit asks for them again."""
    key = tuple((s.label, s.text, _value(s.attrs.get("canonical")),
                 _value(s.attrs.get("type")), _value(s.attrs.get("mention"))) for s in spans)
    memo = doc.memo.setdefault(_MEMO, {})
    assert isinstance(memo, dict)
    if (kept := memo.get(key)) is not None:
        return kept
    tagged = [s for s in spans if s.attrs.get("type") != "person"]
    ends: dict[int, int] = {}
    by_first: dict[int, list[tuple[int, str]]] = {}
    for j, end, _skip, other in NameIndex(names_of(tagged)).find(doc):
        ends[j] = max(end, ends.get(j, end))
        by_first.setdefault(j, []).append((end, other.canonical))
    for j, end, _skip, other in NameIndex(descriptions_of(spans)).find(doc):
        by_first.setdefault(j, []).append((description_extent(doc, end), other.canonical))
    if len(memo) >= _KEPT:
        memo.pop(next(iter(memo)))
    memo[key] = (ends, by_first)
    return ends, by_first


def descriptions_of(spans: Iterable[Span]) -> list[Name]:
    """The texts of the tagged persons' descriptions with a preposition in them («والي
    العراق في تنظيم داعش», three words or more), as names: what they hold is theirs."""
    out = []
    for s in spans:
        if s.label == "ACTOR" and s.attrs.get("type") == "person" \
                and s.attrs.get("mention") == "nominal":
            words = [fold_string(w) for w in s.text.split()]
            if len(words) >= MIN_DESCRIPTION and any(w in PREPOSITIONS for w in words[1:-1]) \
                    and (name := name_of(s.text, canonical_of(s), "person")) is not None:
                out.append(name)
    return out


def description_extent(doc: DocumentIndex, last: int) -> int:
    """The last word of a description's match ending at word ``last``, with the generic
    descriptors after it, two at most: they modify the body it ends with («… في تنظيم
    داعش الإرهابي»), and the longest phrase is the mention."""
    words = doc.words
    for _ in range(2):
        if last + 1 < len(words) and joined(doc, last) and words[last + 1][2] in DESCRIPTORS:
            last += 1
    return last


def inside_other(i: int, last: int, canonical_name: str,
                 others: dict[int, list[tuple[int, str]]]) -> bool:
    """Whether words ``i``..``last`` lie inside a longer match of another tagged actor's
    name (``others``: first word -> ``[(last word, canonical name)]``)."""
    for j in range(max(0, i - MAX_REACH), i + 1):
        for end, canon in others.get(j, ()):
            if canon != canonical_name and end >= last and (j < i or end > last):
                return True
    return False
