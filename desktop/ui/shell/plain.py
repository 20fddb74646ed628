"""Data is shown as plain text everywhere (DESIGN §6): what comes from a document, a
span or a file is never interpreted as HTML. Labels are set to ``Qt.PlainText``; item
views draw their display text plainly; but Qt *guesses* whether a tooltip is rich text
(``Qt.mightBeRichText``), so a title such as ``<b>x</b>`` or ``<img src=…>`` would be
rendered (and the image looked up on disk). ``plain_tip`` gives Qt a tooltip that is
rich text on purpose, with the data escaped inside: it shows literally, line breaks kept.
"""

from __future__ import annotations


def _escape(text: str) -> str:
    """``_escape(text)``, without importing html (and its entity table)
    into the first frame."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tip(text: str | None) -> str:
    """A tooltip that shows ``text`` exactly as it is."""
    if not text:
        return ""
    return ("<p style='white-space:pre-wrap'>"
            + _escape(text).replace("\n", "<br>") + "</p>")


__all__ = ["plain_tip"]
