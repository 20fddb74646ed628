"""Searching the corpus from the document list: by id, title and text, through the
folding (hamza forms, harakat, tatweel, ى/ي, ة/ه, Arabic-Indic digits), with a count; a
hit opens its document with the match selected, a label key tags it; the index is kept
up to date after an import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from tests.ui.conftest import key, view_of

DOCS = [("a1", "قال وزير الخارجية إن المفاوضات ستبدأ في بغداد."),
        ("b2", "أعلنت الحكومة أمس أنّ الانتخابات ستجري في موعدها عام ٢٠١٨."),
        ("c3", "نفى الجيش وقوع إصابات في صفوف المدنيين."),
        ("d4", "وصلت القوات إلى مدينة الموصل صباح اليوم.")]


def search(window, qtbot, query: str) -> list[str]:
    edit = window.findChild(QLineEdit, "documentSearch")
    edit.setText(query)
    window.search.search()  # as when the typing pauses
    model = window.findChild(QTableView, "documentList").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_filters_the_list_through_the_folding(make_project, open_window, qtbot):
    window = open_window(make_project(DOCS))
    assert search(window, qtbot, "المفاوضات") == ["a1"]
    assert search(window, qtbot, "ان الانتخابات") == ["b2"]  # أنّ with its shadda
    assert search(window, qtbot, "2018") == ["b2"]  # ٢٠١٨ in Arabic-Indic digits
    assert search(window, qtbot, "d4") == ["d4"]  # by id
    assert search(window, qtbot, "الموصل") == ["d4"]
    count = window.findChild(QLabel, "documentSearchCount")
    assert count.isVisible() and "1" in count.text()
    assert search(window, qtbot, "لا يوجد") == []
    assert search(window, qtbot, "") == ["a1", "b2", "c3", "d4"]
    assert not count.isVisible()


def test_a_hit_opens_with_the_match_selected_and_a_key_tags_it(make_project, open_window,
                                                                qtbot):
    window = open_window(make_project(DOCS))
    assert search(window, qtbot, "الجيش") == ["c3"]
    assert window.doc.id == "c3"
    assert view_of(window).textCursor().selectedText() == "الجيش"
    key(qtbot, window, Qt.Key.Key_2)
    assert [(s.label, s.text) for s in window.session.ann.spans] == [("ACTOR", "الجيش")]


def test_imported_documents_are_found_once_indexed(make_project, open_window, qtbot, tmp_path):
    window = open_window(make_project(DOCS))
    article = tmp_path / "e5.txt"
    article.write_text("استأنفت المحادثات في جنيف بعد توقف طويل.", encoding="utf-8")
    runner = window.projects.import_files([article])
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    qtbot.waitUntil(lambda: window.search.indexing is None
                    or window.search.indexing.finished, timeout=20000)
    assert window.project.index_pending() == 0
    assert search(window, qtbot, "جنيف") == ["e5"]


def test_the_windows_own_work_is_not_announced_as_another_programs_change(
        make_project, open_window, qtbot, tmp_path):
    """An import in the window, then its search index: both written by workers of the
    window (other connections). Coming back to the window afterwards must not say that
    another window or program changed the project; a change another program does make
    still is."""
    from desktop.core.model import Span
    from desktop.store.project import Project
    from tests.ui.conftest import ANNOTATOR

    path = make_project(DOCS)
    window = open_window(path)
    notes: list[str] = []
    window.session.notice.connect(notes.append)
    article = tmp_path / "e5.txt"
    article.write_text("استأنفت المحادثات في جنيف بعد توقف طويل.", encoding="utf-8")
    runner = window.projects.import_files([article])
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    qtbot.waitUntil(lambda: window.search.indexing is None
                    or window.search.indexing.finished, timeout=20000)
    qtbot.waitUntil(lambda: window.search.indexing is None, timeout=20000)
    assert window.project.index_pending() == 0
    assert window.session.refresh() is False  # what coming back to the window does
    assert not any("another window" in n for n in notes), notes
    with Project(path) as other:  # another program tags a span
        text = DOCS[0][1]
        other.restore([Span.on(text, doc_id="a1", layer=ANNOTATOR, label="ACTOR", start=4,
                               end=8)], [])
    assert window.session.refresh() is True
    assert any("another window or program" in n for n in notes)
