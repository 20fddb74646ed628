"""The document list as a lazy Qt table model over the store.

Rows come in pages of ``PAGE`` from ``Project.list_documents`` and are cached; the row
count comes from ``Project.count_documents``. No title or text is read for rows never
shown, so a project of 100,000 documents opens as fast as one of ten. Column 0 shows the
document id (tests and scripts read it as the row's display text).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.store.project import DocSummary, Project
from desktop.ui.cell_delegate import NO_CELL
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.language import number
from desktop.ui.table_model import ReadOnlyTableModel

PAGE = 200
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "ID"), QT_TRANSLATE_NOOP("Columns", "Title"), QT_TRANSLATE_NOOP("Columns", "Status"),
           QT_TRANSLATE_NOOP("Columns", "Spans"), QT_TRANSLATE_NOOP("Columns", "To check"))
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DOC_ID = int(DOC_ID_ROLE)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WARN = QColor("#b45309")  # the "to check" count, when there is something to check
_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DOC_ID_ROLE,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))

STATUS_TEXT = {"todo": QT_TRANSLATE_NOOP("Status", "to do"), "in_progress": QT_TRANSLATE_NOOP("Status", "in progress"),
               "done": QT_TRANSLATE_NOOP("Status", "done"), "unreviewed": QT_TRANSLATE_NOOP("Status", "unreviewed"),
               "reviewed": QT_TRANSLATE_NOOP("Status", "reviewed")}


class DocumentModel(ReadOnlyTableModel):
    COLUMNS = COLUMNS

    def __init__(self, project: Project, layer: str, parent=None):
        super().__init__(parent)
        self._project = project
        self._layer = layer
        self._status: str | None = None
        self._query: str = ""  # a corpus search: only the documents it finds
        self._count: int | None = None
        self._pages: dict[int, list[DocSummary]] = {}

    # ------------------------------------------------------------------ configuration
    @property
    def status_filter(self) -> str | None:
        return self._status

    def set_status_filter(self, status: str | None) -> None:
        if status != self._status:
            self._status = status
            self.refresh()

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show only the documents whose id, title or text hold ``query`` (folded: hamza
        forms, harakat, tatweel, ى/ي, ة/ه and digit scripts alike); "" shows them all."""
        query = query.strip()
        if query != self._query:
            self._query = query
            self.refresh()

    def set_layer(self, layer: str) -> None:
        if layer != self._layer:
            self._layer = layer
            self.refresh()

    def set_project(self, project: Project) -> None:
        self._project = project
        self.refresh()

    def refresh(self) -> None:
        """Forget every cached page and the count (after an import, a status change)."""
        self.beginResetModel()
        self._count = None
        self._pages.clear()
        self.endResetModel()

    def refresh_document(self, doc_id: str) -> None:
        """Re-read the cached page that holds ``doc_id`` (its span count changed)."""
        for page, rows in list(self._pages.items()):
            for i, row in enumerate(rows):
                if row.id == doc_id:
                    del self._pages[page]
                    r = page * PAGE + i
                    self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))
                    return

    # ------------------------------------------------------------------ lookups
    def _row(self, row: int) -> DocSummary | None:
        if not 0 <= row < self.rowCount():
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if self._query:
                rows = self._project.search_documents(self._query, layer=self._layer,
                                                      status=self._status,
                                                      offset=page * PAGE, limit=PAGE)
            else:
                rows = self._project.list_documents(page * PAGE, PAGE, layer=self._layer,
                                                    status=self._status)
            if len(self._pages) > 64:  # keep memory flat when scrolling far
                self._pages.clear()
            self._pages[page] = rows
        i = row - page * PAGE
        return rows[i] if i < len(rows) else None

    def doc_id(self, row: int) -> str | None:
        summary = self._row(row)
        return summary.id if summary else None

    def row_of(self, doc_id: str) -> int | None:
        """The row of a document: among the pages read (the list shows them, and a
        document opened from it is on one), else, without a filter, its place in the
        project (a count over the file's rows up to it: at 100,000 documents a walk of
        the whole table, which opening a document no longer pays when it was listed)."""
        for page, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.id == doc_id:
                    return page * PAGE + i
        if self._status is None and not self._query:
            return self._project.document_row(doc_id)
        return None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._count is None:
            if self._query:
                self._count = self._project.count_search(self._query, layer=self._layer,
                                                         status=self._status)
            else:
                self._count = self._project.count_documents(layer=self._layer,
                                                            status=self._status)
        return self._count

    def cell(self, row: int, col: int) -> tuple:
        """What a cell shows: its text, background, text colour and alignment (None: the
        view's); what the list paints (``CellDelegate``) and ``data`` says."""
        summary = self._row(row)
        if summary is None:
            return NO_CELL
        if col == 0:
            return summary.id, None, None, None
        if col == 1:
            return summary.title, None, None, None
        if col == 2:
            status = STATUS_TEXT.get(summary.status)
            return (translate("Status", status) if status else summary.status), None, None, None
        if col == 3:
            return number(summary.spans), None, None, _RIGHT
        if col == 4:  # claims with no claimant yet: what "done" will warn about
            if summary.unclaimed:
                return number(summary.unclaimed), None, _WARN, _RIGHT
            return "", None, None, _RIGHT
        return NO_CELL

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        if role not in _ROLES:  # (an int: see span_table.SpanModel.data)
            return None
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        summary = self._row(row)
        if summary is None:
            return None
        if role == _TOOLTIP:
            if col == 4:
                return translate("Documents", "{n} claim(s) without a claimant").format(
                    n=number(summary.unclaimed))
            from desktop.ui.shell.plain import plain_tip

            return plain_tip(self.cell(row, col)[0])
        if role == _DOC_ID:
            return summary.id
        text, _background, foreground, alignment = self.cell(row, col)
        if role == _DISPLAY:
            return text
        if role == _FOREGROUND:
            return foreground
        return None if alignment is None else int(alignment)  # TextAlignmentRole
