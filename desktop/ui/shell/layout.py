"""The window's widgets and where they sit: document list | article | panels.

Built once by the main window; the controllers are given the widgets they work on. Left
to right in an English interface; Qt mirrors it in an Arabic one (the application's
layout direction), and the article is right to left in both.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.annotate.article_view import ArticleView
from desktop.ui.annotate.attribute_panel import AttributePanel
from desktop.ui.annotate.publication import PublicationBar
from desktop.ui.annotate.relation_panel import RelationPanel
from desktop.ui.annotate.span_table import SpanTable
from desktop.ui.shell.annotator_bar import AnnotatorBar, ReadOnlyBanner
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.settings import Settings
from desktop.ui.table_model import whole_row_header

# the three columns' shares of the window's width, and the panels' of their height
COLUMN_SHARES = (27, 46, 27)
PANEL_SHARES = (45, 31, 24)


class TitleLabel(QLabel):
    """The article's title: plain text, right to left, elided to its width (again
    whenever its width changes, from the first paint on)."""

    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resized.emit()


@dataclass
class Layout:
    """The window's widgets, as ``build_layout`` made them, for the controllers."""

    left: QWidget
    status_filter: QComboBox
    search: QLineEdit
    search_count: QLabel
    doc_list: QTableView
    centre: QWidget
    title: TitleLabel
    publication: PublicationBar
    view: ArticleView
    right: QSplitter
    span_table: SpanTable
    attribute_panel: AttributePanel
    relation_panel: RelationPanel
    splitter: QSplitter
    progress_label: QLabel
    annotator_label: QLabel
    document_progress: QLabel
    annotator_bar: AnnotatorBar
    read_only_banner: ReadOnlyBanner

    @property
    def title_resized(self):
        return self.title.resized


def _document_list(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName("documentList")
    whole_row_header(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    vh = table.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setMinimumWidth(sum(DOC_COLUMNS) - DOC_COLUMNS[1] + 40 + 8)  # a squeezed title
    return table


DOC_COLUMNS = (124, 100, 76, 44, 44)  # id, title, status, spans, to check: at least
ID_SAMPLE = "000_853630d0f81be7ce"  # an id as the importer names a file's document
TITLE_MIN = 90  # the title's share when the list is at its narrowest
CELL_PAD = 16  # a cell's margins and focus frame around its text
PREFERRED = "preferredWidth"  # the list's width with every column whole


def size_document_columns(table: QTableView) -> None:
    """Once the list has its model: each column but the title as wide as its header and
    its widest text in the interface's language (an importer's id, every status), the
    title takes the rest; the list is never narrower than that with a readable title
    (so the span count never disappears behind a scroll bar). A longer id is elided in
    the middle, the whole of it in its tooltip."""
    from desktop.ui.annotate.document_model import STATUS_TEXT

    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents
    hh.setStretchLastSection(False)
    fm = table.fontMetrics()
    texts = {0: [ID_SAMPLE], 2: [translate("Status", s) for s in STATUS_TEXT.values()]}
    for col, width in enumerate(DOC_COLUMNS):  # wide enough for a translated header
        widest = max((fm.horizontalAdvance(t) for t in texts.get(col, ())), default=0)
        table.setColumnWidth(col, max(width, hh.sectionSizeHint(col), widest + CELL_PAD))
    hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    others = sum(table.columnWidth(c) for c in range(len(DOC_COLUMNS)) if c != 1)
    # the vertical scroll bar's width is the style's PM_ScrollBarExtent; asked of the bar,
    # not of table.style(), which would build QStyle and its ~570 enum members first
    frame = table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 8
    table.setMinimumWidth(sum(DOC_COLUMNS) - DOC_COLUMNS[1] + 40 + 8)  # a small screen
    table.setProperty(PREFERRED, others + TITLE_MIN + frame)  # geometry.proportion()


def build_layout(window: QMainWindow, settings: Settings) -> Layout:
    left = QWidget(window)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(4, 4, 4, 4)
    status_filter = QComboBox(left)
    status_filter.setObjectName("statusFilter")
    left_layout.addWidget(status_filter)
    search_row = QHBoxLayout()
    search = QLineEdit(left)
    search.setObjectName("documentSearch")
    search.setClearButtonEnabled(True)
    search.setPlaceholderText(translate("Search", "Search id, title and text"))
    search.setToolTip(translate("Search", "Diacritics, hamza forms, ى/ي, ة/ه and digit "
                                "scripts are matched alike"))
    search_row.addWidget(search, 1)
    search_count = QLabel(left)
    search_count.setObjectName("documentSearchCount")
    search_count.setTextFormat(Qt.TextFormat.PlainText)
    search_count.hide()
    search_row.addWidget(search_count)
    left_layout.addLayout(search_row)
    doc_list = _document_list(left)
    left_layout.addWidget(doc_list, 1)

    centre = QWidget(window)
    centre_layout = QVBoxLayout(centre)
    centre_layout.setContentsMargins(4, 4, 4, 4)
    title = TitleLabel(centre)
    title.setObjectName("articleTitle")
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                       | Qt.AlignmentFlag.AlignVCenter)
    title.setFixedHeight(title.fontMetrics().height() + 6)
    title.setMinimumWidth(50)  # long titles are elided, never re-layout
    centre_layout.addWidget(title)
    publication = PublicationBar(centre)  # Published: [YYYY-MM-DD]
    centre_layout.addWidget(publication)
    view = ArticleView(centre, settings.point_size)
    centre_layout.addWidget(view, 1)

    right = QSplitter(Qt.Orientation.Vertical, window)
    right.setObjectName("panelSplitter")
    span_table = SpanTable(right)
    attribute_panel = AttributePanel(right)
    relation_panel = RelationPanel(right)
    for w in (span_table, attribute_panel, relation_panel):
        right.addWidget(w)
    for i, share in enumerate(PANEL_SHARES):
        right.setStretchFactor(i, share)

    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setObjectName("mainSplitter")
    for w in (left, centre, right):
        splitter.addWidget(w)
    for i, share in enumerate(COLUMN_SHARES):
        splitter.setStretchFactor(i, share)
    splitter.setChildrenCollapsible(False)
    host = QWidget(window)  # the annotator's name bar above the three columns
    host_layout = QVBoxLayout(host)
    host_layout.setContentsMargins(0, 0, 0, 0)
    host_layout.setSpacing(0)
    annotator_bar = AnnotatorBar(host)
    host_layout.addWidget(annotator_bar)
    read_only_banner = ReadOnlyBanner(host)
    host_layout.addWidget(read_only_banner)
    host_layout.addWidget(splitter, 1)
    window.setCentralWidget(host)

    document_progress = QLabel(window)
    document_progress.setObjectName("documentProgress")
    progress_label = QLabel(window)
    progress_label.setObjectName("progressLabel")
    annotator_label = QLabel(window)
    annotator_label.setObjectName("annotatorLabel")
    for label in (progress_label, annotator_label, document_progress):
        label.setTextFormat(Qt.TextFormat.PlainText)
    window.statusBar().addPermanentWidget(document_progress)
    window.statusBar().addPermanentWidget(annotator_label)
    window.statusBar().addPermanentWidget(progress_label)
    return Layout(left, status_filter, search, search_count, doc_list, centre, title, publication, view, right,
                  span_table, attribute_panel, relation_panel, splitter, progress_label,
                  annotator_label, document_progress, annotator_bar, read_only_banner)


__all__ = ["COLUMN_SHARES", "PANEL_SHARES", "PREFERRED", "Layout", "TitleLabel", "build_layout",
           "size_document_columns"]
