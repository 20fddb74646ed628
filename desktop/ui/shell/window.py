"""The main window: a shell that builds the widgets, makes the controllers and wires them
to one session (``desktop.ui.shell.session``) and one action table
(``desktop.ui.shell.action_table``). It decides nothing about annotating itself.

Left to right (mirrored in an Arabic interface): document list | article | spans,
attributes, relations. It is built in two stages, so the article is on screen as soon as
possible:

1. the first frame: the document list, the title, the publication date, the article
   with its highlights, the panels, every menu and the toolbar (their actions are cheap;
   what they run is imported when first used), the status bar and (hidden) review mode,
   whose ``reviewView`` DESIGN §6 promises as soon as ``build_window`` returns;
2. right after the first paint (``finish_building``, ``desktop.ui.shell.second_stage``):
   the find bar, the suggestions, the guidelines dock and the relation arrows; then, in
   the event loop's next turn (``build_analysis``), the analyst docks (ledger, actor
   index, timeline: hidden, reading nothing until first shown) and mention propagation.
   Anything that needs one of them sooner (a test, a script, a key) builds them at once
   through the ``find_bar``, ``suggestions``, ``guidelines``, ``relations`` and
   ``analysis`` properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from desktop.core.model import GOLD
from desktop.store.db import prepare_writes
from desktop.store.project import Project
from desktop.ui.annotate.corpus_search import CorpusSearch
from desktop.ui.annotate.documents import DocumentsController
from desktop.ui.annotate.highlights import HighlightController
from desktop.ui.annotate.legend import show_legend
from desktop.ui.annotate.panels import PanelsController
from desktop.ui.annotate.publication import PublicationController
from desktop.ui.annotate.tagging import TaggingController
from desktop.ui.review.controller import ReviewController
from desktop.ui.shell import geometry
from desktop.ui.shell.actions import Actions, KeyRouter, review_hint
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.language import number
from desktop.ui.shell.layout import build_layout
from desktop.ui.shell.projects import ProjectsController
from desktop.ui.shell.second_stage import SecondStage
from desktop.ui.shell.session import Session
from desktop.ui.shell.settings import Settings
from desktop.ui.shell.status_line import StatusLine
from desktop.ui.shell.workers import Jobs

if TYPE_CHECKING:
    from desktop.ui.analysis.views import AnalysisViews
    from desktop.ui.annotate.find_bar import FindBar
    from desktop.ui.annotate.guidelines import GuidelinesDock
    from desktop.ui.annotate.relation_overlay import RelationsController
    from desktop.ui.annotate.suggestions import SuggestionsController


# the controllers built with the second stage (``finish_building``)
SECOND_STAGE = ("suggestions", "find", "guidelines", "relations", "ledger", "actors", "timeline",
                "mentions")


class _OnFirstPaint(QObject):
    """An event filter that calls ``callback`` after its window's first paint, then goes."""

    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self.callback = callback

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self.deleteLater()
            self.callback()
        return False


class MainWindow(QMainWindow):
    def __init__(self, project: Project, annotator: str, settings: Settings | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.session = s = Session(project, annotator, self.settings, self)
        self.jobs = Jobs(self, lambda text: s.message(text, 0))
        ui = self.ui = build_layout(self, self.settings)
        self.view = ui.view
        # the highlights first: they show a document's text before anyone else hears of it
        self.highlights = HighlightController(s, ui.view, self)
        self.documents = DocumentsController(s, ui.doc_list, ui.status_filter, ui.title,
                                             ui.progress_label, ui.annotator_label, self)
        self.tagging = TaggingController(s, ui.view, self)
        self.panels = PanelsController(s, self.tagging, ui.span_table, ui.attribute_panel,
                                       ui.relation_panel, self)
        self.publication = PublicationController(s, ui.publication, self)
        self.projects = ProjectsController(s, self.jobs, self, self)
        self.search = CorpusSearch(s, ui.search, ui.search_count, self.documents.model,
                                   ui.view, self.jobs, self)
        self.projects.attach_bar(ui.annotator_bar)
        self.stage = SecondStage(self)  # after the first paint (second_stage.py)
        self.status_line = StatusLine(self, s, ui.document_progress, ui.view,
                                      lambda: self.stage.suggestions, self)
        self.actions = Actions(self, s.schema, self.controller,
                               lambda: "review" if s.review_mode else "annotate")
        self.review = ReviewController(s, ui.view, self.jobs, review_hint(), self, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.review.dock)
        self.review.changed.connect(self.highlights.redraw)
        self.highlights.add_decoration(self.review.decorate)
        self.actions.build_menus(self.menuBar())
        toolbar = QToolBar(translate("Window", "Labels"), self)
        toolbar.setObjectName("labelToolbar")
        self.addToolBar(toolbar)
        self.actions.build_toolbar(toolbar)
        show_legend(self.actions, s.schema, toolbar, self.devicePixelRatioF())
        self.router = KeyRouter(self.actions, ui.view)
        self.router.watch(ui.view, ui.span_table, self.review.table)
        self._wire()
        s.claim_editing()
        self.installEventFilter(_OnFirstPaint(self, self._first_paint))
        self._update_title()
        self._language_checks()
        self.documents.update_progress()
        geometry.place(self, self.settings)

    # ================================================================== wiring
    def _wire(self) -> None:
        s, ui = self.session, self.ui
        s.notice.connect(lambda text: self.statusBar().showMessage(text, s.notice_timeout))
        s.documentOpened.connect(lambda _d: self._update_title())
        s.layerChanged.connect(lambda _l: self._update_title())
        s.projectChanged.connect(self._update_title)
        s.modeChanged.connect(self._mode_changed)
        s.readOnlyChanged.connect(ui.read_only_banner.show_reason)
        s.annotationsChanged.connect(lambda _d: self.show_document_progress())
        s.documentOpened.connect(lambda _d: self.show_document_progress())
        s.busy.connect(self.status_line.busy)
        s.documentOpened.connect(lambda _d: self.show_hint())
        s.documentsChanged.connect(self.show_hint)
        s.projectChanged.connect(self.show_hint)
        self.setAcceptDrops(True)
        ui.view.clicked.connect(self.click)
        ui.view.zoomChanged.connect(self._zoom_changed)
        ui.attribute_panel.finished.connect(self.focus_article)
        ui.publication.done.connect(self.focus_article)
        ui.title_resized.connect(self.documents.relayout_title)
        undo, redo = self.actions.action("edit.undo"), self.actions.action("edit.redo")
        group = s.undo_group
        group.canUndoChanged.connect(undo.setEnabled)
        group.canRedoChanged.connect(redo.setEnabled)
        group.undoTextChanged.connect(lambda t: undo.setText(
            translate("Window", "&Undo {what}").format(what=t) if t else translate("Actions", "&Undo")))
        group.redoTextChanged.connect(lambda t: redo.setText(
            translate("Window", "&Redo {what}").format(what=t) if t else translate("Actions", "&Redo")))
        undo.setEnabled(False)
        redo.setEnabled(False)

    # ================================================================== the status line
    def show_hint(self) -> None:
        self.status_line.show_hint()

    def show_document_progress(self) -> None:
        self.status_line.show_document_progress()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.projects.import_files(paths)

    def controller(self, name: str):
        """The handler an action names (``"review.accept"``): the second stage is built
        on demand when its controllers are asked for."""
        owner, _, method = name.partition(".")
        targets = {"window": self, "session": self.session, "projects": self.projects,
                   "documents": self.documents, "tagging": self.tagging, "article": self.view,
                   "review": self.review, "publication": self.publication,
                   "shortcuts": self}
        if owner in SECOND_STAGE:
            a = self.build_analysis()
            st = self.stage
            targets.update(suggestions=st.suggestions, find=st.find_bar,
                           relations=st.relations, guidelines=st.guidelines,
                           ledger=a.ledger, actors=a.actors,
                           timeline=a.timeline, mentions=a.mentions)
        return getattr(targets[owner], method)

    # ================================================================== dispatch
    def click(self, cp: int, pos: QPointF) -> None:
        """A plain click in the article: a pending relation's target, else a suggestion
        drawn there, else a review candidate, else the span under it."""
        if self.session.doc is None:
            return
        if self.tagging.click_pending(cp):
            return
        if self.stage.suggestions is not None and self.stage.suggestions.click(pos):
            return
        if self.review.click(cp):
            return
        self.tagging.click_select(cp)

    def escape(self) -> None:
        """Esc: cancel a pending relation, else leave the current suggestion, else clear
        the selection."""
        if self.tagging.cancel_pending():
            return
        if self.stage.suggestions is not None and self.stage.suggestions.leave_current():
            return
        self.tagging.clear()

    def refresh(self) -> None:
        """View ▸ Refresh (F5): what another window or program changed."""
        if not self.session.refresh():
            self.session.message(translate("Window", "Up to date"), 2000)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and not self._closed):
            self.session.refresh()  # back to this window: another one may have written

    @property
    def busy_dialog(self):
        """The last "Project busy" dialog (``status_line.StatusLine.busy``)."""
        return self.status_line.busy_dialog

    def done(self) -> None:
        (self.review.mark_reviewed_and_next if self.session.review_mode
         else self.documents.mark_done_and_next)()

    def focus_article(self) -> None:
        """Give the keys back to the article (after an attribute or a date is chosen),
        the selected span still selected."""
        self.view.setFocus()

    def _mode_changed(self, on: bool) -> None:
        act = self.actions.action("view.review_mode")
        act.blockSignals(True)
        act.setChecked(on)
        act.blockSignals(False)
        self._update_title()

    def _zoom_changed(self, size: int) -> None:
        self.settings.point_size = size
        self.session.message(translate("Window", "Text size {size} pt").format(size=number(size)), 2000)

    def _update_title(self) -> None:
        s = self.session
        doc = f" — {s.doc.id}" if s.doc else ""
        # the application's display name ("Tawsim") is added by Qt: the project once
        layer = translate("Window", "gold") if s.edit_layer == GOLD else s.edit_layer
        self.setWindowTitle(f"{s.project.path.name}{doc} [{layer}]")

    # ================================================================== the language
    rebuild = None  # set by build_window: a new window for the same project in a language

    def _language_checks(self) -> None:
        from desktop.ui.shell.i18n import lang

        for code in ("en", "ar"):
            act = self.actions.action(f"view.lang_{code}")
            act.blockSignals(True)
            act.setChecked(lang() == code)
            act.blockSignals(False)

    def set_language(self, code: str, _on: bool = True) -> None:
        """View ▸ Language: remembered, and the window is built again in that language at
        once (same project, document, size and place)."""
        from desktop.ui.shell.i18n import lang

        self.settings.language = code
        self._language_checks()
        if code == lang() or self.rebuild is None:
            return
        doc = self.session.doc.id if self.session.doc else None
        geometry = self.saveGeometry()
        self.settings.geometry = geometry
        self.close()
        self.session.project.close()
        window = self.rebuild(code)
        window.restoreGeometry(geometry)
        if doc:
            window.open_document(doc)
        window.show()
        self.replacement = window

    def show_window(self) -> None:
        """Help ▸ Keyboard shortcuts."""
        from desktop.ui.shell.shortcuts import ShortcutsWindow

        ShortcutsWindow.show_for(self, self.actions)

    # ================================================================== second stage
    def finish_building(self) -> None:
        """Build what the first frame does without (see the module's docstring); once."""
        self.stage.build()

    @property
    def find_bar(self) -> FindBar:
        self.stage.build()
        return self.stage.find_bar

    @property
    def suggestions(self) -> SuggestionsController:
        self.stage.build()
        return self.stage.suggestions

    @property
    def guidelines(self) -> GuidelinesDock:
        self.stage.build()
        return self.stage.guidelines

    @property
    def relations(self) -> RelationsController:
        """The relation arrows over the article (View ▸ Show all relations)."""
        self.stage.build()
        return self.stage.relations

    def build_analysis(self) -> AnalysisViews:
        """The second stage's last part: the analyst docks and mention propagation."""
        return self.stage.build_analysis()

    @property
    def analysis(self) -> AnalysisViews:
        """The ledger, actor index, timeline and mention propagation (second stage)."""
        return self.stage.build_analysis()

    def _first_paint(self) -> None:
        """The first frame is on screen: build the rest as soon as Qt is idle."""
        QTimer.singleShot(0, self.finish_building)

    def _suggest_pending(self) -> None:
        self.suggestions.run_pending()
        self.show_document_progress()

    # ================================================================== the session, for scripts
    @property
    def project(self) -> Project:
        return self.session.project

    @property
    def doc(self):
        return self.session.doc

    @property
    def last_notice(self) -> str:
        return self.session.last_notice

    def open_document(self, doc_id: str) -> bool:
        return self.session.open_document(doc_id)

    def open_first(self) -> None:
        self.documents.open_first()
        self.show_hint()

    # ================================================================== closing, showing
    _closed = False

    def closeEvent(self, event) -> None:
        self._closed = True
        self.jobs.cancel_all()
        self.stage.close()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            geometry.proportion(self)  # the columns at their shares of the size shown
        # after the first paint: the window never waits for the tagger to appear (and if
        # the second stage is not built by then, this builds it)
        QTimer.singleShot(150, self._suggest_pending)
        QTimer.singleShot(400, prepare_writes)  # the store's writer ready before the 1st edit
        if self.session.doc is not None and self.session.selected is None:
            QTimer.singleShot(0, self.view.setFocus)


__all__ = ["MainWindow"]
