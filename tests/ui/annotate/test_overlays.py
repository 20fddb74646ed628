"""What is drawn over the article stays on its words: suggestion outlines through
scrolling, zooming and another document; a click acts on a suggestion only inside a drawn
outline; relation arrows from head to tail; the label legend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ANNOTATOR, key, view_of

PARA = ("وقال المتحدث يوم الأحد إن القوات ستنسحب نهاية العام الماضي من المدينة، "
        "وأضاف أن المحادثات ستستأنف الأسبوع المقبل في بغداد.\n\n")
LONG = PARA * 30


@pytest.fixture
def window(make_project, open_window):
    w = open_window(make_project([("long", LONG, {"published": "2018-09-24"}),
                                  ("short", "قال الوزير أمس كلاما.", {"published": "2018-09-24"})]))
    w.resize(1000, 700)
    return w


def cursor_top_left(view, cp: int) -> QPointF:
    c = QTextCursor(view.document())
    c.setPosition(view.index.to_utf16(cp))
    r = view.cursorRect(c)
    return QPointF(r.x(), r.top())


def assert_on_their_words(window) -> int:
    """Every drawn outline holds the cursor positions of its own characters."""
    view = view_of(window)
    overlay = window.suggestions.overlay
    assert overlay.geometry() == view.viewport().geometry()
    drawn = overlay.rects()
    assert drawn, "nothing drawn"
    for t, _current, rects in drawn:
        start = cursor_top_left(view, t.start)
        end = cursor_top_left(view, t.end)
        assert any(r.adjusted(-1, -1, 1, 1).contains(start) for r in rects), t.text
        assert any(r.adjusted(-1, -1, 1, 1).contains(end) for r in rects), t.text
    return len(drawn)


def wheel(view, notches: int) -> None:
    vp = view.viewport()
    for _ in range(abs(notches)):
        event = QWheelEvent(QPointF(vp.rect().center()), QPointF(vp.mapToGlobal(vp.rect().center())),
                            QPoint(0, 0), QPoint(0, -120 if notches > 0 else 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(vp, event)


def test_outlines_follow_scroll_zoom_resize_and_another_document(window, qtbot):
    view = view_of(window)
    qtbot.waitUntil(lambda: bool(window.suggestions.visible()))
    assert_on_their_words(window)
    drawn = window.suggestions.overlay.rects()
    last, _c, last_rects = drawn[-1]  # the lowest outline: still in view after a scroll
    text_before = cursor_top_left(view, last.start).y()
    before = view.grab().toImage()
    wheel(view, 1)
    assert view.verticalScrollBar().value() > 0
    assert_on_their_words(window)
    assert view.grab().toImage() != before
    # that outline moved up with its text, by exactly as much
    moved = next(r for t, _c, r in window.suggestions.overlay.rects() if t == last)
    text_dy = text_before - cursor_top_left(view, last.start).y()
    assert text_dy > 0 and abs((last_rects[0].top() - moved[0].top()) - text_dy) < 1
    wheel(view, 1)
    assert_on_their_words(window)
    key(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert_on_their_words(window)
    window.resize(760, 600)
    qtbot.wait(50)
    assert_on_their_words(window)
    window.open_document("short")
    qtbot.waitUntil(lambda: bool(window.suggestions.visible()))
    assert assert_on_their_words(window) == 1
    window.open_document("long")
    wheel(view, 3)
    assert_on_their_words(window)


def test_a_click_accepts_only_inside_a_drawn_outline(window, qtbot):
    view = view_of(window)
    qtbot.waitUntil(lambda: bool(window.suggestions.overlay.rects()))
    t, _c, rects = window.suggestions.overlay.rects()[0]
    outside = QPoint(int(rects[0].left()) - 40, int(rects[0].center().y()) + 200)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=outside)
    assert [s for s in window.project.annotations("long", ANNOTATOR).spans] == []
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rects[0].center().toPoint())
    spans = window.project.annotations("long", ANNOTATOR).spans
    assert [(s.label, s.text) for s in spans] == [("DATE", t.text)]


def test_relations_are_drawn_from_head_to_tail(window, qtbot):
    from desktop.core import ops
    from desktop.core.model import Relation, Span

    s = window.session
    text = s.doc.text
    claim = Span.on(text, doc_id="long", layer=ANNOTATOR, label="CLAIM",
                    start=text.index("القوات"), end=text.index("القوات") + len("القوات ستنسحب"))
    actor = Span.on(text, doc_id="long", layer=ANNOTATOR, label="ACTOR",
                    start=text.index("المتحدث"), end=text.index("المتحدث") + len("المتحدث"))
    assert s.run(ops.AddSpans([claim, actor]))
    assert s.run(ops.AddRelation(Relation("long", ANNOTATOR, "claimant", claim.id, actor.id)))
    overlay = window.relations.overlay
    s.select(None)
    assert overlay.arrows() == []
    s.select(claim.id)
    [(rtype, p, q)] = overlay.arrows()
    assert rtype == "claimant"
    view = view_of(window)
    head = cursor_top_left(view, claim.start)
    tail = cursor_top_left(view, actor.start)
    assert abs(p.y() - head.y()) < 3 and abs(q.y() - tail.y()) < 3
    s.select(None)
    window.findChild(QAction, "actionAllRelations").trigger()
    assert len(overlay.arrows()) == 1
    wheel(view, 2)  # scrolled out of view: nothing drawn, nothing misplaced
    assert all(abs(p.y() - cursor_top_left(view, claim.start).y()) < 3
               for _t, p, _q in overlay.arrows())


def test_the_legend_shows_each_label_with_its_swatch(window):
    for lab in window.session.schema.labels:
        act = window.findChild(QAction, f"tag_{lab.name}")
        image = act.icon().pixmap(30, 18).toImage()
        assert not image.isNull()
        middle = QColor(image.pixel(15, 5))
        assert middle.name() == QColor(lab.color).name()
    colors = {lab.color for lab in window.session.schema.labels}
    highlight = QApplication.palette().highlight().color().name()
    assert highlight not in colors
