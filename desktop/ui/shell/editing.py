"""The session's edit path (a part of ``Session``, in its own module): the per-document
undo stacks, ``run(op)`` (stored in one transaction, then pushed for undo), ``undo`` /
``redo`` (the inverse stored first, and only then the stack moved), a refusal said in
words, and the in-memory annotations brought up to date with what the store did (the
``Delta`` that ``annotationsChanged`` carries).

A refused edit never reaches the undo stack, and a refused undo or redo leaves the
stack where it was: the stack and the file always agree.
"""

from __future__ import annotations

import bisect
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack

from desktop.core.i18n import Message
from desktop.core.model import GOLD, Annotations, ModelError, Span
from desktop.store.errors import StoreError
from desktop.ui.lazy import ops
from desktop.ui.shell.i18n import text_of, translate
from desktop.ui.shell.undo import OpCommand

if TYPE_CHECKING:
    from desktop.core.recording import Delta

# what an edit may be refused with: a rule of the domain, or the store saying no (busy,
# read-only, disk full: StoreError)
REFUSALS: tuple[type[BaseException], ...] = (ModelError, KeyError, ValueError, OSError,
                                             StoreError)


def _span_order(s: Span) -> tuple:
    return (s.start, s.end, s.label, s.id)


class EditPath:
    """Mixed into ``Session`` (desktop/ui/shell/session.py), whose state it edits: the
    open document, its annotations, the undo group and the read-only reason."""

    # ================================================================== undo stacks
    def _stack_key(self, doc_id: str) -> str:
        return f"{GOLD}\x1f{doc_id}" if self.review_mode else doc_id

    def stack_for(self, doc_id: str) -> QUndoStack:
        """The document's own undo stack (gold's is another one in review mode)."""
        key = self._stack_key(doc_id)
        stack = self._stacks.get(key)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[key] = stack
        return stack

    @property
    def undo_stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    # ================================================================== editing
    def run(self, op: ops.Op) -> bool:
        """Store ``op`` now (one transaction) and push it for undo. A refused edit is
        explained in the status bar and never reaches the stack; returns whether it
        was done."""
        stack = self.undo_stack
        if self.doc is None or stack is None:
            return False
        self.ensure_complete()
        verb = translate("Session", "Not done: {why}")
        if self.read_only_reason is not None:
            self.message(verb.format(why=self.read_only_reason))
            return False
        if not self._store(op, undo=False, verb=verb, retry=lambda: self.run(op)):
            return False
        stack.push(OpCommand(op, self))
        return True

    def run_across(self, op: ops.Op, documents) -> bool:
        """An edit that reaches past the open document (an actor renamed across the
        corpus): stored and pushed on the OPEN document's stack like any edit, so Ctrl+Z
        here undoes it. The other documents it changes lose their undo histories: their
        commands hold those spans as they were before it, and replaying one would undo
        part of it unseen. Its own undo is refused should one of its spans change
        meanwhile (``ops.UpdateSpans``). Returns whether it was done."""
        if not self.run(op):
            return False
        assert self.doc is not None
        for doc_id in set(documents) - {self.doc.id}:
            stack = self._stacks.get(self._stack_key(doc_id))
            if stack is not None:
                stack.clear()
        return True

    def undo(self) -> bool:
        return self._step(undo=True)

    def redo(self) -> bool:
        return self._step(undo=False)

    def _step(self, *, undo: bool) -> bool:
        self.ensure_complete()
        stack = self.undo_stack
        if stack is None or not (stack.canUndo() if undo else stack.canRedo()):
            return False
        command = stack.command(stack.index() - 1 if undo else stack.index())
        if not isinstance(command, OpCommand):
            (stack.undo if undo else stack.redo)()
            return True
        if not self.replay(command, undo=undo):
            return False  # refused: the stack stays where it was, in step with the file
        command.skip_next = True
        (stack.undo if undo else stack.redo)()
        done = translate("Session", "Undone: {what}") if undo else translate("Session", "Redone: {what}")
        self.message(done.format(what=command.text()), 4000)
        return True

    def replay(self, command: OpCommand, *, undo: bool) -> bool:
        """Undo or redo one command's operation against the store."""
        verb = (translate("Session", "Could not undo: {why}") if undo
                else translate("Session", "Could not redo: {why}"))
        if self.read_only_reason is not None:
            self.message(verb.format(why=self.read_only_reason))
            return False
        return self._store(command.op, undo=undo, verb=verb,
                           retry=self.undo if undo else self.redo)

    def stack_out_of_step(self, command: OpCommand, *, undone: bool) -> None:
        """QUndoStack moved past a command whose operation the store refused (an undo
        or redo not made through ``undo``/``redo``): move it back, without replaying."""
        stack = self.undo_stack
        if stack is None:
            return
        here = stack.index()  # the stack moves once the command returns
        after = here - 1 if undone else here + 1

        def back() -> None:
            if stack.index() == after:
                command.skip_next = True
                stack.setIndex(here)

        QTimer.singleShot(0, back)

    def _store(self, op: ops.Op, *, undo: bool, verb: str, retry=None) -> bool:
        from desktop.core.recording import Recorder  # with the first edit

        recorder = Recorder(self.repo)
        try:
            (op.revert if undo else op.apply)(recorder)
        except REFUSALS as exc:
            self._refused(exc, verb, retry)
            if recorder.delta:  # the transaction was rolled back: read the file again
                self.reload()
            return False
        except Exception as exc:  # a bug must not cost the user the window: say it
            traceback.print_exc(file=sys.stderr)
            self.message(verb.format(why=f"{type(exc).__name__}: {exc}"))
            self.reload()
            return False
        self._apply(recorder.delta, op, undone=undo)
        return True

    def explain(self, exc: BaseException) -> str:
        """A refusal in words (a KeyError's repr is not for users)."""
        message = getattr(exc, "message", None)
        if isinstance(message, Message):  # a refusal the core can say in any language
            return text_of(message, self.schema)
        if isinstance(exc, KeyError):
            return translate("Session", "{what} is not in the project any more").format(
                what=exc.args[0] if exc.args else "?")
        return str(exc)

    # ================================================================== after an edit
    def _apply(self, delta: Delta, op: ops.Op, *, undone: bool) -> None:
        """Bring the in-memory annotations up to date with what the store did."""
        if self.doc is None:
            return
        doc_id, layer = self.doc.id, self.edit_layer
        if delta.spans_changed:
            gone = set(delta.removed)
            changed = {s.id: s for s in delta.updated if s.doc_id == doc_id and s.layer == layer}
            spans = self.ann.spans
            if gone or changed:
                moved = [s for s in changed.values() if s.id in self.spans
                         and _span_order(self.spans[s.id]) != _span_order(s)]
                spans = [changed.get(s.id, s) for s in spans if s.id not in gone]
                if moved:
                    spans.sort(key=_span_order)
            for s in delta.added:
                if s.doc_id == doc_id and s.layer == layer and s.id not in self.spans:
                    bisect.insort(spans, s, key=_span_order)
            gone_rels = set(delta.removed_relations)
            rels = [r for r in self.ann.relations if r.id not in gone_rels]
            have = {r.id for r in rels}
            rels.extend(r for r in delta.added_relations
                        if r.doc_id == doc_id and r.layer == layer and r.id not in have)
            self.ann = Annotations(doc_id, layer, spans, rels)
            self.spans = {s.id: s for s in spans}
            self.revision += 1
        if any(d == doc_id for d, _key in delta.meta):
            self.doc = self.project.document(doc_id)
        self.selected = self._selection_after(op, undone)
        self.annotationsChanged.emit(delta)
        self.selectionChanged.emit(self.selected)
        self.documentChanged.emit(doc_id)

    def _selection_after(self, op: ops.Op, undone: bool) -> str | None:
        chosen: str | None = self.selected
        if isinstance(op, ops.DeleteSpan) and undone and op.span is not None:
            chosen = op.span.id
        elif isinstance(op, ops.AddSpan) and not undone:
            chosen = op.span.id
        elif isinstance(op, ops.UpdateSpan):
            chosen = op.after.id
        return chosen if chosen in self.spans else None


__all__ = ["REFUSALS", "EditPath"]
