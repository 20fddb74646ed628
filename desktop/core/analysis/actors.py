"""The actor index's rules: an actor is its canonical name (the ACTOR's ``canonical``
attribute, else its text); its type is the one most of its mentions carry; and renaming
or merging a canonical name is one undoable step over every mention.

The store counts mentions, variants and claims in SQL (``desktop.store.actors``); this
module turns those counts into ``Actor`` entries and builds the rename operation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.model import ModelError, Span
from desktop.core.ops import UpdateSpans

__all__ = ["Actor", "canonical_of", "group_actors", "merge_canonical", "rename_canonical"]


def canonical_of(span: Span) -> str:
    """An ACTOR's canonical name: its ``canonical`` attribute when it has one (not
    empty), else its text, exactly as the store's query computes it."""
    value = span.attrs.get("canonical")
    return str(value) if value not in (None, "") else span.text


@dataclass(slots=True)
class Actor:
    canonical: str
    type: str  # the type most mentions carry ("" when none carries one)
    mentions: int
    variants: dict[str, int]  # mention text -> how many mentions read so
    claims_made: int = 0  # claims with one of its mentions as claimant
    claims_about: int = 0  # claims about one of its mentions
    types: dict[str, int] = field(default_factory=dict)  # every type with its mentions

    def to_json(self) -> dict[str, Any]:
        """DESIGN §5b's object."""
        return {"canonical": self.canonical, "type": self.type, "mentions": self.mentions,
                "variants": dict(self.variants), "claims_made": self.claims_made,
                "claims_about": self.claims_about}


def _most_frequent(counts: Mapping[str, int]) -> str:
    """The value most mentions carry; a tie goes to the first in code-point order."""
    voted = {k: n for k, n in counts.items() if k}
    if not voted:
        return ""
    return min(voted, key=lambda k: (-voted[k], k))


def group_actors(mentions: Iterable[tuple[str, str, str, int]],
                 claims_made: Mapping[str, int] | None = None,
                 claims_about: Mapping[str, int] | None = None) -> list[Actor]:
    """Actors from ``(canonical, mention text, type, count)`` rows: variants with their
    counts (most frequent first, ties in code-point order), the most frequent type, the
    claims counts; most mentions first, ties by canonical name."""
    variants: dict[str, Counter] = {}
    types: dict[str, Counter] = {}
    for canonical, text, type_, n in mentions:
        variants.setdefault(canonical, Counter())[text] += n
        types.setdefault(canonical, Counter())[type_ or ""] += n
    made, about = claims_made or {}, claims_about or {}
    out = []
    for canonical, counts in variants.items():
        ordered = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(Actor(canonical, _most_frequent(types[canonical]), sum(counts.values()),
                         ordered, made.get(canonical, 0), about.get(canonical, 0),
                         {k: v for k, v in types[canonical].items() if k}))
    out.sort(key=lambda a: (-a.mentions, a.canonical))
    return out


def rename_canonical(spans: Iterable[Span], old: str, new: str, *, layer: str) -> UpdateSpans:
    """The one undoable step that renames the actor ``old`` to ``new`` in ``layer``: every
    ACTOR span of the layer whose canonical name is ``old`` gets ``canonical = new``. When
    ``new`` is another actor's name already, the two are merged. ``spans`` may hold more
    than those (the store passes the layer's mentions of ``old``)."""
    new = " ".join(new.split())
    if not new:
        raise ModelError("a canonical name cannot be empty")
    if new == old:
        raise ModelError(f"the actor is called «{old}» already")
    before = [s for s in spans if s.layer == layer and s.label == "ACTOR"
              and canonical_of(s) == old]
    if not before:
        raise ModelError(f"no ACTOR of layer {layer} is called «{old}»")
    after = [s.with_(attrs={**s.attrs, "canonical": new}) for s in before]
    return UpdateSpans(before, after, "rename", new)


def merge_canonical(spans: Iterable[Span], olds: Iterable[str], new: str, *,
                    layer: str) -> UpdateSpans:
    """One undoable step that gives every actor named in ``olds`` the name ``new``: a
    rename of one, a merge of several (``new`` may be one of them: its mentions stay as
    they are and the others join it)."""
    new = " ".join(new.split())
    names = list(dict.fromkeys(olds))
    if not new:
        raise ModelError("a canonical name cannot be empty")
    spans = list(spans)
    before: list[Span] = []
    after: list[Span] = []
    for old in names:
        if old == new:
            continue
        op = rename_canonical(spans, old, new, layer=layer)
        before.extend(op.before)
        after.extend(op.after)
    if not after:
        raise ModelError(f"the actor is called «{new}» already")
    return UpdateSpans(before, after, "rename", new)
