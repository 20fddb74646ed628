"""Inter-annotator agreement: figures worked out by hand, and kappa/alpha against the
``krippendorff`` package (a test-only reference) and a textbook Cohen's kappa."""

from __future__ import annotations

import json
import math
import warnings
from fractions import Fraction
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import schema as schema_mod
from desktop.core.agreement import (
    ALL,
    cohen_kappa,
    compute,
    document_agreement,
    krippendorff_alpha,
    overlap_matching,
)
from desktop.core.agreement_table import format_table
from desktop.core.model import GOLD, Annotations, Relation, Span

TEXT = "قال المتحدث باسم الحكومة إن الوزير سيزور بغداد غدا " * 10  # 500 characters

SCHEMA = schema_mod.parse({
    "name": "test",
    "labels": [
        {"name": "CLAIM", "key": "1", "color": "#fff", "attributes": [
            {"name": "polarity", "values": ["affirmed", "negated"]}]},
        {"name": "ACTOR", "key": "2", "color": "#fff", "attributes": [
            {"name": "type", "values": ["person", "government", "state"]}]},
        {"name": "DATE", "key": "3", "color": "#fff", "attributes": [{"name": "value"}]},
    ],
    "relations": [
        {"name": "claimant", "key": "S", "head": ["CLAIM"], "tail": ["ACTOR"]},
        {"name": "claim_date", "key": "T", "head": ["CLAIM"], "tail": ["DATE"]},
    ],
})


def sp(label: str, start: int, end: int, id: str | None = None, **attrs) -> Span:
    return Span.on(TEXT, doc_id="d", layer="x", label=label, start=start, end=end,
                   attrs=attrs, id=id)


def ann(*spans: Span, relations: tuple[tuple[str, str, str], ...] = ()) -> Annotations:
    rels = [Relation(doc_id="d", layer="x", type=t, head=h, tail=tl) for t, h, tl in relations]
    return Annotations("d", "x", list(spans), rels)


def two(a: Annotations, b: Annotations, **kw) -> dict:
    return compute({"ann1": {"d1": a}, "ann2": {"d1": b}}, SCHEMA, **kw)


# ============================================================================ spans


def test_exact_and_overlap_f1_worked_by_hand():
    a = ann(sp("ACTOR", 0, 5), sp("ACTOR", 10, 20), sp("ACTOR", 30, 40), sp("CLAIM", 50, 80))
    b = ann(sp("ACTOR", 0, 5), sp("ACTOR", 12, 20), sp("CLAIM", 50, 70), sp("CLAIM", 90, 95))
    r = two(a, b)
    labels = r["labels"]
    # ACTOR: A 3, B 2; exact: [0,5) only -> 2*1/(3+2) = 2/5
    # overlap: [0,5)~[0,5), [10,20)~[12,20) -> 2*2/5 = 4/5
    assert labels["ACTOR"]["exact_f1"] == pytest.approx(2 / 5)
    assert labels["ACTOR"]["overlap_f1"] == pytest.approx(4 / 5)
    # CLAIM: A 1, B 2; exact 0 -> 0; overlap [50,80)~[50,70) -> 2*1/3 = 2/3
    assert labels["CLAIM"]["exact_f1"] == 0.0
    assert labels["CLAIM"]["overlap_f1"] == pytest.approx(2 / 3)
    # DATE: nobody tagged one: undefined, not 1
    assert labels["DATE"]["exact_f1"] is None and labels["DATE"]["overlap_f1"] is None
    # all labels pooled: A 4, B 4; exact 1 -> 2/8 = 1/4; overlap 3 -> 6/8 = 3/4
    assert labels[ALL]["exact_f1"] == pytest.approx(1 / 4)
    assert labels[ALL]["overlap_f1"] == pytest.approx(3 / 4)
    assert labels["ACTOR"]["support"] == {"spans": {"ann1": 3, "ann2": 2}, "exact_matches": 1,
                                          "overlap_matches": 2, "pairs": 1}
    assert labels["DATE"]["support"]["pairs"] == 0
    assert r["annotators"] == ["ann1", "ann2"] and r["documents"] == 1
    assert list(labels) == ["CLAIM", "ACTOR", "DATE", ALL]  # every schema label, then _all


def test_a_different_label_on_the_same_bounds_is_no_match():
    r = two(ann(sp("ACTOR", 0, 5)), ann(sp("CLAIM", 0, 5)))
    assert r["labels"]["ACTOR"]["exact_f1"] == 0.0
    assert r["labels"]["ACTOR"]["overlap_f1"] == 0.0
    assert r["labels"][ALL]["overlap_f1"] == 0.0


def test_overlap_matching_is_one_to_one_and_optimal_where_greedy_fails():
    # overlaps: A1=[3,8) with B1=[0,6): 3, with B2=[6,20): 2;  A2=[0,2) with B1: 2, B2: 0.
    # Greedy (largest overlap first) takes A1~B1 and leaves A2 alone: 1 match, F1 1/2.
    # The optimal assignment A1~B2, A2~B1 (total 4 > 3) gives 2 matches: F1 2*2/4 = 1.
    a = ann(sp("ACTOR", 3, 8), sp("ACTOR", 0, 2))
    b = ann(sp("ACTOR", 0, 6), sp("ACTOR", 6, 20))
    assert overlap_matching([(3, 8), (0, 2)], [(0, 6), (6, 20)]) == [(0, 1), (1, 0)]
    r = two(a, b)
    assert r["labels"]["ACTOR"]["overlap_f1"] == 1.0
    assert r["labels"]["ACTOR"]["exact_f1"] == 0.0


def test_overlap_matching_never_matches_one_span_twice():
    # one long span of A covers two of B: one match only. A 1, B 2 -> 2*1/3 = 2/3
    r = two(ann(sp("CLAIM", 0, 100)), ann(sp("CLAIM", 0, 40), sp("CLAIM", 50, 100)))
    assert r["labels"]["CLAIM"]["overlap_f1"] == pytest.approx(2 / 3)
    # touching spans (half-open) do not overlap
    assert overlap_matching([(0, 5)], [(5, 9)]) == []


def test_duplicate_identical_spans_match_one_to_one():
    # A has ACTOR [0,5) twice, B once: 1 match, A 2, B 1 -> 2*1/3 = 2/3 (both measures)
    r = two(ann(sp("ACTOR", 0, 5), sp("ACTOR", 0, 5)), ann(sp("ACTOR", 0, 5)))
    assert r["labels"]["ACTOR"]["exact_f1"] == pytest.approx(2 / 3)
    assert r["labels"]["ACTOR"]["overlap_f1"] == pytest.approx(2 / 3)


# ============================================================================ pairs and documents


def test_three_annotators_are_averaged_over_pairs():
    layers = {
        "a": {"d1": ann(sp("ACTOR", 0, 5)), "d2": ann(sp("DATE", 0, 4))},
        "b": {"d1": ann(sp("ACTOR", 0, 5))},
        "c": {"d1": ann(sp("ACTOR", 0, 6)), "d2": ann(sp("DATE", 0, 4))},
    }
    r = compute(layers, SCHEMA)
    # pairs: a/b over d1; a/c over d1, d2; b/c over d1.
    assert [(p["a"], p["b"], p["documents"]) for p in r["pairs"]] == [
        ("a", "b", 1), ("a", "c", 2), ("b", "c", 1)]
    assert r["documents"] == 2
    # ACTOR exact: a/b 1, a/c 0, b/c 0 -> mean 1/3; overlap: 1 in every pair -> 1
    assert r["labels"]["ACTOR"]["exact_f1"] == pytest.approx(1 / 3)
    assert r["labels"]["ACTOR"]["overlap_f1"] == 1.0
    # DATE: only a/c has any (d2): 1; the other pairs are undefined and skipped -> 1
    assert r["labels"]["DATE"]["exact_f1"] == 1.0
    assert r["labels"]["DATE"]["support"]["pairs"] == 1
    # all labels, per pair: a/b 2*1/2 = 1; a/c 2*1/4 = 1/2; b/c 0 -> mean 1/2
    assert r["labels"][ALL]["exact_f1"] == pytest.approx(1 / 2)
    assert r["pairs"][1]["labels"][ALL] == {"exact_f1": 0.5, "overlap_f1": 1.0,
                                            "exact_matches": 1, "overlap_matches": 2,
                                            "a": 2, "b": 2}


def test_documents_of_one_layer_only_are_ignored():
    layers = {
        "a": {"d1": ann(sp("ACTOR", 0, 5)), "d2": ann(sp("ACTOR", 10, 15), sp("CLAIM", 20, 40))},
        "b": {"d1": ann(sp("ACTOR", 0, 5)), "d3": ann(sp("DATE", 0, 4))},
    }
    r = compute(layers, SCHEMA, by_document=True)
    assert r["documents"] == 1
    assert r["labels"]["ACTOR"]["exact_f1"] == 1.0
    assert r["labels"]["CLAIM"]["exact_f1"] is None  # a's CLAIM is in d2, which b lacks
    assert r["labels"]["DATE"]["exact_f1"] is None
    assert r["labels"]["ACTOR"]["support"]["spans"] == {"a": 1, "b": 1}
    assert list(r["by_document"]) == ["d1"]


def test_a_document_with_no_spans_counts_but_has_undefined_f1():
    layers = {
        "a": {"d1": ann(sp("ACTOR", 0, 5), sp("ACTOR", 10, 15)), "d2": ann()},
        "b": {"d1": ann(sp("ACTOR", 0, 5)), "d2": ann()},
    }
    r = compute(layers, SCHEMA, by_document=True)
    assert r["documents"] == 2 and r["pairs"][0]["documents"] == 2
    # d1: A 2, B 1, 1 match -> 2/3; d2 adds nothing to the pooled counts
    assert r["labels"]["ACTOR"]["exact_f1"] == pytest.approx(2 / 3)
    assert r["by_document"]["d1"]["labels"]["ACTOR"]["exact_f1"] == pytest.approx(2 / 3)
    d2 = r["by_document"]["d2"]
    assert d2["exact_f1"] is None and d2["overlap_f1"] is None
    assert all(v["exact_f1"] is None for v in d2["labels"].values())
    assert d2["relations"]["f1"] is None


def test_pairs_sharing_nothing_and_single_annotators():
    r = compute({"a": {"d1": ann(sp("ACTOR", 0, 5))}, "b": {"d2": ann(sp("ACTOR", 0, 5))}},
                SCHEMA)
    assert r["documents"] == 0 and r["pairs"][0]["documents"] == 0
    assert r["labels"][ALL]["exact_f1"] is None
    r = compute({"a": {"d1": ann(sp("ACTOR", 0, 5))}}, SCHEMA)
    assert r["pairs"] == [] and r["labels"][ALL]["exact_f1"] is None
    assert compute({}, SCHEMA)["documents"] == 0


def test_the_gold_layer_is_left_out_unless_asked():
    layers = {"a": {"d1": ann(sp("ACTOR", 0, 5))}, "b": {"d1": ann(sp("ACTOR", 0, 5))},
              GOLD: {"d1": ann(sp("ACTOR", 0, 6))}}
    assert compute(layers, SCHEMA)["annotators"] == ["a", "b"]
    r = compute(layers, SCHEMA, exclude=())
    assert r["annotators"] == ["a", "b", GOLD]
    assert r["labels"]["ACTOR"]["exact_f1"] == pytest.approx(1 / 3)


def test_labels_outside_the_schema_are_reported_too():
    r = two(ann(sp("EVENT", 0, 5, kind="x")), ann(sp("EVENT", 0, 5, kind="x")))
    assert r["labels"]["EVENT"]["exact_f1"] == 1.0
    assert r["attributes"]["EVENT.kind"]["accuracy"] == 1.0


# ============================================================================ attributes


TYPES_A = ["person", "person", "person", "person", "government", "government", "government",
           "state", "state", "state"]
TYPES_B = ["person", "person", "person", "government", "government", "government", "state",
           "state", "state", "person"]


def test_kappa_and_alpha_worked_by_hand():
    a = ann(*(sp("ACTOR", 10 * i, 10 * i + 5, type=t) for i, t in enumerate(TYPES_A)))
    b = ann(*(sp("ACTOR", 10 * i, 10 * i + 5, type=t) for i, t in enumerate(TYPES_B)))
    r = two(a, b)
    fig = r["attributes"]["ACTOR.type"]
    # 7 of 10 agree: po = 7/10. A: person 4, government 3, state 3; B: person 4,
    # government 3, state 3: pe = (16 + 9 + 9)/100 = 34/100.
    # kappa = (70/100 - 34/100) / (1 - 34/100) = 36/66 = 6/11
    assert fig["kappa"] == pytest.approx(6 / 11)
    assert fig["accuracy"] == pytest.approx(7 / 10)
    assert fig["n"] == 10 and fig["units"] == 10
    # alpha: 20 pairable values, n_person 8, n_government 6, n_state 6; 3 disagreeing
    # units give 6 off-diagonal coincidences. De = 20^2 - (64 + 36 + 36) = 264,
    # alpha = 1 - (20 - 1) * 6 / 264 = 150/264 = 25/44
    assert fig["alpha"] == pytest.approx(25 / 44)
    ref = krippendorff.alpha(reliability_data=[[TYPES_A.index(t) for t in TYPES_A],
                                               [TYPES_A.index(t) for t in TYPES_B]],
                             level_of_measurement="nominal")
    assert fig["alpha"] == pytest.approx(ref)
    assert r["pairs"][0]["attributes"]["ACTOR.type"]["kappa"] == pytest.approx(6 / 11)
    assert r["pairs"][0]["attributes"]["ACTOR.type"]["alpha"] == pytest.approx(25 / 44)


def test_attributes_are_compared_on_exact_matches_only():
    # [20,30) vs [20,31) is not an exact match: its differing type is not counted
    a = ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 20, 30, type="state"))
    b = ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 20, 31, type="person"))
    fig = two(a, b)["attributes"]["ACTOR.type"]
    assert fig["n"] == 1 and fig["accuracy"] == 1.0


def test_missing_none_and_empty_values_are_the_same_value():
    a = ann(sp("ACTOR", 0, 5), sp("ACTOR", 10, 15, type=None), sp("ACTOR", 20, 25, type="state"))
    b = ann(sp("ACTOR", 0, 5, type=""), sp("ACTOR", 10, 15), sp("ACTOR", 20, 25))
    fig = two(a, b)["attributes"]["ACTOR.type"]
    # pairs ("",""), ("",""), ("state","") -> accuracy 2/3
    assert fig["accuracy"] == pytest.approx(2 / 3)
    # A: "" 2, state 1; B: "" 3. pe = (2*3)/9 = 2/3; po = 2/3 -> kappa 0
    assert fig["kappa"] == pytest.approx(0.0)


def test_degenerate_kappa_and_alpha_are_undefined():
    # everyone says "person" everywhere: expected agreement 1; kappa/alpha undefined
    a = ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 10, 15, type="person"))
    b = ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 10, 15, type="person"))
    fig = two(a, b)["attributes"]["ACTOR.type"]
    assert fig["kappa"] is None and fig["alpha"] is None and fig["accuracy"] == 1.0
    with pytest.raises(ValueError):  # the reference has no figure either
        krippendorff.alpha(reliability_data=[[0, 0], [0, 0]], level_of_measurement="nominal")
    # no matched span at all: nothing is defined
    fig = two(ann(), ann())["attributes"]["ACTOR.type"]
    assert fig == {"kappa": None, "alpha": None, "accuracy": None, "n": 0, "units": 0}


def test_alpha_is_undefined_where_the_package_gives_nan():
    # the value 1 is not pairable (a single coder): the pairable values are all 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        ref = krippendorff.alpha(reliability_data=[[0, 0, 1], [0, 0, np.nan]],
                                 level_of_measurement="nominal")
    assert math.isnan(ref)
    assert krippendorff_alpha([[0, 0], [0, 0], [1]]) is None
    assert cohen_kappa([]) is None


def test_three_annotators_alpha_with_missing_values_and_no_kappa():
    # positions [0,5) [10,15) [20,25); c did not tag [20,25); b tagged [30,35) alone
    layers = {
        "a": {"d1": ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 10, 15, type="state"),
                        sp("ACTOR", 20, 25, type="state"))},
        "b": {"d1": ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 10, 15, type="person"),
                        sp("ACTOR", 20, 25, type="state"), sp("ACTOR", 30, 35, type="person"))},
        "c": {"d1": ann(sp("ACTOR", 0, 5, type="person"), sp("ACTOR", 10, 15, type="state"))},
    }
    fig = compute(layers, SCHEMA)["attributes"]["ACTOR.type"]
    assert fig["kappa"] is None  # three annotators: alpha only
    assert fig["units"] == 3  # [30,35) has a single coder: not a unit
    # units: (p,p,p), (s,p,s), (s,s); each ordered pair of values in a unit of m values
    # weighs 1/(m-1). Unit 1: o_pp += 6/2 = 3. Unit 2: o_ss += 2/2 = 1, o_sp += 2/2 = 1,
    # o_ps += 2/2 = 1. Unit 3: o_ss += 2/1 = 2.
    # n_p = 3 + 1 = 4, n_s = 3 + 1 = 4, n = 8; Do = o_sp + o_ps = 2; De = 8^2 - (16 + 16) = 32
    # alpha = 1 - (8 - 1) * 2 / 32 = 18/32 = 9/16
    assert fig["alpha"] == pytest.approx(9 / 16)
    ref = krippendorff.alpha(reliability_data=[[0, 1, 1, np.nan], [0, 0, 1, 0],
                                               [0, 1, np.nan, np.nan]],
                             level_of_measurement="nominal")
    assert fig["alpha"] == pytest.approx(ref)
    # accuracy per pair: a/b 2/3, a/c 2/2, b/c 1/2 -> mean (2/3 + 1 + 1/2)/3 = 13/18
    assert fig["accuracy"] == pytest.approx(13 / 18)
    assert fig["n"] == 3 + 2 + 2


def test_date_value_accuracy():
    a = ann(sp("DATE", 0, 4, value="2018-09-10"), sp("DATE", 10, 14, value="2018-09"),
            sp("DATE", 20, 24, value="P6M"))
    b = ann(sp("DATE", 0, 4, value="2018-09-10"), sp("DATE", 10, 14, value="2018-09-11"),
            sp("DATE", 20, 24, value="P6M"))
    fig = two(a, b)["attributes"]["DATE.value"]
    assert fig["accuracy"] == pytest.approx(2 / 3) and fig["n"] == 3


def _textbook_kappa(xs, ys):
    n = len(xs)
    po = Fraction(sum(x == y for x, y in zip(xs, ys, strict=True)), n)
    cats = set(xs) | set(ys)
    pe = sum(Fraction(xs.count(c), n) * Fraction(ys.count(c), n) for c in cats)
    return None if pe == 1 else float((po - pe) / (1 - pe))


VALUES = st.sampled_from(["person", "government", "state", None])


@st.composite
def random_layers(draw):
    """2-4 annotators, 1-3 documents each held by some of them, ACTOR spans on a small
    grid of positions (so they often coincide) with random, sometimes missing, types."""
    names = [f"ann{i}" for i in range(draw(st.integers(2, 4)))]
    docs = [f"d{i}" for i in range(draw(st.integers(1, 3)))]
    positions = [(10 * i, 10 * i + 5) for i in range(6)]
    layers = {n: {} for n in names}
    truth: dict[tuple, dict[str, object]] = {}  # (doc, start) -> annotator -> value
    for n in names:
        for d in docs:
            if not draw(st.booleans()) and len(docs) > 1:
                continue
            chosen = draw(st.lists(st.sampled_from(positions), unique=True, max_size=6))
            spans = []
            for s, e in chosen:
                value = draw(VALUES)
                attrs = {} if value is None else {"type": value}
                spans.append(sp("ACTOR", s, e, **attrs))
                truth.setdefault((d, s), {})[n] = value or ""
            layers[n][d] = ann(*spans)
    return names, layers, truth


@settings(max_examples=150, deadline=None)
@given(random_layers())
def test_alpha_matches_the_krippendorff_package(case):
    names, layers, truth = case
    fig = compute(layers, SCHEMA)["attributes"]["ACTOR.type"]
    units = [u for u in truth.values() if len(u) >= 2]
    categories = sorted({v for u in units for v in u.values()})
    data = [[categories.index(u[n]) if n in u else np.nan for u in units] for n in names]
    if not units:
        assert fig["alpha"] is None
        return
    if len(categories) < 2:
        assert fig["alpha"] is None
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        ref = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    if math.isnan(ref):
        assert fig["alpha"] is None
    else:
        assert fig["alpha"] == pytest.approx(ref)
    if len(names) == 2:
        xs = [u[names[0]] for u in units]
        ys = [u[names[1]] for u in units]
        expected = _textbook_kappa(xs, ys)
        assert fig["kappa"] == (None if expected is None else pytest.approx(expected))


# ============================================================================ relations


def test_relation_f1_needs_both_ends_matched_exactly():
    a = ann(sp("CLAIM", 0, 30, id="c1"), sp("ACTOR", 40, 45, id="x1"),
            sp("CLAIM", 60, 90, id="c2"), sp("ACTOR", 100, 110, id="x2"),
            sp("DATE", 120, 124, id="t1"),
            relations=(("claimant", "c1", "x1"), ("claimant", "c2", "x2"),
                       ("claim_date", "c1", "t1")))
    # same positions under other ids; x2 has other bounds; claim_date points at c2
    b = ann(sp("CLAIM", 0, 30, id="k1"), sp("ACTOR", 40, 45, id="y1"),
            sp("CLAIM", 60, 90, id="k2"), sp("ACTOR", 100, 112, id="y2"),
            sp("DATE", 120, 124, id="u1"),
            relations=(("claimant", "k1", "y1"), ("claimant", "k2", "y2"),
                       ("claim_date", "k2", "u1")))
    rel = two(a, b)["relations"]
    # A 3, B 3, 1 match (claimant c1->x1) -> 2*1/6 = 1/3
    assert rel["f1"] == pytest.approx(1 / 3)
    assert rel["matches"] == 1 and rel["relations"] == {"ann1": 3, "ann2": 3}
    # claimant: 2 vs 2, 1 match -> 1/2; claim_date: 1 vs 1, 0 -> 0
    assert rel["by_type"]["claimant"]["f1"] == pytest.approx(1 / 2)
    assert rel["by_type"]["claim_date"]["f1"] == 0.0
    pair = two(a, b)["pairs"][0]["relations"]
    assert (pair["f1"], pair["matches"], pair["a"], pair["b"]) == (pytest.approx(1 / 3), 1, 3, 3)


def test_relations_to_missing_spans_are_ignored():
    a = ann(sp("CLAIM", 0, 30, id="c1"), relations=(("claimant", "c1", "gone"),))
    b = ann(sp("CLAIM", 0, 30, id="k1"))
    assert two(a, b)["relations"]["f1"] is None


# ============================================================================ outputs


def test_document_agreement_summarises_one_document():
    a = Annotations("d9", "ann1", [sp("ACTOR", 0, 5), sp("CLAIM", 10, 40)])
    b = Annotations("d9", "ann2", [sp("ACTOR", 0, 5), sp("CLAIM", 10, 38)])
    g = Annotations("d9", GOLD, [sp("ACTOR", 0, 9)])
    r = document_agreement({"ann1": a, "ann2": b, GOLD: g}, SCHEMA)
    assert r["annotators"] == ["ann1", "ann2"]
    assert r["labels"]["ACTOR"]["exact_f1"] == 1.0
    assert r["labels"]["CLAIM"] == {"exact_f1": 0.0, "overlap_f1": 1.0,
                                    "spans": {"ann1": 1, "ann2": 1}}
    assert r["exact_f1"] == pytest.approx(1 / 2) and r["overlap_f1"] == 1.0
    assert r["relations"]["f1"] is None


def test_the_result_is_json_and_the_table_is_readable():
    path = Path(__file__).resolve().parents[2] / "resources" / "schema" / "default.toml"
    default = schema_mod.load(path)
    a = ann(sp("ACTOR", 0, 5, type="person"), sp("DATE", 10, 14, value="2018"))
    b = ann(sp("ACTOR", 0, 5, type="state"), sp("DATE", 10, 14, value="2018"))
    r = compute({"ann1": {"d1": a}, "ann2": {"d1": b}, "ann3": {"d1": a}}, default,
                by_document=True)
    json.dumps(r, allow_nan=False)  # JSON-ready: no NaN anywhere
    assert set(r) == {"annotators", "documents", "labels", "attributes", "relations", "pairs",
                      "by_document"}
    assert "ACTOR.canonical" in r["attributes"] and "CUE" in r["labels"]
    table = format_table(r)
    for word in ("ACTOR", "CUE", "all labels", "DATE.value", "claimant", "ann1 / ann2", "d1"):
        assert word in table
    assert "-" in table  # undefined figures shown as a dash, never "None" or "nan"
    assert "None" not in table and "nan" not in table
