"""The one-to-one matching under the agreement figures (desktop.core.matching)."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.matching import max_weight_assignment, overlap_matching


def _brute_force(weights):
    n, m = len(weights), len(weights[0])
    best = 0
    if n <= m:
        for cols in itertools.permutations(range(m), n):
            best = max(best, sum(weights[i][j] for i, j in enumerate(cols)))
    else:
        for rows in itertools.permutations(range(n), m):
            best = max(best, sum(weights[i][j] for j, i in enumerate(rows)))
    return best


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 5).flatmap(lambda n: st.integers(1, 5).flatmap(
    lambda m: st.lists(st.lists(st.integers(0, 20), min_size=m, max_size=m),
                       min_size=n, max_size=n))))
def test_hungarian_finds_the_optimum(weights):
    pairs = max_weight_assignment(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert len(pairs) == min(len(weights), len(weights[0]))
    assert sum(weights[i][j] for i, j in pairs) == _brute_force(weights)


def test_overlap_matching_pairs_only_real_overlaps_in_separate_clusters():
    # two clusters: [0,4)~[2,6) and [10,12)~[11,20); [30,31) overlaps nothing
    assert overlap_matching([(0, 4), (10, 12), (30, 31)], [(2, 6), (11, 20)]) == [(0, 0), (1, 1)]
    assert overlap_matching([], [(0, 1)]) == []
