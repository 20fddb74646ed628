"""The import pipeline: progress, cancel, batches stored whole."""

import io
import json

from desktop.cli import Progress
from desktop.store.importer import import_paths
from desktop.store.project import Project


def _corpus(tmp_path, n=50):
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join(json.dumps({"id": f"d{i:03d}", "text": f"خبر رقم {i}",
                                       "spans": [{"start": 0, "end": 3, "label": "CLAIM"}]},
                                      ensure_ascii=False) for i in range(n)), encoding="utf-8")
    return f


def test_progress_reaches_the_total(tmp_path):
    seen = []
    with Project(tmp_path / "p.tawsim") as p:
        report = import_paths(p, [_corpus(tmp_path)], progress=lambda d, t: seen.append((d, t)))
    assert report.added == 50
    total = (tmp_path / "docs.jsonl").stat().st_size
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_stores_whole_documents_only(tmp_path):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 20

    with Project(tmp_path / "p.tawsim") as p:
        report = import_paths(p, [_corpus(tmp_path)], cancelled=cancelled, batch_size=8)
        assert report.cancelled
        n = p.count_documents()
        assert n == report.added == 20
        # every stored document has its span: nothing half-stored
        assert p.stats()["spans"] == {"CLAIM": n}


def test_terminal_progress_bar():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    out = Tty()
    bar = Progress("importing", stream=out)
    bar.enabled = True
    bar(50, 100)
    bar(100, 100)
    bar.close()
    text = out.getvalue()
    assert "importing [" in text and "100%" in text and text.endswith("\n")


def test_a_record_the_file_refuses_is_rejected_and_the_batch_stored(tmp_path):
    """A store-level failure (here a span whose text the file's trigger refuses: SQLite's
    text functions stop at NUL) rejects that record only, by FILE:LINE."""
    from desktop.core.formats.records import Record
    from desktop.core.model import Document, Span
    from desktop.store.importer import _Importer

    with Project(tmp_path / "p.tawsim") as p:
        imp = _Importer(p, layer=None, batch_size=50)
        for i in range(120):
            text = f"خبر\x00رقم {i}" if i == 70 else f"خبر رقم {i}"
            doc = Document(id=f"d{i}", text=text)
            spans = [Span.on(text, doc_id=doc.id, layer="gold", label="CUE", start=0, end=5)]
            imp.take(Record("in.jsonl", i + 1, doc, annotated=True, spans=spans))
        imp.flush()
        assert [str(r) for r in imp.report.rejected] == [
            "in.jsonl:71: refused by the project file: span text differs from its "
            "document text"]
        assert imp.report.added == 119 == p.count_documents()
        assert not p.has_document("d70")
        assert p.stats()["spans"] == {"CUE": 119}


def test_a_project_level_failure_propagates(tmp_path):
    """Disk full, read-only, busy: not a record's fault, so the import stops (the CLI
    prints one line) and what was committed before stays whole."""
    import os

    import pytest

    from desktop.store.errors import ProjectReadOnly

    path = tmp_path / "p.tawsim"
    Project(path).close()
    os.chmod(path, 0o444)
    try:
        with Project(path) as p, pytest.raises(ProjectReadOnly):
            import_paths(p, [_corpus(tmp_path)])
    finally:
        os.chmod(path, 0o644)
