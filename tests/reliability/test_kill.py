"""kill -9 at any moment: of an import, of a merge, of an annotator editing. After each
kill the file is whole (integrity_check, foreign keys, every span's text on its
offsets), every document is either stored whole or absent, every edit the store
acknowledged is there and nothing else is (but the one in flight), and running the
import or merge again completes it. TAWSIM_TORTURE=1 runs many more rounds."""

from __future__ import annotations

import random
import time
from pathlib import Path

from desktop.store.project import Project
from tests.reliability import editor
from tests.reliability.helpers import (
    check_project,
    documents,
    finish,
    gold_corpus,
    kill9,
    report,
    rounds,
    sha256,
    start,
    tawsim,
)


def _kill_after(proc, rng: random.Random, low: float, high: float, ready=None) -> None:
    if ready is not None:  # wait until the process is at work, then a random moment
        deadline = time.monotonic() + 20
        while not ready() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    time.sleep(rng.uniform(low, high))
    kill9(proc)


def _full_run(*args) -> float:
    """How long the whole command takes here and now (kills are spread over it)."""
    t0 = time.monotonic()
    proc = tawsim(*args)
    assert proc.returncode == 0, proc.stderr
    return time.monotonic() - t0


def _remove(project) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{project}{suffix}").unlink(missing_ok=True)


def test_kill_during_import(tmp_path):
    rng = random.Random(11)
    n = rounds(1200, 4000)
    corpus = gold_corpus(tmp_path / "gold.jsonl", n)
    project = tmp_path / "p.tawsim"
    took = _full_run("import", tmp_path / "timing.tawsim", corpus, "--quiet")
    kills, seen = rounds(4, 40), []
    for r in range(kills):
        if r:
            _remove(project)  # each round interrupts an import from the start
        proc = start("import", project, corpus, "--quiet")
        _kill_after(proc, rng, 0.1 * took, 0.95 * took)
        counts = check_project(project)
        docs = documents(project)
        seen.append(len(docs))
        for doc in docs:  # whole or absent: all six spans, and their relation
            assert counts.get((doc, "gold")) == 6, doc
    proc = tawsim("import", project, corpus, "--quiet")  # completes the last one
    assert proc.returncode == 0, proc.stderr
    counts = check_project(project)
    assert len(documents(project)) == n
    assert all(counts[(d, "gold")] == 6 for d in documents(project))
    report("kill during import", rounds=kills, documents=n, stored_when_killed=seen,
           half_stored=0, tracebacks=0)


def test_kill_during_merge(tmp_path):
    rng = random.Random(12)
    n = rounds(400, 2000)
    colleague = tmp_path / "amal.tawsim"
    for who in ("amal", "badr"):
        # the same documents (ids and texts) annotated by two people
        corpus = gold_corpus(tmp_path / f"{who}.jsonl", n, spans=6 if who == "amal" else 4,
                             prefix=who)
        assert tawsim("import", colleague, corpus, "--annotator", who,
                      "--quiet").returncode == 0
    before = sha256(colleague)
    team = tmp_path / "team.tawsim"
    took = _full_run("import", tmp_path / "timing.tawsim", colleague, "--quiet")
    kills, seen = rounds(4, 40), []
    for r in range(kills):
        if r:
            _remove(team)  # each round interrupts a merge from the start
        proc = start("import", team, colleague, "--quiet")
        _kill_after(proc, rng, 0.1 * took, 0.95 * took)
        counts = check_project(team)
        seen.append(len(documents(team)))
        for doc in documents(team):  # with both layers, whole, or not at all
            assert counts.get((doc, "amal")) == 6 and counts.get((doc, "badr")) == 4, doc
        assert sha256(colleague) == before  # the merged file is only read
    proc = tawsim("import", team, colleague, "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert len(documents(team)) == n
    assert sha256(colleague) == before
    assert not list(tmp_path.glob("amal.tawsim.*.bak"))
    report("kill during merge", rounds=kills, documents=n, merged_when_killed=seen,
           half_merged=0, tracebacks=0)


def test_kill_while_editing(tmp_path):
    rng = random.Random(13)
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, gold_corpus(tmp_path / "g.jsonl", 20),
                  "--quiet").returncode == 0
    kills, checked, refused = rounds(5, 60), 0, 0
    for r in range(kills):
        layer, log = f"annotator{r}", tmp_path / f"edits{r}.log"
        proc = start("-m", "tests.reliability.editor", project, layer, r, 1_000_000, log)
        _kill_after(proc, rng, 0.05, 0.8, ready=lambda log=log: log.exists()
                    and log.stat().st_size > 0)
        states, acked, refusals = editor.expected_states(str(log))
        with Project(project, read_only=True) as p:
            found = editor.file_state(p, layer)
        assert any(editor.same(found, s) for s in states), f"round {r}: edits lost"
        check_project(project)
        checked += acked
        refused += refusals
    assert checked > 0
    report("kill while editing", rounds=kills, edits_checked=checked, lost=0,
           refused=refused, tracebacks=0)


def test_an_editor_that_finishes_leaves_exactly_its_edits(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, gold_corpus(tmp_path / "g.jsonl", 5),
                  "--quiet").returncode == 0
    log = tmp_path / "edits.log"
    code, _, err = finish(start("-m", "tests.reliability.editor", project, "amal", 1, 300, log))
    assert code == 0, err
    [state], acked, _ = editor.expected_states(str(log))
    assert acked > 200
    with Project(project, read_only=True) as p:
        assert editor.same(editor.file_state(p, "amal"), state)
