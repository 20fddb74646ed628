"""`make run` on a fresh Linux machine: packaging/check_display_libs.py finds the system
libraries Qt's xcb plugin needs and, when some are missing, prints the one `apt-get
install` line and stops. Not marked `packaging` (no bundle needed): part of `make test`.
The machines are faked: ``TAWSIM_LDD`` / ``TAWSIM_LDCONFIG`` name small scripts that print
what ldd / ldconfig would."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "check_display_libs.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the xcb library check is for Linux only")

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f00)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibEGL.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfontconfig.so.1 => /lib/x86_64-linux-gnu/libfontconfig.so.1 (0x00007f01)
\tlibwhatever.so.9 => not found
"""
LDD_OK = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f00)
"""
LDCONFIG = """\
3 libs found in cache `/etc/ld.so.cache'
\tlibxcb-cursor.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb-cursor.so.0
\tlibGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGL.so.1
\tlibfontconfig.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libfontconfig.so.1
"""


def _module():
    spec = importlib.util.spec_from_file_location("check_display_libs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake(tmp_path: Path, name: str, output: str) -> Path:
    """A program that prints ``output`` and records that it ran."""
    (tmp_path / f"{name}.out").write_text(output)
    script = tmp_path / name
    script.write_text(f'#!/bin/sh\necho "$@" >> "{tmp_path}/{name}.ran"\n'
                      f'cat "{tmp_path}/{name}.out"\n')
    script.chmod(0o755)
    return script


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "TAWSIM_SKIP_LIB_CHECK", "TAWSIM_LDD",
                        "TAWSIM_LDCONFIG", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(extra)
    return env


def _check(env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT)], env=env, capture_output=True,
                          text=True, timeout=60)


def _expected_line(packages: str) -> str:
    return ("" if os.geteuid() == 0 else "sudo ") + "apt-get install -y " + packages


def _install_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "apt-get install" in line]


def test_missing_libraries_print_one_install_line_and_exit_1(tmp_path):
    ldd = _fake(tmp_path, "ldd", LDD_MISSING)
    proc = _check(_env(TAWSIM_LDD=str(ldd)))
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert (tmp_path / "ldd.ran").read_text().strip().endswith("libqxcb.so"), \
        "ldd did not look at the venv's xcb plugin"
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libEGL.so.1, libwhatever.so.9" in proc.stderr
    if shutil.which("apt-get"):
        # each package once, in ldd's order; the unknown library named, not guessed
        assert _install_lines(proc.stderr) == [
            _expected_line("libxcb-cursor0 libxcb-icccm4 libegl1")], proc.stderr
        assert "libwhatever.so.9: find the package" in proc.stderr
    else:
        assert _install_lines(proc.stderr) == [] and "docs/install.md" in proc.stderr


def test_nothing_missing_says_nothing(tmp_path):
    proc = _check(_env(TAWSIM_LDD=str(_fake(tmp_path, "ldd", LDD_OK))))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "wayland"])
def test_other_platforms_are_not_checked(tmp_path, platform):
    ldd = _fake(tmp_path, "ldd", LDD_MISSING)
    proc = _check(_env(TAWSIM_LDD=str(ldd), QT_QPA_PLATFORM=platform))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert not (tmp_path / "ldd.ran").exists()


def test_xcb_chosen_explicitly_is_checked(tmp_path):
    ldd = _fake(tmp_path, "ldd", LDD_MISSING)
    assert _check(_env(TAWSIM_LDD=str(ldd), QT_QPA_PLATFORM="xcb")).returncode == 1


def test_skip_variable(tmp_path):
    ldd = _fake(tmp_path, "ldd", LDD_MISSING)
    assert _check(_env(TAWSIM_LDD=str(ldd), TAWSIM_SKIP_LIB_CHECK="1")).returncode == 0


def test_without_ldd_ldconfig_and_the_ci_list(tmp_path):
    ldconfig = _fake(tmp_path, "ldconfig", LDCONFIG)
    proc = _check(_env(TAWSIM_LDD=str(tmp_path / "no-such-ldd"), TAWSIM_LDCONFIG=str(ldconfig)))
    assert proc.returncode == 1, proc.stderr
    assert (tmp_path / "ldconfig.ran").read_text().strip() == "-p"
    if shutil.which("apt-get"):
        assert _install_lines(proc.stderr) == [_expected_line(
            "libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
            "libxkbcommon-x11-0 libegl1")], proc.stderr


def test_report_wording():
    check = _module()
    missing = ["libxcb-cursor.so.0", "libGL.so.1"]
    as_user = check.report(missing, root=False, has_apt=True).splitlines()
    assert as_user[-1] == "sudo apt-get install -y libxcb-cursor0 libgl1"
    assert check.report(missing, root=True, has_apt=True).splitlines()[-1] == \
        "apt-get install -y libxcb-cursor0 libgl1"
    elsewhere = check.report(missing, root=False, has_apt=False)
    assert "apt-get" not in elsewhere and "docs/install.md" in elsewhere


def test_every_ci_library_has_its_package():
    """The fallback list is what .ci/run installs, and each maps to a package there."""
    check = _module()
    ci = (ROOT / ".ci" / "run").read_text()
    ci_packages = ci.split('XCB_LIBS="', 1)[1].split('"', 1)[0].split()
    assert sorted(check.PACKAGES[name] for name in check.FALLBACK) == sorted(ci_packages)


def test_make_run_stops_before_the_window(tmp_path):
    """`make run` itself: the check runs first, and a failed check starts no window."""
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("no .venv: `make setup` first")
    ldd = _fake(tmp_path, "ldd", LDD_MISSING)
    # -o: never re-run `make setup` from a test, even if pyproject.toml is newer
    proc = subprocess.run(["make", "-o", ".venv/.installed", "run",
                           "PROJECT=/nonexistent/never-opened.tawsim"], cwd=ROOT,
                          env=_env(TAWSIM_LDD=str(ldd)), capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(_install_lines(proc.stderr)) == (1 if shutil.which("apt-get") else 0), \
        proc.stderr
    assert "never-opened" not in proc.stdout + proc.stderr, "the window was started"
