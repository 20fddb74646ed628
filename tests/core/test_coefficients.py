"""The agreement coefficients on their own (desktop.core.coefficients); against the
reference packages in tests/core/test_agreement.py."""

import pytest

from desktop.core.coefficients import (
    accuracy_counts,
    alpha_counts,
    cohen_kappa,
    f1,
    kappa_counts,
    krippendorff_alpha,
    mean,
)


def test_f1_and_mean_leave_undefined_figures_out():
    assert f1(0, 0, 0) is None
    assert f1(2, 2, 2) == 1.0
    assert mean([None, 0.5, 1.0]) == 0.75
    assert mean([None]) is None


def test_kappa_of_pairs_and_of_pair_counts_agree():
    # 10 units: 4 (x,x), 3 (y,y), 2 (x,y), 1 (y,x); po = 0.7, pe = (6*5 + 4*5)/100 = 0.5
    pairs = [("x", "x")] * 4 + [("y", "y")] * 3 + [("x", "y")] * 2 + [("y", "x")]
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    counts = {("x", "x"): 4, ("y", "y"): 3, ("x", "y"): 2, ("y", "x"): 1}
    assert kappa_counts(counts) == pytest.approx(0.4)
    assert accuracy_counts(counts) == pytest.approx(0.7)
    assert alpha_counts(counts) == pytest.approx(krippendorff_alpha([list(p) for p in pairs]))


def test_unhashable_values_are_compared_as_text():
    assert cohen_kappa([({"a": 1}, {"a": 1}), (["b"], ["c"])]) is not None
