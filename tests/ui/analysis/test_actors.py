"""The actor index in the window (``actorIndex``): the example's actors with their
variants and counts; renaming a canonical name across documents is one undo step on the
open document's stack (undo restores every mention), refused once a mention it renamed
was edited since; the other documents' histories are cleared; merging; its claims in the
ledger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView

from desktop.core.analysis.actors import canonical_of
from desktop.core.model import GOLD
from desktop.ui.analysis.actor_model import ACTOR_ROLE
from tests.store.analysis_fixtures import EXAMPLE_ID
from tests.ui.analysis.conftest import ISIS, SEED_001, cells, wait_read


@pytest.fixture
def actors(gold_window, qtbot):
    gold_window.findChild(QAction, "actionActorIndex").trigger()
    ctl = gold_window.analysis.actors
    qtbot.waitUntil(lambda: ctl.model.rowCount() > 0, timeout=10000)
    return ctl


def by_name(ctl) -> dict:
    return {a.canonical: a for a in ctl.model.actors}


def stored(window, span_id: str):
    return window.project.span(span_id)


def select(ctl, *names: str) -> None:
    sel = ctl.table.selectionModel()
    sel.clearSelection()
    for r in range(ctl.proxy.rowCount()):
        index = ctl.proxy.index(r, 0)
        if index.data(ACTOR_ROLE).canonical in names:
            sel.select(index, QItemSelectionModel.SelectionFlag.Select
                       | QItemSelectionModel.SelectionFlag.Rows)
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def rename(qtbot, window, new: str) -> None:
    field = window.findChild(QLineEdit, "actorNewName")
    field.setFocus()
    field.setText(new)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_examples_actors_with_variants_and_counts(gold_window, actors):
    assert gold_window.findChild(QTableView, "actorIndex") is actors.table
    got = by_name(actors)
    # the example's 11 actors, and the one more mention of ISIS the fixture gave seed 001
    assert len(got) == 11 and sum(a.mentions for a in got.values()) == 13
    iraq = got["العراق"]
    assert (iraq.type, iraq.mentions, iraq.variants) == ("state", 2, {"العراق": 1, "بغداد": 1})
    assert (iraq.claims_made, iraq.claims_about) == (1, 1)
    assert got[ISIS].variants == {"تنظيم داعش": 1, "داعش": 1}
    assert got["وزارة الدفاع العراقية"].claims_made == 2
    # most mentions first; the current actor's variants beside the list
    assert actors.proxy.index(0, 0).data() in (ISIS, "العراق")
    select(actors, "العراق")
    variants = gold_window.findChild(QTableView, "actorVariants").model()
    rows = {variants.index(r, 0).data(): variants.index(r, 1).data()
            for r in range(variants.rowCount())}
    assert rows == {"العراق": "1", "بغداد": "1"}
    # the search is folded: hamza seats and ta marbuta do not matter
    gold_window.findChild(QLineEdit, "actorSearch").setText("الدوله الاسلاميه")
    assert [actors.proxy.index(r, 0).data() for r in range(actors.proxy.rowCount())] == [ISIS]


def test_a_rename_across_documents_is_one_undo_step(gold_window, qtbot, actors):
    w = gold_window
    s03 = stored(w, "s03")
    assert canonical_of(s03) == ISIS
    # seed 001 has an edit of its own on its gold stack
    w.open_document(SEED_001)
    at = w.doc.text.index("أمس")
    w.tagging.tag("DATE", at, at + 3)
    assert w.session.undo_stack.canUndo()
    w.open_document(EXAMPLE_ID)
    depth = w.session.undo_stack.count()
    select(actors, ISIS)
    rename(qtbot, w, "داعش")
    assert "2 mention(s) in 2 document(s) are now «\u2068داعش\u2069»" in w.last_notice
    for sid in ("s03", "isis001"):
        assert stored(w, sid).attrs["canonical"] == "داعش", sid
    assert w.session.spans["s03"].attrs["canonical"] == "داعش"  # the open document, in memory
    assert w.session.undo_stack.count() == depth + 1  # one step
    qtbot.waitUntil(lambda: "داعش" in by_name(actors) and ISIS not in by_name(actors),
                    timeout=10000)
    assert actors.selected_names() == ["داعش"]
    # undo restores every mention, in both documents
    w.session.undo()
    assert canonical_of(stored(w, "s03")) == ISIS and canonical_of(stored(w, "isis001")) == ISIS
    assert w.session.spans["s03"].attrs["canonical"] == ISIS
    qtbot.waitUntil(lambda: ISIS in by_name(actors), timeout=10000)
    w.session.redo()
    assert stored(w, "isis001").attrs["canonical"] == "داعش"
    # the other document's history was cleared: its commands held the spans before it
    w.open_document(SEED_001)
    assert not w.session.undo_stack.canUndo()


def test_undoing_a_rename_is_refused_once_a_renamed_mention_changed(gold_window, qtbot, actors):
    w = gold_window
    select(actors, ISIS)
    rename(qtbot, w, "داعش")
    w.open_document(SEED_001)  # the other mention gets another type there
    w.tagging.set_attribute("isis001", "type", "organization")
    w.open_document(EXAMPLE_ID)
    assert not w.session.undo()
    assert "edited since" in w.last_notice
    assert stored(w, "s03").attrs["canonical"] == "داعش"  # nothing half-undone
    assert stored(w, "isis001").attrs == {"type": "organization", "mention": "name",
                                          "canonical": "داعش"}
    assert w.session.undo_stack.canUndo()  # the stack stayed where the file is


def test_merging_several_actors_is_one_step(gold_window, qtbot, actors):
    w = gold_window
    select(actors, "العراق", "الولايات المتحدة")
    assert w.findChild(QPushButton, "actorRename").text() == "Merge"
    rename(qtbot, w, "الطرفان")
    qtbot.waitUntil(lambda: "الطرفان" in by_name(actors), timeout=10000)
    merged = by_name(actors)["الطرفان"]
    assert merged.mentions == 3 and set(merged.variants) == {"العراق", "بغداد", "واشنطن"}
    assert merged.claims_about == 1  # s19 is about both: counted once
    w.session.undo()
    qtbot.waitUntil(lambda: "الطرفان" not in by_name(actors), timeout=10000)
    assert by_name(actors)["العراق"].mentions == 2


def test_refusals_are_said(gold_window, qtbot, actors):
    w = gold_window
    select(actors, "العراق")
    rename(qtbot, w, "   ")
    assert "Not renamed" in w.last_notice
    assert stored(w, "s13").attrs.get("canonical") is None


def test_its_claims_in_the_ledger(gold_window, qtbot, actors):
    select(actors, "وزارة الدفاع العراقية")
    gold_window.findChild(QPushButton, "actorClaims").click()
    ledger = gold_window.analysis.ledger
    qtbot.waitUntil(ledger.dock.isVisible)
    wait_read(qtbot, ledger.model, 2)
    assert cells(ledger.model, "claim_id") == ["s10", "s12"]
    assert ledger.scope.filters.claimant_exact
    assert GOLD == ledger.scope.layer
