"""The guidelines dock (F1) at the window's default size, in English and in Arabic: it
takes its room from the article, so the span table keeps its columns and the comment
field its placeholder, and the document list its width (ids, statuses and titles
whole); a width the annotator gives it is the width it opens at next time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLineEdit, QTableView, QWidget

from desktop.ui.annotate.guidelines import ARTICLE_MIN, MIN_WIDTH, PANELS_MIN
from desktop.ui.shell import language
from tests.ui.conftest import ANNOTATOR, close_windows


@pytest.fixture(params=["en", "ar"])
def window(request, seeds_project, qtbot):
    from desktop.app import build_window

    w = build_window(seeds_project, annotator=ANNOTATOR, lang=request.param)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.suggestions._pending is None)
    yield w
    close_windows(qtbot, [w])
    language.install("en")


def widths(w) -> dict[str, int]:
    return {name: w.findChild(QWidget, name).width()
            for name in ("spanTable", "articleView", "documentList", "guidelinesDock")}


def open_guidelines(w, qtbot) -> QDockWidget:
    w.findChild(QAction, "actionGuidelines").trigger()
    dock = w.findChild(QDockWidget, "guidelinesDock")
    qtbot.waitUntil(lambda: dock.isVisible() and widths(w)["spanTable"] >= PANELS_MIN - 4)
    qtbot.wait(50)
    return dock


def test_the_dock_leaves_the_panels_the_article_and_the_list_readable(window, qtbot):
    list_before = widths(window)["documentList"]
    open_guidelines(window, qtbot)
    got = widths(window)
    assert got["guidelinesDock"] >= MIN_WIDTH
    assert got["spanTable"] >= PANELS_MIN - 4, got
    assert got["articleView"] >= ARTICLE_MIN - 40, got  # its scroll bar and margins aside
    assert got["documentList"] >= list_before - 2, got
    spans = window.findChild(QTableView, "spanTable")
    header = spans.horizontalHeader()
    for col in range(spans.model().columnCount()):  # «الوسم», «النص», «السمات», «التعليق» whole
        text = spans.model().headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(text), text
    comment = window.findChild(QLineEdit, "spanComment")
    assert comment.fontMetrics().horizontalAdvance(comment.placeholderText()) < comment.width() - 8
    docs = window.findChild(QTableView, "documentList")
    assert docs.horizontalScrollBar().maximum() == 0
    assert docs.columnWidth(1) >= docs.fontMetrics().horizontalAdvance(
        docs.model().headerData(1, Qt.Orientation.Horizontal)) + 8  # «عنوان», not «عنوا»


def test_the_dock_opens_at_the_width_it_was_given(window, qtbot):
    dock = open_guidelines(window, qtbot)
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)  # the annotator drags it
    qtbot.waitUntil(lambda: abs(dock.width() - 420) <= 6)
    window.findChild(QAction, "actionGuidelines").trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    window.findChild(QAction, "actionGuidelines").trigger()
    qtbot.waitUntil(dock.isVisible)
    qtbot.wait(50)
    assert abs(dock.width() - 420) <= 6
