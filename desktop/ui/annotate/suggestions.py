"""Suggestions in the article: what the date tagger and mention propagation propose,
drawn as dashed outlines, walked with N/P, accepted with Y / Enter / a click or all at
once with Shift+Y (one undo step), dismissed with X.

Each *provider* proposes spans for the open document (``DateProvider``: the date tagger
resolved against the document's publication date; ``MentionProvider`` in
``desktop.ui.analysis.mentions``: an ACTOR's other mentions). They are asked when a
document opens, when its publication date changes, and after an edit that a provider's
``follows(delta)`` says it proposes from (an ACTOR tagged, changed or deleted). A
proposal is shown while it overlaps no span of its label in the layer being edited and
was not dismissed; dismissals are
kept per kind, layer and document in the project and are undoable (``ops.Dismiss``), as
is every accept (``ops.AddSpan``, ``ops.AddSpans``). Suggestions rest in review mode.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.core import ops
from desktop.core.model import Span
from desktop.ui.annotate.article_view import ArticleView
from desktop.ui.annotate.overlay import SuggestionOverlay
from desktop.ui.annotate.providers import DateProvider, Provider, Suggestion
from desktop.ui.annotate.tagging import quoted
from desktop.ui.shell.i18n import label_name, translate
from desktop.ui.shell.language import number
from desktop.ui.shell.session import Session

BUSY_FROM = 100  # accepting more than this many at once shows a busy cursor


# what a document may hold for its suggestions to be worked out before its first paint
AT_ONCE_CHARS, AT_ONCE_SPANS = 20_000, 200


class SuggestionsController(QObject):
    changed = Signal()  # the suggestions shown changed (found, accepted, dismissed)

    def __init__(self, session: Session, view: ArticleView, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("suggestions")
        self.session = session
        self.view = view
        self.providers: list[Provider] = [DateProvider()]
        self.doc_id: str | None = None
        self.found: list[Suggestion] = []
        self.current: tuple[int, int, str] | None = None  # (start, end, kind)
        self._pending: str | None = None  # a document opened before the window was shown
        self._generation = 0  # bumped when the findings or the dismissals change
        self._visible: tuple | None = None
        self._dismissed: dict[tuple[str, str, str], set[tuple[int, int]]] = {}
        self.overlay = SuggestionOverlay(view, self.visible, self.is_current,
                                         lambda: (self._generation, session.revision,
                                                  self.current))
        self.blocking = False  # input is swallowed while a long accept-all runs
        session.documentOpened.connect(self.document_opened)
        session.documentShown.connect(self._shown)
        session.annotationsChanged.connect(self._annotations_changed)
        session.modeChanged.connect(lambda _on: self._changed())
        session.projectChanged.connect(self._project_changed)

    def add_provider(self, provider: Provider) -> None:
        """A provider joins (the mention proposals, once the analyst views are built,
        just after the first document was shown): the open document's suggestions are
        worked out again, and announced again when the new provider added some (the
        first announcement counted the others' alone)."""
        self.providers.append(provider)
        if self._pending is None:  # (a deferred first document is worked out later)
            before = len(self.visible())
            self.retag()
            if self.session.doc is not None and len(self.visible()) > before:
                self._announce()

    # ------------------------------------------------------------------ state
    @property
    def reviewing(self) -> bool:
        return self.session.review_mode

    def _changed(self) -> None:
        self._generation += 1
        self.overlay.update()
        self.changed.emit()

    def dismissed(self, kind: str) -> set[tuple[int, int]]:
        s = self.session
        if self.doc_id is None:
            return set()
        key = (kind, s.edit_layer, self.doc_id)
        if key not in self._dismissed:
            self._dismissed[key] = s.repo.dismissed(*key)
        return self._dismissed[key]

    def visible(self) -> list[Suggestion]:
        """The suggestions shown now: not dismissed, overlapping no span of their label.
        Worked out again only when the spans, the findings or the dismissals change."""
        s = self.session
        if s.doc is None or s.doc.id != self.doc_id or not self.found or self.reviewing:
            return []
        stamp = (s.revision, self._generation, s.edit_layer)
        if self._visible is not None and self._visible[0] == stamp:
            return self._visible[1]
        taken: dict[str, tuple[list[int], list[list[int]]]] = {}
        for label in {x.label for x in self.found}:
            merged: list[list[int]] = []  # the layer's spans of that label, disjoint
            for start, end in sorted((x.start, x.end) for x in s.ann.spans if x.label == label):
                if merged and start < merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], end)
                else:
                    merged.append([start, end])
            taken[label] = ([m[0] for m in merged], merged)
        gone = {kind: self.dismissed(kind) for kind in {x.kind for x in self.found}}

        def free(t: Suggestion) -> bool:
            starts, merged = taken[t.label]
            i = bisect.bisect_left(starts, t.end) - 1  # the last interval starting before
            return i < 0 or merged[i][1] <= t.start

        out = [t for t in self.found if (t.start, t.end) not in gone[t.kind] and free(t)]
        self._visible = (stamp, out)
        return out

    def is_current(self, t: Suggestion) -> bool:
        return self.current == (t.start, t.end, t.kind)

    def current_suggestion(self) -> Suggestion | None:
        if self.current is None:
            return None
        for t in self.visible():
            if self.is_current(t):
                return t
        self.current = None
        return None

    current_timex = current_suggestion  # the name the date keys read best with

    # ------------------------------------------------------------------ documents
    def _project_changed(self) -> None:
        self._dismissed.clear()
        self.doc_id = None
        self.found = []
        self._changed()

    def document_opened(self, doc_id: str, *, defer: bool = False) -> None:
        """The suggestions of the document just opened: at once for a news article; for
        a longer one (more than ``AT_ONCE_CHARS`` characters or ``AT_ONCE_SPANS`` spans)
        once it is on screen, in the event loop's turn after the article's first paint
        (a 500-span article's mention proposals take 0.15-0.3 s, and the article waited
        for them); ``defer`` (or a window not shown yet) leaves them to ``run_pending``. A long
        document, whose first spans only are held for its first paint, is asked once the
        session holds them all (proposing from some of them would propose mentions tagged
        further on): see ``_annotations_changed``."""
        self.doc_id = doc_id
        self.current = None
        self._shown_doc = None
        s, doc = self.session, self.session.doc
        if (not defer and s.complete and self.view.isVisible() and doc is not None
                and len(doc.text) <= AT_ONCE_CHARS and len(s.ann.spans) <= AT_ONCE_SPANS):
            self._propose()  # a news article: in the same frame, a few ms
            return
        self._pending = doc_id
        self.found = []
        self._changed()

    _shown_doc: str | None = None  # the open document once the article has painted it

    def _shown(self, doc_id: str) -> None:
        """The article has painted ``doc_id``: its suggestions, in the next turn (a long
        document's once the session holds it whole: ``_annotations_changed``)."""
        self._shown_doc = doc_id
        if (self._pending == doc_id == self.doc_id and self.session.complete
                and self.view.isVisible()):
            QTimer.singleShot(0, self.run_pending)

    def _propose(self) -> None:
        """Work the open document's suggestions out now: for a document longer than a
        news article (a fraction of a second) with a busy cursor (clicks and keys made
        meanwhile are kept: the user did not ask for this work)."""
        self._pending = None
        s, doc = self.session, self.session.doc
        if doc is None or (len(doc.text) <= AT_ONCE_CHARS and len(s.ann.spans) <= AT_ONCE_SPANS):
            self.retag()
        else:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.retag()
            finally:
                QApplication.restoreOverrideCursor()
        self._announce()

    def _announce(self) -> None:
        """The status bar's word on the open document's suggestions, when it has some."""
        n = len(self.visible())
        if n:
            self.session.message(translate(
                "Suggestions", "{n} suggestion(s): N/P to go through them, Y or Enter accepts, "
                "X dismisses, Shift+Y accepts all").format(n=number(n)), 6000)

    def run_pending(self) -> None:
        """The suggestions not worked out yet, for the document still open."""
        if self._pending is not None and self._pending == self.doc_id:
            self._propose()

    def retag(self) -> None:
        doc = self.session.doc
        self._tagged_revision = self.session.revision
        found: list[Suggestion] = []
        if doc is not None and doc.id == self.doc_id:
            for provider in self.providers:
                found.extend(provider.propose(doc, self.session))
        found.sort(key=lambda t: (t.start, t.end, t.kind))
        self.found = found
        self._changed()

    def _annotations_changed(self, delta) -> None:
        if (delta is None and self._pending is not None and self.session.complete
                and self.view.isVisible() and self._shown_doc == self._pending):
            self.run_pending()  # a long document now held whole, after its first paint
            return
        if delta is not None and delta.dismissed:
            for key in delta.dismissed:
                self._dismissed.pop(key, None)
            self._generation += 1
        if delta is not None and delta.meta and self.session.doc is not None:
            self.retag()  # a new publication date: resolve again
        elif self._follows(delta):
            self._retag_after_edit()
        self.overlay.update()

    _tagged_revision = -1  # the session's revision the findings were made at

    def _follows(self, delta) -> bool:
        """Whether a provider proposes from the annotations this edit changed (an ACTOR
        tagged: its other mentions); a document just opened was asked already."""
        s = self.session
        if self._pending is not None or s.doc is None or s.doc.id != self.doc_id:
            return False
        if delta is None and self._tagged_revision == s.revision:
            return False
        return any(p.follows(delta) for p in self.providers if hasattr(p, "follows"))

    def _retag_after_edit(self) -> None:
        kinds = {p.kind for p in self.providers if hasattr(p, "follows")}
        before = sum(1 for t in self.visible() if t.kind in kinds)
        self.retag()
        after = sum(1 for t in self.visible() if t.kind in kinds)
        if after > before and not self.reviewing:
            # after the edit's own message (the tagging says what it tagged first)
            QTimer.singleShot(0, lambda n=after - before: self.session.message(translate(
                "Suggestions", "{n} other mention(s) proposed: N/P to go through them, Y "
                "accepts, X dismisses, Shift+Y accepts all").format(n=n), 6000))

    # ------------------------------------------------------------------ navigation
    def step_next(self) -> Suggestion | None:
        return self.step(+1)

    def step_previous(self) -> Suggestion | None:
        return self.step(-1)

    def _ready(self) -> None:
        """A key that goes through the suggestions before they were worked out (a long
        document in the moment between its opening and its first paint): now."""
        self.session.ensure_complete()
        if self._pending is not None and self._pending == self.doc_id:
            self._propose()

    def step(self, direction: int) -> Suggestion | None:
        self._ready()
        items = self.visible()
        if not items:
            self.current = None
            self.session.message(translate("Suggestions", "No suggestions in this document"))
            self._changed()
            return None
        keys = [(t.start, t.end, t.kind) for t in items]
        if self.current in keys:
            i = (keys.index(self.current) + direction) % len(items)
        else:
            caret = self.view.index.to_cp(self.view.textCursor().position())
            after = [i for i, t in enumerate(items) if t.start >= caret]
            if direction > 0:
                i = after[0] if after else 0
            else:
                i = (after[0] - 1) % len(items) if after else len(items) - 1
        return self._make_current(items[i], i, len(items))

    def _make_current(self, t: Suggestion, i: int, n: int) -> Suggestion:
        self.current = (t.start, t.end, t.kind)
        self.view.place_caret(t.start)
        self._changed()
        self.session.message(translate(
            "Suggestions", "Suggestion {i}/{n}: {label} {text} = {note} — Y or Enter accepts, "
            "X dismisses, N/P next/previous").format(
            i=number(i + 1), n=number(n), label=label_name(self.session.schema, t.label),
            text=quoted(t.text),
            note=t.note), 0)
        return t

    def leave_current(self) -> bool:
        """Esc with a suggestion current: leave it."""
        if self.current is None or self.session.pending is not None:
            return False
        self.current = None
        self._changed()
        self.session.message("", 1)
        return True

    # ------------------------------------------------------------------ accepting
    def _span(self, t: Suggestion) -> Span:
        s = self.session
        assert s.doc is not None
        return Span.on(s.doc.text, doc_id=s.doc.id, layer=s.edit_layer, label=t.label,
                       start=t.start, end=t.end, attrs=dict(t.attrs), author=s.annotator)

    def accept(self, t: Suggestion) -> Span | None:
        keys = [(x.start, x.end, x.kind) for x in self.visible()]
        span = self._span(t)
        if not self.session.run(ops.AddSpan(span)):
            return None
        self._advance(keys, (t.start, t.end, t.kind))
        self.session.message(translate("Suggestions", "Accepted {label} {text} = {note}").format(
            label=label_name(self.session.schema, t.label), text=quoted(t.text), note=t.note),
            5000)
        return span

    def accept_current(self) -> Span | None:
        t = self.current_suggestion()
        if t is None:
            self.step(+1)
            if self.current is not None:
                self.session.message(translate("Suggestions", "{message} — press Y or Enter again to "
                                        "accept").format(message=self.session.last_notice), 0)
            return None
        return self.accept(t)

    def accept_if_current(self) -> bool:
        """Enter in the article: accept the current suggestion, if there is one."""
        if self.current_suggestion() is None:
            return False
        self.accept_current()
        return True

    def accept_all(self) -> list[Span]:
        self._ready()
        items = self.visible()
        if not items or self.session.undo_stack is None:
            self.session.message(translate("Suggestions", "No suggestions to accept"))
            return []
        spans = [self._span(t) for t in items]
        kinds = {t.kind for t in items}
        what = "mentions" if kinds == {"mentions"} else "suggestions"
        done = self._busy(lambda: self.session.run(ops.AddSpans(spans, what)), len(spans))
        self.current = None
        self._changed()
        if done:
            self.session.message(translate("Suggestions", "Accepted {n} suggestion(s) (one undo "
                                    "step)").format(n=number(len(spans))), 5000)
            return spans
        return []

    def _busy(self, work: Callable[[], bool], size: int) -> bool:
        """Run ``work`` with a busy cursor and input held off when it is large."""
        if size <= BUSY_FROM:
            return work()
        app = QApplication.instance()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        guard = _SwallowInput(app)
        app.installEventFilter(guard)
        try:
            return work()
        finally:
            QApplication.restoreOverrideCursor()
            # clicks and keys queued meanwhile are dropped, then input is back
            QTimer.singleShot(50, lambda: app.removeEventFilter(guard))

    def _advance(self, keys: list[tuple[int, int, str]], gone: tuple[int, int, str]) -> None:
        """After ``gone`` leaves the list: the next one becomes current (if one was)."""
        if self.current != gone:
            self.current = self.current if self.current in keys else None
            self._changed()
            return
        rest = [k for k in keys if k != gone]
        after = [k for k in rest if k[0] >= gone[0]]
        self.current = (after or rest or [None])[0]
        self._changed()

    # ------------------------------------------------------------------ dismissing
    def dismiss(self, t: Suggestion) -> None:
        s = self.session
        if self.doc_id is None:
            return
        keys = [(x.start, x.end, x.kind) for x in self.visible()]
        op = ops.Dismiss(t.kind, s.edit_layer, self.doc_id, t.start, t.end, t.text)
        if s.run(op):
            self._advance(keys, (t.start, t.end, t.kind))
            s.message(translate("Suggestions", "Dismissed {text} (Ctrl+Z brings it back)").format(
                text=quoted(t.text)), 4000)

    def dismiss_current(self) -> None:
        t = self.current_suggestion()
        if t is None:
            self.session.message(translate("Suggestions", "No suggestion selected: N/P selects one"))
            return
        self.dismiss(t)

    # ------------------------------------------------------------------ clicks
    def click(self, pos: QPointF) -> bool:
        """A click on a drawn outline accepts it (nowhere else: where no outline is drawn,
        a click is a click)."""
        if self.session.pending is not None or self.reviewing:
            return False
        t = self.overlay.hit(pos)
        if t is None:
            return False
        self.accept(t)
        return True


class _SwallowInput(QObject):
    _INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
              QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
              QEvent.Type.Wheel}

    def eventFilter(self, obj, event) -> bool:
        return event.type() in self._INPUT


__all__ = ["DateProvider", "Provider", "Suggestion", "SuggestionsController"]
