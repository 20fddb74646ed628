"""Dates in the window: the publication date field, the tagger's suggestions (keys,
clicks, accept all, dismiss), the value in words in the attribute panel."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop.store.exporter import export_gold
from desktop.store.importer import import_paths
from desktop.store.project import Project
from tests.ui.conftest import ANNOTATOR, click, key, select_word, type_char, view_of

SEED = "001_ad0e2173383a4199"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def stored(window):
    return window.project.annotations(window.doc.id, ANNOTATOR)


def dates(window):
    return {s.text: s.attrs for s in stored(window).spans if s.label == "DATE"}


def shown(window):
    return [t.text for t in window.suggestions.visible()]


@pytest.fixture
def seed_window(seeds_project, open_window):
    with Project(seeds_project) as project:
        project.set_meta(SEED, "published", "2018-09-20")
    window = open_window(seeds_project)
    window.open_document(SEED)
    return window


def test_suggestions_appear_on_opening(seed_window):
    w = seed_window
    assert shown(w)[:3] == ["أمس", "يوم الخميس", "الخميس"]
    assert stored(w).spans == []
    first = w.suggestions.visible()[0]
    assert (first.value, first.type) == ("2018-09-19", "DATE")
    painted = w.suggestions.overlay.rects()
    assert painted and all(rects for _t, _c, rects in painted[:2])
    # the outline sits on the word: its rectangle holds the cursor rectangle of the word
    (rect,) = painted[0][2]
    assert rect.width() > 10 and rect.height() > 10
    assert w.findChild(QLineEdit, "publishedEdit").text() == "2018-09-20"


def test_accept_one_by_key_stores_and_exports_the_value(seed_window, qtbot, tmp_path):
    w = seed_window
    key(qtbot, w, Qt.Key.Key_N)
    assert w.suggestions.current_timex().text == "أمس"
    key(qtbot, w, Qt.Key.Key_Y)
    assert dates(w) == {"أمس": {"type": "DATE", "value": "2018-09-19"}}
    assert "أمس" not in shown(w)
    # the next one became current; Enter accepts it
    assert w.suggestions.current_timex().text == "يوم الخميس"
    key(qtbot, w, Qt.Key.Key_Return)
    assert dates(w)["يوم الخميس"] == {"type": "DATE", "value": "2018-09-20"}
    out = tmp_path / "out.jsonl"
    export_gold(w.project, out, layer=ANNOTATOR, include_unreviewed=True)
    record = next(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
                  if json.loads(line)["id"] == SEED)
    assert {s["text"]: s["attrs"]["value"] for s in record["spans"]} == {
        "أمس": "2018-09-19", "يوم الخميس": "2018-09-20"}
    assert record["meta"]["published"] == "2018-09-20"
    key(qtbot, w, Qt.Key.Key_Z, CTRL)  # one accept is one undo step
    assert list(dates(w)) == ["أمس"]


def test_arabic_layout_keys(seed_window):
    w = seed_window
    type_char(w, "ى")  # N
    type_char(w, "ى")
    assert w.suggestions.current_timex().text == "يوم الخميس"
    type_char(w, "ح")  # P
    assert w.suggestions.current_timex().text == "أمس"
    type_char(w, "ء")  # X dismisses
    assert "أمس" not in shown(w)
    type_char(w, "غ")  # Y accepts the current one (now يوم الخميس)
    assert list(dates(w)) == ["يوم الخميس"]


def test_accept_all_is_one_undo_step(seed_window, qtbot):
    w = seed_window
    n = len(shown(w))
    assert n >= 4
    key(qtbot, w, Qt.Key.Key_Y, SHIFT)
    assert len(dates(w)) == n
    assert shown(w) == []
    assert w.session.undo_stack.count() == 1
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert dates(w) == {}
    assert len(shown(w)) == n
    key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(dates(w)) == n
    # the toolbar action does the same
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    w.findChild(object, "actionAcceptAllDates").trigger()
    assert len(dates(w)) == n


def test_dismiss_stays_dismissed(seed_window, qtbot, open_window):
    w = seed_window
    key(qtbot, w, Qt.Key.Key_N)
    key(qtbot, w, Qt.Key.Key_X)
    assert "أمس" not in shown(w)
    assert stored(w).spans == []
    other = next(d for d in w.project.document_ids() if d != SEED)
    w.open_document(other)
    w.open_document(SEED)
    assert "أمس" not in shown(w)
    # another window on the same project (same annotator) still has it dismissed ...
    path = w.project.path
    w2 = open_window(path)
    w2.open_document(SEED)
    assert "أمس" not in shown(w2)
    # ... and another annotator's layer has its own
    w3 = open_window(path, annotator="badr")
    w3.open_document(SEED)
    assert "أمس" in shown(w3)
    # dismissing is undoable like any edit
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert shown(w)[0] == "أمس"


def test_click_on_a_suggestion_accepts_it(seed_window, qtbot):
    w = seed_window
    at = w.doc.text.index("أمس")
    click(qtbot, w, at + 1)
    assert dates(w) == {"أمس": {"type": "DATE", "value": "2018-09-19"}}
    assert w.session.spans[w.session.selected].text == "أمس"  # the new span is selected


def test_a_hand_tagged_date_hides_the_suggestion_it_overlaps(seed_window, qtbot):
    w = seed_window
    select_word(w, "الخميس")  # inside «يوم الخميس»
    key(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert dates(w)["الخميس"]["value"] == "2018-09-20"
    assert shown(w)[:2] == ["أمس", "الخميس"]  # the second «الخميس» stays


def test_published_date_edit_resolves_again(seed_window, qtbot):
    w = seed_window
    edit = w.findChild(QLineEdit, "publishedEdit")
    edit.setText("2018-09-27")
    edit.editingFinished.emit()
    assert w.project.document(SEED).published == "2018-09-27"
    assert w.suggestions.visible()[0].value == "2018-09-26"
    # the hand-tag prefill uses the new date too
    select_word(w, "أمس")
    key(qtbot, w, Qt.Key.Key_3)
    assert dates(w)["أمس"]["value"] == "2018-09-26"
    # a wrong date is refused, nothing stored
    edit.setText("2018-02-30")
    edit.editingFinished.emit()
    assert w.project.document(SEED).published == "2018-09-27"
    assert "Not a date" in w.last_notice
    # empty clears: relative dates are unresolved again
    edit.setText("")
    edit.editingFinished.emit()
    assert w.project.document(SEED).published is None
    assert w.suggestions.visible()[0].value.startswith("XXXX")


def test_published_date_change_is_undoable(seed_window, qtbot):
    w = seed_window
    edit = w.findChild(QLineEdit, "publishedEdit")
    edit.setText("2019-01-01")
    edit.editingFinished.emit()
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.project.document(SEED).published == "2018-09-20"
    assert edit.text() == "2018-09-20"
    assert w.suggestions.visible()[0].value == "2018-09-19"


def test_header_date_is_proposed_not_stored(tmp_path, open_window):
    src = tmp_path / "dated.txt"
    src.write_text("عنوان الخبر هنا\n15 أغسطس 2024\n\nقال الوزير أمس إن المحادثات ستبدأ.\n",
                   encoding="utf-8")
    path = tmp_path / "p.tawsim"
    with Project(path) as project:
        assert import_paths(project, [src], fmt="txt").ok
    w = open_window(path)
    edit = w.findChild(QLineEdit, "publishedEdit")
    use = w.findChild(QPushButton, "publishedUse")
    assert edit.text() == ""
    assert "2024-08-15" in edit.placeholderText()
    assert use.isVisibleTo(w) and "2024-08-15" in use.text()
    assert w.project.document("dated").published is None  # proposed, not stored
    yesterday = next(t for t in w.suggestions.visible() if t.text == "أمس")
    assert yesterday.value == "XXXX-XX-XX"
    use.click()
    assert w.project.document("dated").published == "2024-08-15"
    assert edit.text() == "2024-08-15"
    assert not use.isVisibleTo(w)
    yesterday = next(t for t in w.suggestions.visible() if t.text == "أمس")
    assert yesterday.value == "2024-08-14"


def test_imported_published_is_shown(make_project, open_window):
    w = open_window(make_project([("j", "قال الوزير أمس كلاما.", {"published": "2020-01-02"})]))
    assert w.findChild(QLineEdit, "publishedEdit").text() == "2020-01-02"
    assert w.suggestions.visible()[0].value == "2020-01-01"
    assert not w.findChild(QPushButton, "publishedUse").isVisibleTo(w)


def test_attribute_panel_says_the_value_in_words(seed_window, qtbot):
    w = seed_window
    key(qtbot, w, Qt.Key.Key_N)
    key(qtbot, w, Qt.Key.Key_Y)
    panel = w.findChild(object, "attributePanel")
    words = panel.findChild(QLabel, "dateWords")
    assert words.text() == "19 September 2018"
    value = panel.findChild(QLineEdit, "attr_value")
    assert value.isEnabled() and not value.isReadOnly()
    value.setText("2018-09")  # updated as it is typed
    assert words.text() == "September 2018"
    value.editingFinished.emit()
    assert dates(w)["أمس"]["value"] == "2018-09"
    words = panel.findChild(QLabel, "dateWords")
    assert words.text() == "September 2018"
    view_of(w).setFocus()


def test_escape_clears_the_current_suggestion(seed_window, qtbot):
    w = seed_window
    key(qtbot, w, Qt.Key.Key_N)
    assert w.suggestions.current is not None
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.suggestions.current is None
    key(qtbot, w, Qt.Key.Key_Return)  # nothing current: Enter does nothing
    assert stored(w).spans == []


def test_suggestions_rest_in_review_mode(seed_window, qtbot):
    w = seed_window
    key(qtbot, w, Qt.Key.Key_N)
    assert w.suggestions.current is not None
    w.session.review_mode = True  # review mode has its own candidates, keys and Enter
    try:
        assert w.suggestions.visible() == []
        assert w.suggestions.current_timex() is None
        assert not w.suggestions.overlay.rects()
    finally:
        w.session.review_mode = False
    assert shown(w)[0] == "أمس"


def test_another_project_with_the_same_ids_is_tagged_afresh(make_project, open_window):
    w = open_window(make_project([("x", "قال الوزير أمس كلاما.", {"published": "2020-01-02"})]))
    key_ = (w.suggestions.visible()[0].start, w.suggestions.visible()[0].end)
    w.suggestions.dismiss(w.suggestions.visible()[0])
    assert shown(w) == []
    other = make_project([("x", "وصل الوفد يوم الأحد.", {"published": "2020-01-02"})],
                         name="other.tawsim")
    w.projects.switch_project(other)
    assert shown(w) == ["يوم الأحد"]
    assert key_ != (w.suggestions.visible()[0].start, w.suggestions.visible()[0].end)


def test_suggestions_show_the_new_kinds_with_their_values(make_project, open_window, qtbot):
    """Issue #16: a range is two suggestions, a bracketed year, an anaphoric date, a Hijri year
    before 1343 AH (its calendar kept when accepted) and a weekday with its numeric date."""
    text = ("يقام المعرض من 10 إلى 12 أيلول. أسس الجمعية عام (1962) وكان آنذاك طالبا. "
            "شيد الخان سنة 1310 هـ. عقد الاجتماع يوم الاثنين الموافق 7/3/2016.")
    w = open_window(make_project([("n", text, {"published": "2018-09-24"})]))
    got = {t.text: (t.type, t.value, t.calendar) for t in w.suggestions.visible()}
    assert got == {
        "10": ("DATE", "2018-09-10", "gregorian"),
        "12 أيلول": ("DATE", "2018-09-12", "gregorian"),
        "عام (1962)": ("DATE", "1962", "gregorian"),
        "آنذاك": ("DATE", "1962", "gregorian"),
        "سنة 1310 هـ": ("DATE", "1892", "hijri-tabular"),
        "يوم الاثنين الموافق 7/3/2016": ("DATE", "2016-03-07", "gregorian"),
    }
    hijri = next(t for t in w.suggestions.visible() if t.text == "سنة 1310 هـ")
    w.suggestions.current = (hijri.start, hijri.end, hijri.kind)
    key(qtbot, w, Qt.Key.Key_Y)
    assert dates(w)["سنة 1310 هـ"] == {"type": "DATE", "value": "1892", "calendar": "hijri-tabular"}


def test_a_long_document_is_painted_before_its_suggestions_are_worked_out(
        make_project, open_window, qtbot):
    """A document longer than a news article opens at once: the article paints, and its
    suggestions (date and mention proposals, a fraction of a second for a long one) are
    worked out in the next turn; a news article gets them in the same frame."""
    from desktop.ui.annotate.suggestions import AT_ONCE_CHARS

    line = "قال المتحدث أمس إن الغارات استهدفت مواقع يوم الخميس الماضي قرب الموصل.\n"
    long_text = line * (AT_ONCE_CHARS // len(line) + 10)
    w = open_window(make_project([("short", line * 3), ("long", long_text)]))
    order = []
    w.session.documentShown.connect(lambda d: order.append(("painted", d, len(shown(w)))))
    w.open_document("long")
    assert w.suggestions._pending == "long" and shown(w) == []  # not before the paint
    qtbot.waitUntil(lambda: len(shown(w)) > 50)
    assert order and order[0] == ("painted", "long", 0)
    from PySide6.QtWidgets import QApplication

    assert QApplication.overrideCursor() is None  # the busy cursor of that moment is gone
    assert shown(w)[:2] == ["أمس", "يوم الخميس الماضي"]
    w.open_document("short")  # a news article: with its suggestions straight away
    assert w.suggestions._pending is None and shown(w)[:2] == ["أمس", "يوم الخميس الماضي"]
    w.open_document("long")  # N before the first paint: worked out then, not "none"
    assert w.suggestions._pending == "long"
    first = w.suggestions.step_next()
    assert first is not None and first.text == "أمس" and len(shown(w)) > 50


def test_a_provider_joining_announces_the_new_count(seed_window):
    """A provider that joins after the first document was shown (the mention proposals',
    once the analyst views are built): the status bar's count takes its suggestions in (it
    used to keep the first providers' count); one that proposes nothing says nothing."""
    from desktop.ui.analysis.mentions import MentionProvider
    from desktop.ui.annotate.providers import DateProvider

    w = seed_window
    dates_alone = len(w.suggestions.visible())
    assert dates_alone > 0
    w.session.message("something else")
    w.suggestions.add_provider(MentionProvider())  # no actor tagged here: nothing to add
    assert len(w.suggestions.visible()) == dates_alone
    assert w.session.last_notice == "something else"
    w.suggestions.add_provider(DateProvider())  # a second provider of dates: each twice
    n = len(w.suggestions.visible())
    assert n == 2 * dates_alone
    assert w.session.last_notice.startswith(f"{n} suggestion(s): N/P")
