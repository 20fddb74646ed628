"""A DATE's value in words beside its editor in the attribute panel: «2018-09-10» reads
"10 September 2018" (``desktop.core.dates.describe``) in English and «١٠ أيلول/سبتمبر
٢٠١٨» (``desktop.core.dates.words_ar.describe_ar``) in Arabic, updated as the value is
typed. The value itself is a code and reads left to right in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.core.dates import describe

# The Arabic words name a month both ways, as the region's press does (أيلول/سبتمبر):
# the corpus writes either, and the annotator compares the words with the article's.
ARABIC_MONTHS = "both"


def describe_value(value: str, mod: str | None = None, kind: str | None = None) -> str:
    """A TIMEX3 value in words in the interface's language ("10 September 2018");
    ``kind``, the TIMEX type, makes a SET read as a repetition in Arabic."""
    from desktop.ui.shell.i18n import lang

    if lang() == "ar":
        from desktop.core.dates.words_ar import describe_ar

        return describe_ar(value, mod, ARABIC_MONTHS, kind=kind)
    return describe(value, mod)


def value_row(parent: QWidget, editor: QLineEdit, mod: str | None,
              kind: str | None = None) -> QWidget:
    """The value editor with a label (objectName ``dateWords``) that says what it means."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a TIMEX value: 2018-W38
    layout.addWidget(editor, 1)
    words = QLabel(row)
    words.setObjectName("dateWords")
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setStyleSheet("color: #374151;")
    from desktop.ui.shell.i18n import translate

    words.setToolTip(translate("Attributes", "The value in words (with its mod)"))

    def update(text: str) -> None:
        try:
            words.setText(describe_value(text.strip(), mod or None, kind or None))
        except Exception:  # describe never blocks editing
            words.setText("")

    editor.textChanged.connect(update)
    update(editor.text())
    layout.addWidget(words, 1)
    return row


__all__ = ["ARABIC_MONTHS", "describe_value", "value_row"]
