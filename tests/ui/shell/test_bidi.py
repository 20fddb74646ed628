"""Latin fragments in the Arabic window read in their own order: a value such as
``XXXX-…`` and the key names of the review hint (``G / Return / Enter``) are isolated
left to right, so the bidi algorithm does not turn them round. Checked on the text as
Qt lays it out: the x of each character in a right-to-left paragraph."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui.shell import language


@pytest.fixture
def arabic_ui(qapp):
    language.install("ar")
    yield
    language.install("en")


def cursors(text: str, rtl: bool = True) -> list[float]:
    """The x of the text cursor before each character of ``text`` laid out on one line
    (between two characters of a left-to-right run it grows left to right)."""
    layout = QTextLayout(text, QApplication.font())
    option = layout.textOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text) + 1)]


def reads_left_to_right(text: str, fragment: str, start: int = 0) -> None:
    """The cursor positions inside ``fragment`` (found from ``start``) grow left to
    right: the fragment reads in its own order."""
    x = cursors(text)
    at = text.index(fragment, start)
    inner = [x[i] for i in range(at + 1, at + len(fragment))]
    assert inner == sorted(inner) and inner[0] < inner[-1], (fragment, inner)  # LRI/PDI: no width


def test_the_publication_hint_reads_xxxx_then_the_rest(arabic_ui, qtbot):
    from desktop.ui.annotate.publication import PublicationBar

    bar = PublicationBar()
    qtbot.addWidget(bar)
    bar.show_document(None)
    text = bar.hint.text()
    assert "XXXX-…" in text and bar.hint.layoutDirection() == Qt.LayoutDirection.RightToLeft
    reads_left_to_right(text, "XXXX-…")
    x = cursors(text)
    assert x[text.index("XXXX") + 2] < x[text.index("ل") + 1]  # «(XXXX-…)» at the end, on the left


def test_the_review_hint_keeps_each_key_group_in_order(arabic_ui):
    from desktop.ui.shell.action_table import REVIEW_HINT, by_id
    from desktop.ui.shell.actions import review_hint

    text = review_hint()
    x = cursors(text)
    items = text.split(" · ")
    assert len(items) == len(REVIEW_HINT)
    at = 0
    for action_id, item in zip(REVIEW_HINT, items, strict=True):
        spec = by_id(action_id)
        names = list(spec.keys or spec.shortcuts[:1] or (spec.via,))
        group = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                           for k in names)
        if len(names) > 1:
            reads_left_to_right(text, group.replace(" / ", "\u2069 / \u2066"), at)
        arabic = next(i for i, c in enumerate(item) if "\u0600" <= c <= "\u06ff")
        longest = max(names, key=len)
        if len(longest) > 1:  # the key first (on the right), then its action
            inside = at + item.index(longest.split("+")[-1]) + 1
            assert x[at + arabic + 1] < x[inside], item
        at += len(item) + 3
