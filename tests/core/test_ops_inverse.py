"""Every edit operation and its inverse on an in-memory repo (no Qt, no SQLite): apply,
revert gives back the state before exactly; apply again (a redo) the state after."""

from __future__ import annotations

import pytest

from desktop.core import decisions, ops
from desktop.core.adjudication import differences
from desktop.core.model import GOLD, Annotations, ModelError, Relation, Span
from desktop.core.recording import Recorder
from tests.core.memory_repo import MemoryRepo

TEXT = "قال وزير الخارجية إن المحادثات ستبدأ يوم الأحد في بغداد."


def span(word, label="ACTOR", layer="amal", **kw):
    start = TEXT.index(word)
    return Span.on(TEXT, doc_id="d1", layer=layer, label=label, start=start,
                   end=start + len(word), **kw)


@pytest.fixture
def repo():
    return MemoryRepo({"d1": TEXT})


def round_trip(repo: MemoryRepo, op) -> None:
    """apply, revert, apply: before/after states exact, one repo call each."""
    before = repo.state()
    calls = repo.calls
    op.apply(repo)
    assert repo.calls == calls + 1, "an apply is one transaction"
    after = repo.state()
    assert after != before, "the operation changed nothing"
    op.revert(repo)
    assert repo.calls == calls + 2, "a revert is one transaction"
    assert repo.state() == before
    op.apply(repo)
    assert repo.state() == after
    assert str(op.message) and op.text == str(op.message)


def test_add_and_delete_span(repo):
    s = span("وزير الخارجية")
    round_trip(repo, ops.AddSpan(s))
    claim = span("المحادثات ستبدأ يوم الأحد", "CLAIM")
    repo.restore([claim], [Relation("d1", "amal", "claimant", claim.id, s.id)])
    op = ops.DeleteSpan(s.id)
    round_trip(repo, op)  # the relation goes with the span and comes back with it
    assert op.relations and op.relations[0].head == claim.id
    assert "ACTOR" in op.text


def test_delete_of_a_missing_span_is_refused(repo):
    with pytest.raises(ModelError):
        ops.DeleteSpan("nope").apply(repo)
    with pytest.raises(ModelError):
        ops.DeleteSpan("nope").revert(repo)


def test_add_spans_is_one_step(repo):
    spans = [span("يوم الأحد", "DATE"), span("بغداد"), span("وزير الخارجية")]
    op = ops.AddSpans(spans)
    round_trip(repo, op)
    assert "3" in op.text


def test_update_span_kinds(repo):
    s = span("وزير الخارجية")
    repo.add_span(s)
    round_trip(repo, ops.UpdateSpan.set_attr(s, "type", "government"))
    s = repo.span(s.id)
    round_trip(repo, ops.UpdateSpan.set_comment(s, "  the minister  "))
    assert repo.span(s.id).comment == "the minister"
    s = repo.span(s.id)
    start = TEXT.index("الخارجية")
    round_trip(repo, ops.UpdateSpan.rebound(s, TEXT, start, start + len("الخارجية")))
    s = repo.span(s.id)
    round_trip(repo, ops.UpdateSpan.relabel(s, "CLAIM"))
    with pytest.raises(ModelError):
        ops.UpdateSpan(s, span("بغداد"))


def test_update_spans_renames_in_one_step(repo):
    a, b = span("وزير الخارجية", attrs={"canonical": "x"}), span("بغداد", attrs={"canonical": "x"})
    repo.restore([a, b], [])
    after = [a.with_(attrs={"canonical": "y"}), b.with_(attrs={"canonical": "y"})]
    op = ops.UpdateSpans([a, b], after, name="y")
    round_trip(repo, op)
    assert {s.attrs["canonical"] for s in repo.spans.values()} == {"y"}
    with pytest.raises(ModelError):
        ops.UpdateSpans([a, b], list(reversed(after)))


def test_update_spans_refuses_spans_edited_since(repo):
    """A rename's undo never writes its old spans over an edit made since (another
    document's attribute, a deleted mention): it is refused and nothing changes."""
    a, b = span("وزير الخارجية", attrs={"canonical": "x"}), span("بغداد", attrs={"canonical": "x"})
    repo.restore([a, b], [])
    after = [a.with_(attrs={"canonical": "y"}), b.with_(attrs={"canonical": "y"})]
    op = ops.UpdateSpans([a, b], after, name="y")
    op.apply(repo)
    edited = after[1].with_(attrs={"canonical": "y", "type": "state"})
    repo.update_span(edited)
    state = repo.state()
    with pytest.raises(ModelError, match="edited since"):
        op.revert(repo)
    assert repo.state() == state
    repo.update_span(after[1])  # put back as the rename left it: the undo goes through
    op.revert(repo)
    assert repo.span(b.id).attrs == {"canonical": "x"}
    repo.delete_span(a.id)
    with pytest.raises(ModelError, match="not in the project"):
        op.apply(repo)


def test_relations(repo):
    claim, actor = span("المحادثات ستبدأ", "CLAIM"), span("وزير الخارجية")
    repo.restore([claim, actor], [])
    rel = Relation("d1", "amal", "claimant", claim.id, actor.id)
    round_trip(repo, ops.AddRelation(rel))
    round_trip(repo, ops.DeleteRelation(rel.id))
    with pytest.raises(ModelError):
        ops.DeleteRelation(rel.id).apply(repo)


def test_publication_date(repo):
    round_trip(repo, ops.SetMeta("d1", "published", None, "2018-09-24"))
    assert repo.meta["d1"] == {"published": "2018-09-24"}
    op = ops.SetMeta("d1", "published", "2018-09-24", None)
    round_trip(repo, op)
    assert "publication date" in op.text


def test_dismissing_a_suggestion(repo):
    at = TEXT.index("يوم الأحد")
    op = ops.Dismiss("dates", "amal", "d1", at, at + 9, "يوم الأحد")
    round_trip(repo, op)
    assert repo.dismissed("dates", "amal", "d1") == {(at, at + 9)}
    assert repo.dismissed("mentions", "amal", "d1") == set()


def _review(repo):
    """Two annotators who differ on an actor's bounds; gold is empty."""
    wide, narrow = span("وزير الخارجية", layer="amal"), span("الخارجية", layer="badr")
    claim_a = span("المحادثات ستبدأ يوم الأحد", "CLAIM", layer="amal")
    claim_b = span("المحادثات ستبدأ يوم الأحد", "CLAIM", layer="badr")
    rels = [Relation("d1", "amal", "claimant", claim_a.id, wide.id),
            Relation("d1", "badr", "claimant", claim_b.id, narrow.id)]
    repo.restore([wide, narrow, claim_a, claim_b], rels)
    layers = {name: Annotations("d1", name, [s for s in repo.spans.values() if s.layer == name],
                                [r for r in rels if r.layer == name])
              for name in ("amal", "badr")}
    return layers


def gold_of(repo):
    return Annotations("d1", GOLD, [s for s in repo.spans.values() if s.layer == GOLD],
                       [r for r in repo.relations.values() if r.layer == GOLD])


def test_accept_reject_unanimous_decisions(repo):
    layers = _review(repo)
    diffs = differences(layers, gold_of(repo))
    wide = next(d for d in diffs if d.item == "span" and d.text == "وزير الخارجية")
    op = ops.Decide(decisions.plan_accept(wide, "amal", gold_of(repo), layers, who="rania"),
                    "ACTOR", wide.text)
    audit = len(repo.audit)
    round_trip(repo, op)
    actions = [a for _d, a, _det, _r in repo.audit[audit:]]
    assert actions == ["accept", "undo", "redo"]  # the trail is append-only
    # the narrow version replaces the wide one, then undo brings it back exactly
    diffs = differences(layers, gold_of(repo))
    narrow = next(d for d in diffs if d.item == "span" and d.text == "الخارجية")
    replace = ops.Decide(decisions.plan_accept(narrow, "badr", gold_of(repo), layers,
                                               who="rania"), "ACTOR", narrow.text)
    round_trip(repo, replace)
    assert [s.text for s in gold_of(repo).spans] == ["الخارجية"]
    narrow = next(d for d in differences(layers, gold_of(repo)) if d.key == narrow.key)
    assert narrow.in_gold
    rej = ops.Decide(decisions.plan_reject(narrow, gold_of(repo), who="rania", reason="no"),
                     "ACTOR", narrow.text)
    round_trip(repo, rej)
    assert gold_of(repo).spans == []
    unanimous = ops.Decide(decisions.plan_unanimous(layers, gold_of(repo), who="rania"))
    round_trip(repo, unanimous)
    assert [s.label for s in gold_of(repo).spans] == ["CLAIM"]  # only the claim agrees


def test_decision_states_follow_undo_and_redo():
    trail = [{"action": "accept", "detail": {"key": "k"}},
             {"action": "undo", "detail": {"key": "k", "of": "accept"}},
             {"action": "redo", "detail": {"key": "k", "of": "accept"}},
             {"action": "reject", "detail": {"key": "j"}}]
    assert decisions.decision_states(trail) == {"k": "accept", "j": "reject"}
    assert decisions.decision_states(trail[:2]) == {}


def test_recorder_notes_what_changed(repo):
    claim, actor = span("المحادثات ستبدأ", "CLAIM"), span("وزير الخارجية")
    repo.restore([claim, actor], [Relation("d1", "amal", "claimant", claim.id, actor.id, id="r1")])
    rec = Recorder(repo)
    ops.DeleteSpan(actor.id).apply(rec)
    assert rec.delta.removed == [actor.id] and rec.delta.removed_relations == ["r1"]
    rec = Recorder(repo)
    ops.SetMeta("d1", "published", None, "2019-01-01").apply(rec)
    assert rec.delta.meta == [("d1", "published")] and not rec.delta.spans_changed
