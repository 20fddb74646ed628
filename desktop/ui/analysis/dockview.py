"""What the analyst docks share: made with the window's second stage, they read nothing
until first shown; then they follow the scope (layer, filters) and the annotations (an
edit, an undo, an import), reading again only while visible (a dock behind another tab or
closed is marked stale and read when it shows), edits in a row read once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from desktop.ui.analysis.scope import Scope
from desktop.ui.shell.session import Session


class DockView(QObject):
    REFRESH_MS = 300

    def __init__(self, session: Session, scope: Scope, title: str, name: str, widget: QWidget,
                 dock_parent: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.scope = session, scope
        self.dock = QDockWidget(title, dock_parent)
        self.dock.setObjectName(name)
        self.dock.setWidget(widget)
        self.dock.hide()
        self.loaded = False  # nothing is read before the dock is first shown
        self._stale_scope = False
        self._stale_data = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self._refresh_now)
        self.dock.visibilityChanged.connect(self._visible)
        scope.changed.connect(self._scope_changed)
        session.annotationsChanged.connect(lambda _d: self._changed())
        session.documentsChanged.connect(self._changed)

    # ------------------------------------------------------------------ to override
    def load(self) -> None:  # pragma: no cover - every view has its own
        """Read what the scope selects, from the start."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read again after an edit (if the file changed)."""
        self.load()

    # ------------------------------------------------------------------ showing
    @property
    def visible(self) -> bool:
        return self.dock.isVisible()

    def toggle(self, on: bool | None = None) -> None:
        """Show or close the dock (its Analysis menu action); asked to close while open
        behind another tab, it comes to the front instead."""
        if on is None:
            on = not self.visible
        elif not on and not self.dock.isHidden() and not self.dock.isVisible():
            on = True
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self._stale_scope = self._stale_data = False
            self.load()

    def _visible(self, on: bool) -> None:
        if not on:
            return
        if not self.loaded:
            self.ensure_loaded()
        elif self._stale_scope:
            self._stale_scope = self._stale_data = False
            self.load()
        elif self._stale_data:
            self._stale_data = False
            self.refresh()

    # ------------------------------------------------------------------ following
    def _scope_changed(self) -> None:
        if not self.loaded:
            return
        if self.visible:
            self.load()
        else:
            self._stale_scope = True

    def _changed(self) -> None:
        if self.loaded:
            self._timer.start()

    def _refresh_now(self) -> None:
        if self.visible:
            self.refresh()
        else:
            self._stale_data = True


__all__ = ["DockView"]
