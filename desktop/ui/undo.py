"""QUndoCommands that only adapt the edit operations of ``desktop.core.ops``.

An edit is applied (and stored) before its command is pushed, so a refused edit never
reaches the stack; the command's first ``redo`` (which QUndoStack.push calls) is skipped.
After every apply or revert the window's ``refresh`` callback redraws what changed (and
hears of an error, should the store refuse an undo or redo).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop.core.model import ModelError
from desktop.core.ops import Op, Repo

Refresh = Callable[[Op, bool, Exception | None], None]


class OpCommand(QUndoCommand):
    def __init__(self, op: Op, repo: Repo, refresh: Refresh):
        super().__init__(op.text)
        self.op = op
        self._repo = repo
        self._refresh = refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # applied already by ``run``
            self._first = False
            return
        self._do(self.op.apply, undone=False)

    def undo(self) -> None:
        self._do(self.op.revert, undone=True)

    def _do(self, step, *, undone: bool) -> None:
        try:
            step(self._repo)
        except (ModelError, KeyError, ValueError) as exc:
            self._refresh(self.op, undone, exc)
            return
        self._refresh(self.op, undone, None)


def run(stack, op: Op, repo: Repo, refresh: Refresh) -> None:
    """Apply ``op`` now (raises ModelError if refused), then push it for undo."""
    op.apply(repo)
    stack.push(OpCommand(op, repo, refresh))
    refresh(op, False, None)
