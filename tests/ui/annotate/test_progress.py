"""Progress you can see: the document list counts each document's claims without a
claimant, the status bar says the open document's claims without a claimant and
suggestions left, and what an undo did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from tests.ui.conftest import key, select_word

TEXT = "قال وزير الخارجية إن المحادثات ستبدأ يوم الأحد المقبل في بغداد."


def test_claims_without_a_claimant_and_suggestions_left(make_project, open_window, qtbot):
    window = open_window(make_project([("d1", TEXT, {"published": "2018-09-24"}),
                                       ("d2", "نفى الجيش وقوع إصابات.")]))
    label = window.findChild(QLabel, "documentProgress")
    qtbot.waitUntil(lambda: "1" in label.text())  # «يوم الأحد المقبل» is suggested
    assert "suggestions left" in label.text()
    docs = window.findChild(QTableView, "documentList").model()
    assert docs.headerData(4, Qt.Orientation.Horizontal) == "To check"
    assert docs.index(0, 4).data() == ""
    select_word(window, "المحادثات ستبدأ")
    key(qtbot, window, Qt.Key.Key_1)
    assert docs.index(0, 4).data() == "1"
    assert "claims without a claimant: 1" in label.text()
    select_word(window, "وزير الخارجية")
    key(qtbot, window, Qt.Key.Key_2)
    claim = next(s for s in window.session.ann.spans if s.label == "CLAIM")
    window.session.select(claim.id)
    key(qtbot, window, Qt.Key.Key_S)
    actor = next(s for s in window.session.ann.spans if s.label == "ACTOR")
    window.tagging.pick_tail(actor.id)
    assert docs.index(0, 4).data() == ""
    assert "claims without a claimant" not in label.text()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.last_notice.startswith("Undone: add claimant")
    assert docs.index(0, 4).data() == "1"
