"""The project's gazetteer and the corpus-wide walk: names from a layer's tagged mentions
and from the gazetteer, proposed on every document."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.analysis.gazetteer import GazetteerEntry
from desktop.store.gazetteer import gazetteer_entries, has_gazetteer, store_gazetteer
from desktop.store.project import Project
from desktop.store.propagation import corpus_proposals, iter_documents, layer_names
from tests.store.analysis_fixtures import EXAMPLE_ID, build_seeds_and_example


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_seeds_and_example(tmp_path_factory.mktemp("gaz") / "p.tawsim")


@pytest.fixture
def project(template, tmp_path):
    path = tmp_path / "p.tawsim"
    shutil.copy(template, path)
    with Project(path, create=False) as p:
        yield p


def test_entries_are_added_updated_and_replaced(project):
    assert has_gazetteer(project) and gazetteer_entries(project) == []
    assert store_gazetteer(project, [GazetteerEntry("بغداد", "بغداد", "state", 1),
                                     GazetteerEntry("قسد", "قوات سوريا الديمقراطية",
                                                    "armed_group", 2)], source="g.csv") == (2, 0)
    # the same name (folded: harakat aside) again: its canonical name and type change
    assert store_gazetteer(project, [GazetteerEntry("بَغداد", "العراق", "state", 1)]) == (0, 1)
    assert [(e.name, e.canonical) for e in gazetteer_entries(project)] == [
        ("بَغداد", "العراق"), ("قسد", "قوات سوريا الديمقراطية")]
    assert store_gazetteer(project, [GazetteerEntry("داعش", "تنظيم الدولة الإسلامية")],
                           replace=True) == (1, 0)
    assert [e.name for e in gazetteer_entries(project)] == ["داعش"]


def test_layer_names_take_names_not_nominals(project):
    names, ambiguous = layer_names(project, "gold")
    found = {" ".join(n.tokens): n.canonical for g in names.by_first.values() for n in g}
    # the example's «مصادر» and «طائرات عسكرية عراقية» are nominal: not walked corpus-wide
    assert "مصادر" not in found and ambiguous == []
    assert found["داعش"] == "تنظيم الدولة الإسلامية" and found["بغداد"] == "العراق"


def test_the_corpus_walk_proposes_on_every_document(project):
    store_gazetteer(project, [GazetteerEntry("البنتاغون", "وزارة الدفاع الأميركية",
                                             "government")])
    seen = []
    out = dict(corpus_proposals(project, "gold", progress=lambda n, t: seen.append((n, t))))
    assert seen[-1] == (5, 5) and len(seen) == 5
    assert set(out) >= {"001_ad0e2173383a4199", "004_987cb852a2a61e57"}
    docs = {d: t for d, t, _ in iter_documents(project, "gold")}
    for doc_id, proposals in out.items():
        text = docs[doc_id]
        assert all(text[p.start:p.end] == p.text for p in proposals)
    isis = [p for p in out["001_ad0e2173383a4199"] if p.attrs["canonical"] == "تنظيم الدولة الإسلامية"]
    assert isis and {p.source for p in isis} == {"mention"}
    # «داعش», or «تنظيم داعش» where the seed writes the title before it
    assert {" ".join(p.text.split()) for p in isis} == {"داعش", "تنظيم داعش"}
    # in the example itself nothing overlaps its tagged ACTORs
    tagged = next(s for d, _, s in iter_documents(project, "gold", [EXAMPLE_ID]))
    for p in out.get(EXAMPLE_ID, []):
        assert all(p.end <= s.start or p.start >= s.end for s in tagged)
    # the gazetteer's names are proposed too, where the seeds have them
    gaz = [p for ps in out.values() for p in ps if p.source == "gazetteer"]
    assert all(p.attrs == {"canonical": "وزارة الدفاع الأميركية", "type": "government"}
               for p in gaz)
    assert gaz == [] or {p.text for p in gaz} <= {"البنتاغون"}


def test_the_walk_stops_when_cancelled(project):
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 2

    out = list(corpus_proposals(project, "gold", gazetteer=False, cancelled=cancelled))
    assert calls["n"] == 3 and len(out) <= 2
