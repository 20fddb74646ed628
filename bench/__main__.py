"""``make bench``: every benchmark, each a ratio against a baseline measured in the same
run. ``python -m bench NAME...`` runs some of them (store, formats, dates, window, frozen,
edits, ledger, propagation, views); ``bench/results.json`` keeps each bench's last
figures, with the day they were measured."""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

BENCHES = {
    "store": "bench.bench_store",
    "formats": "bench.bench_formats",
    "dates": "bench.bench_dates",
    "window": "bench.bench_window",
    "frozen": "bench.bench_frozen",
    "edits": "bench.bench_edits",
    "ledger": "bench.bench_ledger",
    "propagation": "bench.bench_propagation",
    "views": "bench.bench_views",
}


def main(argv: list[str]) -> int:
    names = argv or list(BENCHES)
    results = {}
    for name in names:
        if name == "frozen" and not argv and not Path("dist/tawsim/tawsim").exists():
            print("frozen: skipped (run `make package` first)", flush=True)
            continue
        try:
            module = importlib.import_module(BENCHES[name])
        except ModuleNotFoundError as exc:
            print(f"{name}: not available ({exc})", flush=True)
            continue
        t0 = time.perf_counter()
        results[name] = module.run()
        print(f"{name} ({time.perf_counter() - t0:.0f} s):",
              json.dumps(results[name], ensure_ascii=False, indent=1), flush=True)
    # the figures of the benches run now replace theirs; the others' last figures stay
    out = Path("bench/results.json")
    try:
        kept = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = {}
    if not isinstance(kept, dict):
        kept = {}
    stamp = time.strftime("%Y-%m-%d")
    for name, result in results.items():
        kept[name] = {"measured": stamp, **result} if isinstance(result, dict) else result
    tmp = out.with_suffix(".json.part")
    tmp.write_text(json.dumps(kept, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
