"""The review dock's reason field (desktop/ui/review/reasons.py), from the keyboard: Esc
closes it, decides nothing and says so, and gives the article the keys back; Enter
accepts with the reason given, in the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.core.model import GOLD
from tests.ui.conftest import key, view_of
from tests.ui.review.conftest import REVIEWER, SHIFT, current, enter_review
from tests.ui.review_project import DOC


def test_escape_decides_nothing_and_enter_accepts_with_the_reason(window, qtbot):
    enter_review(qtbot, window)
    first = current(window)
    before = len(window.project.audit_trail(DOC))
    key(qtbot, window, Qt.Key.Key_G, SHIFT)  # accept with a reason
    field = window.findChild(QLineEdit, "reviewReason")
    assert field.isVisible() and field.hasFocus()
    assert "accept" in field.placeholderText().lower()
    qtbot.keyClicks(field, "changed my mind")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.isVisible() and field.text() == ""
    assert "nothing decided" in window.last_notice
    assert len(window.project.audit_trail(DOC)) == before
    assert current(window) == first
    assert view_of(window).hasFocus()
    key(qtbot, window, Qt.Key.Key_G, SHIFT)
    qtbot.keyClicks(field, "named in the text")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    trail = window.project.audit_trail(DOC)
    assert trail[-1]["action"] == "accept" and trail[-1]["reason"] == "named in the text"
    assert trail[-1]["who"] == REVIEWER
    assert (first.label, first.start, first.end) in {
        (s.label, s.start, s.end) for s in window.project.annotations(DOC, GOLD).spans}
