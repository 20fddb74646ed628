"""Review mode driven from the keyboard on the real window: two annotators' layers of
seed 000 (tests/ui/review_project.py), differences listed by kind, accept and reject
into gold with the audit trail, unanimous, reviewed, and the gold export."""

from __future__ import annotations

import json
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from desktop.core.model import GOLD
from desktop.store.exporter import export_gold
from tests.ui.conftest import key, type_char, view_of
from tests.ui.review.conftest import (
    CTRL,
    KIND_ROLE,
    REVIEWER,
    SHIFT,
    current,
    enter_review,
    gold_keys,
    review_view,
)
from tests.ui.review_project import DOC, EXPECTED_KINDS, RELATIONS, build


def rows(window):
    model = review_view(window).model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_review_mode_lists_the_differences_by_kind(window, qtbot):
    assert window.findChild(QTableView, "reviewView") is not None  # exists, hidden
    assert not review_view(window).isVisible()
    enter_review(qtbot, window)
    model = review_view(window).model()
    kinds = Counter(model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())
                    if not model.index(r, 1).data().startswith("→"))
    assert kinds == Counter(EXPECTED_KINDS)
    texts = [r[0] for r in rows(window)]
    assert texts.count("only amal") == 2 and texts.count("boundary") == 2
    assert texts.count("label") == 2 and texts.count("attribute: type") == 1
    assert len(rows(window)) == sum(EXPECTED_KINDS.values()) + RELATIONS
    # the window edits gold now: list, spans, undo stack
    assert window.session.edit_layer == GOLD and window.session.ann.layer == GOLD
    assert window.documents.model.index(0, 2).data() == "unreviewed"
    assert "reviewed" in window.ui.progress_label.text()
    # the first difference is current; J/K move through differences only
    first = current(window)
    assert first.kind == "only_some" and first.start == 217
    seen = [first.kind]
    for _ in range(6):
        key(qtbot, window, Qt.Key.Key_J)
        seen.append(current(window).kind)
    assert Counter(seen) == Counter({"only_some": 2, "boundary": 2, "label": 2,
                                     "attribute": 1})
    key(qtbot, window, Qt.Key.Key_J)  # wraps
    assert current(window).key == first.key
    key(qtbot, window, Qt.Key.Key_K)
    assert current(window).kind == "label"
    type_char(window, "ت")  # J on the Arabic layout
    assert current(window).key == first.key
    # the agreement beside the list: 22 exact matches of 26 + 24 spans
    agreement = window.findChild(QLabel, "documentAgreement").text()
    assert "exact F1 0.88" in agreement and "ACTOR 0.76/0.86" in agreement
    # leaving review mode brings the annotator's layer back
    key(qtbot, window, Qt.Key.Key_R, CTRL)
    assert not window.session.review_mode and window.session.ann.layer == REVIEWER
    assert not review_view(window).isVisible()


def test_accept_reject_unanimous_reviewed_and_export(window, qtbot, tmp_path):
    enter_review(qtbot, window)
    # accept the only-amal actor (G), then undo and redo it
    assert current(window).start == 217
    key(qtbot, window, Qt.Key.Key_G)
    assert ("ACTOR", 217, 237) in gold_keys(window)
    assert current(window).start == 250  # on to the next difference
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert ("ACTOR", 217, 237) not in gold_keys(window)
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert ("ACTOR", 217, 237) in gold_keys(window)
    # reject the second only-amal actor with a reason (Shift+R, non-modal field)
    assert current(window).start == 250
    key(qtbot, window, Qt.Key.Key_R, SHIFT)
    field = window.findChild(QLineEdit, "reviewReason")
    assert field.isVisible() and field.hasFocus()
    qtbot.keyClicks(field, "not an actor")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not field.isVisible()
    trail = window.project.audit_trail(DOC)
    assert trail[-1]["action"] == "reject" and trail[-1]["reason"] == "not an actor"
    assert trail[-1]["who"] == REVIEWER
    assert ("ACTOR", 250, 268) not in gold_keys(window)
    assert any(r[4] == "✗ rejected" for r in rows(window))
    # boundary: accept badr's wider span (Enter), then reject amal's (ق = R, Arabic)
    d = current(window)
    assert d.kind == "boundary" and d.start == 335 and d.annotators == ("badr",)
    key(qtbot, window, Qt.Key.Key_Return)
    assert ("ACTOR", 335, 347) in gold_keys(window)
    assert current(window).start == 343
    type_char(window, "ق")
    assert ("ACTOR", 343, 347) not in gold_keys(window)
    # attribute: V picks badr's version, G accepts it
    d = current(window)
    assert d.kind == "attribute"
    key(qtbot, window, Qt.Key.Key_V)
    key(qtbot, window, Qt.Key.Key_G)
    [span] = [s for s in window.project.annotations(DOC, GOLD).spans if s.start == d.start]
    assert span.attrs["type"] == "organization"
    # label: accept amal's ACTOR over badr's CLAIM
    d = current(window)
    assert d.kind == "label" and d.label == "ACTOR"
    key(qtbot, window, Qt.Key.Key_G)
    assert ("ACTOR", d.start, d.end) in gold_keys(window)
    assert current(window).kind == "label" and current(window).label == "CLAIM"
    key(qtbot, window, Qt.Key.Key_R)
    # accept the rest that both did identically (Ctrl+Shift+U): one undo step
    key(qtbot, window, Qt.Key.Key_U, CTRL | SHIFT)
    gold = window.project.annotations(DOC, GOLD)
    assert len(gold.spans) == 4 + 21 and len(gold.relations) == 16
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(window.project.annotations(DOC, GOLD).spans) == 4
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    decided = {r[4] for r in rows(window)}
    assert decided <= {"✓ in gold", "✗ rejected"}
    # editing gold like any layer: tag a word in gold with a label key
    view = view_of(window)
    view.select_cp(343, 347)
    key(qtbot, window, Qt.Key.Key_2)
    assert ("ACTOR", 343, 347) in gold_keys(window)
    assert window.project.audit_trail(DOC)[-1]["action"] == "add"
    expected = gold_keys(window)
    # Ctrl+Enter: the document is reviewed
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.project.status(DOC, GOLD) == "reviewed"
    assert window.documents.model.index(0, 2).data() == "reviewed"
    # the export holds exactly gold and the trail
    out = tmp_path / "gold.jsonl"
    export_gold(window.project, out, layer=GOLD)
    [rec] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(s["label"], s["start"], s["end"]) for s in rec["spans"]} == expected
    review = rec["review"]
    assert review["status"] == "reviewed" and review["reviewer"] == REVIEWER
    assert review["annotators"] == ["amal", "badr"]
    actions = [e["action"] for e in review["decisions"]]
    assert actions[:3] == ["accept", "undo", "redo"]
    assert "reject" in actions and "accept_unanimous" in actions and actions[-1] == "status"
    reasons = [e["reason"] for e in review["decisions"] if e["action"] == "reject"]
    assert reasons == ["not an actor", "", ""]


def test_accept_unanimous_in_all_documents(window, qtbot):
    enter_review(qtbot, window)
    runner = window.review.accept_unanimous_all()
    qtbot.waitUntil(lambda: runner.finished, timeout=10000)
    assert runner.result.spans == 21 and runner.result.relations == 15
    assert len(window.session.ann.spans) == 21  # the window re-read gold
    assert "21 span(s)" in window.last_notice


def test_clicking_a_candidate_makes_it_current(window, qtbot):
    from tests.ui.conftest import click

    enter_review(qtbot, window)
    target = next(d for d in window.review.model.rows if d.kind == "label")
    click(qtbot, window, target.start + 3)  # البرلمان العراقي: not in gold
    d = current(window)
    assert d.start == target.start and d.kind == "label"
    assert "≠" in window.findChild(QLabel, "reviewDetail").text()


def test_reviewed_opens_the_next_document_and_undo_stays_per_mode(tmp_path, open_window,
                                                                    qtbot):
    from desktop.core.model import Document
    from desktop.store.project import Project

    path = build(tmp_path / "two.tawsim")
    with Project(path) as p:
        p.add_document(Document(id="zz_second", text="قال الوزير إن الاجتماع انتهى.",
                                title="second"))
        p.join_layer("zz_second", "amal")
        p.add_document(Document(id="zz_nobody", text="نص لم يعلق عليه أحد.", title="x"))
    window = open_window(path, annotator=REVIEWER)
    window.open_document(DOC)
    # an edit of the reviewer's own layer, then review mode: its undo is not gold's
    view_of(window).select_cp(0, 5)
    key(qtbot, window, Qt.Key.Key_2)
    assert len(window.project.annotations(DOC, REVIEWER).spans) == 1
    enter_review(qtbot, window)
    assert not window.session.undo_stack.canUndo()
    key(qtbot, window, Qt.Key.Key_G)
    assert len(gold_keys(window)) == 1
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(gold_keys(window)) == 0
    assert len(window.project.annotations(DOC, REVIEWER).spans) == 1
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.doc.id == "zz_second"  # held by amal; zz_nobody is skipped
    assert "needs two annotators" in window.findChild(QLabel, "documentAgreement").text()
    assert [r[0] for r in rows(window)] == []
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert "no document left to review" in window.last_notice
    key(qtbot, window, Qt.Key.Key_R, CTRL)
    window.open_document(DOC)
    assert window.session.undo_stack.canUndo()  # the annotator's own history is back
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.project.annotations(DOC, REVIEWER).spans == []
