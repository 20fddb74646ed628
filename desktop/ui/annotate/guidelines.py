"""The annotation guidelines beside the article (F1): what to tag and where spans begin
and end, written for annotators (``resources/guidelines/<language>.md``: English, and an
Arabic version with the same examples), in the interface's language. It is our own
Markdown, shown as rich text; article text never is.

Arabic is set in the bundled Naskh font and the Arabic version reads right to left; in
the English one every Arabic example is a bidi isolate, so its brackets and quotation
marks stay with it. The dock opens at a modest width (the width the annotator last gave
it, if any) that leaves the panels and the article readable: its room comes from the
article; the document list keeps the width its columns need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QDockWidget, QSplitter, QTextBrowser, QWidget

from desktop.resources import resource
from desktop.ui.annotate.article_view import ARABIC_FONT
from desktop.ui.shell.i18n import lang, translate

WIDTH = 380  # the dock's width the first time, room allowing
MIN_WIDTH = 240
PANELS_MIN = 340  # the span table's columns and the comment field stay readable
ARTICLE_MIN = 340


def guidelines_path(language: str):
    path = resource("guidelines", f"{language}.md")
    return path if path.is_file() else resource("guidelines", "en.md")


class GuidelinesDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("Guidelines", "Annotation guidelines"), parent)
        self.setObjectName("guidelinesDock")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guidelines")
        self.browser.setOpenLinks(False)
        self.setWidget(self.browser)
        self.loaded = False
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.browser.setMinimumWidth(MIN_WIDTH)
        self.width_given: int | None = None  # the width the annotator left it at
        self._columns: list[int] | None = None  # list, article, panels before it opened

    def toggle(self, on: bool) -> None:
        """Help ▸ Annotation guidelines (F1): show or hide the dock."""
        if on and not self.isVisible():
            split = self._splitter()
            self._columns = split.sizes() if split is not None else None
        self.setVisible(on)
        if on:
            self.raise_()

    def _splitter(self) -> QSplitter | None:
        main = self.parentWidget()
        return main.findChild(QSplitter, "mainSplitter") if main is not None else None

    def hideEvent(self, event) -> None:
        if self.width() > 1:
            self.width_given = self.width()
        super().hideEvent(event)

    def _make_room(self) -> None:
        """The dock's width from the article: the list keeps its width, the panels theirs
        down to ``PANELS_MIN``, the article keeps ``ARTICLE_MIN``."""
        main, split = self.parentWidget(), self._splitter()
        if main is None or split is None or not hasattr(main, "resizeDocks"):
            return
        left, _article, right = self._columns or split.sizes()
        handles = 2 * split.handleWidth() + 8
        room = main.width() - left - min(right, PANELS_MIN) - ARTICLE_MIN - handles
        width = self.width_given or max(MIN_WIDTH, min(WIDTH, room))  # the annotator's, or room
        main.resizeDocks([self], [width], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, lambda: self._share(left, right))

    def _share(self, left: int, right: int) -> None:
        split = self._splitter()
        if split is None or not self.isVisible():
            return
        total = sum(split.sizes())
        right = max(min(right, total - left - ARTICLE_MIN), min(right, PANELS_MIN))
        split.setSizes([left, max(total - left - right, 1), right])

    def load(self) -> None:
        language = lang()
        path = guidelines_path(language)
        text = path.read_text(encoding="utf-8") if path.is_file() else "(missing)"
        doc = self.browser.document()
        font = QFont(self.browser.font())
        font.setFamilies([ARABIC_FONT, *font.families()])  # Arabic in Naskh, Latin as usual
        doc.setDefaultFont(font)
        option = doc.defaultTextOption()
        rtl = path.stem == "ar"
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        self.browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                        else Qt.LayoutDirection.LeftToRight)
        self.browser.setMarkdown(text)
        self.loaded = True

    def showEvent(self, event) -> None:  # read when first shown, not at start-up
        if not self.loaded:
            self.load()
        if not self.isFloating():
            self._make_room()
        super().showEvent(event)
