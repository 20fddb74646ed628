"""Import and export from the window, in a worker thread with a progress dialog."""

from __future__ import annotations

import json

from desktop.store.project import Project
from tests.ui.conftest import ANNOTATOR


def _jsonl(path, n, start=0, size=1):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"j{i}", "text": f"خبر رقم {i} " * size,
                                 "meta": {"published": "2020-01-01"}},
                                ensure_ascii=False) + "\n")
    return path


def test_import_with_progress(make_project, open_window, qtbot, tmp_path):
    window = open_window(make_project([("d1", "نص أول")]))
    progress = []
    runner = window.projects.import_files([_jsonl(tmp_path / "a.jsonl", 300)])
    runner.job.progress.connect(lambda v, m: progress.append(v))
    assert runner.dialog.maximum() == 1000
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    assert runner.result.added == 300
    docs = window.findChild(object, "documentList").model()
    assert docs.rowCount() == 301
    assert docs.index(300, 0).data() == "j299"
    assert "300 document(s) added" in window.last_notice
    assert window.ui.progress_label.text() == "0 of 301 done"
    # the documents joined the annotator's layer (imported by them)
    assert "j5" in window.project.layer_documents(ANNOTATOR)


def test_import_can_be_cancelled(make_project, open_window, qtbot, tmp_path):
    window = open_window(make_project([("d1", "نص أول")]))
    big = _jsonl(tmp_path / "big.jsonl", 20000, size=5)
    runner = window.projects.import_files([big])
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    button = runner.dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user presses Cancel
    qtbot.waitUntil(lambda: runner.finished, timeout=60000)
    assert runner.result.cancelled
    assert "cancelled" in window.last_notice
    with Project(window.project.path) as p:
        assert p.count_documents() < 20001


def test_import_rejections_are_reported_not_raised(make_project, open_window, qtbot, tmp_path):
    window = open_window(make_project([("d1", "نص أول")]))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\nnot json\n', encoding="utf-8")
    runner = window.projects.import_files([bad])
    qtbot.waitUntil(lambda: runner.finished, timeout=10000)
    assert "2 rejected" in window.last_notice


def test_export_in_worker(make_project, open_window, qtbot, tmp_path):
    window = open_window(make_project([("d1", "قال الوزير إن"), ("d2", "نص ثان")]))
    window.tagging.tag("ACTOR", 4, 10)
    out = tmp_path / "out.jsonl"
    runner = window.projects.export_file(out, layer=ANNOTATOR, include_unreviewed=True)
    qtbot.waitUntil(lambda: runner.finished, timeout=10000)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["d1", "d2"]
    assert [s["text"] for s in records[0]["spans"]] == ["الوزير"]
    assert "Exported 2 document(s), 1 span(s)" in window.last_notice
