"""What a paint of the article draws: every span over the lines on screen (and the
selected one wherever it is), found by bisection in the session's spans — a span that
starts far above the viewport and runs through it included."""

from __future__ import annotations

import re

from desktop.core.model import Span
from desktop.ui.annotate.highlights import HIGHLIGHT_MARGIN
from tests.ui.conftest import ANNOTATOR

PARAGRAPH = ("قال المتحدث باسم التحالف الدولي إن الغارات استهدفت مواقع لتنظيم داعش قرب "
             "الموصل يوم الأحد، وأضاف أن العمليات ستستمر حتى نهاية العام الجاري.")


def test_a_paint_draws_exactly_the_spans_over_the_screen(make_project, open_window, qtbot):
    text = "\n\n".join([PARAGRAPH] * 60)
    w = open_window(make_project([("d", text)]))
    words = [m.span() for m in re.finditer(r"\S+", text)]
    labels = ("ACTOR", "CUE", "DATE")
    spans = [Span.on(text, doc_id="d", layer=ANNOTATOR, label=labels[k % 3], start=a, end=b)
             for k, (a, b) in enumerate(words) if k % 4]
    # one claim from the first word to the middle of the text: it starts far above any
    # later viewport and runs through it
    spans.append(Span.on(text, doc_id="d", layer=ANNOTATOR, label="CLAIM", start=0,
                         end=len(text) // 2))
    far = next(x for x in reversed(spans) if x.label == "ACTOR")  # near the end
    w.project.restore(spans, [])
    w.session.open_document("d", force=True)
    view = w.view
    qtbot.waitUntil(lambda: w.session.complete and view.viewport().height() > 200)
    bar = view.verticalScrollBar()
    long_claim = (0, len(text) // 2)
    for value, select in ((0, False), (bar.maximum() // 4, True), (bar.maximum() // 3, False),
                          (bar.maximum(), True)):
        bar.setValue(value)
        w.session.select(far.id if select else None)
        view.viewport().repaint()
        lo, hi = view.visible_cp(HIGHLIGHT_MARGIN)
        may = {(x.start, x.end) for x in w.session.ann.spans if x.end > lo and x.start < hi}
        lo, hi = view.visible_cp()
        must = {(x.start, x.end) for x in w.session.ann.spans if x.end > lo and x.start < hi}
        if select:
            may.add((far.start, far.end))
        drawn = w.highlights.drawn_spans()
        # every span over the lines on screen, none but those near them (or the selected)
        assert must <= drawn <= may
        assert len(drawn) > 10
        if value < bar.maximum() // 2:
            assert long_claim in drawn  # started far above, still painted
