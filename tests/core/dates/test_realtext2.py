"""The tagger against round two's published text (realtext2.jsonl, docs/dates.md «Round two»).

Expectations were written by hand before the tagger ran on each batch. The dev split was
fixed against; the test split was drawn after the rules were frozen (10c169f), committed
before the tagger ran on it (30f3d8b) and scored once: its figures are the unseen result
and no rule was changed for it. These floors keep the dev gains and the unseen figures as
measured (a little below them, so that later rounds may not lose ground without notice);
they are no measure of text that is still unseen. Round three fixed against the test split
too, so its floors now keep those fixes.
"""

from pathlib import Path

from tests.core.dates.evaluate import check_case, check_floors, load_cases

REALTEXT2 = Path(__file__).with_name("realtext2.jsonl")

# kind/split -> (recall, value accuracy, precision)
FLOORS = {
    "prose/dev": (0.97, 0.95, 0.98), "archive/dev": (0.97, 0.95, 0.98),
    # the test split as scored unseen in round two was (0.904, 0.861, 1.00) and (0.760, 0.708,
    # 1.00); round three used it as development text (docs/dates.md «Round three»)
    "prose/test": (0.97, 0.96, 0.98), "archive/test": (0.97, 0.97, 0.98),
}


def test_the_set_is_cited_large_and_varied():
    cases = load_cases(REALTEXT2)
    assert len({c["id"] for c in cases}) == len(cases)
    assert {c["kind"] for c in cases} == {"prose", "archive"}
    assert {c["split"] for c in cases} == {"dev", "test"}
    test = [c for c in cases if c["split"] == "test"]
    assert sum(len(c["expected"]) for c in test if c["kind"] == "prose") >= 60
    assert sum(len(c["expected"]) for c in test if c["kind"] == "archive") >= 40
    assert len({c["url"] or c["repo"] for c in test}) >= 20  # more than one source
    for c in cases:
        assert (c["repo"] and c["repo"].count("/") == 1 and c["path"]) or c["url"].startswith("http")
        assert c["source"]
        check_case(c)


def test_recall_value_accuracy_and_precision_per_kind_and_split():
    check_floors(REALTEXT2, FLOORS)
