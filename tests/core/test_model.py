"""Model invariants: a span's text is its document's text between its offsets."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.model import (
    Document,
    ModelError,
    Relation,
    Span,
    new_id,
    reassign_ids,
)

TEXT = "قال الوزير 👍🏽 إن الاتفاق تم"


def test_span_on_takes_its_text_from_the_document():
    s = Span.on(TEXT, doc_id="d", layer="amal", label="ACTOR", start=4, end=10)
    assert s.text == "الوزير"
    s.check(TEXT)


@pytest.mark.parametrize("start, end", [(5, 5), (6, 2), (-1, 3), (0, 999)])
def test_bad_bounds(start, end):
    with pytest.raises(ModelError):
        Span.on(TEXT, doc_id="d", layer="a", label="ACTOR", start=start, end=end)


def test_check_catches_a_drifted_span():
    s = Span(doc_id="d", layer="a", label="ACTOR", start=3, end=9, text="الوزير")
    with pytest.raises(ModelError, match="differs"):
        s.check(TEXT)
    with pytest.raises(ModelError, match="does not fit"):
        Span(doc_id="d", layer="a", label="ACTOR", start=0, end=2, text="abc")


def test_document_and_relation_invariants():
    with pytest.raises(ModelError):
        Document(id=" ", text="نص")
    with pytest.raises(ModelError):
        Document(id="d", text="  \n")
    with pytest.raises(ModelError):
        Relation("d", "a", "claimant", "x", "x")


@given(st.data())
def test_every_span_of_a_text_keeps_the_invariant(data):
    text = data.draw(st.text(min_size=1, max_size=30))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    s = Span.on(text, doc_id="d", layer="a", label="X", start=start, end=end)
    assert s.text == text[start:end]
    s.check(text)


def test_reassign_ids_keeps_relations_pointing_at_their_spans():
    a = Span.on(TEXT, doc_id="d", layer="a", label="CLAIM", start=0, end=3, id="s1")
    b = Span.on(TEXT, doc_id="d", layer="a", label="ACTOR", start=4, end=10, id="s2")
    r = Relation("d", "a", "claimant", "s1", "s2", id="r1")
    spans, rels = reassign_ids([a, b], [r], {"s1", "r1"})
    assert spans[0].id != "s1" and spans[1].id == "s2"
    assert rels[0].head == spans[0].id and rels[0].tail == "s2" and rels[0].id != "r1"
    moved = spans[0]
    assert (moved.doc_id, moved.layer, moved.label, moved.start, moved.end, moved.text,
            moved.attrs, moved.author, moved.created, moved.comment) == (
        a.doc_id, a.layer, a.label, a.start, a.end, a.text, a.attrs, a.author, a.created,
        a.comment)
    assert type(moved) is Span and moved == replace(a, id=moved.id)


def test_new_ids_are_version_7_uuids_that_sort_by_time():
    import time
    import uuid

    made = []
    for _ in range(3):
        made += [new_id() for _ in range(1000)]
        time.sleep(0.002)
    assert len(set(made)) == len(made)
    for h in made:
        u = uuid.UUID(h)
        assert u.hex == h and u.version == 7 and u.variant == uuid.RFC_4122
    ms = [int(h[:12], 16) for h in made]
    assert ms == sorted(ms) and abs(ms[-1] - time.time() * 1000) < 60_000
