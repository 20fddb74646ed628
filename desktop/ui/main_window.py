"""The main window: document list | article | spans, attributes, relations.

The window holds one Project opened on the GUI thread and the annotator's name; every
edit goes to that annotator's layer, is stored at once (one transaction) and is pushed on
the document's own undo stack (a QUndoGroup switches stacks with the document, so going
back to a document brings its undo history back).

It is built in two stages, so that the article is on screen as soon as possible:

1. the first frame: the document list, the title, the publication date, the article with
   its highlights, the span, attribute and relation panels, the File, Edit, View and Tag
   menus, the label toolbar, the status bar and (hidden) review mode;
2. right after the first paint (``finish_building``): the find bar (hidden until Ctrl+F),
   the date suggestions and their Dates menu, the guidelines dock and the Help menu.
   Whatever needs one of these before then (a test, a script, a key) builds them at once
   through the ``find_bar``, ``suggestions`` and ``guidelines`` properties.

Review mode (``review``: its hidden ``reviewView`` dock, Ctrl+R and the Review menu) is
part of the first stage, since ``reviewView`` is an object name DESIGN §6 promises as soon
as ``build_window`` returns.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core import ops
from desktop.core.model import GOLD, Annotations, Document, ModelError, Relation, Span
from desktop.core.schema import RelationType
from desktop.store.db import prepare_writes
from desktop.store.project import Project
from desktop.ui.article_view import ArticleView
from desktop.ui.attribute_panel import AttributePanel
from desktop.ui.document_model import DocumentModel
from desktop.ui.highlight import Highlighter
from desktop.ui.keys import snap
from desktop.ui.publication import PublicationBar
from desktop.ui.relation_panel import RelationPanel
from desktop.ui.review_view import ReviewController
from desktop.ui.settings import Settings
from desktop.ui.span_table import SpanTable
from desktop.ui.undo import run as run_op

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog

    from desktop.ui.find_bar import FindBar
    from desktop.ui.guidelines import GuidelinesDock
    from desktop.ui.suggestions import DateSuggestions
    from desktop.ui.workers import JobRunner

# With more spans than this, only those near the viewport get an extra selection (each
# one costs a QTextCursor that lays out its block); scrolling brings the rest in.
HIGHLIGHT_ALL_UP_TO = 150
HIGHLIGHT_MARGIN = 1000  # UTF-16 units around the viewport

STATUS_FILTERS = (("All documents", None), ("To do", "todo"),
                  ("In progress", "in_progress"), ("Done", "done"))


def valid_annotator(name: str | None) -> str | None:
    name = (name or "").strip()
    return name if name and name != GOLD else None


def date_attrs(text: str, published: str | None, schema) -> dict:
    """TIMEX3 attributes for a DATE from the normaliser, when it is installed."""
    try:
        from desktop.core.dates import normalise  # another module; may not exist yet
    except ImportError:
        return {}
    dct = None
    if published:
        try:
            dct = _dt.date.fromisoformat(published[:10])
        except ValueError:
            dct = None
    try:
        timex = normalise(text, dct)
    except Exception:  # a normaliser bug must never lose the annotator's tag
        return {}
    if timex is None:
        return {}
    from desktop.ui.suggestions import timex_attrs

    return timex_attrs(timex, schema)  # the same attributes as an accepted suggestion


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
    documentOpened = Signal(str)
    notice = Signal(str)

    def __init__(self, project: Project, annotator: str, settings: Settings | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English UI
        self.settings = settings or Settings()
        self.project = project
        self.annotator = annotator
        self.schema = project.schema
        self.highlighter = Highlighter(self.schema)
        self.doc: Document | None = None
        self.ann = Annotations("", annotator)
        self.spans: dict[str, Span] = {}
        self.selected: str | None = None
        self.pending: RelationType | None = None
        self.last_notice = ""
        self.jobs: list[JobRunner] = []
        self.annotator_dialog: QInputDialog | None = None
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}
        self.review_mode = False  # True: edits go to gold (desktop/ui/review_view.py)
        # the second stage (see the module's docstring), None until finish_building()
        self._find_bar: FindBar | None = None
        self._suggestions: DateSuggestions | None = None
        self._guidelines: GuidelinesDock | None = None
        self._build()
        self.review = ReviewController(self)
        self.installEventFilter(_OnFirstPaint(self, self._first_paint))
        self._update_title()
        self.update_progress()
        self.resize(1400, 850)

    # ================================================================== building
    def _build(self) -> None:
        # -- left: status filter + document list
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        self.status_filter = QComboBox(left)
        self.status_filter.setObjectName("statusFilter")
        for text, value in STATUS_FILTERS:
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        left_layout.addWidget(self.status_filter)
        self.doc_model = DocumentModel(self.project, self.annotator, self)
        self.doc_list = QTableView(left)
        self.doc_list.setObjectName("documentList")
        self.doc_list.setModel(self.doc_model)
        self.doc_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.doc_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doc_list.setWordWrap(False)
        self.doc_list.verticalHeader().setVisible(False)
        vh = self.doc_list.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.doc_list.fontMetrics().height() + 8)
        hh = self.doc_list.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents
        hh.setStretchLastSection(False)
        for col, width in enumerate((140, 100, 76, 44)):
            self.doc_list.setColumnWidth(col, width)
        self.doc_list.selectionModel().currentRowChanged.connect(self._row_changed)
        left_layout.addWidget(self.doc_list, 1)

        # -- centre: title + article
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        self.title_label = QLabel(centre)
        self.title_label.setObjectName("articleTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title_label.setFixedHeight(self.title_label.fontMetrics().height() + 6)
        self.title_label.setMinimumWidth(50)  # long titles are elided, never re-layout
        centre_layout.addWidget(self.title_label)
        self.publication = PublicationBar(centre)  # Published: [YYYY-MM-DD]
        centre_layout.addWidget(self.publication)
        self.view = ArticleView(centre, self.settings.point_size)
        centre_layout.addWidget(self.view, 1)
        self.view.labelKey.connect(self.label_key)
        self.view.relationKey.connect(self.relation_key)
        self.view.deleteKey.connect(self.delete_selected)
        self.view.escapeKey.connect(self.escape)
        self.view.clickedAt.connect(self.clicked_at)
        self.view.command.connect(self._command)
        self.view.zoomChanged.connect(self._zoom_changed)
        self._hl_range: tuple[int, int] | None = None  # None: every span is drawn
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._redraw_if_scrolled_out)
        self.view.verticalScrollBar().valueChanged.connect(self._redraw_timer.start)

        # -- right: spans, attributes, relations
        right = QSplitter(Qt.Orientation.Vertical, self)
        self.span_table = SpanTable(right)
        self.span_table.spanSelected.connect(self._span_row_selected)
        self.span_table.installEventFilter(self)
        self.attribute_panel = AttributePanel(right)
        self.attribute_panel.attributeChanged.connect(self.set_attribute)
        self.relation_panel = RelationPanel(right)
        self.relation_panel.deleteRequested.connect(self.delete_relation)
        self.relation_panel.candidatePicked.connect(self.pick_tail)
        for w in (self.span_table, self.attribute_panel, self.relation_panel):
            right.addWidget(w)
        right.setSizes([380, 260, 210])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 640, 380])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.annotator_label = QLabel(self)
        self.annotator_label.setObjectName("annotatorLabel")
        self.statusBar().addPermanentWidget(self.annotator_label)
        self.statusBar().addPermanentWidget(self.progress_label)

    def _action(self, text: str, slot, shortcuts=(), menu=None, name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcuts:
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
        act.triggered.connect(lambda _checked=False: slot())
        if name:
            act.setObjectName(name)
        if menu is not None:
            menu.addAction(act)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action("&New project…", self.new_project_dialog, ["Ctrl+N"], file_menu)
        self._action("&Open project…", self.open_project_dialog, ["Ctrl+O"], file_menu)
        file_menu.addSeparator()
        self._action("&Import files…", self.import_dialog, ["Ctrl+I"], file_menu, "actionImport")
        self._action("&Export my annotations (gold JSONL)…",
                     lambda: self.export_dialog(mine=True), ["Ctrl+E"], file_menu)
        self._action("Export &reviewed gold (gold JSONL)…",
                     lambda: self.export_dialog(mine=False), [], file_menu)
        file_menu.addSeparator()
        self._action("Change &annotator…", lambda: self.ask_annotator(blocking=False), [],
                     file_menu, "actionAnnotator")
        file_menu.addSeparator()
        self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit], file_menu)

        edit = bar.addMenu("&Edit")
        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act in (self.undo_action, self.redo_action):
            edit.addAction(act)
            self.addAction(act)
        edit.addSeparator()
        self._action("&Delete span\tDel", self.delete_selected, [], edit)
        self._action("Cancel pending relation\tEsc", self.cancel_pending, [], edit)
        self._action("&Find in article…", lambda: self.find_bar.open_bar(), ["Ctrl+F"], edit,
                     "actionFind")
        edit.addSeparator()
        self.done_action = self._action(
            "Mark &done and open next", self.mark_done_and_next, ["Ctrl+Return", "Ctrl+Enter"],
            edit, "actionDone")

        view = bar.addMenu("&View")
        self._action("Zoom &in", lambda: self.view.zoom(+1), ["Ctrl++", "Ctrl+="], view)
        self._action("Zoom &out", lambda: self.view.zoom(-1), ["Ctrl+-"], view)
        self._action("&Reset zoom", lambda: self.view.zoom(0), ["Ctrl+0"], view)

        labels = QToolBar("Labels", self)
        labels.setObjectName("labelToolbar")
        self.addToolBar(labels)
        tag_menu = bar.addMenu("&Tag")
        for lab in self.schema.labels:
            act = QAction(f"{lab.key} {lab.name}", self)
            act.setToolTip(f"{lab.name} (key {lab.key}; Alt+{lab.key}: exact selection)\n"
                           f"{lab.description}")
            act.setObjectName(f"tag_{lab.name}")
            act.triggered.connect(lambda _c=False, k=lab.key: self.label_key(
                k, bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier)))
            labels.addAction(act)
            tag_menu.addAction(act)
        labels.addSeparator()
        for rel in self.schema.relations:
            act = QAction(f"{rel.key} {rel.name}", self)
            act.setToolTip(f"{rel.name}: {'/'.join(rel.head)} → {'/'.join(rel.tail)} "
                           f"(key {rel.key})\n{rel.description}")
            act.setObjectName(f"relation_{rel.name}")
            act.triggered.connect(lambda _c=False, k=rel.key: self.relation_key(k))
            labels.addAction(act)
            tag_menu.addAction(act)

    # ================================================================== second stage
    def finish_building(self) -> None:
        """Build what the first frame does without (see the module's docstring); once."""
        if self._find_bar is not None:
            return
        from desktop.ui.find_bar import FindBar
        from desktop.ui.guidelines import GuidelinesDock
        from desktop.ui.suggestions import DateSuggestions

        # Ctrl+F, on the folded text; above the article, under the publication date
        centre = self.view.parentWidget()
        self._find_bar = FindBar(self.view, centre)
        self._find_bar.changed.connect(self._redraw)
        centre.layout().insertWidget(centre.layout().indexOf(self.view), self._find_bar)
        # dashed date suggestions, N/P/Y/X keys, the Dates menu
        self._suggestions = DateSuggestions(self)
        self._guidelines = GuidelinesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._guidelines)
        self._guidelines.hide()
        guide = self._guidelines.toggleViewAction()
        guide.setText("Annotation &guidelines")
        guide.setShortcut(QKeySequence("F1"))
        guide.setObjectName("actionGuidelines")
        self.addAction(guide)
        help_menu = self.menuBar().addMenu("&Help")  # last, after the Dates and Review menus
        help_menu.addAction(guide)
        if self.doc is not None:  # the first frame's document: tagged by showEvent's timer
            self._find_bar.document_changed()
            self._suggestions.document_opened(self.doc.id, defer=True)

    def _tag_pending(self) -> None:
        self.suggestions.run_pending()

    @property
    def find_bar(self) -> FindBar:
        self.finish_building()
        assert self._find_bar is not None
        return self._find_bar

    @property
    def suggestions(self) -> DateSuggestions:
        self.finish_building()
        assert self._suggestions is not None
        return self._suggestions

    @property
    def guidelines(self) -> GuidelinesDock:
        self.finish_building()
        assert self._guidelines is not None
        return self._guidelines

    def _first_paint(self) -> None:
        """The first frame is on screen: build the rest as soon as Qt is idle."""
        QTimer.singleShot(0, self.finish_building)

    # ================================================================== helpers
    def message(self, text: str, timeout: int = 8000) -> None:
        self.last_notice = text
        self.statusBar().showMessage(text, timeout)
        self.notice.emit(text)

    def _update_title(self) -> None:
        name = self.project.path.name
        doc = f" — {self.doc.id}" if self.doc else ""
        self.setWindowTitle(f"Tawsim — {name}{doc} [{self.annotator}]")

    @property
    def edit_layer(self) -> str:
        """The layer the window edits: the annotator's, or gold in review mode."""
        return GOLD if self.review_mode else self.annotator

    def update_progress(self) -> None:
        if self.review_mode:
            self.review.update_progress()
            return
        done, total = self.project.progress(self.annotator)
        self.progress_label.setText(f"{done} of {total} done")
        self.annotator_label.setText(f"Annotator: {self.annotator}")

    def _stack(self, doc_id: str) -> QUndoStack:
        if self.review_mode:  # gold has its own undo history per document
            doc_id = f"{GOLD}\x1f{doc_id}"
        stack = self._stacks.get(doc_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[doc_id] = stack
        return stack

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    def _command(self, name: str) -> None:
        if name == "undo":
            self.undo_group.undo()
        elif name == "redo":
            self.undo_group.redo()
        elif name == "done":
            self.mark_done_and_next()

    def _zoom_changed(self, size: int) -> None:
        self.settings.point_size = size
        self.message(f"Text size {size} pt", 2000)

    # ================================================================== documents
    def _filter_changed(self) -> None:
        self.doc_model.set_status_filter(self.status_filter.currentData())
        self._sync_list_row()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            doc_id = self.doc_model.doc_id(current.row())
            if doc_id:
                self.open_document(doc_id)

    def _sync_list_row(self) -> None:
        if self.doc is None:
            return
        row = self.doc_model.row_of(self.doc.id)
        sel = self.doc_list.selectionModel()
        if row is None:
            sel.clearCurrentIndex()
            sel.clearSelection()
            return
        index = self.doc_model.index(row, 0)
        if sel.currentIndex().row() != row:
            sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
        self.doc_list.scrollTo(index)

    def open_first(self) -> None:
        if self.doc_model.rowCount():
            doc_id = self.doc_model.doc_id(0)
        else:
            ids = self.project.list_documents(0, 1, layer=self.annotator)
            doc_id = ids[0].id if ids else None
        if doc_id:
            self.open_document(doc_id)

    def open_document(self, doc_id: str) -> None:
        if self.doc is not None and self.doc.id == doc_id:
            return
        try:
            doc = self.project.document(doc_id)
        except KeyError:
            self.message(f"No document {doc_id!r} in this project")
            return
        self.pending = None
        self.relation_panel.show_pending(None, [])
        self.doc = doc
        self.selected = None
        self._set_title(doc.title or doc.id)
        self.view.show_text(doc.text)
        if self._find_bar is not None:
            self._find_bar.document_changed()
        if self._suggestions is None:  # else the suggestions show it, with a proposal
            self.publication.show_document(doc.published, None)
        self.undo_group.setActiveStack(self._stack(doc_id))
        self.refresh_annotations()
        self._sync_list_row()
        self._update_title()
        self.documentOpened.emit(doc_id)

    # ================================================================== annotations
    def refresh_annotations(self) -> None:
        """Re-read the current document's layer from the store and redraw everything."""
        if self.doc is None:
            return
        self.ann = self.project.annotations(self.doc.id, self.edit_layer)
        self.spans = {s.id: s for s in self.ann.spans}
        if self.selected not in self.spans:
            self.selected = None
        if self.review_mode:
            self.review.annotations_changed()
        self.span_table.set_spans(self.ann.spans, self.schema, self.selected)
        self._show_selected()

    def _set_title(self, title: str) -> None:
        title = " ".join(title.split())
        self.title_label.setToolTip(title)
        width = max(100, self.title_label.width() - 8)
        self.title_label.setText(self.title_label.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, width))

    def _redraw(self) -> None:
        marked = ()
        if self.pending is not None:
            marked = [s.id for s in self.ann.spans if s.label in self.pending.tail]
        spans = self.ann.spans
        self._hl_range = None
        if len(spans) > HIGHLIGHT_ALL_UP_TO:
            lo, hi = self._hl_range = self.view.visible_cp(HIGHLIGHT_MARGIN)
            spans = [s for s in spans if (s.end > lo and s.start < hi) or s.id == self.selected]
        selections = self.highlighter.selections(
            self.view.document(), self.view.index, spans, self.selected, marked)
        if self.review_mode:  # the candidates not in gold, and the current one
            selections = self.review.decorate(selections)
        found = self._find_bar.selections() if self._find_bar is not None else []
        self.view.setExtraSelections(selections + found)

    def _redraw_if_scrolled_out(self) -> None:
        if self._hl_range is None:
            return
        lo, hi = self.view.visible_cp(0)
        if lo < self._hl_range[0] or hi > self._hl_range[1]:
            self._redraw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._hl_range is not None:
            self._redraw_timer.start()

    def _show_selected(self) -> None:
        span = self.spans.get(self.selected) if self.selected else None
        self._redraw()
        self.span_table.select_span(self.selected)
        self.attribute_panel.show_span(span, self.schema)
        rels = [r for r in self.ann.relations if span and span.id in (r.head, r.tail)]
        self.relation_panel.show_relations(span, rels, self.spans)

    def select_span(self, span_id: str | None, *, scroll: bool = False) -> None:
        self.selected = span_id if span_id in self.spans else None
        self._show_selected()
        if scroll and self.selected:
            self.view.place_caret(self.spans[self.selected].start)

    def _span_row_selected(self, span_id: str) -> None:
        self.select_span(span_id or None, scroll=True)

    def spans_at(self, cp: int, labels: tuple[str, ...] | None = None) -> list[Span]:
        """Spans under a code-point offset, innermost (shortest) first."""
        spans = [s for s in self.ann.spans if labels is None or s.label in labels]
        hits = [s for s in spans if s.start <= cp < s.end]
        if not hits:  # a click just after the last character of a span
            hits = [s for s in spans if s.start < cp <= s.end]
        return sorted(hits, key=lambda s: (s.end - s.start, s.start))

    def _refresh_after(self, op, undone: bool, error: Exception | None) -> None:
        if error is not None:
            self.message(f"Could not {'undo' if undone else 'redo'}: {error}")
        if isinstance(op, ops.DeleteSpan) and undone and op.span is not None:
            self.selected = op.span.id
        elif isinstance(op, ops.AddSpan) and not undone:
            self.selected = op.span.id
        elif isinstance(op, ops.UpdateSpan):
            self.selected = op.after.id
        self.refresh_annotations()
        if self.doc is not None:
            self.doc_model.refresh_document(self.doc.id)
        self.update_progress()

    def _run(self, op) -> bool:
        stack = self.undo_stack
        if self.doc is None or stack is None:
            return False
        try:
            repo = self.review.repo if self.review_mode and self.review.repo else self.project
            run_op(stack, op, repo, self._refresh_after)
        except (ModelError, KeyError, ValueError) as exc:
            self.message(f"Not done: {exc}")
            return False
        return True

    # ------------------------------------------------------------------ tagging
    def label_key(self, key: str, exact: bool = False) -> None:
        if self.doc is None:
            return
        label = self.schema.label_for_key(key)
        if label is None:
            return
        selection = self.view.selection_cp()
        if selection is None:
            if self.selected:
                self.relabel(self.selected, label.name)
            else:
                self.message("Select some text first, then press a label key")
            return
        self.tag(label.name, *selection, exact=exact)

    def tag(self, label: str, start: int, end: int, *, exact: bool = False) -> Span | None:
        """Tag ``[start, end)`` (code points), snapped to words unless ``exact``."""
        assert self.doc is not None
        text = self.doc.text
        snapped = snap(text, start, end, exact=exact)
        if snapped is None:
            self.message("Nothing to tag: the selection is only white space")
            return None
        start, end = snapped
        for s in self.ann.spans:
            if (s.label, s.start, s.end) == (label, start, end):
                self.message(f"That {label} is tagged already")
                self.view.clear_selection()
                self.select_span(s.id)
                return s
        attrs = date_attrs(text[start:end], self.doc.published, self.schema) \
            if label == "DATE" else {}
        span = Span.on(text, doc_id=self.doc.id, layer=self.edit_layer, label=label,
                       start=start, end=end, attrs=attrs, author=self.annotator)
        self.view.clear_selection()
        if self._run(ops.AddSpan(span)):
            self.message(f"Tagged {label} «{' '.join(span.text.split())}»", 4000)
            return span
        return None

    def relabel(self, span_id: str, label: str) -> None:
        span = self.spans.get(span_id)
        if span is None or span.label == label:
            return
        attrs = date_attrs(span.text, self.doc.published if self.doc else None, self.schema) \
            if label == "DATE" else {}
        self._run(ops.UpdateSpan.relabel(span, label, attrs))

    def delete_selected(self) -> None:
        if self.selected is None:
            self.message("No span selected")
            return
        span_id = self.selected
        if self._run(ops.DeleteSpan(span_id)):
            self.selected = None
            self.refresh_annotations()

    def set_attribute(self, span_id: str, name: str, value: str) -> None:
        span = self.spans.get(span_id)
        if span is not None:
            if not self._run(ops.UpdateSpan.set_attr(span, name, value or None)):
                self._show_selected()  # put the editor back to the stored value

    # ------------------------------------------------------------------ relations
    def relation_key(self, letter: str) -> None:
        rtype = next((r for r in self.schema.relations if r.key.upper() == letter.upper()),
                     None)
        if rtype is None or self.doc is None:
            return
        head = self.spans.get(self.selected) if self.selected else None
        if head is None or head.label not in rtype.head:
            self.message(f"{rtype.name}: select a {'/'.join(rtype.head)} first")
            return
        self.pending = rtype
        candidates = [s for s in self.ann.spans if s.label in rtype.tail and s.id != head.id]
        prompt = (f"{rtype.name}: click a {'/'.join(rtype.tail)} in the article or pick one"
                  " below (Esc cancels)")
        self.relation_panel.show_pending(prompt, candidates)
        self._redraw()
        self.message(prompt, 0)

    def cancel_pending(self) -> None:
        if self.pending is not None:
            self.pending = None
            self.relation_panel.show_pending(None, [])
            self._redraw()
            self.message("Relation cancelled", 3000)

    def escape(self) -> None:
        if self.pending is not None:
            self.cancel_pending()
        elif self.view.textCursor().hasSelection():
            self.view.clear_selection()
        else:
            self.select_span(None)

    def pick_tail(self, tail_id: str) -> None:
        rtype, head = self.pending, self.selected
        if rtype is None or head is None or self.doc is None:
            return
        self.pending = None
        self.relation_panel.show_pending(None, [])
        rel = Relation(self.doc.id, self.edit_layer, rtype.name, head, tail_id,
                       author=self.annotator)
        if self._run(ops.AddRelation(rel)):
            self.message(f"Added {rtype.name}", 4000)
        else:
            self._redraw()

    def clicked_at(self, cp: int) -> None:
        if self.doc is None:
            return
        if self.pending is not None:
            hits = [s for s in self.spans_at(cp, self.pending.tail) if s.id != self.selected]
            if hits:
                self.pick_tail(hits[0].id)
            else:
                self.message(f"{self.pending.name}: that is not a "
                             f"{'/'.join(self.pending.tail)} (Esc cancels)", 0)
            return
        hits = self.spans_at(cp)
        if not hits and self.review_mode and self.review.clicked(cp):
            return
        self.select_span(hits[0].id if hits else None)

    def delete_relation(self, rel_id: str) -> None:
        self._run(ops.DeleteRelation(rel_id))

    # ------------------------------------------------------------------ status
    def check_document(self) -> list[Span]:
        """Claims with no claimant (a warning, never blocking)."""
        claimed = {r.head for r in self.ann.relations if r.type == "claimant"}
        return [s for s in self.ann.spans if s.label == "CLAIM" and s.id not in claimed]

    def mark_done_and_next(self) -> None:
        if self.review_mode:  # Ctrl+Enter: mark reviewed, open the next to review
            self.review.mark_reviewed_and_next()
            return
        if self.doc is None:
            return
        doc_id = self.doc.id
        missing = self.check_document()
        self.project.set_status(doc_id, self.annotator, "done", who=self.annotator)
        self.doc_model.refresh()
        self.update_progress()
        nxt = (self.project.next_document(doc_id, layer=self.annotator, status="todo")
               or self.project.next_document(doc_id, layer=self.annotator, status="in_progress"))
        note = f"{doc_id} done"
        if missing:
            note += (f" — warning: {len(missing)} claim(s) without a claimant: "
                     + "; ".join(f"«{' '.join(s.text.split())[:30]}»" for s in missing[:3]))
        if nxt and nxt != doc_id:
            self.open_document(nxt)
        else:
            self._sync_list_row()
            note += " — no document left to do"
        self.message(note, 15000)

    # ================================================================== key filter
    def eventFilter(self, obj, event) -> bool:
        """Label keys and Delete also work with the focus on the span table."""
        if obj is self.span_table and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return True
            from desktop.ui.keys import digit_of, letter_of

            digit = digit_of(event)
            if digit is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.label_key(digit)
                return True
            letter = letter_of(event)
            if letter is not None and not event.modifiers():
                self.relation_key(letter)
                return True
        return super().eventFilter(obj, event)

    # ================================================================== annotator
    def set_annotator(self, name: str) -> bool:
        name = valid_annotator(name)
        if name is None:
            self.message("An annotator needs a name (not 'gold')")
            return False
        self.settings.annotator = name
        if name == self.annotator:
            return True
        self.annotator = name
        self.project.ensure_layer(name)
        for stack in self._stacks.values():
            stack.clear()
        self.doc_model.set_layer(self.edit_layer)
        self.selected = None
        self.refresh_annotations()
        self._sync_list_row()
        self.update_progress()
        self._update_title()
        self.message(f"Now annotating as {name}")
        return True

    def ask_annotator(self, *, blocking: bool) -> None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("annotatorDialog")
        dialog.setWindowTitle("Annotator")
        dialog.setLabelText("Your name (your annotations go to your own layer):")
        dialog.setTextValue(self.annotator)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(self.set_annotator)
        if blocking:
            dialog.exec()
        else:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        self.annotator_dialog = dialog

    # ================================================================== projects
    def switch_project(self, path: str | Path) -> None:
        from desktop.store.db import ProjectFileError

        try:
            project = Project(path)
        except ProjectFileError as exc:
            self.message(str(exc))
            return
        old = self.project
        self.project = project
        self.schema = project.schema
        self.highlighter = Highlighter(self.schema)
        for stack in list(self._stacks.values()):
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.doc = None
        self.selected = None
        self.ann = Annotations("", self.annotator)
        self.spans = {}
        self.doc_model.set_project(project)
        old.close()
        self.settings.last_project = str(Path(path).resolve())
        self.view.show_text("")
        self.title_label.setText("")
        self.span_table.set_spans([], self.schema)
        self._show_selected()
        self.open_first()
        self.update_progress()
        self._update_title()

    def new_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "New project", str(Path.home()),
                                              "Tawsim projects (*.tawsim)")
        if path:
            if not path.endswith(".tawsim"):
                path += ".tawsim"
            self.switch_project(path)

    def open_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open project", str(self.project.path.parent),
                                              "Tawsim projects (*.tawsim)")
        if path:
            self.switch_project(path)

    # ================================================================== import / export
    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import files", str(Path.home()),
            "Texts and JSONL (*.txt *.jsonl *.ndjson *.json *.tawsim);;All files (*)")
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str | Path], fmt: str = "auto") -> JobRunner:
        """Import in a worker thread (its own Project) with a cancellable progress dialog."""
        from desktop.ui.workers import ImportJob, JobRunner

        job = ImportJob(self.project.path, [str(p) for p in paths], annotator=self.annotator,
                        fmt=fmt)
        runner = JobRunner(job, "Importing…", self)
        runner.done.connect(self._import_done)
        runner.error.connect(lambda text: self.message(f"Import failed: {text}", 0))
        self.jobs.append(runner)
        runner.start()
        return runner

    def _import_done(self, report) -> None:
        self.doc_model.refresh()
        self._sync_list_row()
        self.update_progress()
        text = f"Import: {report.summary()}"
        if report.rejected:
            text += " — " + "; ".join(str(r) for r in report.rejected[:3])
        self.message(text, 0)
        if self.doc is None:
            self.open_first()

    def export_dialog(self, *, mine: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        default = self.project.path.with_suffix(".gold.jsonl" if not mine
                                                else f".{self.annotator}.jsonl")
        path, _ = QFileDialog.getSaveFileName(self, "Export gold JSONL", str(default),
                                              "JSON lines (*.jsonl)")
        if path:
            if mine:
                self.export_file(path, layer=self.annotator, include_unreviewed=True)
            else:
                self.export_file(path, layer=GOLD, include_unreviewed=False)

    def export_file(self, out: str | Path, *, layer: str | None = None,
                    include_unreviewed: bool = True) -> JobRunner:
        from desktop.ui.workers import ExportJob, JobRunner

        layer = layer or self.annotator
        self.project.ensure_layer(layer)
        job = ExportJob(self.project.path, out, layer, include_unreviewed)
        runner = JobRunner(job, "Exporting…", self)
        runner.done.connect(lambda report: self.message(
            "Export cancelled: nothing written" if report is None else
            f"Exported {report.documents} document(s), {report.spans} span(s), "
            f"{report.relations} relation(s) to {out}", 0))
        runner.error.connect(lambda text: self.message(f"Export failed: {text}", 0))
        self.jobs.append(runner)
        runner.start()
        return runner

    # ================================================================== closing
    def closeEvent(self, event) -> None:
        for runner in self.jobs:
            if not runner.finished:
                runner.cancel()
                runner.thread.quit()
                runner.thread.wait(5000)
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # after the first paint: the window never waits for the tagger to appear (and if
        # the second stage is not built by then, this builds it)
        QTimer.singleShot(150, self._tag_pending)
        QTimer.singleShot(400, prepare_writes)  # the store's writer ready before the 1st edit
        if self.doc is not None and self.selected is None:
            QTimer.singleShot(0, self.view.setFocus)


__all__ = ["MainWindow", "date_attrs", "valid_annotator"]
