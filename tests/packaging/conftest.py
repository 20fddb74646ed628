"""Fixtures for the tests of the frozen bundle (``pytest -m packaging tests/packaging``
after ``make package``), and the no-network guard for every test in this folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.netguard import install, pythonpath

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """No test here reaches the network, nor does any Python it starts."""
    install()
    monkeypatch.setenv("PYTHONPATH", pythonpath())


def source_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text, re.M).group(1)


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The frozen program, dist/tawsim/tawsim (fails, not skips: CI must build it)."""
    exe = DIST / "tawsim" / "tawsim"
    if not exe.is_file():
        pytest.fail(f"{exe} is missing: run `make package` before `pytest -m packaging`")
    return exe


@pytest.fixture
def frozen_env(tmp_path) -> dict[str, str]:
    """A clean environment for the frozen program: no Qt platform chosen, no DISPLAY,
    per-user folders in tmp_path, nothing from the venv on PATH or PYTHONPATH."""
    keep = ("HOME", "LANG", "LC_ALL", "TERM", "TZ", "USER", "LOGNAME")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / "user" / var.lower())
    env["TAWSIM_NO_PROGRESS"] = "1"
    return env


def run(cmd: list[str], *, env, cwd, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def unshare_works() -> bool:
    if not shutil.which("unshare"):
        return False
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
