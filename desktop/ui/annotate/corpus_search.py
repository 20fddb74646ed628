"""Searching the corpus: ``documentSearch`` above the document list filters it by id,
title and full text on the folded shadow (DESIGN §2), with a count; opening a document
from the filtered list selects the first match in the article (through the search's
position map), so a label key can tag it at once. Built on the project's FTS5 index
(``desktop/store/search.py``), which the window keeps up to date in a worker after an
import and when a project opens with documents not indexed yet."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.ui.annotate.article_view import ArticleView
from desktop.ui.annotate.document_model import DocumentModel
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.language import number
from desktop.ui.shell.session import Session
from desktop.ui.shell.workers import Job, Jobs

DEBOUNCE_MS = 250  # typing: search once the user pauses


class IndexJob(Job):
    """Bring the project's search index up to date, in a worker thread."""

    def work(self, project):
        return project.update_search_index(progress=self._progress, cancelled=self.cancelled)


class CorpusSearch(QObject):
    def __init__(self, session: Session, edit: QLineEdit, count: QLabel, model: DocumentModel,
                 view: ArticleView, jobs: Jobs, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("corpusSearch")
        self.session = session
        self.edit = edit
        self.count = count
        self.model = model
        self.view = view
        self.jobs = jobs
        self.indexing = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        edit.textChanged.connect(lambda _t: self._timer.start())
        edit.returnPressed.connect(self.search)
        session.documentOpened.connect(self._opened)
        session.projectChanged.connect(self._project_changed)
        session.imported.connect(self.update_index)

    def search(self) -> None:
        self._timer.stop()
        query = self.edit.text()
        self.model.set_query(query)
        if query.strip():
            n = self.model.rowCount()
            self.count.setText(translate("Search", "{n} found").format(n=number(n)))
        else:
            self.count.setText("")
        self.count.setVisible(bool(query.strip()))
        if self.model.rowCount() and query.strip():
            doc = self.session.doc
            if doc is None or self.model.row_of(doc.id) is None:
                self.session.open_document(self.model.doc_id(0))
            else:
                self._select_match(doc.id)

    def _opened(self, doc_id: str) -> None:
        if self.model.query:
            self._select_match(doc_id)

    def _select_match(self, doc_id: str) -> None:
        hits = self.session.project.find_in_document(doc_id, self.model.query)
        if hits:
            start, end = hits[0]
            self.view.select_cp(start, end)
            self.view.ensureCursorVisible()
            self.session.message(translate("Search", "{n} match(es) in this document; the "
                                           "first is selected").format(n=number(len(hits))),
                                 4000)

    def _project_changed(self) -> None:
        self.edit.clear()
        self.model.set_query("")
        self.update_index()

    def update_index(self):
        """Index what the search index does not cover yet, in a worker."""
        s = self.session
        if s.project.read_only or self.indexing is not None or not s.project.index_pending():
            return None
        s.own_write_started()  # the index is this window's own write, not another's

        def done(_n) -> None:
            self.indexing = None
            s.own_write_done()
            if self.model.query:
                self.search()

        self.indexing = self.jobs.start(IndexJob(s.project.path),
                                        translate("Search", "Indexing the corpus for search…"),
                                        done, translate("Search", "Indexing failed: {why}"))
        self.indexing.error.connect(lambda _why: done(None))  # (said in the status bar)
        return self.indexing


__all__ = ["CorpusSearch", "IndexJob"]
