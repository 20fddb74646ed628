"""The actor index over a project: every actor of a layer by canonical name, with its
variant mentions and their counts, its type, the claims it made and the claims about it
(DESIGN §5b). The grouping rules are ``desktop.core.analysis.actors``; here are the
queries, which walk the actor-name index of migration 0007 and read no document text.

Which mentions: gold — the documents reviewed in gold, or all with
``include_unreviewed``; an annotator's layer — all of that layer's.
"""

from __future__ import annotations

import json

from desktop.core.analysis.actors import Actor, group_actors
from desktop.core.model import GOLD, Span
from desktop.store.ledger_sql import CANON, has_comment
from desktop.store.project import SPAN_COLUMNS, Project

__all__ = ["actor_index", "actor_spans"]

_REVIEWED = ("EXISTS (SELECT 1 FROM doc_layers l WHERE l.doc_id = {t}.doc_id"
             " AND l.layer = 'gold' AND l.status = 'reviewed')")


def actor_index(project: Project, layer: str = GOLD, *,
                include_unreviewed: bool = False) -> list[Actor]:
    """Every actor of the layer, most mentions first (ties by canonical name)."""
    if layer not in project.layers():
        raise ValueError(f"no layer {layer!r} in this project (layers: "
                         f"{', '.join(project.layers())})")
    canon = CANON.format(t="a")
    where = "a.layer = :layer AND a.label = 'ACTOR'"
    if layer == GOLD and not include_unreviewed:
        where += " AND " + _REVIEWED.format(t="a")
    conn = project.conn
    mentions = conn.execute(
        f"SELECT {canon} AS canon, a.text, coalesce(json_extract(a.attrs, '$.type'), ''),"
        f" count(*) FROM spans a WHERE {where} GROUP BY canon, a.text, 3",
        {"layer": layer}).fetchall()

    def claims(rel: str) -> dict[str, int]:
        return dict(conn.execute(
            f"SELECT {canon} AS canon, count(DISTINCT r.head) FROM spans a JOIN relations r"
            f" ON r.tail = a.id AND r.type = '{rel}' WHERE {where} GROUP BY canon",
            {"layer": layer}).fetchall())

    return group_actors(mentions, claims("claimant"), claims("about"))


def actor_spans(project: Project, layer: str, canonical: str) -> list[Span]:
    """Every ACTOR span of the layer (all its documents) whose canonical name is
    ``canonical``, with its comment when the store keeps comments: what a rename changes."""
    comment = ", coalesce(a.comment, '')" if has_comment(project.conn) else ", ''"
    cols = ", ".join(f"a.{c.strip()}" for c in SPAN_COLUMNS.split(","))
    rows = project.conn.execute(
        f"SELECT {cols}{comment} FROM spans a WHERE a.layer = ? AND a.label = 'ACTOR'"
        f" AND {CANON.format(t='a')} = ? ORDER BY a.doc_id, a.start, a.\"end\", a.id",
        (layer, canonical)).fetchall()
    return [Span.trusted(doc_id, lay, label, start, end, text,
                         {} if attrs == "{}" else json.loads(attrs), sid, author, created,
                         note)
            for sid, doc_id, lay, label, start, end, text, attrs, author, created, note in rows]
