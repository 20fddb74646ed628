"""The window's Import and Export offer the formats of the registry, with progress and
cancel as for gold: the dialogs' file types come from it, and an import or an export in
another format runs in a worker and lands."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.core import formats
from tests.ui.conftest import key, select_word

TEXT = "قال وزير الخارجية إن المحادثات ستبدأ يوم الأحد المقبل في بغداد."


def test_the_dialogs_offer_every_format(make_project, open_window):
    window = open_window(make_project([("d1", TEXT)]))
    readers = {fmt for _shown, fmt in window.projects.import_filters()}
    assert {f.name for f in formats.readers() if f.input == "file"} <= readers
    writers = [fmt for _shown, fmt in window.projects.export_filters()]
    assert writers[0] == "gold"
    assert {f.name for f in formats.writers() if f.available() is None} == set(writers)


def test_export_and_import_in_another_format(make_project, open_window, qtbot, tmp_path):
    window = open_window(make_project([("d1", TEXT)]))
    select_word(window, "وزير الخارجية")
    key(qtbot, window, Qt.Key.Key_2)
    out = tmp_path / "mine.json"
    runner = window.projects.export_file(out, fmt="labelstudio")
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    assert runner.error_text is None, runner.error_text
    tasks = json.loads(out.read_text(encoding="utf-8"))
    [region] = tasks[0]["predictions"][0]["result"]
    assert region["value"]["text"] == "وزير الخارجية"
    other = open_window(make_project([], name="other.tawsim"), annotator="badr")
    runner = other.projects.import_files([out], "labelstudio")
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    assert other.doc is not None and other.doc.id == "d1"
    spans = other.project.annotations("d1", "badr").spans
    assert [(s.label, s.text) for s in spans] == [("ACTOR", "وزير الخارجية")]
