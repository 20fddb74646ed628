"""The publication date above the article: ``Published: [YYYY-MM-DD]``.

The field shows the document's ``meta.published`` (the date relative expressions are
resolved against). When the document has none and its header has a date line, the
date is *proposed*: the empty field's placeholder shows it and a "Use" button stores it;
nothing is stored until the annotator confirms. The bar only reports what is typed or
confirmed (``publishedEdited``); ``PublicationController`` stores it as an undoable edit
(``ops.SetMeta``) through the session. The date field stays left to right in every
language (it holds a YYYY-MM-DD value).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.dates.published import parse_published
from desktop.ui.lazy import ops
from desktop.ui.shell.i18n import translate

_BAD = "QLineEdit { background: #fee2e2; }"


class PublicationBar(QWidget):
    publishedEdited = Signal(str)  # a valid YYYY-MM-DD, or "" to clear
    invalid = Signal(str)  # what was typed, refused
    done = Signal()  # Enter pressed in the field: give the article the focus back

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("publicationBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(translate("Publication", "Published:"), self)
        layout.addWidget(self.label)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("publishedEdit")
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a YYYY-MM-DD value
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(10)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("proposed 0000-00-00")
                                + 16)
        self.edit.setToolTip(translate("Publication", "The publication date (YYYY-MM-DD): relative "
                                "dates such as أمس are resolved against it. Empty clears it."))
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
        self.hint.setMinimumWidth(1)  # gives way to a narrow article (whole in its tooltip)
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
        from desktop.ui.annotate.date_words import describe_value

        if self.proposal:
            self.edit.setPlaceholderText(translate("Publication", "proposed {date}").format(
                date=self.proposal))
            self.use_button.setText(translate("Publication", "Use {date}").format(date=self.proposal))
            self.use_button.setToolTip(translate("Publication", "A date line in the article's header "
                                          "gives this date; click to make it the "
                                          "publication date"))
            self.use_button.show()
            self.hint.setText(translate("Publication", "proposed from the header: {words}").format(
                words=describe_value(self.proposal)))
        else:
            self.edit.setPlaceholderText("YYYY-MM-DD")
            self.use_button.hide()
            if day:
                self.hint.setText(describe_value(self.stored))
            elif published:
                self.hint.setText(translate("Publication", "not a YYYY-MM-DD date: relative dates "
                                     "stay unresolved"))
            else:
                self.hint.setText(translate("Publication", "none: relative dates stay unresolved "
                                     "(XXXX-…)"))
        from desktop.ui.shell.plain import plain_tip

        self.hint.setToolTip(plain_tip(self.hint.text()))  # when the article is narrow

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


class PublicationController(QObject):
    """Shows the open document's publication date (and, once proposals are on, the date
    its header proposes) and stores what the annotator types or confirms."""

    def __init__(self, session, bar: PublicationBar, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("publication")
        self.session = session
        self.bar = bar
        self.proposing = False  # on after the first paint (the header rules are imported)
        self._proposals: dict[tuple[str, str], str | None] = {}
        session.documentOpened.connect(lambda _d: self.show())
        session.annotationsChanged.connect(self._changed)
        session.projectChanged.connect(self._project_changed)
        bar.publishedEdited.connect(self.set_published)
        bar.invalid.connect(lambda text: session.message(translate(
            "Publication", "Not a date: «{text}» (type YYYY-MM-DD, or clear the field)").format(
            text=text)))

    def enable_proposals(self) -> None:
        self.proposing = True
        self.show()

    def _project_changed(self) -> None:
        self._proposals.clear()
        self.show()

    def _changed(self, delta) -> None:
        if delta is not None and delta.meta:
            self.show()

    def proposal(self) -> str | None:
        doc = self.session.doc
        if doc is None or doc.published or not self.proposing:
            return None
        key = (str(self.session.project.path), doc.id)
        if key not in self._proposals:
            from desktop.core.dates.published import propose_published

            try:
                self._proposals[key] = propose_published(doc.text)
            except Exception:  # noqa: BLE001 - a tagger bug never stops a document opening
                self._proposals[key] = None
        return self._proposals[key]

    def show(self) -> None:
        doc = self.session.doc
        self.bar.show_document(doc.published if doc else None, self.proposal())

    def use_proposal(self) -> None:
        self.bar.use_proposal()

    def set_published(self, value: str) -> None:
        """Store (or with "" clear) the open document's publication date, undoably; the
        suggestions are resolved against it again."""
        s = self.session
        doc = s.doc
        if doc is None:
            return
        before, after = doc.published, (value or None)
        if before == after:
            return
        if s.run(ops.SetMeta(doc.id, "published", before, after)):
            s.message(translate("Publication", "Published {date}: date suggestions resolved against "
                         "it").format(date=after) if after
                      else translate("Publication", "Publication date cleared"), 5000)
        else:
            self.show()


__all__ = ["PublicationBar", "PublicationController"]
