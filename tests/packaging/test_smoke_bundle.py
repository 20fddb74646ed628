"""packaging/smoke_bundle.py, the release workflow's check of each system's bundle, on the
Linux bundle here (make package first): it runs --version and --smoke-test on every
program and says ok."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.packaging.conftest import ROOT, source_version

pytestmark = pytest.mark.packaging


def test_smoke_bundle_passes_on_this_bundle(bundle, frozen_env, tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_bundle.py")],
                          cwd=tmp_path, env=dict(frozen_env, PYTHONPATH=os.environ["PYTHONPATH"]),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert f"tawsim --version: exit 0, stdout: tawsim {source_version()}" in lines
    assert any(line.startswith("tawsim --smoke-test: exit 0, stdout: smoke test: ok")
               for line in lines), proc.stdout
    assert lines[-1] == "smoke_bundle: ok"


def test_smoke_bundle_fails_on_a_missing_bundle(tmp_path):
    (tmp_path / "tawsim").mkdir()
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_bundle.py"),
                           "--dist", str(tmp_path)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert "missing" in proc.stderr and proc.stdout.splitlines()[-1].startswith("smoke_bundle: 1")
