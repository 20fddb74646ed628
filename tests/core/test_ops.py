"""The edit operations and their inverses, against a real Project on a temporary file."""

from __future__ import annotations

import pytest

from desktop.core.model import ModelError, Relation, Span
from desktop.core.ops import AddRelation, AddSpan, DeleteRelation, DeleteSpan, UpdateSpan
from desktop.store.project import Project

TEXT = "قال وزير الخارجية إن المحادثات ستبدأ يوم الأحد."


@pytest.fixture
def repo(tmp_path):
    from desktop.core.model import Document

    with Project(tmp_path / "p.tawsim") as project:
        project.add_document(Document(id="d1", text=TEXT, title="t"))
        yield project


def span(label, word, **kw):
    start = TEXT.index(word)
    return Span.on(TEXT, doc_id="d1", layer="ann", label=label, start=start,
                   end=start + len(word), **kw)


def state(repo):
    ann = repo.annotations("d1", "ann")
    return ([(s.id, s.label, s.start, s.end, tuple(sorted(s.attrs.items()))) for s in ann.spans],
            [(r.id, r.type, r.head, r.tail) for r in ann.relations])


def test_add_span_apply_revert(repo):
    op = AddSpan(span("ACTOR", "وزير الخارجية"))
    op.apply(repo)
    assert repo.span(op.span.id).text == "وزير الخارجية"
    op.revert(repo)
    assert repo.span(op.span.id) is None
    op.apply(repo)  # redo
    assert repo.span(op.span.id) is not None
    assert "ACTOR" in op.text


def test_delete_span_restores_its_relations(repo):
    claim = span("CLAIM", "المحادثات ستبدأ يوم الأحد")
    actor = span("ACTOR", "وزير الخارجية")
    date = span("DATE", "يوم الأحد")
    for s in (claim, actor, date):
        AddSpan(s).apply(repo)
    AddRelation(Relation("d1", "ann", "claimant", claim.id, actor.id)).apply(repo)
    AddRelation(Relation("d1", "ann", "event_date", claim.id, date.id)).apply(repo)
    before = state(repo)
    op = DeleteSpan(claim.id)
    op.apply(repo)
    assert repo.span(claim.id) is None
    assert state(repo)[1] == []
    op.revert(repo)
    assert state(repo) == before
    op.apply(repo)
    op.revert(repo)
    assert state(repo) == before


def test_delete_missing_span_is_an_error(repo):
    with pytest.raises(ModelError):
        DeleteSpan("nope").apply(repo)


def test_update_span_relabel_rebound_attrs(repo):
    s = span("ACTOR", "وزير")
    AddSpan(s).apply(repo)
    grow = UpdateSpan.rebound(s, TEXT, s.start, s.start + len("وزير الخارجية"))
    grow.apply(repo)
    assert repo.span(s.id).text == "وزير الخارجية"
    attr = UpdateSpan.set_attr(repo.span(s.id), "type", "person")
    attr.apply(repo)
    assert repo.span(s.id).attrs == {"type": "person"}
    relabel = UpdateSpan.relabel(repo.span(s.id), "CLAIM")
    relabel.apply(repo)
    assert repo.span(s.id).label == "CLAIM" and repo.span(s.id).attrs == {}
    for op in (relabel, attr, grow):
        op.revert(repo)
    assert repo.span(s.id) == s


def test_relabel_refused_when_relations_forbid_it(repo):
    claim, actor = span("CLAIM", "المحادثات ستبدأ"), span("ACTOR", "وزير الخارجية")
    AddSpan(claim).apply(repo)
    AddSpan(actor).apply(repo)
    AddRelation(Relation("d1", "ann", "claimant", claim.id, actor.id)).apply(repo)
    with pytest.raises(ModelError):
        UpdateSpan.relabel(repo.span(actor.id), "DATE").apply(repo)
    assert repo.span(actor.id).label == "ACTOR"


def test_set_attr_bad_value_refused(repo):
    s = span("ACTOR", "وزير")
    AddSpan(s).apply(repo)
    with pytest.raises(ModelError):
        UpdateSpan.set_attr(s, "type", "wizard").apply(repo)


def test_relations_add_delete_and_back(repo):
    claim, actor = span("CLAIM", "المحادثات ستبدأ"), span("ACTOR", "وزير الخارجية")
    AddSpan(claim).apply(repo)
    AddSpan(actor).apply(repo)
    rel = Relation("d1", "ann", "claimant", claim.id, actor.id)
    add = AddRelation(rel)
    add.apply(repo)
    with pytest.raises(ModelError):  # at most one claimant
        AddRelation(Relation("d1", "ann", "claimant", claim.id, actor.id)).apply(repo)
    delete = DeleteRelation(rel.id)
    delete.apply(repo)
    assert repo.relations_of(claim.id) == []
    delete.revert(repo)
    assert [r.id for r in repo.relations_of(claim.id)] == [rel.id]
    add.revert(repo)
    assert repo.relations_of(claim.id) == []


def test_update_keeps_id():
    a = Span.on(TEXT, doc_id="d1", layer="ann", label="ACTOR", start=0, end=3)
    b = Span.on(TEXT, doc_id="d1", layer="ann", label="ACTOR", start=0, end=3)
    with pytest.raises(ModelError):
        UpdateSpan(a, b)
