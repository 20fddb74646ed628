"""Review decisions on a project: accept, reject, undo/redo, the audit trail, the
reviewer's own audited gold edits."""

from __future__ import annotations

import pytest

from desktop.core import adjudication, ops
from desktop.core.model import GOLD, Span
from desktop.store import review
from desktop.store.project import Project
from tests.ui.review_project import DOC, build


@pytest.fixture
def project(tmp_path):
    with Project(build(tmp_path / "r.tawsim")) as p:
        yield p


def diffs(project):
    return adjudication.differences(review.document_layers(project, DOC),
                                    project.annotations(DOC, GOLD))


def by(project, kind, **where):
    return next(d for d in diffs(project) if d.kind == kind
                and all(getattr(d, k) == v for k, v in where.items()))


def gold_keys(project):
    return {(s.label, s.start, s.end) for s in project.annotations(DOC, GOLD).spans}


def test_accept_reject_undo_redo_and_trail(project):
    cand = by(project, "boundary", start=335)
    d = review.decide_accept(project, DOC, cand, "badr", who="rania", reason="whole phrase")
    assert gold_keys(project) == {("ACTOR", 335, 347)}
    # accepting the other boundary replaces it
    other = by(project, "boundary", start=343)
    d2 = review.decide_accept(project, DOC, other, None, who="rania")
    assert gold_keys(project) == {("ACTOR", 343, 347)}
    assert [s.start for s in d2.removed_spans] == [335]
    review.undo_decision(project, d2, who="rania")
    assert gold_keys(project) == {("ACTOR", 335, 347)}
    review.redo_decision(project, d2, who="rania")
    assert gold_keys(project) == {("ACTOR", 343, 347)}
    assert d.action == "accept"

    only = by(project, "only_some", start=217)
    review.decide_reject(project, DOC, only, who="rania", reason="not an actor here")
    trail = project.audit_trail(DOC)
    actions = [e["action"] for e in trail]
    assert actions == ["accept", "replace", "accept", "undo", "redo", "reject"]
    assert trail[0]["reason"] == "whole phrase" and trail[0]["detail"]["from"] == "badr"
    assert trail[-1]["reason"] == "not an actor here" and trail[-1]["who"] == "rania"
    states = review.decision_states(project, DOC)
    assert states[other.key] == "accept" and states[only.key] == "reject"
    assert states[cand.key] == "accept"  # still stands in the trail, replaced since


def test_accept_attribute_version_keeps_the_gold_span_and_its_relations(project):
    review.decide_unanimous(project, DOC, who="rania")
    cand = by(project, "attribute")
    d = review.decide_accept(project, DOC, cand, "badr", who="rania")
    gold = project.annotations(DOC, GOLD)
    [span] = [s for s in gold.spans if s.start == cand.start and s.label == cand.label]
    assert span.attrs["type"] == "organization" and not d.removed_spans
    rel = next(x for x in diffs(project) if x.item == "relation" and x.tail == cand.key)
    review.decide_accept(project, DOC, rel, None, who="rania")
    assert any(r.tail == span.id for r in project.annotations(DOC, GOLD).relations)
    d3 = review.decide_accept(project, DOC, by(project, "attribute"), "amal", who="rania")
    assert [b.attrs["type"] for b, _a in d3.updated] == ["organization"]
    assert any(r.tail == span.id for r in project.annotations(DOC, GOLD).relations)
    review.undo_decision(project, d3, who="rania")
    assert project.span(span.id).attrs["type"] == "organization"


def test_reject_takes_a_gold_span_out_and_undo_puts_it_back(project):
    u = review.decide_unanimous(project, DOC, who="rania")
    assert len(u.added_spans) == 21 and len(u.added_relations) == 15
    agreed = next(d for d in diffs(project) if d.kind == "agreed" and d.item == "span"
                  and d.label == "CLAIM")
    d = review.decide_reject(project, DOC, agreed, who="rania")
    assert d.removed_spans and d.removed_relations  # the claim and its relations
    n = len(project.annotations(DOC, GOLD).relations)
    review.undo_decision(project, d, who="rania")
    assert len(project.annotations(DOC, GOLD).relations) == n + len(d.removed_relations)
    review.undo_decision(project, u, who="rania")
    assert project.annotations(DOC, GOLD).spans == []


def test_audited_gold_edits_through_ops(project):
    repo = review.AuditedGold(project, "rania")
    doc = project.document(DOC)
    span = Span.on(doc.text, doc_id=DOC, layer=GOLD, label="ACTOR", start=217, end=237,
                   author="rania")
    op = ops.AddSpan(span)
    op.apply(repo)
    ops.UpdateSpan.set_attr(project.span(span.id), "type", "military").apply(repo)
    op.revert(repo)
    assert [e["action"] for e in project.audit_trail(DOC)] == ["add", "edit", "delete"]


def test_decision_op_and_next_to_review(project):
    cand = by(project, "only_some", start=217)
    op = review.DecisionOp(lambda p: review.decide_accept(p, DOC, cand, None, who="r"),
                           "r", "accept")
    op.apply(project)
    assert gold_keys(project) == {("ACTOR", 217, 237)}
    op.revert(project)
    assert gold_keys(project) == set()
    op.apply(project)
    assert gold_keys(project) == {("ACTOR", 217, 237)}
    assert review.next_to_review(project, None) == DOC
    assert review.next_to_review(project, DOC) is None
    review.mark_reviewed(project, DOC, who="r")
    assert review.next_to_review(project, None) is None
