"""The timeline in the window (``timelineView``): items placed by their interval at their
granularity (a day a point, a month or a year a band), a lane per claimant, hover shows
the claim as plain text, a click opens it, the ledger's filters narrow it, and the PNG
and SVG exports are files that load."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip

from desktop.core.analysis.timeline import day_number
from desktop.ui.analysis.timeline_layout import RADIUS
from tests.store.analysis_fixtures import EXAMPLE_ID
from tests.ui.analysis.conftest import SEED_001


@pytest.fixture
def timeline(gold_window, qtbot):
    gold_window.resize(1400, 900)
    gold_window.findChild(QAction, "actionTimeline").trigger()
    ctl = gold_window.analysis.timeline
    qtbot.waitUntil(lambda: ctl.canvas.laid is not None and bool(ctl.canvas.laid.placed),
                    timeout=10000)
    return ctl


def placed(ctl):
    return {(p.item.claim_id, p.item.kind): p for p in ctl.canvas.laid.placed}


def test_items_are_placed_by_granularity_in_a_lane_per_claimant(gold_window, timeline):
    canvas = timeline.canvas
    assert gold_window.findChild(object, "timelineView") is canvas
    laid = canvas.laid
    got = placed(timeline)
    assert set(got) == {("s19", "claim"), ("s19", "event"), ("s16", "event")}
    day = got[("s19", "claim")]  # الثلاثاء = 2019-03-12: a day, a point
    assert day.point and day.rect.width() == pytest.approx(2 * RADIUS)
    noon = day_number(dt.datetime(2019, 3, 12, 12))
    assert day.rect.center().x() == pytest.approx(laid.x(noon), abs=0.5)
    month = got[("s19", "event")]  # منتصف يونيو = 2019-06 MID: the middle third, a band
    assert not month.point and month.item.interval.granularity == "month"
    a, b = day_number(dt.datetime(2019, 6, 11)), day_number(dt.datetime(2019, 6, 21))
    assert (month.item.interval.start_day, month.item.interval.end_day) == (a, b)
    assert month.rect.center().x() == pytest.approx(laid.x((a + b) / 2), abs=0.5)
    assert month.rect.width() == pytest.approx(max(4.0, laid.x(b) - laid.x(a)), abs=0.5)
    year = got[("s16", "event")]  # نهاية العام الماضي = 2017 END: the last third of 2017
    assert not year.point and year.item.interval.granularity == "year"
    assert year.rect.left() == pytest.approx(laid.x(year.item.interval.start_day), abs=0.5)
    assert year.rect.right() == pytest.approx(laid.x(day_number(dt.datetime(2018, 1, 1))), abs=0.5)
    days = year.rect.width() / laid.plot.width() * (laid.t1 - laid.t0)
    assert days == pytest.approx(122, abs=1)  # four months at the axis's scale
    # a lane per claimant; its name beside it
    names = [name for name, _band in laid.lanes]
    assert names == ["العراق", "مايك بومبيو"]
    assert year.lane == 0 and day.lane == 1 == month.lane
    status = gold_window.findChild(object, "timelineStatus").text()
    assert "1 claim date(s) and 2 event date(s) placed" in status


def test_hover_shows_the_claim_and_a_click_opens_it(gold_window, qtbot, timeline):
    canvas = timeline.canvas
    point = placed(timeline)[("s19", "claim")].rect.center().toPoint()
    QToolTip.hideText()
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, point,
                                              canvas.mapToGlobal(point)))
    qtbot.waitUntil(lambda: QToolTip.text().startswith("Claim made"), timeout=10000)
    text = QToolTip.text()
    assert text.startswith("Claim made: 2019-03-12 (a day)")
    assert "تعقد واشنطن وبغداد" in text and "مايك بومبيو" in text
    QToolTip.hideText()
    gold_window.open_document(SEED_001)
    QApplication.sendEvent(canvas, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(point), QPointF(canvas.mapToGlobal(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert canvas.hover is not None and canvas.hover.item.claim_id == "s19"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert gold_window.doc.id == EXAMPLE_ID and gold_window.session.selected == "s19"
    # nothing under the pointer: no tooltip, no click
    empty = QPoint(int(canvas.laid.plot.left()) + 2, int(canvas.laid.plot.top()) + 2)
    assert canvas.tip_at(empty) == ""


def test_the_ledgers_filters_narrow_it(gold_window, qtbot, timeline):
    claimant = gold_window.findChild(QLineEdit, "ledgerClaimant")
    claimant.setText("بومبيو")
    claimant.returnPressed.emit()
    qtbot.waitUntil(lambda: set(placed(timeline)) == {("s19", "claim"), ("s19", "event")},
                    timeout=10000)
    assert [n for n, _b in timeline.canvas.laid.lanes] == ["مايك بومبيو"]
    assert "claimant بومبيو" in gold_window.findChild(object, "timelineStatus").text()


def test_zoom_keeps_the_day_under_the_pointer(timeline):
    canvas = timeline.canvas
    x = placed(timeline)[("s19", "claim")].rect.center().x()
    before = canvas.laid.day_at(x)
    span = canvas.t1 - canvas.t0
    canvas.zoom(2.0, x)
    assert canvas.t1 - canvas.t0 == pytest.approx(span / 2)
    assert canvas.laid.day_at(x) == pytest.approx(before)


def test_png_and_svg_exports_load(gold_window, timeline, tmp_path):
    from PySide6.QtSvg import QSvgRenderer

    png = tmp_path / "timeline.png"
    assert timeline.export_to(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 2 * 1200
    assert "Timeline exported" in gold_window.last_notice
    svg = tmp_path / "timeline.svg"
    assert timeline.export_to(svg)
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.defaultSize().width() >= 1200
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert not list(tmp_path.glob(".timeline*"))  # no temporary file left beside them
    # a target that cannot be written: said, and nothing left behind
    assert not timeline.export_to(tmp_path / "missing" / "t.png")
    assert "not exported" in gold_window.last_notice


def test_a_crowded_lane_is_a_density_strip_until_zoomed_in(qtbot):
    """4,000 claims of one claimant over a year: a strip of counts (the window never lays
    out thousands of items at once); zoomed to a week, each claim is a point again."""
    from desktop.core.analysis.ledger import ActorRef, DateRef, LedgerRow
    from desktop.core.analysis.timeline import build_timeline
    from desktop.ui.analysis.timeline_layout import DETAIL_LIMIT, Density
    from desktop.ui.analysis.timeline_view import TimelineCanvas

    first = dt.date(2018, 1, 1)
    rows = [LedgerRow(f"d{n}", f"c{n}", "قال", 0, 3,
                      claimants=(ActorRef(f"a{n}", "الجيش", "الجيش", 0, 1),),
                      claim_dates=(DateRef(f"t{n}", "أمس",
                                           (first + dt.timedelta(days=n % 365)).isoformat(),
                                           0, 1),))
            for n in range(4000)]
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 300)
    canvas.set_timeline(build_timeline(rows))
    laid = canvas.laid
    assert laid.placed == [] and laid.density
    assert sum(d.claims for d in laid.density) == 4000 > DETAIL_LIMIT
    crowd = laid.density[len(laid.density) // 2]
    assert "claim date(s)" in canvas.tip_at(crowd.rect.center())
    canvas.zoom(365 / 7, crowd.rect.center().x())
    assert not canvas.laid.density and 0 < len(canvas.laid.placed) <= DETAIL_LIMIT
    assert all(p.point for p in canvas.laid.placed)
    assert isinstance(laid.hit(crowd.rect.center()), Density)


def test_svg_without_qtsvg_is_said(gold_window, timeline, tmp_path, monkeypatch):
    """A bundle that leaves QtSvg out: the SVG export says so; PNG still works."""
    import builtins

    real = builtins.__import__

    def no_svg(name, *args, **kwargs):
        if name == "PySide6.QtSvg":
            raise ModuleNotFoundError("No module named 'PySide6.QtSvg'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_svg)
    assert not timeline.export_to(tmp_path / "t.svg")
    assert "export a PNG" in gold_window.last_notice
    assert not list(tmp_path.glob("*t.svg*"))
    assert timeline.export_to(tmp_path / "t.png")


def _year_of_claims(year: int):
    from desktop.core.analysis.ledger import ActorRef, DateRef, LedgerRow

    return [LedgerRow(f"d{m}", f"c{m}", "قال", 0, 3,
                      claimants=(ActorRef(f"a{m}", "الجيش", "الجيش", 0, 1),),
                      claim_dates=(DateRef(f"t{m}", "أمس", f"{year}-{m:02d}-15", 0, 1),))
            for m in range(1, 13)]


@pytest.mark.parametrize("arabic", [False, True])
def test_axis_labels_are_spaced_by_their_measured_width(qtbot, arabic):
    """Months of a year at any width, in English and in Arabic («تشرين الأول ٢٠٢٦» is
    twice as wide as "Oct 2026"): no two labels touch, each is as wide as its text."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFontMetricsF

    from desktop.core.analysis.timeline import build_timeline
    from desktop.ui.analysis.timeline_layout import TICK_GAP
    from desktop.ui.analysis.timeline_view import TimelineCanvas

    before = QLocale()
    if arabic:
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq))
    try:
        canvas = TimelineCanvas()
        qtbot.addWidget(canvas)
        if arabic:
            canvas.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        canvas.set_timeline(build_timeline(_year_of_claims(2026)))
        metrics = QFontMetricsF(canvas.font())
        for width in (500, 800, 1100, 1400, 2000):
            canvas.resize(width, 300)
            labels = canvas.laid.labels
            assert len(labels) >= 2, width
            for rect, text in labels:
                assert rect.width() >= metrics.horizontalAdvance(text)
            for (a, _), (b, _) in zip(labels, labels[1:], strict=False):
                assert b.left() - a.right() >= TICK_GAP - 0.01, (width, a, b)
        if arabic:
            assert any("تشرين" in text for _r, text in canvas.laid.labels)
    finally:
        QLocale.setDefault(before)


def test_an_empty_timeline_says_so_and_has_no_label_column(qtbot):
    """No placeable date: no made-up year on an axis, a line that says what to do; with
    no lane there is no lane-label column either (the drawing runs the whole width)."""
    from desktop.core.analysis.timeline import build_timeline
    from desktop.ui.analysis.timeline_layout import MARGIN
    from desktop.ui.analysis.timeline_paint import empty_hint
    from desktop.ui.analysis.timeline_view import TimelineCanvas

    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 200)
    canvas.set_timeline(build_timeline([]))
    laid = canvas.laid
    assert laid.empty and "publication date" in empty_hint()
    assert laid.plot.left() == MARGIN and laid.plot.right() == pytest.approx(1000 - MARGIN)
    image = canvas.grab().toImage()
    row = int(laid.height / 2)
    dark = [x for x in range(image.width()) if image.pixelColor(x, row).lightness() < 160]
    assert dark and min(dark) > 100 and max(dark) < 900  # the hint, centred
    # with dates: lanes come back with their label column
    canvas.set_timeline(build_timeline(_year_of_claims(2026)))
    assert not canvas.laid.empty and canvas.laid.plot.left() > MARGIN
