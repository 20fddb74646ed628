"""Editor claims: one window edits as a given annotator; a second one (this process or
another) is told so and opens read-only; a claim dies with its holder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from desktop.store.editors import lock_path
from desktop.store.project import Project


def test_one_claim_per_name(tmp_path):
    path = tmp_path / "p.tawsim"
    with Project(path) as first, Project(path) as second:
        assert first.claim_editor("أمل")
        assert first.claim_editor("أمل")  # already holds it
        assert not second.claim_editor("أمل")
        holder = second.editor_holder("أمل")
        assert holder["pid"] == os.getpid() and holder["name"] == "أمل"
        assert first.editor_holder("أمل") is None  # its own claim
        assert second.claim_editor("badr")  # another name is free
        first.release_editor("أمل")
        assert second.editor_holder("أمل") is None
        assert second.claim_editor("أمل")
    # closing released everything
    with Project(path) as third:
        assert third.claim_editor("أمل") and third.claim_editor("badr")
    assert not list(tmp_path.glob(".p.tawsim.*.editor"))  # nothing left behind


def test_a_claim_dies_with_its_process(tmp_path):
    path = tmp_path / "p.tawsim"
    Project(path).close()
    code = textwrap.dedent(f"""
        import os, sys
        from desktop.store.project import Project
        p = Project({str(path)!r})
        assert p.claim_editor("amal")
        print("claimed", flush=True)
        sys.stdin.readline()
        os._exit(0)  # no release, no close: like a crash
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "claimed"
        with Project(path) as p:
            assert not p.claim_editor("amal")
            assert p.editor_holder("amal")["pid"] == proc.pid
    finally:
        proc.kill()
        proc.wait()
    with Project(path) as p:
        assert lock_path(path, "amal").exists()  # left by the killed holder...
        assert p.editor_holder("amal") is None  # ...but nobody holds it
        assert p.claim_editor("amal")


def test_without_flock_a_stale_pid_is_taken_over(tmp_path, monkeypatch):
    """Where fcntl is missing (Windows) the claim is an O_EXCL file with the pid."""
    import json
    import socket

    from desktop.store import editors

    monkeypatch.setattr(editors, "fcntl", None)
    path = tmp_path / "p.tawsim"
    with Project(path) as first, Project(path) as second:
        assert first.claim_editor("amal")
        assert not second.claim_editor("amal")
        assert second.editor_holder("amal")["pid"] == os.getpid()
        first.release_editor("amal")
        assert second.claim_editor("amal")
        second.release_editor("amal")
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout.strip()
        lock_path(path, "amal").write_text(json.dumps(
            {"name": "amal", "pid": int(dead), "host": socket.gethostname()}))
        assert second.editor_holder("amal") is None  # its process is gone
        assert second.claim_editor("amal")


def test_the_lock_name_is_the_sha256_of_the_annotator_name(tmp_path):
    import hashlib

    from desktop.store.editors import lock_path

    for name in ("amal", "بدر", "x" * 200):
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
        assert lock_path(tmp_path / "p.tawsim", name).name == f".p.tawsim.{digest}.editor"
