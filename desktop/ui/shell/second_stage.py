"""What the window's first frame does without, built right after it (``MainWindow``'s
docstring): the find bar, the suggestions, the guidelines dock and the relation arrows
(the arrows are for a selected span, and nothing can be selected before the first
frame); then, in the event loop's next turn, the analyst docks and mention propagation.

Anything that needs one of them sooner (a test, a script, a key) builds them at once
through the window's ``find_bar``, ``suggestions``, ``guidelines``, ``relations`` and
``analysis`` properties. Each part is built once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

if TYPE_CHECKING:
    from desktop.ui.analysis.views import AnalysisViews
    from desktop.ui.annotate.find_bar import FindBar
    from desktop.ui.annotate.guidelines import GuidelinesDock
    from desktop.ui.annotate.relation_overlay import RelationsController
    from desktop.ui.annotate.suggestions import SuggestionsController


class SecondStage(QObject):
    """The window's second stage: ``build()`` (after the first paint) and
    ``build_analysis()`` (a turn later); until then every part is None."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("secondStage")
        self.window = window
        self.find_bar: FindBar | None = None
        self.suggestions: SuggestionsController | None = None
        self.guidelines: GuidelinesDock | None = None
        self.relations: RelationsController | None = None
        self.analysis: AnalysisViews | None = None

    @property
    def built(self) -> bool:
        return self.find_bar is not None

    def build(self) -> None:
        if self.built:
            return
        from desktop.ui.annotate.find_bar import FindBar
        from desktop.ui.annotate.guidelines import GuidelinesDock
        from desktop.ui.annotate.relation_overlay import RelationsController
        from desktop.ui.annotate.suggestions import SuggestionsController

        w = self.window
        s, ui = w.session, w.ui
        find = self.find_bar = FindBar(ui.view, ui.centre)
        find.changed.connect(w.highlights.redraw)
        ui.centre.layout().insertWidget(ui.centre.layout().indexOf(ui.view), find)
        w.highlights.add_decoration(lambda sel: sel + find.selections())
        s.documentOpened.connect(lambda _d: find.document_changed())
        self.relations = RelationsController(s, ui.view, w)
        self.suggestions = SuggestionsController(s, ui.view, w)
        self.suggestions.changed.connect(w.show_document_progress)
        self.guidelines = GuidelinesDock(w)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guidelines)
        self.guidelines.hide()
        act = w.actions.action("help.guidelines")
        self.guidelines.visibilityChanged.connect(
            lambda on: (act.blockSignals(True), act.setChecked(on), act.blockSignals(False)))
        w.publication.enable_proposals()
        w.search.update_index()  # documents not indexed for search yet: in a worker
        QTimer.singleShot(0, self.build_analysis)  # its own turn: keys are read between
        if s.doc is not None:  # the first frame's document: worked out by showEvent's timer
            find.document_changed()
            self.suggestions.document_opened(s.doc.id, defer=True)

    def build_analysis(self) -> AnalysisViews:
        """The analyst docks (hidden, reading nothing yet) and mention propagation."""
        self.build()
        if self.analysis is None:
            from desktop.ui.analysis.views import AnalysisViews

            self.analysis = AnalysisViews(self.window, self.suggestions, self.window)
        return self.analysis

    def close(self) -> None:
        if self.analysis is not None:
            self.analysis.close()


__all__ = ["SecondStage"]
