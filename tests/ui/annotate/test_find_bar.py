"""Find in the article (Ctrl+F): folded matching, hits outlined, then tag the hit."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.conftest import key, view_of

TEXT = "قالَ الوزيرُ إنّ الإتفاق تم، وأكد أن الاتفاق سيوقع في ٢٠١٨ 👍🏽 قال"


def test_find_matches_through_diacritics_and_hamza_then_tags_the_hit(make_project,
                                                                    open_window, qtbot):
    w = open_window(make_project([("d1", TEXT)]))
    key(qtbot, w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = w.findChild(object, "findBar")
    edit = w.findChild(QLineEdit, "findEdit")
    count = w.findChild(QLabel, "findCount")
    qtbot.waitUntil(bar.isVisible)
    edit.setText("الاتفاق")  # typed in the bar: matches الإتفاق and الاتفاق
    assert count.text() == "1 of 2"
    assert [TEXT[s:e] for s, e in bar.hits] == ["الإتفاق", "الاتفاق"]
    assert view_of(w).selection_cp() == bar.hits[0]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert count.text() == "2 of 2"
    assert view_of(w).selection_cp() == bar.hits[1]
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count.text() == "1 of 2"
    # outlines drawn as extra selections while the bar is open
    n_outlined = len(view_of(w).extraSelections())
    assert n_outlined >= 2
    first = bar.hits[0]
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view_of(w).selection_cp() == first
    key(qtbot, w, Qt.Key.Key_2)  # the hit stays selected: a label key tags it
    [span] = w.project.annotations("d1", w.session.annotator).spans
    assert (span.label, span.text) == ("ACTOR", "الإتفاق")


def test_find_after_an_emoji_and_in_other_digit_scripts(make_project, open_window, qtbot):
    w = open_window(make_project([("d1", TEXT)]))
    w.findChild(object, "findBar").open_bar()
    edit = w.findChild(QLineEdit, "findEdit")
    edit.setText("2018")  # the text has ٢٠١٨
    bar = w.findChild(object, "findBar")
    assert [TEXT[s:e] for s, e in bar.hits] == ["٢٠١٨"]
    edit.setText("قال")  # the first one carries a fatha; the last comes after an emoji
    assert [TEXT[s:e] for s, e in bar.hits] == ["قالَ", "قال"]
    bar.step(+1)
    assert view_of(w).selection_cp() == (len(TEXT) - 3, len(TEXT))
    edit.setText("غير موجود")
    assert bar.hits == [] and w.findChild(QLabel, "findCount").text() == "no match"
