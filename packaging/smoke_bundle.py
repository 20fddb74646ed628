"""Run ``--version`` and ``--smoke-test`` on every program of the bundle built on this
system, from another folder, with nothing of the user's touched: what the release
workflow (.github/workflows/release.yml) checks on Linux, Windows and macOS after
``build.spec``::

    python packaging/smoke_bundle.py [--dist dist]

The programs, per system (build.spec makes them):

* Linux:   dist/tawsim/tawsim
* Windows: dist/tawsim/tawsim.exe (console) and dist/tawsim/tawsimw.exe (windowed)
* macOS:   dist/tawsim/tawsim and dist/Tawsim.app/Contents/MacOS/tawsim

Each must print ``tawsim <version>`` and ``smoke test: ok ...`` and exit 0. The windowed
Windows program writes to the pipes it is given like any other (this script starts it
with its output captured); in case no handle comes through, its runtime hook
(packaging/rthook_windowed_stdio.py) writes to ``TAWSIM_STDIO_LOG``, which this script
sets and reads, and says which of the two carried the report. The unpacked bundle must
also be within the size budget (packaging/archive.py's). Exit 0 if all is well, 1 if not.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import archive  # noqa: E402  (version, size budget)


def programs(dist: Path) -> list[tuple[Path, bool]]:
    """(program, windowed) for this system."""
    if sys.platform == "win32":
        return [(dist / "tawsim" / "tawsim.exe", False), (dist / "tawsim" / "tawsimw.exe", True)]
    if sys.platform == "darwin":
        return [(dist / "tawsim" / "tawsim", False),
                (dist / "Tawsim.app" / "Contents" / "MacOS" / "tawsim", False)]
    return [(dist / "tawsim" / "tawsim", False)]


def _env(home: Path, log: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("QT_QPA_PLATFORM", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(var, None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "APPDATA", "LOCALAPPDATA"):
        env[var] = str(home / var.lower())
    env["TAWSIM_NO_PROGRESS"] = "1"
    env["TAWSIM_SMOKE_VERBOSE"] = "1"
    if log is not None:
        env["TAWSIM_STDIO_LOG"] = str(log)
    return env


def check(program: Path, windowed: bool, version: str, work: Path) -> list[str]:
    """What is wrong with ``program`` (nothing: an empty list)."""
    if not program.is_file():
        return [f"{program}: missing"]
    problems = []
    for args, expect in ((["--version"], f"tawsim {version}"), (["--smoke-test"], "smoke test: ok")):
        log = work / f"{program.stem}{args[0]}.log" if windowed else None
        proc = subprocess.run([str(program), *args], cwd=work, env=_env(work / "home", log),
                              capture_output=True, encoding="utf-8", errors="replace",
                              timeout=300)
        out, where = proc.stdout, "stdout"
        if windowed and not out.strip() and log is not None and log.exists():
            out, where = log.read_text(encoding="utf-8", errors="replace"), "TAWSIM_STDIO_LOG"
        first = next((line for line in out.splitlines() if line.strip()), "")
        print(f"{program.name} {' '.join(args)}: exit {proc.returncode}, {where}: {first}")
        if proc.returncode != 0 or not first.startswith(expect):
            problems.append(f"{program} {' '.join(args)}: exit {proc.returncode}, expected "
                            f"{expect!r} first\n--- stdout/log\n{out[-2000:]}\n--- stderr\n"
                            f"{proc.stderr[-3000:]}")
        elif args == ["--smoke-test"] and proc.stderr:
            print("  " + "\n  ".join(proc.stderr.strip().splitlines()[-3:]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/smoke_bundle.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a Windows log's code page cannot show Arabic
        stream.reconfigure(errors="backslashreplace")
    version = archive.version()
    problems = []
    size_mb = archive.tree_size(args.dist / "tawsim") / 1e6
    print(f"bundle: {size_mb:.1f} MB unpacked (budget {archive.BUDGET_MB} MB)")
    if size_mb > archive.BUDGET_MB:
        problems.append(f"the bundle is {size_mb:.1f} MB, over the {archive.BUDGET_MB} MB budget")
    with tempfile.TemporaryDirectory(prefix="tawsim-smoke-") as tmp:
        for program, windowed in programs(args.dist.resolve()):
            problems += check(program, windowed, version, Path(tmp))
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    print("smoke_bundle: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
