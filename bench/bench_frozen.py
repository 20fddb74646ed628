"""The frozen program's start-up, as a ratio against a bare PySide6 window frozen the same
way in the same run (target <= 1.5x).

* **tawsim**: ``dist/tawsim/tawsim PROJECT --annotator bench`` on a project of the seed
  articles (the window opens the first one: document list, article in the Naskh font,
  panels), from the process start to its first painted window.
* **bare**: a QMainWindow with a label, built by the same build.spec (same PyInstaller
  options, excludes and Qt filters; ``TAWSIM_SPEC_BARE``) into a temporary folder.

"Shown" is the first paint of a top-level window: both bundles carry the runtime hook
packaging/rthook_exit_after_shown.py, which with ``TAWSIM_EXIT_AFTER_SHOWN=1`` prints the
time of that paint and exits, so neither program needs code of its own for it. Runs
alternate between the two programs after one warm-up each (the page cache is warm: this
is a laptop's second start, not its first after boot); the figure is the median.

The hook also reports where each start-up's time goes (medians in ``*_phases_s``):
``interpreter`` (process start to the Python interpreter running the hook: the bootloader
and Python's own start), ``pyside6`` (importing PySide6), ``program`` (the program's own
imports and window, up to ``QApplication.exec``) and ``first_paint`` (the event loop up
to the first painted frame).

    python -m bench.bench_frozen [--runs 9] [--platform offscreen|xcb]   (make package first)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "tawsim"
TARGET = 1.5

BARE = '''\
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("bare PySide6 window"))
window.resize(1400, 850)
window.show()
sys.exit(app.exec())
'''


def _size_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def build_bare(work: Path) -> Path:
    """Freeze the bare window with build.spec's options; returns the program."""
    script = work / "bare.py"
    script.write_text(BARE, encoding="utf-8")
    env = dict(os.environ, TAWSIM_SPEC_BARE=str(script))
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "build.spec")],
        cwd=work, env=env, capture_output=True, text=True)
    exe = work / "dist" / "bare" / "bare"
    if proc.returncode != 0 or not exe.is_file():
        raise RuntimeError(f"building the bare window failed:\n{proc.stderr[-3000:]}")
    return exe


PHASES = (("interpreter", "hook"), ("pyside6", "qt"), ("program", "exec"),
          ("first_paint", "shown"))


def shown_after(cmd: list[str], env: dict[str, str], timeout: float = 60) -> dict[str, float]:
    """Seconds from starting ``cmd`` to its first painted window (``total``), and how they
    split: the bootloader and interpreter, importing PySide6, the program's own imports
    and window, and the event loop up to the first paint (from the runtime hook)."""
    t0 = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    marks: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if line.startswith("TAWSIM_SHOWN "):
            marks["shown"] = float(line.split()[1])
        elif line.startswith("TAWSIM_PHASES "):
            for item in line.split()[1:]:
                name, _, value = item.partition("=")
                marks[name] = float(value)
    if "shown" not in marks:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode} without showing a window:\n"
                           f"{proc.stderr[-2000:]}")
    out = {"total": marks["shown"] - t0}
    previous = t0
    for phase, mark in PHASES:
        if mark in marks:
            out[phase] = marks[mark] - previous
            previous = marks[mark]
    return out


def run(runs: int = 9, platform: str = "offscreen", tawsim: Path | None = None) -> dict:
    tawsim = tawsim or DIST / "tawsim"
    if not tawsim.is_file():
        raise SystemExit(f"{tawsim} is missing: run `make package` first")
    work = Path(tempfile.mkdtemp(prefix="tawsim-bench-frozen-"))
    try:
        t0 = time.perf_counter()
        bare = build_bare(work)
        build_s = time.perf_counter() - t0
        env = dict(os.environ, TAWSIM_EXIT_AFTER_SHOWN="1", QT_QPA_PLATFORM=platform,
                   XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"),
                   TAWSIM_NO_PROGRESS="1")
        project = work / "seeds.tawsim"
        subprocess.run([str(tawsim), "import", str(project), str(ROOT / "seeds")], env=env,
                       check=True, capture_output=True)
        commands = {
            "tawsim": [str(tawsim), str(project), "--annotator", "bench"],
            "bare": [str(bare)],
        }
        runs_of: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for cmd in commands.values():  # warm-up: page cache, fontconfig cache
            shown_after(cmd, env)
        for _ in range(runs):
            for name, cmd in commands.items():
                runs_of[name].append(shown_after(cmd, env))
        med = {name: statistics.median(r["total"] for r in values)
               for name, values in runs_of.items()}
        phases = {name: {phase: round(statistics.median(r.get(phase, 0.0) for r in values), 4)
                         for phase, _mark in PHASES}
                  for name, values in runs_of.items()}
        ratio = med["tawsim"] / med["bare"]
        return {
            "tawsim_shown_s": round(med["tawsim"], 4),
            "bare_shown_s": round(med["bare"], 4),
            "ratio": round(ratio, 3),
            "target": TARGET,
            "ok": ratio <= TARGET,
            "runs": runs,
            "platform": platform,
            "tawsim_phases_s": phases["tawsim"],
            "bare_phases_s": phases["bare"],
            "tawsim_all_s": [round(r["total"], 4) for r in runs_of["tawsim"]],
            "bare_all_s": [round(r["total"], 4) for r in runs_of["bare"]],
            "tawsim_bundle_mb": round(_size_mb(tawsim.parent), 1),
            "bare_bundle_mb": round(_size_mb(bare.parent), 1),
            "bare_build_s": round(build_s, 1),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_frozen",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform: offscreen (default) or xcb (needs DISPLAY)")
    args = parser.parse_args(argv)
    result = run(args.runs, args.platform)
    print(json.dumps(result, indent=1))
    print(f"frozen start-up to a shown window: tawsim {result['tawsim_shown_s'] * 1000:.0f} ms, "
          f"bare PySide6 {result['bare_shown_s'] * 1000:.0f} ms: {result['ratio']:.2f}x "
          f"(target <= {TARGET}x) {'ok' if result['ok'] else 'OVER TARGET'}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
