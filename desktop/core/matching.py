"""One-to-one matching for agreement: an optimal assignment (the Hungarian algorithm) and
the matching of overlapping intervals built on it (``overlap_f1`` in
:mod:`desktop.core.agreement`). Pure Python."""

from __future__ import annotations

from collections.abc import Sequence


def max_weight_assignment(weights: Sequence[Sequence[int | float]]) -> list[tuple[int, int]]:
    """A one-to-one assignment of rows to columns maximising the total weight.

    ``weights`` is a rectangular matrix of non-negative numbers. Returns the pairs
    ``(row, column)`` of the assignment, sorted; every row (if rows <= columns) or every
    column (otherwise) is assigned, including to zero-weight cells: the caller drops
    those it does not want. The Hungarian algorithm (Kuhn-Munkres with potentials,
    O(n^2 m)).
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    transposed = n > m
    if transposed:
        weights = [list(col) for col in zip(*weights, strict=True)]
        n, m = m, n
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]  # minimise cost == maximise weight
    inf = float("inf")
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: the row assigned to column j (1-based; 0: none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j]]
    if transposed:
        pairs = [(j, i) for i, j in pairs]
    return sorted(pairs)


def overlap_matching(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]],
                     ) -> list[tuple[int, int]]:
    """One-to-one matching of intervals ``a`` to ``b`` (half-open ``(start, end)``)
    maximising the total overlap, then the number of matches; only pairs with an overlap
    > 0 are returned, as index pairs ``(i, j)``, sorted.

    The intervals are cut into clusters of chained overlaps first, so the assignment
    runs on small matrices even in a long document.
    """
    items = sorted([(s, e, 0, i) for i, (s, e) in enumerate(a)]
                   + [(s, e, 1, j) for j, (s, e) in enumerate(b)])
    clusters: list[list[tuple[int, int, int, int]]] = []
    reach = None
    for item in items:
        if reach is None or item[0] >= reach:
            clusters.append([item])
            reach = item[1]
        else:
            clusters[-1].append(item)
            reach = max(reach, item[1])
    result: list[tuple[int, int]] = []
    for cluster in clusters:
        rows = [x for x in cluster if x[2] == 0]
        cols = [x for x in cluster if x[2] == 1]
        if not rows or not cols:
            continue
        scale = len(cluster) + 1  # more than any number of matches: overlap first
        weights = []
        for rs, re_, _, _ in rows:
            row = []
            for cs, ce, _, _ in cols:
                ov = min(re_, ce) - max(rs, cs)
                row.append(ov * scale + 1 if ov > 0 else 0)
            weights.append(row)
        for i, j in max_weight_assignment(weights):
            if weights[i][j] > 0:
                result.append((rows[i][3], cols[j][3]))
    return sorted(result)
