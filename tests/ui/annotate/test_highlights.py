"""What a paint of the article draws: every span over the lines on screen (and the
selected one wherever it is), found by bisection in the session's spans — a span that
starts far above the viewport and runs through it included."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor

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


def _ink_columns(image, rect, line, fill) -> tuple[float, float]:
    """Along a span's rectangle: the share of pixel columns whose underline band holds a
    pixel of the look's line colour (nearer to it than to the fill and to the black
    text), and the share of those columns whose first such pixel is on the most common
    row (1.0 for a straight line; a wave rises and falls)."""
    def near(c, ref):
        return (c.red() - ref.red()) ** 2 + (c.green() - ref.green()) ** 2 + (
            c.blue() - ref.blue()) ** 2

    black = QColor("black")
    y = round(rect.bottom() - 1.5)
    tops: list[int] = []
    xs = range(round(rect.left()) + 2, round(rect.right()) - 2)
    for x in xs:
        for yy in range(y - 4, y + 3):
            c = image.pixelColor(x, yy)
            d = near(c, line)
            if d < near(c, fill) and d < near(c, black) and d < 60 ** 2:
                tops.append(yy)
                break
    common = max(tops.count(t) for t in set(tops)) if tops else 0
    return len(tops) / max(1, len(xs)), common / max(1, len(tops))


def test_each_label_is_underlined_in_its_own_style(make_project, open_window, qtbot):
    """The non-colour cue: under each label's spans its own line — solid (CLAIM), dashed
    (ACTOR), dotted (DATE), wavy (CUE) — in the label's darker colour, along the span."""
    text = ("قال المتحدث باسم التحالف الدولي إن الغارات استهدفت مواقع لتنظيم داعش قرب "
            "الموصل يوم الأحد الماضي وأضاف أن العمليات ستستمر")
    phrases = {"CLAIM": "الغارات استهدفت مواقع", "ACTOR": "المتحدث باسم التحالف الدولي",
               "DATE": "يوم الأحد الماضي", "CUE": "وأضاف أن العمليات"}
    w = open_window(make_project([("d", text)]))
    w.resize(1200, 700)
    spans = [Span.on(text, doc_id="d", layer=ANNOTATOR, label=label,
                     start=text.index(p), end=text.index(p) + len(p))
             for label, p in phrases.items()]
    w.project.restore(spans, [])
    w.session.open_document("d", force=True)
    view = w.view
    qtbot.waitUntil(lambda: w.session.complete and view.viewport().height() > 100)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    assert ratio == 1.0  # (offscreen)
    seen = {}
    for span, look, rects in w.highlights.drawn():
        widest = max(rects, key=lambda r: r.width())
        assert widest.width() > 40, span.label
        seen[span.label] = _ink_columns(image, widest, look.line, look.fill)
    assert set(seen) == set(phrases)
    solid, dash, dot, wave = (seen[k][0] for k in ("CLAIM", "ACTOR", "DATE", "CUE"))
    assert solid > 0.9 and seen["CLAIM"][1] > 0.9  # unbroken and straight
    assert 0.4 < dash < 0.9 and 0.15 < dot < dash  # broken, dots shorter than dashes
    assert seen["ACTOR"][1] > 0.9 and seen["DATE"][1] > 0.9  # on one row
    assert wave > 0.9 and seen["CUE"][1] < 0.8  # unbroken, rising and falling
