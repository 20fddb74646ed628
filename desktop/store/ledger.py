"""The claims ledger as queries a lazy table model can page over (DESIGN §5b, issue 15).

One SQL query over spans and relations (document texts are never read): one row per
CLAIM span of a layer, with the spans its relations reach. ``ledger_count`` and
``ledger_rows`` (a sorted, filtered page) are what the window's model calls;
``iter_ledger`` streams every row for an export.

Which claims: gold — the documents reviewed in gold, or every gold claim with
``include_unreviewed``; an annotator's layer — every claim of that layer (a layer's spans
are on the documents it holds). ``LedgerFilters`` narrows them by claimant or about
(canonical name, exact or a folded substring), claim type, attribution, polarity,
document, and date range (a claim or event date whose TIMEX value overlaps it).

How a page is found (docs/analysis.md has the figures): in document order, by claim type
or by attribution an index is walked and the page costs a page; by claimant canonical
name the actor-name index is walked (pages up to ``ARMS_LIMIT`` deep); a filter that
names the claims (claimant, about, dates) starts from those claims. Any other order is
computed once for every matching claim and kept while the project is unchanged, so the
first page of such a sort costs a pass over the claims and the next ones a page each;
``ledger_order`` and ``ledger_rows_for`` let a worker thread make that pass. Migration
``0007_ledger_indexes`` gives the indexes; without them (an older file opened read-only)
the same queries run, slower.
"""

from __future__ import annotations

import datetime as _dt
import json
import weakref
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from desktop.core.analysis.ledger import COLUMNS, LedgerRow
from desktop.core.analysis.timeline import bounds, day_number
from desktop.core.folding import fold_string
from desktop.core.model import GOLD
from desktop.store import ledger_sql as sql
from desktop.store.project import Project

__all__ = ["ARMS_LIMIT", "INDEXED_ORDERS", "LedgerFilters", "iter_ledger", "ledger_count",
           "ledger_order", "ledger_rows", "ledger_rows_for"]

INDEXED_ORDERS = ("document", "claim_type", "attribution")  # an index walks these
ARMS_LIMIT = 5000  # the claimant-name walk serves pages this deep; deeper ones are kept


@dataclass(frozen=True, slots=True)
class LedgerFilters:
    """What the ledger shows; every field left None lets everything through.

    ``claimant`` / ``about``: an actor's canonical name, matched exactly with
    ``claimant_exact`` / ``about_exact``, else as a substring of the folded name (hamza
    seats, harakat and tatweel do not matter). ``date_from`` / ``date_to``: a date or a
    TIMEX value (``2018``, ``2018-09``), both inclusive, either open; a claim matches when
    one of its claim or event dates overlaps the range. ``document``: a document id.
    ``claim_type``, ``attribution``, ``polarity``: the attribute's value."""

    claimant: str | None = None
    claimant_exact: bool = False
    about: str | None = None
    about_exact: bool = False
    claim_type: str | None = None
    attribution: str | None = None
    polarity: str | None = None
    document: str | None = None
    date_from: str | _dt.date | None = None
    date_to: str | _dt.date | None = None


@dataclass(slots=True)
class _Query:
    """The claims a ledger view shows, as SQL conditions on ``c`` (a CLAIM span)."""

    where: str  # every condition, the reviewed-documents one included
    rest: str  # every condition but that one (a count starts from the reviewed documents)
    params: dict
    driven: bool  # a filter names the claims (``c.id IN …``): plans start from that list
    reviewed: bool  # gold, reviewed documents only


def _actor_filter(role: str, name: str, exact: bool, params: dict) -> str:
    """Claims whose ``role`` relation (claimant, about) reaches an actor of that name."""
    key = f"{role}_name"
    canon_a, canon_x = sql.CANON.format(t="a"), sql.CANON.format(t="x")
    if exact:
        params[key] = name
        match = f"{canon_a} = :{key}"
    else:
        params[key] = fold_string(name)
        # the distinct names first (an index walk), folded and matched once each (the
        # LIMIT keeps SQLite from pushing the folding down onto every mention)
        match = (f"{canon_a} IN (SELECT v FROM (SELECT DISTINCT {canon_x} AS v FROM spans x"
                 " WHERE x.layer = :layer AND x.label = 'ACTOR' LIMIT -1)"
                 f" WHERE instr(tawsim_fold(v), :{key}) > 0)")
    return ("c.id IN (SELECT r.head FROM spans a JOIN relations r ON r.tail = a.id"
            f" AND r.type = '{role}' WHERE a.layer = :layer AND a.label = 'ACTOR'"
            f" AND {match})")


def _candidates(lo: _dt.datetime | None, hi: _dt.datetime | None,
                ) -> tuple[str, str, list[str]]:
    """TIMEX values that may overlap ``[lo, hi)``, as a string range on the value index
    and a few exact strings: a placeable value starts with its year (``2018``,
    ``2018-09-10``, ``2018-W30``, ``2018-SU``), the year before for a winter or an ISO
    week that reaches into January or February, the year after for an ISO week 1 that
    begins in December, or is a decade or century (``201``,
    ``20``). Values of an unknown year (``XXXX…``) and references sort after every digit
    and are never candidates."""
    y_lo = (lo.year - (1 if (lo.month, lo.day) < (3, 1) else 0)) if lo else None
    y_hi = None
    if hi is not None:
        last = hi - _dt.timedelta(microseconds=1)
        # ISO week 1 of the next year may begin on 29, 30 or 31 December
        y_hi = last.year + (1 if (last.month, last.day) >= (12, 29) else 0)
    if y_lo is None or y_hi is None or y_hi - y_lo > 200:
        first = f"{y_lo:04d}" if y_lo is not None and y_hi is None else ""
        return first, (f"{y_hi + 1:04d}" if y_hi is not None else "A"), (
            [] if y_lo is None and y_hi is None else _coarse(y_lo, y_hi))
    return f"{y_lo:04d}", f"{y_hi + 1:04d}", _coarse(y_lo, y_hi)


def _coarse(y_lo: int | None, y_hi: int | None) -> list[str]:
    """The decades and centuries of the years ``y_lo..y_hi`` (an open side: 200 years)."""
    a = y_lo if y_lo is not None else (y_hi or 0) - 200
    b = y_hi if y_hi is not None else a + 200
    return sorted({f"{y // 10:03d}" for y in range(a, b + 1)}
                  | {f"{y // 100:02d}" for y in range(a, b + 1)})


def _date_filter(date_from, date_to, params: dict) -> str:
    lo, hi = bounds(date_from, date_to)
    params["lo"] = None if lo is None else day_number(lo)
    params["hi"] = None if hi is None else day_number(hi)
    params["v0"], params["v1"], coarse = _candidates(lo, hi)
    value = "json_extract(d.attrs, '$.value')"
    placed = (f" AND tawsim_timex_overlaps({value}, coalesce(json_extract(d.attrs, '$.mod'),"
              " ''), :lo, :hi) AND r.tail = d.id AND r.type IN ('claim_date', 'event_date')")
    arm = ("SELECT r.head FROM spans d CROSS JOIN relations r WHERE d.layer = :layer"
           " AND d.label = 'DATE' AND {cond}" + placed)
    # the candidates come from the date-value index (a range, and the decades and
    # centuries); each is then placed exactly
    arms = [arm.format(cond=f"{value} >= :v0 AND {value} < :v1")]
    if coarse:
        names = [f":coarse{k}" for k in range(len(coarse))]
        params.update({n[1:]: v for n, v in zip(names, coarse, strict=True)})
        arms.append(arm.format(cond=f"{value} IN ({', '.join(names)})"))
    return f"c.id IN ({' UNION ALL '.join(arms)})"


def _query(project: Project, layer: str, include_unreviewed: bool,
           filters: LedgerFilters | None) -> _Query:
    if layer not in project.layers():
        raise ValueError(f"no layer {layer!r} in this project (layers: "
                         f"{', '.join(project.layers())})")
    sql.functions(project.conn)
    params: dict = {"layer": layer}
    f = filters or LedgerFilters()
    parts: list[str] = []
    driving: list[str] = []
    if f.document is not None:
        params["document"] = f.document
        parts.append("c.doc_id = :document")
    for name in ("claim_type", "attribution", "polarity"):
        value = getattr(f, name)
        if value is not None:
            params[name] = value
            parts.append(f"coalesce(json_extract(c.attrs, '$.{name}'), '') = :{name}")
    if f.claimant is not None:
        driving.append(_actor_filter("claimant", f.claimant, f.claimant_exact, params))
    if f.about is not None:
        driving.append(_actor_filter("about", f.about, f.about_exact, params))
    if f.date_from not in (None, "") or f.date_to not in (None, ""):
        driving.append(_date_filter(f.date_from, f.date_to, params))
    # a filter that lists the claims drives the plan: the unary + keeps the planner from
    # walking every claim of the layer instead
    plus = "+" if driving else ""
    rest = " AND ".join([f"{plus}c.layer = :layer", f"{plus}c.label = 'CLAIM'",
                         *parts, *driving])
    reviewed = layer == GOLD and not include_unreviewed
    where = f"{rest} AND {sql.REVIEWED}" if reviewed else rest
    return _Query(where, rest, params, bool(driving), reviewed)


def _check(order_by: str, offset: int = 0, limit: int = 0) -> None:
    if order_by not in COLUMNS:
        raise ValueError(f"cannot sort the ledger by {order_by!r} (one of {', '.join(COLUMNS)})")
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")


_ORDERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Project -> {key: order}


def ledger_order(project: Project, layer: str = GOLD, *, include_unreviewed: bool = False,
                 filters: LedgerFilters | None = None, order_by: str = "document",
                 descending: bool = False) -> array:
    """The rowids of every matching claim in order (``ledger_rows_for`` turns a slice of
    them into rows). Kept while the project is unchanged (PRAGMA data_version counts other
    connections' commits, total_changes this one's), so only the first call pays."""
    _check(order_by)
    conn = project.conn
    q = _query(project, layer, include_unreviewed, filters)
    comment = sql.has_comment(conn)
    stamp = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    cache_key = (layer, include_unreviewed, filters, order_by, descending, comment)
    kept = _ORDERS.setdefault(project, {})
    hit = kept.get(cache_key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    key = sql.sort_keys(comment)[order_by]
    found = array("q", (r[0] for r in conn.execute(
        f"SELECT c.rowid FROM spans c WHERE {q.where} ORDER BY {sql.order(key, descending)}",
        q.params)))
    if len(kept) >= 4:
        kept.pop(next(iter(kept)))
    kept[cache_key] = (stamp, found)
    return found


def ledger_rows_for(project: Project, rowids: Sequence[int]) -> list[LedgerRow]:
    """The rows of these claims (rowids from ``ledger_order``), in the order given."""
    if not rowids:
        return []
    conn = project.conn
    sql.functions(conn)
    ids = list(rowids)
    raw = conn.execute(sql.rows_by_rowid_sql(sql.has_comment(conn)),
                       {"ids": json.dumps(ids)}).fetchall()
    place = {rowid: n for n, rowid in enumerate(ids)}
    raw.sort(key=lambda r: place[r[-1]])
    return [sql.row(r[:-1]) for r in raw]


def ledger_count(project: Project, layer: str = GOLD, *, include_unreviewed: bool = False,
                 filters: LedgerFilters | None = None) -> int:
    """How many claims the ledger shows (the model's row count)."""
    q = _query(project, layer, include_unreviewed, filters)
    if q.reviewed and not q.driven:
        # from the reviewed documents to their claims (an index range each)
        statement = ("SELECT count(*) FROM doc_layers l CROSS JOIN spans c"
                     " WHERE l.layer = 'gold' AND l.status = 'reviewed'"
                     f" AND c.doc_id = l.doc_id AND {q.rest}")
    else:
        statement = f"SELECT count(*) FROM spans c WHERE {q.where}"
    return project.conn.execute(statement, q.params).fetchone()[0]


def ledger_rows(project: Project, layer: str = GOLD, *, include_unreviewed: bool = False,
                filters: LedgerFilters | None = None, order_by: str = "document",
                descending: bool = False, offset: int = 0, limit: int = 200,
                ) -> list[LedgerRow]:
    """One page of the ledger, sorted by a column of ``COLUMNS`` (ties in document and
    text order, so pages tile: they never overlap or skip a row)."""
    _check(order_by, offset, limit)
    q = _query(project, layer, include_unreviewed, filters)
    comment = sql.has_comment(project.conn)
    params = dict(q.params, limit=limit, offset=offset, upto=offset + limit)
    if order_by == "document" or (order_by in INDEXED_ORDERS and not q.driven):
        statement = sql.page_sql(q.where, sql.sort_keys(comment)[order_by], descending,
                                 comment)
    elif order_by == "claimant_canonical" and not q.driven and offset + limit <= ARMS_LIMIT:
        statement = sql.claimant_sql(q.where, descending, comment)
    else:
        found = ledger_order(project, layer, include_unreviewed=include_unreviewed,
                             filters=filters, order_by=order_by, descending=descending)
        return ledger_rows_for(project, found[offset:offset + limit])
    return [sql.row(r) for r in project.conn.execute(statement, params).fetchall()]


def iter_ledger(project: Project, layer: str = GOLD, *, include_unreviewed: bool = False,
                filters: LedgerFilters | None = None, order_by: str = "document",
                descending: bool = False, batch: int = 512) -> Iterator[LedgerRow]:
    """Every row, streamed (memory stays flat however large the ledger): an export."""
    _check(order_by)
    conn = project.conn
    q = _query(project, layer, include_unreviewed, filters)
    comment = sql.has_comment(conn)
    key = sql.sort_keys(comment)[order_by]
    cursor = conn.execute(f"SELECT {sql.cells(comment)} FROM spans c WHERE {q.where}"
                          f" ORDER BY {sql.order(key, descending)}", q.params)
    while rows := cursor.fetchmany(batch):
        for raw in rows:
            yield sql.row(raw)
