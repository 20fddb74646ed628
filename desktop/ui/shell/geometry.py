"""Where the window opens and how big: a share of the screen it is on, or the geometry
saved last time clamped to that screen (a laptop unplugged from its big monitor still
gets a window it can see); the columns and panels keep their proportions.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

from desktop.ui.shell.layout import COLUMN_SHARES, PANEL_SHARES, PREFERRED
from desktop.ui.shell.settings import Settings

FIRST_SHARE = 0.85  # of the screen's available width and height, the first time
ARTICLE_MIN_SHARE = 0.38  # of the window's width, when the document list is widened


def available(window: QMainWindow) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def clamp(rect: QRect, area: QRect) -> QRect:
    """``rect`` moved (and if need be shrunk) to lie inside ``area``."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def share(total: int, shares: tuple[int, ...]) -> list[int]:
    whole = sum(shares)
    return [max(1, total * s // whole) for s in shares]


def place(window: QMainWindow, settings: Settings) -> None:
    area = available(window)
    saved = settings.geometry
    if saved is not None and window.restoreGeometry(saved):
        frame = window.frameGeometry()
        if not area.contains(frame):
            inner = clamp(frame, area)
            extra_w = frame.width() - window.width()
            extra_h = frame.height() - window.height()
            window.resize(max(400, inner.width() - extra_w), max(300, inner.height() - extra_h))
            window.move(inner.topLeft())
    else:
        width, height = int(area.width() * FIRST_SHARE), int(area.height() * FIRST_SHARE)
        window.resize(width, height)
        window.move(area.x() + (area.width() - width) // 2,
                    area.y() + (area.height() - height) // 2)
    proportion(window)


def widen_list(window: QMainWindow, sizes: list[int]) -> list[int]:
    """The document list as wide as its columns need (ids and statuses whole), taken from
    the article while the article keeps ``ARTICLE_MIN_SHARE`` of the window."""
    table = window.findChild(QTableView, "documentList")
    want = int(table.property(PREFERRED) or 0) if table is not None else 0
    if want <= sizes[0]:
        return sizes
    room = sizes[1] - int(window.width() * ARTICLE_MIN_SHARE)
    grow = max(0, min(want - sizes[0], room))
    return [sizes[0] + grow, sizes[1] - grow, *sizes[2:]]


def proportion(window: QMainWindow) -> None:
    """The columns and the panels at their shares of the window's size."""
    main = window.findChild(QSplitter, "mainSplitter")
    if main is not None:
        main.setSizes(widen_list(window, share(window.width(), COLUMN_SHARES)))
    panels = window.findChild(QSplitter, "panelSplitter")
    if panels is not None:
        panels.setSizes(share(max(300, window.height() - 120), PANEL_SHARES))


__all__ = ["clamp", "place", "proportion", "share", "widen_list"]
