"""Drawing the layer's spans in the article, kept in step with the session.

The spans are ``QTextEdit.ExtraSelection``s built by ``Highlighter`` (a colour and an
underline style per label). With more than ``HIGHLIGHT_ALL_UP_TO`` spans only those near
the viewport are drawn (each costs a QTextCursor that lays out its block); scrolling
brings the rest in. Other parts of the window add their own marks (review candidates,
find hits) as *decorations*: a function given the span selections that returns the full
list to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop.ui.annotate.article_view import ArticleView
from desktop.ui.annotate.highlight import Highlighter
from desktop.ui.shell.session import Session

HIGHLIGHT_ALL_UP_TO = 150
# UTF-16 units around the viewport that are drawn too (so a small scroll needs no redraw);
# Qt paints every extra selection for every visible block, so this stays small
HIGHLIGHT_MARGIN = 300

Decoration = Callable[[list], list]


class HighlightController(QObject):
    def __init__(self, session: Session, view: ArticleView, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("highlights")
        self.session = session
        self.view = view
        self.highlighter = Highlighter(session.schema)
        self.decorations: list[Decoration] = []
        self._range: tuple[int, int] | None = None  # None: every span is drawn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._redraw_if_scrolled_out)
        view.verticalScrollBar().valueChanged.connect(self._timer.start)
        view.viewport().installEventFilter(self)
        session.documentOpened.connect(lambda _d: view.show_text(session.doc.text))
        session.annotationsChanged.connect(lambda _d: self.redraw())
        session.selectionChanged.connect(lambda _s: self._selection_changed())
        session.pendingChanged.connect(lambda _p: self.redraw())
        session.projectChanged.connect(self._project_changed)

    def add_decoration(self, decorate: Decoration) -> None:
        self.decorations.append(decorate)

    def _project_changed(self) -> None:
        self.highlighter = Highlighter(self.session.schema)
        if self.session.doc is None:
            self.view.show_text("")

    def _selection_changed(self) -> None:
        s = self.session
        if self._drawn != (s.revision, s.selected, s.doc.id if s.doc else None):
            self.redraw()  # (an edit that selects what it made was drawn already)

    _drawn: tuple | None = None

    def redraw(self) -> None:
        s = self.session
        self._drawn = (s.revision, s.selected, s.doc.id if s.doc else None)
        if s.doc is None:
            self.view.setExtraSelections([])
            return
        marked = ()
        if s.pending is not None:
            marked = [x.id for x in s.ann.spans if x.label in s.pending.tail]
        spans = s.ann.spans
        self._range = None
        if len(spans) > HIGHLIGHT_ALL_UP_TO:
            lo, hi = self._range = self.view.visible_cp(HIGHLIGHT_MARGIN)
            spans = [x for x in spans if (x.end > lo and x.start < hi) or x.id == s.selected]
        selections = self.highlighter.selections(self.view.document(), self.view.index, spans,
                                                 s.selected, marked)
        for decorate in self.decorations:
            selections = decorate(selections)
        self.view.setExtraSelections(selections)

    def _redraw_if_scrolled_out(self) -> None:
        if self._range is None:
            return
        lo, hi = self.view.visible_cp(0)
        if lo < self._range[0] or hi > self._range[1]:
            self.redraw()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and self._range is not None:
            self._timer.start()
        return False


__all__ = ["HIGHLIGHT_ALL_UP_TO", "HighlightController"]
