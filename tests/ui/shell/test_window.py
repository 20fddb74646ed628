"""The real window driven as a user would: keys and clicks on the article."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontInfo
from PySide6.QtWidgets import QComboBox, QDockWidget, QLineEdit, QPlainTextEdit, QTableView

from desktop.store.exporter import export_gold
from desktop.store.project import Project
from tests.ui.conftest import ANNOTATOR, click, key, select, select_word, type_char, view_of

TEXT = ("قال وزير الخارجية الأمريكي إن المحادثات ستبدأ يوم الأحد المقبل في بغداد.\n\n"
        "وأكد المتحدث أن وبغداد رفضت العرض كَتَبَ.")
TEXT2 = "أعلنت الحكومة العراقية أمس أن الانتخابات ستجري في موعدها."
TEXT3 = "نفى الجيش وقوع إصابات."


@pytest.fixture
def window(make_project, open_window):
    path = make_project([("d1", TEXT, {"published": "2018-09-24"}), ("d2", TEXT2),
                         ("d3", TEXT3)])
    return open_window(path)


def stored(window):
    return window.project.annotations(window.doc.id, ANNOTATOR)


def test_layout_and_object_names(window):
    for name in ("documentList", "articleView", "spanTable", "attributePanel",
                 "relationPanel"):
        assert window.findChild(object, name) is not None, name
    assert window.objectName() == "mainWindow"
    docs = window.findChild(QTableView, "documentList")
    model = docs.model()
    assert model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == ["d1", "d2", "d3"]
    # left to right: document list, article, panels
    xs = [window.findChild(object, n).mapTo(window, window.rect().topLeft()).x()
          for n in ("documentList", "articleView", "spanTable")]
    assert xs == sorted(xs)


def test_article_is_plain_rtl_naskh(window, make_project, open_window):
    view = window.findChild(QPlainTextEdit, "articleView")
    assert view.isReadOnly()
    assert view.toPlainText() == TEXT
    option = view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QFontInfo(view.font()).family() == "Noto Naskh Arabic"
    html = "<b>عاجل</b> &amp; <script>x</script>"
    w2 = open_window(make_project([("h", html)], name="html.tawsim"))
    assert view_of(w2).toPlainText() == html


def test_making_a_row_current_opens_the_document(window, qtbot):
    docs = window.findChild(QTableView, "documentList")
    docs.setCurrentIndex(docs.model().index(1, 0))
    assert window.doc.id == "d2"
    assert view_of(window).toPlainText() == TEXT2
    qtbot.mouseClick(docs.viewport(), Qt.MouseButton.LeftButton,
                     pos=docs.visualRect(docs.model().index(2, 1)).center())
    assert window.doc.id == "d3"


def test_tag_snaps_to_whole_words(window, qtbot):
    at = TEXT.index("الخارجية")
    select(window, at + 2, at + 4)  # inside the word
    key(qtbot, window, Qt.Key.Key_2)
    spans = stored(window).spans
    assert [(s.label, s.text) for s in spans] == [("ACTOR", "الخارجية")]
    # a selection across two words, ragged at both ends, with outer white space
    w = TEXT.index("وزير")
    select(window, w + 1, at + 3)
    key(qtbot, window, Qt.Key.Key_2)
    assert ("ACTOR", "وزير الخارجية") in [(s.label, s.text) for s in stored(window).spans]
    # harakat stay on their letters
    k = TEXT.index("كَتَبَ")
    select(window, k + 1, k + 2)
    key(qtbot, window, Qt.Key.Key_4)
    assert ("CUE", "كَتَبَ") in [(s.label, s.text) for s in stored(window).spans]
    table = window.findChild(QTableView, "spanTable")
    assert table.model().rowCount() == 3


def test_alt_keeps_the_exact_selection_for_a_clitic(window, qtbot):
    at = TEXT.index("وبغداد")
    select(window, at + 1, at + len("وبغداد"))
    key(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert [s.text for s in stored(window).spans] == ["بغداد"]
    select(window, at + 1, at + 3)
    key(qtbot, window, Qt.Key.Key_1)  # without Alt: the whole word
    assert sorted(s.text for s in stored(window).spans) == ["بغداد", "وبغداد"]


def test_alt_never_cuts_a_mark_off_its_base(window, qtbot):
    k = TEXT.index("كَتَبَ")
    select(window, k, k + 1)  # ك without its fatha
    key(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert [s.text for s in stored(window).spans] == ["كَ"]


@pytest.mark.parametrize("digit,label", [("١", "CLAIM"), ("٢", "ACTOR"), ("٣", "DATE"),
                                         ("٤", "CUE"), ("۱", "CLAIM"), ("۲", "ACTOR"),
                                         ("۳", "DATE"), ("۴", "CUE")])
def test_arabic_indic_digit_keys(window, qtbot, digit, label):
    select_word(window, "المحادثات")
    type_char(window, digit)
    assert [(s.label, s.text) for s in stored(window).spans] == [(label, "المحادثات")]


def test_click_selects_innermost_and_key_relabels(window, qtbot):
    select_word(window, "وزير الخارجية الأمريكي")
    key(qtbot, window, Qt.Key.Key_2)
    select_word(window, "الخارجية")
    key(qtbot, window, Qt.Key.Key_3)
    outer = next(s for s in stored(window).spans if s.label == "ACTOR")
    inner = next(s for s in stored(window).spans if s.label == "DATE")
    click(qtbot, window, inner.start + 3)
    assert window.session.selected == inner.id
    click(qtbot, window, outer.start + 1)
    assert window.session.selected == outer.id
    # a label key with no text selection relabels the selected span
    click(qtbot, window, inner.start + 3)
    key(qtbot, window, Qt.Key.Key_4)
    assert window.project.span(inner.id).label == "CUE"
    assert window.session.selected == inner.id


def test_delete_undo_redo(window, qtbot):
    select_word(window, "المحادثات ستبدأ")
    key(qtbot, window, Qt.Key.Key_1)
    select_word(window, "وزير الخارجية")
    key(qtbot, window, Qt.Key.Key_2)
    claim = next(s for s in stored(window).spans if s.label == "CLAIM")
    click(qtbot, window, claim.start + 2)
    key(qtbot, window, Qt.Key.Key_S)
    actor = next(s for s in stored(window).spans if s.label == "ACTOR")
    click(qtbot, window, actor.start + 2)
    assert [r.type for r in stored(window).relations] == ["claimant"]
    # delete the claim: its relation goes too
    click(qtbot, window, claim.start + 2)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert [s.label for s in stored(window).spans] == ["ACTOR"]
    assert stored(window).relations == []
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(s.label for s in stored(window).spans) == ["ACTOR", "CLAIM"]
    assert [r.type for r in stored(window).relations] == ["claimant"]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.ShiftModifier)
    assert [s.label for s in stored(window).spans] == ["ACTOR"]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the relation
    assert stored(window).relations == []
    key(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [r.type for r in stored(window).relations] == ["claimant"]
    for _ in range(4):
        key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window).spans == []


def test_undo_works_through_the_window_shortcut(window, qtbot):
    qtbot.waitActive(window)
    select_word(window, "المحادثات")
    key(qtbot, window, Qt.Key.Key_1)
    assert len(stored(window).spans) == 1
    window.actions.action('edit.undo').trigger()
    assert stored(window).spans == []
    window.actions.action('edit.redo').trigger()
    assert len(stored(window).spans) == 1


def test_undo_stack_follows_the_document(window, qtbot):
    select_word(window, "المحادثات")
    key(qtbot, window, Qt.Key.Key_1)
    window.open_document("d2")
    assert not window.session.undo_stack.canUndo()
    window.open_document("d1")
    assert window.session.undo_stack.canUndo()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window).spans == []


def test_relations_by_key_click_list_arabic_key_and_escape(window, qtbot):
    for words, k in (("المحادثات ستبدأ", Qt.Key.Key_1), ("وزير الخارجية", Qt.Key.Key_2),
                     ("يوم الأحد المقبل", Qt.Key.Key_3), ("بغداد", Qt.Key.Key_2)):
        select_word(window, words)
        key(qtbot, window, k)
    spans = {s.text: s for s in stored(window).spans}
    claim = spans["المحادثات ستبدأ"]
    # S then click the actor: claimant
    click(qtbot, window, claim.start + 1)
    key(qtbot, window, Qt.Key.Key_S)
    click(qtbot, window, spans["وزير الخارجية"].start + 2)
    # ف (T on the Arabic layout) then click the date: claim_date
    click(qtbot, window, claim.start + 1)
    type_char(window, "ف")
    click(qtbot, window, spans["يوم الأحد المقبل"].start + 2)
    # E, picked from the candidate list in the relation panel
    click(qtbot, window, claim.start + 1)
    key(qtbot, window, Qt.Key.Key_E)
    panel = window.findChild(object, "relationPanel")
    assert panel.candidates.count() == 1
    panel.candidatePicked.emit(panel.candidates.item(0).data(Qt.ItemDataRole.UserRole + 1))
    # A then Escape: nothing
    key(qtbot, window, Qt.Key.Key_A)
    assert window.session.pending is not None
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.session.pending is None
    click(qtbot, window, spans["بغداد"].start + 2)
    assert window.session.selected == spans["بغداد"].id
    rels = {(r.type, r.head, r.tail) for r in stored(window).relations}
    assert rels == {("claimant", claim.id, spans["وزير الخارجية"].id),
                    ("claim_date", claim.id, spans["يوم الأحد المقبل"].id),
                    ("event_date", claim.id, spans["يوم الأحد المقبل"].id)}
    # a second claimant is refused (at most one), and says so without a dialog
    click(qtbot, window, claim.start + 1)
    type_char(window, "س")
    click(qtbot, window, spans["بغداد"].start + 2)
    assert len(stored(window).relations) == 3
    assert "at most" in window.last_notice
    # the relation panel lists the claim's relations and deletes one
    click(qtbot, window, claim.start + 1)
    assert panel.list.count() == 3
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(stored(window).relations) == 2
    assert panel.list.count() == 2


def test_attribute_panel_edits_are_undoable(window, qtbot):
    select_word(window, "وزير الخارجية")
    key(qtbot, window, Qt.Key.Key_2)
    panel = window.findChild(object, "attributePanel")
    combo = panel.findChild(QComboBox, "attr_type")
    combo.setCurrentText("government")
    span = stored(window).spans[0]
    assert span.attrs == {"type": "government"}
    line = panel.findChild(QLineEdit, "attr_canonical")
    line.setFocus()
    line.setText("وزارة الخارجية الأمريكية")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert stored(window).spans[0].attrs == {"type": "government",
                                             "canonical": "وزارة الخارجية الأمريكية"}
    window.session.undo()
    assert stored(window).spans[0].attrs == {"type": "government"}
    assert panel.findChild(QComboBox, "attr_type").currentText() == "government"
    window.session.undo()
    assert stored(window).spans[0].attrs == {}


def test_span_table_row_selects_and_scrolls(window, qtbot):
    select_word(window, "العرض")
    key(qtbot, window, Qt.Key.Key_1)
    select_word(window, "المحادثات")
    key(qtbot, window, Qt.Key.Key_1)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.session.selected is None
    table = window.findChild(QTableView, "spanTable")
    table.selectRow(1)
    span = stored(window).spans[1]
    assert window.session.selected == span.id
    assert view_of(window).textCursor().position() == span.start


def test_mark_done_opens_next_and_warns(window, qtbot):
    select_word(window, "المحادثات ستبدأ")
    key(qtbot, window, Qt.Key.Key_1)
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.project.status("d1", ANNOTATOR) == "done"
    assert window.doc.id == "d2"
    assert "without a claimant" in window.last_notice
    assert window.ui.progress_label.text() == "1 of 3 done"
    key(qtbot, window, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.id == "d3"
    assert window.ui.progress_label.text() == "2 of 3 done"


def test_status_filter(window, qtbot):
    window.done()
    combo = window.findChild(QComboBox, "statusFilter")
    combo.setCurrentIndex(combo.findData("done"))
    docs = window.findChild(QTableView, "documentList").model()
    assert docs.rowCount() == 1 and docs.index(0, 0).data() == "d1"
    combo.setCurrentIndex(combo.findData("todo"))
    assert [docs.index(r, 0).data() for r in range(docs.rowCount())] == ["d2", "d3"]


def test_zoom_keys(window, qtbot):
    view = view_of(window)
    size = view.font().pointSize()
    key(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSize() == size + 2
    key(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSize() == size + 1
    key(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSize() == 16


def test_offsets_after_emoji_and_flag(make_project, open_window, qtbot, tmp_path):
    text = "🇸🇦 👍🏽 قال الوزير"
    window = open_window(make_project([("e", text)]))
    at = text.index("الوزير")
    view = view_of(window)
    assert view.index.to_utf16(at) == at + 4  # four astral characters before it
    select(window, at + 1, at + 3)
    key(qtbot, window, Qt.Key.Key_2)
    out = tmp_path / "out.jsonl"
    export_gold(window.project, out, layer=ANNOTATOR, include_unreviewed=True)
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    (span,) = record["spans"]
    assert (span["start"], span["end"]) == (at, at + len("الوزير"))
    assert record["text"][span["start"]:span["end"]] == span["text"] == "الوزير"


def test_date_is_prefilled_by_the_normaliser(window, qtbot):
    """A DATE tagged by hand gets its TIMEX3 value from the real normaliser, resolved
    against the document's publication date (d1: Monday 2018-09-24)."""
    select_word(window, "يوم الأحد المقبل")
    key(qtbot, window, Qt.Key.Key_3)
    # calendar only when not Gregorian, as in the guideline's example and for suggestions
    assert stored(window).spans[0].attrs == {"type": "DATE", "value": "2018-09-30"}


def test_build_window_without_annotator_never_blocks(make_project, qtbot):
    from PySide6.QtCore import QSettings

    from desktop.app import build_window

    QSettings("tawsim", "tawsim").remove("annotator")  # a first start
    window = build_window(make_project([("x", TEXT3)]))
    qtbot.addWidget(window)
    bar = window.projects.annotator_bar  # a bar over the window, never a modal dialog
    assert window.projects.annotator_dialog is bar and not bar.isHidden()
    bar.setTextValue("nour")
    bar.accept()
    assert window.session.annotator == "nour" and bar.isHidden()
    window.close()
    window.project.close()
    window2 = build_window(window.project.path)  # remembered now: no dialog
    qtbot.addWidget(window2)
    assert window2.session.annotator == "nour"
    assert window2.projects.annotator_dialog is None
    assert window2.projects.annotator_bar.isHidden()
    window2.close()
    window2.project.close()


def test_edits_go_to_the_annotators_layer(window, qtbot):
    select_word(window, "المحادثات")
    key(qtbot, window, Qt.Key.Key_1)
    with Project(window.project.path) as other:
        assert [s.layer for s in other.annotations("d1", ANNOTATOR).spans] == [ANNOTATOR]
        assert other.annotations("d1", "gold").spans == []


def test_many_spans_are_highlighted_where_the_reader_looks(make_project, open_window, qtbot):
    from desktop.core.model import Span

    sentence = "قال المتحدث إن المحادثات ستبدأ يوم الأحد المقبل في بغداد."
    text = "\n\n".join(sentence for _ in range(400))
    window = open_window(make_project([("long", text)]))
    spans = []
    at = 0
    while (at := text.find("المتحدث", at + 1)) >= 0:
        spans.append(Span.on(text, doc_id="long", layer=ANNOTATOR, label="ACTOR",
                             start=at, end=at + len("المتحدث")))
    window.project.restore(spans, [])
    window.open_document("long")
    window.session.reload()
    view = view_of(window)

    def highlighted():
        return window.highlights.drawn_spans()

    assert (spans[0].start, spans[0].end) in highlighted()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: (spans[-1].start, spans[-1].end) in highlighted())
    # clicking the last one selects it
    click(qtbot, window, spans[-1].start + 2)
    assert window.session.selected == spans[-1].id


def test_guidelines_open_beside_the_article_with_f1(qtbot, tmp_path):
    from desktop.app import build_window
    from desktop.store.demo import build_demo

    project = tmp_path / "g.tawsim"
    build_demo(project)
    win = build_window(project, annotator="amal")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)  # the dock comes with the second stage, just after the 1st paint
    qtbot.waitUntil(lambda: win.findChild(QDockWidget, "guidelinesDock") is not None)
    dock = win.findChild(QDockWidget, "guidelinesDock")
    assert not dock.isVisible()
    win.findChild(QAction, "actionGuidelines").trigger()
    qtbot.waitUntil(dock.isVisible)
    assert "ACTOR — who acts or speaks" in dock.widget().toPlainText()


def test_first_frame_then_the_rest_after_the_first_paint(make_project, qtbot):
    """The first frame has the list, the article, its publication date, the panels and
    (hidden) review mode, whose ``reviewView`` DESIGN §6 promises once build_window
    returns; the find bar, the date suggestions, the guidelines and the analyst views
    (``ledgerView``, ``actorIndex``, ``timelineView``) come right after the first paint,
    without anybody asking for them."""
    from PySide6.QtCore import QObject

    from desktop.app import build_window

    path = make_project([("d1", "قال الوزير يوم الأحد إن المحادثات ستستمر.",
                          {"published": "2018-09-24"})])
    win = build_window(path, annotator=ANNOTATOR)
    qtbot.addWidget(win)
    second = ("findBar", "suggestions", "guidelinesDock", "ledgerView", "actorIndex",
              "timelineView")
    assert [n for n in second if win.findChild(QObject, n) is not None] == []
    assert win.findChild(QTableView, "reviewView") is not None
    assert view_of(win).toPlainText().startswith("قال الوزير")
    assert win.findChild(QLineEdit, "publishedEdit").text() == "2018-09-24"
    assert win.findChild(QTableView, "spanTable") is not None
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: all(win.findChild(QObject, n) is not None for n in second))
    menus = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Tag", "Dates", "Review", "Analysis", "Help"]
    # the suggestions of the document already open: «يوم الأحد» resolved against the date
    qtbot.waitUntil(lambda: win.suggestions._pending is None and bool(win.suggestions.found))
    assert [t.text for t in win.suggestions.found] == ["يوم الأحد"]
    win.close()
    win.project.close()
