"""The session's one edit path: a refused edit never reaches the undo stack, a refused
undo or redo leaves the stack where it was (in step with the file), and an edit updates
the annotations held in memory exactly as re-reading the store would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core import ops
from desktop.core.model import ModelError, Span
from desktop.store.repo import ProjectRepo
from tests.ui.conftest import ANNOTATOR, key, select_word

TEXT = "قال وزير الخارجية إن المحادثات ستبدأ يوم الأحد المقبل في بغداد."


@pytest.fixture
def window(make_project, open_window):
    return open_window(make_project([("d1", TEXT, {"published": "2018-09-24"})]))


def stored(window):
    return window.project.annotations("d1", ANNOTATOR)


def held(window):
    s = window.session
    return ([(x.id, x.label, x.start, x.end, x.attrs) for x in s.ann.spans],
            sorted((r.id, r.type, r.head, r.tail) for r in s.ann.relations))


def on_file(window):
    ann = stored(window)
    return ([(x.id, x.label, x.start, x.end, x.attrs) for x in ann.spans],
            sorted((r.id, r.type, r.head, r.tail) for r in ann.relations))


def test_a_refused_undo_leaves_the_stack_in_step(window, qtbot, monkeypatch):
    select_word(window, "وزير الخارجية")
    key(qtbot, window, Qt.Key.Key_2)
    stack = window.session.undo_stack
    assert stack.index() == 1

    def refuse(self, span_id):
        raise ModelError("the file is locked by another program")

    monkeypatch.setattr(ProjectRepo, "delete_span", refuse)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == 1, "the stack moved though the undo was refused"
    assert len(stored(window).spans) == 1 and held(window) == on_file(window)
    assert "Could not undo" in window.last_notice and "locked" in window.last_notice
    monkeypatch.undo()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == 0 and stored(window).spans == []

    def refuse_add(self, span):
        raise ModelError("disk full")

    monkeypatch.setattr(ProjectRepo, "add_span", refuse_add)
    window.session.redo()
    assert stack.index() == 0 and stored(window).spans == [] and held(window) == on_file(window)
    assert "Could not redo" in window.last_notice


def test_a_refused_undo_through_the_stack_itself_is_put_back(window, qtbot, monkeypatch):
    select_word(window, "بغداد")
    key(qtbot, window, Qt.Key.Key_2)
    stack = window.session.undo_stack

    def refuse(self, span_id):
        raise ModelError("busy")

    monkeypatch.setattr(ProjectRepo, "delete_span", refuse)
    stack.undo()  # not through the session: the command replays and is refused
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert len(stored(window).spans) == 1
    monkeypatch.undo()
    window.session.undo()
    assert stack.index() == 0 and stored(window).spans == []


def test_a_refused_edit_never_reaches_the_stack(window, qtbot):
    select_word(window, "المحادثات ستبدأ")
    key(qtbot, window, Qt.Key.Key_1)
    select_word(window, "يوم الأحد المقبل")
    key(qtbot, window, Qt.Key.Key_3)
    claim = next(x for x in window.session.ann.spans if x.label == "CLAIM")
    date = next(x for x in window.session.ann.spans if x.label == "DATE")
    from desktop.core.model import Relation

    s = window.session
    assert s.run(ops.AddRelation(Relation("d1", ANNOTATOR, "claim_date", claim.id, date.id)))
    n = s.undo_stack.index()
    other = Relation("d1", ANNOTATOR, "claim_date", claim.id, date.id)
    assert not s.run(ops.AddRelation(other))  # at most one claim date: refused
    assert s.undo_stack.index() == n and "Not done" in window.last_notice


def test_edits_update_the_memory_as_the_store_would(window, qtbot):
    s = window.session
    select_word(window, "وزير الخارجية")
    key(qtbot, window, Qt.Key.Key_2)
    select_word(window, "المحادثات ستبدأ يوم الأحد")
    key(qtbot, window, Qt.Key.Key_1)
    key(qtbot, window, Qt.Key.Key_S)
    actor = next(x for x in s.ann.spans if x.label == "ACTOR")
    window.tagging.pick_tail(actor.id)
    assert held(window) == on_file(window) and len(s.ann.relations) == 1
    s.select(actor.id)
    key(qtbot, window, Qt.Key.Key_Delete)  # the relation goes with the span
    assert held(window) == on_file(window) and s.ann.relations == []
    s.undo()
    assert held(window) == on_file(window) and len(s.ann.relations) == 1
    span = s.spans[actor.id]
    assert s.run(ops.UpdateSpan.rebound(span, TEXT, span.start + 5, span.end))
    assert held(window) == on_file(window)
    spans = [Span.on(TEXT, doc_id="d1", layer=ANNOTATOR, label="DATE", start=a, end=a + 2)
             for a in (0, 20, 40)]
    assert s.run(ops.AddSpans(spans))
    assert held(window) == on_file(window)
    s.undo()
    s.undo()
    assert held(window) == on_file(window)


def test_a_long_document_opens_with_its_first_spans_then_holds_them_all(make_project,
                                                                         open_window, qtbot):
    """A document of more than FIRST_SPANS spans shows its first ones at once and reads
    the rest right after; an edit made before then sees every span."""
    import re

    from desktop.ui.shell.session import FIRST_SPANS

    words = " ".join(["كلمة", "أخرى", "هنا"] * 900) + "."
    w = open_window(make_project([("small", TEXT), ("long", words)]))
    places = [m.span() for m in re.finditer(r"\S+", words)][: FIRST_SPANS + 300]
    spans = [Span.on(words, doc_id="long", layer=ANNOTATOR, label="ACTOR", start=a, end=b)
             for a, b in places]
    w.project.restore(spans, [])
    s = w.session
    s.open_document("long")
    assert not s.complete and 0 < len(s.ann.spans) <= FIRST_SPANS
    # the spans of the first screen (and half as much again), in text order
    held = s.ann.spans
    assert [x.id for x in held] == [x.id for x in sorted(held, key=lambda x: x.start)]
    assert held[-1].start >= w.view.visible_cp()[1] or len(held) == FIRST_SPANS
    qtbot.waitUntil(lambda: s.complete)
    assert len(s.ann.spans) == len(spans)
    assert w.ui.span_table.rowCount() == len(spans)
    s.open_document("small")
    s.open_document("long")
    assert not s.complete
    last = places[-1]
    w.tagging.tag("ACTOR", *last, exact=True)  # before the rest came: a duplicate still
    assert s.complete and len(s.ann.spans) == len(spans)
    assert "tagged already" in w.last_notice


def test_a_long_document_is_painted_before_the_rest_of_its_spans_is_read(make_project,
                                                                         open_window, qtbot):
    """Through the real event loop: the article's first paint comes before the rest of a
    long document's spans (and its proposals) are read, so the article shows at once; a
    window that never paints (hidden) reads them all the same."""
    import re

    from desktop.ui.shell.session import FIRST_SPANS

    words = " ".join(["كلمة", "أخرى", "هنا"] * 900) + "."
    w = open_window(make_project([("small", TEXT), ("long", words)]))
    places = [m.span() for m in re.finditer(r"\S+", words)][: FIRST_SPANS + 300]
    w.project.restore([Span.on(words, doc_id="long", layer=ANNOTATOR, label="ACTOR",
                               start=a, end=b) for a, b in places], [])
    s = w.session
    order: list[tuple[str, bool]] = []
    s.documentShown.connect(lambda d: order.append((d, s.complete)))
    s.open_document("long")
    qtbot.waitUntil(lambda: s.complete)
    assert order[:1] == [("long", False)]  # painted first, with its first spans
    assert w.ui.span_table.rowCount() == len(places)
    s.open_document("small")
    qtbot.waitUntil(lambda: ("small", True) in order)
    w.hide()
    s.open_document("long")
    assert not s.complete
    qtbot.waitUntil(lambda: s.complete, timeout=3000)
    assert ("long", True) not in order  # (never painted while hidden)
