"""The claims ledger over a project: one row per claim, DESIGN §5b's columns, filters,
sorted pages that tile, and a query that never reads a document text."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from desktop.core.analysis.ledger import COLUMNS, DESIGN_COLUMNS
from desktop.core.model import Document, Relation, Span
from desktop.store.ledger import LedgerFilters, iter_ledger, ledger_count, ledger_rows
from desktop.store.project import Project
from tests.store.analysis_fixtures import EXAMPLE_ID, build_seeds_and_example, expected_ledger


@pytest.fixture(scope="module")
def example_template(tmp_path_factory):
    return build_seeds_and_example(tmp_path_factory.mktemp("ledger") / "p.tawsim")


@pytest.fixture
def project(example_template, tmp_path):
    path = tmp_path / "p.tawsim"
    shutil.copy(example_template, path)
    with Project(path, create=False) as p:
        yield p


def test_one_row_per_claim_with_the_examples_claimant_cue_and_dates(project):
    expected = expected_ledger()
    rows = ledger_rows(project, "gold", include_unreviewed=True)
    assert len(rows) == ledger_count(project, "gold", include_unreviewed=True) == len(expected) == 5
    for row in rows:
        assert row.cells() == expected[row.claim_id], row.claim_id
    # spot checks a reader would make by eye
    by_id = {r.claim_id: r for r in rows}
    assert by_id["s19"].claimant_canonical == "مايك بومبيو"
    assert by_id["s19"].claimant == "وزير الخارجية الأميركي مايك بومبيو"
    assert (by_id["s19"].claim_date, by_id["s19"].claim_date_value) == ("الثلاثاء", "XXXX-WXX-2")
    assert by_id["s19"].about == "واشنطن | بغداد"
    assert by_id["s19"].about_canonical == "الولايات المتحدة | العراق"
    assert by_id["s16"].event_date_value == "XXXX" and by_id["s16"].cue == "أعلن"
    assert list(rows[0].cells()) == list(COLUMNS) == [*DESIGN_COLUMNS, "comment"]
    # the window selects the claim from the row's offsets
    text = project.document(EXAMPLE_ID).text
    assert all(text[r.start:r.end] == r.claim for r in rows)


def test_gold_shows_reviewed_documents_unless_told(project):
    assert ledger_count(project, "gold") == 0 and ledger_rows(project, "gold") == []
    project.set_status(EXAMPLE_ID, "gold", "reviewed", who="rev")
    assert ledger_count(project, "gold") == 5 and len(ledger_rows(project, "gold")) == 5


def test_an_annotators_layer(tmp_path):
    path = build_seeds_and_example(tmp_path / "a.tawsim", annotator="amal")
    with Project(path, create=False) as project:
        assert ledger_count(project, "amal") == 5
        assert {r.claim_id for r in ledger_rows(project, "amal")} == set(expected_ledger())
        assert ledger_count(project, "gold", include_unreviewed=True) == 0
        with pytest.raises(ValueError, match="no layer 'nobody'"):
            ledger_count(project, "nobody")


def test_filters(project):
    def ids(**kw):
        f = LedgerFilters(**kw)
        rows = ledger_rows(project, "gold", include_unreviewed=True, filters=f)
        assert ledger_count(project, "gold", include_unreviewed=True, filters=f) == len(rows)
        return sorted(r.claim_id for r in rows)

    assert ids(claimant="وزارة الدفاع العراقية", claimant_exact=True) == ["s10", "s12"]
    assert ids(claimant="وزارة الدفاع", claimant_exact=True) == []
    # a substring of the folded name: ة/ه and hamza seats do not matter
    assert ids(claimant="وزاره الدفاع") == ["s10", "s12"]
    assert ids(claimant="بومبيو") == ["s19"]  # the canonical name «مايك بومبيو»
    assert ids(claimant="وزير الخارجية") == []  # a mention's text is not its canonical name
    assert ids(about="العراق", about_exact=True) == ["s19"]  # «بغداد», canonical العراق
    assert ids(about="التحالف") == ["s07"]
    assert ids(claim_type="prediction") == ["s19"]
    assert ids(attribution="indirect") == ["s07", "s16", "s19"]
    assert ids(polarity="negated") == []
    assert ids(document=EXAMPLE_ID, attribution="direct") == ["s10"]
    assert ids(document="001_ad0e2173383a4199") == []
    # the example's dates have no year (no publication date): no date range places them
    assert ids(date_from="2018", date_to="2020") == []


def test_sorted_pages_tile_the_whole_ledger(project):
    for column in COLUMNS:
        for descending in (False, True):
            whole = list(iter_ledger(project, "gold", include_unreviewed=True,
                                     order_by=column, descending=descending))
            paged = [r for off in range(0, 6, 2) for r in ledger_rows(
                project, "gold", include_unreviewed=True, order_by=column,
                descending=descending, offset=off, limit=2)]
            assert [r.claim_id for r in paged] == [r.claim_id for r in whole], column
            keys = [r.cell(column) for r in whole]
            assert keys == sorted(keys, reverse=descending), column
    by_claimant = ledger_rows(project, "gold", include_unreviewed=True,
                              order_by="claimant_canonical")
    assert [r.claimant_canonical for r in by_claimant] == [
        "العراق", "مايك بومبيو", "مصادر", "وزارة الدفاع العراقية", "وزارة الدفاع العراقية"]
    with pytest.raises(ValueError, match="cannot sort"):
        ledger_rows(project, "gold", order_by="text")
    with pytest.raises(ValueError, match="negative"):
        ledger_rows(project, "gold", offset=-1)


def test_the_query_never_reads_a_document_text(project):
    def deny_text(action, table, column, *_):
        if action == sqlite3.SQLITE_READ and table == "documents" and column == "text":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    project.conn.set_authorizer(deny_text)
    try:
        with pytest.raises(sqlite3.DatabaseError):  # the guard works: reading a text fails
            project.conn.execute("SELECT text FROM documents LIMIT 1").fetchall()
        f = LedgerFilters(claimant="بومبيو", date_from="2018", attribution="indirect")
        assert ledger_count(project, "gold", include_unreviewed=True) == 5
        assert len(ledger_rows(project, "gold", include_unreviewed=True,
                               order_by="claimant_canonical")) == 5
        assert ledger_rows(project, "gold", include_unreviewed=True, filters=f) == []
        assert len(list(iter_ledger(project, "gold", include_unreviewed=True))) == 5
    finally:
        project.conn.set_authorizer(None)


TEXT = ("قال الوزير يوم 10 سبتمبر 2018 إن القوات انسحبت في ديسمبر 2017 وفي عام 2018، "
        "وقال الجيش عن الوزير والقوات إن الهجوم بدأ.")


def word(w, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(w, start + 1)
    return start, start + len(w)


@pytest.fixture
def dated(tmp_path):
    """A small hand-built layer: two claims, resolved dates, two about targets."""
    with Project(tmp_path / "d.tawsim") as p:
        p.add_document(Document(id="d1", text=TEXT, title="t"))

        def add(label, w, nth=0, **attrs):
            s, e = word(w, nth)
            return p.add_span(Span.on(TEXT, doc_id="d1", layer="amal", label=label,
                                      start=s, end=e, attrs=attrs))

        minister = add("ACTOR", "الوزير", type="government", canonical="وزارة الدفاع")
        army = add("ACTOR", "الجيش", type="military")
        minister2 = add("ACTOR", "الوزير", 1, type="government", canonical="وزارة الدفاع")
        forces = add("ACTOR", "القوات", 1, type="military")
        c1 = add("CLAIM", "القوات انسحبت", claim_type="assertion")
        c2 = add("CLAIM", "الهجوم بدأ", claim_type="denial")
        said = add("DATE", "10 سبتمبر 2018", type="DATE", value="2018-09-10")
        dec = add("DATE", "ديسمبر 2017", type="DATE", value="2017-12")
        year = add("DATE", "2018", 1, type="DATE", value="2018")
        for type_, head, tail in [("claimant", c1, minister), ("claim_date", c1, said),
                                  ("event_date", c1, year), ("event_date", c1, dec),
                                  ("claimant", c2, army), ("about", c2, forces),
                                  ("about", c2, minister2)]:
            p.add_relation(Relation(doc_id="d1", layer="amal", type=type_, head=head.id,
                                    tail=tail.id))
        yield p, c1, c2


def test_several_targets_join_in_text_order_and_dates_filter_by_overlap(dated):
    p, c1, c2 = dated
    rows = {r.claim_id: r for r in ledger_rows(p, "amal")}
    assert rows[c1.id].event_date == "ديسمبر 2017 | 2018"
    assert rows[c1.id].event_date_value == "2017-12 | 2018"
    assert rows[c1.id].claim_date_value == "2018-09-10"
    assert rows[c1.id].claimant_canonical == "وزارة الدفاع" and rows[c1.id].claimant == "الوزير"
    assert rows[c2.id].about == "الوزير | القوات"
    assert rows[c2.id].about_canonical == "وزارة الدفاع | القوات"
    assert rows[c2.id].claimant_canonical == "الجيش"  # no canonical attribute: its text
    assert rows[c2.id].claim_date == rows[c2.id].event_date == ""

    def ids(date_from, date_to):
        f = LedgerFilters(date_from=date_from, date_to=date_to)
        got = [r.claim_id for r in ledger_rows(p, "amal", filters=f)]
        assert ledger_count(p, "amal", filters=f) == len(got)
        return got

    assert ids("2018-09-10", "2018-09-10") == [c1.id]  # the claim date
    assert ids("2017-12-31", None) == [c1.id]  # December 2017 reaches into the range
    assert ids(None, "2017-11-30") == []
    assert ids("2019", None) == []
    assert ids("2018-03", "2018-04") == [c1.id]  # inside the year band 2018
    assert ledger_rows(p, "amal", filters=LedgerFilters(about="وزارة الدفاع",
                                                         about_exact=True))[0].claim_id == c2.id


def test_the_claim_spans_comment(dated):
    p, c1, c2 = dated
    assert {r.comment for r in ledger_rows(p, "amal")} == {""}
    p.set_comment(c2.id, "مصدر واحد فقط")
    rows = {r.claim_id: r for r in ledger_rows(p, "amal", order_by="comment")}
    assert rows[c2.id].comment == "مصدر واحد فقط" and rows[c1.id].comment == ""
    assert [r.claim_id for r in ledger_rows(p, "amal", order_by="comment",
                                            descending=True)] == [c2.id, c1.id]


@pytest.mark.parametrize("value, date_from, date_to, found", [
    ("2017-WI", "2018-02-10", "2018-02-20", True),  # winter 2017 ends with February 2018
    ("2017-WI", "2018-03-01", None, False),
    ("2019-W01", "2018-12-31", "2018-12-31", True),  # ISO week 1 of 2019 begins 31 Dec 2018
    ("2018-W01", "2018-01-01", "2018-01-01", True),
    ("2020-W53", "2021-01-03", "2021-01-03", True),  # week 53 of 2020 ends 3 January 2021
    ("201", "2015-06-01", "2015-06-30", True),  # the 2010s
    ("20", "2099-01-01", None, True),  # the 21st century
    ("19", "2000-01-01", None, False),
    ("2018-Q3", "2018-08", "2018-08", True),
    ("2018-09-23TEV", "2018-09-23", "2018-09-23", True),
    ("XXXX-09-10", "2018-09-10", "2018-09-10", False),
    ("PAST_REF", None, "2030", False),
    ("2014", None, "2013", False),
    ("2014", None, "2014-01-01", True),
])
def test_date_range_finds_values_that_cross_a_year(tmp_path, value, date_from, date_to, found):
    text = "قال الوزير إن الهجوم وقع في ذلك الوقت."
    with Project(tmp_path / "y.tawsim") as p:
        p.add_document(Document(id="d1", text=text, title="t"))

        def add(label, w, **attrs):
            s = text.index(w)
            return p.add_span(Span.on(text, doc_id="d1", layer="amal", label=label, start=s,
                                      end=s + len(w), attrs=attrs))

        claim = add("CLAIM", "الهجوم وقع")
        when = add("DATE", "ذلك الوقت", type="DATE", value=value)
        p.add_relation(Relation(doc_id="d1", layer="amal", type="event_date", head=claim.id,
                                tail=when.id))
        f = LedgerFilters(date_from=date_from, date_to=date_to)
        assert ledger_count(p, "amal", filters=f) == int(found)
        assert [r.claim_id for r in ledger_rows(p, "amal", filters=f)] == ([claim.id] if found else [])
