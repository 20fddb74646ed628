"""Every writer against the gold export, every reader against the gold import, of the same
project and annotations, measured in one run (issue 12).

Targets: each writer <= 2x the gold export of the same project; each reader <= 1.5x the
gold import of the same annotations (the gold export file, imported into a new project);
peak memory <= 300 MB for each. Size: ``BENCH_DOCS`` (default 100,000 articles of about
3 KB with 10 spans each, the store bench's corpus).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from bench.bench_store import _measure
from bench.corpus import generate

OUT = {"gold": "gold.jsonl", "doccano": "doccano.jsonl", "labelstudio": "ls.json",
       "prodigy": "prodigy.jsonl", "brat": "brat", "conll": "tags.conll",
       "spacy": "docs.spacy", "hf": "hf"}
READ = ("doccano", "labelstudio", "prodigy", "brat")


def _size_mb(path: Path) -> float:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6
    return path.stat().st_size / 1e6


def run(n: int | None = None) -> dict:
    n = n or int(os.environ.get("BENCH_DOCS", "100000"))
    corpus = generate(n)
    out: dict = {"docs": n}
    with tempfile.TemporaryDirectory(prefix="tawsim-bench-formats-") as tmp:
        work = Path(tmp)
        project = work / "p.tawsim"
        _measure("tawsim", "import", str(project), str(corpus), "--quiet")
        exports: dict[str, dict] = {}
        for fmt, name in OUT.items():
            m = _measure("tawsim", "export", str(project), "--out", str(work / name),
                         "--format", fmt, "--include-unreviewed")
            exports[fmt] = {"s": round(m["seconds"], 2), "peak_mb": round(m["peak_mb"], 1),
                            "out_mb": round(_size_mb(work / name), 1)}
        base = exports["gold"]["s"]
        for e in exports.values():
            e["ratio"] = round(e["s"] / base, 2)
        imports: dict[str, dict] = {}
        for fmt in ("gold", *READ):
            target = work / f"r_{fmt}.tawsim"
            m = _measure("tawsim", "import", str(target), str(work / OUT[fmt]), "--format",
                         fmt, "--quiet")
            imports[fmt] = {"s": round(m["seconds"], 2), "peak_mb": round(m["peak_mb"], 1)}
            target.unlink()
        base = imports["gold"]["s"]
        for e in imports.values():
            e["ratio"] = round(e["s"] / base, 2)
    out["writers"] = exports
    out["readers"] = imports
    out["targets_met"] = (
        all(e["ratio"] <= 2.0 and e["peak_mb"] <= 300 for e in exports.values())
        and all(e["ratio"] <= 1.5 and e["peak_mb"] <= 300 for e in imports.values()))
    return out


def main() -> None:
    print("formats:", json.dumps(run(), indent=1))


if __name__ == "__main__":
    main()
