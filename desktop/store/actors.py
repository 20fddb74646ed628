"""The actor index over a project: every actor of a layer by canonical name, with its
variant mentions and their counts, its type, the claims it made and the claims about it
(DESIGN §5b). The grouping rules are ``desktop.core.analysis.actors``; here are the
queries: a pass over the layer's spans and one over its about relations, no document
text read.

Which mentions: gold — the documents reviewed in gold, or all with
``include_unreviewed``; an annotator's layer — all of that layer's.
"""

from __future__ import annotations

import weakref
from dataclasses import replace

from desktop.core.analysis.actors import Actor, group_actors
from desktop.core.model import GOLD, Span
from desktop.store.ledger_sql import CANON
from desktop.store.project import SPAN_COLUMNS, Project, span_from_row

__all__ = ["actor_index", "actor_spans"]

_REVIEWED = ("EXISTS (SELECT 1 FROM doc_layers l WHERE l.doc_id = {t}.doc_id"
             " AND l.layer = 'gold' AND l.status = 'reviewed')")


_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Project -> {key: actors}


def actor_index(project: Project, layer: str = GOLD, *,
                include_unreviewed: bool = False) -> list[Actor]:
    """Every actor of the layer, most mentions first (ties by canonical name).

    An aggregate over every mention, so its time grows with the layer (docs/analysis.md
    has the figures; a window computes it in a worker): the result is kept while the
    project is unchanged (PRAGMA data_version, total_changes), so asking again is free."""
    if layer not in project.layers():
        raise ValueError(f"no layer {layer!r} in this project (layers: "
                         f"{', '.join(project.layers())})")
    conn = project.conn
    stamp = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    kept = _KEPT.setdefault(project, {})
    hit = kept.get((layer, include_unreviewed))
    if hit is None or hit[0] != stamp:
        hit = (stamp, _actor_index(project, layer, include_unreviewed))
        kept[(layer, include_unreviewed)] = hit
    return [replace(a, variants=dict(a.variants), types=dict(a.types)) for a in hit[1]]


def _actor_index(project: Project, layer: str, include_unreviewed: bool) -> list[Actor]:
    canon = CANON.format(t="a")
    reviewed = ""
    if layer == GOLD and not include_unreviewed:
        reviewed = " AND " + _REVIEWED.format(t="a")
    conn = project.conn
    # one pass over the spans in file order (the actor-name index would make each mention
    # a lookup elsewhere in the file): mentions by name, text and type, with the claims
    # each mention is the claimant of (at most one claimant a claim: the sum counts claims)
    rows = conn.execute(
        f"SELECT {canon} AS canon, a.text, coalesce(json_extract(a.attrs, '$.type'), ''),"
        " count(*), sum((SELECT count(*) FROM relations r WHERE r.tail = a.id"
        "  AND r.type = 'claimant'))"
        " FROM spans a NOT INDEXED WHERE a.layer = :layer AND a.label = 'ACTOR'"
        f"{reviewed} GROUP BY canon, a.text, 3", {"layer": layer}).fetchall()
    made: dict[str, int] = {}
    for name, _text, _type, _n, claims in rows:
        made[name] = made.get(name, 0) + (claims or 0)
    # claims about an actor: from the about relations, each claim once however many of
    # the actor's mentions it is about
    about = dict(conn.execute(
        f"SELECT {canon} AS canon, count(DISTINCT r.head) FROM relations r CROSS JOIN spans a"
        " WHERE r.layer = :layer AND r.type = 'about' AND a.id = r.tail"
        f" AND a.label = 'ACTOR'{reviewed} GROUP BY canon", {"layer": layer}).fetchall())
    return group_actors(((c, t, ty, n) for c, t, ty, n, _ in rows), made, about)


def actor_spans(project: Project, layer: str, canonical: str) -> list[Span]:
    """Every ACTOR span of the layer (all its documents) whose canonical name is
    ``canonical``, with its comment: what a rename changes."""
    cols = ", ".join(f"a.{c.strip()}" for c in SPAN_COLUMNS.split(","))
    rows = project.conn.execute(
        f"SELECT {cols} FROM spans a WHERE a.layer = ? AND a.label = 'ACTOR'"
        f" AND {CANON.format(t='a')} = ? ORDER BY a.doc_id, a.start, a.\"end\", a.id",
        (layer, canonical)).fetchall()
    return [span_from_row(r) for r in rows]
