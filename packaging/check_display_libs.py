"""Before ``make run`` opens the window: are the system libraries that Qt's xcb platform
plugin loads installed? If one is missing, say which, print the one ``apt-get install``
line that installs them all, and exit 1 (no traceback, no window that fails half-way with
"Could not load the Qt platform plugin "xcb"").

    python packaging/check_display_libs.py      # exit 0: fine (or nothing to check)

How it checks: ``ldd`` on the xcb plugin of the PySide6 in this environment
(``PySide6/Qt/plugins/platforms/libqxcb.so``) lists every library the plugin needs, its
own dependencies included, and says ``not found`` for each one the system lacks. So the
check follows the Qt actually installed, not a list that goes stale. Without ``ldd`` or
the plugin it falls back to ``ldconfig -p`` and the libraries `.ci/run` installs.

When it checks nothing (exit 0 at once): not Linux; ``QT_QPA_PLATFORM`` names another
platform than xcb (offscreen, minimal, wayland...); ``TAWSIM_SKIP_LIB_CHECK=1``.

``TAWSIM_LDD`` and ``TAWSIM_LDCONFIG`` name other programs to run instead of ``ldd`` and
``ldconfig`` (the tests use them to fake a machine that lacks libraries).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

# The library (soname) -> the Debian/Ubuntu package that ships it, for everything the xcb
# plugin of PySide6 6.8-6.11 links (ldd's whole closure), and the GL/EGL libraries.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}
# What .ci/run installs (XCB_LIBS there): checked with ldconfig -p when ldd cannot be used.
FALLBACK = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
            "libxcb-image.so.0", "libxcb-render-util.so.0", "libxkbcommon-x11.so.0",
            "libEGL.so.1", "libGL.so.1", "libfontconfig.so.1"]

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def wants_xcb(env: dict[str, str]) -> bool:
    """Whether Qt would use (or fall back to) the xcb plugin: QT_QPA_PLATFORM unset or
    empty (Qt's default on Linux), or naming xcb first."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    return not chosen or chosen.split(";")[0].split(":")[0] == "xcb"


def xcb_plugin() -> Path | None:
    """PySide6/Qt/plugins/platforms/libqxcb.so of this environment, found without
    importing PySide6 (which would cost a tenth of a second)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        plugin = Path(base) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_from_ldd(output: str) -> list[str]:
    """The sonames ldd reports as 'not found', each once, in ldd's order."""
    return list(dict.fromkeys(NOT_FOUND.findall(output)))


def missing_from_ldconfig(output: str, wanted: list[str]) -> list[str]:
    """Those of ``wanted`` that ``ldconfig -p`` does not list."""
    known = {line.split()[0] for line in output.splitlines()[1:] if line.strip()}
    return [name for name in wanted if name not in known]


def find_missing(env: dict[str, str]) -> list[str]:
    ldd = shlex.split(env.get("TAWSIM_LDD", "")) or ["ldd"]
    plugin = xcb_plugin()
    if plugin is not None and shutil.which(ldd[0]):
        proc = subprocess.run([*ldd, str(plugin)], capture_output=True, text=True,
                              timeout=60, env=env)
        if proc.returncode == 0 or NOT_FOUND.search(proc.stdout):
            return missing_from_ldd(proc.stdout)
    ldconfig = shlex.split(env.get("TAWSIM_LDCONFIG", "")) or [
        shutil.which("ldconfig") or "/sbin/ldconfig"]
    try:
        proc = subprocess.run([*ldconfig, "-p"], capture_output=True, text=True, timeout=60,
                              env=env)
    except OSError:
        return []  # nothing to check with: let Qt say what it lacks
    return missing_from_ldconfig(proc.stdout, FALLBACK) if proc.returncode == 0 else []


def install_line(packages: list[str], *, root: bool) -> str:
    return ("" if root else "sudo ") + "apt-get install -y " + " ".join(packages)


def report(missing: list[str], *, root: bool, has_apt: bool) -> str:
    """What to tell the user: why, then the one line that fixes it."""
    packages = list(dict.fromkeys(PACKAGES[name] for name in missing if name in PACKAGES))
    unknown = [name for name in missing if name not in PACKAGES]
    lines = [f"make run: the window needs system libraries that are not installed: "
             f"{', '.join(missing)} (Qt's xcb plugin loads them). Install them, then run "
             "`make run` again:"]
    if has_apt and packages:
        lines.append(install_line(packages, root=root))
        if unknown:
            lines.append(f"({', '.join(unknown)}: find the package with `apt-file search`.)")
    else:
        lines.append("see docs/install.md, 'System libraries', for the packages of your "
                     "distribution.")
    return "\n".join(lines)


def main(env: dict[str, str] | None = None) -> int:
    env = dict(os.environ if env is None else env)
    if not sys.platform.startswith("linux") or env.get("TAWSIM_SKIP_LIB_CHECK") == "1":
        return 0
    if not wants_xcb(env):
        return 0
    missing = find_missing(env)
    if not missing:
        return 0
    print(report(missing, root=os.geteuid() == 0, has_apt=bool(shutil.which("apt-get"))),
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
