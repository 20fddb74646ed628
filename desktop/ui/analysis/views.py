"""The analyst views of one window, made with its second stage (``MainWindow.
finish_building``): the claims ledger (``ledgerView``), the actor index (``actorIndex``)
and the timeline (``timelineView``) as docks below the article, tabbed together, and
mention propagation as a provider of the suggestions.

Each dock reads the project on a thread of its own (``Reader``: the actor index may take
seconds at 100,000 documents, and the ledger's pages must not wait behind it), and only
from the moment it is first shown. Their actions are in the *Analysis* menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from desktop.ui.analysis.actors import ActorsController
from desktop.ui.analysis.ledger import LedgerController
from desktop.ui.analysis.mentions import MentionsController
from desktop.ui.analysis.reader import Reader
from desktop.ui.analysis.scope import Scope
from desktop.ui.analysis.timeline import TimelineController

# the Analysis menu's dock actions (their check marks follow the docks)
DOCK_ACTIONS = {"analysis.ledger": "ledger", "analysis.actors": "actors",
                "analysis.timeline": "timeline"}


class AnalysisViews(QObject):
    def __init__(self, window, suggestions, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("analysisViews")
        s = window.session

        def path() -> str:
            return str(s.project.path)

        self.scope = Scope(s, self)
        self.readers = [Reader(path, self) for _ in range(3)]
        self.ledger = LedgerController(s, self.scope, self.readers[0], window.jobs,
                                       window.view, window, self)
        self.actors = ActorsController(s, self.scope, self.readers[1], window, self)
        self.timeline = TimelineController(s, self.scope, self.readers[2], window.view, window,
                                           self)
        self.mentions = MentionsController(s, window.jobs, suggestions, self)
        area = Qt.DockWidgetArea.BottomDockWidgetArea
        window.addDockWidget(area, self.ledger.dock)
        window.tabifyDockWidget(self.ledger.dock, self.actors.dock)
        window.tabifyDockWidget(self.actors.dock, self.timeline.dock)
        self.actors.claimsRequested.connect(self.ledger.show_claims_of)
        window.destroyed.connect(self.close)  # a window deleted unclosed: no thread left
        for action_id, name in DOCK_ACTIONS.items():
            dock = getattr(self, name).dock
            act = window.actions.action(action_id)
            dock.visibilityChanged.connect(
                lambda _on, d=dock, a=act: (a.blockSignals(True), a.setChecked(not d.isHidden()),
                                            a.blockSignals(False)))

    def close(self) -> None:
        """The window closes: the reading threads end."""
        for reader in self.readers:
            reader.stop()


__all__ = ["AnalysisViews"]
