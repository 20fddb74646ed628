"""The edit operations over a project file (``desktop.store.repo``): review decisions
planned in core and stored with their audit trail, undo and redo, the reviewer's own
audited gold edits, dismissals and the publication date."""

from __future__ import annotations

import pytest

from desktop.core import adjudication, decisions, ops
from desktop.core.model import GOLD, Span
from desktop.store import review
from desktop.store.project import Project
from desktop.store.repo import AuditedGoldRepo, ProjectRepo
from tests.ui.review_project import DOC, build


@pytest.fixture
def project(tmp_path):
    with Project(build(tmp_path / "r.tawsim")) as p:
        yield p


@pytest.fixture
def repo(project):
    return AuditedGoldRepo(project, "rania")


def layers(project):
    return review.document_layers(project, DOC)


def gold(project):
    return project.annotations(DOC, GOLD)


def diffs(project):
    return adjudication.differences(layers(project), gold(project))


def by(project, kind, **where):
    return next(d for d in diffs(project) if d.kind == kind
                and all(getattr(d, k) == v for k, v in where.items()))


def gold_keys(project):
    return {(s.label, s.start, s.end) for s in gold(project).spans}


def accept(project, repo, cand, version, reason=""):
    op = ops.Decide(decisions.plan_accept(cand, version, gold(project), layers(project),
                                          who="rania", reason=reason))
    op.apply(repo)
    return op


def reject(project, repo, cand, reason=""):
    op = ops.Decide(decisions.plan_reject(cand, gold(project), who="rania", reason=reason))
    op.apply(repo)
    return op


def unanimous(project, repo):
    op = ops.Decide(decisions.plan_unanimous(layers(project), gold(project), who="rania"))
    op.apply(repo)
    return op


def states(project):
    return decisions.decision_states(project.audit_trail(DOC))


def test_accept_reject_undo_redo_and_trail(project, repo):
    cand = by(project, "boundary", start=335)
    first = accept(project, repo, cand, "badr", "whole phrase")
    assert gold_keys(project) == {("ACTOR", 335, 347)}
    other = by(project, "boundary", start=343)  # accepting the other boundary replaces it
    op = accept(project, repo, other, None)
    assert gold_keys(project) == {("ACTOR", 343, 347)}
    assert [s.start for s in op.decision.removed_spans] == [335]
    op.revert(repo)
    assert gold_keys(project) == {("ACTOR", 335, 347)}
    op.apply(repo)  # redo
    assert gold_keys(project) == {("ACTOR", 343, 347)}
    assert first.decision.action == "accept"
    only = by(project, "only_some", start=217)
    reject(project, repo, only, "not an actor here")
    trail = project.audit_trail(DOC)
    assert [e["action"] for e in trail] == ["accept", "replace", "accept", "undo", "redo",
                                            "reject"]
    assert trail[0]["reason"] == "whole phrase" and trail[0]["detail"]["from"] == "badr"
    assert trail[-1]["reason"] == "not an actor here" and trail[-1]["who"] == "rania"
    s = states(project)
    assert s[other.key] == "accept" and s[only.key] == "reject"
    assert s[cand.key] == "accept"  # still stands in the trail, replaced since


def test_accept_attribute_version_keeps_the_gold_span_and_its_relations(project, repo):
    unanimous(project, repo)
    cand = by(project, "attribute")
    op = accept(project, repo, cand, "badr")
    [span] = [s for s in gold(project).spans if s.start == cand.start and s.label == cand.label]
    assert span.attrs["type"] == "organization" and not op.decision.removed_spans
    rel = next(x for x in diffs(project) if x.item == "relation" and x.tail == cand.key)
    accept(project, repo, rel, None)
    assert any(r.tail == span.id for r in gold(project).relations)
    op3 = accept(project, repo, by(project, "attribute"), "amal")
    assert [b.attrs["type"] for b, _a in op3.decision.updated] == ["organization"]
    assert any(r.tail == span.id for r in gold(project).relations)
    op3.revert(repo)
    assert project.span(span.id).attrs["type"] == "organization"


def test_reject_takes_a_gold_span_out_and_undo_puts_it_back(project, repo):
    u = unanimous(project, repo)
    assert len(u.decision.added_spans) == 21 and len(u.decision.added_relations) == 15
    agreed = next(d for d in diffs(project) if d.kind == "agreed" and d.item == "span"
                  and d.label == "CLAIM")
    op = reject(project, repo, agreed)
    assert op.decision.removed_spans and op.decision.removed_relations
    n = len(gold(project).relations)
    op.revert(repo)
    assert len(gold(project).relations) == n + len(op.decision.removed_relations)
    u.revert(repo)
    assert gold(project).spans == []


def test_audited_gold_edits_through_ops(project, repo):
    doc = project.document(DOC)
    span = Span.on(doc.text, doc_id=DOC, layer=GOLD, label="ACTOR", start=217, end=237,
                   author="rania")
    op = ops.AddSpan(span)
    op.apply(repo)
    ops.UpdateSpan.set_attr(project.span(span.id), "type", "military").apply(repo)
    op.revert(repo)
    assert [e["action"] for e in project.audit_trail(DOC)] == ["add", "edit", "delete"]


def test_next_to_review(project, repo):
    accept(project, repo, by(project, "only_some", start=217), None)
    assert review.next_to_review(project, None) == DOC
    assert review.next_to_review(project, DOC) is None
    review.mark_reviewed(project, DOC, who="r")
    assert review.next_to_review(project, None) is None


def test_dismissals_and_publication_date_are_stored(project):
    repo = ProjectRepo(project)
    op = ops.Dismiss("dates", "amal", DOC, 3, 9, "x")
    op.apply(repo)
    again = ProjectRepo(Project(project.path))  # another connection sees it
    assert again.dismissed("dates", "amal", DOC) == {(3, 9)}
    assert again.dismissed("mentions", "amal", DOC) == set()
    op.revert(repo)
    assert repo.dismissed("dates", "amal", DOC) == set()
    ops.SetMeta(DOC, "published", None, "2018-09-24").apply(repo)
    assert project.document(DOC).published == "2018-09-24"
    again.project.close()


def test_bulk_span_operations_are_one_step(project):
    repo = ProjectRepo(project)
    doc = project.document(DOC)
    spans = [Span.on(doc.text, doc_id=DOC, layer="amal", label="DATE", start=a, end=a + 3)
             for a in (10, 20, 30)]
    op = ops.AddSpans(spans)
    before = len(project.annotations(DOC, "amal").spans)
    op.apply(repo)
    assert len(project.annotations(DOC, "amal").spans) == before + 3
    renamed = [s.with_(attrs={"value": "x"}) for s in spans]
    ren = ops.UpdateSpans(spans, renamed)
    ren.apply(repo)
    assert project.span(spans[0].id).attrs == {"value": "x"}
    ren.revert(repo)
    op.revert(repo)
    assert len(project.annotations(DOC, "amal").spans) == before
