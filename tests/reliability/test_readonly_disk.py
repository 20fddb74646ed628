"""Reads never write, and a project that cannot be written says so in one line.

Read-only: ``stats``, ``agreement`` and ``export`` work on a file and in a folder that
cannot be written, and leave the file byte for byte as it was (an older file too; an
empty one stays empty); writing commands exit 1 with one line naming the file. Full
disk: a small tmpfs (when this machine lets us mount one; else a file-size limit) fills
up during an import and during edits: exit 1 and one line, no traceback, the file whole,
what was stored complete, and the import completes once there is room."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys

import pytest

from desktop.core.model import Document, Span
from desktop.store.errors import DiskFull, ProjectReadOnly, StoreError
from desktop.store.project import Project
from tests.reliability.helpers import (
    check_project,
    documents,
    env,
    gold_corpus,
    plain_corpus,
    report,
    sha256,
    tawsim,
)
from tests.store.test_migrations import make_version

READS = (["stats", "--json"], ["agreement", "--json"],
         ["export", "--out", "{out}", "--include-unreviewed"], ["export", "--out", "{out}",
                                                                "--layer", "amal"])


@pytest.fixture
def team(tmp_path):
    """A project with two annotator layers, closed cleanly (no -wal, no -shm)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    project = folder / "team.tawsim"
    for who in ("amal", "badr"):
        corpus = gold_corpus(tmp_path / f"{who}.jsonl", 30, spans=4 if who == "amal" else 3,
                             prefix=who)
        assert tawsim("import", project, corpus, "--annotator", who).returncode == 0
    return project


def _reads_leave_it_alone(project, out_dir):
    before = (sha256(project), project.stat().st_mtime_ns)
    names = sorted(os.listdir(project.parent))
    for args in READS:
        args = [a.format(out=out_dir / "out.jsonl") for a in args]
        proc = tawsim(args[0], project, *args[1:])
        assert proc.returncode == 0, (args, proc.stderr)
    assert (sha256(project), project.stat().st_mtime_ns) == before
    assert not [n for n in os.listdir(project.parent) if n.endswith(".bak")]
    return names


def _writes_say_read_only(project, tmp_path):
    new = plain_corpus(tmp_path / "new.jsonl", 3, prefix="n")
    for args in (["import", project, new], ["review", project, "--accept-unanimous"]):
        proc = tawsim(*args)
        assert proc.returncode == 1, proc.stderr
        [line] = proc.stderr.strip().splitlines()
        assert str(project) in line and "read-only" in line, line


def test_a_read_only_file(team, tmp_path):
    os.chmod(team, 0o444)
    try:
        _reads_leave_it_alone(team, tmp_path)
        _writes_say_read_only(team, tmp_path)
    finally:
        os.chmod(team, 0o644)
    assert len(documents(team)) == 30


def test_a_read_only_folder(team, tmp_path):
    os.chmod(team.parent, 0o555)
    try:
        names = _reads_leave_it_alone(team, tmp_path)
        assert sorted(os.listdir(team.parent)) == names  # not even a -wal or -shm
        _writes_say_read_only(team, tmp_path)
    finally:
        os.chmod(team.parent, 0o755)


def test_an_older_file_and_an_empty_file_are_read_as_they_are(tmp_path):
    old = make_version(tmp_path / "old.tawsim", 2)
    before = sha256(old)
    proc = tawsim("stats", old, "--json")
    assert proc.returncode == 0 and '"documents": 1' in proc.stdout, proc.stderr
    assert sha256(old) == before and not list(tmp_path.glob("*.bak"))
    empty = tmp_path / "empty.tawsim"
    empty.touch()
    for args in (["stats"], ["agreement"]):
        assert tawsim(args[0], empty).returncode == 0
    assert empty.stat().st_size == 0
    junk = tmp_path / "junk.tawsim"
    junk.write_bytes(b"PK\x03\x04 not a database" * 50)
    proc = tawsim("stats", junk)
    assert proc.returncode == 2 and "not a Tawsim project" in proc.stderr


# ----------------------------------------------------------------------------- full disk
@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, or None when this machine does not let us mount one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        yield None
        return
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _limited_import(project, corpus, limit: int) -> subprocess.CompletedProcess:
    """``tawsim import`` with a file-size limit (the fallback when no tmpfs)."""
    def limit_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return subprocess.run([sys.executable, "-m", "desktop", "import", str(project),
                           str(corpus)], capture_output=True, text=True, env=env(),
                          preexec_fn=limit_size, timeout=120)


def _after_a_full_disk(proc, project):
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("tawsim: error:")]
    assert len(lines) == 1 and str(project) in lines[0], proc.stderr
    assert any(w in lines[0] for w in ("disk is full", "no space", "could not write"))
    counts = check_project(project)
    for doc in documents(project):
        assert counts.get((doc, "gold")) == 6, doc  # what was stored is whole
    return len(documents(project))


def test_an_import_that_fills_the_disk(tmp_path, small_disk):
    corpus = gold_corpus(tmp_path / "big.jsonl", 1600)
    if small_disk is not None:
        project = small_disk / "p.tawsim"
        stored = _after_a_full_disk(tawsim("import", project, corpus), project)
        # edits on the full disk: refused in words, nothing half-done
        with Project(project) as p:
            doc = p.document_ids()[0] if stored else None
            if doc is not None:
                text = p.document(doc).text
                fill = small_disk / "filler"
                try:
                    with open(fill, "wb") as fh:
                        fh.write(b"\0" * 8_000_000)
                except OSError:
                    pass
                refused = 0
                for _ in range(200):
                    s = Span.on(text, doc_id=doc, layer="amal", label="CUE", start=0, end=3,
                                comment="x" * 4000)
                    try:
                        p.add_span(s)
                    except (DiskFull, StoreError) as exc:
                        assert str(project) in str(exc)
                        refused += 1
                        assert p.span(s.id) is None
                        break
                assert refused == 1
        subprocess.run(["mount", "-o", "remount,size=60m", str(small_disk)], check=True)
        (small_disk / "filler").unlink(missing_ok=True)
        how = "tmpfs"
    else:
        project = tmp_path / "p.tawsim"
        stored = _after_a_full_disk(_limited_import(project, corpus, 3_000_000), project)
        how = "RLIMIT_FSIZE"
    proc = tawsim("import", project, corpus, "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert len(documents(project)) == 1600
    check_project(project)
    report("full disk", how=how, stored_before_full=stored, tracebacks=0)


def test_writes_on_a_read_only_project_raise_read_only(tmp_path):
    path = tmp_path / "p.tawsim"
    with Project(path) as p:
        p.add_document(Document(id="d", text="نص قصير"))
    os.chmod(path, 0o444)
    try:
        with Project(path) as p, pytest.raises(ProjectReadOnly):
            p.set_status("d", "amal", "done")
    finally:
        os.chmod(path, 0o644)


@pytest.mark.parametrize("fmt", ["spacy", "prodigy", "gold"])
def test_an_export_whose_temporary_files_fill_the_disk(tmp_path, small_disk, fmt):
    """The temporary files of an export (the spaCy writer's compressed sections, written
    on a thread of their own; SQLite's sorting) on a disk that fills up: exit 1, one line
    that says so, no traceback, no export file, the project as it was."""
    if small_disk is None:
        pytest.skip("no tmpfs to fill on this machine")
    if fmt == "spacy":
        pytest.importorskip("spacy")
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, gold_corpus(tmp_path / "c.jsonl", 1600),
                  "--quiet").returncode == 0
    before = sha256(project)
    with open(small_disk / "filler", "wb") as fh:  # leave about 64 KB free
        free = shutil.disk_usage(small_disk).free
        fh.write(b"\0" * max(0, free - 65_536))
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.run([sys.executable, "-m", "desktop", "export", str(project), "--out",
                           str(out), "--format", fmt, "--include-unreviewed"],
                          capture_output=True, text=True, timeout=120,
                          env=env(TMPDIR=str(small_disk)))
    assert "Traceback" not in proc.stderr, proc.stderr
    if fmt != "spacy" and proc.returncode == 0:  # no temporary file needed: written whole
        assert len(out.read_text(encoding="utf-8").splitlines()) == 1600
    else:
        assert proc.returncode == 1, proc.stderr
        assert "cannot write the export" in proc.stderr and "space" in proc.stderr, proc.stderr
        assert not out.exists() and not list(tmp_path.glob(".out.*"))
    assert sha256(project) == before
