"""Drawing the layer's spans in the article, kept in step with the session.

Each span is painted as a rectangle of its label's colour behind the text and an
underline of its label's style under it (``desktop.ui.annotate.highlight``), worked out
for what the viewport shows (plus ``HIGHLIGHT_MARGIN``) and again only when the spans,
the selection, the scroll position, the size, the zoom or the text change. Other parts
of the window add their own marks (review candidates, find hits) as *decorations*:
functions that return ``QTextEdit.ExtraSelection``s, which are few.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter, itemgetter

from PySide6.QtCore import QObject, QRectF

from desktop.core.model import Span
from desktop.ui.annotate.article_view import ArticleView
from desktop.ui.annotate.highlight import Highlighter, Look, paint_fills, paint_underlines
from desktop.ui.annotate.span_geometry import ranges_rects
from desktop.ui.shell.session import Session

HIGHLIGHT_MARGIN = 60  # UTF-16 units around the viewport worked out too

Decoration = Callable[[list], list]


class HighlightController(QObject):
    def __init__(self, session: Session, view: ArticleView, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("highlights")
        self.session = session
        self.view = view
        self.highlighter = Highlighter(session.schema)
        self.decorations: list[Decoration] = []
        self._cache: tuple | None = None
        view.paint_behind = self._paint_behind
        view.paint_over = self._paint_over
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
        """Draw the spans again, and the decorations (review marks, find hits)."""
        s = self.session
        self._drawn = (s.revision, s.selected, s.doc.id if s.doc else None)
        self._cache = None
        selections: list = []
        if s.doc is not None:
            for decorate in self.decorations:
                selections = decorate(selections)
        self.view.setExtraSelections(selections)
        self.view.viewport().update()

    # ------------------------------------------------------------------ what is painted
    def _key(self) -> tuple:
        s, view = self.session, self.view
        return (s.revision, s.selected, id(s.pending), s.doc.id if s.doc else None,
                view.verticalScrollBar().value(), view.horizontalScrollBar().value(),
                view.viewport().size().toTuple(), view.font().pointSizeF(),
                view.document().revision(), view.document().pageSize().toTuple())

    def drawn(self) -> list[tuple[Span, Look, list[QRectF]]]:
        """What is painted now: each span near the viewport (and the selected one), its
        look and its rectangles, longest first."""
        key = self._key()
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        out = self._layout()
        self._cache = (key, out)
        return out

    def drawn_spans(self) -> set[tuple[int, int]]:
        return {(span.start, span.end) for span, _look, _rects in self.drawn()}

    def _layout(self) -> list[tuple[Span, Look, list[QRectF]]]:
        s, view = self.session, self.view
        if s.doc is None or view.index.length_cp == 0:
            return []
        lo, hi = view.visible_cp(HIGHLIGHT_MARGIN)
        if hi < view.index.length_cp:  # a screen full of text: how much one holds
            s.note_screen(hi - lo)
        selected = s.selected
        spans = self._near(lo, hi)
        marked = set()
        if s.pending is not None:
            marked = {x.id for x in s.ann.spans if x.label in s.pending.tail}
        looks = self.highlighter.looks("normal")  # label -> look: one lookup a span
        other = self.highlighter.look
        out = []
        # laid out in text order (one block after another), painted longest first
        for x, rects in zip(spans, ranges_rects(view, [(x.start, x.end) for x in spans]),
                            strict=True):
            if rects:
                if x.id == selected:
                    look = other(x.label, "selected")
                elif x.id in marked:
                    look = other(x.label, "pending")
                else:
                    look = looks.get(x.label) or other(x.label)
                out.append((x.start - x.end, x.start, x.id, x, look, rects))
        out.sort(key=_ORDER)
        return [row[3:] for row in out]

    def _near(self, lo: int, hi: int) -> list[Span]:
        """The spans over ``[lo, hi)`` and the selected one, in text order: looked up by
        bisection in the session's spans (kept in text order), from as far before ``lo``
        as the longest span reaches — a scroll of a 10,000-span article no longer walks
        every span on every paint."""
        s = self.session
        spans = s.ann.spans
        if self._longest[0] != (s.revision, id(spans)):
            self._longest = ((s.revision, id(spans)),
                             max((x.end - x.start for x in spans), default=0))
        first = bisect_left(spans, lo - self._longest[1], key=_START)
        near = [x for x in spans[first:bisect_left(spans, hi, key=_START)] if x.end > lo]
        chosen = s.spans.get(s.selected) if s.selected else None
        if chosen is not None and not (chosen.end > lo and chosen.start < hi):
            near.append(chosen)
            near.sort(key=_START)
        return near

    _longest: tuple = (None, 0)  # ((revision, spans), the longest span's length)

    def _looks(self) -> list[tuple[Look, list[QRectF]]]:
        """What ``drawn`` holds, as painted: each span's look and rectangles, longest span
        first (a nested span shows on top of its parent); where no two spans on screen
        overlap, the order cannot show, so each look's rectangles go in one call."""
        drawn = self.drawn()
        if self._grouped is not None and self._grouped[0] is drawn:
            return self._grouped[1]
        by_start = sorted((x.start, x.end) for x, _look, _rects in drawn)
        disjoint = all(b[0] >= a[1] for a, b in zip(by_start, by_start[1:], strict=False))
        if disjoint:
            groups: dict[int, tuple[Look, list[QRectF]]] = {}  # by identity: made once
            for _x, look, rects in drawn:
                groups.setdefault(id(look), (look, []))[1].extend(rects)
            looks = list(groups.values())
        else:
            looks = [(look, rects) for _x, look, rects in drawn]
        self._grouped = (drawn, looks)
        return looks

    _grouped: tuple | None = None

    def _paint_behind(self, painter) -> None:
        paint_fills(painter, self._looks())

    def _paint_over(self, painter) -> None:
        paint_underlines(painter, self._looks())
        self.session.painted()  # (the first paint of a document lets the rest be read)


_ORDER = itemgetter(0, 1, 2)
_START = attrgetter("start")  # longest first, then in text order, then by id


__all__ = ["HIGHLIGHT_MARGIN", "HighlightController"]
