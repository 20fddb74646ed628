"""Review mode: the window edits `gold` and shows the annotators' candidates.

``ReviewController`` turns review mode on and off (``Session.set_review_mode``: the
span table, the attribute and relation panels, the label and relation keys and undo then
work on gold, every edit audited through ``store.repo.AuditedGoldRepo``), lists the
document's candidates (``desktop.core.adjudication.differences``) in the review dock,
marks them in the article, and decides: accepting and rejecting are planned by
``desktop.core.decisions`` and stored as undoable ``ops.Decide`` edits on the document's
gold undo stack. Its keys (J/K, G/R, V…) are in the window's action table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QWidget

from desktop.core.model import GOLD
from desktop.store.project import Project
from desktop.ui.lazy import adjudication, decisions, ops, store_review
from desktop.ui.review.model import DifferenceModel, kind_text, short
from desktop.ui.review.panel import ReviewPanel, agreement_text, detail_text
from desktop.ui.review.reasons import ReasonPrompt
from desktop.ui.shell.i18n import label_name, translate
from desktop.ui.shell.language import number
from desktop.ui.shell.session import Session
from desktop.ui.shell.workers import Job, Jobs
from desktop.ui.table_model import select_row  # selectRow selects nothing right to left

if TYPE_CHECKING:
    from desktop.ui.review.marks import CandidateMarks


class AcceptUnanimousJob(Job):
    """accept_unanimous over every document, in a worker thread (its own Project)."""

    def __init__(self, project_path, who: str):
        super().__init__(project_path)
        self.who = who

    def work(self, project: Project):
        return store_review.accept_unanimous(project, who=self.who, progress=self._progress,
                                             cancelled=self.cancelled)


class ReviewController(QObject):
    changed = Signal()  # the candidates or the current one changed: redraw the article

    def __init__(self, session: Session, view, jobs: Jobs, keys_hint: str,
                 dock_parent: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("review")
        self.session = session
        self.view = view
        self.jobs = jobs
        self.model = DifferenceModel(self)
        self.panel = ReviewPanel(self.model, keys_hint)
        self.table = self.panel.table
        self.dock = QDockWidget(translate("Review", "Review"), dock_parent)
        self.dock.setObjectName("reviewDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.dock.hide()
        self.current_key: str | None = None
        self._agreement_doc: tuple[str, str] | None = None
        self._quiet = False
        self.marks: CandidateMarks | None = None  # with the first review (its text formats)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.reasons = ReasonPrompt(self.panel.reason, session, view, self._decide, self)
        session.annotationsChanged.connect(lambda _d: self.annotations_changed())
        session.modeChanged.connect(self._mode_changed)

    @property
    def active(self) -> bool:
        return self.session.review_mode

    # ================================================================== the mode
    def set_active(self, on: bool) -> None:
        s = self.session
        if on == self.active:
            return
        self.reasons.close()
        self.current_key = None
        self._agreement_doc = None
        s.set_review_mode(on)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def _mode_changed(self, on: bool) -> None:
        s = self.session
        self.dock.setVisible(on)
        if on:
            n = sum(1 for d in self.model.rows if d.kind != "agreed")
            s.message(translate("Review", "Review mode: your edits go to gold — {n} difference(s) "
                         "here; J/K to go through them, G accept, R reject").format(n=number(n)))
            if n:
                self.step(+1)
            elif self.model.rows:
                self.select_row(0)
            self.view.setFocus()
        else:
            self.model.set_rows([], {}, {})
            s.message(translate("Review", "Annotating as {name}").format(name=s.annotator))

    # ================================================================== refresh
    def annotations_changed(self) -> None:
        """Gold changed (an edit, an undo, another document): list the candidates again."""
        s = self.session
        if not self.active or s.doc is None:
            return
        doc_id = s.doc.id
        anns = store_review.document_layers(s.project, doc_id)
        diffs = adjudication.differences(anns, s.ann)
        states = store_review.decision_states(s.project, doc_id)
        by_key = {d.key: d for d in diffs}
        texts = {}
        for d in diffs:
            if d.item == "relation":
                head, tail = by_key.get(d.head), by_key.get(d.tail)
                arrow = translate("Review", "→")  # ← in a right-to-left interface
                texts[d.key] = (f"{short(head.text, 24) if head else '?'} {arrow} "
                                f"{short(tail.text, 24) if tail else '?'}")
        opened = (str(s.project.path), doc_id)  # another document or another project
        if self._agreement_doc != opened:
            self.current_key = None
            self.model.choice.clear()
        self.model.schema = s.schema
        self._quiet = True
        try:
            self.model.set_rows(diffs, states, texts)
            row = self.model.row_of(self.current_key)
            if row is not None:
                select_row(self.table, row)
            elif self.current_key is not None:
                self.current_key = None
        finally:
            self._quiet = False
        if self._agreement_doc != opened:
            self._agreement_doc = opened
            result = store_review.document_agreement(s.project, doc_id)
            self.panel.agreement.setText(agreement_text(result, s.schema))
        self._show_detail()
        self.changed.emit()

    def current(self):
        row = self.model.row_of(self.current_key)
        return self.model.rows[row] if row is not None else None

    # ================================================================== moving
    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            select_row(self.table, row)
            self.table.scrollTo(self.model.index(row, 0))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        d = self.model.rows[current.row()]
        self.current_key = d.key
        gold_id = d.gold_id if d.item == "span" else ""
        if d.item == "relation":
            head = next((x for x in self.model.rows if x.key == d.head), None)
            gold_id = head.gold_id if head is not None else ""
        self.session.select(gold_id or None)
        self._scroll_to(d)
        self._show_detail()
        self.changed.emit()

    def _scroll_to(self, d) -> None:
        view = self.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.index.to_utf16(min(d.end, view.index.length_cp)))
        rect = view.cursorRect(cursor)
        cursor.setPosition(view.index.to_utf16(d.start))
        if not view.viewport().rect().contains(rect) or \
                not view.viewport().rect().contains(view.cursorRect(cursor)):
            view.place_caret(d.start)
            view.centerCursor()

    def step_next(self):
        return self.step(+1)

    def step_previous(self):
        return self.step(-1)

    def step(self, direction: int):
        """Move to the next (+1) or previous (-1) difference (a candidate that is not
        agreed), wrapping; Up/Down in the list go through every row."""
        rows = self.model.rows
        if not rows:
            self.session.message(translate("Review", "No candidates in this document"))
            return None
        here = self.model.row_of(self.current_key)
        n = len(rows)
        start = here if here is not None else (-1 if direction > 0 else n)
        for i in range(1, n + 1):
            row = (start + direction * i) % n
            if rows[row].kind != "agreed":
                self.select_row(row)
                return rows[row]
        self.session.message(translate("Review", "No differences in this document: every "
                                "candidate is agreed"))
        return None

    def click(self, cp: int) -> bool:
        """A click in the article on a candidate not in gold makes it current."""
        if not self.active:
            return False
        from desktop.core.annotating import spans_at

        if spans_at(self.session.ann.spans, cp):
            return False  # a gold span there: the click selects it
        hits = [d for d in self.model.rows if d.item == "span" and not d.in_gold
                and d.start <= cp < d.end]
        if not hits:
            return False
        hit = min(hits, key=lambda d: (d.end - d.start, d.start))
        self.select_row(self.model.row_of(hit.key))
        return True

    # ================================================================== deciding
    def _need_current(self):
        if not self.active:
            self.session.message(translate("Review", "Review mode is off (Ctrl+R turns it on)"))
            return None
        d = self.current()
        if d is None:
            self.session.message(translate("Review", "No candidate selected: J/K go through the "
                                    "differences"))
        return d

    def _layers(self):
        return store_review.document_layers(self.session.project, self.session.doc.id)

    def _name(self, d) -> str:
        return label_name(self.session.schema, d.label)

    def accept(self, reason: str = "") -> bool:
        d = self._need_current()
        if d is None:
            return False
        s = self.session
        version = self.model.version(d)
        plan = decisions.plan_accept(d, version, s.ann, self._layers(), who=s.annotator,
                                     reason=reason)
        if not s.run(ops.Decide(plan, d.label, d.text or d.key)):
            return False
        note = translate("Review", "Accepted {kind} {label} «{text}» from {who} into gold").format(
            kind=kind_text(d), label=self._name(d),
            text=short(self.model.texts.get(d.key, d.text), 40), who=version)
        s.message(note + (f" — {reason}" if reason else ""), 5000)
        self._advance(d.key)
        return True

    def reject(self, reason: str = "") -> bool:
        d = self._need_current()
        if d is None:
            return False
        s = self.session
        plan = decisions.plan_reject(d, s.ann, who=s.annotator, reason=reason)
        if not s.run(ops.Decide(plan, d.label, d.text or d.key)):
            return False
        note = translate("Review", "Rejected {kind} {label} «{text}»").format(
            kind=kind_text(d), label=self._name(d),
            text=short(self.model.texts.get(d.key, d.text), 40))
        s.message(note + (f" — {reason}" if reason else ""), 5000)
        self._advance(d.key)
        return True

    def _advance(self, key: str) -> None:
        """After a decision: on to the next difference after the decided one."""
        row = self.model.row_of(key)
        if row is not None:
            self.current_key = key
            self._quiet = True
            select_row(self.table, row)
            self._quiet = False
        self.step(+1)

    def cycle_version(self) -> None:
        d = self._need_current()
        if d is None:
            return
        if len(d.annotators) < 2:
            self.session.message(translate("Review", "Only {names} has this candidate: one "
                                    "version").format(names=", ".join(d.annotators)))
            return
        who = self.model.cycle_version(self.model.row_of(d.key))
        self._show_detail()
        self.session.message(translate("Review", "G now accepts {name}'s version").format(name=who),
                             3000)

    def accept_unanimous(self) -> bool:
        s = self.session
        if not self.active or s.doc is None:
            s.message(translate("Review", "Review mode is off (Ctrl+R turns it on)"))
            return False
        plan = decisions.plan_unanimous(self._layers(), s.ann, who=s.annotator)
        if not plan.changes:
            s.message(translate("Review", "Nothing unanimous left to accept in this document"), 4000)
            return True
        if not s.run(ops.Decide(plan)):
            return False
        s.message(translate("Review", "Accepted {spans} unanimous span(s) and {relations} relation(s) "
                     "into gold (one undo step)").format(
            spans=number(len(plan.added_spans)), relations=number(len(plan.added_relations))), 6000)
        return True

    def accept_unanimous_all(self):
        s = self.session

        def done(report) -> None:
            s.reload()
            s.documentsChanged.emit()
            if report is None:
                s.message(translate("Review", "Cancelled"), 4000)
                return
            s.message(translate("Review", "Accepted {spans} span(s) and {relations} relation(s) into "
                         "gold in {documents} document(s)").format(
                spans=number(report.spans), relations=number(report.relations),
                documents=number(report.documents)), 0)

        return self.jobs.start(AcceptUnanimousJob(s.project.path, s.annotator),
                               translate("Review", "Accepting unanimous annotations…"), done,
                               translate("Review", "Accept unanimous failed: {why}"))

    def mark_reviewed_and_next(self) -> None:
        s = self.session
        if not self.active or s.doc is None:
            return
        doc_id = s.doc.id
        open_ = [d for d in self.model.rows if d.kind != "agreed" and not d.in_gold
                 and self.model.states.get(d.key) != "reject"]
        if not s.write(lambda: store_review.mark_reviewed(s.project, doc_id, who=s.annotator)):
            return
        s.documentsChanged.emit()
        nxt = store_review.next_to_review(s.project, doc_id)
        note = translate("Review", "{id} reviewed").format(id=doc_id)
        if open_:
            note += translate("Review", " — note: {n} difference(s) left undecided").format(
                n=number(len(open_)))
        if nxt:
            s.open_document(nxt)
        else:
            note += translate("Review", " — no document left to review")
        s.message(note, 15000)

    # ================================================================== reasons
    def ask_accept_reason(self) -> None:
        self.ask_reason("accept")

    def ask_reject_reason(self) -> None:
        self.ask_reason("reject")

    def ask_reason(self, action: str) -> None:
        d = self._need_current()
        if d is not None:
            self.reasons.ask(action, short(d.text or d.label, 30))

    def _decide(self, action: str, reason: str) -> None:
        (self.accept if action == "accept" else self.reject)(reason)

    # ================================================================== details
    def _show_detail(self) -> None:
        d = self.current()
        self.panel.detail.setText("" if d is None else detail_text(d, self.model, self._name))

    def decorate(self, selections: list) -> list:
        """The gold highlights plus the candidates' marks (``review.marks``)."""
        if not self.active:
            return selections
        if self.marks is None:
            from desktop.ui.review.marks import CandidateMarks

            self.marks = CandidateMarks(self.model, self.view)
        return self.marks.decorate(selections, self.current())


__all__ = ["GOLD", "AcceptUnanimousJob", "ReviewController"]
