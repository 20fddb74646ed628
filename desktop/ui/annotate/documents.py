"""The document list and the document's place in the work: opening a document from the
list, its title above the article, the status filter, progress in the status bar, and
"done, open the next".

The list is a lazy model over the store (``DocumentModel``); the layer it shows is the
session's edit layer (gold's statuses in review mode).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from desktop.core import annotating
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.annotate.document_model import DocumentModel
from desktop.ui.annotate.tagging import quoted
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.language import number
from desktop.ui.shell.session import Session

STATUS_FILTERS = ((QT_TRANSLATE_NOOP("Filters", "All documents"), None), (QT_TRANSLATE_NOOP("Filters", "To do"), "todo"),
                  (QT_TRANSLATE_NOOP("Filters", "In progress"), "in_progress"), (QT_TRANSLATE_NOOP("Filters", "Done"), "done"))
REVIEW_FILTERS = ((QT_TRANSLATE_NOOP("Filters", "All documents"), None),
                  (QT_TRANSLATE_NOOP("Filters", "Unreviewed"), "unreviewed"),
                  (QT_TRANSLATE_NOOP("Filters", "Reviewed"), "reviewed"))


class DocumentsController(QObject):
    def __init__(self, session: Session, doc_list: QTableView, status_filter: QComboBox,
                 title: QLabel, progress: QLabel, who: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("documents")
        self.session = session
        self.doc_list = doc_list
        self.status_filter = status_filter
        self.title = title
        self.progress_label = progress
        self.who_label = who
        self.model = DocumentModel(session.project, session.edit_layer, self)
        doc_list.setModel(self.model)
        from desktop.ui.cell_delegate import CellDelegate
        from desktop.ui.shell.layout import size_document_columns

        size_document_columns(doc_list)
        self._cells = CellDelegate(self.model, doc_list)  # one call a cell painted
        doc_list.setItemDelegate(self._cells)
        # an id reads left to right everywhere
        self._ids = CellDelegate(self.model, doc_list, left_to_right=True)
        doc_list.setItemDelegateForColumn(0, self._ids)
        doc_list.selectionModel().currentRowChanged.connect(self._row_changed)
        self._saved_filter = 0
        self._fill_filter(STATUS_FILTERS)
        status_filter.currentIndexChanged.connect(self._filter_changed)
        session.documentOpened.connect(self._opened)
        session.documentChanged.connect(self._document_changed)
        session.documentsChanged.connect(self.refresh)
        session.layerChanged.connect(self._layer_changed)
        session.modeChanged.connect(self._mode_changed)
        session.projectChanged.connect(self._project_changed)

    # ------------------------------------------------------------------ the list
    def _fill_filter(self, filters, index: int = 0) -> None:
        combo = self.status_filter
        combo.blockSignals(True)
        combo.clear()
        for text, value in filters:
            combo.addItem(translate("Filters", text), value)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self.model.set_status_filter(self.status_filter.currentData())
        self.sync_row()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            doc_id = self.model.doc_id(current.row())
            if doc_id:
                self.session.open_document(doc_id)

    def sync_row(self) -> None:
        """Make the open document the list's current row (and show it)."""
        doc = self.session.doc
        if doc is None:
            return
        sel = self.doc_list.selectionModel()
        current = sel.currentIndex()
        if (current.isValid() and sel.isRowSelected(current.row())
                and self.model.doc_id(current.row()) == doc.id):
            self.doc_list.scrollTo(current)  # opened from the list: its row already
            return
        row = self.model.row_of(doc.id)
        if row is None:
            sel.clearCurrentIndex()
            sel.clearSelection()
            return
        index = self.model.index(row, 0)
        if sel.currentIndex().row() != row:
            sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
        self.doc_list.scrollTo(index)

    def refresh(self) -> None:
        """The list changed (an import, statuses): read it again; with no document open
        (an empty project that got its first documents), open the first."""
        self.model.refresh()
        self.sync_row()
        self.update_progress()
        if self.session.doc is None:
            self.open_first()

    def open_first(self) -> None:
        s = self.session
        if self.model.rowCount():
            doc_id = self.model.doc_id(0)
        else:
            found = s.project.list_documents(0, 1, layer=s.edit_layer)
            doc_id = found[0].id if found else None
        if doc_id:
            s.open_document(doc_id)

    # ------------------------------------------------------------------ session events
    def _opened(self, doc_id: str) -> None:
        doc = self.session.doc
        self.set_title((doc.title or doc.id) if doc else "")
        self.sync_row()

    def _document_changed(self, doc_id: str) -> None:
        self.model.refresh_document(doc_id)
        self.update_progress()

    def _layer_changed(self, layer: str) -> None:
        self.model.set_layer(layer)
        self.sync_row()
        self.update_progress()

    def _mode_changed(self, reviewing: bool) -> None:
        if reviewing:
            self._saved_filter = self.status_filter.currentIndex()
        self._fill_filter(REVIEW_FILTERS if reviewing else STATUS_FILTERS,
                          0 if reviewing else self._saved_filter)
        self.model.set_status_filter(self.status_filter.currentData())

    def _project_changed(self) -> None:
        self.model.set_project(self.session.project)
        self.set_title("")
        self.update_progress()

    # ------------------------------------------------------------------ title, progress
    def set_title(self, title: str) -> None:
        from desktop.ui.shell.plain import plain_tip

        title = " ".join(title.split())
        self.title.setToolTip(plain_tip(title))
        self._full_title = title
        width = max(100, self.title.width() - 8)
        self.title.setText(self.title.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, width))

    def relayout_title(self) -> None:
        """The title label changed size: elide the full title again."""
        self.set_title(getattr(self, "_full_title", ""))

    def update_progress(self) -> None:
        s = self.session
        done, total = s.project.progress(s.edit_layer)
        if s.review_mode:
            self.progress_label.setText(translate("Documents", "{done} of {total} reviewed").format(
                done=number(done), total=number(total)))
            self.who_label.setText(translate("Documents", "Reviewer: {name} (editing gold)").format(
                name=s.annotator))
        else:
            self.progress_label.setText(translate("Documents", "{done} of {total} done").format(
                done=number(done), total=number(total)))
            self.who_label.setText(translate("Documents", "Annotator: {name}").format(
                name=s.annotator))

    # ------------------------------------------------------------------ done and next
    def mark_done_and_next(self) -> None:
        s = self.session
        if s.doc is None:
            return
        doc_id = s.doc.id
        missing = annotating.claims_without_claimant(s.ann, s.schema)
        if not s.write(lambda: s.project.set_status(doc_id, s.annotator, "done",
                                                    who=s.annotator)):
            return
        self.refresh()
        nxt = annotating.next_document(
            doc_id, lambda after, status: s.project.next_document(
                after, layer=s.annotator, status=status))
        note = translate("Documents", "{id} done").format(id=doc_id)
        if missing:
            note += translate("Documents", " — warning: {n} claim(s) without a claimant: {which}").format(
                n=number(len(missing)), which="; ".join(quoted(x.text, 30) for x in missing[:3]))
        if nxt:
            s.open_document(nxt)
        else:
            note += translate("Documents", " — no document left to do")
        s.message(note, 15000)


__all__ = ["REVIEW_FILTERS", "STATUS_FILTERS", "DocumentsController"]
