"""Date tagger benchmark: quality on the case sets and real text, throughput on Arabic news.

    python -m bench.bench_dates          (from the repository root)

Quality: precision, recall (a match is the exact same start and end) and value accuracy
(type, value and mod all equal, over matched expressions) on tests/core/dates/cases.jsonl
and holdout.jsonl; on the real-text sets (realtext.jsonl, round one; realtext2.jsonl, round
two; realtext3.jsonl, round three) recall, value accuracy over all gold expressions and precision with detection by
overlap, per kind of text and split.
Throughput: the five seed articles repeated to at least 2 MB of UTF-8, tagged with a
document date in this process; and end to end, `tawsim dates --dct` run as a command on
5 MB (start-up, reading, canonicalising, tagging and writing JSON lines included; best of
three). Both are reported in MB/s and as a ratio against a baseline measured in the same
run (one `re.finditer(r"\\w+")` pass over the same text; a Python process copying the
same 5 MB from stdin to stdout), since absolute times are not stable on shared machines.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so that `python bench/bench_dates.py` works too
    sys.path.insert(0, str(ROOT))

from desktop.core.dates import tag  # noqa: E402
from tests.core.dates.evaluate import load_cases, score, score_realtext  # noqa: E402

TARGET_BYTES = 2_000_000
END_TO_END_BYTES = 5_000_000
HOLDOUT = ROOT / "tests" / "core" / "dates" / "holdout.jsonl"
REALTEXT2 = ROOT / "tests" / "core" / "dates" / "realtext2.jsonl"  # round two (docs/dates.md)
REALTEXT3 = ROOT / "tests" / "core" / "dates" / "realtext3.jsonl"  # round three
DCT = datetime.date(2018, 9, 24)


def seed_text() -> str:
    for folder in (ROOT / "seeds", ROOT.parent / "shared" / "seeds"):
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if files:
            return "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    raise FileNotFoundError("no seed articles in seeds/ or ../shared/seeds/")


def corpus(target_bytes: int = TARGET_BYTES) -> str:
    text = seed_text()
    reps = target_bytes // len(text.encode("utf-8")) + 1
    return "\n\n".join([text] * reps)


def _best_of(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _best_run(cmd: list[str], path: Path, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        with path.open("rb") as stdin:
            t0 = time.perf_counter()
            subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
            best = min(best, time.perf_counter() - t0)
    return best


def end_to_end(target_bytes: int = END_TO_END_BYTES) -> dict:
    """`tawsim dates --dct` as a command on 5 MB, against a plain stdin-to-stdout copy."""
    text = corpus(target_bytes)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.txt"
        path.write_text(text, encoding="utf-8")
        mb = path.stat().st_size / 1e6
        seconds = _best_run([sys.executable, "-m", "desktop", "dates", "--dct",
                             DCT.isoformat()], path)
        copy = _best_run([sys.executable, "-c",
                          "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read())"], path)
    return {"mb": round(mb, 3), "seconds": round(seconds, 3), "mb_per_s": round(mb / seconds, 3),
            "baseline_copy_seconds": round(copy, 3), "ratio_to_copy": round(copy / seconds, 4)}


def realtext(path: Path | None = None) -> dict:
    out = {}
    for key, r in (score_realtext(path) if path else score_realtext()).items():
        out[key] = {"expected": r["expected"], "recall": round(r["recall"], 3),
                    "value_accuracy": round(r["value_accuracy"], 3),
                    "precision": round(r["precision"], 3)}
    return out


def run() -> dict:
    quality = score()
    held = score(load_cases(HOLDOUT))
    big = corpus()
    mb = len(big.encode("utf-8")) / 1e6
    found: list = []

    def tag_all() -> None:
        found[:] = tag(big, DCT)

    seconds = _best_of(tag_all)
    words = re.compile(r"\w+")
    baseline = _best_of(lambda: sum(1 for _ in words.finditer(big)))
    return {
        "cases": quality["cases"],
        "expected_expressions": quality["expected"],
        "precision": round(quality["precision"], 4),
        "recall": round(quality["recall"], 4),
        "value_accuracy": round(quality["value_accuracy"], 4),
        "corpus_mb": round(mb, 3),
        "expressions_found": len(found),
        "seconds": round(seconds, 4),
        "mb_per_s": round(mb / seconds, 3),
        "baseline_word_scan_mb_per_s": round(mb / baseline, 3),
        "ratio_to_word_scan": round(baseline / seconds, 4),
        "holdout": {"precision": round(held["precision"], 4), "recall": round(held["recall"], 4),
                    "value_accuracy": round(held["value_accuracy"], 4)},
        "realtext": realtext(),
        "realtext2": realtext(REALTEXT2),
        "realtext3": realtext(REALTEXT3),
        "end_to_end_tawsim_dates": end_to_end(),
        "errors": quality["errors"][:20],
    }


def main() -> None:
    print(json.dumps(run(), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
