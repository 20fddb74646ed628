"""Scoring the tagger against tests/core/dates/cases.jsonl (shared by the tests and the bench).

A prediction matches an expected expression when start and end are the same; precision
and recall count matches, value accuracy is over matched expressions (type, value and mod
must all agree).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from desktop.core.dates import tag

CASES = Path(__file__).with_name("cases.jsonl")


def load_cases(path: Path = CASES) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _expected_spans(case: dict) -> dict[tuple[int, int], dict]:
    spans = {}
    cursor = 0
    text = case["text"]
    for e in case["expected"]:
        start = text.find(e["text"], cursor)
        if start < 0:
            start = text.find(e["text"])
        if start < 0:
            raise ValueError(f"{e['text']!r} not in {text!r}")
        spans[(start, start + len(e["text"]))] = e
        cursor = start + len(e["text"])
    return spans


def score(cases: list[dict] | None = None) -> dict:
    cases = load_cases() if cases is None else cases
    tp = fp = fn = correct = 0
    errors: list[str] = []
    for case in cases:
        dct = datetime.date.fromisoformat(case["dct"]) if case["dct"] else None
        expected = _expected_spans(case)
        got = {(t.start, t.end): t for t in tag(case["text"], dct)}
        for key, e in expected.items():
            t = got.get(key)
            if t is None:
                fn += 1
                errors.append(f"missed {e['text']!r} in {case['text']!r}")
                continue
            tp += 1
            if (t.type, t.value, t.mod) == (e["type"], e["value"], e["mod"]):
                correct += 1
            else:
                errors.append(
                    f"{e['text']!r}: {t.type} {t.value} {t.mod} != "
                    f"{e['type']} {e['value']} {e['mod']}"
                )
        for key, t in got.items():
            if key not in expected:
                fp += 1
                errors.append(f"spurious {t.text!r} in {case['text']!r}")
    return {
        "cases": len(cases),
        "expected": tp + fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "value_accuracy": correct / tp if tp else 1.0,
        "errors": errors,
    }
