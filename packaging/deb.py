"""The Debian/Ubuntu package of the frozen bundle: ``python packaging/deb.py`` (the last
step of ``make package``, after PyInstaller and packaging/archive.py).

Writes ``dist/tawsim_<version>_<arch>.deb`` with ``dpkg-deb --build --root-owner-group``::

    /opt/tawsim/                                   the bundle (dist/tawsim/), as it is
    /usr/bin/tawsim -> /opt/tawsim/tawsim          the command (the window and the CLI)
    /usr/share/applications/tawsim.desktop         the menu entry (packaging/tawsim.desktop)
    /usr/share/icons/hicolor/256x256/apps/tawsim.png, .../scalable/apps/tawsim.svg
    /usr/share/doc/tawsim/copyright                the licences of what is inside

``Depends`` names the C library the bundle needs (the newest ``GLIBC_2.x`` symbol
version its binaries ask for) and the libraries Qt's xcb
plugin loads from the system (the list `.ci/run` installs), so ``apt-get install
./tawsim_*.deb`` brings them in from the distribution when they are missing; installing
needs no network when they are already there. ``postinst`` and ``postrm`` refresh the
menu and icon caches, each only if its tool is installed. ``DEBIAN/md5sums`` lets
``dpkg --verify tawsim`` check the installed files.

The package is reproducible for a given bundle: modes normalised (0755 for directories and
executables, 0644 for the rest), owner root, every time stamp set to the version's commit
time (or SOURCE_DATE_EPOCH), which dpkg-deb also uses for the archive members.

Compressed with zstd (level 9: 4 s here, against 2 minutes for dpkg-deb's default xz at
a tenth smaller); every dpkg that the bundle's glibc allows (Debian 12, Ubuntu 22.10 and
later) reads it.

On a system without ``dpkg-deb`` (or not Linux) it says so and writes nothing, exit 0:
``make package`` still builds the bundle and the archive there.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import archive  # noqa: E402  (packaging/archive.py: version, commit time, sizes)

PREFIX = "/opt/tawsim"
# What Qt's xcb plugin loads from the system (.ci/run's XCB_LIBS; the bundle carries
# copies of some, not all), plus fontconfig for the fonts.
DEPENDS = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
           "libxcb-render-util0", "libxkbcommon-x11-0", "libegl1", "libgl1",
           "libfontconfig1"]

DESCRIPTION = """\
offline workbench for annotating Arabic news
 Tawsim is a desktop workbench in which analysts read Arabic news articles right
 to left and annotate the claims made, the actors who act and speak, and the
 dates of events, linked together (who claimed this, when). A reviewer merges
 the annotators' projects, measures agreement, adjudicates and exports a
 gold-standard dataset as JSONL. It never uses the network.
 .
 The program (Python, Qt 6 and the Arabic font included) is installed in
 /opt/tawsim; 'tawsim' opens the window, 'tawsim --help' lists the commands and
 'tawsim --smoke-test' checks that this copy works."""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: tawsim
Comment: /opt/tawsim is a PyInstaller bundle: the Tawsim program with the Python
 interpreter, the Python packages and the shared libraries it runs on. Their
 licence texts are in their own folders under /opt/tawsim/_internal where they
 ship one (*.dist-info, resources/fonts/OFL.txt).

Files: *
Copyright: the Tawsim authors
License: MIT

Files: opt/tawsim/_internal/resources/fonts/*
Copyright: 2022 The Noto Project Authors
License: OFL-1.1
 See /opt/tawsim/_internal/resources/fonts/OFL.txt.

Files: opt/tawsim/_internal/PySide6/* opt/tawsim/_internal/libQt6* opt/tawsim/_internal/libpyside6* opt/tawsim/_internal/libshiboken6*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 On Debian systems, see /usr/share/common-licenses/LGPL-3.

Files: opt/tawsim/_internal/libpython3* opt/tawsim/_internal/base_library.zip
Copyright: Python Software Foundation
License: PSF-2.0

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 SOFTWARE.
"""

# Refresh the menu and icon caches, each only where its tool is installed (desktops have
# them; a server or a container may not). Never fail the install or removal over a cache.
REFRESH = """\
#!/bin/sh
set -e
refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 \\
            && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
}
"""
POSTINST = REFRESH + """\
case "$1" in
    configure) refresh ;;
esac
exit 0
"""
POSTRM = REFRESH + """\
case "$1" in
    remove|purge) refresh ;;
esac
exit 0
"""


def arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


GLIBC_SYMBOL = re.compile(rb"GLIBC_(2\.\d+(?:\.\d+)?)\x00")


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version any ELF file of the bundle asks for (what
    dpkg-shlibdeps would work out for libc6): e.g. '2.36', or '' if none is found."""
    versions = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
                versions.update(GLIBC_SYMBOL.findall(fh.read()))
    if not versions:
        return ""
    return max((v.decode() for v in versions), key=lambda v: tuple(map(int, v.split("."))))


def control(version: str, installed_kib: int, libc: str) -> str:
    depends = ([f"libc6 (>= {libc})"] if libc else []) + DEPENDS
    return (f"Package: tawsim\nVersion: {version}\nArchitecture: {arch()}\n"
            "Maintainer: Tawsim maintainers <tawsim@localhost>\n"
            f"Installed-Size: {installed_kib}\n"
            f"Depends: {', '.join(depends)}\n"
            "Section: text\nPriority: optional\n"
            f"Description: {DESCRIPTION}\n")


def _normalise(root: Path, mtime: int) -> None:
    """0755/0644 modes and one time stamp for everything under ``root`` (deepest first,
    so setting a folder's time is not undone by writing into it)."""
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_symlink():
            os.utime(path, (mtime, mtime), follow_symlinks=False)
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o100 else 0o644)
        os.utime(path, (mtime, mtime))
    root.chmod(0o755)
    os.utime(root, (mtime, mtime))


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {rel.as_posix()}\n")
    return "".join(lines)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def stage(bundle: Path, root: Path, version: str) -> None:
    """Lay out the package's files under ``root`` (emptied first)."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / PREFIX.lstrip("/")
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "tawsim").symlink_to(f"{PREFIX}/tawsim")
    share = root / "usr" / "share"
    _write(share / "applications" / "tawsim.desktop",
           (ROOT / "packaging" / "tawsim.desktop").read_text(encoding="utf-8"))
    icons = share / "icons" / "hicolor"
    for rel, src in (("256x256/apps/tawsim.png", "tawsim.png"),
                     ("scalable/apps/tawsim.svg", "tawsim.svg")):
        (icons / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "resources" / "icons" / src, icons / rel)
    _write(share / "doc" / "tawsim" / "copyright", COPYRIGHT)

    installed_kib = (archive.tree_size(root) + 1023) // 1024
    debian = root / "DEBIAN"
    _write(debian / "control", control(version, installed_kib, glibc_needed(bundle)))
    _write(debian / "postinst", POSTINST, 0o755)
    _write(debian / "postrm", POSTRM, 0o755)
    _write(debian / "md5sums", _md5sums(root))


def build(dist: Path, out: Path | None = None, *, check_version: bool = True) -> Path | None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        print("deb: dpkg-deb is not installed here: no .deb built (Debian and Ubuntu "
              "have it)")
        return None
    version = archive.version()
    bundle = dist / "tawsim"
    exe = bundle / "tawsim"
    if not exe.is_file():
        raise SystemExit(f"deb: {exe} is missing: build the bundle first (make package)")
    if check_version:
        shown = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                               timeout=60).stdout.strip()
        if shown != f"tawsim {version}":
            raise SystemExit(f"deb: {exe} says {shown!r}, the source says {version}: rebuild")
    out = out or dist / f"tawsim_{version}_{arch()}.deb"
    mtime = archive.source_date()
    root = ROOT / "build" / "deb" / "root"
    stage(bundle, root, version)
    _normalise(root, mtime)
    tmp = out.with_name(out.name + ".part")
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(mtime))
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root), str(tmp)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    tmp.replace(out)
    shutil.rmtree(root)
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: "
          f"{out.stat().st_size / 1e6:.1f} MB")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/deb.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="the folder holding the bundle tawsim/ (default dist/)")
    parser.add_argument("--out", type=Path, default=None, help="the .deb to write")
    args = parser.parse_args(argv)
    build(args.dist, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
