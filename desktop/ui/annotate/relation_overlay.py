"""Relations drawn in the article: an arrow from each relation's head span to its tail
span, labelled by the relation type, for the selected span (every relation in view with
View ▸ Show all relations). It lies over the viewport like the suggestions' outlines and
follows scroll, zoom, resizing and the text's layout the same way."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

from desktop.ui.annotate.overlay import ViewOverlay
from desktop.ui.annotate.span_geometry import span_rects
from desktop.ui.shell.i18n import label_name
from desktop.ui.shell.session import Session

ARROW = QColor("#374151")
LABEL_BG = QColor(255, 255, 255, 225)


class RelationOverlay(ViewOverlay):
    def __init__(self, session: Session, view):
        self.session = session
        self.show_all = False
        super().__init__(view, lambda: (session.revision, session.selected, self.show_all),
                         "relationOverlay")
        font = QApplication.font()  # the interface's font, not the article's
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.setFont(font)

    def relations(self):
        s = self.session
        if s.doc is None:
            return []
        if self.show_all:
            return list(s.ann.relations)
        if s.selected is None:
            return []
        return [r for r in s.ann.relations if s.selected in (r.head, r.tail)]

    def _anchor(self, span_id: str) -> QRectF | None:
        span = self.session.spans.get(span_id)
        if span is None or span.end > self.view.index.length_cp:
            return None
        rects = span_rects(self.view, span.start, span.end)
        return rects[0] if rects else None

    def _layout(self) -> list[tuple[str, QRectF, QRectF]]:
        """(relation type, head rectangle, tail rectangle) for the relations whose two
        ends are laid out near the viewport."""
        out = []
        height = self.view.viewport().height()
        lo, hi = self.view.visible_cp(400)
        for r in self.relations():
            head, tail = self.session.spans.get(r.head), self.session.spans.get(r.tail)
            if head is None or tail is None:
                continue
            if max(head.end, tail.end) < lo or min(head.start, tail.start) > hi:
                continue
            a, b = self._anchor(r.head), self._anchor(r.tail)
            if a is None or b is None or (a.bottom() < 0 and b.bottom() < 0) or \
                    (a.top() > height and b.top() > height):
                continue
            out.append((r.type, a, b))
        return out

    def arrows(self) -> list[tuple[str, QPointF, QPointF]]:
        """What is drawn: (relation type, start point, end point) in viewport coordinates."""
        return [(t, QPointF(a.center().x(), a.top()), QPointF(b.center().x(), b.top()))
                for t, a, b in self.laid_out()]

    def paintEvent(self, event) -> None:
        arrows = self.arrows()
        if not arrows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        for rtype, p, q in arrows:
            lift = 18 + min(60.0, abs(q.x() - p.x()) / 6 + abs(q.y() - p.y()) / 4)
            c = QPointF((p.x() + q.x()) / 2, min(p.y(), q.y()) - lift)
            path = QPainterPath(p)
            path.quadTo(c, q)
            painter.setPen(QPen(ARROW, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            # the head: along the curve's last tangent
            tangent = q - c
            length = max(1.0, (tangent.x() ** 2 + tangent.y() ** 2) ** 0.5)
            ux, uy = tangent.x() / length, tangent.y() / length
            left = QPointF(q.x() - 8 * ux + 4 * uy, q.y() - 8 * uy - 4 * ux)
            right = QPointF(q.x() - 8 * ux - 4 * uy, q.y() - 8 * uy + 4 * ux)
            painter.setBrush(ARROW)
            painter.drawPolygon(QPolygonF([q, left, right]))
            text = label_name(self.session.schema, rtype)
            mid = path.pointAtPercent(0.5)
            box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1)
            box.moveCenter(mid)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LABEL_BG)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(ARROW)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class RelationsController(QObject):
    """Keeps the arrows in step with the session; View ▸ Show all relations."""

    def __init__(self, session: Session, view, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("relationArrows")
        self.overlay = RelationOverlay(session, view)
        for signal in (session.annotationsChanged, session.selectionChanged,
                       session.documentOpened):
            signal.connect(lambda *_a: self.overlay.update())

    def set_show_all(self, on: bool) -> None:
        self.overlay.show_all = on
        self.overlay.update()


__all__ = ["RelationOverlay", "RelationsController"]
