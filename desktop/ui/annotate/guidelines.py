"""The annotation guidelines beside the article (F1): what to tag and where spans begin
and end, written for annotators (``resources/guidelines/<language>.md``: English, and an
Arabic version with the same examples), in the interface's language. It is our own
Markdown, shown as rich text; article text never is.

Arabic is set in the bundled Naskh font and the Arabic version reads right to left; in
the English one every Arabic example is a bidi isolate, so its brackets and quotation
marks stay with it. The dock opens at a modest width, and the document list keeps the
width its columns need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from desktop.resources import resource
from desktop.ui.annotate.article_view import ARABIC_FONT
from desktop.ui.shell.i18n import lang, translate

WIDTH = 380


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
        self.browser.setMinimumWidth(240)

    def toggle(self, on: bool) -> None:
        """Help ▸ Annotation guidelines (F1): show or hide the dock."""
        self.setVisible(on)
        if on:
            self.raise_()

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
            main = self.parentWidget()
            if main is not None and hasattr(main, "resizeDocks"):
                main.resizeDocks([self], [WIDTH], Qt.Orientation.Horizontal)
        super().showEvent(event)
