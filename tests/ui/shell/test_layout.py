"""The document list at the window's default size: every seed id and every status is
shown whole in English and in Arabic, the title keeps a readable share, nothing hides
behind a horizontal scroll bar; a longer id is elided in the middle, whole in its
tooltip (plain text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from desktop.ui.annotate.document_model import STATUS_TEXT
from desktop.ui.shell import language
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.layout import CELL_PAD, TITLE_MIN


@pytest.fixture(params=["en", "ar"])
def seeds_list(request, seeds_project, qtbot):
    from desktop.app import build_window

    window = build_window(seeds_project, annotator="amal", lang=request.param)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.suggestions._pending is None)
    table = window.findChild(QTableView, "documentList")
    qtbot.waitUntil(lambda: table.model().rowCount() == 5)
    yield window, table
    for runner in window.jobs.runners:
        if not runner.finished:
            runner.cancel()
            qtbot.waitUntil(lambda r=runner: r.finished, timeout=10000)
    window.close()
    window.project.close()
    language.install("en")


def test_ids_and_statuses_are_whole_at_the_default_size(seeds_list):
    window, table = seeds_list
    model, fm = table.model(), table.fontMetrics()
    ids = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert ids[0] == "000_853630d0f81be7ce"
    for doc_id in ids:
        assert table.columnWidth(0) >= fm.horizontalAdvance(doc_id) + CELL_PAD - 4, doc_id
    for status in STATUS_TEXT.values():  # «للمراجعة», "unreviewed", "in progress"…
        text = translate("Status", status)
        assert table.columnWidth(2) >= fm.horizontalAdvance(text) + CELL_PAD - 4, text
    header = table.horizontalHeader()
    for col in range(model.columnCount()):
        assert table.columnWidth(col) >= header.sectionSizeHint(col) or col == 1
    assert table.columnWidth(1) >= TITLE_MIN - 1  # «عنوان», not «عنوا»
    assert table.horizontalScrollBar().maximum() == 0


def test_a_long_id_is_elided_in_the_middle_and_whole_in_its_tooltip(seeds_list):
    _window, table = seeds_list
    index = table.model().index(0, 0)
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(0).initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    assert option.direction == Qt.LayoutDirection.LeftToRight
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "000_853630d0f81be7ce" in tip and "<b>" not in tip
