"""The label legend on the toolbar: each label's colour swatch with its non-colour cue
(the underline style it is drawn with in the article) beside its key and name, so the
labels can be told apart without colour and found without the menu."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop.core.schema import Label

_PEN = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
        "dot": Qt.PenStyle.DotLine, "double": Qt.PenStyle.SolidLine}


def legend_icon(label: Label, width: int = 30, height: int = 18, scale: float = 1.0) -> QIcon:
    pix = QPixmap(int(width * scale), int(height * scale))
    pix.setDevicePixelRatio(scale)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QColor(label.color)
    p.setPen(QPen(base.darker(150), 1))
    p.setBrush(base)
    p.drawRoundedRect(1, 1, width - 2, height - 7, 3, 3)
    pen = QPen(base.darker(220), 1.6)
    y = height - 3.0
    if label.underline == "wave":
        path = QPainterPath(QPointF(2, y))
        x, up = 2.0, True
        while x < width - 2:
            path.quadTo(QPointF(x + 2, y - 2.5 if up else y + 2.5), QPointF(x + 4, y))
            x += 4
            up = not up
        p.setPen(pen)
        p.drawPath(path)
    else:
        pen.setStyle(_PEN.get(label.underline, Qt.PenStyle.SolidLine))
        p.setPen(pen)
        p.drawLine(QLineF(2, y, width - 2, y))
        if label.underline == "double":
            p.drawLine(QLineF(2, y - 2.5, width - 2, y - 2.5))
    p.end()
    return QIcon(pix)


def show_legend(actions, schema, toolbar, scale: float = 1.0) -> None:
    """The label actions on ``toolbar`` as a legend: swatch and underline cue, key and
    name."""
    for lab in schema.labels:
        actions.action(f"tag.{lab.name}").setIcon(legend_icon(lab, scale=scale))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


__all__ = ["legend_icon", "show_legend"]
