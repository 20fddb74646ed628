"""Tooltips from data, shown as the plain text they are.

Qt shows a tooltip as rich text when its first line looks like markup
(``Qt.mightBeRichText``): a claim that begins with «<b>» would be drawn bold, a
«<img src=…>» would be loaded. ``plain_tip`` leaves every other text as it is and turns
such a one into markup that shows exactly its characters (escaped, white space kept),
so nothing from the data is ever interpreted.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    if not Qt.mightBeRichText(text):
        return text
    return ('<p style="white-space:pre-wrap">' + html.escape(text, quote=False)
            .replace("\n", "<br>") + "</p>")


__all__ = ["plain_tip"]
