"""Find in the article (Ctrl+F): a query matched on the folded shadow of the text
(diacritics and tatweel ignored, alef forms, ى/ي, ة/ه and digit scripts alike; see
``desktop.core.text.find_all``), every hit outlined, the current one selected so that a
label key tags it at once. Enter / F3 next, Shift+Enter / Shift+F3 previous; Esc closes the bar and leaves the
current hit selected in the article, so the next key can be a label key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QWidget

from desktop.core.text import Folded, find_all, fold
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.language import number

HIT = QColor("#f97316")  # an orange outline: no label uses it


class FindBar(QWidget):
    """The bar above the article; ``hits`` are canonical [start, end) offsets."""

    changed = Signal()  # the hits or the current hit changed: the owner redraws

    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self._folded: tuple[str, Folded] | None = None  # (text, its folded shadow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("Find", "Find:"), self))
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(translate(
            "Find", "diacritics, hamza forms and digit scripts ignored"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(lambda: self.step(+1))
        layout.addWidget(self.edit, 1)
        self.count = QLabel("", self)
        self.count.setObjectName("findCount")
        layout.addWidget(self.count)
        for keys, slot in ((("Shift+Return", "Shift+Enter", "Shift+F3"), lambda: self.step(-1)),
                           (("F3",), lambda: self.step(+1)), (("Escape",), self.close_bar)):
            for k in keys:
                sc = QShortcut(QKeySequence(k), self.edit)
                sc.setContext(Qt.ShortcutContext.WidgetShortcut)
                sc.activated.connect(slot)
        self.hide()

    # ------------------------------------------------------------------ use
    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.changed.emit()
        self.view.setFocus()

    def document_changed(self) -> None:
        """A new text in the view: search it again."""
        self._folded = None
        if self.isVisible():
            self.search(self.edit.text())

    def search(self, query: str) -> None:
        text = self.view.text
        if self._folded is None or self._folded[0] is not text:
            self._folded = (text, fold(text))
        self.hits = find_all(self._folded[1], query) if query.strip() else []
        self.current = -1
        if self.hits:
            self.step(+1)
        else:
            self._show_count()
            self.changed.emit()

    def step(self, direction: int) -> None:
        if not self.hits:
            return
        self.current = (self.current + direction) % len(self.hits)
        start, end = self.hits[self.current]
        self.view.select_cp(start, end)  # selected: a label key tags it
        self.view.ensureCursorVisible()
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        q = self.edit.text().strip()
        if not q:
            self.count.setText("")
        elif not self.hits:
            self.count.setText(translate("Find", "no match"))
        else:
            self.count.setText(translate("Find", "{current} of {total}").format(
                current=number(self.current + 1), total=number(len(self.hits))))

    # ------------------------------------------------------------------ drawing
    def selections(self) -> list:
        """Outlines for every hit (drawn under the label highlights' colours)."""
        if not self.isVisible() or not self.hits:
            return []
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(HIT)
        fmt.setFontUnderline(True)
        fmt.setBackground(QColor(249, 115, 22, 60))
        out = []
        index, doc = self.view.index, self.view.document()
        for start, end in self.hits:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(index.to_utf16(start))
            cursor.setPosition(index.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            out.append(sel)
        return out
