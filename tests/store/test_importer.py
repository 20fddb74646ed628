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
