"""Corpus search: folded (DESIGN §2), whole words with a proclitic allowed, phrases, status
filter, complete before and after the index is brought up to date, and hits that map
back to canonical offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.folding import FOLD_DELETE_CLASS, FOLD_TABLE, fold_string
from desktop.core.model import Document
from desktop.store import fts
from desktop.store.project import Project

DOCS = {
    "d1": "قالَ وزيرُ الخارجيّة إنّ الاتفاقَ سيوقّع في بغداد يوم ٢٠١٩.",
    "d2": "وصل الوفد إلى وبغداد صباحا، وقالت وزارة الخارجية إن المحادثات مستمرة.",
    "d3": "أعلنت الأمم المتحدة عن مؤتمر في جنيف (Geneva) الشهر المقبل.",
    "d4": "لا ذكر للعاصمة هنا: البغدادي اسم عائلة فقط.",
    "d5": "مستشفى في الموصل — «الأمم» المتحدة قالت شيئا آخر.",
}


def build(path, *, index: bool):
    with Project(path) as p:
        for doc_id, text in DOCS.items():
            p.add_document(Document(id=doc_id, text=text, title=text.split()[0]))
        if index:
            p.update_search_index()
    return path


@pytest.fixture(params=["indexed", "not indexed"])
def project(request, tmp_path):
    path = build(tmp_path / "s.tawsim", index=request.param == "indexed")
    with Project(path) as p:
        yield p


def ids(p, q, **kw):
    return [d.id for d in p.search_documents(q, **kw)]


def test_folding_finds_every_spelling(project):
    assert ids(project, "بغداد") == ["d1", "d2"]  # «وبغداد»: a proclitic; not «البغدادي»
    assert ids(project, "الخارجية") == ["d1", "d2"]  # الخارجيّة (shadda), ة/ه
    assert ids(project, "وزير") == ["d1"]  # «وزيرُ» with its harakat
    assert ids(project, "2019") == ["d1"]  # Arabic-Indic digits
    assert ids(project, "الامم المتحدة") == ["d3", "d5"]  # hamza folded, a phrase
    assert ids(project, "geneva") == ["d3"]  # ASCII letters in any case
    assert ids(project, "قال") == ["d1"]  # whole words: not «وقالت»
    assert ids(project, "وقالت") == ["d2"]


def test_phrases_are_words_in_order(project):
    assert ids(project, "وزارة الخارجية") == ["d2"]
    assert ids(project, "الخارجية وزارة") == []
    assert ids(project, "المتحدة الامم") == []


def test_id_title_count_and_status(project):
    assert ids(project, "d4") == ["d4"]
    assert project.count_search("بغداد") == 2
    assert project.count_search("...") == 0 and ids(project, "  ") == []
    if not project.read_only:
        project.set_status("d2", "amal", "done")
    assert ids(project, "بغداد", layer="amal", status="done") == ["d2"]
    assert ids(project, "بغداد", layer="amal", status="todo") == ["d1"]
    assert project.count_search("بغداد", layer="amal", status="todo") == 1
    assert ids(project, "بغداد", offset=1, limit=5) == ["d2"]


def test_hits_select_the_canonical_text(project):
    text = project.document("d2").text
    [(start, end)] = project.find_in_document("d2", "بغداد")
    assert text[start:end] == "بغداد"  # without its proclitic
    [(start, end)] = project.find_in_document("d1", "الخارجية")
    assert project.document("d1").text[start:end] == "الخارجيّة"  # the shadda inside
    [(start, end)] = project.find_in_document("d1", "وزير")
    assert project.document("d1").text[start:end] == "وزيرُ"  # trailing harakat taken in
    assert project.find_in_document("d4", "d4") == []  # matched by its id only


def test_the_index_catches_up_and_newer_documents_are_found(tmp_path):
    path = build(tmp_path / "s.tawsim", index=True)
    with Project(path) as p:
        assert p.index_pending() == 0
        p.add_document(Document(id="d6", text="زيارة إلى بغداد"))
        assert p.index_pending() == 1
        assert ids(p, "بغداد") == ["d1", "d2", "d6"]  # found before it is indexed
        seen = []
        assert p.update_search_index(progress=lambda d, t: seen.append((d, t))) == 1
        assert seen == [(1, 1)] and p.index_pending() == 0
        assert ids(p, "بغداد") == ["d1", "d2", "d6"]
        assert p.count_search("بغداد") == 3


def test_a_read_only_project_searches_without_indexing(tmp_path):
    path = build(tmp_path / "s.tawsim", index=False)
    with Project(path, read_only=True) as p:
        assert p.index_pending() == len(DOCS)
        assert ids(p, "بغداد") == ["d1", "d2"]


def test_migration_builds_the_index_for_existing_documents(tmp_path):
    import sqlite3

    from tests.store.test_migrations import make_version

    path = make_version(tmp_path / "old.tawsim", 3, docs={"o1": "خبر من بغداد"})
    with Project(path) as p:
        assert p.index_pending() == 0
        assert ids(p, "بغداد") == ["o1"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM doc_search WHERE doc_search MATCH 'بغداد'"
                        ).fetchone()[0] == 1
    conn.close()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("أإآٱاىيةهکیﻻ٠١٩۰۹abـًٌٍَُِّْٰ\u200c\u200f ،.")))
def test_fast_folding_equals_the_table(s):
    """fold_string's replace loop gives what str.translate(FOLD_TABLE) gave."""
    assert fold_string(s) == re.sub(FOLD_DELETE_CLASS, "", s.translate(FOLD_TABLE))


def test_query_words_and_expression():
    assert fts.words("  وزارةُ  الخارجيّة، ") == ["وزاره", "الخارجيه"]
    expr = fts.match_expression(["وزاره", "الخارجيه"])
    assert expr.startswith('"وزاره الخارجيه" OR "ووزاره الخارجيه"')
    assert fts.match_expression(["geneva"]) == '"geneva"'
