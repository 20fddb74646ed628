"""Pack the frozen bundle for analysts: ``python packaging/archive.py`` (the second half of
``make package``, after PyInstaller has built ``dist/tawsim/``).

Writes ``dist/tawsim-<version>-linux-x86_64.tar.gz`` holding one folder::

    tawsim-<version>/
      tawsim/           the bundle (run tawsim/tawsim)
      tawsim.desktop    the menu entry (Exec=tawsim, Icon=tawsim)
      tawsim.png        the icon, 256 px (and tawsim.svg)
      install.sh        per-user install: ~/.local/opt, ~/.local/bin, menu entry, icon
      INSTALL.md        how to install and run (docs/install.md)
      README.txt        what this is, in ten lines

The archive is reproducible for a given bundle: entries sorted, owner root, times set to
the version's commit time (or SOURCE_DATE_EPOCH), gzip without a time stamp. It refuses a
bundle that is missing, of another version, or larger than the size budget.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import platform
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 170  # the unpacked bundle, issue 6


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
    if not match:
        raise SystemExit("archive: no __version__ in desktop/__init__.py")
    return match.group(1)


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform,
                                                                         sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")
    return f"{system}-{machine}"


def tree_size(path: Path) -> int:
    """Bytes of the files under ``path`` (symbolic links count as nothing, as on disk)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def source_date() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, text=True,
                             capture_output=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


README = """\
Tawsim {version} ({tag}): an offline workbench for annotating Arabic news
(claims, actors, dates and the links between them).

  tawsim/tawsim                  open the window (a demo project the first time)
  tawsim/tawsim PROJECT.tawsim   open a project
  tawsim/tawsim --help           the command line (import, export, agreement, ...)
  tawsim/tawsim --smoke-test     check that this copy works (prints "smoke test: ok")
  ./install.sh                   install for this user: menu entry, icon, 'tawsim' on PATH

Everything the program needs is in tawsim/ (Python, Qt, the Arabic font, the schema and
the sample articles); it never uses the network. See INSTALL.md for the few system
libraries Qt needs on Linux. Fonts: SIL Open Font License (tawsim/_internal/resources/fonts).
"""


def build(dist: Path, out: Path | None = None, *, check_version: bool = True) -> Path:
    ver, tag = version(), platform_tag()
    bundle = dist / "tawsim"
    exe = bundle / ("tawsim.exe" if sys.platform == "win32" else "tawsim")
    if not exe.is_file():
        raise SystemExit(f"archive: {exe} is missing: build the bundle first (make package)")
    if check_version:
        shown = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                               timeout=60).stdout.strip()
        if shown != f"tawsim {ver}":
            raise SystemExit(f"archive: {exe} says {shown!r}, the source says {ver}: rebuild")
    size_mb = tree_size(bundle) / 1e6
    if size_mb > BUDGET_MB:
        raise SystemExit(f"archive: the bundle is {size_mb:.1f} MB, over the {BUDGET_MB} MB "
                         "budget: see build.spec's filters")

    top = f"tawsim-{ver}"
    out = out or dist / f"tawsim-{ver}-{tag}.tar.gz"
    mtime = source_date()
    extras = {
        "tawsim.desktop": (ROOT / "packaging" / "tawsim.desktop").read_bytes(),
        "tawsim.png": (ROOT / "resources" / "icons" / "tawsim.png").read_bytes(),
        "tawsim.svg": (ROOT / "resources" / "icons" / "tawsim.svg").read_bytes(),
        "install.sh": (ROOT / "packaging" / "install.sh").read_bytes(),
        "INSTALL.md": (ROOT / "docs" / "install.md").read_bytes(),
        "README.txt": README.format(version=ver, tag=tag).encode("utf-8"),
    }

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        return info

    tmp = out.with_name(out.name + ".part")
    with open(tmp, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6,
                          mtime=0) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(_dir(top, mtime))
        for name in sorted(extras):
            data = extras[name]
            info = clean(tarfile.TarInfo(f"{top}/{name}"))
            info.size = len(data)
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            tar.addfile(info, io.BytesIO(data))
        for path in [bundle, *sorted(bundle.rglob("*"))]:
            rel = path.relative_to(bundle).as_posix()
            arcname = f"{top}/tawsim" if rel == "." else f"{top}/tawsim/{rel}"
            info = clean(tar.gettarinfo(str(path), arcname))
            if info.isfile():
                with open(path, "rb") as fh:
                    tar.addfile(info, fh)
            else:
                tar.addfile(info)
    tmp.replace(out)
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: "
          f"{out.stat().st_size / 1e6:.1f} MB (bundle {size_mb:.1f} MB unpacked)")
    return out


def _dir(name: str, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = 0o755
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = mtime
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/archive.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="the folder holding the bundle tawsim/ (default dist/)")
    parser.add_argument("--out", type=Path, default=None, help="the archive to write")
    args = parser.parse_args(argv)
    build(args.dist, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
