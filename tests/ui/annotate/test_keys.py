"""Key matching: digits on any layout, letters on the Arabic layout (no window needed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from desktop.ui.annotate.keys import digit_of, letter_of


def _key(key, text="", mods=Qt.KeyboardModifier.NoModifier):
    return QKeyEvent(QEvent.Type.KeyPress, key, mods, text)


def test_digits_on_any_layout():
    assert digit_of(_key(Qt.Key.Key_1, "1")) == "1"
    assert digit_of(_key(Qt.Key.Key_2)) == "2"  # no text (e.g. with Alt)
    assert digit_of(_key(0x0663, "٣")) == "3"
    assert digit_of(_key(0, "۴")) == "4"
    assert digit_of(_key(Qt.Key.Key_S, "s")) is None


def test_letters_answer_on_the_arabic_layout():
    assert letter_of(_key(Qt.Key.Key_S, "s")) == "S"
    assert letter_of(_key(0x0633, "س")) == "S"
    assert letter_of(_key(0, "ف")) == "T"
    assert letter_of(_key(0, "ث")) == "E"
    assert letter_of(_key(0, "ش")) == "A"
    assert letter_of(_key(Qt.Key.Key_1, "1")) is None
