"""The session: what the window is working on, and the one way to change it.

Every controller (tagging, documents, date suggestions, find, publication date, review,
the analyst views) talks to the session, never to another controller or to the window's
insides. The session holds the project, the annotator, the open document and the
annotations of the layer being edited (in memory), the selected span and a pending
relation; ``run(op)`` stores an edit (``desktop.core.ops``) and pushes it on the
document's undo stack; ``undo``/``redo`` replay them. Each edit is recorded
(``core.recording.Recorder``) and applied to the in-memory annotations, so a view updates what an
edit touched (``annotationsChanged`` carries the ``Delta``) instead of re-reading the
document: an edit on a 10,000-span document costs what it changes.

A refused edit (a rule of the schema, a busy or read-only project file) never reaches
the undo stack, and a refused undo or redo leaves the stack where it was: the stack and
the file always agree. The user is told why in the status bar (``notice``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from desktop.core.i18n import Message
from desktop.core.model import GOLD, Annotations, Document, ModelError, Span
from desktop.core.schema import RelationType, Schema
from desktop.store.errors import ProjectBusy, StoreError
from desktop.store.project import Project
from desktop.ui.shell.editing import REFUSALS, EditPath
from desktop.ui.shell.i18n import text_of, translate

if TYPE_CHECKING:
    from desktop.core import ops
    from desktop.ui.shell.settings import Settings

# A long document opens with the spans of its first screen or so (at most this many)
# and reads the rest right after it is painted: the article is on screen at once.
FIRST_SPANS = 600
SCREEN_SLACK = 200  # characters past a screen the first spans of a long document cover
# ... or after this long, if nothing paints it (a window hidden or not shown yet).
UNPAINTED_WAIT_MS = 150



class Session(EditPath, QObject):
    documentOpened = Signal(str)  # a document is open (its annotations are loaded)
    documentShown = Signal(str)  # the article has painted it for the first time
    annotationsChanged = Signal(object)  # a Delta, or None: everything changed
    selectionChanged = Signal(object)  # the selected span id, or None
    pendingChanged = Signal(object)  # the pending relation type, or None
    modeChanged = Signal(bool)  # review mode on / off
    layerChanged = Signal(str)  # the layer edited (annotator's name, or gold)
    projectChanged = Signal()  # another project file is open
    documentChanged = Signal(str)  # one document's row in the list (status, spans) changed
    documentsChanged = Signal()  # the list itself changed (an import, statuses)
    imported = Signal()  # an import finished (the search index has new documents)
    notice = Signal(str)  # what the status bar says
    busy = Signal(str, object)  # the lock was not had in time: (why, retry callable)
    readOnlyChanged = Signal(object)  # why the window may not edit (None: it may)

    def __init__(self, project: Project, annotator: str, settings: Settings,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("session")
        self.project = project
        self.annotator = annotator
        self.settings = settings
        self.doc: Document | None = None
        self.ann = Annotations("", annotator)
        self.spans: dict[str, Span] = {}
        self.selected: str | None = None
        self.pending: RelationType | None = None
        self.review_mode = False
        self.revision = 0  # bumped at every change of the annotations held
        self.last_notice = ""
        self.read_only_reason: str | None = None  # set: every edit is refused with it
        self._seen_version: int | None = None  # the file's data_version when last read
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}
        self._shown: str | None = None  # the open document, once painted
        self._completion = QTimer(self)  # reads a long document's other spans
        self._completion.setSingleShot(True)
        self._completion.timeout.connect(self.ensure_complete)

    # ================================================================== what is open
    @property
    def schema(self) -> Schema:
        return self.project.schema

    @property
    def edit_layer(self) -> str:
        """The layer edits go to: the annotator's own, or gold in review mode."""
        return GOLD if self.review_mode else self.annotator

    @property
    def repo(self) -> ops.Repo:
        """Where edits are stored: the layer as it is, or gold with every edit audited."""
        from desktop.store.repo import AuditedGoldRepo, ProjectRepo  # with the first edit

        if self.review_mode:
            return AuditedGoldRepo(self.project, self.annotator)
        return ProjectRepo(self.project)

    # ================================================================== may it edit?
    def set_read_only(self, reason: str | None) -> None:
        """Edit nothing from now on, and say why (None: edit again)."""
        if reason != self.read_only_reason:
            self.read_only_reason = reason
            self.readOnlyChanged.emit(reason)

    def claim_editing(self) -> None:
        """Edit as ``annotator`` unless the file is read-only or another window edits as
        that name already (DESIGN §3): then this window only reads, and says why."""
        project = self.project
        if project.read_only:
            self.set_read_only(translate(
                "Session", "This project file is read-only: you can read it and export "
                "from it, not change it."))
            return
        if project.claim_editor(self.annotator):
            self.set_read_only(None)
            return
        holder = project.editor_holder(self.annotator) or {}
        self.set_read_only(translate(
            "Session", "{name} is already annotating this project in another window "
            "(process {pid} on {host}): this window is read-only.").format(
            name=self.annotator, pid=holder.get("pid", "?"), host=holder.get("host", "?")))

    def write(self, action, *, verb: str | None = None) -> bool:
        """A change that is not an undoable edit (a document's status): refused when the
        window is read-only, and any refusal of the store said in words."""
        verb = verb or translate("Session", "Not done: {why}")
        if self.read_only_reason is not None:
            self.message(verb.format(why=self.read_only_reason))
            return False
        try:
            action()
        except REFUSALS as exc:
            self._refused(exc, verb, lambda: self.write(action, verb=verb))
            return False
        return True

    def _refused(self, exc: BaseException, verb: str, retry) -> None:
        self.message(verb.format(why=self.explain(exc)))
        if isinstance(exc, ProjectBusy):
            self.busy.emit(self.explain(exc), retry)

    # ================================================================== another process
    def changed_elsewhere(self) -> bool:
        """Did another window or process commit to the file since it was last read?"""
        try:
            version = self.project.data_version()
        except (StoreError, ModelError):  # a file closed or gone: nothing to re-read
            return False
        changed = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        return changed

    _own_writers = 0  # workers of this window writing what it does not show (see below)

    def own_write_started(self) -> None:
        """A worker of this window starts committing something that changes nothing the
        window shows (the search index), through its own connection: until it is done, a
        refresh does not take the file's new version for another program's change."""
        self._own_writers += 1

    def own_write_done(self) -> None:
        """That worker is done (or failed): the file's version is taken as read, so that
        the next refresh does not announce the worker's commits as another window's or
        program's. The price (docs/window.md): a change another program made while the
        worker ran is not announced either; it is read with the next change, when its
        document is opened again, or by an edit it contradicts (refused and explained)."""
        self._own_writers = max(0, self._own_writers - 1)
        try:
            self._seen_version = self.project.data_version()
        except (StoreError, ModelError):
            pass

    def refresh(self) -> bool:
        """Read again what another process changed (the open document's annotations and
        the list); a cheap check when nothing did. True when something was re-read."""
        if self._own_writers or not self.changed_elsewhere():
            return False
        if self.doc is not None:
            self.reload_document()
        self.documentsChanged.emit()
        self.message(translate("Session", "Updated with changes made in another window or "
                               "program"), 4000)
        return True

    def message(self, text: str | Message, timeout: int = 8000) -> None:
        """Say something in the status bar (and to whoever listens)."""
        text = text_of(text, self.schema) if isinstance(text, Message) else text
        self.last_notice = text
        self._timeout = timeout
        self.notice.emit(text)

    @property
    def notice_timeout(self) -> int:
        return getattr(self, "_timeout", 8000)

    # ================================================================== documents
    def open_document(self, doc_id: str, *, force: bool = False) -> bool:
        if not force and self.doc is not None and self.doc.id == doc_id:
            return True
        try:
            doc = self.project.document(doc_id)
        except KeyError:
            self.message(translate("Session", "No document {id} in this project").format(id=doc_id))
            return False
        self.set_pending(None)
        self.doc = doc
        self._shown = None
        self.selected = None
        self.undo_group.setActiveStack(self.stack_for(doc_id))
        self._load()
        self.documentOpened.emit(doc_id)
        self.annotationsChanged.emit(None)
        self.selectionChanged.emit(None)
        return True

    def reload_document(self) -> None:
        """Read the open document again (its publication date changed, or another
        process wrote it)."""
        if self.doc is None:
            return
        self.doc = self.project.document(self.doc.id)
        self.reload()

    def reload(self) -> None:
        """Re-read the open document's layer from the store (another layer, another
        mode, a job that wrote it)."""
        if self.doc is None:
            return
        self._load(whole=True)
        if self.selected not in self.spans:
            self.selected = None
        self.annotationsChanged.emit(None)
        self.selectionChanged.emit(self.selected)

    complete = True  # False: only the document's first spans are held (see FIRST_SPANS)

    screen_chars = 3000  # how much text the article's last paint showed (see note_screen)

    def note_screen(self, chars: int) -> None:
        """The article has just laid out a screen of ``chars`` characters (its lines on
        screen and a margin): a long document (more than FIRST_SPANS spans) opens with
        the spans of that much text and a line or two more, at most FIRST_SPANS (the rest
        follows the first paint)."""
        self.screen_chars = max(500, chars)

    def _load(self, *, whole: bool = False) -> None:
        assert self.doc is not None
        doc_id, layer = self.doc.id, self.edit_layer
        self.changed_elsewhere()  # what is read now is the file as it is now
        if whole or not self.project.has_more_spans(doc_id, layer, FIRST_SPANS):
            self.ann = self.project.annotations(doc_id, layer)
            self.complete = True
        else:  # a long document: the spans of its first screen or so, at most FIRST_SPANS
            self.ann = self.project.annotations(doc_id, layer, limit=FIRST_SPANS,
                                                relations=False,
                                                before=self.screen_chars + SCREEN_SLACK)
            self.complete = False
        if self.complete:
            self._completion.stop()
        else:  # the rest once the first spans are painted (or at once when needed)
            self._completion.start(UNPAINTED_WAIT_MS)  # (sooner: see ``painted``)
        self.spans = {s.id: s for s in self.ann.spans}
        self.revision += 1

    def painted(self) -> None:
        """The article has just painted the open document (the frame goes to the screen
        when the paint returns). The first time, ``documentShown`` says so, and a long
        document's other spans are read in the next turn of the event loop: had they been
        queued at opening, that turn would come before the first paint, and the article
        would wait for them (half a second on a 10,000-span article with its mentions
        proposed)."""
        if self.doc is None or self._shown == self.doc.id:
            return
        self._shown = self.doc.id
        if not self.complete:
            self._completion.start(0)
        self.documentShown.emit(self.doc.id)

    def ensure_complete(self) -> None:
        """Hold every span and relation of the open document (an edit, an undo, a rule
        that looks at them all needs them; a long document's opening holds only its
        first spans for one turn of the event loop)."""
        if self.complete or self.doc is None:
            return
        self._completion.stop()
        self.ann = self.project.annotations(self.doc.id, self.edit_layer)
        self.spans = {s.id: s for s in self.ann.spans}
        self.complete = True
        self.revision += 1
        self.annotationsChanged.emit(None)

    def close_document(self) -> None:
        self.doc = None
        self._shown = None
        self._completion.stop()
        self.selected = None
        self.ann = Annotations("", self.edit_layer)
        self.spans = {}
        self.revision += 1
        self.annotationsChanged.emit(None)
        self.selectionChanged.emit(None)

    # ================================================================== selection
    def select(self, span_id: str | None) -> None:
        if span_id is not None and span_id not in self.spans:
            self.ensure_complete()
        span_id = span_id if span_id in self.spans else None
        self.selected = span_id
        self.selectionChanged.emit(span_id)

    @property
    def selected_span(self) -> Span | None:
        return self.spans.get(self.selected) if self.selected else None

    def set_pending(self, rtype: RelationType | None) -> None:
        if rtype is not self.pending:
            self.pending = rtype
            self.pendingChanged.emit(rtype)

    # ================================================================== modes, layers
    def set_review_mode(self, on: bool) -> None:
        if on == self.review_mode:
            return
        self.set_pending(None)
        self.review_mode = on
        self.selected = None
        if self.doc is not None:
            self.undo_group.setActiveStack(self.stack_for(self.doc.id))
        self.reload()  # the other layer's annotations first: the mode's views show them
        self.layerChanged.emit(self.edit_layer)
        self.modeChanged.emit(on)

    def set_annotator(self, name: str) -> None:
        """Annotate as ``name`` (checked by the caller): the undo history of the old name
        does not apply to the new layer."""
        self.project.release_editor(self.annotator)
        self.annotator = name
        self.claim_editing()
        for stack in self._stacks.values():
            stack.clear()
        self.selected = None
        self.layerChanged.emit(self.edit_layer)
        self.reload()

    def switch_project(self, project: Project) -> None:
        """Work on another project file (the caller opened it and closes the old one)."""
        for stack in list(self._stacks.values()):
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.project = project
        self.pending = None
        self._seen_version = None
        self.close_document()
        self.claim_editing()
        self.projectChanged.emit()


__all__ = ["REFUSALS", "Session"]
