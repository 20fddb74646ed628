"""What the window says about where the user is (desktop/ui/shell/status_line.py): the
empty project's hint in the article, and the "Project busy" dialog, whose Retry runs
the refused edit again and whose Cancel does not."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import view_of


def test_an_empty_project_says_how_to_get_documents(make_project, open_window):
    w = open_window(make_project([]))
    assert w.doc is None
    assert "Import" in view_of(w).placeholderText()
    assert w.findChild(object, "documentProgress").text() == ""


def test_a_busy_project_offers_to_retry(make_project, open_window, qtbot):
    w = open_window(make_project([("d", "قال الوزير أمس كلاما.")]))
    tries: list[str] = []
    w.session.busy.emit("The project is locked by another program.", lambda: tries.append("again"))
    box = w.busy_dialog
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.objectName() == "busyDialog"
    assert box.text() == "The project is locked by another program."
    assert "Nothing was changed" in box.informativeText()
    box.button(QMessageBox.StandardButton.Retry).click()
    assert tries == ["again"]
    w.session.busy.emit("Still locked.", lambda: tries.append("twice"))
    box = w.busy_dialog
    qtbot.waitUntil(lambda: box.isVisible())
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert tries == ["again"]
