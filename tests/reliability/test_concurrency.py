"""Many processes, one project (DESIGN §3): two importers at once, an importer and an
annotator, two annotators, two processes creating the same new project. Every command
succeeds, no edit is refused or lost (writers wait for the lock), and the file is whole."""

from __future__ import annotations

from desktop.store.project import Project
from tests.reliability import editor
from tests.reliability.helpers import (
    check_project,
    documents,
    finish,
    gold_corpus,
    plain_corpus,
    report,
    rounds,
    start,
    tawsim,
)


def _edits(project, layer, seed, n, log, docs=None):
    args = ["-m", "tests.reliability.editor", project, layer, seed, n, log]
    return start(*args, *([",".join(docs)] if docs else []))


def _exact(project, layer, log) -> int:
    """The annotator finished: the file holds exactly its acknowledged edits."""
    [state], acked, refused = editor.expected_states(str(log))
    assert refused == 0 or all(
        "Busy" not in line for line in log.read_text(encoding="utf-8").splitlines()
    ), "an edit was refused for a lock"
    with Project(project, read_only=True) as p:
        assert editor.same(editor.file_state(p, layer), state), f"{layer}: edits lost"
    return acked


def test_two_importers_at_once(tmp_path):
    project = tmp_path / "p.tawsim"
    n = rounds(600, 3000)
    a = plain_corpus(tmp_path / "a.jsonl", n, prefix="a")
    b = gold_corpus(tmp_path / "b.jsonl", n, prefix="b", doc_prefix="b")
    procs = [start("import", project, a, "--quiet"), start("import", project, b, "--quiet"),
             start("import", project, b, "--quiet")]  # the same file twice, too
    for proc in procs:
        code, _, err = finish(proc)
        assert code == 0, err
    counts = check_project(project)
    assert len(documents(project)) == 2 * n
    assert all(counts[(d, "gold")] == 6 for d in documents(project) if d.startswith("b"))
    report("two importers", processes=3, documents=2 * n, lost=0, tracebacks=0)


def test_an_importer_and_an_annotator(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, gold_corpus(tmp_path / "g.jsonl", 10),
                  "--quiet").returncode == 0
    docs = sorted(documents(project))
    log = tmp_path / "amal.log"
    edits = rounds(400, 3000)
    annotator = _edits(project, "amal", 3, edits, log, docs)
    importer = start("import", project, plain_corpus(tmp_path / "p.jsonl", rounds(1500, 8000)),
                     "--quiet")
    for proc in (importer, annotator):
        code, _, err = finish(proc, timeout=300)
        assert code == 0, err
    acked = _exact(project, "amal", log)
    check_project(project)
    report("importer and annotator", concurrent_edits=acked, lost=0, tracebacks=0)


def test_two_annotators(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, gold_corpus(tmp_path / "g.jsonl", 6),
                  "--quiet").returncode == 0
    edits = rounds(400, 3000)
    logs = {who: tmp_path / f"{who}.log" for who in ("amal", "badr")}
    procs = [_edits(project, who, k, edits, log) for k, (who, log) in enumerate(logs.items())]
    for proc in procs:
        code, _, err = finish(proc, timeout=300)
        assert code == 0, err
    acked = sum(_exact(project, who, log) for who, log in logs.items())
    check_project(project)
    report("two annotators", concurrent_edits=acked, lost=0, tracebacks=0)


def test_two_processes_create_the_same_project(tmp_path):
    code = ("import sys; from desktop.store.project import Project;"
            " p = Project(sys.argv[1]); print(p.count_documents()); p.close()")
    for k in range(rounds(4, 30)):
        path = tmp_path / f"new{k}.tawsim"
        procs = [start("-m", "tests.reliability.run", "-c", code, path) for _ in range(3)]
        for proc in procs:
            status, out, err = finish(proc)
            assert status == 0 and out.strip() == "0", err
        check_project(path)
