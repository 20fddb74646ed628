"""The review dock's reason field (``reviewReason``): "Accept with a reason…" and "Reject
with a reason…" open it under the candidate's detail; Enter decides with the reason
given, Esc closes it and decides nothing (the status bar says so)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit

from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session


class ReasonPrompt(QObject):
    """``decide(action, reason)`` is called with ``"accept"`` or ``"reject"`` once a
    reason is given; the article has the keyboard back whenever the field closes."""

    def __init__(self, field: QLineEdit, session: Session, view,
                 decide: Callable[[str, str], object], parent: QObject | None = None):
        super().__init__(parent)
        self.field = field
        self.session = session
        self.view = view
        self.decide = decide
        self.pending: str | None = None  # "accept" | "reject" while the field is open
        field.returnPressed.connect(self._given)
        field.installEventFilter(self)

    def ask(self, action: str, what: str) -> None:
        """Open the field for ``action`` on the candidate ``what`` (its text, shortened)."""
        self.pending = action
        self.field.clear()
        self.field.setPlaceholderText(
            translate("Review", "Why accept «{text}»? Enter: accept, Esc: cancel").format(text=what)
            if action == "accept" else
            translate("Review", "Why reject «{text}»? Enter: reject, Esc: cancel").format(text=what))
        self.field.show()
        self.field.setFocus()

    def close(self) -> None:
        was_open = self.pending is not None
        self.pending = None
        self.field.hide()
        self.field.clear()
        if was_open:
            self.view.setFocus()

    def _given(self) -> None:
        action, text = self.pending, self.field.text().strip()
        self.close()
        if action in ("accept", "reject"):
            self.decide(action, text)

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.field and event.type() == event.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.close()
            self.session.message(translate("Review", "No reason given: nothing decided"), 3000)
            return True
        return False


__all__ = ["ReasonPrompt"]
