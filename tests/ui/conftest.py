"""Fixtures that build a real window on a real project (offscreen, see tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.core.model import Document
from desktop.store.project import Project

ANNOTATOR = "amal"


@pytest.fixture
def make_project(tmp_path):
    """make_project([(id, text, meta), ...]) -> path of a new project with those documents."""
    def make(docs, name="p.tawsim"):
        path = tmp_path / name
        with Project(path) as project:
            for doc_id, text, *rest in docs:
                meta = rest[0] if rest else {}
                project.add_document(Document(id=doc_id, text=text, title=f"title {doc_id}",
                                              meta=meta))
        return path
    return make


def close_windows(qtbot, windows) -> None:
    """Each window's running jobs cancelled and waited for, then it and its project
    closed (the end of every fixture that opens windows)."""
    for w in windows:
        for runner in w.jobs.runners:
            if not runner.finished:
                runner.cancel()
                qtbot.waitUntil(lambda r=runner: r.finished, timeout=10000)
        w.close()
        w.project.close()


@pytest.fixture
def open_window(qtbot):
    """open_window(path, annotator=ANNOTATOR) -> a shown main window."""
    from desktop.app import build_window

    windows = []

    def open_(path, annotator=ANNOTATOR):
        window = build_window(path, annotator=annotator)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # date suggestions of the first document come just after the window is shown
        qtbot.waitUntil(lambda: window.suggestions._pending is None)
        window.activateWindow()
        windows.append(window)
        return window

    yield open_
    close_windows(qtbot, windows)


def view_of(window):
    return window.findChild(object, "articleView")


def select(window, start: int, end: int) -> None:
    """Select code points [start, end) through the article's QTextCursor, as a user would."""
    view = view_of(window)
    cursor = view.textCursor()
    cursor.setPosition(view.index.to_utf16(start))
    cursor.setPosition(view.index.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def select_word(window, word: str, occurrence: int = 0) -> tuple[int, int]:
    text = window.doc.text
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    select(window, at, at + len(word))
    return at, at + len(word)


def point_of(window, cp: int) -> QPoint:
    """The viewport point in the middle of the character at code point ``cp``."""
    view = view_of(window)
    cursor = view.textCursor()
    a = view.cursorRect(_cursor_at(view, cp)).center()
    b = view.cursorRect(_cursor_at(view, cp + 1)).center()
    del cursor
    if abs(a.y() - b.y()) > 2:  # wrapped between the two: use the first edge
        return QPoint(a.x() - 2, a.y())
    return QPoint((a.x() + b.x()) // 2, a.y())


def _cursor_at(view, cp):
    c = QTextCursor(view.document())
    c.setPosition(view.index.to_utf16(cp))
    return c


def click(qtbot, window, cp: int) -> None:
    view = view_of(window)
    if not view.viewport().rect().contains(point_of(window, cp)):
        view.place_caret(cp)  # scroll it into view first
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, cp))


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(view_of(window), k, modifier)


def type_char(window, ch: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press typing a non-Latin character (QTest.keyClicks only knows Latin-1):
    ``key()`` is the character's code (as Qt reports it on such layouts), ``text()`` it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    view = view_of(window)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(view, QKeyEvent(kind, ord(ch.upper()), modifier, ch))
