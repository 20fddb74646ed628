"""Adjudication: the kinds of difference, unanimity into gold, accepting candidates."""

from __future__ import annotations

import pytest

from desktop.core.adjudication import (
    AdjudicationError,
    accept,
    accept_relation,
    conflicting,
    differences,
    relation_key,
    span_key,
    unanimous,
)
from desktop.core.model import GOLD, Annotations, Relation, Span

TEXT = "أعلنت وزارة الدفاع العراقية يوم الاثنين أن طائرات عسكرية قصفت مواقع للتنظيم " * 4


def sp(layer: str, label: str, start: int, end: int, id: str | None = None, **attrs) -> Span:
    return Span.on(TEXT, doc_id="d1", layer=layer, label=label, start=start, end=end,
                   attrs=attrs, id=id)


def layer(name: str, *spans: Span, relations=()) -> Annotations:
    rels = [Relation(doc_id="d1", layer=name, type=t, head=h, tail=tl) for t, h, tl in relations]
    return Annotations("d1", name, list(spans), rels)


def by_key(diffs):
    return {d.key: d for d in diffs}


@pytest.fixture
def two_layers():
    a = layer("a",
              sp("a", "ACTOR", 0, 5, type="person"),
              sp("a", "ACTOR", 10, 20, type="state"),
              sp("a", "CLAIM", 30, 40),
              sp("a", "DATE", 50, 60),
              sp("a", "ACTOR", 70, 75, type="person"))
    b = layer("b",
              sp("b", "ACTOR", 0, 5, type="person"),
              sp("b", "ACTOR", 10, 20, type="government"),
              sp("b", "ACTOR", 30, 40),
              sp("b", "DATE", 52, 60))
    return {"a": a, "b": b}


# ============================================================================ differences


def test_each_kind_of_difference(two_layers):
    gold = layer(GOLD, sp(GOLD, "ACTOR", 0, 5, id="g1", type="person"))
    diffs = differences(two_layers, gold)
    d = by_key(diffs)
    assert d["span:ACTOR:0:5"].kind == "agreed"
    assert d["span:ACTOR:0:5"].in_gold and d["span:ACTOR:0:5"].gold_id == "g1"
    assert d["span:ACTOR:10:20"].kind == "attribute"
    assert d["span:ACTOR:10:20"].attributes == ("type",)
    assert not d["span:ACTOR:10:20"].in_gold
    assert d["span:CLAIM:30:40"].kind == "label"
    assert d["span:CLAIM:30:40"].conflicts == ("span:ACTOR:30:40",)
    assert d["span:ACTOR:30:40"].kind == "label"
    assert d["span:DATE:50:60"].kind == "boundary"
    assert d["span:DATE:50:60"].conflicts == ("span:DATE:52:60",)
    assert d["span:DATE:52:60"].kind == "boundary"
    only = d["span:ACTOR:70:75"]
    assert only.kind == "only_some" and only.annotators == ("a",) and only.missing == ("b",)
    assert only.spans["a"].attrs == {"type": "person"}
    assert only.text == TEXT[70:75]
    # sorted by start, then end
    assert [(x.start, x.end) for x in diffs] == sorted((x.start, x.end) for x in diffs)
    assert all(x.item == "span" for x in diffs)


def test_attributes_unset_none_or_empty_are_equal():
    a = layer("a", sp("a", "DATE", 0, 4, mod=""))
    b = layer("b", sp("b", "DATE", 0, 4, mod=None))
    c = layer("c", sp("c", "DATE", 0, 4))
    (diff,) = differences({"a": a, "b": b, "c": c}, None)
    assert diff.kind == "agreed" and diff.annotators == ("a", "b", "c")


def test_a_single_annotator_agrees_with_nobody():
    a = layer("a", sp("a", "ACTOR", 0, 5))
    (diff,) = differences({"a": a}, None)
    assert diff.kind == "only_some" and diff.missing == ()


def test_keys_are_stable_and_the_gold_layer_is_not_an_annotator(two_layers):
    gold = layer(GOLD, sp(GOLD, "ACTOR", 0, 5))
    first = [d.key for d in differences(two_layers, None)]
    with_gold = [d.key for d in differences({**two_layers, GOLD: gold}, gold)]
    assert first == with_gold
    assert span_key("ACTOR", 0, 5) == "span:ACTOR:0:5"


def test_relation_candidates():
    a = layer("a", sp("a", "CLAIM", 0, 30, id="c"), sp("a", "ACTOR", 40, 45, id="x"),
              sp("a", "DATE", 50, 55, id="t"),
              relations=(("claimant", "c", "x"), ("claim_date", "c", "t")))
    b = layer("b", sp("b", "CLAIM", 0, 30, id="k"), sp("b", "ACTOR", 40, 45, id="y"),
              relations=(("claimant", "k", "y"),))
    gold = layer(GOLD, sp(GOLD, "CLAIM", 0, 30, id="gc"), sp(GOLD, "ACTOR", 40, 45, id="gx"),
                 relations=(("claimant", "gc", "gx"),))
    rels = [d for d in differences({"a": a, "b": b}, gold) if d.item == "relation"]
    claimant = relation_key("claimant", "span:CLAIM:0:30", "span:ACTOR:40:45")
    date = relation_key("claim_date", "span:CLAIM:0:30", "span:DATE:50:55")
    assert [r.key for r in rels] == [claimant, date]
    assert rels[0].kind == "agreed" and rels[0].in_gold
    assert rels[0].head == "span:CLAIM:0:30" and rels[0].tail == "span:ACTOR:40:45"
    assert rels[1].kind == "only_some" and rels[1].annotators == ("a",) and not rels[1].in_gold
    assert rels[1].relations["a"].tail == "t"


# ============================================================================ unanimity


def test_unanimous_takes_what_everyone_did_identically(two_layers):
    gold = layer(GOLD)
    spans, relations = unanimous(two_layers, gold, author="rev")
    # ACTOR [10,20) differs in its type: not unanimous; the rest is one-sided
    assert [(s.label, s.start, s.end, s.attrs) for s in spans] == [
        ("ACTOR", 0, 5, {"type": "person"})]
    new = spans[0]
    assert new.layer == GOLD and new.doc_id == "d1" and new.author == "rev"
    assert new.id not in {s.id for ann in two_layers.values() for s in ann.spans}
    assert new.text == TEXT[0:5]
    assert relations == []


def test_unanimous_is_idempotent_and_carries_relations_with_new_ids():
    a = layer("a", sp("a", "CLAIM", 0, 30, id="c", polarity="affirmed"),
              sp("a", "ACTOR", 40, 45, id="x", type="person"),
              sp("a", "DATE", 50, 55, id="t", value="2018"),
              relations=(("claimant", "c", "x"), ("claim_date", "c", "t")))
    b = layer("b", sp("b", "CLAIM", 0, 30, id="k", polarity="affirmed"),
              sp("b", "ACTOR", 40, 45, id="y", type="person"),
              sp("b", "DATE", 50, 55, id="u", value="2018"),
              relations=(("claimant", "k", "y"), ("claim_date", "k", "u")))
    gold = layer(GOLD)
    spans, relations = unanimous({"a": a, "b": b}, gold)
    assert len(spans) == 3 and len(relations) == 2
    ids = {(s.label, s.start): s.id for s in spans}
    assert {(r.type, r.head, r.tail) for r in relations} == {
        ("claimant", ids["CLAIM", 0], ids["ACTOR", 40]),
        ("claim_date", ids["CLAIM", 0], ids["DATE", 50])}
    assert not {r.head for r in relations} & {"c", "k"}
    assert all(r.layer == GOLD and r.doc_id == "d1" for r in relations)
    gold.spans += spans
    gold.relations += relations
    assert unanimous({"a": a, "b": b}, gold) == ([], [])


def test_unanimous_relations_point_at_existing_gold_spans():
    a = layer("a", sp("a", "CLAIM", 0, 30, id="c"), sp("a", "ACTOR", 40, 45, id="x", type="state"),
              relations=(("claimant", "c", "x"),))
    b = layer("b", sp("b", "CLAIM", 0, 30, id="k"), sp("b", "ACTOR", 40, 45, id="y", type="state"),
              relations=(("claimant", "k", "y"),))
    # the reviewer already put the actor in gold, with another type: it stays as it is
    gold = layer(GOLD, sp(GOLD, "ACTOR", 40, 45, id="gx", type="government"))
    spans, relations = unanimous({"a": a, "b": b}, gold)
    assert [(s.label, s.start) for s in spans] == [("CLAIM", 0)]
    (rel,) = relations
    assert (rel.head, rel.tail) == (spans[0].id, "gx")


def test_a_relation_whose_end_is_disputed_waits():
    # the actor's type differs, so the actor is not unanimous and not in gold: the
    # relation cannot point anywhere yet
    a = layer("a", sp("a", "CLAIM", 0, 30, id="c"), sp("a", "ACTOR", 40, 45, id="x", type="state"),
              relations=(("claimant", "c", "x"),))
    b = layer("b", sp("b", "CLAIM", 0, 30, id="k"), sp("b", "ACTOR", 40, 45, id="y", type="person"),
              relations=(("claimant", "k", "y"),))
    spans, relations = unanimous({"a": a, "b": b}, layer(GOLD))
    assert [s.label for s in spans] == ["CLAIM"] and relations == []


def test_unanimity_needs_every_annotator_and_at_least_two():
    a = layer("a", sp("a", "ACTOR", 0, 5))
    b = layer("b", sp("b", "ACTOR", 0, 5))
    c = layer("c")
    assert unanimous({"a": a, "b": b, "c": c}, layer(GOLD)) == ([], [])
    assert unanimous({"a": a}, layer(GOLD)) == ([], [])
    assert unanimous({"a": a, GOLD: layer(GOLD)}, layer(GOLD)) == ([], [])
    spans, _ = unanimous({"a": a, "b": b}, layer(GOLD))
    assert len(spans) == 1


def test_duplicates_do_not_multiply_in_gold():
    a = layer("a", sp("a", "ACTOR", 0, 5), sp("a", "ACTOR", 0, 5))
    b = layer("b", sp("b", "ACTOR", 0, 5), sp("b", "ACTOR", 0, 5))
    spans, _ = unanimous({"a": a, "b": b}, layer(GOLD))
    assert len(spans) == 1


# ============================================================================ accept


def test_accept_copies_one_annotators_version(two_layers):
    gold = layer(GOLD, sp(GOLD, "ACTOR", 12, 20, id="old"), sp(GOLD, "CLAIM", 10, 20, id="lab"),
                 sp(GOLD, "ACTOR", 0, 5, id="keep"))
    d = by_key(differences(two_layers, gold))["span:ACTOR:10:20"]
    new = accept(d, "b", gold, author="rev")
    assert (new.label, new.start, new.end, new.attrs) == ("ACTOR", 10, 20, {"type": "government"})
    assert new.layer == GOLD and new.author == "rev" and new.id not in {"old", "lab", "keep"}
    assert accept(d, None, gold).attrs == {"type": "state"}  # first annotator who has it
    assert [s.id for s in conflicting(d, gold)] == ["lab", "old"]
    with pytest.raises(AdjudicationError):
        accept(by_key(differences(two_layers, gold))["span:ACTOR:70:75"], "b", gold)


def test_accept_relation_brings_its_spans():
    a = layer("a", sp("a", "CLAIM", 0, 30, id="c"), sp("a", "ACTOR", 40, 45, id="x"),
              relations=(("claimant", "c", "x"),))
    b = layer("b", sp("b", "CLAIM", 0, 30, id="k"))
    gold = layer(GOLD, sp(GOLD, "CLAIM", 0, 30, id="gc"))
    anns = {"a": a, "b": b}
    (d,) = [x for x in differences(anns, gold) if x.item == "relation"]
    added, rel = accept_relation(d, "a", anns, gold)
    assert [(s.label, s.start, s.layer) for s in added] == [("ACTOR", 40, GOLD)]
    assert (rel.type, rel.head, rel.tail, rel.layer) == ("claimant", "gc", added[0].id, GOLD)
    with pytest.raises(AdjudicationError):
        accept(d, "a", gold)
