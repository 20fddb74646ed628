"""The publication date above the article: ``Published: [YYYY-MM-DD]``.

The field shows the document's ``meta.published`` (the date relative expressions are
resolved against). When the document has none and its header has a date line, the
date is *proposed*: the empty field's placeholder shows it and a "Use" button stores it;
nothing is stored until the annotator confirms. The bar only reports what is typed or
confirmed (``publishedEdited``); the window stores it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.dates import describe
from desktop.core.dates.published import parse_published

_BAD = "QLineEdit { background: #fee2e2; }"


class PublicationBar(QWidget):
    publishedEdited = Signal(str)  # a valid YYYY-MM-DD, or "" to clear
    invalid = Signal(str)  # what was typed, refused
    done = Signal()  # Enter pressed in the field: give the article the focus back

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("publicationBar")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("Published:", self)
        layout.addWidget(self.label)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("publishedEdit")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(10)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("proposed 0000-00-00")
                                + 16)
        self.edit.setToolTip("The publication date (YYYY-MM-DD): relative dates such as أمس "
                             "are resolved against it. Empty clears it.")
        self.edit.editingFinished.connect(self._finished)
        self.edit.returnPressed.connect(self.done.emit)
        self.edit.textEdited.connect(lambda _t: self.edit.setStyleSheet(""))
        layout.addWidget(self.edit)
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("publishedUse")
        self.use_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the article
        self.use_button.clicked.connect(self.use_proposal)
        self.use_button.hide()
        layout.addWidget(self.use_button)
        self.hint = QLabel(self)
        self.hint.setObjectName("publishedHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.stored: str = ""
        self.proposal: str | None = None

    def show_document(self, published: str | None, proposal: str | None = None) -> None:
        """Show the stored date (or, with none, the proposal from the header)."""
        published = published or ""
        day = parse_published(published)
        self.stored = day.isoformat() if day else published
        self.proposal = proposal if not published else None
        self.edit.setText(self.stored)
        self.edit.setStyleSheet(_BAD if published and day is None else "")
        if self.proposal:
            self.edit.setPlaceholderText(f"proposed {self.proposal}")
            self.use_button.setText(f"Use {self.proposal}")
            self.use_button.setToolTip("A date line in the article's header gives this date; "
                                       "click to make it the publication date")
            self.use_button.show()
            self.hint.setText(f"proposed from the header: {describe(self.proposal)}")
        else:
            self.edit.setPlaceholderText("YYYY-MM-DD")
            self.use_button.hide()
            if day:
                self.hint.setText(describe(self.stored))
            elif published:
                self.hint.setText("not a YYYY-MM-DD date: relative dates stay unresolved")
            else:
                self.hint.setText("none: relative dates stay unresolved (XXXX-…)")

    def use_proposal(self) -> None:
        if self.proposal:
            self.publishedEdited.emit(self.proposal)

    def _finished(self) -> None:
        text = self.edit.text().strip()
        if text == self.stored:
            return
        if text and parse_published(text) is None:
            self.edit.setStyleSheet(_BAD)
            self.invalid.emit(text)
            return
        self.edit.setStyleSheet("")
        self.publishedEdited.emit(text)


__all__ = ["PublicationBar"]
