"""Dashed outlines over the article: suggestions (dates, actor mentions) drawn on words
without touching a label's colour or underline.

The overlay is a transparent child of the article *view* laid over its viewport (not a
child of the viewport: Qt scrolls a viewport's children with it, which is what made the
outlines leave their words). Its rectangles are worked out from the text's layout each
time the view scrolls, zooms, resizes, changes font or shows another document, and only
for what is near the viewport; a click acts on a suggestion only inside one of the
rectangles drawn now (``hit``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QWidget

from desktop.ui.annotate.span_geometry import ranges_rects

OUTLINE = QColor("#4b5563")  # neutral grey: no label uses it
CURRENT_OUTLINE = QColor("#111827")
CURRENT_FILL = QColor(17, 24, 39, 28)


def range_rects(view, start: int, end: int) -> list[QRectF]:
    """Viewport rectangles covering code points ``[start, end)``: one per line the range
    is laid out on (from the cursor rectangle at every position, so right-to-left and
    mixed-direction lines come out right)."""
    index = view.index
    a, b = index.to_utf16(start), index.to_utf16(end)
    doc = view.document()
    rows: dict[int, list[float]] = {}
    tops: dict[int, tuple[float, float]] = {}
    cursor = QTextCursor(doc)
    for pos in range(a, b + 1):
        cursor.setPosition(pos)
        r = view.cursorRect(cursor)
        key = r.top()
        rows.setdefault(key, []).append(r.x())
        tops[key] = (r.top(), r.bottom())
    # A position at a line break is reported on one line only; lines with a single x
    # (the end of the range wrapped onto the next line) draw nothing.
    out = []
    for key, xs in sorted(rows.items()):
        if len(xs) < 2:
            continue
        top, bottom = tops[key]
        out.append(QRectF(min(xs), top, max(xs) - min(xs), bottom - top + 1))
    return out


Item = Any  # anything with .start and .end (code points)


class ViewOverlay(QWidget):
    """A transparent layer over an article view's viewport that follows its layout:
    ``laid_out()`` gives what ``_layout()`` computed for the current scroll position,
    size, zoom and text (computed again only when one of them, or ``revision()``,
    changes)."""

    def __init__(self, view, revision: Callable[[], Any], name: str):
        super().__init__(view)
        self.setObjectName(name)
        self.view = view
        self.revision = revision  # changes whenever what is drawn changes
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._cache: tuple[Any, Any] | None = None
        self._follow = _Follow(self)
        view.installEventFilter(self._follow)
        view.viewport().installEventFilter(self._follow)
        view.updateRequest.connect(lambda *_a: self.update())
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.update())
        view.horizontalScrollBar().valueChanged.connect(lambda _v: self.update())
        self.place()
        self.show()

    def place(self) -> None:
        """Lie exactly over the viewport (it moves inside the view with its margins)."""
        self.setGeometry(self.view.viewport().geometry())
        self.raise_()

    def layout_key(self) -> tuple:
        view = self.view
        return (self.revision(), view.verticalScrollBar().value(),
                view.horizontalScrollBar().value(), view.viewport().size().toTuple(),
                view.font().pointSizeF(), view.document().revision(),
                view.document().pageSize().toTuple(), id(view.document()))

    def laid_out(self):
        key = self.layout_key()
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        out = self._layout()
        self._cache = (key, out)
        return out

    def _layout(self):  # pragma: no cover - overridden
        raise NotImplementedError


class SuggestionOverlay(ViewOverlay):
    """Paints ``items()`` as dashed outlines; ``is_current(item)`` is drawn darker."""

    def __init__(self, view, items: Callable[[], Sequence[Item]],
                 is_current: Callable[[Item], bool], revision: Callable[[], Any]):
        self.items = items
        self.is_current = is_current
        super().__init__(view, revision, "suggestionOverlay")

    def rects(self) -> list[tuple[Item, bool, list[QRectF]]]:
        """What is painted now: (item, is current, rectangles in viewport coordinates)."""
        return self.laid_out()

    def _layout(self) -> list[tuple[Item, bool, list[QRectF]]]:
        view = self.view
        items = self.items()
        if not items:
            return []
        height = view.viewport().height()
        lo, hi = view.visible_cp(200)  # only what is near the viewport is laid out
        length = view.index.length_cp
        near = [t for t in items if not (t.end < lo or t.start > hi or t.end > length)]
        # the lines' own geometry, one pass for all (as the highlights are drawn): asking
        # the cursor rectangle of every position cost a screen of suggestions a
        # millisecond per ten
        out = []
        for t, rects in zip(near, ranges_rects(view, [(t.start, t.end) for t in near]),
                            strict=True):
            if any(r.bottom() >= 0 and r.top() <= height for r in rects):
                out.append((t, self.is_current(t), rects))
        return out

    def hit(self, pos: QPointF) -> Item | None:
        """The item drawn under a viewport position (None where nothing is drawn)."""
        for t, _current, rects in self.rects():
            if any(r.adjusted(-2, -1, 2, 1).contains(pos) for r in rects):
                return t
        return None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for _t, current, rects in self.rects():
            pen = QPen(CURRENT_OUTLINE if current else OUTLINE, 2.2 if current else 1.3)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(CURRENT_FILL if current else Qt.BrushStyle.NoBrush)
            for r in rects:
                painter.drawRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3)
        painter.end()


# looked up once: Qt's enum members are Python objects, each access a call
_FOLLOWED = frozenset((QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show,
                       QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange))


class _Follow(QObject):
    """Keeps the overlay over the viewport and repaints it when the view's layout moves."""

    def __init__(self, overlay: ViewOverlay):
        super().__init__(overlay)
        self.overlay = overlay

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _FOLLOWED:  # (every event of the article passes here)
            self.overlay.place()
            self.overlay.update()
        return False


__all__ = ["SuggestionOverlay", "ViewOverlay", "range_rects"]
