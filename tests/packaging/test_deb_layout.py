"""packaging/deb.py's layout and scripts on a stand-in bundle (no PyInstaller, no
install): part of `make test`. The real .deb is built and installed by test_deb.py."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg"),
                                reason="the .deb is built on Debian/Ubuntu only")


def _deb():
    spec = importlib.util.spec_from_file_location("tawsim_deb", ROOT / "packaging" / "deb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def staged(tmp_path):
    bundle = tmp_path / "tawsim"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "tawsim"
    # an ELF header and a glibc symbol version, as a real executable carries
    exe.write_bytes(b"\x7fELF" + b"\0" * 60 + b"GLIBC_2.17\0GLIBC_2.34\0GLIBC_2.4\0")
    exe.chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x")
    (bundle / "_internal" / "data.txt").chmod(0o600)
    (bundle / "_internal" / "link").symlink_to("data.txt")
    deb = _deb()
    root = tmp_path / "root"
    deb.stage(bundle, root, "9.8.7")
    deb._normalise(root, 1_700_000_000)
    return deb, root


def test_layout(staged):
    _deb, root = staged
    assert (root / "opt/tawsim/tawsim").is_file()
    assert (root / "opt/tawsim/_internal/link").is_symlink()
    assert os.readlink(root / "usr/bin/tawsim") == "/opt/tawsim/tawsim"
    desktop = (root / "usr/share/applications/tawsim.desktop").read_text()
    assert desktop == (ROOT / "packaging" / "tawsim.desktop").read_text()
    assert (root / "usr/share/icons/hicolor/256x256/apps/tawsim.png").read_bytes() == \
        (ROOT / "resources/icons/tawsim.png").read_bytes()
    assert (root / "usr/share/icons/hicolor/scalable/apps/tawsim.svg").is_file()
    assert "License: MIT" in (root / "usr/share/doc/tawsim/copyright").read_text()


def test_modes_and_times(staged):
    _deb, root = staged
    assert (root / "opt/tawsim/tawsim").stat().st_mode & 0o777 == 0o755
    assert (root / "opt/tawsim/_internal/data.txt").stat().st_mode & 0o777 == 0o644
    assert (root / "DEBIAN/postinst").stat().st_mode & 0o777 == 0o755
    for path in [root, *root.rglob("*")]:
        assert path.lstat().st_mtime == 1_700_000_000, path
        if path.is_dir() and not path.is_symlink():
            assert path.stat().st_mode & 0o777 == 0o755, path


def test_control(staged):
    _deb, root = staged
    control = (root / "DEBIAN/control").read_text()
    fields = dict(line.split(": ", 1) for line in control.splitlines()
                  if line and not line.startswith(" "))
    assert fields["Package"] == "tawsim" and fields["Version"] == "9.8.7"
    # the newest glibc symbol version the binaries ask for, compared as numbers
    assert fields["Depends"].split(", ")[0] == "libc6 (>= 2.34)"
    ci = (ROOT / ".ci" / "run").read_text()
    xcb_libs = ci.split('XCB_LIBS="', 1)[1].split('"', 1)[0].split()
    assert fields["Depends"].split(", ")[1:] == xcb_libs
    assert int(fields["Installed-Size"]) >= 1
    assert control.endswith("\n") and "\n .\n" in control


def test_md5sums_cover_the_files(staged):
    _deb, root = staged
    listed = {line.split("  ", 1)[1] for line in
              (root / "DEBIAN/md5sums").read_text().splitlines()}
    files = {p.relative_to(root).as_posix() for p in root.rglob("*")
             if p.is_file() and not p.is_symlink() and p.relative_to(root).parts[0] != "DEBIAN"}
    assert listed == files


@pytest.mark.parametrize("script, action", [("postinst", "configure"), ("postrm", "remove"),
                                            ("postrm", "purge")])
def test_scripts_without_the_cache_tools(staged, tmp_path, script, action):
    """A machine without update-desktop-database and gtk-update-icon-cache (a server, a
    container): the scripts do nothing and succeed."""
    _deb, root = staged
    bare = tmp_path / "bin"
    bare.mkdir()
    for tool in ("sh", "true"):
        (bare / tool).symlink_to(shutil.which(tool))
    proc = subprocess.run([str(bare / "sh"), str(root / "DEBIAN" / script), action],
                          env={"PATH": str(bare)}, capture_output=True, text=True, timeout=30)
    assert (proc.returncode, proc.stderr) == (0, "")


def test_scripts_call_the_cache_tools_when_there(staged, tmp_path):
    _deb, root = staged
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    log = tmp_path / "calls"
    for tool in ("update-desktop-database", "gtk-update-icon-cache"):
        (bin_ / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n')
        (bin_ / tool).chmod(0o755)
    env = {"PATH": f"{bin_}:/usr/bin:/bin"}
    proc = subprocess.run(["sh", str(root / "DEBIAN" / "postinst"), "configure"], env=env,
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    calls = log.read_text()
    assert "update-desktop-database -q /usr/share/applications" in calls
    # the icon cache only where the hicolor theme is installed
    icon_call = "gtk-update-icon-cache" in calls
    assert icon_call == Path("/usr/share/icons/hicolor/index.theme").is_file()
    # an upgrade's other steps (abort-upgrade...) refresh nothing
    log.unlink()
    subprocess.run(["sh", str(root / "DEBIAN" / "postinst"), "abort-upgrade"], env=env,
                   check=True, timeout=30)
    assert not log.exists()
