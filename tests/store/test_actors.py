"""The actor index over the example, and a rename as one undoable step on the real store."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.analysis.actors import canonical_of, rename_canonical
from desktop.core.model import ModelError
from desktop.store import bulk
from desktop.store.actors import actor_index, actor_spans
from desktop.store.ledger import LedgerFilters, ledger_rows
from desktop.store.project import Project
from desktop.store.repo import ProjectRepo
from tests.store.analysis_fixtures import EXAMPLE_ID, build_seeds_and_example, example_record


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_seeds_and_example(tmp_path_factory.mktemp("actors") / "p.tawsim")


@pytest.fixture
def project(template, tmp_path):
    path = tmp_path / "p.tawsim"
    shutil.copy(template, path)
    with Project(path, create=False) as p:
        yield p


def test_every_actor_by_canonical_name_from_the_example(project):
    actors = actor_index(project, "gold", include_unreviewed=True)
    rec = example_record()
    tagged = [s for s in rec["spans"] if s["label"] == "ACTOR"]
    assert sum(a.mentions for a in actors) == len(tagged) == 12
    by_name = {a.canonical: a for a in actors}
    assert len(by_name) == len({s["attrs"].get("canonical") or s["text"] for s in tagged}) == 11
    iraq = by_name["العراق"]
    assert (iraq.mentions, iraq.variants, iraq.type) == (2, {"العراق": 1, "بغداد": 1}, "state")
    assert (iraq.claims_made, iraq.claims_about) == (1, 1)  # s16 by العراق; s19 about بغداد
    assert by_name["وزارة الدفاع العراقية"].claims_made == 2
    assert by_name["مايك بومبيو"].variants == {"وزير الخارجية الأميركي مايك بومبيو": 1}
    assert actors[0].canonical == "العراق"  # most mentions first
    assert [a.canonical for a in actors[1:]] == sorted(a.canonical for a in actors[1:])
    # claims made and about agree with the example's relations
    spans = {s["id"]: s for s in rec["spans"]}
    for kind, field in (("claimant", "claims_made"), ("about", "claims_about")):
        want: dict[str, set] = {}
        for r in rec["relations"]:
            if r["type"] == kind:
                tail = spans[r["tail"]]
                want.setdefault(tail["attrs"].get("canonical") or tail["text"], set()).add(r["head"])
        assert {a.canonical: getattr(a, field) for a in actors if getattr(a, field)} == {
            k: len(v) for k, v in want.items()}


def test_gold_counts_reviewed_documents_unless_told(project):
    assert actor_index(project, "gold") == []
    project.set_status(EXAMPLE_ID, "gold", "reviewed")
    assert sum(a.mentions for a in actor_index(project, "gold")) == 12
    with pytest.raises(ValueError, match="no layer"):
        actor_index(project, "nobody")


def test_merging_two_actors_is_one_undoable_step_on_the_store(project):
    repo = ProjectRepo(project)
    before = project.annotations(EXAMPLE_ID, "gold").spans
    spans = actor_spans(project, "gold", "تنظيم الدولة الإسلامية")
    assert [s.text for s in spans] == ["داعش"]
    # merge the coalition into a new name, then ISIS into it too: two steps
    op1 = rename_canonical(actor_spans(project, "gold", "التحالف الدولي ضد داعش"),
                           "التحالف الدولي ضد داعش", "التحالف", layer="gold")
    op1.apply(repo)
    op2 = rename_canonical(spans, "تنظيم الدولة الإسلامية", "التحالف", layer="gold")
    op2.apply(repo)
    merged = {a.canonical: a for a in actor_index(project, "gold", include_unreviewed=True)}
    assert merged["التحالف"].variants == {"التحالف الدولي": 1, "داعش": 1}
    assert "تنظيم الدولة الإسلامية" not in merged
    # the ledger follows: s07 is about «التحالف» now
    about = ledger_rows(project, "gold", include_unreviewed=True,
                        filters=LedgerFilters(about="التحالف", about_exact=True))
    assert [r.claim_id for r in about] == ["s07"]
    op2.revert(repo)
    op1.revert(repo)
    assert project.annotations(EXAMPLE_ID, "gold").spans == before


def test_a_bulk_update_is_all_or_nothing(project):
    spans = actor_spans(project, "gold", "العراق")
    good = spans[0].with_(attrs={**spans[0].attrs, "canonical": "جمهورية العراق"})
    bad = spans[1].with_(attrs={**spans[1].attrs, "type": "martian"})
    with pytest.raises(ModelError, match="cannot be 'martian'"):
        bulk.update_spans(project, [good, bad])
    assert [canonical_of(s) for s in actor_spans(project, "gold", "العراق")] == ["العراق"] * 2
    moved = spans[1].with_(start=spans[1].start + 1, end=spans[1].end + 1)  # text not the document's
    with pytest.raises(ModelError, match="differs"):
        bulk.update_spans(project, [good, moved])
    assert project.span(good.id).attrs == spans[0].attrs
    ghost = good.with_(id="no-such-span")
    with pytest.raises(ModelError, match="no span"):
        bulk.update_spans(project, [ghost])


def test_relabelling_in_bulk_checks_the_relations(project):
    [claimant] = actor_spans(project, "gold", "مصادر")  # the claimant of s07
    with pytest.raises(ModelError, match="claimant"):
        bulk.update_spans(project, [claimant.with_(label="DATE", attrs={})])
    assert project.span(claimant.id).label == "ACTOR"
