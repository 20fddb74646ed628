"""One pair of annotators compared, document by document: the tallies of matched spans
(exact, overlap), attribute values on exactly matched spans, and relations, that
:mod:`desktop.core.agreement` pools into its figures. The rules are in that module's
docstring and ``docs/agreement.md``. Pure Python."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.matching import overlap_matching
from desktop.core.model import Annotations, Span

SpanKey = tuple[str, int, int]  # (label, start, end)


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


def label_key(span: Span) -> SpanKey:
    return (span.label, span.start, span.end)


def relation_keys(ann: Annotations) -> list[tuple[str, SpanKey, SpanKey]]:
    by_id = {s.id: s for s in ann.spans}
    keys = []
    for r in ann.relations:
        head, tail = by_id.get(r.head), by_id.get(r.tail)
        if head is None or tail is None:
            continue  # dangling: not a relation anyone can compare
        keys.append((r.type, label_key(head), label_key(tail)))
    return keys


def grouped(spans: Iterable[Span]) -> dict[SpanKey, list[Span]]:
    """Spans by (label, start, end); identical duplicates in a stable order."""
    groups: dict[SpanKey, list[Span]] = defaultdict(list)
    for s in spans:
        groups[label_key(s)].append(s)
    for group in groups.values():
        group.sort(key=lambda s: (repr(normalized_attrs(s.attrs)), s.id))
    return groups


@dataclass
class Tally:
    a: int = 0
    b: int = 0
    exact: int = 0
    overlap: int = 0


@dataclass
class PairResult:
    a: str
    b: str
    documents: int = 0
    labels: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    relations: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
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


def compare_document(res: PairResult, ann_a: Annotations, ann_b: Annotations,
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
        ga, gb = grouped(sa), grouped(sb)
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
    ra, rb = Counter(relation_keys(ann_a)), Counter(relation_keys(ann_b))
    for key, n in ra.items():
        res.relations[key[0]].a += n
    for key, n in rb.items():
        res.relations[key[0]].b += n
    for key, n in (ra & rb).items():
        res.relations[key[0]].exact += n


def total(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        total.a += t.a
        total.b += t.b
        total.exact += t.exact
        total.overlap += t.overlap
    return total


__all__ = ["PairResult", "SpanKey", "Tally", "attr_value", "compare_document", "grouped",
           "label_key", "normalized_attrs", "relation_keys", "total"]
