"""Agreement streamed document by document from the project (``review.compute_agreement``)
gives the figures the first implementation gave when it loaded every layer at once:
``data/agreement_golden.json`` was written by that implementation (see
``agreement_fixture.py``) before agreement was made to stream."""

from __future__ import annotations

import json
import math

import pytest

from desktop.core.agreement import format_table
from desktop.store.project import Project
from desktop.store.review import compute_agreement, load_layers
from tests.store.agreement_fixture import CASES, GOLDEN, build


def _close(a, b, path="") -> None:
    """Equal, floats to 1e-12 (four annotators give thirds, summed in another order)."""
    if isinstance(a, float) and isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15), (path, a, b)
    elif isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _close(x, y, f"{path}[{i}]")
    else:
        assert a == b, (path, a, b)


@pytest.fixture(scope="module")
def golden():
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", list(CASES))
def test_streamed_agreement_is_the_golden_one(tmp_path, golden, case):
    path = build(tmp_path / f"{case}.tawsim", CASES[case])
    with Project(path, read_only=True) as project:
        result = compute_agreement(project, by_document=True)
    want = golden[case]
    # round-trip through JSON as the golden file was
    got = json.loads(json.dumps(result, ensure_ascii=False, sort_keys=True))
    if CASES[case] <= 3:  # halves at most: every sum is exact, in any order
        assert got == want["result"]
        assert format_table(result) == want["table"]
    else:
        _close(got, want["result"])


def test_streamed_equals_loaded_at_once(tmp_path):
    """The core's load-everything entry point and the store's stream agree exactly."""
    from desktop.core import agreement

    path = build(tmp_path / "three.tawsim", 3, docs=25, seed=9)
    with Project(path, read_only=True) as project:
        streamed = compute_agreement(project)
        loaded = agreement.compute(load_layers(project), project.schema)
    assert streamed == loaded
