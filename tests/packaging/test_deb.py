"""The .deb that `make package` builds (packaging/deb.py): its contents and control data,
then a real install with apt-get, offline, the installed program run by name, its menu
entry validated, and a clean removal. Run with the other packaging tests::

    make package && .venv/bin/python -m pytest -m packaging tests/packaging -q

Installing changes this machine (/opt/tawsim, /usr/bin/tawsim, the menu entry and icon),
so the install test needs root (or `sudo -n`) and refuses to touch a machine where a
tawsim package or those paths exist already; it purges the package whatever happens.
"Offline": apt-get runs under `unshare -n` (no network interface at all) where that is
permitted, so the install can only succeed from the .deb and what is installed already;
`.ci/run` installs the dependencies (the xcb, GL and fontconfig libraries) before
`make package`. (`apt-get --no-download` is no help: apt 2.6 refuses it for a .deb file
given on the command line.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.packaging.conftest import DIST, run, source_version, unshare_works

pytestmark = pytest.mark.packaging

DEPENDS = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
           "libxcb-render-util0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1"]
INSTALLED = [Path("/opt/tawsim"), Path("/usr/bin/tawsim"),
             Path("/usr/share/applications/tawsim.desktop"),
             Path("/usr/share/icons/hicolor/256x256/apps/tawsim.png"),
             Path("/usr/share/icons/hicolor/scalable/apps/tawsim.svg")]


def _unavailable(message: str):
    if os.environ.get("CI"):
        pytest.fail(message + " (CI runs as root on Debian: see .ci/run)")
    pytest.skip(message)


def _tool(name: str) -> None:
    if not shutil.which(name):
        _unavailable(f"{name} is not installed")


@pytest.fixture(scope="module")
def deb(bundle) -> Path:
    _tool("dpkg-deb")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    path = DIST / f"tawsim_{source_version()}_{arch}.deb"
    assert path.is_file(), f"{path} is missing (make package runs packaging/deb.py)"
    assert path.stat().st_mtime >= bundle.stat().st_mtime, "the .deb is older than the bundle"
    return path


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "--field", str(deb), name], capture_output=True,
                          text=True, check=True).stdout.strip()


def test_control_data(deb):
    assert _field(deb, "Package") == "tawsim"
    assert _field(deb, "Version") == source_version()
    depends = [d.strip() for d in _field(deb, "Depends").split(",")]
    assert depends[0].startswith("libc6 (>= 2."), depends
    assert depends[1:] == DEPENDS
    installed_kib = int(_field(deb, "Installed-Size"))
    assert 50_000 < installed_kib < 170_000, installed_kib
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True,
                          check=True).stdout
    for script in ("postinst", "postrm", "md5sums"):
        assert f" {script} " in info, info


def test_contents(deb):
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    entries = {}
    for line in listing:
        mode, owner, _size, _date, _time, name, *rest = line.split()
        entries[name.removeprefix(".")] = (mode, owner, rest)
    assert all(owner == "root/root" for _mode, owner, _rest in entries.values())
    assert entries["/opt/tawsim/tawsim"][0] == "-rwxr-xr-x"
    assert entries["/usr/bin/tawsim"][0].startswith("l")
    assert entries["/usr/bin/tawsim"][2] == ["->", "/opt/tawsim/tawsim"]
    for path in ("/usr/share/applications/tawsim.desktop",
                 "/usr/share/icons/hicolor/256x256/apps/tawsim.png",
                 "/usr/share/icons/hicolor/scalable/apps/tawsim.svg",
                 "/usr/share/doc/tawsim/copyright",
                 "/opt/tawsim/_internal/resources/schema/gold.schema.json"):
        assert entries.get(path, ("",))[0] == "-rw-r--r--", path
    bundle_files = {"/opt/tawsim/" + p.relative_to(DIST / "tawsim").as_posix()
                    for p in (DIST / "tawsim").rglob("*")}
    assert bundle_files <= {name.rstrip("/") for name in entries}, "the bundle is not whole"
    places = ("/opt/tawsim/", "/usr/bin/tawsim", "/usr/share/applications/",
              "/usr/share/icons/hicolor/", "/usr/share/doc/tawsim/")
    parents = {"/", "/opt/", "/usr/", "/usr/bin/", "/usr/share/", "/usr/share/icons/",
               "/usr/share/doc/"}
    stray = [n for n in entries if n not in parents and not n.startswith(places)]
    assert not stray, f"files outside the package's places: {stray}"


def _sudo() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True,
                                               timeout=20).returncode == 0:
        return ["sudo", "-n"]
    _unavailable("installing a .deb needs root or passwordless sudo")
    return []


def _status() -> str:
    proc = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "tawsim"],
                          capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else "unknown"


def test_install_offline_run_and_remove(deb, frozen_env, tmp_path):
    for tool in ("apt-get", "dpkg", "dpkg-query"):
        _tool(tool)
    sudo = _sudo()
    if _status() not in ("unknown", "unknown ok not-installed"):
        pytest.skip(f"a tawsim package is on this machine already ({_status()}): "
                    "not touching it")
    there = [str(p) for p in INSTALLED if p.exists() or p.is_symlink()]
    if there:
        pytest.skip(f"not touching files that are there already: {', '.join(there)}")

    # a folder the _apt user may read, so apt need not say it reads the file as root
    folder = Path(tempfile.mkdtemp(prefix="tawsim-deb-"))
    folder.chmod(0o755)
    local = folder / deb.name
    shutil.copy2(deb, local)
    apt_env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    offline = ["unshare", "-n"] if unshare_works() else []
    if not offline and os.environ.get("CI"):
        pytest.fail("unshare -n is not permitted: the install would not prove it is offline")
    try:
        install = subprocess.run([*sudo, *offline, "apt-get", "install", "-y", "-q",
                                  str(local)], env=apt_env, capture_output=True, text=True,
                                 timeout=600)
        assert install.returncode == 0, (
            "apt-get install failed (offline: are the Depends installed? .ci/run installs "
            f"them):\n{install.stdout[-3000:]}{install.stderr[-3000:]}")
        assert _status() == "install ok installed"
        assert os.path.realpath("/usr/bin/tawsim") == "/opt/tawsim/tawsim"

        # the command by name, from another folder, in a clean environment
        version = run(["tawsim", "--version"], env=frozen_env, cwd=tmp_path)
        assert version.returncode == 0, version.stderr
        assert version.stdout.strip() == f"tawsim {source_version()}"
        smoke = run(["tawsim", "--smoke-test"], env=dict(frozen_env, TAWSIM_SMOKE_VERBOSE="1"),
                    cwd=tmp_path)
        assert smoke.returncode == 0, smoke.stdout + smoke.stderr
        assert smoke.stdout.startswith("smoke test: ok"), smoke.stdout
        assert "resources from /opt/tawsim/_internal" in smoke.stderr

        entry = Path("/usr/share/applications/tawsim.desktop")
        assert "Exec=tawsim %f" in entry.read_text(encoding="utf-8")
        _tool("desktop-file-validate")
        check = run(["desktop-file-validate", str(entry)], env=os.environ, cwd=tmp_path)
        assert check.returncode == 0, check.stdout + check.stderr
        for path in INSTALLED:
            assert path.exists(), path
        verify = subprocess.run(["dpkg", "--verify", "tawsim"], capture_output=True,
                                text=True)
        assert verify.returncode == 0 and not verify.stdout, verify.stdout + verify.stderr

        remove = subprocess.run([*sudo, "apt-get", "remove", "-y", "-q", "tawsim"],
                                env=apt_env, capture_output=True, text=True, timeout=600)
        assert remove.returncode == 0, remove.stdout + remove.stderr
        left = [str(p) for p in INSTALLED if p.exists() or p.is_symlink()]
        assert not left, f"left behind after apt-get remove: {left}"
        # postrm keeps dpkg's record (config-files) until a purge, which leaves nothing
        purge = subprocess.run([*sudo, "apt-get", "purge", "-y", "-q", "tawsim"],
                               env=apt_env, capture_output=True, text=True, timeout=600)
        assert purge.returncode == 0, purge.stdout + purge.stderr
        assert _status() in ("unknown", "unknown ok not-installed")
    finally:
        if _status() not in ("unknown", "unknown ok not-installed"):
            subprocess.run([*sudo, "dpkg", "--purge", "tawsim"], capture_output=True,
                           timeout=600)
        shutil.rmtree(folder, ignore_errors=True)
