"""The actor index's rules, and renaming a canonical name as one undoable step, with an
in-memory repo (no SQLite): apply then revert gives back every span as it was."""

from __future__ import annotations

import pytest

from desktop.core.analysis.actors import (
    Actor,
    canonical_of,
    group_actors,
    merge_canonical,
    rename_canonical,
)
from desktop.core.model import ModelError, Span
from desktop.core.ops import UpdateSpans

TEXT = "قال داعش إن تنظيم الدولة الإسلامية وداعش هاجموا بغداد والعراق"


def actor(word, nth=0, layer="amal", **attrs):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span.on(TEXT, doc_id="d1", layer=layer, label="ACTOR", start=start,
                   end=start + len(word), attrs=attrs)


class MemoryRepo:
    """A repo of spans in a dict, with the one bulk call UpdateSpans makes."""

    def __init__(self, spans):
        self.spans = {s.id: s for s in spans}
        self.calls = 0

    def span(self, span_id):
        return self.spans.get(span_id)

    def update_spans(self, spans):
        self.calls += 1
        missing = [s.id for s in spans if s.id not in self.spans]
        if missing:
            raise ModelError(f"no span {missing[0]}")
        self.spans.update({s.id: s for s in spans})
        return spans


def test_canonical_is_the_attribute_else_the_text():
    assert canonical_of(actor("داعش", canonical="تنظيم الدولة الإسلامية")) == "تنظيم الدولة الإسلامية"
    assert canonical_of(actor("داعش")) == "داعش"
    assert canonical_of(actor("داعش", canonical="")) == "داعش"


def test_grouping_counts_variants_and_picks_the_most_frequent_type():
    rows = [("تنظيم الدولة الإسلامية", "داعش", "armed_group", 5),
            ("تنظيم الدولة الإسلامية", "تنظيم الدولة الإسلامية", "armed_group", 2),
            ("تنظيم الدولة الإسلامية", "التنظيم", "organization", 3),
            ("العراق", "بغداد", "state", 2), ("العراق", "العراق", "", 3),
            ("العراق", "الحكومة العراقية", "government", 2),
            ("مصادر", "مصادر", "", 1)]
    got = group_actors(rows, {"العراق": 2}, {"العراق": 1, "مصادر": 4})
    assert [a.canonical for a in got] == ["تنظيم الدولة الإسلامية", "العراق", "مصادر"]
    isis, iraq, sources = got
    assert isis.mentions == 10 and isis.type == "armed_group"
    assert list(isis.variants.items()) == [("داعش", 5), ("التنظيم", 3), ("تنظيم الدولة الإسلامية", 2)]
    # a tie between types goes to the first in code-point order; untyped mentions do not vote
    assert iraq.type == "government" and iraq.types == {"state": 2, "government": 2}
    assert (iraq.claims_made, iraq.claims_about) == (2, 1)
    assert sources.type == "" and sources.claims_about == 4
    assert Actor.to_json(iraq) == {"canonical": "العراق", "type": "government", "mentions": 7,
                                   "variants": {"العراق": 3, "الحكومة العراقية": 2, "بغداد": 2},
                                   "claims_made": 2, "claims_about": 1}


def test_rename_touches_every_mention_of_that_name_in_that_layer_only():
    a = actor("داعش", canonical="داعش")
    b = actor("داعش", 1)  # no canonical attribute: its text is its name
    c = actor("تنظيم الدولة الإسلامية", mention="name")
    d = actor("بغداد", canonical="العراق")
    other_layer = actor("داعش", layer="gold")
    op = rename_canonical([a, b, c, d, other_layer], "داعش", "تنظيم الدولة الإسلامية",
                          layer="amal")
    assert [s.id for s in op.before] == [a.id, b.id]
    assert all(s.attrs["canonical"] == "تنظيم الدولة الإسلامية" for s in op.after)
    assert op.text == "rename 2 mention(s) to «\u2068تنظيم الدولة الإسلامية\u2069»"
    # the other attributes stay
    op2 = rename_canonical([c], "تنظيم الدولة الإسلامية", "  داعش ", layer="amal")
    assert op2.after[0].attrs == {"mention": "name", "canonical": "داعش"}


def test_apply_then_revert_is_the_identity_in_one_call_each():
    spans = [actor("داعش", canonical="داعش"), actor("داعش", 1), actor("بغداد")]
    repo = MemoryRepo(spans)
    original = dict(repo.spans)
    op = rename_canonical(list(repo.spans.values()), "داعش", "تنظيم الدولة الإسلامية",
                          layer="amal")
    op.apply(repo)
    assert repo.calls == 1
    assert [canonical_of(repo.spans[s.id]) for s in spans] == [
        "تنظيم الدولة الإسلامية", "تنظيم الدولة الإسلامية", "بغداد"]
    op.revert(repo)
    assert repo.calls == 2 and repo.spans == original
    op.apply(repo)  # redo
    assert canonical_of(repo.spans[spans[1].id]) == "تنظيم الدولة الإسلامية"


def test_rename_refuses_what_it_cannot_do():
    spans = [actor("داعش")]
    with pytest.raises(ModelError, match="empty"):
        rename_canonical(spans, "داعش", "  ", layer="amal")
    with pytest.raises(ModelError, match="already"):
        rename_canonical(spans, "داعش", "داعش", layer="amal")
    with pytest.raises(ModelError, match="no ACTOR"):
        rename_canonical(spans, "بغداد", "العراق", layer="amal")
    with pytest.raises(ModelError, match="same order"):
        UpdateSpans([spans[0]], [actor("بغداد")])
    with pytest.raises(ModelError, match="no spans"):
        UpdateSpans([], [])


def test_merge_gives_several_actors_one_name_in_one_step():
    a, b = actor("داعش"), actor("داعش", 1)
    c = actor("تنظيم الدولة الإسلامية")
    d = actor("بغداد", canonical="العراق")
    repo = MemoryRepo([a, b, c, d])
    original = dict(repo.spans)
    # the new name is one of the merged actors: its mention stays as it is
    op = merge_canonical(repo.spans.values(), ["داعش", "تنظيم الدولة الإسلامية"],
                         "تنظيم الدولة الإسلامية", layer="amal")
    assert [s.id for s in op.before] == [a.id, b.id]
    op.apply(repo)
    assert repo.calls == 1
    assert {canonical_of(s) for s in repo.spans.values()} == {"تنظيم الدولة الإسلامية", "العراق"}
    op.revert(repo)
    assert repo.spans == original
    both = merge_canonical(original.values(), ["داعش", "العراق"], " الخصوم ", layer="amal")
    assert [s.id for s in both.after] == [a.id, b.id, d.id]
    assert {s.attrs["canonical"] for s in both.after} == {"الخصوم"}
    with pytest.raises(ModelError, match="already"):
        merge_canonical(original.values(), ["العراق"], "العراق", layer="amal")
    with pytest.raises(ModelError, match="empty"):
        merge_canonical(original.values(), ["العراق"], " ", layer="amal")
