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

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

from desktop.core.agreement_pairs import (
    PairResult,
    SpanKey,
    Tally,
    attr_value,
    compare_document,
    grouped,
    normalized_attrs,
    relation_keys,
    total,
)
from desktop.core.coefficients import (
    accuracy_counts,
    add_unit,
    alpha_counts,
    alpha_from,
    cohen_kappa,
    f1,
    kappa_counts,
    krippendorff_alpha,
    mean,
)
from desktop.core.matching import max_weight_assignment, overlap_matching
from desktop.core.model import GOLD, Annotations, Span
from desktop.core.schema import Schema

ALL = "_all"
_DOC = "_doc"  # the placeholder document id of document_agreement


# ============================================================================ building blocks


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
        self._pairs = {(a, b): PairResult(a, b) for a, b in combinations(self.names, 2)}
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
                compare_document(res, holders[a], holders[b], self._schema_attrs)
        for n, ann in holders.items():
            self._span_counts[n].update(s.label for s in ann.spans)
            self._rel_counts[n].update(k[0] for k in relation_keys(ann))
        self.add_units(holders)
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

    def add_units(self, holders: Mapping[str, Annotations]) -> None:
        """Krippendorff units of one document: a (label, start, end) position (the k-th
        copy, for identical duplicates) with the span of every annotator who tagged it
        there, kept when at least two did."""
        cells: dict[tuple[SpanKey, int], list[Span]] = defaultdict(list)
        for n in self.names:
            ann = holders.get(n)
            if ann is None:
                continue
            for key, group in grouped(ann.spans).items():
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
                add_unit(self._coincidence[label, name],
                          [attr_value(s.attrs, name) for s in spans])
                self._covered[label, name] += m

    def _alpha(self, label: str, name: str) -> float | None:
        coincidence = defaultdict(float, self._coincidence.get((label, name), {}))
        blank = self._unit_values[label] - self._covered[label, name]
        if blank:  # units where nobody set it: all "", m(m-1)/(m-1) = m each
            coincidence["", ""] += blank
        return alpha_from(coincidence)

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
            tallies = [(total(p.labels.values()) if label == ALL
                        else p.labels.get(label, Tally())) for p in pairs]
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
                    "kappa": kappa_counts(values[0]) if len(names) == 2 else None,
                    "alpha": self._alpha(label, name),
                    "accuracy": mean(accuracy_counts(v) for v in values),
                    "n": sum(sum(v.values()) for v in values),
                    "units": self._units[label],
                }

        # --- relations
        def relation_figures(type_: str | None) -> dict[str, Any]:
            tallies = [(total(p.relations.values()) if type_ is None
                        else p.relations.get(type_, Tally())) for p in pairs]
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


def _pair_out(p: PairResult, labels: Sequence[str], attributes: Mapping[str, Sequence[str]],
              rel_types: Sequence[str]) -> dict[str, Any]:
    def label_figures(t: Tally) -> dict[str, Any]:
        return {"exact_f1": f1(t.exact, t.a, t.b), "overlap_f1": f1(t.overlap, t.a, t.b),
                "exact_matches": t.exact, "overlap_matches": t.overlap, "a": t.a, "b": t.b}

    def relation_figures(t: Tally) -> dict[str, Any]:
        return {"f1": f1(t.exact, t.a, t.b), "matches": t.exact, "a": t.a, "b": t.b}

    out_labels = {label: label_figures(p.labels.get(label, Tally())) for label in labels}
    out_labels[ALL] = label_figures(total(p.labels.values()))
    out_attrs = {}
    for label in labels:
        for name in attributes[label]:
            values = p.value_pairs(label, name)
            out_attrs[f"{label}.{name}"] = {
                "kappa": kappa_counts(values),
                "alpha": alpha_counts(values),
                "accuracy": accuracy_counts(values),
                "n": sum(values.values()),
            }
    rel = relation_figures(total(p.relations.values()))
    rel["by_type"] = {t: relation_figures(p.relations.get(t, Tally())) for t in rel_types}
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


__all__ = ["ALL", "Agreement", "attr_value", "cohen_kappa", "compute", "document_agreement",
           "f1", "krippendorff_alpha", "max_weight_assignment", "mean",
           "normalized_attrs", "overlap_matching"]
