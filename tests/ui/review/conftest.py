"""What the review tests share: the review project of tests/ui/review_project.py opened
by its reviewer, and the keys that enter review mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.core.model import GOLD
from tests.ui.conftest import key
from tests.ui.review_project import DOC, build

REVIEWER = "rania"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


@pytest.fixture
def window(tmp_path, open_window):
    return open_window(build(tmp_path / "review.tawsim"), annotator=REVIEWER)


def review_view(window) -> QTableView:
    view = window.findChild(QTableView, "reviewView")
    assert view is not None
    return view


def current(window):
    return window.review.current()


def gold_keys(window):
    return {(s.label, s.start, s.end) for s in window.project.annotations(DOC, GOLD).spans}


def enter_review(qtbot, window):
    key(qtbot, window, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: window.session.review_mode)
    assert review_view(window).isVisible()
