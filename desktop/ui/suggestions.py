"""Date suggestions in the article, and the publication date they are resolved against.

On opening a document the date tagger (``desktop.core.dates.tag``) runs on its text with
the document's ``published`` date; each finding that overlaps no DATE span of the
annotator's layer and was not dismissed is drawn as a dashed outline (an overlay on the
article's viewport, so it never changes a label's colour or underline). The annotator
walks through them with N/P, accepts one (Y, Enter or a click), all of them (Shift+Y, one
undo step) or dismisses one (X). Accepting makes a DATE span through the window's undoable
path, with ``type``, ``value``, ``mod`` (and ``calendar`` when Hijri) from the finding.

Dismissals are kept per document and layer in the project (a project setting), and are
undoable like every edit; so is a change of the publication date, which re-resolves the
suggestions.
"""

from __future__ import annotations

import bisect
import json

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor, QUndoCommand
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from desktop.core import ops
from desktop.core.dates import Timex, describe, tag
from desktop.core.dates.published import parse_published, propose_published
from desktop.core.model import ModelError, Span
from desktop.ui.keys import letter_of

SETTING = "dates.dismissed\t{layer}\t{doc}"  # project setting: JSON [[start, end], ...]


def _q(text: str) -> str:
    """Arabic quoted inside an English message, isolated so the line reads in order."""
    return f"«\u2068{' '.join(text.split())}\u2069»"


TAG_CACHE = 8  # documents whose findings are kept (going back and forth is instant)
OUTLINE = QColor("#4b5563")  # neutral grey: no label uses it
CURRENT_OUTLINE = QColor("#111827")
CURRENT_FILL = QColor(17, 24, 39, 28)


def timex_attrs(timex, schema) -> dict:
    """The DATE attributes of a tagger finding: type, value, mod when there is one,
    calendar only when it is not Gregorian (the default, as in the guideline's example);
    values the schema does not accept are dropped."""
    attrs = {}
    for name in ("type", "value", "mod"):
        value = getattr(timex, name, None)
        if value:
            attrs[name] = str(value)
    calendar = getattr(timex, "calendar", None)
    if calendar and calendar != "gregorian":
        attrs["calendar"] = str(calendar)
    try:
        schema.check_attrs("DATE", attrs)
    except (ModelError, ValueError, KeyError):
        label = schema.label("DATE")
        attrs = {k: v for k, v in attrs.items()
                 if (a := label.attribute(k)) is None or not a.closed or v in a.values}
    return attrs


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


class SuggestionOverlay(QWidget):
    """Transparent to the mouse, on top of the article's viewport: paints the outlines."""

    def __init__(self, owner: DateSuggestions):
        view = owner.view
        super().__init__(view.viewport())
        self.setObjectName("dateSuggestionOverlay")
        self.owner = owner
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(view.viewport().rect())
        view.updateRequest.connect(lambda *_a: self.update())
        self.show()

    def rects(self) -> list[tuple[Timex, bool, list[QRectF]]]:
        """What would be painted now: (finding, is current, rectangles in view); laid out
        again only when the findings, the spans, the scroll position, the size or the
        text's layout change (a document opens with two paints; scrolling repaints)."""
        owner, view = self.owner, self.owner.view
        key = (owner.doc_id, owner._generation, id(owner.w.ann), owner.current,
               view.verticalScrollBar().value(), view.horizontalScrollBar().value(),
               view.viewport().size().toTuple(), view.font().pointSizeF(),
               view.document().revision(), owner.reviewing)
        cached = getattr(self, "_rects", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        out = self._layout()
        self._rects = (key, out)
        return out

    def _layout(self) -> list[tuple[Timex, bool, list[QRectF]]]:
        view = self.owner.view
        height = view.viewport().height()
        out = []
        cursor = QTextCursor(view.document())
        lo, hi = view.visible_cp(200)  # only findings near the viewport are laid out
        for t in self.owner.visible():
            if t.end < lo or t.start > hi:
                continue
            cursor.setPosition(view.index.to_utf16(t.start))
            top = view.cursorRect(cursor).top()
            cursor.setPosition(view.index.to_utf16(t.end))
            bottom = view.cursorRect(cursor).bottom()
            if bottom < 0 or top > height:
                continue
            out.append((t, self.owner.is_current(t), range_rects(view, t.start, t.end)))
        return out

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


class _Command(QUndoCommand):
    """An undoable edit that is not a span operation: ``apply(True)`` does it,
    ``apply(False)`` undoes it; it was done already when pushed."""

    def __init__(self, text: str, apply):
        super().__init__(text)
        self._apply = apply
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class DateSuggestions(QObject):
    """Suggestions and the publication date for one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("dateSuggestions")
        self.w = window
        self.view = window.view
        self.bar = window.publication
        self.doc_id: str | None = None
        self.found: list[Timex] = []
        self._pending: str | None = None  # a document opened before the window was shown
        self._proposals: dict[str, str | None] = {}  # doc id -> header date proposal
        self.current: tuple[int, int] | None = None
        self._dismissed: dict[tuple[str, str], set[tuple[int, int]]] = {}
        self._click_in_relation = False
        self._project = window.project  # the caches below belong to it
        self._generation = 0  # bumped when the findings or the dismissals change
        self._visible: tuple | None = None
        self._tagged: dict[tuple, list[Timex]] = {}  # (doc id, published) -> findings
        self.overlay = SuggestionOverlay(self)
        window.documentOpened.connect(self.document_opened)
        self.bar.publishedEdited.connect(self.set_published)
        self.bar.invalid.connect(lambda text: window.message(
            f"Not a date: «{text}» (type YYYY-MM-DD, or clear the field)"))
        self.bar.done.connect(self.view.setFocus)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        window.span_table.installEventFilter(self)
        self.view.clickedAt.connect(self._clicked)
        self._build_actions()

    # ------------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        w = self.w
        bar = w.menuBar()
        review = next((a for a in bar.actions()
                       if a.menu() is not None and a.menu().objectName() == "reviewMenu"), None)
        menu = QMenu("&Dates", bar)
        menu.setObjectName("datesMenu")
        if review is not None:  # Tag, Dates, Review: the menus in the order of the work
            bar.insertMenu(review, menu)
        else:
            bar.addMenu(menu)

        def add(text, slot, name):
            return w._action(text, slot, (), menu, name)

        add("&Next date suggestion\tN", lambda: self.step(+1), "actionNextDate")
        add("&Previous date suggestion\tP", lambda: self.step(-1), "actionPreviousDate")
        add("&Accept date suggestion\tY / Enter", self.accept_current, "actionAcceptDate")
        self.accept_all_action = add("Accept &all dates\tShift+Y", self.accept_all,
                                     "actionAcceptAllDates")
        self.accept_all_action.setIconText("Accept all dates")
        self.accept_all_action.setToolTip("Accept every date suggestion in this document "
                                          "(Shift+Y; one undo step)")
        add("&Dismiss date suggestion\tX", self.dismiss_current, "actionDismissDate")
        menu.addSeparator()
        add("&Use the proposed publication date", self.bar.use_proposal, "actionUsePublished")
        toolbar = w.findChild(QToolBar, "labelToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.accept_all_action)

    # ------------------------------------------------------------------ state
    @property
    def _key(self) -> tuple[str, str] | None:
        return (self.layer, self.doc_id) if self.doc_id else None

    @property
    def layer(self) -> str:
        """The layer the window edits (the annotator's; gold in a review mode)."""
        return getattr(self.w, "edit_layer", self.w.annotator)

    def dismissed(self) -> set[tuple[int, int]]:
        key = self._key
        return self._load(*key) if key else set()

    def _load(self, layer: str, doc_id: str) -> set[tuple[int, int]]:
        if (layer, doc_id) not in self._dismissed:
            raw = self.w.project.setting(SETTING.format(layer=layer, doc=doc_id))
            try:
                items = {(int(a), int(b)) for a, b in json.loads(raw or "[]")}
            except (ValueError, TypeError):
                items = set()
            self._dismissed[(layer, doc_id)] = items
        return self._dismissed[(layer, doc_id)]

    def _store_dismissed(self, layer: str, doc_id: str, items: set[tuple[int, int]]) -> None:
        self._dismissed[(layer, doc_id)] = set(items)
        self._generation += 1
        self.w.project.set_setting(SETTING.format(layer=layer, doc=doc_id),
                                   json.dumps(sorted([a, b] for a, b in items)))

    def visible(self) -> list[Timex]:
        """The findings shown now: not dismissed, overlapping no DATE span of the layer.

        Worked out again only when the layer's spans (a new ``window.ann``), the findings
        or the dismissals change; painting asks for it on every scroll."""
        w = self.w
        if w.doc is None or w.doc.id != self.doc_id or not self.found or self.reviewing:
            return []
        cached = self._visible
        if cached is not None and cached[0] is w.ann and cached[1] == self._generation:
            return cached[2]
        merged: list[list[int]] = []  # the layer's DATE spans as disjoint intervals
        for start, end in sorted((s.start, s.end) for s in w.ann.spans
                                 if s.label == "DATE" and w.ann.doc_id == self.doc_id):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        starts = [m[0] for m in merged]
        gone = self.dismissed()

        def free(t: Timex) -> bool:
            i = bisect.bisect_left(starts, t.end) - 1  # the last interval starting before
            return i < 0 or merged[i][1] <= t.start

        out = [t for t in self.found if (t.start, t.end) not in gone and free(t)]
        self._visible = (w.ann, self._generation, out)
        return out

    @property
    def reviewing(self) -> bool:
        """Review mode has its own candidates and keys: suggestions rest meanwhile."""
        return bool(getattr(self.w, "review_mode", False))

    def is_current(self, t: Timex) -> bool:
        return self.current == (t.start, t.end)

    def current_timex(self) -> Timex | None:
        if self.current is None:
            return None
        for t in self.visible():
            if (t.start, t.end) == self.current:
                return t
        self.current = None
        return None

    # ------------------------------------------------------------------ documents
    def document_opened(self, doc_id: str, *, defer: bool = False) -> None:
        """Tag the document just opened; ``defer`` (or a window not shown yet) leaves the
        tagging to ``run_pending``, so that the window paints first."""
        if self._project is not self.w.project:  # another project: nothing cached holds
            self._project = self.w.project
            self._dismissed.clear()
            self._tagged.clear()
            self._proposals.clear()
            self._visible = None
        self.doc_id = doc_id
        self.current = None
        if defer or not self.w.isVisible():
            # start-up: tag once the window is on screen, so that its first paint never
            # waits for the tagger (MainWindow.showEvent and finish_building)
            self._pending = doc_id
            self.found = []
            self.bar.show_document(self.w.doc.published if self.w.doc else None, None)
            return
        self._pending = None
        doc = self.w.doc
        proposal = None
        if doc is not None and not doc.published:
            proposal = self._proposals.get(doc.id, "")
            if proposal == "":  # not worked out yet for this document (None: nothing found)
                try:
                    proposal = propose_published(doc.text)
                except Exception:  # a tagger bug never stops a document from opening
                    proposal = None
                self._proposals[doc.id] = proposal
        self.bar.show_document(doc.published if doc else None, proposal)
        self.retag()
        n = len(self.visible())
        if n:
            self.w.message(f"{n} date suggestion(s): N/P to go through them, Y or Enter "
                           "accepts, X dismisses, Shift+Y accepts all", 6000)

    def run_pending(self) -> None:
        """The tagging deferred at start-up, for the document still open."""
        if self._pending is not None and self._pending == self.doc_id:
            self.document_opened(self._pending)

    def retag(self) -> None:
        doc = self.w.doc
        self.found = []
        if doc is not None and doc.id == self.doc_id and self.w.schema.has_label("DATE"):
            key = (doc.id, doc.published)
            found = self._tagged.pop(key, None)
            if found is None:
                try:
                    found = tag(doc.text, parse_published(doc.published))
                except Exception:  # a tagger bug never stops a document from opening
                    found = []
            self._tagged[key] = self.found = found  # most recent last
            while len(self._tagged) > TAG_CACHE:
                self._tagged.pop(next(iter(self._tagged)))
        self._generation += 1
        self.overlay.update()

    # ------------------------------------------------------------------ publication date
    def set_published(self, value: str) -> None:
        """Store (or with "" clear) the open document's publication date: undoable, and
        the suggestions are resolved again."""
        doc = self.w.doc
        stack = self.w.undo_stack
        if doc is None or stack is None:
            return
        before, after = doc.published, (value or None)
        if before == after:
            return
        doc_id = doc.id

        def apply(forward: bool) -> None:
            self.w.project.set_meta(doc_id, "published", after if forward else before)
            if self.w.doc is not None and self.w.doc.id == doc_id:
                self.w.doc = self.w.project.document(doc_id)
                self.document_opened(doc_id)
            self.w.doc_model.refresh_document(doc_id)

        apply(True)
        stack.push(_Command(f"set published to {after or 'nothing'}", apply))
        self.w.message(f"Published {after}: date suggestions resolved against it" if after
                       else "Publication date cleared", 5000)

    # ------------------------------------------------------------------ navigation
    def step(self, direction: int) -> Timex | None:
        items = self.visible()
        if not items:
            self.current = None
            self.w.message("No date suggestions in this document")
            self.overlay.update()
            return None
        keys = [(t.start, t.end) for t in items]
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

    def _make_current(self, t: Timex, i: int, n: int) -> Timex:
        self.current = (t.start, t.end)
        self.view.place_caret(t.start)
        self.overlay.update()
        mod = f" {t.mod}" if t.mod else ""
        self.w.message(f"Date suggestion {i + 1}/{n}: {_q(t.text)} = {t.value}{mod} "
                       f"({describe(t.value, t.mod)}) — Y or Enter accepts, X dismisses, "
                       "N/P next/previous", 0)
        return t

    # ------------------------------------------------------------------ accepting
    def _span(self, t: Timex) -> Span:
        doc = self.w.doc
        return Span.on(doc.text, doc_id=doc.id, layer=self.layer, label="DATE",
                       start=t.start, end=t.end, attrs=timex_attrs(t, self.w.schema),
                       author=self.w.annotator)

    def accept(self, t: Timex) -> Span | None:
        items = [(x.start, x.end) for x in self.visible()]
        span = self._span(t)
        if not self.w._run(ops.AddSpan(span)):
            return None
        self._advance(items, (t.start, t.end))
        self.w.message(f"Accepted DATE {_q(t.text)} = {t.value} ({describe(t.value, t.mod)})",
                       5000)
        return span

    def accept_current(self) -> Span | None:
        t = self.current_timex()
        if t is None:
            self.step(+1)
            if self.current is not None:
                self.w.message(self.w.last_notice.replace(
                    "— Y or Enter accepts", "— press Y or Enter again to accept"), 0)
            return None
        return self.accept(t)

    def accept_all(self) -> list[Span]:
        items = self.visible()
        stack = self.w.undo_stack
        if not items or stack is None:
            self.w.message("No date suggestions to accept")
            return []
        made = []
        stack.beginMacro(f"accept {len(items)} date suggestion(s)")
        try:
            for t in items:
                span = self._span(t)
                if self.w._run(ops.AddSpan(span)):
                    made.append(span)
        finally:
            stack.endMacro()
        self.current = None
        self.overlay.update()
        self.w.message(f"Accepted {len(made)} date suggestion(s) (one undo step)", 5000)
        return made

    def _advance(self, keys: list[tuple[int, int]], gone: tuple[int, int]) -> None:
        """After ``gone`` leaves the list: the next one becomes current (if one was)."""
        if self.current != gone:
            self.current = self.current if self.current in keys else None
            self.overlay.update()
            return
        rest = [k for k in keys if k != gone]
        after = [k for k in rest if k[0] >= gone[0]]
        self.current = (after or rest or [None])[0]
        self.overlay.update()

    # ------------------------------------------------------------------ dismissing
    def dismiss(self, t: Timex) -> None:
        key = self._key
        stack = self.w.undo_stack
        if key is None or stack is None:
            return
        layer, doc_id = key
        item = (t.start, t.end)
        keys = [(x.start, x.end) for x in self.visible()]

        def apply(forward: bool) -> None:
            items = set(self._load(layer, doc_id))
            if forward:
                items.add(item)
            else:
                items.discard(item)
            self._store_dismissed(layer, doc_id, items)
            self.overlay.update()

        apply(True)
        stack.push(_Command(f"dismiss date suggestion {_q(t.text)}", apply))
        self._advance(keys, item)
        self.w.message(f"Dismissed {_q(t.text)} (Ctrl+Z brings it back)", 4000)

    def dismiss_current(self) -> None:
        t = self.current_timex()
        if t is None:
            self.w.message("No date suggestion selected: N/P selects one")
            return
        self.dismiss(t)

    # ------------------------------------------------------------------ mouse and keys
    def at(self, cp: int) -> Timex | None:
        items = self.visible()
        hit = next((t for t in items if t.start <= cp < t.end), None)
        return hit or next((t for t in items if t.start < cp <= t.end), None)

    def _clicked(self, cp: int) -> None:
        if self._click_in_relation or self.w.pending is not None:
            return
        t = self.at(cp)
        if t is not None:
            self.accept(t)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and obj is self.view.viewport():
            self._click_in_relation = self.w.pending is not None
        elif kind == QEvent.Type.Resize and obj is self.view.viewport():
            self.overlay.setGeometry(self.view.viewport().rect())
        elif kind == QEvent.Type.KeyPress and obj in (self.view, self.w.span_table):
            return self._key_press(event, obj)
        return super().eventFilter(obj, event)

    def _key_press(self, event, obj) -> bool:
        if self.reviewing:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if mods & ~shift:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods and obj is self.view:
            if self.current_timex() is not None:
                self.accept_current()
                return True
            return False
        if key == Qt.Key.Key_Escape and obj is self.view and self.current is not None \
                and self.w.pending is None:
            self.current = None
            self.overlay.update()
            self.w.message("", 1)
            return True
        letter = letter_of(event)
        if letter not in ("N", "P", "Y", "X"):
            return False
        if mods == shift and letter != "Y":
            return False
        if letter == "Y":
            if mods == shift:
                self.accept_all()
            else:
                self.accept_current()
        elif letter == "N":
            self.step(+1)
        elif letter == "P":
            self.step(-1)
        else:
            self.dismiss_current()
        return True


__all__ = ["DateSuggestions", "SuggestionOverlay", "range_rects", "timex_attrs"]
