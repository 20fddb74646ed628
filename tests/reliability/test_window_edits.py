"""The window's own edit path under the worst (issue #11 item 7): a real window (in a
subprocess) tagging, deleting, undoing and redoing is killed -9 at random moments and
loses no acknowledged edit; a window edits while an importer writes the same file, and two
windows (two annotators) edit one document at once: every edit lands, waiting for the
lock instead of failing, and what each window holds is what the file holds."""

from __future__ import annotations

import random
import sqlite3
import time

from tests.reliability import window_editor
from tests.reliability.helpers import (
    check_project,
    finish,
    kill9,
    plain_corpus,
    report,
    rounds,
    start,
    tawsim,
)


def _file_spans(project, doc: str, layer: str) -> set[str]:
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute(
            "SELECT id FROM spans WHERE doc_id = ? AND layer = ?", (doc, layer))}
    finally:
        conn.close()


def _project(tmp_path, n: int = 3):
    project = tmp_path / "w.tawsim"
    corpus = plain_corpus(tmp_path / "c.jsonl", n, words=120)
    assert tawsim("import", project, corpus, "--quiet").returncode == 0
    return project


def _window(project, annotator, seed, edits, log, doc=None):
    return start("-m", "tests.reliability.window_editor", project, annotator, seed, edits,
                 log, *([doc] if doc else []))


def test_killed_window_loses_no_acknowledged_edit(tmp_path):
    project = _project(tmp_path)
    rng = random.Random(7)
    checked = lost = 0
    for round_ in range(rounds(3, 20)):
        log = tmp_path / f"kill{round_}.log"
        proc = _window(project, "amal", round_, 100000, log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # let it make some edits, then kill it
            if log.exists() and log.read_text().count('"done"') >= rng.randint(5, 40):
                break
            time.sleep(0.05)
        kill9(proc)
        doc, lines = window_editor.read(log)
        done = [x for x in lines if "done" in x]
        assert done, "the window made no edit before it was killed"
        last = set(done[-1]["spans"])
        on_file = _file_spans(project, doc, "amal")
        # the file holds the last acknowledged state, or that state and the one action in
        # flight (which may have landed before its "done" was logged)
        assert len(on_file ^ last) <= 1, (round_, sorted(on_file ^ last))
        lost += len(last - on_file) if len(on_file ^ last) > 1 else 0
        checked += len(done)
        check_project(project)
    report("window killed -9", rounds=rounds(3, 20), edits_checked=checked, lost=lost,
           tracebacks=0)


def test_a_window_edits_while_an_importer_writes(tmp_path):
    project = _project(tmp_path)
    corpus = plain_corpus(tmp_path / "big.jsonl", rounds(3000, 20000), prefix="big", words=80)
    importer = start("import", project, corpus, "--quiet")
    log = tmp_path / "amal.log"
    code, _, err = finish(_window(project, "amal", 1, rounds(150, 1000), log), timeout=600)
    assert code == 0, err
    code, _, err = finish(importer, timeout=600)
    assert code == 0, err
    doc, lines = window_editor.read(log)
    refused = [x for x in lines if "refused" in x and x["op"] in ("tag", "delete")]
    assert not [x for x in refused if "busy" in x["notice"].lower()], refused
    done = [x for x in lines if "done" in x]
    assert lines[-1] == {"finished": True}
    assert _file_spans(project, doc, "amal") == set(done[-1]["spans"])
    check_project(project)
    report("window and importer", edits=len(done), lost=0, tracebacks=0)


def test_two_windows_two_annotators_one_document(tmp_path):
    project = _project(tmp_path, 1)
    n = rounds(120, 800)
    logs = [tmp_path / "amal.log", tmp_path / "badr.log"]
    procs = [_window(project, name, seed, n, log)
             for name, seed, log in (("amal", 1, logs[0]), ("badr", 2, logs[1]))]
    for proc in procs:
        code, _, err = finish(proc, timeout=600)
        assert code == 0, err
    edits = 0
    for name, log in zip(("amal", "badr"), logs, strict=True):
        doc, lines = window_editor.read(log)
        done = [x for x in lines if "done" in x]
        edits += len(done)
        assert lines[-1] == {"finished": True}
        assert not [x for x in lines if "refused" in x and "busy" in x["notice"].lower()]
        assert _file_spans(project, doc, name) == set(done[-1]["spans"]), name
    check_project(project)
    report("two windows", edits=edits, lost=0, tracebacks=0)


def test_a_second_window_as_the_same_annotator_only_reads(tmp_path):
    project = _project(tmp_path, 1)
    first = _window(project, "amal", 1, 100000, tmp_path / "first.log")
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (tmp_path / "first.log").exists():
            time.sleep(0.05)
        log = tmp_path / "second.log"
        code, _, err = finish(_window(project, "amal", 2, 5, log), timeout=120)
        assert code == 0, err
        _doc, lines = window_editor.read(log)
        refused = [x for x in lines if "refused" in x]
        assert refused and all("another window" in x["notice"] for x in refused), lines
    finally:
        kill9(first)
