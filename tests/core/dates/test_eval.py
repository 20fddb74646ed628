"""The tagger against the hand-written case set (cases.jsonl)."""

from tests.core.dates.evaluate import load_cases, score


def test_case_set_is_large_and_varied():
    cases = load_cases()
    assert len(cases) >= 200
    negatives = [c for c in cases if not c["expected"]]
    assert len(negatives) >= 30
    types = {e["type"] for c in cases for e in c["expected"]}
    assert types == {"DATE", "TIME", "DURATION", "SET"}
    assert any(c["dct"] is None for c in cases) and any(c["dct"] for c in cases)
    for c in cases:
        for e in c["expected"]:
            assert e["text"] in c["text"]
            assert set(e) == {"text", "type", "value", "mod"}


def test_precision_recall_value_accuracy():
    result = score()
    report = "\n".join(result["errors"][:40])
    assert result["precision"] >= 0.95, report
    assert result["recall"] >= 0.95, report
    assert result["value_accuracy"] >= 0.90, report
