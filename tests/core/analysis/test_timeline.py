"""TIMEX3 values on a time axis, and the timeline's items and lanes."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.analysis.ledger import ActorRef, DateRef, LedgerRow
from desktop.core.analysis.timeline import (
    OTHER,
    UNATTRIBUTED,
    bounds,
    build_timeline,
    interval,
    lanes,
    timeline_items,
)

D = dt.datetime


@pytest.mark.parametrize("value, start, end, granularity", [
    ("2018-09-10", D(2018, 9, 10), D(2018, 9, 11), "day"),
    ("2017-12", D(2017, 12, 1), D(2018, 1, 1), "month"),
    ("2014", D(2014, 1, 1), D(2015, 1, 1), "year"),
    ("201", D(2010, 1, 1), D(2020, 1, 1), "decade"),
    ("20", D(2000, 1, 1), D(2100, 1, 1), "century"),
    ("2014-SU", D(2014, 6, 1), D(2014, 9, 1), "season"),
    ("2014-WI", D(2014, 12, 1), D(2015, 3, 1), "season"),  # winter: the year it begins in
    ("2021-W30", D(2021, 7, 26), D(2021, 8, 2), "week"),  # ISO week 30 of 2021: Mon 26 July
    ("2021-W30-2", D(2021, 7, 27), D(2021, 7, 28), "day"),
    ("2021-W30-WE", D(2021, 7, 31), D(2021, 8, 2), "weekend"),
    ("2019-Q3", D(2019, 7, 1), D(2019, 10, 1), "quarter"),
    ("2019-Q4", D(2019, 10, 1), D(2020, 1, 1), "quarter"),
    ("2019-H2", D(2019, 7, 1), D(2020, 1, 1), "half"),
    ("2018-09-23TEV", D(2018, 9, 23, 18), D(2018, 9, 24), "part_of_day"),
    ("2018-09-23TNI", D(2018, 9, 23, 21), D(2018, 9, 24, 6), "part_of_day"),
    ("2018-09-23T14:30", D(2018, 9, 23, 14, 30), D(2018, 9, 23, 14, 31), "minute"),
    ("2018-09-23T14", D(2018, 9, 23, 14), D(2018, 9, 23, 15), "hour"),
    ("2018-09-XX", D(2018, 9, 1), D(2018, 10, 1), "month"),  # an unknown day: the month
    ("201X", D(2010, 1, 1), D(2020, 1, 1), "decade"),
])
def test_values_become_intervals(value, start, end, granularity):
    iv = interval(value)
    assert (iv.start, iv.end, iv.granularity, iv.value) == (start, end, granularity, value)


def test_a_day_is_a_point_a_month_a_band():
    assert interval("2018-09-10").is_point and interval("2018-09-23TEV").is_point
    assert not interval("2018-09").is_point and not interval("2018").is_point
    assert interval("2018-09-10").end_day - interval("2018-09-10").start_day == 1
    assert interval("2018-09-10").start_day == dt.date(2018, 9, 10).toordinal()


@pytest.mark.parametrize("value", [
    "PAST_REF", "PRESENT_REF", "FUTURE_REF", "XXXX", "XXXX-09-10", "XXXX-06", "XXXX-WXX-2",
    "P6M", "PT2H", "", None, "2018-13", "2018-02-30", "2018-W60", "2018-W30-9", "yesterday",
    "2018-09-10TXY", "2018-W30TEV",
])
def test_values_that_cannot_be_placed(value):
    assert interval(value) is None


def test_mods_start_mid_end_narrow_a_band_to_a_third():
    year = interval("2017")
    end = interval("2017", "END")
    assert end.end == year.end and end.start == D(2017, 1, 1) + (year.end - year.start) * 2 / 3
    assert interval("2019-06", "MID").start == D(2019, 6, 11)
    assert interval("2019-06", "MID").end == D(2019, 6, 21)
    assert interval("2019-06", "START").end == D(2019, 6, 11)
    # a day is a point: a mod does not move it; other mods are kept, not applied
    assert interval("2019-06-10", "END").start == D(2019, 6, 10)
    approx = interval("2019-06", "APPROX")
    assert (approx.start, approx.end, approx.mod) == (D(2019, 6, 1), D(2019, 7, 1), "APPROX")


def test_bounds_take_dates_and_timex_values_inclusive():
    assert bounds("2018", "2018") == (D(2018, 1, 1), D(2019, 1, 1))
    assert bounds(dt.date(2018, 9, 10), "2018-09-10") == (D(2018, 9, 10), D(2018, 9, 11))
    assert bounds(None, "2018-09") == (None, D(2018, 10, 1))
    assert bounds("", None) == (None, None)
    with pytest.raises(ValueError, match="not a date"):
        bounds("last week", None)
    with pytest.raises(ValueError, match="ends before it starts"):
        bounds("2019", "2018")


def test_overlap():
    iv = interval("2018-09")
    assert iv.overlaps(D(2018, 9, 30), D(2018, 10, 5))
    assert not iv.overlaps(D(2018, 10, 1), None)
    assert iv.overlaps(None, None)


def actor(name, sid="a"):
    return ActorRef(sid, name, name, 0, len(name))


def date(value, text="", sid="d", mod=None):
    return DateRef(sid, text or value, value, 0, 1, mod)


def row(cid, claimant=None, claim_dates=(), event_dates=()):
    return LedgerRow(document="doc", claim_id=cid, claim=f"claim {cid}", start=0, end=5,
                     claimants=(actor(claimant),) if claimant else (),
                     claim_dates=tuple(claim_dates), event_dates=tuple(event_dates))


def test_items_place_claims_by_claim_date_and_events_by_event_date():
    rows = [
        row("c1", "بومبيو", [date("2020-04-07", "الثلاثاء")], [date("2020-06", "منتصف يونيو", mod="MID")]),
        row("c2", None, [], [date("XXXX-09-10")]),
        row("c3", "العراق", [], []),
    ]
    unplaced = []
    items = timeline_items(rows, unplaced)
    assert [(i.kind, i.claim_id, i.claimant, i.value) for i in items] == [
        ("claim", "c1", "بومبيو", "2020-04-07"), ("event", "c1", "بومبيو", "2020-06")]
    assert items[0].interval.is_point and not items[1].interval.is_point
    assert items[1].interval.start == D(2020, 6, 11)  # MID of June
    assert unplaced == [("c2", "XXXX-09-10", "cannot be placed")]
    tl = build_timeline(rows)
    assert tl.undated == 1 and tl.start == D(2020, 4, 7) and tl.end == D(2020, 6, 21)


def test_lanes_for_the_most_frequent_claimants_then_other_and_unattributed():
    rows = ([row(f"a{i}", "A", [date(f"2020-01-0{i + 1}")]) for i in range(3)]
            + [row(f"b{i}", "B", [date("2020-02-01")]) for i in range(2)]
            + [row("c0", "C", [date("2020-03-01")], [date("2020-03-02")])]
            + [row("u0", None, [date("2020-04-01")])])
    items = timeline_items(rows)
    got = lanes(items, max_lanes=2)
    assert [(lane.label, len(lane.items)) for lane in got] == [
        ("A", 3), ("B", 2), (OTHER, 2), (UNATTRIBUTED, 1)]
    # a claim with two dates counts once for its claimant's rank: C (1 claim) stays
    # behind B (2 claims) however many dates it has
    assert [lane.label for lane in lanes(items, max_lanes=3)] == ["A", "B", "C", UNATTRIBUTED]
    assert [lane.label for lane in lanes(items, max_lanes=0)] == [OTHER, UNATTRIBUTED]
