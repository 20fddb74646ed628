"""The article: a read-only QPlainTextEdit showing the canonical text exactly (plain text,
never HTML), right to left, in the bundled Naskh font, with span highlights drawn as
extra selections.

The view only reports what the user does, in code-point offsets (every Qt position goes
through ``Utf16Index``); the controllers decide what it means. Its keys are read by the
window's key router (``desktop.ui.shell.actions``), not here.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.core.text import Utf16Index
from desktop.ui.shell.settings import DEFAULT_POINT_SIZE

ARABIC_FONT = "Noto Naskh Arabic"
_RTL = Qt.LayoutDirection.RightToLeft
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


class ArticleView(QPlainTextEdit):
    clicked = Signal(int, QPointF)  # code point and viewport position of a plain click
    zoomChanged = Signal(int)  # the font's point size

    def __init__(self, parent=None, point_size: int = DEFAULT_POINT_SIZE):
        super().__init__(parent)
        self.setObjectName("articleView")
        # Held, so that viewport() finds this wrapper: made by viewport(), PySide would
        # first work out the QWidget's most derived type by building every QWidget
        # subclass of QtWidgets with its enums (~10 ms, before the first paint);
        # findChild() is told the type. (The name is QAbstractScrollArea's own.)
        self._viewport = self.findChild(QWidget, "qt_scrollarea_viewport") or self.viewport()
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        font = QFont(ARABIC_FONT)
        font.setPointSize(point_size)
        self.setFont(font)
        self._default_size = DEFAULT_POINT_SIZE
        self._text = ""
        self.index = Utf16Index("")
        self._rtl()
        self.setPlaceholderText("")

    # ------------------------------------------------------------------ text
    def _rtl(self) -> None:
        """Lay the text out right to left, right-aligned, in the view's font. A new text
        keeps the document's options, so a document opened after the first changes
        nothing here (setting them again marks every paragraph for a new layout)."""
        doc = self.document()
        option = doc.defaultTextOption()
        if (option.textDirection() != _RTL or option.alignment() != _RIGHT
                or option.wrapMode() != _WRAP):
            option.setTextDirection(_RTL)
            option.setAlignment(_RIGHT)
            option.setWrapMode(_WRAP)
            doc.setDefaultTextOption(option)
        font = self.font()
        if doc.defaultFont() != font:
            doc.setDefaultFont(font)

    def show_text(self, text: str) -> None:
        """Show a canonical text exactly as stored (plain text)."""
        self._text = text
        self.index = Utf16Index(text)
        self.setExtraSelections([])
        self.setPlainText(text)  # (the caret and the scroll position go back to the start)
        self._rtl()

    @property
    def text(self) -> str:
        return self._text

    # ------------------------------------------------------------------ offsets
    def selection_cp(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets (a half pair rounds outwards)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.index.to_cp(cursor.selectionStart())
        end = self.index.to_cp(cursor.selectionEnd(), round_up=True)
        return (start, end) if end > start else None

    def cp_at(self, pos: QPoint) -> int:
        u16 = self.cursorForPosition(pos).position()
        return self.index.to_cp(min(u16, self.index.length_u16))

    def visible_cp(self, margin: int = 0) -> tuple[int, int]:
        """The code-point range shown in the viewport — from the first line on screen to
        the end of the last — widened by ``margin`` UTF-16 units each side (clamped to
        the text)."""
        block = self.firstVisibleBlock()
        top = block.position()
        # a walk over the few blocks on screen by their geometry, and in the first and the
        # last of them over their lines (hit-testing a point with cursorForPosition shapes
        # the line under it, a millisecond a call; a paragraph runs on below the viewport,
        # and what it holds there is not painted)
        height, offset = self.viewport().height(), self.contentOffset()
        end = self.index.length_u16
        first = True
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if first:
                first = False
                top = block.position() + _line_edge(block, -rect.top(), start=True)
            if rect.bottom() >= height:
                end = block.position() + _line_edge(block, height - rect.top(), start=False)
                break
            end = block.position() + block.length()
            block = block.next()
        lo = max(0, top - margin)
        hi = min(self.index.length_u16, end + margin)
        return self.index.to_cp(lo), self.index.to_cp(hi, round_up=True)

    def select_cp(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (code points), as a user would with the mouse."""
        cursor = self.textCursor()
        cursor.setPosition(self.index.to_utf16(start))
        cursor.setPosition(self.index.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def place_caret(self, cp: int) -> None:
        """Move the caret to ``cp`` with no selection and scroll it into view."""
        cursor = self.textCursor()
        cursor.setPosition(self.index.to_utf16(max(0, min(cp, self.index.length_cp))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    # ------------------------------------------------------------------ zoom
    def point_size(self) -> int:
        return self.font().pointSize()

    def set_point_size(self, size: int) -> None:
        size = max(6, min(72, int(size)))
        font = self.font()
        if font.pointSize() != size:
            font.setPointSize(size)
            self.setFont(font)
            self.document().setDefaultFont(font)
            self.zoomChanged.emit(size)

    def zoom(self, step: int) -> None:
        if step == 0:
            self.set_point_size(self._default_size)
        else:
            self.set_point_size(self.point_size() + step)

    def zoom_in(self) -> None:
        self.zoom(+1)

    def zoom_out(self) -> None:
        self.zoom(-1)

    def zoom_reset(self) -> None:
        self.zoom(0)

    # ------------------------------------------------------------------ painting
    paint_behind = None  # callable(QPainter): what is painted behind the text (span fills)
    paint_over = None  # callable(QPainter): what is painted over it (their underlines)

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QPainter

        if self.paint_behind is not None:
            painter = QPainter(self.viewport())
            painter.setClipRect(event.rect())
            self.paint_behind(painter)
            painter.end()
        super().paintEvent(event)
        if self.paint_over is not None:
            painter = QPainter(self.viewport())
            painter.setClipRect(event.rect())
            self.paint_over(painter)
            painter.end()

    # ------------------------------------------------------------------ events
    focus_click = False  # the last press gave the article the keyboard back
    _focused_by_mouse = False

    def focusInEvent(self, event) -> None:
        # Qt gives the focus before it delivers the press that asked for it
        self._focused_by_mouse = event.reason() == Qt.FocusReason.MouseFocusReason
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focus_click, self._focused_by_mouse = self._focused_by_mouse, False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            pos = event.position()
            self.clicked.emit(self.cp_at(pos.toPoint()), QPointF(pos))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # Ctrl+wheel zooms
            step = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
            if step:
                self.zoom(step)
            event.accept()
            return
        super().wheelEvent(event)


def _line_edge(block, y: float, *, start: bool) -> int:
    """Where in ``block`` (a UTF-16 offset into it) the viewport's edge at height ``y``
    (in the block's own coordinates) falls: with ``start``, the start of the first line
    that reaches below ``y``; else the end of the last line that begins above it (with
    its separator). A block not laid out yet counts whole. Lines are found by bisection
    (their tops grow down the block): a paragraph of a long article is a hundred lines."""
    layout = block.layout()
    count = layout.lineCount() if layout is not None else 0
    if count == 0:
        return 0 if start else block.length()
    line_at = layout.lineAt
    if start:  # the first line whose bottom is below y
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            line = line_at(mid)
            if line.y() + line.height() > y:
                hi = mid
            else:
                lo = mid + 1
        return line_at(lo).textStart() if lo < count else 0
    lo, hi = 0, count  # the last line whose top is above y: the first that is not, less one
    while lo < hi:
        mid = (lo + hi) // 2
        if line_at(mid).y() < y:
            lo = mid + 1
        else:
            hi = mid
    n = lo - 1
    if n < 0:
        return 0
    if n == count - 1:
        return block.length()
    line = line_at(n)
    return line.textStart() + line.textLength()
