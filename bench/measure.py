"""Run one job in this process and report its wall time and peak memory as JSON on the
last line of stderr: ``python -m bench.measure JOB ARGS...``.

Jobs: ``tawsim ARGS`` (the real command line), ``baseline-import CORPUS DB`` (raw
sqlite-utils ``insert_all`` of the same rows), ``baseline-export CORPUS OUT`` (plain
``json.dumps`` of the same rows to a file; loading the rows is not timed).
"""

from __future__ import annotations

import json
import resource
import sys
import time


def _rows(corpus: str):
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def baseline_import(corpus: str, db_path: str) -> float:
    import sqlite_utils

    t0 = time.perf_counter()
    db = sqlite_utils.Database(db_path)

    def docs():
        for rec in _rows(corpus):
            yield {"id": rec["id"], "title": rec["title"], "text": rec["text"],
                   "meta": json.dumps(rec["meta"], ensure_ascii=False)}

    def spans():
        for rec in _rows(corpus):
            for s in rec["spans"]:
                yield {"id": s["id"], "doc_id": rec["id"], "layer": "gold", "label": s["label"],
                       "start": s["start"], "end": s["end"], "text": s["text"],
                       "attrs": json.dumps(s["attrs"], ensure_ascii=False)}

    db["documents"].insert_all(docs(), pk="id", batch_size=500)
    db["spans"].insert_all(spans(), pk="id", batch_size=2000)
    db.conn.close()
    return time.perf_counter() - t0


def baseline_export(corpus: str, out: str) -> float:
    rows = list(_rows(corpus))
    t0 = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")
    return time.perf_counter() - t0


def _peak_mb() -> float:
    """This process's own peak resident memory. On Linux ``ru_maxrss`` carries over the
    parent's peak at the fork (a child of a 200 MB bench runner reported 211 MB while its
    own high-water mark was 11 MB), so the high-water mark of the memory this program
    runs in (``VmHWM``, made anew at the exec) is read instead; elsewhere ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    job, args = argv[0], argv[1:]
    t0 = time.perf_counter()
    rc = 0
    if job == "tawsim":
        from desktop.cli import main as cli_main

        rc = cli_main(args)
        seconds = time.perf_counter() - t0
    elif job == "baseline-import":
        seconds = baseline_import(*args)
    elif job == "baseline-export":
        seconds = baseline_export(*args)
    else:
        raise SystemExit(f"unknown job {job}")
    peak_mb = _peak_mb()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "rc": rc}), file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
