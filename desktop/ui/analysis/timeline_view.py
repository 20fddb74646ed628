"""The timeline's widget (``timelineView``): the drawing of ``timeline_paint`` with a
hover tooltip (the claim, as plain text), a click that opens the claim, Ctrl+wheel or
the buttons to zoom about the pointer, a drag to pan; and its export as PNG (QPainter on
a QImage) or SVG (``QSvgGenerator``, imported when first used)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.analysis.timeline import EVENT, Timeline
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.analysis import timeline_layout as tl
from desktop.ui.analysis import timeline_paint as tp
from desktop.ui.analysis.tips import plain_tip
from desktop.ui.shell.i18n import translate

GRANULARITY_NAMES = {
    "minute": QT_TRANSLATE_NOOP("Timeline", "a minute"),
    "hour": QT_TRANSLATE_NOOP("Timeline", "an hour"),
    "part_of_day": QT_TRANSLATE_NOOP("Timeline", "a part of the day"),
    "day": QT_TRANSLATE_NOOP("Timeline", "a day"),
    "weekend": QT_TRANSLATE_NOOP("Timeline", "a weekend"),
    "week": QT_TRANSLATE_NOOP("Timeline", "a week"),
    "month": QT_TRANSLATE_NOOP("Timeline", "a month"),
    "season": QT_TRANSLATE_NOOP("Timeline", "a season"),
    "quarter": QT_TRANSLATE_NOOP("Timeline", "a quarter"),
    "half": QT_TRANSLATE_NOOP("Timeline", "half a year"),
    "year": QT_TRANSLATE_NOOP("Timeline", "a year"),
    "decade": QT_TRANSLATE_NOOP("Timeline", "a decade"),
    "century": QT_TRANSLATE_NOOP("Timeline", "a century"),
}
EXPORT_MIN_WIDTH = 1200
CLICK_SLOP = 4  # pixels a press may move and still be a click


def density_tip(d: tl.Density) -> str:
    from PySide6.QtCore import QDate, QLocale

    from desktop.ui.shell.language import number

    def day(n: float) -> str:
        return QLocale().toString(QDate(1, 1, 1).addDays(int(n) - 1), "d MMM yyyy")

    return translate("Timeline", "{claims} claim date(s) and {events} event date(s), {start} – "
                     "{end}\nClick or zoom in to see each").format(
        claims=number(d.claims), events=number(d.events), start=day(d.start), end=day(d.end))


def item_tip(p: tl.Placed) -> str:
    it = p.item
    iv = it.interval
    gran = translate("Timeline", GRANULARITY_NAMES.get(iv.granularity, iv.granularity))
    mod = f" {iv.mod}" if iv.mod else ""
    head = (translate("Timeline", "Event it reports: {value}{mod} ({granularity})") if it.kind == EVENT
            else translate("Timeline", "Claim made: {value}{mod} ({granularity})")).format(
        value=it.value, mod=mod, granularity=gran)
    claim = it.claim if len(it.claim) <= 300 else it.claim[:300] + "…"
    lines = [head, claim,
             translate("Timeline", "Claimant: {name}").format(
                 name=it.claimant or translate("Timeline", "(none)")),
             translate("Timeline", "Date: {text}").format(text=it.date_text),
             translate("Timeline", "Document: {id} (click to open it)").format(id=it.document)]
    return plain_tip("\n".join(lines))


class TimelineCanvas(QWidget):
    itemClicked = Signal(object)  # the TimelineItem

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timeline: Timeline | None = None
        self.lanes: list[tl.LaneIndex] = []
        self.t0, self.t1 = tl.fit(Timeline([], [], 0, None, None))
        self.laid: tl.Laid | None = None
        self.hover: tl.Placed | tl.Density | None = None
        self._press: QPointF | None = None
        self._press_range = (self.t0, self.t1)
        self._dragged = False

    # ------------------------------------------------------------------ data and layout
    def set_timeline(self, timeline: Timeline, lanes: list[tl.LaneIndex] | None = None, *,
                     keep_range: bool = False) -> None:
        """Show ``timeline`` (``lanes``: its items indexed, ``index_lanes``, which the
        views' thread makes for a large one)."""
        self.timeline = timeline
        self.lanes = lanes if lanes is not None else tl.index_lanes(timeline)
        if not keep_range:
            self.t0, self.t1 = tl.fit(timeline)
        self.hover = None
        self.relayout()

    def relayout(self) -> None:
        if self.timeline is None:
            return
        self.laid = self.layout_for(max(self.width(), 200))
        self.setMinimumHeight(int(self.laid.height) + 1)
        self.update()

    def layout_for(self, width: float) -> tl.Laid:
        from PySide6.QtGui import QFontMetricsF

        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return tl.layout(self.lanes, width, self.t0, self.t1, rtl=rtl,
                         measure=QFontMetricsF(self.font()).horizontalAdvance)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()

    def sizeHint(self) -> QSize:
        return QSize(800, int(self.laid.height) if self.laid else 200)

    # ------------------------------------------------------------------ zoom and pan
    def zoom(self, factor: float, about: float | None = None) -> None:
        """Show ``1/factor`` of the days shown, keeping the day at ``about`` (x) in place."""
        if self.laid is None:
            return
        pivot = self.laid.day_at(about) if about is not None else (self.t0 + self.t1) / 2
        span = max((self.t1 - self.t0) / factor, 2.0)
        span = min(span, 200 * 365.25)
        share = (pivot - self.t0) / (self.t1 - self.t0)
        self.t0 = pivot - share * span
        self.t1 = self.t0 + span
        self.relayout()

    def fit(self) -> None:
        if self.timeline is not None:
            self.t0, self.t1 = tl.fit(self.timeline)
            self.relayout()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom(1.25 ** steps, event.position().x())
            event.accept()
            return
        event.ignore()  # the scroll area scrolls the lanes

    # ------------------------------------------------------------------ the mouse
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_range = (self.t0, self.t1)
            self._dragged = False

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is not None and self.laid is not None:
            dx = pos.x() - self._press.x()
            if abs(dx) > CLICK_SLOP:
                self._dragged = True
            if self._dragged:
                per_px = (self._press_range[1] - self._press_range[0]) / self.laid.plot.width()
                self.t0 = self._press_range[0] - dx * per_px
                self.t1 = self._press_range[1] - dx * per_px
                self.relayout()
                return
        self.set_hover(self.laid.hit(pos) if self.laid else None)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self._press = None
        if not self._dragged and self.laid is not None:
            hit = self.laid.hit(event.position())
            if isinstance(hit, tl.Density):
                self.zoom(4.0, event.position().x())  # a crowd: closer, until each shows
            elif hit is not None:
                self.itemClicked.emit(hit.item)

    def set_hover(self, placed: tl.Placed | tl.Density | None) -> None:
        if placed is not self.hover:
            self.hover = placed
            self.setCursor(Qt.CursorShape.PointingHandCursor if placed
                           else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event) -> None:
        self.set_hover(None)
        super().leaveEvent(event)

    def tip_at(self, pos: QPointF) -> str:
        hit = self.laid.hit(pos) if self.laid else None
        if isinstance(hit, tl.Density):
            return density_tip(hit)
        return item_tip(hit) if hit is not None else ""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        if self.laid is None:
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        tp.paint(painter, self.laid, hover=self.hover, background=self.palette().base().color())
        painter.end()

    # ------------------------------------------------------------------ export
    def export(self, path: str | Path) -> Path:
        """The timeline as shown (same days) as PNG, or SVG for a ``.svg`` path; written
        beside the target and renamed into place."""
        if self.timeline is None:
            raise ValueError(translate("Timeline", "no timeline to export yet"))
        target = Path(path)
        laid = self.layout_for(max(self.width(), EXPORT_MIN_WIDTH))
        w, h = int(laid.width), int(laid.height) + 1
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix or ".png",
                                   dir=target.parent)
        os.close(fd)
        try:
            if target.suffix.lower() == ".svg":
                self._svg(laid, tmp, w, h)
            else:
                image = QImage(w * 2, h * 2, QImage.Format.Format_ARGB32_Premultiplied)
                image.setDevicePixelRatio(2.0)  # sharp text on today's screens
                image.fill(QColor("white"))
                painter = QPainter(image)
                painter.setFont(self.font())
                tp.paint(painter, laid)
                painter.end()
                if not image.save(tmp, "PNG"):
                    raise OSError(translate("Timeline", "could not write {path}").format(path=target))
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return target

    def _svg(self, laid: tl.Laid, out: str, w: int, h: int) -> None:
        from PySide6.QtCore import QRect
        from PySide6.QtSvg import QSvgGenerator  # only an SVG export needs it

        gen = QSvgGenerator()
        gen.setFileName(out)
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setTitle(translate("Timeline", "Tawsim timeline"))
        gen.setDescription(translate("Timeline", "Claims by the date they were made and the "
                                     "events they report by their dates"))
        painter = QPainter(gen)
        painter.setFont(self.font())
        tp.paint(painter, laid)
        painter.end()


__all__ = ["GRANULARITY_NAMES", "TimelineCanvas", "item_tip"]
