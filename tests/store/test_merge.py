"""Merging a colleague's project: read-only (the file never changes, an older one is read
through a migrated copy), documents with their layers, statuses and comments, never
gold; and a second merge is a no-op."""

from __future__ import annotations

import pytest

from desktop.core.model import Document, Relation, Span
from desktop.store.db import backups
from desktop.store.importer import import_paths
from desktop.store.project import Project
from tests.store.test_migrations import digest, make_version

TEXT = "قال الوزير إن الجيش سيصل إلى بغداد"


def sp(word, label, layer, doc="d1", **kw):
    start = TEXT.index(word)
    return Span.on(TEXT, doc_id=doc, layer=layer, label=label, start=start,
                   end=start + len(word), **kw)


@pytest.fixture
def colleague(tmp_path):
    path = tmp_path / "amal.tawsim"
    with Project(path) as p:
        for doc in ("d1", "d2"):
            p.add_document(Document(id=doc, text=TEXT))
        claim = p.add_span(sp("الجيش سيصل", "CLAIM", "amal", comment="ادعاء"))
        actor = p.add_span(sp("الوزير", "ACTOR", "amal"))
        p.add_relation(Relation("d1", "amal", "claimant", claim.id, actor.id))
        p.set_status("d1", "amal", "done")
        p.add_span(sp("بغداد", "ACTOR", "gold"))  # gold is not merged
        p.set_status("d2", "badr", "in_progress")  # a layer with a document, no span
    return path


def test_merge_brings_documents_layers_statuses_comments(tmp_path, colleague):
    before = digest(colleague)
    with Project(tmp_path / "team.tawsim") as team:
        report = import_paths(team, [colleague])
        assert report.ok and report.added == 2 and report.layers_added == 2
        ann = team.annotations("d1", "amal")
        assert [s.comment for s in ann.spans if s.label == "CLAIM"] == ["ادعاء"]
        assert len(ann.relations) == 1
        assert team.status("d1", "amal") == "done"
        assert team.status("d2", "badr") == "in_progress"
        assert team.annotations("d1", "gold").spans == []
        assert team.layers() == ["gold", "amal", "badr"]
        again = import_paths(team, [colleague])
        assert again.ok and again.added == 0 and again.unchanged == 2
        assert again.layers_added == again.layers_replaced == 0
    assert digest(colleague) == before
    assert backups(colleague) == []


def test_a_changed_layer_is_replaced_and_said_so(tmp_path, colleague):
    team_path = tmp_path / "team.tawsim"
    with Project(team_path) as team:
        import_paths(team, [colleague])
    with Project(colleague) as p:
        p.add_span(sp("بغداد", "ACTOR", "amal"))
    with Project(team_path) as team:
        report = import_paths(team, [colleague])
        assert report.layers_replaced == 1 and "replaced layer 'amal'" in report.notes[0]
        assert len(team.annotations("d1", "amal").spans) == 3


def test_an_older_colleague_file_is_merged_unchanged(tmp_path):
    old = make_version(tmp_path / "old.tawsim", 2, docs={"o1": "قال الرئيس"})
    before = digest(old)
    with Project(tmp_path / "team.tawsim") as team:
        report = import_paths(team, [old])
        assert report.ok and report.added == 1
        assert [s.text for s in team.annotations("o1", "amal").spans] == ["قال"]
    assert digest(old) == before and backups(old) == []


def test_same_id_other_text_is_rejected_and_the_rest_merged(tmp_path, colleague):
    with Project(tmp_path / "team.tawsim") as team:
        team.add_document(Document(id="d2", text="نص آخر مختلف"))
        report = import_paths(team, [colleague])
        assert [r.line for r in report.rejected] == [2]
        assert "different text" in report.rejected[0].reason
        assert team.document("d2").text == "نص آخر مختلف"
        assert len(team.annotations("d1", "amal").spans) == 2


def test_not_a_project_is_rejected(tmp_path):
    junk = tmp_path / "junk.tawsim"
    junk.write_bytes(b"not sqlite" * 100)
    with Project(tmp_path / "team.tawsim") as team:
        report = import_paths(team, [junk])
        assert "not a Tawsim project" in report.rejected[0].reason
        assert str(junk) not in report.rejected[0].reason  # FILE:LINE: names it once
