"""The release workflow (.github/workflows/release.yml), checked here although it only runs
on GitHub: actionlint (with shellcheck on every `run:` script) finds nothing, and it does
what docs/install.md says it does on each system. Not marked `packaging`: part of
`make test`. actionlint and shellcheck come with the `test` extra on x86-64 Linux."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
RELEASE = ROOT / ".github" / "workflows" / "release.yml"


def _tool(name: str) -> str | None:
    """The venv's own (next to this Python: make does not put .venv/bin on PATH), else
    PATH's."""
    here = Path(sys.executable).parent / (name + (".exe" if sys.platform == "win32" else ""))
    return str(here) if here.is_file() else shutil.which(name)


def _need(name: str) -> str:
    found = _tool(name)
    if found:
        return found
    message = f"{name} is not installed (the `test` extra brings it on x86-64 Linux)"
    if os.environ.get("CI") and sys.platform.startswith("linux") \
            and platform.machine() == "x86_64":
        pytest.fail(message)
    pytest.skip(message)


def test_actionlint_finds_nothing():
    actionlint = _need("actionlint")
    shellcheck = _need("shellcheck")
    assert WORKFLOWS, "no workflow to lint"
    proc = subprocess.run([actionlint, "-no-color", "-oneline", "-verbose",
                           "-shellcheck", shellcheck, "-pyflakes", "",
                           *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Found total 0 errors" in proc.stderr, proc.stderr


def test_actionlint_would_catch_a_mistake(tmp_path):
    """The lint is real: a broken copy of the workflow fails (a job with no runner, and a
    run step shellcheck objects to)."""
    actionlint = _need("actionlint")
    shellcheck = _need("shellcheck")
    text = RELEASE.read_text(encoding="utf-8")
    broken = text.replace("runs-on: ${{ matrix.os }}", "runs-on: ${{ matrix.system }}", 1)
    broken = broken.replace('>> "$GITHUB_OUTPUT"', ">> $GITHUB_OUTPUT", 1)
    assert broken.count("matrix.system") == 1 and ">> $GITHUB_OUTPUT" in broken
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    copy = tmp_path / ".github" / "workflows" / "release.yml"
    copy.write_text(broken, encoding="utf-8")
    proc = subprocess.run([actionlint, "-no-color", "-oneline", "-shellcheck", shellcheck,
                           "-pyflakes", "", str(copy)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1
    assert 'property "system" is not defined' in proc.stdout, proc.stdout
    assert "SC2086" in proc.stdout, proc.stdout


# ---------------------------------------------------------------------------- contents


def _text() -> str:
    return RELEASE.read_text(encoding="utf-8")


def test_matrix_is_linux_windows_macos_on_python_3_11():
    matrix = re.search(r"^\s+os: \[(.*)\]$", _text(), re.M).group(1).split(", ")
    assert [m.split("-")[0] for m in matrix] == ["ubuntu", "windows", "macos"]
    assert re.search(r'python-version: "3\.11"', _text())
    assert "fail-fast: false" in _text()  # one system failing still shows the others


def test_each_system_tests_builds_and_smoke_tests():
    text = _text()
    steps = [line.strip() for line in text.splitlines() if line.strip().startswith("run:")
             or line.strip().startswith("- name:")]
    order = [i for i, s in enumerate(steps) for key in ("run: make test", "run: make package",
                                                          "smoke_bundle.py")
             if key in s or (key == "smoke_bundle.py" and "--smoke-test on every" in s)]
    assert len(order) == 3 and order == sorted(order), steps
    assert "packaging/smoke_bundle.py" in text
    # the Makefile's package target is the one that runs build.spec
    assert "build.spec" in (ROOT / "Makefile").read_text()


def test_linux_libraries_match_ci():
    ci = (ROOT / ".ci" / "run").read_text()
    ci_libs = ci.split('XCB_LIBS="', 1)[1].split('"', 1)[0].split()
    block = re.search(r"XCB_LIBS: >-\n((?:\s{4}.*\n)+)", _text()).group(1)
    assert block.split() == ci_libs


def test_uploads_what_each_system_ships():
    text = _text()
    for pattern in ("dist/*.tar.gz", "dist/*.deb", "dist/*.zip", "Tawsim.app"):
        assert pattern in text, pattern
    assert "if-no-files-found: error" in text
    # the release is a draft: a maintainer publishes it
    assert "gh release create" in text and "--draft" in text
    assert re.search(r"permissions:\n\s+contents: read", text), "read-only by default"


def test_windows_make_uses_the_venv_scripts_folder():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"ifeq \(\$\(OS\),Windows_NT\)\n(?:#.*\n)*BIN\s+:= \$\(VENV\)/Scripts",
                     makefile)
    assert "make test PY=python" in _text() and "shell: bash" in _text()
