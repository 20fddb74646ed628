"""The analyst views at two sizes (issue 15: the ledger "stays instant at 100,000
documents"): the window on the annotated synthetic project (``bench/annotated_corpus.py``,
about 3 claims a document) of 1,000 and of ``BENCH_VIEWS_DOCS`` (default 100,000)
documents, in review mode (gold: every gold claim, 3,000 and 300,000 of them).

Measured in a fresh process per size, from the action to the rows painted:

* ``ledger_first_page``: Analysis ▸ Claims ledger until the first page is in the table
  and painted; ``ledger_count`` until the row count is known;
* ``scroll_middle`` / ``scroll_end``: the table scrolled to its middle row / to its last,
  until that page is read and painted;
* ``sort_event_date``: a click on a column no index orders (event date value), until
  the first page in that order is painted (the one pass over every claim);
* ``actor_index``: Analysis ▸ Actor index until its rows are shown;
* ``timeline``: Analysis ▸ Timeline until it is drawn (every claim placed);
* ``*_max_gap``: the longest the window's event loop was held during each (a 1 ms timer
  that is late by that much): what a user feels as a freeze.

The baseline of the same run: a bare QTableView given 200 rows of the same cells in a
QStandardItemModel and painted once. Timed assertions live here, never in the tests.

    python -m bench views
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SMALL = 1000
BIG = int(os.environ.get("BENCH_VIEWS_DOCS", "100000"))


class Watch:
    """The longest gap between ticks of a 1 ms timer: how long the loop was held."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gap = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gap = max(self.gap, now - self.last)
        self.last = now

    def start(self) -> None:
        self.gap, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.gap


def _until(app, cond, timeout: float = 600.0) -> float:
    t0 = time.perf_counter()
    while not cond():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("the view did not show in time")
    return time.perf_counter() - t0


def child(path: str) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    from desktop.app import application, build_window
    from desktop.core.analysis.ledger import COLUMNS

    app = application()
    window = build_window(path, annotator="bench")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    views = window.analysis  # the second stage, built
    window.review.set_active(True)  # gold
    # let the start-up's own timers run first (the date tagger at 150 ms, the store's
    # writer at 400 ms): what is measured is the views, not the window settling
    t0 = time.perf_counter()
    _until(app, lambda: time.perf_counter() - t0 > 1.0)
    watch = Watch()
    out: dict = {}
    ledger, model, table = views.ledger, views.ledger.model, views.ledger.table

    def timed(name: str, action, ready) -> None:
        watch.start()
        t0 = time.perf_counter()
        action()
        _until(app, ready)
        table.viewport().repaint()
        out[name] = time.perf_counter() - t0
        out[f"{name}_max_gap"] = watch.stop()

    timed("ledger_first_page", lambda: ledger.toggle(True), lambda: model.row_at(0) is not None)
    t0 = time.perf_counter()
    _until(app, lambda: model.count is not None)
    out["ledger_count"] = out["ledger_first_page"] + time.perf_counter() - t0
    out["claims"] = model.count
    middle, last = model.count // 2, model.count - 1
    timed("scroll_middle", lambda: table.scrollTo(
        model.index(middle, 0), QAbstractItemView.ScrollHint.PositionAtCenter),
        lambda: (model.index(middle, 0).data(), model.row_at(middle))[1] is not None)
    timed("scroll_end", table.scrollToBottom,
          lambda: (model.index(last, 0).data(), model.row_at(last))[1] is not None)
    timed("sort_event_date", lambda: table.sortByColumn(
        COLUMNS.index("event_date_value"), Qt.SortOrder.DescendingOrder),
        lambda: model.order_by == "event_date_value" and model.row_at(0) is not None)
    actors = views.actors
    timed("actor_index", lambda: actors.toggle(True), lambda: actors.model.rowCount() > 0)
    timeline = views.timeline
    timed("timeline", lambda: timeline.toggle(True),
          lambda: timeline.canvas.laid is not None and bool(timeline.canvas.laid.placed
                                                              or timeline.canvas.laid.density))
    # the baseline: 200 rows of the same cells in a plain model, painted once
    rows = [model.row_at(r) for r in range(200) if model.row_at(r) is not None]
    bare = QTableView()
    bare.resize(table.size())
    bare.show()
    app.processEvents()
    t0 = time.perf_counter()
    plain = QStandardItemModel(len(rows), len(COLUMNS))
    for r, row in enumerate(rows):
        for c, name in enumerate(COLUMNS):
            plain.setItem(r, c, QStandardItem(" ".join(row.cell(name).split())))
    bare.setModel(plain)
    bare.viewport().repaint()
    app.processEvents()
    out["baseline_plain_table"] = time.perf_counter() - t0
    window.close()
    window.project.close()
    return out


def _run_child(path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="tawsim-bench-"))
    proc = subprocess.run([sys.executable, "-m", "bench.bench_views", "--child", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _size(n: int, repeats: int) -> dict:
    from bench.annotated_corpus import build

    path = build(n)
    runs = [_run_child(path) for _ in range(repeats)]
    keys = [k for k in runs[0] if k != "claims"]
    return {"docs": n, "claims": runs[0]["claims"],
            "ms": {k: round(statistics.median(r[k] for r in runs) * 1000, 1) for k in keys}}


def run(n: int | None = None, repeats: int = 3) -> dict:
    n = n or BIG
    small, big = _size(SMALL, repeats), _size(n, repeats)
    growth = {k: round(big["ms"][k] / small["ms"][k], 1) if small["ms"][k] else None
              for k in big["ms"]}
    base = big["ms"]["baseline_plain_table"]
    result = {"small": small, "large": big, "growth": growth,
              "first_page_vs_plain_table": round(big["ms"]["ledger_first_page"] / base, 1)
              if base else None}
    # instant: the first page and a scroll anywhere hold the window no longer than a frame
    # or two at 100,000 documents, and grow little with 100 times the claims
    result["ok"] = (big["ms"]["ledger_first_page_max_gap"] < 100
                    and big["ms"]["scroll_end_max_gap"] < 100
                    and growth["ledger_first_page"] is not None
                    and growth["ledger_first_page"] < 5)
    return result


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2])))
        return 0
    result = run()
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
