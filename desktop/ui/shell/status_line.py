"""What the window says about where the user is: the open document's progress in the
status bar (``documentProgress``: claims still without a claimant, suggestions left),
the empty project's hint in the article, and the dialog that says the project was busy
(``busyDialog``: another program held the lock past its wait; Retry runs the edit
again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session


class StatusLine(QObject):
    """``suggestions()`` gives the suggestions controller once the second stage has
    built it (None before)."""

    def __init__(self, window: QWidget, session: Session, progress: QLabel, view,
                 suggestions: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.session = session
        self.progress = progress
        self.view = view
        self.suggestions = suggestions
        self.busy_dialog = None

    def show_hint(self) -> None:
        """With no document open, the article says how to get some."""
        hint = ""
        if self.session.doc is None:
            hint = translate("Window", "No documents yet. Import articles with File ▸ Import files… "
                      "(Ctrl+I), or drop .txt, .jsonl or .tawsim files on this window.")
        self.view.setPlaceholderText(hint)

    def show_document_progress(self) -> None:
        """The open document's own progress in the status bar: claims still without a
        claimant and suggestions left to decide."""
        from desktop.core.annotating import claims_without_claimant
        from desktop.ui.shell.language import number

        s = self.session
        if s.doc is None or not s.complete:  # (a long document's count once it is whole)
            self.progress.setText("")
            return
        parts = []
        unclaimed = len(claims_without_claimant(s.ann, s.schema))
        if unclaimed:
            parts.append(translate("Window", "claims without a claimant: {n}").format(
                n=number(unclaimed)))
        suggestions = self.suggestions()
        if suggestions is not None and not s.review_mode:
            left = len(suggestions.visible())
            if left:
                parts.append(translate("Window", "suggestions left: {n}").format(
                    n=number(left)))
        self.progress.setText(" · ".join(parts))

    def busy(self, why: str, retry) -> None:
        """The lock was not had within its wait: say so, and offer to try again."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, translate("Window", "Project busy"),
                          why, QMessageBox.StandardButton.Retry
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("busyDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate(
            "Window", "Another program is writing this project. Nothing was changed; "
            "retry when it is done."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda b: retry() if retry is not None and box.buttonRole(b)
            == QMessageBox.ButtonRole.AcceptRole else None)
        box.open()
        self.busy_dialog = box


__all__ = ["StatusLine"]
