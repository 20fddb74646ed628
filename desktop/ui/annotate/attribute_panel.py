"""The selected span's attributes from the schema: a combo box for a closed set, a line
edit for a free value; and the span's comment (a free-text note). Every change is
reported at once (it is stored as an undoable edit). Names and values are shown in the
interface's language (the schema's display names); what is stored is the code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.model import Span
from desktop.core.schema import Schema
from desktop.ui.shell.i18n import label_name, lang, translate

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class AttributePanel(QWidget):
    attributeChanged = Signal(str, str, str)  # span id, attribute, value ("" clears)
    commentChanged = Signal(str, str)  # span id, comment
    finished = Signal()  # a value was chosen: the article takes the keys back

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attributePanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(translate("Attributes", "No span selected"))
        self.heading.setObjectName("attributeHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.heading)
        self._form_host = QWidget(self)
        self.form = QFormLayout(self._form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._form_host)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("spanComment")
        self.comment.setPlaceholderText(translate("Attributes", "Comment (a note on this span)"))
        self.comment.setClearButtonEnabled(True)
        self.comment.editingFinished.connect(self._comment_done)
        self.comment.returnPressed.connect(self.finished.emit)
        self.comment.setEnabled(False)
        outer.addWidget(self.comment)
        outer.addStretch(1)
        self._span: Span | None = None
        self.editors: dict[str, QComboBox | QLineEdit] = {}

    @property
    def span(self) -> Span | None:
        return self._span

    def show_span(self, span: Span | None, schema: Schema) -> None:
        """Rebuild the form for ``span`` (or empty it)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self._span = span
        self.comment.blockSignals(True)
        self.comment.setText(span.comment if span is not None else "")
        self.comment.blockSignals(False)
        self.comment.setEnabled(span is not None)
        if span is None:
            self.heading.setText(translate("Attributes", "No span selected"))
            return
        self.heading.setText(f"{label_name(schema, span.label)}  "
                             f"«\u2068{' '.join(span.text.split())}\u2069»")
        if not schema.has_label(span.label):
            return
        is_timex = span.label == schema.roles.timex
        for att in schema.label(span.label).attributes:
            value = span.attrs.get(att.name)
            value = "" if value is None else str(value)
            if att.closed:
                editor = QComboBox(self)
                choices = list(att.values)
                if "" not in choices:
                    choices.insert(0, "")
                if value not in choices:
                    choices.append(value)
                for choice in choices:
                    editor.addItem(att.value_name(choice, lang()) if choice else "", choice)
                editor.setCurrentIndex(choices.index(value))
                editor.currentIndexChanged.connect(
                    lambda i, name=att.name, ed=editor: self._changed(name, ed.itemData(i) or ""))
                editor.activated.connect(lambda _i: self.finished.emit())
            else:
                editor = QLineEdit(self)
                editor.setText(value)
                editor.editingFinished.connect(
                    lambda name=att.name, ed=editor: self._changed(name, ed.text().strip()))
                editor.returnPressed.connect(self.finished.emit)
            editor.setObjectName(f"attr_{att.name}")
            self.editors[att.name] = editor
            shown = att.display_name(lang())
            if is_timex and att.name == "value" and isinstance(editor, QLineEdit):
                from desktop.ui.annotate.date_words import value_row  # the value in words

                self.form.addRow(shown, value_row(self, editor, span.attrs.get("mod"),
                                                   span.attrs.get("type")))
                continue
            self.form.addRow(shown, editor)

    def _changed(self, name: str, value: str) -> None:
        span = self._span
        if span is None:
            return
        if (span.attrs.get(name) or "") == value:
            return
        self.attributeChanged.emit(span.id, name, value)

    def _comment_done(self) -> None:
        span = self._span
        if span is not None and self.comment.text().strip() != span.comment:
            self.commentChanged.emit(span.id, self.comment.text())
