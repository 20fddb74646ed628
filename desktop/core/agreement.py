"""Inter-annotator agreement: span F1 per label, attribute kappa/alpha, relation F1.

Every figure is computed between every *pair* of annotators over the documents both of
their layers hold (DESIGN §6: a document belongs to a layer even with no spans), with the
counts pooled over those documents (micro within a pair), and then averaged over the
pairs (macro over pairs); an undefined figure (``None``) is left out of the average.
Krippendorff's alpha is the exception: it is one figure over all annotators at once.

The precise rules, and why, are in ``docs/agreement.md``. In short:

- ``exact_f1``: same label, start and end; matching is one-to-one (a multiset), so a
  span duplicated in one layer matches at most one span of the other.
- ``overlap_f1``: same label and at least one character in common; one-to-one matching
  that maximises the total overlap (an optimal assignment, Hungarian algorithm), ties
  broken towards more matches. Only pairs that really overlap count as matches.
- F1 between two annotators = 2 * matches / (spans of A + spans of B); ``None`` when
  both have no span at all (nothing to agree on is not perfect agreement).
- Attributes are compared on exactly matched spans; a missing value, ``None`` and
  ``""`` are one and the same value (``""``: "not set"). Cohen's kappa per pair,
  Krippendorff's alpha (nominal), and accuracy (share of equal values). Kappa and alpha
  are ``None`` when undefined: no units, or one single value everywhere (expected
  agreement 1), where the ``krippendorff`` package returns NaN.
- Relations: (type, head span's (label, start, end), tail span's (label, start, end)),
  matched one-to-one; relations whose head or tail is not in the layer are ignored.

Pure Python (stdlib only): no numpy, no Qt, no SQL.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from desktop.core.model import GOLD, Annotations, Span
from desktop.core.schema import Schema

ALL = "_all"
_DOC = "_doc"  # the placeholder document id of document_agreement

SpanKey = tuple[str, int, int]  # (label, start, end)


# ============================================================================ building blocks


def attr_value(attrs: Mapping[str, Any], name: str) -> Any:
    """The value of attribute ``name`` as compared: missing and ``None`` are ``""``."""
    value = attrs.get(name)
    if value is None:
        return ""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False)  # not a scalar: compare as text


def normalized_attrs(attrs: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """The attributes as a hashable, order-free value; unset (missing, None, "") dropped."""
    return tuple(sorted((k, attr_value(attrs, k)) for k in attrs if attr_value(attrs, k) != ""))


def f1(matches: int, a: int, b: int) -> float | None:
    """2 * matches / (a + b); ``None`` when neither side has anything."""
    if a + b == 0:
        return None
    return 2 * matches / (a + b)


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the defined values; ``None`` if none is defined."""
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


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


def cohen_kappa(pairs: Sequence[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of two coders' values over the same units.

    ``None`` when undefined: no units, or expected agreement 1 (both coders used one
    and the same value throughout, so there is no chance-corrected figure to give).
    """
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for x, y in pairs if x == y)
    ca = Counter(_hashable(x) for x, _ in pairs)
    cb = Counter(_hashable(y) for _, y in pairs)
    expected = sum(ca[k] * cb[k] for k in ca)  # pe * n^2
    if expected == n * n:
        return None
    return (n * agree - expected) / (n * n - expected)


def _kappa_counts(pairs: Mapping[tuple[Any, Any], int]) -> float | None:
    """:func:`cohen_kappa` of a multiset of (A value, B value) pairs (pair -> count)."""
    n = sum(pairs.values())
    if n == 0:
        return None
    agree = sum(c for (x, y), c in pairs.items() if x == y)
    ca: Counter = Counter()
    cb: Counter = Counter()
    for (x, y), c in pairs.items():
        ca[_hashable(x)] += c
        cb[_hashable(y)] += c
    expected = sum(ca[k] * cb[k] for k in ca)
    if expected == n * n:
        return None
    return (n * agree - expected) / (n * n - expected)


def _alpha_counts(pairs: Mapping[tuple[Any, Any], int]) -> float | None:
    """:func:`krippendorff_alpha` of a multiset of two-value units (pair -> count)."""
    coincidence: dict[tuple[Any, Any], float] = defaultdict(float)
    for (x, y), c in pairs.items():
        hx, hy = _hashable(x), _hashable(y)
        if hx == hy:
            coincidence[hx, hx] += 2.0 * c
        else:
            coincidence[hx, hy] += 1.0 * c
            coincidence[hy, hx] += 1.0 * c
    return _alpha_from(coincidence)


def _accuracy_counts(pairs: Mapping[tuple[Any, Any], int]) -> float | None:
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
        counts = Counter(_hashable(v) for v in values)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nk - 1) if c == k else nc * nk
                if pairs:
                    coincidence[c, k] += pairs / (m - 1)
    return _alpha_from(coincidence)


def _add_unit(coincidence: dict[tuple[Any, Any], float], values: Sequence[Any]) -> None:
    """One unit's share of the coincidence matrix (as in :func:`krippendorff_alpha`)."""
    m = len(values)
    if m < 2:
        return
    counts = Counter(_hashable(v) for v in values)
    for c, nc in counts.items():
        for k, nk in counts.items():
            pairs = nc * (nk - 1) if c == k else nc * nk
            if pairs:
                coincidence[c, k] += pairs / (m - 1)


def _alpha_from(coincidence: Mapping[tuple[Any, Any], float]) -> float | None:
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


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


# ============================================================================ one pair


def _label_key(span: Span) -> SpanKey:
    return (span.label, span.start, span.end)


def _relation_keys(ann: Annotations) -> list[tuple[str, SpanKey, SpanKey]]:
    by_id = {s.id: s for s in ann.spans}
    keys = []
    for r in ann.relations:
        head, tail = by_id.get(r.head), by_id.get(r.tail)
        if head is None or tail is None:
            continue  # dangling: not a relation anyone can compare
        keys.append((r.type, _label_key(head), _label_key(tail)))
    return keys


def _grouped(spans: Iterable[Span]) -> dict[SpanKey, list[Span]]:
    """Spans by (label, start, end); identical duplicates in a stable order."""
    groups: dict[SpanKey, list[Span]] = defaultdict(list)
    for s in spans:
        groups[_label_key(s)].append(s)
    for group in groups.values():
        group.sort(key=lambda s: (repr(normalized_attrs(s.attrs)), s.id))
    return groups


@dataclass
class _Tally:
    a: int = 0
    b: int = 0
    exact: int = 0
    overlap: int = 0


@dataclass
class _PairResult:
    a: str
    b: str
    documents: int = 0
    labels: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    relations: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    # (label, attribute) -> (A value, B value) -> how many exactly matched spans had
    # them; a matched pair where neither span has the attribute (and the schema does
    # not name it) is left out, and counted as ("", "") once all names are known
    values: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))

    def value_pairs(self, label: str, name: str) -> Counter:
        """Every exactly matched span pair's values of ``label.name``."""
        pairs = Counter(self.values.get((label, name), ()))
        missing = self.labels[label].exact - sum(pairs.values()) if label in self.labels else 0
        if missing:
            pairs[("", "")] += missing
        return pairs


def _compare_document(res: _PairResult, ann_a: Annotations, ann_b: Annotations,
                      schema_attrs: Mapping[str, Sequence[str]]) -> None:
    """Add one document both layers of the pair hold."""
    res.documents += 1
    by_label_a: dict[str, list[Span]] = defaultdict(list)
    by_label_b: dict[str, list[Span]] = defaultdict(list)
    for s in ann_a.spans:
        by_label_a[s.label].append(s)
    for s in ann_b.spans:
        by_label_b[s.label].append(s)
    for label in by_label_a.keys() | by_label_b.keys():
        sa, sb = by_label_a[label], by_label_b[label]
        tally = res.labels[label]
        tally.a += len(sa)
        tally.b += len(sb)
        ga, gb = _grouped(sa), _grouped(sb)
        known = schema_attrs.get(label, ())
        for key in ga.keys() & gb.keys():
            matched = list(zip(ga[key], gb[key], strict=False))
            tally.exact += len(matched)
            for x, y in matched:
                for name in {*known, *x.attrs, *y.attrs}:
                    res.values[label, name][attr_value(x.attrs, name),
                                            attr_value(y.attrs, name)] += 1
        tally.overlap += len(overlap_matching([(s.start, s.end) for s in sa],
                                              [(s.start, s.end) for s in sb]))
    ra, rb = Counter(_relation_keys(ann_a)), Counter(_relation_keys(ann_b))
    for key, n in ra.items():
        res.relations[key[0]].a += n
    for key, n in rb.items():
        res.relations[key[0]].b += n
    for key, n in (ra & rb).items():
        res.relations[key[0]].exact += n


def _total(tallies: Iterable[_Tally]) -> _Tally:
    total = _Tally()
    for t in tallies:
        total.a += t.a
        total.b += t.b
        total.exact += t.exact
        total.overlap += t.overlap
    return total


# ============================================================================ the report


class Agreement:
    """Agreement fed one document at a time, so a corpus of any size is measured in
    flat memory: ``add`` each document (in id order) with the Annotations of every
    annotator layer that holds it, then ``result()`` (the dict :func:`compute` returns).

    ``names``: the annotators compared (every pair is reported, even one that shares
    no document); layers of other names passed to ``add`` are ignored."""

    def __init__(self, names: Iterable[str], schema: Schema, *, by_document: bool = False):
        self.names = sorted(names)
        self.schema = schema
        self.by_document = by_document
        self._schema_attrs = {lab.name: [a.name for a in lab.attributes]
                              for lab in schema.labels}
        self._rel_types = [r.name for r in schema.relations]
        self._pairs = {(a, b): _PairResult(a, b) for a, b in combinations(self.names, 2)}
        self._documents = 0
        self._extra_labels: set[str] = set()
        self._extra_attrs: dict[str, set[str]] = defaultdict(set)
        self._extra_types: set[str] = set()
        self._span_counts: dict[str, Counter] = {n: Counter() for n in self.names}
        self._rel_counts: dict[str, Counter] = {n: Counter() for n in self.names}
        # Krippendorff units per label: how many, the sum of their sizes, and per
        # attribute the coincidence matrix and the sizes of the units it has seen
        self._units: Counter = Counter()
        self._unit_values: Counter = Counter()
        self._coincidence: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(float))
        self._covered: Counter = Counter()
        self._per_doc: dict[str, Any] = {}

    def add(self, doc_id: str, anns: Mapping[str, Annotations]) -> None:
        holders = {n: anns[n] for n in self.names if n in anns}
        for ann in holders.values():
            self._note_names(ann)
        if len(holders) < 2:
            return
        self._documents += 1
        for (a, b), res in self._pairs.items():
            if a in holders and b in holders:
                _compare_document(res, holders[a], holders[b], self._schema_attrs)
        for n, ann in holders.items():
            self._span_counts[n].update(s.label for s in ann.spans)
            self._rel_counts[n].update(k[0] for k in _relation_keys(ann))
        self._add_units(holders)
        if self.by_document:
            self._per_doc[doc_id] = document_agreement(holders, self.schema, exclude=())

    def _note_names(self, ann: Annotations) -> None:
        attributes, rel_types = self._schema_attrs, self._rel_types
        for s in ann.spans:
            if s.label not in attributes:
                self._extra_labels.add(s.label)
            known = attributes.get(s.label, ())
            self._extra_attrs[s.label].update(k for k in s.attrs if k not in known)
        self._extra_types.update(r.type for r in ann.relations if r.type not in rel_types)

    def _add_units(self, holders: Mapping[str, Annotations]) -> None:
        """Krippendorff units of one document: a (label, start, end) position (the k-th
        copy, for identical duplicates) with the span of every annotator who tagged it
        there, kept when at least two did."""
        cells: dict[tuple[SpanKey, int], list[Span]] = defaultdict(list)
        for n in self.names:
            ann = holders.get(n)
            if ann is None:
                continue
            for key, group in _grouped(ann.spans).items():
                for k, span in enumerate(group):
                    cells[key, k].append(span)
        for (key, _), spans in sorted(cells.items()):
            if len(spans) < 2:
                continue
            label, m = key[0], len(spans)
            self._units[label] += 1
            self._unit_values[label] += m
            names = {*self._schema_attrs.get(label, ())}
            for s in spans:
                names.update(s.attrs)
            for name in names:
                _add_unit(self._coincidence[label, name],
                          [attr_value(s.attrs, name) for s in spans])
                self._covered[label, name] += m

    def _alpha(self, label: str, name: str) -> float | None:
        coincidence = defaultdict(float, self._coincidence.get((label, name), {}))
        blank = self._unit_values[label] - self._covered[label, name]
        if blank:  # units where nobody set it: all "", m(m-1)/(m-1) = m each
            coincidence["", ""] += blank
        return _alpha_from(coincidence)

    def _names(self) -> tuple[list[str], dict[str, list[str]], list[str]]:
        """Labels (schema order, then unknown ones met in the data, sorted), their
        attributes (likewise) and relation types (likewise)."""
        labels = list(self.schema.label_names) + sorted(self._extra_labels)
        attributes = {label: list(self._schema_attrs.get(label, ()))
                      + sorted(self._extra_attrs.get(label, ())) for label in labels}
        rel_types = self._rel_types + sorted(self._extra_types)
        return labels, attributes, rel_types

    def result(self) -> dict[str, Any]:
        names = self.names
        labels, attributes, rel_types = self._names()
        pairs = list(self._pairs.values())

        # --- per label, and "_all" (micro over labels within a pair, macro over pairs)
        label_out: dict[str, Any] = {}
        for label in [*labels, ALL]:
            tallies = [(_total(p.labels.values()) if label == ALL
                        else p.labels.get(label, _Tally())) for p in pairs]
            exact = [f1(t.exact, t.a, t.b) for t in tallies]
            overlap = [f1(t.overlap, t.a, t.b) for t in tallies]
            label_out[label] = {
                "exact_f1": mean(exact),
                "overlap_f1": mean(overlap),
                "support": {
                    "spans": {n: (sum(self._span_counts[n].values()) if label == ALL
                                  else self._span_counts[n][label]) for n in names},
                    "exact_matches": sum(t.exact for t in tallies),
                    "overlap_matches": sum(t.overlap for t in tallies),
                    "pairs": sum(1 for x in exact if x is not None),
                },
            }

        # --- attributes
        attr_out: dict[str, Any] = {}
        for label in labels:
            for name in attributes[label]:
                values = [p.value_pairs(label, name) for p in pairs]
                attr_out[f"{label}.{name}"] = {
                    "kappa": _kappa_counts(values[0]) if len(names) == 2 else None,
                    "alpha": self._alpha(label, name),
                    "accuracy": mean(_accuracy_counts(v) for v in values),
                    "n": sum(sum(v.values()) for v in values),
                    "units": self._units[label],
                }

        # --- relations
        def relation_figures(type_: str | None) -> dict[str, Any]:
            tallies = [(_total(p.relations.values()) if type_ is None
                        else p.relations.get(type_, _Tally())) for p in pairs]
            scores = [f1(t.exact, t.a, t.b) for t in tallies]
            return {
                "f1": mean(scores),
                "matches": sum(t.exact for t in tallies),
                "relations": {n: (sum(self._rel_counts[n].values()) if type_ is None
                                  else self._rel_counts[n][type_]) for n in names},
                "pairs": sum(1 for x in scores if x is not None),
            }

        relations_out = relation_figures(None)
        relations_out["by_type"] = {t: relation_figures(t) for t in rel_types}

        result: dict[str, Any] = {
            "annotators": names,
            "documents": self._documents,
            "labels": label_out,
            "attributes": attr_out,
            "relations": relations_out,
            "pairs": [_pair_out(p, labels, attributes, rel_types) for p in pairs],
        }
        if self.by_document:
            result["by_document"] = dict(self._per_doc)
        return result


def compute(layers: Mapping[str, Mapping[str, Annotations]], schema: Schema, *,
            by_document: bool = False, exclude: Iterable[str] = (GOLD,)) -> dict[str, Any]:
    """Agreement between the annotators' layers; a JSON-ready dict (see docs/agreement.md).

    ``layers``: annotator name -> document id -> that document's Annotations in that
    layer (a document present in the inner mapping belongs to the layer, spans or not).
    Layers named in ``exclude`` (the gold layer by default) are left out. For a corpus
    too large to hold at once, feed :class:`Agreement` document by document instead.
    """
    excluded = set(exclude)
    names = [n for n in layers if n not in excluded]
    acc = Agreement(names, schema, by_document=by_document)
    for doc in sorted(set().union(*(layers[n].keys() for n in names))):
        acc.add(doc, {n: layers[n][doc] for n in names if doc in layers[n]})
    return acc.result()


def _pair_out(p: _PairResult, labels: Sequence[str], attributes: Mapping[str, Sequence[str]],
              rel_types: Sequence[str]) -> dict[str, Any]:
    def label_figures(t: _Tally) -> dict[str, Any]:
        return {"exact_f1": f1(t.exact, t.a, t.b), "overlap_f1": f1(t.overlap, t.a, t.b),
                "exact_matches": t.exact, "overlap_matches": t.overlap, "a": t.a, "b": t.b}

    def relation_figures(t: _Tally) -> dict[str, Any]:
        return {"f1": f1(t.exact, t.a, t.b), "matches": t.exact, "a": t.a, "b": t.b}

    out_labels = {label: label_figures(p.labels.get(label, _Tally())) for label in labels}
    out_labels[ALL] = label_figures(_total(p.labels.values()))
    out_attrs = {}
    for label in labels:
        for name in attributes[label]:
            values = p.value_pairs(label, name)
            out_attrs[f"{label}.{name}"] = {
                "kappa": _kappa_counts(values),
                "alpha": _alpha_counts(values),
                "accuracy": _accuracy_counts(values),
                "n": sum(values.values()),
            }
    rel = relation_figures(_total(p.relations.values()))
    rel["by_type"] = {t: relation_figures(p.relations.get(t, _Tally())) for t in rel_types}
    return {"a": p.a, "b": p.b, "documents": p.documents, "labels": out_labels,
            "attributes": out_attrs, "relations": rel}


def document_agreement(anns: Mapping[str, Annotations], schema: Schema, *,
                       exclude: Iterable[str] = (GOLD,)) -> dict[str, Any]:
    """Agreement on one document (the review window's summary), from each annotator's
    Annotations of it: per label exact/overlap F1, overall exact/overlap F1 (micro over
    labels), relation F1, attribute accuracy/kappa/alpha; averaged over the pairs of
    annotators, ``None`` where undefined (e.g. no spans at all)."""
    layers = {name: {_DOC: ann} for name, ann in anns.items()}
    r = compute(layers, schema, exclude=exclude)
    return {
        "annotators": r["annotators"],
        "exact_f1": r["labels"][ALL]["exact_f1"],
        "overlap_f1": r["labels"][ALL]["overlap_f1"],
        "labels": {label: {"exact_f1": v["exact_f1"], "overlap_f1": v["overlap_f1"],
                           "spans": v["support"]["spans"]}
                   for label, v in r["labels"].items()},
        "attributes": {k: {"kappa": v["kappa"], "alpha": v["alpha"],
                           "accuracy": v["accuracy"], "n": v["n"]}
                       for k, v in r["attributes"].items()},
        "relations": {"f1": r["relations"]["f1"], "matches": r["relations"]["matches"],
                      "relations": r["relations"]["relations"],
                      "by_type": {t: {"f1": v["f1"], "matches": v["matches"]}
                                  for t, v in r["relations"]["by_type"].items()}},
    }


# ============================================================================ plain text


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(result: Mapping[str, Any]) -> str:
    """The human-readable report of :func:`compute` (the ``tawsim agreement`` output)."""
    names = result["annotators"]
    lines = []
    npairs = len(result["pairs"])
    lines.append(f"Annotators: {', '.join(names) or '(none)'}; documents compared: "
                 f"{result['documents']}; pairs: {npairs}")
    if npairs > 1:
        lines.append("Figures are averaged over the pairs of annotators; '-' = undefined.")
    else:
        lines.append("'-' = undefined (nothing to compare).")
    lines.append("")

    rows = [("label", "exact F1", "overlap F1", "spans", "exact", "overlap")]
    for label, v in result["labels"].items():
        sup = v["support"]
        rows.append((("all labels" if label == ALL else label), _fmt(v["exact_f1"]),
                     _fmt(v["overlap_f1"]), str(sum(sup["spans"].values())),
                     str(sup["exact_matches"]), str(sup["overlap_matches"])))
    lines += _table(rows)
    lines.append("")

    rows = [("attribute", "kappa", "alpha", "accuracy", "n")]
    for key, v in result["attributes"].items():
        rows.append((key, _fmt(v["kappa"]), _fmt(v["alpha"]), _fmt(v["accuracy"]), str(v["n"])))
    lines += _table(rows)
    lines.append("")

    rel = result["relations"]
    rows = [("relation", "F1", "matches", "relations")]
    for t, v in rel["by_type"].items():
        rows.append((t, _fmt(v["f1"]), str(v["matches"]), str(sum(v["relations"].values()))))
    rows.append(("all relations", _fmt(rel["f1"]), str(rel["matches"]),
                 str(sum(rel["relations"].values()))))
    lines += _table(rows)

    if npairs > 1:
        lines.append("")
        rows = [("pair", "documents", "exact F1", "overlap F1", "relation F1")]
        for p in result["pairs"]:
            rows.append((f"{p['a']} / {p['b']}", str(p["documents"]),
                         _fmt(p["labels"][ALL]["exact_f1"]),
                         _fmt(p["labels"][ALL]["overlap_f1"]), _fmt(p["relations"]["f1"])))
        lines += _table(rows)

    if "by_document" in result:
        lines.append("")
        rows = [("document", "exact F1", "overlap F1", "relation F1")]
        for doc, v in result["by_document"].items():
            rows.append((doc, _fmt(v["exact_f1"]), _fmt(v["overlap_f1"]),
                         _fmt(v["relations"]["f1"])))
        lines += _table(rows)
    return "\n".join(lines) + "\n"


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:],
                                                                         strict=True)]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out
