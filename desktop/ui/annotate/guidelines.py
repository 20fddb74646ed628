"""The annotation guidelines beside the article (F1): the text annotators are asked to
follow, shipped in resources/guidelines.md. It is our own Markdown, shown as rich text;
article text never is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from desktop.resources import resource


class GuidelinesDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Annotation guidelines", parent)
        self.setObjectName("guidelinesDock")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guidelines")
        self.browser.setOpenLinks(False)
        self.setWidget(self.browser)
        self.loaded = False
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)

    def toggle(self, on: bool) -> None:
        """Help ▸ Annotation guidelines (F1): show or hide the dock."""
        self.setVisible(on)
        if on:
            self.raise_()

    def showEvent(self, event) -> None:  # read when first shown, not at start-up
        if not self.loaded:
            path = resource("guidelines.md")
            text = path.read_text(encoding="utf-8") if path.is_file() else "(missing)"
            self.browser.setMarkdown(text)
            self.loaded = True
        super().showEvent(event)
