"""The SQL the claims ledger is made of (``desktop.store.ledger`` puts it together).

Conditions and keys are written on ``c``, the CLAIM span of a row; ``t`` is a span a
relation reaches. A page is one statement: a ``page`` of claim ids in order (with their
sort key and tie-breakers), then the cells of those claims only.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.core.analysis.ledger import JOIN, ActorRef, CueRef, DateRef, LedgerRow
from desktop.core.analysis.timeline import interval
from desktop.core.folding import fold_string

# an ACTOR's canonical name: its ``canonical`` attribute, else its text. The actor-name
# index (migration 0007) is on exactly this expression (with no table prefix).
CANON = "coalesce(nullif(json_extract({t}.attrs, '$.canonical'), ''), {t}.text)"

REVIEWED = ("EXISTS (SELECT 1 FROM doc_layers l WHERE l.doc_id = c.doc_id"
            " AND l.layer = 'gold' AND l.status = 'reviewed')")


def has_comment(conn: sqlite3.Connection) -> bool:
    """Span comments arrive with the store's migration 0004; until then the ledger's
    comment cells are empty."""
    return any(r[1] == "comment" for r in conn.execute("PRAGMA table_info(spans)"))


def _overlaps(value, mod, lo, hi) -> int:
    iv = interval(value, mod or None) if isinstance(value, str) else None
    if iv is None:
        return 0
    return int((hi is None or iv.start_day < hi) and (lo is None or iv.end_day > lo))


def _fold(value) -> str:
    return fold_string(value) if isinstance(value, str) else ""


def functions(conn: sqlite3.Connection) -> None:
    """The two functions the filters call: the search folding (DESIGN §2) and whether a
    TIMEX value overlaps a range of day numbers."""
    conn.create_function("tawsim_fold", 1, _fold, deterministic=True)
    conn.create_function("tawsim_timex_overlaps", 4, _overlaps, deterministic=True)


def _agg(expr: str, rel: str) -> str:
    """The ` | `-joined ``expr`` of the spans a claim's ``rel`` relations reach, in text
    order: the cell exactly as shown."""
    return (f"coalesce((SELECT group_concat(v, '{JOIN}') FROM (SELECT {expr} AS v"
            " FROM relations r JOIN spans t ON t.id = r.tail"
            f" WHERE r.head = c.id AND r.type = '{rel}' ORDER BY t.start, t.\"end\", t.id)), '')")


def sort_keys(comment: bool) -> dict[str, str]:
    """Column -> its sort key. The claim-type and attribution keys are the expressions of
    their indexes (migration 0007)."""
    attr = "coalesce(json_extract(c.attrs, '$.{}'), '')"
    value = "coalesce(json_extract(t.attrs, '$.value'), '')"
    return {
        "document": "c.doc_id",
        "claim_id": "c.id",
        "claim": "c.text",
        "claim_type": attr.format("claim_type"),
        "attribution": attr.format("attribution"),
        "polarity": attr.format("polarity"),
        "claimant": _agg("t.text", "claimant"),
        "claimant_canonical": _agg(CANON.format(t="t"), "claimant"),
        "cue": (f"coalesce((SELECT group_concat(v, '{JOIN}') FROM (SELECT t.text AS v"
                " FROM relations r JOIN spans t ON t.id = r.head WHERE r.tail = c.id"
                " AND r.type = 'cue_of' ORDER BY t.start, t.\"end\", t.id)), '')"),
        "claim_date": _agg("t.text", "claim_date"),
        "claim_date_value": _agg(value, "claim_date"),
        "event_date": _agg("t.text", "event_date"),
        "event_date_value": _agg(value, "event_date"),
        "about": _agg("t.text", "about"),
        "comment": "coalesce(c.comment, '')" if comment else "''",
    }


def cells(comment: bool) -> str:
    """The columns a LedgerRow is built from (``row``): the claim, then as JSON arrays the
    spans its claimant, about, claim_date and event_date relations reach and its cues
    (unordered: ``row`` puts them in text order, cheaper than a sort per claim here)."""
    return (
        "c.doc_id, c.id, c.text, c.start, c.\"end\","
        " coalesce(json_extract(c.attrs, '$.claim_type'), ''),"
        " coalesce(json_extract(c.attrs, '$.attribution'), ''),"
        " coalesce(json_extract(c.attrs, '$.polarity'), ''),"
        + (" coalesce(c.comment, '')," if comment else " '',")
        + " (SELECT json_group_array(json_array(r.type, t.id, t.text, t.start, t.\"end\","
        f" {CANON.format(t='t')}, coalesce(json_extract(t.attrs, '$.value'), ''),"
        " json_extract(t.attrs, '$.mod'), coalesce(json_extract(t.attrs, '$.type'), '')))"
        " FROM relations r JOIN spans t ON t.id = r.tail WHERE r.head = c.id"
        " AND r.type IN ('claimant', 'about', 'claim_date', 'event_date')),"
        " (SELECT json_group_array(json_array(t.id, t.text, t.start, t.\"end\"))"
        " FROM relations r JOIN spans t ON t.id = r.head WHERE r.tail = c.id"
        " AND r.type = 'cue_of')"
    )


def row(raw: tuple) -> LedgerRow:
    (doc, cid, text, start, end, claim_type, attribution, polarity, comment,
     targets, cues) = raw
    claimants: list[ActorRef] = []
    about: list[ActorRef] = []
    claim_dates: list[DateRef] = []
    event_dates: list[DateRef] = []
    if targets != "[]":
        found = json.loads(targets)
        if len(found) > 1:
            found.sort(key=lambda t: (t[3], t[4], t[1]))  # start, end, id: text order
        for typ, sid, ttext, s, e, canon, value, mod, atype in found:
            if typ == "claimant":
                claimants.append(ActorRef(sid, ttext, str(canon), s, e, str(atype)))
            elif typ == "about":
                about.append(ActorRef(sid, ttext, str(canon), s, e, str(atype)))
            elif typ == "claim_date":
                claim_dates.append(DateRef(sid, ttext, str(value), s, e, mod or None))
            else:
                event_dates.append(DateRef(sid, ttext, str(value), s, e, mod or None))
    if cues == "[]":
        cue_refs: tuple[CueRef, ...] = ()
    else:
        found = json.loads(cues)
        if len(found) > 1:
            found.sort(key=lambda t: (t[2], t[3], t[0]))
        cue_refs = tuple(CueRef(*c) for c in found)
    return LedgerRow(doc, cid, text, start, end, claim_type, attribution, polarity,
                     tuple(claimants), cue_refs, tuple(claim_dates), tuple(event_dates),
                     tuple(about), comment)


def order(key: str, descending: bool, prefix: str | None = None) -> str:
    """ORDER BY ``key`` then the tie-breakers: document, start, end, id (on ``c``, or on
    a page's ``dd, s, e, id`` columns with ``prefix``)."""
    d = " DESC" if descending else ""
    ties = (("c.doc_id", "c.start", 'c."end"', "c.id") if prefix is None
            else tuple(f"{prefix}{x}" for x in ("dd", "s", "e", "id")))
    return ", ".join(f"{x}{d}" for x in (key, *ties))


def _page_of_cells(page: str, descending: bool, comment: bool, group: bool = False) -> str:
    g = "page.g, " if group else ""
    return (f"WITH page AS MATERIALIZED ({page}) SELECT {cells(comment)} FROM page"
            f" JOIN spans c ON c.id = page.id ORDER BY {g}{order('page.k', descending, 'page.')}")


def page_sql(where: str, key: str, descending: bool, comment: bool) -> str:
    """A page in an order an index walks (document, claim type, attribution)."""
    page = (f"SELECT c.id AS id, {key} AS k, c.doc_id AS dd, c.start AS s, c.\"end\" AS e"
            f" FROM spans c WHERE {where} ORDER BY {order('k', descending, '')}"
            " LIMIT :limit OFFSET :offset")
    return _page_of_cells(page, descending, comment)


def claimant_sql(where: str, descending: bool, comment: bool) -> str:
    """A page by claimant canonical name, walking the actor-name index: the claims with no
    claimant (an empty name: first in ascending order) in document order, and the claims
    the actors reach in name order; each part stops at the page's end (``:upto``)."""
    d = " DESC" if descending else ""
    none = (f"SELECT * FROM (SELECT c.id AS id, '' AS k, c.doc_id AS dd, c.start AS s,"
            f" c.\"end\" AS e FROM spans c WHERE {where} AND NOT EXISTS (SELECT 1 FROM"
            " relations r WHERE r.head = c.id AND r.type = 'claimant')"
            f" ORDER BY c.doc_id{d}, c.start{d}, c.\"end\"{d}, c.id{d} LIMIT :upto)")
    some = (f"SELECT * FROM (SELECT c.id AS id, {CANON.format(t='a')} AS k, c.doc_id AS dd,"
            " c.start AS s, c.\"end\" AS e FROM spans a CROSS JOIN relations r"
            " CROSS JOIN spans c WHERE a.layer = :layer AND a.label = 'ACTOR'"
            " AND r.tail = a.id AND r.type = 'claimant' AND c.id = r.head"
            f" AND {where} ORDER BY k{d}, dd{d}, s{d}, e{d}, id{d} LIMIT :upto)")
    first, second = (some, none) if descending else (none, some)
    page = (f"SELECT 0 AS g, * FROM ({first}) UNION ALL SELECT 1 AS g, * FROM ({second})"
            f" ORDER BY g, {order('k', descending, '')} LIMIT :limit OFFSET :offset")
    return _page_of_cells(page, descending, comment, group=True)


def rows_by_rowid_sql(comment: bool) -> str:
    """The cells of the claims whose rowids are in the JSON array ``:ids``."""
    return (f"SELECT {cells(comment)}, c.rowid FROM spans c"
            " WHERE c.rowid IN (SELECT value FROM json_each(:ids))")
