"""The lazy document list model."""

from __future__ import annotations

from desktop.core.model import Document
from desktop.store.project import Project
from desktop.ui.annotate.document_model import PAGE, DocumentModel


def _project(tmp_path, n):
    project = Project(tmp_path / "many.tawsim")
    docs = [(Document(id=f"doc{i:05d}", text=f"نص رقم {i}", title=f"عنوان {i}"), None, [], [])
            for i in range(n)]
    project.import_batch(docs)
    return project


def test_qtmodeltester(qtmodeltester, tmp_path):
    with _project(tmp_path, 450) as project:
        model = DocumentModel(project, "amal")
        qtmodeltester.check(model)
        model.set_status_filter("todo")
        qtmodeltester.check(model)


def test_pages_are_fetched_lazily(tmp_path, monkeypatch):
    with _project(tmp_path, 1000) as project:
        calls = []
        real = project.list_documents

        def spy(offset=0, limit=200, **kw):
            calls.append((offset, limit))
            return real(offset, limit, **kw)

        monkeypatch.setattr(project, "list_documents", spy)
        model = DocumentModel(project, "amal")
        assert model.rowCount() == 1000
        assert calls == []  # the count needs no page
        assert model.index(0, 0).data() == "doc00000"
        assert model.index(PAGE - 1, 1).data() == f"عنوان {PAGE - 1}"
        assert calls == [(0, PAGE)]
        assert model.index(999, 0).data() == "doc00999"
        assert calls == [(0, PAGE), (800, PAGE)]
        assert model.index(0, 2).data() == "to do"
        assert model.index(0, 3).data() == "0"


def test_status_filter_and_refresh(tmp_path):
    with _project(tmp_path, 10) as project:
        model = DocumentModel(project, "amal")
        project.set_status("doc00003", "amal", "done")
        model.refresh()
        model.set_status_filter("done")
        assert model.rowCount() == 1
        assert model.index(0, 0).data() == "doc00003"
        assert model.index(0, 2).data() == "done"
        assert model.row_of("doc00003") == 0
        model.set_status_filter(None)
        assert model.row_of("doc00003") == 3


def test_a_documents_row_on_a_read_page_is_found_without_counting(tmp_path, monkeypatch):
    """The row of a document on a page the list has read comes from that page; only a
    document on no read page asks the store for its place (a count over the file's
    rows up to it)."""
    with _project(tmp_path, 1000) as project:
        counts = []
        real = project.document_row
        monkeypatch.setattr(project, "document_row",
                            lambda doc_id: counts.append(doc_id) or real(doc_id))
        model = DocumentModel(project, "amal")
        assert model.index(PAGE + 7, 0).data() == f"doc{PAGE + 7:05d}"  # page 1 read
        assert model.row_of(f"doc{PAGE + 7:05d}") == PAGE + 7
        assert model.row_of(f"doc{PAGE + 199:05d}") == PAGE + 199
        assert counts == []
        assert model.row_of("doc00950") == 950  # on no read page: the store's count
        assert counts == ["doc00950"]
        assert model.row_of("no-such-doc") is None
