"""The agreement coefficients, each a pure function: F1, the mean of defined figures,
Cohen's kappa, Krippendorff's alpha (nominal) and accuracy, from value pairs, pair
counts or a coincidence matrix. ``None`` wherever a figure is undefined (see
``docs/agreement.md``). Pure Python (stdlib only)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def f1(matches: int, a: int, b: int) -> float | None:
    """2 * matches / (a + b); ``None`` when neither side has anything."""
    if a + b == 0:
        return None
    return 2 * matches / (a + b)


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the defined values; ``None`` if none is defined."""
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def cohen_kappa(pairs: Sequence[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of two coders' values over the same units.

    ``None`` when undefined: no units, or expected agreement 1 (both coders used one
    and the same value throughout, so there is no chance-corrected figure to give).
    """
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for x, y in pairs if x == y)
    ca = Counter(hashable(x) for x, _ in pairs)
    cb = Counter(hashable(y) for _, y in pairs)
    expected = sum(ca[k] * cb[k] for k in ca)  # pe * n^2
    if expected == n * n:
        return None
    return (n * agree - expected) / (n * n - expected)


def kappa_counts(pairs: Mapping[tuple[Any, Any], int]) -> float | None:
    """:func:`cohen_kappa` of a multiset of (A value, B value) pairs (pair -> count)."""
    n = sum(pairs.values())
    if n == 0:
        return None
    agree = sum(c for (x, y), c in pairs.items() if x == y)
    ca: Counter = Counter()
    cb: Counter = Counter()
    for (x, y), c in pairs.items():
        ca[hashable(x)] += c
        cb[hashable(y)] += c
    expected = sum(ca[k] * cb[k] for k in ca)
    if expected == n * n:
        return None
    return (n * agree - expected) / (n * n - expected)


def alpha_counts(pairs: Mapping[tuple[Any, Any], int]) -> float | None:
    """:func:`krippendorff_alpha` of a multiset of two-value units (pair -> count)."""
    coincidence: dict[tuple[Any, Any], float] = defaultdict(float)
    for (x, y), c in pairs.items():
        hx, hy = hashable(x), hashable(y)
        if hx == hy:
            coincidence[hx, hx] += 2.0 * c
        else:
            coincidence[hx, hy] += 1.0 * c
            coincidence[hy, hx] += 1.0 * c
    return alpha_from(coincidence)


def accuracy_counts(pairs: Mapping[tuple[Any, Any], int]) -> float | None:
    n = sum(pairs.values())
    if not n:
        return None
    return sum(c for (x, y), c in pairs.items() if x == y) / n


def krippendorff_alpha(units: Iterable[Sequence[Any]]) -> float | None:
    """Krippendorff's alpha, nominal, from the values each unit received (missing values
    simply absent). Units with fewer than two values are not pairable and ignored.

    ``None`` when undefined: fewer than two pairable values, or a single value
    everywhere (expected disagreement 0; the ``krippendorff`` package gives NaN).
    """
    coincidence: dict[tuple[Any, Any], float] = defaultdict(float)
    for values in units:
        m = len(values)
        if m < 2:
            continue
        counts = Counter(hashable(v) for v in values)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nk - 1) if c == k else nc * nk
                if pairs:
                    coincidence[c, k] += pairs / (m - 1)
    return alpha_from(coincidence)


def add_unit(coincidence: dict[tuple[Any, Any], float], values: Sequence[Any]) -> None:
    """One unit's share of the coincidence matrix (as in :func:`krippendorff_alpha`)."""
    m = len(values)
    if m < 2:
        return
    counts = Counter(hashable(v) for v in values)
    for c, nc in counts.items():
        for k, nk in counts.items():
            pairs = nc * (nk - 1) if c == k else nc * nk
            if pairs:
                coincidence[c, k] += pairs / (m - 1)


def alpha_from(coincidence: Mapping[tuple[Any, Any], float]) -> float | None:
    """Nominal alpha from a coincidence matrix; ``None`` where undefined."""
    totals: dict[Any, float] = defaultdict(float)
    for (c, _), o in coincidence.items():
        totals[c] += o
    n = sum(totals.values())
    if n <= 1:
        return None
    observed = sum(o for (c, k), o in coincidence.items() if c != k)
    expected = n * n - sum(t * t for t in totals.values())
    if expected <= 1e-12 * n * n:
        return None
    return 1 - (n - 1) * observed / expected


def hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value
