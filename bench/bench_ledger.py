"""The claims ledger and the actor index at two sizes (issue 15: "instant at 100,000
documents"): the operations a lazy table model makes, timed on an annotated synthetic
project (``bench/annotated_corpus.py``: about 3 claims, 13 spans and 12 relations a
document, half of them reviewed) of 1,000 and of ``BENCH_LEDGER_DOCS`` (default 100,000)
documents.

Each operation is the median of a few runs; ``growth`` is its time at the large size over
its time at the small one (100x the data). The same run's baseline is a raw page: 200
span rows read by rowid with no join.
"""

from __future__ import annotations

import os
import random
import statistics
import time

from bench.annotated_corpus import actors, build
from desktop.store import ledger as L
from desktop.store.actors import actor_index
from desktop.store.project import Project

F = L.LedgerFilters


def _timed(fn, runs: int, cold: bool = False) -> float:
    times = []
    for _ in range(runs):
        if cold:
            L._ORDERS.clear()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _ops(p: Project) -> dict:
    typical = actors(random.Random(11))[50][0]  # a claimant of middling frequency
    top = actors(random.Random(11))[3][0]  # the most frequent person
    ops = {
        "count": (lambda: L.ledger_count(p), 5, False),
        "count_all_layer": (lambda: L.ledger_count(p, include_unreviewed=True), 5, False),
        "first_page": (lambda: L.ledger_rows(p), 5, False),
        "page_at_10000": (lambda: L.ledger_rows(p, offset=10000), 5, False),
        "sorted_by_claimant": (lambda: L.ledger_rows(p, order_by="claimant_canonical"), 5, False),
        "sorted_by_claimant_desc": (lambda: L.ledger_rows(
            p, order_by="claimant_canonical", descending=True), 5, False),
        "sorted_by_claim_type": (lambda: L.ledger_rows(p, order_by="claim_type"), 5, False),
        "filtered_claimant": (lambda: (L.ledger_count(p, filters=F(claimant=typical,
                                                                   claimant_exact=True)),
                                       L.ledger_rows(p, filters=F(claimant=typical,
                                                                  claimant_exact=True))), 5, False),
        "filtered_top_claimant": (lambda: (L.ledger_count(p, filters=F(claimant=top,
                                                                       claimant_exact=True)),
                                           L.ledger_rows(p, filters=F(claimant=top,
                                                                      claimant_exact=True))), 3, False),
        "filtered_claimant_substring": (lambda: (L.ledger_count(p, filters=F(claimant="بومبيو")),
                                                 L.ledger_rows(p, filters=F(claimant="بومبيو"))), 3, False),
        "filtered_claim_type": (lambda: (L.ledger_count(p, filters=F(claim_type="denial")),
                                         L.ledger_rows(p, filters=F(claim_type="denial"))), 5, False),
        "filtered_date_range": (lambda: (L.ledger_count(p, filters=F(date_from="2018-06",
                                                                     date_to="2018-08")),
                                         L.ledger_rows(p, filters=F(date_from="2018-06",
                                                                    date_to="2018-08"))), 3, False),
        "filtered_document": (lambda: L.ledger_rows(p, filters=F(document="doc_000500")), 5, False),
        "sorted_by_event_date_cold": (lambda: L.ledger_rows(p, order_by="event_date_value"), 1, True),
        "sorted_by_event_date_next_page": (lambda: L.ledger_rows(
            p, order_by="event_date_value", offset=200), 5, False),
        "actor_index": (lambda: actor_index(p), 1, False),
    }
    L.ledger_rows(p, order_by="event_date_value")  # for the next page: the order is kept
    out = {}
    for name, (fn, runs, cold) in ops.items():
        if name == "sorted_by_event_date_next_page":
            L.ledger_rows(p, order_by="event_date_value")
        out[name] = _timed(fn, runs, cold)
    out["baseline_raw_page"] = _timed(lambda: p.conn.execute(
        "SELECT id, doc_id, text, attrs FROM spans WHERE rowid > 500 LIMIT 200").fetchall(), 5)
    return out


def _size(n: int) -> dict:
    path = build(n)
    with Project(path, create=False) as p:
        claims = L.ledger_count(p, include_unreviewed=True)
        shown = L.ledger_count(p)
        times = _ops(p)
    return {"docs": n, "claims": claims, "reviewed_claims": shown,
            "ms": {k: round(v * 1000, 1) for k, v in times.items()}}


def run(n: int | None = None) -> dict:
    n = n or int(os.environ.get("BENCH_LEDGER_DOCS", "100000"))
    small, big = _size(1000), _size(n)
    growth = {k: round(big["ms"][k] / small["ms"][k], 1) if small["ms"][k] else None
              for k in big["ms"]}
    return {"small": small, "large": big, "growth": growth}


if __name__ == "__main__":
    import json

    print("ledger:", json.dumps(run(), ensure_ascii=False, indent=1))
