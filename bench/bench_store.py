"""Import and export of a large corpus against baselines measured in the same run.

Targets (issue 2): ``tawsim import`` <= 1.5x a raw sqlite-utils ``insert_all`` of the
same rows; ``tawsim export`` <= 2x plain ``json.dumps`` of the same rows; peak memory
<= 300 MB and flat as the corpus grows (measured at a tenth of the size as well).
Size: ``BENCH_DOCS`` (default 100,000 articles of about 3 KB with 10 spans each).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus import generate

ROOT = Path(__file__).resolve().parent.parent


def _measure(*args: str) -> dict:
    env = dict(os.environ, TAWSIM_NO_PROGRESS="1")
    proc = subprocess.run([sys.executable, "-m", "bench.measure", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stderr.strip().splitlines()[-1])


def _one_size(n: int, work: Path) -> dict:
    corpus = generate(n)
    project = work / f"p{n}.tawsim"
    ours_import = _measure("tawsim", "import", str(project), str(corpus), "--quiet")
    base_import = _measure("baseline-import", str(corpus), str(work / f"base{n}.db"))
    ours_export = _measure("tawsim", "export", str(project), "--out", str(work / f"o{n}.jsonl"),
                           "--include-unreviewed")
    base_export = _measure("baseline-export", str(corpus), str(work / f"b{n}.jsonl"))
    return {
        "docs": n,
        "corpus_mb": round(corpus.stat().st_size / 1e6, 1),
        "import_s": round(ours_import["seconds"], 2),
        "import_baseline_s": round(base_import["seconds"], 2),
        "import_ratio": round(ours_import["seconds"] / base_import["seconds"], 2),
        "import_peak_mb": round(ours_import["peak_mb"], 1),
        "export_s": round(ours_export["seconds"], 2),
        "export_baseline_s": round(base_export["seconds"], 2),
        "export_ratio": round(ours_export["seconds"] / base_export["seconds"], 2),
        "export_peak_mb": round(ours_export["peak_mb"], 1),
    }


def run(n: int | None = None) -> dict:
    n = n or int(os.environ.get("BENCH_DOCS", "100000"))
    with tempfile.TemporaryDirectory(prefix="tawsim-bench-") as tmp:
        small = _one_size(max(n // 10, 100), Path(tmp))
        big = _one_size(n, Path(tmp))
    big["import_peak_mb_at_tenth"] = small["import_peak_mb"]
    big["export_peak_mb_at_tenth"] = small["export_peak_mb"]
    big["targets_met"] = (big["import_ratio"] <= 1.5 and big["export_ratio"] <= 2.0
                          and big["import_peak_mb"] <= 300 and big["export_peak_mb"] <= 300)
    return big


def main() -> None:
    result = run()
    print("store:", json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
