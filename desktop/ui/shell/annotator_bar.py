"""The annotator's name, asked in a bar over the shown window (never a modal dialog in
front of a black screen): "Your name as annotator: [____] Start". Until it is given, a
provisional name (the login name) is used; the name is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.ui.shell.i18n import translate


class AnnotatorBar(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("annotatorBar")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#annotatorBar { background: #fef3c7; border-bottom: 1px solid "
                           "#f59e0b; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(translate("Annotator", "Your name as annotator (your annotations go to "
                               "your own layer):"), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("annotatorName")
        self.edit.returnPressed.connect(self.accept)
        layout.addWidget(self.edit, 1)
        self.button = QPushButton(translate("Annotator", "Start"), self)
        self.button.setObjectName("annotatorStart")
        self.button.clicked.connect(self.accept)
        layout.addWidget(self.button)
        self.hide()

    def ask(self, current: str) -> None:
        self.edit.setText(current)
        self.edit.selectAll()
        self.show()
        self.edit.setFocus()

    def setTextValue(self, text: str) -> None:  # noqa: N802 - as QInputDialog names it
        self.edit.setText(text)

    def accept(self) -> None:
        self.chosen.emit(self.edit.text())

    def isModal(self) -> bool:  # noqa: N802
        return False


class ReadOnlyBanner(QLabel):
    """Why this window only reads (a read-only file, or the annotator editing in another
    window): shown above the work for as long as it holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("#readOnlyBanner { background: #fee2e2; color: #7f1d1d; "
                           "padding: 4px 8px; border-bottom: 1px solid #f87171; }")
        self.hide()

    def show_reason(self, reason: str | None) -> None:
        self.setText(reason or "")
        self.setVisible(bool(reason))


__all__ = ["AnnotatorBar", "ReadOnlyBanner"]
