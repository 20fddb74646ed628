"""The selected span's attributes from the schema: a combo box for a closed set, a line
edit for a free value. Every change is reported at once (the window stores it as an
undoable edit)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.model import Span
from desktop.core.schema import Schema


class AttributePanel(QWidget):
    attributeChanged = Signal(str, str, str)  # span id, attribute, value ("" clears)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attributePanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel("No span selected")
        self.heading.setObjectName("attributeHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.heading)
        self._form_host = QWidget(self)
        self.form = QFormLayout(self._form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._form_host)
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
        if span is None:
            self.heading.setText("No span selected")
            return
        self.heading.setText(f"{span.label}  «{' '.join(span.text.split())}»")
        if not schema.has_label(span.label):
            return
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
                editor.addItems(choices)
                editor.setCurrentIndex(choices.index(value))
                editor.currentTextChanged.connect(
                    lambda text, name=att.name: self._changed(name, text))
            else:
                editor = QLineEdit(self)
                editor.setText(value)
                editor.editingFinished.connect(
                    lambda name=att.name, ed=editor: self._changed(name, ed.text().strip()))
            editor.setObjectName(f"attr_{att.name}")
            self.editors[att.name] = editor
            if span.label == "DATE" and att.name == "value" and isinstance(editor, QLineEdit):
                from desktop.ui.date_words import value_row  # the value in words beside it

                self.form.addRow(att.name, value_row(self, editor, span.attrs.get("mod")))
                continue
            self.form.addRow(att.name, editor)

    def _changed(self, name: str, value: str) -> None:
        span = self._span
        if span is None:
            return
        if (span.attrs.get(name) or "") == value:
            return
        self.attributeChanged.emit(span.id, name, value)
