"""The one QUndoCommand: it adapts an operation of ``desktop.core.ops``.

An edit is stored before its command is pushed (``Session.run``), so a refused edit
never reaches the stack, and the push's first ``redo`` is skipped. The window's Undo and
Redo go through ``Session.undo``/``redo``, which store the inverse first and only then
move the stack (``skip_next``), so a refused undo leaves the stack where it was. Should
anything call the stack's own undo or redo, the command replays through the session and,
if the store refuses, the session moves the stack back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.ui.shell.i18n import text_of

if TYPE_CHECKING:
    from desktop.core.ops import Op
    from desktop.ui.shell.session import Session


class OpCommand(QUndoCommand):
    def __init__(self, op: Op, session: Session):
        super().__init__(text_of(op.message, session.schema))
        self.op = op
        self.session = session
        self.skip_next = True  # the push's redo: the edit is stored already

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        if not self.session.replay(self, undo=False):
            self.session.stack_out_of_step(self, undone=False)

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        if not self.session.replay(self, undo=True):
            self.session.stack_out_of_step(self, undone=True)


__all__ = ["OpCommand"]
