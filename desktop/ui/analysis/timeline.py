"""The timeline dock: claims by the date they were made and the events they report by
theirs (``desktop.core.analysis.timeline.build_timeline`` over the ledger's rows, read on
the views' thread), one lane for each of the most frequent claimants, the rest grouped.
It shows the claims the ledger's filters select (the same layer and filters), so the
ledger narrows it; the line above it says which, and what could not be placed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.changes import change_stamp
from desktop.ui.analysis.dockview import DockView
from desktop.ui.analysis.opening import open_span
from desktop.ui.analysis.reader import Reader, building_many
from desktop.ui.analysis.scope import Scope, layer_exists
from desktop.ui.analysis.timeline_view import TimelineCanvas
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session

MAX_LANES = 8


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("timelineStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.status, 1)
        self.buttons = {}
        for name, text, tip in (
                ("timelineZoomIn", translate("Timeline", "Zoom in"),
                 translate("Timeline", "Fewer days, more detail (also Ctrl with the mouse wheel)")),
                ("timelineZoomOut", translate("Timeline", "Zoom out"),
                 translate("Timeline", "More days (also Ctrl with the mouse wheel)")),
                ("timelineFit", translate("Timeline", "Fit"), translate("Timeline", "Show every item")),
                ("timelineExport", translate("Timeline", "Export image…"),
                 translate("Timeline", "Save the timeline as PNG or SVG"))):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(tip)
            top.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(top)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.canvas = TimelineCanvas(self.scroll)
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)


class TimelineController(DockView):
    REFRESH_MS = 400

    def __init__(self, session: Session, scope: Scope, reader: Reader, view,
                 dock_parent: QWidget, parent: QObject | None = None):
        panel = TimelinePanel()
        super().__init__(session, scope, translate("Timeline", "Timeline"), "timelineDock",
                         panel, dock_parent, parent)
        self.setObjectName("timeline")
        self.panel, self.canvas = panel, panel.canvas
        self.reader, self.view = reader, view
        self._gen = 0
        self._stamp = None
        self._key = None
        b = panel.buttons
        b["timelineZoomIn"].clicked.connect(lambda: self.canvas.zoom(1.5))
        b["timelineZoomOut"].clicked.connect(lambda: self.canvas.zoom(1 / 1.5))
        b["timelineFit"].clicked.connect(self.canvas.fit)
        b["timelineExport"].clicked.connect(self.export_dialog)
        self.canvas.itemClicked.connect(self.open_item)

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        from desktop.core.analysis.timeline import build_timeline
        from desktop.store.ledger import iter_ledger

        self._gen += 1
        gen, key = self._gen, self.scope.key
        layer, unreviewed, filters = self.scope.layer, self.scope.include_unreviewed, \
            self.scope.filters
        if self.canvas.timeline is None:
            self.panel.status.setText(translate("Timeline", "Placing the claims…"))

        def read(project):
            from desktop.ui.analysis.timeline_layout import index_lanes

            stamp = change_stamp(project)
            if not layer_exists(project, layer):
                timeline = build_timeline([])
                return stamp, timeline, index_lanes(timeline)
            with building_many():
                rows = iter_ledger(project, layer, include_unreviewed=unreviewed,
                                   filters=filters)
                timeline = build_timeline(rows, MAX_LANES)
                return stamp, timeline, index_lanes(timeline)  # sorted here, not in the window

        self.reader.ask("timeline.rows", read, lambda r: self._read(gen, key, *r),
                        lambda why: self.panel.status.setText(
                            translate("Timeline", "The timeline could not be read: {why}").format(
                                why=why)))

    def _read(self, gen: int, key, stamp, timeline, lanes) -> None:
        if gen != self._gen:
            return
        if stamp == self._stamp and key == self._key and self.canvas.timeline is not None:
            return
        same_scope = key == self._key
        self._stamp, self._key = stamp, key
        self.canvas.set_timeline(timeline, lanes, keep_range=same_scope and bool(timeline.items))
        self.panel.status.setText(self.status_text(timeline))

    def status_text(self, timeline) -> str:
        from desktop.core.analysis.timeline import CLAIM
        from desktop.ui.shell.language import number

        items = timeline.items
        claims = sum(1 for i in items if i.kind == CLAIM)
        text = translate("Timeline", "{claims} claim date(s) and {events} event date(s) placed; "
                         "{unplaced} date(s) cannot be placed, {undated} claim(s) have none").format(
            claims=number(claims), events=number(len(items) - claims),
            unplaced=number(len(timeline.unplaced)), undated=number(timeline.undated))
        described = self.scope.describe()
        if described:
            text += " — " + translate("Timeline", "as the ledger filters: {filters}").format(
                filters=described)
        return text

    # ------------------------------------------------------------------ acting
    def open_item(self, item) -> bool:
        return open_span(self.session, self.view, item.document, item.claim_id)

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        s = self.session
        default = s.project.path.with_suffix(f".{s.edit_layer}.timeline.png")
        png = translate("Timeline", "PNG image (*.png)")
        svg = translate("Timeline", "SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self.dock, translate("Timeline", "Export the timeline"), str(default), f"{png};;{svg}")
        if not path:
            return
        if "." not in path.rsplit("/", 1)[-1]:
            path += ".svg" if chosen == svg else ".png"
        self.export_to(path)

    def export_to(self, path) -> bool:
        s = self.session
        if self.canvas.timeline is None:
            s.message(translate("Timeline", "Show the timeline first (Analysis ▸ Timeline)"))
            return False
        try:
            out = self.canvas.export(path)
        except ImportError:  # a bundle built without QtSvg
            s.message(translate("Timeline", "SVG export needs Qt's SVG module, which this "
                                "build leaves out: export a PNG"))
            return False
        except (OSError, ValueError) as exc:
            s.message(translate("Timeline", "Timeline not exported: {why}").format(why=exc))
            return False
        s.message(translate("Timeline", "Timeline exported to {path}").format(path=out), 0)
        return True


__all__ = ["TimelineController", "TimelinePanel"]
