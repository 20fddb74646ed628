"""The window's speed and memory, as ratios against baselines measured in the same run.

* **spans**: opening a document with 500 spans (text shown, highlights drawn, span table
  filled, first paint) vs a bare QPlainTextEdit given the same text with setPlainText and
  painted once (target <= 3x).
* **large project**: the window on a 100,000-document project vs on a 10-document one:
  open time (target <= 2x) and resident memory (target <= 50 MB more). Each is measured
  in a fresh child process; the 100k project is cached under bench/.corpus/.
* **second stage**: what the analyst docks (ledger, actor index, timeline, mention
  propagation: ``desktop.ui.analysis``) cost a cold start, each run in a fresh process,
  alternating with a run where the module is replaced by an empty stand-in: the first
  frame (build, show, first paint), the second stage (``finish_building``, right after
  the first paint), its last step in the next turn (``build_analysis``) and the whole
  until it is done.

    python -m bench.bench_window        (or `make bench`)
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".corpus"
LABELS = ("CLAIM", "ACTOR", "DATE", "CUE")
WORDS = ("قال", "وزير", "الخارجية", "إن", "المحادثات", "ستبدأ", "يوم", "الأحد", "المقبل",
         "في", "بغداد", "وأكد", "المتحدث", "باسم", "الحكومة", "العراقية", "أمس", "أن",
         "الجيش", "نفذ", "غارات", "على", "مواقع", "التنظيم", "شرق", "سوريا")
BIG = int(os.environ.get("BENCH_WINDOW_DOCS", "100000"))


# ----------------------------------------------------------------------------- corpora


def _article(rng: random.Random, sentences: int) -> str:
    paras = []
    for _ in range(max(1, sentences // 5)):
        paras.append(" ".join(" ".join(rng.choices(WORDS, k=rng.randint(8, 14))) + "."
                              for _ in range(5)))
    return "\n\n".join(paras)


def _build(path: Path, n: int, *, spans_in_first: int = 0) -> Path:
    """A project of ``n`` short synthetic documents (the first two with
    ``spans_in_first`` spans each in layer 'bench'), through Project.import_batch."""
    from desktop.core.model import Document, Span
    from desktop.store.project import Project

    rng = random.Random(11)
    tmp = path.with_name(path.name + ".part")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    with Project(tmp) as project:
        batch = []
        for i in range(n):
            # about one span a sentence, as dense as the hand-annotated example
            text = _article(rng, spans_in_first if (i < 2 and spans_in_first) else 5)
            doc = Document(id=f"w{i:06d}", text=text, title=text[:50])
            spans = []
            if i < 2 and spans_in_first:
                import re

                words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
                step = max(1, len(words) // spans_in_first)
                for k in range(spans_in_first):
                    s, e = words[(k * step) % len(words)]
                    if k % 5 == 4 and (k * step) + 2 < len(words):  # some longer, nesting
                        e = words[(k * step) + 2][1]
                    spans.append(Span.on(text, doc_id=doc.id, layer="bench",
                                         label=LABELS[k % 4], start=s, end=e))
            batch.append((doc, "bench", spans, []))
            if len(batch) == 5000:
                project.import_batch(batch)
                batch = []
        if batch:
            project.import_batch(batch)
        project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    return path


def big_project() -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"window_{BIG}.tawsim"
    if not path.exists():
        t0 = time.perf_counter()
        _build(path, BIG)
        print(f"built {path} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


# ----------------------------------------------------------------------------- children


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_open(path: str) -> dict:
    """In a fresh process: build the window on ``path``, show it, paint it."""
    from desktop.app import application, build_window

    app = application()
    import desktop.ui.shell.window  # noqa: F401  (imports are not what is measured)

    rss0 = _rss_mb()
    t0 = time.perf_counter()
    window = build_window(path, annotator="bench")
    window.show()
    app.processEvents()
    window.grab()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "rss_mb": _rss_mb(), "rss_delta_mb": _rss_mb() - rss0,
            "rows": window.documents.model.rowCount()}


def child_stages(path: str, analysis: bool) -> dict:
    """In a fresh process: the first frame, then the second stage, timed apart; without
    ``analysis`` the analyst views are an empty stand-in (not even imported)."""
    import types

    if not analysis:
        stub = types.ModuleType("desktop.ui.analysis.views")

        class AnalysisViews:  # what the window asks of it when nothing is triggered
            def __init__(self, *_a, **_k):
                pass

            def close(self):
                pass

        stub.AnalysisViews = AnalysisViews
        sys.modules["desktop.ui.analysis.views"] = stub
    from desktop.app import application, build_window
    from desktop.ui.shell.second_stage import SecondStage
    from desktop.ui.shell.window import MainWindow

    app = application()
    second: list[float] = []
    views: list[float] = []
    # the analysis step is the second stage's own (its timer calls SecondStage's method:
    # timing MainWindow's, which only hands over to it, waited for a call that never came)
    finish, build = MainWindow.finish_building, SecondStage.build_analysis

    def timed(self):
        t = time.perf_counter()
        finish(self)
        if not second:
            second.append(time.perf_counter() - t)

    def timed_views(self):
        t = time.perf_counter()
        out = build(self)
        if not views:
            views.append(time.perf_counter() - t)
        return out

    MainWindow.finish_building = timed
    SecondStage.build_analysis = timed_views
    t0 = time.perf_counter()
    window = build_window(path, annotator="bench")
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    window.grab()
    first = time.perf_counter() - t0
    while not (second and views):
        app.processEvents()
    ready = time.perf_counter() - t0
    window.close()
    window.project.close()
    return {"first_frame_s": first, "second_stage_s": second[0], "analysis_step_s": views[0],
            "ready_s": ready}


def bench_second_stage(work: Path, repeats: int = 7) -> dict:
    small = _build(work / "stages.tawsim", 10)
    runs: dict[bool, list[dict]] = {True: [], False: []}
    for _ in range(repeats):  # interleaved: the machine's load hits both alike
        for analysis in (False, True):
            runs[analysis].append(_child(small, "--stages" if analysis else "--stages-bare"))
    med = {a: {k: statistics.median(r[k] for r in rs) * 1000 for k in rs[0]}
           for a, rs in runs.items()}
    return {"without_ms": {k: round(v, 1) for k, v in med[False].items()},
            "with_ms": {k: round(v, 1) for k, v in med[True].items()},
            "first_frame_extra_ms": round(med[True]["first_frame_s"] - med[False]["first_frame_s"], 1),
            "second_stage_extra_ms": round(med[True]["second_stage_s"]
                                           - med[False]["second_stage_s"], 1),
            "analysis_step_extra_ms": round(med[True]["analysis_step_s"]
                                            - med[False]["analysis_step_s"], 1),
            "ready_extra_ms": round(med[True]["ready_s"] - med[False]["ready_s"], 1)}


def _child(path: Path, mode: str = "--child") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="tawsim-bench-"))
    proc = subprocess.run([sys.executable, "-m", "bench.bench_window", mode, str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- benches


def bench_spans(work: Path, repeats: int = 15) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.app import application, build_window

    app = application()
    path = _build(work / "spans.tawsim", 2, spans_in_first=500)
    window = build_window(path, annotator="bench")
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    # two long documents of 500 spans each, opened in turn (as an annotator moving
    # between them); the baseline shows the same two texts in turn
    docs = ["w000000", "w000001"]
    texts = [window.project.document(d).text for d in docs]

    bare = QPlainTextEdit()
    bare.setReadOnly(True)
    bare.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    font = QFont("Noto Naskh Arabic")
    font.setPointSize(window.view.point_size())
    bare.setFont(font)
    bare.resize(window.view.size())
    bare.show()
    app.processEvents()

    ours, base, ready = [], [], []
    window.open_document(docs[1])
    bare.setPlainText(texts[1])
    app.processEvents()
    shown: list[float] = []
    window.session.documentShown.connect(lambda _d: shown.append(time.perf_counter()))
    for k in range(2 * repeats):
        shown.clear()
        t0 = time.perf_counter()
        window.open_document(docs[k % 2])
        window.view.viewport().repaint()
        ours.append(shown[0] - t0)  # the article painted, its highlights drawn
        app.processEvents()  # then its suggestions (mention proposals) worked out
        ready.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        bare.setPlainText(texts[k % 2])
        bare.viewport().repaint()
        app.processEvents()
        base.append(time.perf_counter() - t0)
    spans = len(window.session.ann.spans)
    window.close()
    window.project.close()
    bare.close()
    o, b = statistics.median(ours), statistics.median(base)
    return {"spans": spans, "chars": len(texts[0]), "open_ms": round(o * 1000, 2),
            "baseline_setPlainText_ms": round(b * 1000, 2), "ratio": round(o / b, 2),
            "target_ratio": 3.0,
            "with_suggestions_ms": round(statistics.median(ready) * 1000, 1)}


def bench_large(work: Path, repeats: int = 3) -> dict:
    big = big_project()
    small = _build(work / "small.tawsim", 10)
    runs_small = [_child(small) for _ in range(repeats)]
    runs_big = [_child(big) for _ in range(repeats)]
    t_small = statistics.median(r["seconds"] for r in runs_small)
    t_big = statistics.median(r["seconds"] for r in runs_big)
    rss_small = statistics.median(r["rss_mb"] for r in runs_small)
    rss_big = statistics.median(r["rss_mb"] for r in runs_big)
    return {"documents": runs_big[0]["rows"], "open_small_ms": round(t_small * 1000, 1),
            "open_big_ms": round(t_big * 1000, 1), "open_ratio": round(t_big / t_small, 2),
            "rss_small_mb": round(rss_small, 1), "rss_big_mb": round(rss_big, 1),
            "rss_extra_mb": round(rss_big - rss_small, 1), "target_ratio": 2.0,
            "target_extra_mb": 50}


def run() -> dict:
    with tempfile.TemporaryDirectory(prefix="tawsim-bench-window-") as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", tmp)
        work = Path(tmp)
        spans = bench_spans(work)
        large = bench_large(work)
        stages = bench_second_stage(work)
    result = {"spans_500": spans, "project_100k": large, "second_stage": stages,
              "spans_ratio": spans["ratio"], "open_ratio": large["open_ratio"],
              "rss_extra_mb": large["rss_extra_mb"]}
    result["ok"] = (spans["ratio"] <= 3.0 and large["open_ratio"] <= 2.0
                    and large["rss_extra_mb"] <= 50)
    return result


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child_open(sys.argv[2])))
        return 0
    if len(sys.argv) > 2 and sys.argv[1] in ("--stages", "--stages-bare"):
        print(json.dumps(child_stages(sys.argv[2], sys.argv[1] == "--stages")))
        return 0
    if sys.argv[1:] == ["stages"]:  # only this part: python -m bench.bench_window stages
        with tempfile.TemporaryDirectory(prefix="tawsim-bench-window-") as tmp:
            os.environ.setdefault("XDG_CONFIG_HOME", tmp)
            print(json.dumps(bench_second_stage(Path(tmp)), indent=1))
        return 0
    result = run()
    print(json.dumps(result, indent=1, ensure_ascii=False))
    print(f"500 spans: {result['spans_ratio']}x setPlainText (target <= 3x); "
          f"100k documents: {result['open_ratio']}x open time (target <= 2x), "
          f"+{result['rss_extra_mb']} MB (target <= 50 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
