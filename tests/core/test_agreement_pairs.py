"""One pair of annotators, document by document (desktop/core/agreement_pairs.py): what
is tallied for labels, attributes and relations, before any figure is made of it."""

from __future__ import annotations

from desktop.core.agreement_pairs import (
    PairResult,
    attr_value,
    compare_document,
    normalized_attrs,
)
from desktop.core.model import Annotations, Relation, Span

TEXT = "قال المتحدث باسم الحكومة إن الوزير سيزور بغداد غدا"


def span(layer, label, word, **attrs):
    start = TEXT.index(word)
    return Span.on(TEXT, doc_id="d", layer=layer, label=label, start=start,
                   end=start + len(word), attrs=attrs)


def test_unset_values_are_one_value_and_order_does_not_count():
    assert attr_value({}, "type") == attr_value({"type": None}, "type") == ""
    assert attr_value({"n": [2, 1]}, "n") == "[2, 1]"  # not a scalar: compared as text
    assert normalized_attrs({"b": "x", "a": "", "c": None}) == (("b", "x"),)
    assert normalized_attrs({"b": "x", "a": "y"}) == normalized_attrs({"a": "y", "b": "x"})


def test_a_document_is_tallied_for_spans_attributes_and_relations():
    a_claim, a_actor = span("a", "CLAIM", "الوزير سيزور بغداد"), span("a", "ACTOR", "المتحدث",
                                                                      type="government")
    b_claim, b_actor = span("b", "CLAIM", "الوزير سيزور"), span("b", "ACTOR", "المتحدث",
                                                               type="person")
    extra = span("b", "ACTOR", "الوزير")
    ann_a = Annotations("d", "a", [a_claim, a_actor],
                        [Relation("d", "a", "claimant", a_claim.id, a_actor.id)])
    ann_b = Annotations("d", "b", [b_claim, b_actor, extra],
                        [Relation("d", "b", "claimant", b_claim.id, b_actor.id)])
    res = PairResult("a", "b")
    compare_document(res, ann_a, ann_b, {"ACTOR": ["type", "mention"]})
    assert res.documents == 1
    actor, claim = res.labels["ACTOR"], res.labels["CLAIM"]
    assert (actor.a, actor.b, actor.exact, actor.overlap) == (1, 2, 1, 1)
    assert (claim.a, claim.b, claim.exact, claim.overlap) == (1, 1, 0, 1)  # overlap only
    assert res.value_pairs("ACTOR", "type") == {("government", "person"): 1}
    assert res.value_pairs("ACTOR", "mention") == {("", ""): 1}  # named by the schema
    rel = res.relations["claimant"]
    assert (rel.a, rel.b, rel.exact) == (1, 1, 0)  # the claims' ends differ
