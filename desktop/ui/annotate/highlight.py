"""Span highlights as QTextEdit.ExtraSelection: a background colour per label and a
distinct underline style (the non-colour cue). The text itself is never changed.

Longer spans are drawn first so a nested (shorter) span shows on top of its parent.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from desktop.core.model import Span
from desktop.core.schema import Schema
from desktop.core.text import Utf16Index

_UNDERLINE = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "double": QTextCharFormat.UnderlineStyle.DashDotLine,
}


class Highlighter:
    """Builds the extra selections for one schema (formats are made once per label)."""

    def __init__(self, schema: Schema):
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        for lab in schema.labels:
            base = QColor(lab.color)
            for state in ("normal", "selected", "pending"):
                fmt = QTextCharFormat()
                color = QColor(base)
                if state == "selected":
                    color = base.darker(125)
                elif state == "pending":
                    color = base.darker(115)
                fmt.setBackground(color)
                fmt.setUnderlineStyle(_UNDERLINE.get(lab.underline,
                                                     QTextCharFormat.UnderlineStyle.SingleUnderline))
                fmt.setUnderlineColor(base.darker(220))
                if state == "selected":
                    fmt.setForeground(QColor("#000000"))
                self._formats[(lab.name, state)] = fmt
        self._fallback = QTextCharFormat()
        self._fallback.setBackground(QColor("#dddddd"))

    def format(self, label: str, state: str = "normal") -> QTextCharFormat:
        return self._formats.get((label, state), self._fallback)

    def selections(self, document: QTextDocument, index: Utf16Index, spans: Iterable[Span],
                   selected: str | None = None, marked: Iterable[str] = ()) -> list:
        """One ExtraSelection per span (longest first); ``selected`` drawn darker, the
        ``marked`` ones (candidates of a pending relation) a little darker."""
        marked = set(marked)
        ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.id))
        out = []
        for s in ordered:  # longest first: a nested span stays visible on top
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(index.to_utf16(s.start))
            cursor.setPosition(index.to_utf16(s.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            state = "selected" if s.id == selected else "pending" if s.id in marked else "normal"
            sel.format = self.format(s.label, state)
            out.append(sel)
        return out
