"""Keys: which digit or letter a key press means. Matching uses the key's ``key()`` and
``text()``, never scan codes, so the digits answer on any layout (ASCII, Arabic-Indic ١٢٣٤, Extended ۱۲۳۴) and the
relation letters answer to the letter on the same key of the standard Arabic layout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

# The standard Arabic (101) layout: the Arabic letter on each Latin key.
ARABIC_LAYOUT = {
    "ض": "Q", "ص": "W", "ث": "E", "ق": "R", "ف": "T", "غ": "Y", "ع": "U", "ه": "I",
    "خ": "O", "ح": "P", "ش": "A", "س": "S", "ي": "D", "ب": "F", "ل": "G", "ا": "H",
    "ت": "J", "ن": "K", "م": "L", "ئ": "Z", "ء": "X", "ؤ": "C", "ر": "V", "ى": "N",
    "ة": "M",
}

_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {
    chr(0x06F0 + d): str(d) for d in range(10)
}


def digit_of(event: QKeyEvent) -> str | None:
    """The digit a key press types ('0'..'9'), whatever the script, or None."""
    text = event.text()
    if len(text) == 1:
        if text.isascii() and text.isdigit():
            return text
        if text in _DIGITS:
            return _DIGITS[text]
    key = event.key()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return str(key - Qt.Key.Key_0.value)
    if 0 < key < 0x110000 and chr(key) in _DIGITS:  # Qt's key for a Unicode digit
        return _DIGITS[chr(key)]
    return None


def letter_of(event: QKeyEvent) -> str | None:
    """The Latin letter ('A'..'Z') of the key pressed, also for the Arabic letter on it."""
    text = event.text()
    if len(text) == 1:
        if text.isascii() and text.isalpha():
            return text.upper()
        if text in ARABIC_LAYOUT:
            return ARABIC_LAYOUT[text]
    key = event.key()
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
        return chr(key)
    if 0 < key < 0x110000 and chr(key) in ARABIC_LAYOUT:
        return ARABIC_LAYOUT[chr(key)]
    return None
