"""Review mode: the window edits `gold` and shows the annotators' candidates.

``ReviewController(window)`` adds to the main window a checkable *View ▸ Review mode*
action (Ctrl+R), a *Review* menu and a bottom dock holding the review list
(``reviewView``), the document's agreement (``documentAgreement``), the current
candidate's versions (``reviewDetail``) and a non-modal reason field (``reviewReason``).

In review mode the window's current layer is `gold`: the span table, attribute and
relation panels, the label and relation keys and undo all work on gold (each edit also
goes on the audit trail, through ``store.review.AuditedGold``). Accepting and rejecting
are undoable operations (``store.review.DecisionOp``) on the document's gold undo stack.
Keys are read by an event filter on the article, the span table and the list, so they
never reach a QLineEdit; see docs/window.md for the table of keys.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import GOLD
from desktop.store.project import Project
from desktop.ui.keys import letter_of
from desktop.ui.review_model import KIND_COLORS, DifferenceModel, kind_text, short
from desktop.ui.workers import Job, JobRunner


class _OnFirstUse:
    """A module imported the first time one of its names is used: the rules of review
    (agreement, adjudication, the store's decisions) are not needed to open the window,
    only to review, so start-up does not pay for importing them."""

    def __init__(self, name: str):
        self._name = name
        self._module = None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


adjudication = _OnFirstUse("desktop.core.adjudication")
agreement = _OnFirstUse("desktop.core.agreement")
store_review = _OnFirstUse("desktop.store.review")

REVIEW_FILTERS = (("All documents", None), ("Unreviewed", "unreviewed"),
                  ("Reviewed", "reviewed"))
_NO_MODS = Qt.KeyboardModifier.NoModifier
_CTRL_ALT_META = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                  | Qt.KeyboardModifier.MetaModifier)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def agreement_text(result: dict) -> str:
    """The agreement summary shown beside the review list."""
    names = result.get("annotators") or []
    if len(names) < 2:
        return (f"Agreement: needs two annotators ({', '.join(names) or 'none'} "
                "holds this document)")
    lines = [f"Agreement ({' / '.join(names)}): exact F1 {_fmt(result['exact_f1'])}, "
             f"overlap F1 {_fmt(result['overlap_f1'])}, relations "
             f"{_fmt(result['relations']['f1'])}"]
    per_label = [f"{label} {_fmt(v['exact_f1'])}/{_fmt(v['overlap_f1'])}"
                 for label, v in result["labels"].items()
                 if label != agreement.ALL and any(v["spans"].values())]
    if per_label:
        lines.append("exact/overlap F1 by label: " + " · ".join(per_label))
    return "\n".join(lines)


class AcceptUnanimousJob(Job):
    """accept_unanimous over every document, in a worker thread (its own Project)."""

    def __init__(self, project_path, who: str):
        super().__init__(project_path)
        self.who = who

    def work(self, project: Project):
        return store_review.accept_unanimous(project, who=self.who, progress=self._progress,
                                             cancelled=self.cancelled)


class ReviewPanel(QWidget):
    """The dock's contents: the list on the left, agreement and details on the right."""

    def __init__(self, model: DifferenceModel, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(split)
        self.table = QTableView(split)
        self.table.setObjectName("reviewView")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((170, 90, 0, 150, 90)):
            if width:
                self.table.setColumnWidth(col, width)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.agreement = QLabel(side)
        self.agreement.setObjectName("documentAgreement")
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        self.agreement.setWordWrap(True)
        side_layout.addWidget(self.agreement)
        self.detail = QLabel(side)
        self.detail.setObjectName("reviewDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side_layout.addWidget(self.detail, 1)
        self.reason = QLineEdit(side)
        self.reason.setObjectName("reviewReason")
        self.reason.setClearButtonEnabled(True)
        self.reason.hide()
        side_layout.addWidget(self.reason)
        self.keys = QLabel("J/K next/previous difference · G or Enter accept · R reject · "
                           "Shift+G/R with a reason · V version · Ctrl+Shift+U unanimous · "
                           "Ctrl+Enter reviewed", side)
        self.keys.setObjectName("reviewKeys")
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #555;")
        side_layout.addWidget(self.keys)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 520])


class ReviewController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("reviewController")
        self.w = window
        self.model = DifferenceModel(self)
        self.panel = ReviewPanel(self.model)
        self.table = self.panel.table
        self.dock = QDockWidget("Review", window)
        self.dock.setObjectName("reviewDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.current_key: str | None = None
        self.pending_reason: str | None = None  # "accept" | "reject" while the field is open
        self._agreement_doc: tuple[str, str] | None = None
        self._quiet = False
        self._saved_filter = 0
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.panel.reason.returnPressed.connect(self._reason_given)
        for obj in (window.view, window.span_table, self.table, self.panel.reason):
            obj.installEventFilter(self)
        self._build_actions()

    # ================================================================== actions
    @property
    def repo(self) -> store_review.AuditedGold | None:
        """Where the window's edits go in review mode: gold, each edit audited."""
        return store_review.AuditedGold(self.w.project, self.w.annotator) if self.active else None

    @property
    def active(self) -> bool:
        return bool(getattr(self.w, "review_mode", False))

    def _build_actions(self) -> None:
        w = self.w
        self.mode_action = QAction("&Review mode", w)
        self.mode_action.setObjectName("actionReviewMode")
        self.mode_action.setCheckable(True)
        self.mode_action.setShortcut(QKeySequence("Ctrl+R"))
        self.mode_action.setToolTip("Review mode (Ctrl+R): edit gold, adjudicate the "
                                    "annotators' differences")
        self.mode_action.toggled.connect(self.set_active)
        w.addAction(self.mode_action)
        view_menu = next((a.menu() for a in w.menuBar().actions()
                          if a.text().replace("&", "") == "View" and a.menu()), None)
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.mode_action)
        menu: QMenu = w.menuBar().addMenu("Re&view")
        menu.setObjectName("reviewMenu")
        menu.addAction(self.mode_action)
        menu.addSeparator()

        def add(text, slot, name, shortcut=None):
            return w._action(text, slot, [shortcut] if shortcut else (), menu, name)

        add("&Next difference\tJ", lambda: self.step(+1), "actionNextDifference")
        add("&Previous difference\tK", lambda: self.step(-1), "actionPreviousDifference")
        add("&Accept into gold\tG / Enter", self.accept, "actionAccept")
        add("Re&ject\tR", self.reject, "actionReject")
        add("Accept with a reason…\tShift+G", lambda: self.ask_reason("accept"),
            "actionAcceptReason")
        add("Reject with a reason…\tShift+R", lambda: self.ask_reason("reject"),
            "actionRejectReason")
        add("Next &version to accept\tV", self.cycle_version, "actionVersion")
        menu.addSeparator()
        self.unanimous_action = add("Accept &unanimous (this document)",
                                    self.accept_unanimous, "actionAcceptUnanimous",
                                    "Ctrl+Shift+U")
        add("Accept unanimous in &all documents…", self.accept_unanimous_all,
            "actionAcceptUnanimousAll")
        menu.addSeparator()
        add("Mark &reviewed and open next\tCtrl+Enter", self.mark_reviewed_and_next,
            "actionMarkReviewed")

    # ================================================================== the mode
    def set_active(self, on: bool) -> None:
        w = self.w
        if on == self.active:
            return
        if self.mode_action.isChecked() != on:
            self.mode_action.setChecked(on)  # re-enters with on == active: returns
        w.cancel_pending()
        self._close_reason()
        w.review_mode = on
        if on:
            w.project.ensure_layer(GOLD)
        # the document list shows the layer being edited, and its statuses
        combo = w.status_filter
        combo.blockSignals(True)
        if on:
            self._saved_filter = combo.currentIndex()
        combo.clear()
        from desktop.ui.main_window import STATUS_FILTERS

        for text, value in (REVIEW_FILTERS if on else STATUS_FILTERS):
            combo.addItem(text, value)
        combo.setCurrentIndex(0 if on else self._saved_filter)
        combo.blockSignals(False)
        w.doc_model.set_status_filter(combo.currentData())
        w.doc_model.set_layer(GOLD if on else w.annotator)
        w.selected = None
        self.current_key = None
        self._agreement_doc = None
        if w.doc is not None:
            w.undo_group.setActiveStack(w._stack(w.doc.id))
        self.dock.setVisible(on)
        w.refresh_annotations()
        w._sync_list_row()
        w.update_progress()
        if on:
            n = sum(1 for d in self.model.rows if d.kind != "agreed")
            w.message(f"Review mode: your edits go to gold — {n} difference(s) here; "
                      "J/K to go through them, G accept, R reject")
            if n:
                self.step(+1)
            elif self.model.rows:
                self.select_row(0)
            w.view.setFocus()
        else:
            w.message(f"Annotating as {w.annotator}")

    def toggle(self) -> None:
        self.set_active(not self.active)

    # ================================================================== refresh
    def annotations_changed(self) -> None:
        """The window re-read gold (an edit, an undo, another document): re-list."""
        w = self.w
        if not self.active or w.doc is None:
            return
        doc_id = w.doc.id
        anns = store_review.document_layers(w.project, doc_id)
        diffs = adjudication.differences(anns, w.ann)
        states = store_review.decision_states(w.project, doc_id)
        by_key = {d.key: d for d in diffs}
        texts = {}
        for d in diffs:
            if d.item == "relation":
                head, tail = by_key.get(d.head), by_key.get(d.tail)
                texts[d.key] = (f"{short(head.text, 24) if head else '?'} → "
                                f"{short(tail.text, 24) if tail else '?'}")
        opened = (str(w.project.path), doc_id)  # another document or another project
        if self._agreement_doc != opened:
            self.current_key = None
            self.model.choice.clear()
        self._quiet = True
        try:
            self.model.set_rows(diffs, states, texts)
            row = self.model.row_of(self.current_key)
            if row is not None:
                self.table.selectRow(row)
            elif self.current_key is not None:
                self.current_key = None
        finally:
            self._quiet = False
        if self._agreement_doc != opened:
            self._agreement_doc = opened
            result = store_review.document_agreement(w.project, doc_id)
            self.panel.agreement.setText(agreement_text(result))
        self._show_detail()

    def update_progress(self) -> None:
        w = self.w
        done, total = w.project.progress(GOLD)
        w.progress_label.setText(f"{done} of {total} reviewed")
        w.annotator_label.setText(f"Reviewer: {w.annotator} (editing gold)")

    def current(self) -> adjudication.Difference | None:
        row = self.model.row_of(self.current_key)
        return self.model.rows[row] if row is not None else None

    # ================================================================== moving
    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        d = self.model.rows[current.row()]
        self.current_key = d.key
        w = self.w
        gold_id = d.gold_id if d.item == "span" else ""
        if d.item == "relation":
            head = next((x for x in self.model.rows if x.key == d.head), None)
            gold_id = head.gold_id if head is not None else ""
        w.select_span(gold_id or None)
        self._scroll_to(d)
        self._show_detail()

    def _scroll_to(self, d: adjudication.Difference) -> None:
        view = self.w.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.index.to_utf16(min(d.end, view.index.length_cp)))
        rect = view.cursorRect(cursor)
        cursor.setPosition(view.index.to_utf16(d.start))
        if not view.viewport().rect().contains(rect) or \
                not view.viewport().rect().contains(view.cursorRect(cursor)):
            view.place_caret(d.start)
            view.centerCursor()

    def step(self, direction: int) -> adjudication.Difference | None:
        """Move to the next (+1) or previous (-1) difference (a candidate that is not
        agreed), wrapping; Up/Down in the list go through every row."""
        rows = self.model.rows
        if not rows:
            self.w.message("No candidates in this document")
            return None
        here = self.model.row_of(self.current_key)
        n = len(rows)
        start = here if here is not None else (-1 if direction > 0 else n)
        for i in range(1, n + 1):
            row = (start + direction * i) % n
            if rows[row].kind != "agreed":
                self.select_row(row)
                return rows[row]
        self.w.message("No differences in this document: every candidate is agreed")
        return None

    def clicked(self, cp: int) -> bool:
        """A click in the article outside gold: make the candidate under it current."""
        if not self.active:
            return False
        hits = [d for d in self.model.rows if d.item == "span" and not d.in_gold
                and d.start <= cp < d.end]
        if not hits:
            return False
        hit = min(hits, key=lambda d: (d.end - d.start, d.start))
        self.select_row(self.model.row_of(hit.key))
        return True

    # ================================================================== deciding
    def _need_current(self) -> adjudication.Difference | None:
        if not self.active:
            self.w.message("Review mode is off (Ctrl+R turns it on)")
            return None
        d = self.current()
        if d is None:
            self.w.message("No candidate selected: J/K go through the differences")
        return d

    def _decide(self, text: str, decide) -> bool:
        op = store_review.DecisionOp(decide, self.w.annotator, text)
        return self.w._run(op)

    def accept(self, reason: str = "") -> bool:
        d = self._need_current()
        if d is None:
            return False
        doc_id, who = self.w.doc.id, self.w.annotator
        version = self.model.version(d)
        if not self._decide(f"accept {d.label} «{short(d.text or d.key, 24)}»",
                            lambda p: store_review.decide_accept(p, doc_id, d, version,
                                                                 who=who, reason=reason)):
            return False
        self.w.message(f"Accepted {kind_text(d)} {d.label} «{short(self.model.texts.get(d.key, d.text), 40)}»"
                       f" from {version} into gold" + (f" — {reason}" if reason else ""), 5000)
        self._advance(d.key)
        return True

    def reject(self, reason: str = "") -> bool:
        d = self._need_current()
        if d is None:
            return False
        doc_id, who = self.w.doc.id, self.w.annotator
        if not self._decide(f"reject {d.label} «{short(d.text or d.key, 24)}»",
                            lambda p: store_review.decide_reject(p, doc_id, d, who=who,
                                                                 reason=reason)):
            return False
        self.w.message(f"Rejected {kind_text(d)} {d.label} «{short(self.model.texts.get(d.key, d.text), 40)}»"
                       + (f" — {reason}" if reason else ""), 5000)
        self._advance(d.key)
        return True

    def _advance(self, key: str) -> None:
        """After a decision: on to the next difference after the decided one."""
        row = self.model.row_of(key)
        if row is not None:
            self.current_key = key
            self._quiet = True
            self.table.selectRow(row)
            self._quiet = False
        self.step(+1)

    def cycle_version(self) -> None:
        d = self._need_current()
        if d is None:
            return
        if len(d.annotators) < 2:
            self.w.message(f"Only {', '.join(d.annotators)} has this candidate: one version")
            return
        who = self.model.cycle_version(self.model.row_of(d.key))
        self._show_detail()
        self.w.message(f"G now accepts {who}'s version", 3000)

    def accept_unanimous(self) -> bool:
        w = self.w
        if not self.active or w.doc is None:
            self.w.message("Review mode is off (Ctrl+R turns it on)")
            return False
        doc_id, who = w.doc.id, w.annotator
        box: list = []

        def decide(p):
            d = store_review.decide_unanimous(p, doc_id, who=who)
            box.append(d)
            return d

        if not self._decide("accept unanimous", decide):
            return False
        d = box[0] if box else None
        if d is not None and d.changes:
            w.message(f"Accepted {len(d.added_spans)} unanimous span(s) and "
                      f"{len(d.added_relations)} relation(s) into gold (one undo step)", 6000)
        else:
            w.message("Nothing unanimous left to accept in this document", 4000)
        return True

    def accept_unanimous_all(self) -> JobRunner:
        w = self.w
        runner = JobRunner(AcceptUnanimousJob(w.project.path, w.annotator),
                           "Accepting unanimous annotations…", w)

        def done(report) -> None:
            w.refresh_annotations()
            w.doc_model.refresh()
            w._sync_list_row()
            if report is None:
                w.message("Cancelled", 4000)
                return
            w.message(f"Accepted {report.spans} span(s) and {report.relations} relation(s) "
                      f"into gold in {report.documents} document(s)", 0)

        runner.done.connect(done)
        runner.error.connect(lambda text: w.message(f"Accept unanimous failed: {text}", 0))
        w.jobs.append(runner)
        runner.start()
        return runner

    def mark_reviewed_and_next(self) -> None:
        w = self.w
        if not self.active or w.doc is None:
            return
        doc_id = w.doc.id
        open_ = [d for d in self.model.rows if d.kind != "agreed" and not d.in_gold
                 and self.model.states.get(d.key) != "reject"]
        store_review.mark_reviewed(w.project, doc_id, who=w.annotator)
        w.doc_model.refresh()
        w.update_progress()
        nxt = store_review.next_to_review(w.project, doc_id)
        note = f"{doc_id} reviewed"
        if open_:
            note += f" — note: {len(open_)} difference(s) left undecided"
        if nxt:
            w.open_document(nxt)
        else:
            w._sync_list_row()
            note += " — no document left to review"
        w.message(note, 15000)

    # ================================================================== reasons
    def ask_reason(self, action: str) -> None:
        d = self._need_current()
        if d is None:
            return
        self.pending_reason = action
        field = self.panel.reason
        field.clear()
        field.setPlaceholderText(f"Why {'accept' if action == 'accept' else 'reject'} "
                                 f"«{short(d.text or d.label, 30)}»? Enter: {action}, "
                                 "Esc: cancel")
        field.show()
        field.setFocus()

    def _reason_given(self) -> None:
        action, text = self.pending_reason, self.panel.reason.text().strip()
        self._close_reason()
        if action == "accept":
            self.accept(text)
        elif action == "reject":
            self.reject(text)

    def _close_reason(self) -> None:
        was_open = self.pending_reason is not None
        self.pending_reason = None
        self.panel.reason.hide()
        self.panel.reason.clear()
        if was_open:
            self.w.view.setFocus()

    # ================================================================== details
    def _show_detail(self) -> None:
        d = self.current()
        if d is None:
            self.panel.detail.setText("")
            return
        lines = [f"{kind_text(d)} · {d.label} [{d.start}, {d.end})"]
        if d.item == "relation":
            lines.append(self.model.texts.get(d.key, ""))
        version = self.model.version(d)
        for name in d.annotators:
            src = d.spans.get(name)
            attrs = ""
            if src is not None:
                attrs = ", ".join(f"{k}={v}" for k, v in src.attrs.items() if v not in (None, ""))
            mark = "●" if name == version and len(d.annotators) > 1 else "·"
            lines.append(f"{mark} {name}: {attrs or 'has it'}")
        by_key = {x.key: x for x in self.model.rows}
        for key in d.conflicts:
            other = by_key.get(key)
            if other is not None:
                lines.append(f"≠ {', '.join(other.annotators)}: {other.label} "
                             f"[{other.start}, {other.end}) «{short(other.text, 30)}»")
        if d.missing:
            lines.append("missing for " + ", ".join(d.missing))
        state = self.model.gold_text(d) or "undecided"
        lines.append(f"gold: {state}")
        self.panel.detail.setText("\n".join(lines))

    # ================================================================== highlights
    def _format(self, kind: str, current: bool) -> QTextCharFormat:
        fmt = self._formats.get((kind, current))
        if fmt is None:
            color = QColor(KIND_COLORS.get(kind, "#9e9e9e"))  # rejected: grey
            fmt = QTextCharFormat()
            if current:
                fill = QColor(color)
                fill.setAlpha(90)
                fmt.setBackground(fill)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setForeground(QColor("#000000"))
            else:
                fmt.setBackground(QBrush(color, Qt.BrushStyle.BDiagPattern))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(color)
            self._formats[(kind, current)] = fmt
        return fmt

    def decorate(self, selections: list) -> list:
        """The window's gold highlights plus the candidates not in gold (hatched, in the
        colour of their kind, dashed underline; grey once rejected) and the current
        candidate (filled in the colour of its kind)."""
        if not self.active:
            return selections
        view = self.w.view
        doc = view.document()
        index = view.index
        extra = []
        current = self.current()
        spans = [d for d in self.model.rows if d.item == "span" and not d.in_gold]
        if current is not None and current.item == "span" and current.in_gold:
            spans.append(current)
        spans.sort(key=lambda d: (-(d.end - d.start), d.start))
        for d in spans:
            if d.end > index.length_cp:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(index.to_utf16(d.start))
            cursor.setPosition(index.to_utf16(d.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            is_current = current is not None and d.key == current.key
            rejected = not d.in_gold and self.model.states.get(d.key) == "reject"
            sel.format = self._format("rejected" if rejected and not is_current else d.kind,
                                      is_current)
            extra.append(sel)
        return [*selections, *extra]

    # ================================================================== keys
    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(obj, event)
        if obj is self.panel.reason:
            if event.key() == Qt.Key.Key_Escape:
                self._close_reason()
                self.w.message("No reason given: nothing decided", 3000)
                return True
            return False
        return self._key_press(event, obj)

    def _key_press(self, event, obj) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        # fallbacks for the window shortcuts when the window is not active
        if mods == ctrl and key == Qt.Key.Key_R:
            self.toggle()
            return True
        if not self.active:
            return False
        if mods == ctrl | shift and key == Qt.Key.Key_U:
            self.accept_unanimous()
            return True
        if mods & _CTRL_ALT_META:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return True
        letter = letter_of(event)
        if letter is None:
            return False
        shifted = bool(mods & shift)
        if letter == "J" and not shifted:
            self.step(+1)
        elif letter == "K" and not shifted:
            self.step(-1)
        elif letter == "G":
            self.ask_reason("accept") if shifted else self.accept()
        elif letter == "R":
            self.ask_reason("reject") if shifted else self.reject()
        elif letter == "V" and not shifted:
            self.cycle_version()
        else:
            return False
        return True


__all__ = ["ReviewController", "agreement_text"]
