"""The views' reading thread: results come back on the window's thread; a newer request
with the same key replaces a queued one and interrupts a running query; stop ends it."""

from __future__ import annotations

import threading
import time

from desktop.ui.analysis.reader import Reader
from desktop.ui.analysis.tips import plain_tip

SLOW = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
        " SELECT count(*) FROM n")  # never ends by itself


def test_results_come_back_on_the_windows_thread(seeds_project, qtbot):
    reader = Reader(lambda: str(seeds_project))
    got = []
    reader.ask("count", lambda p: (p.count_documents(), threading.get_ident()),
               lambda r: got.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got))
    (n, worker), here = got[0]
    assert n == 5 and worker != here == threading.get_ident()
    reader.stop()


def test_a_newer_request_replaces_and_interrupts(seeds_project, qtbot):
    reader = Reader(lambda: str(seeds_project))
    got, failed = [], []
    reader.ask("q", lambda p: p.conn.execute(SLOW).fetchone(), got.append, failed.append)
    qtbot.waitUntil(lambda: reader.running == "q")  # the slow one runs
    reader.ask("q", lambda p: "queued, then replaced", got.append)
    t0 = time.perf_counter()
    reader.ask("q", lambda p: "the last", got.append)
    qtbot.waitUntil(lambda: got == ["the last"], timeout=5000)
    assert time.perf_counter() - t0 < 5  # the endless query was interrupted
    assert failed == []  # a replaced request says nothing
    reader.ask("other", lambda p: p.conn.execute(SLOW).fetchone(), got.append)
    qtbot.waitUntil(lambda: reader.running == "other")
    reader.cancel("oth")
    reader.ask("q", lambda p: "after a cancel", got.append)
    qtbot.waitUntil(lambda: got[-1] == "after a cancel", timeout=5000)
    reader.stop()
    assert not reader.busy


def test_a_failure_is_reported(seeds_project, qtbot):
    reader = Reader(lambda: str(seeds_project))
    why = []
    reader.ask("bad", lambda p: p.conn.execute("SELECT x FROM nowhere").fetchone(),
               print, why.append)
    qtbot.waitUntil(lambda: bool(why))
    assert "nowhere" in why[0]
    reader.stop()


def test_tooltips_from_data_stay_plain_text():
    assert plain_tip("قال الوزير\n<b>") == "قال الوزير\n<b>"  # Qt reads it as plain text
    shown = plain_tip('<b>عاجل</b> & <img src="x">')
    assert "<b>عاجل" not in shown and "&lt;b&gt;عاجل&lt;/b&gt; &amp; &lt;img" in shown


SCRIPT = """
import sys, time
from desktop.app import application, build_window
from desktop.ui.analysis.reader import Reader
app = application()
w = build_window(sys.argv[1], annotator="amal")
w.show()
reader = Reader(lambda: sys.argv[1])
reader.ask("slow", lambda p: p.conn.execute(sys.argv[2]).fetchone(), print)
for _ in range(50):
    app.processEvents()
    if reader.running == "slow":
        break
    time.sleep(0.02)
print("reading", reader.running)
"""  # and Python ends here, with no event loop to say aboutToQuit


def test_a_script_that_ends_while_a_view_reads_exits_cleanly(seeds_project, tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(seeds_project), SLOW],
                         capture_output=True, text=True, env=env, timeout=120)
    assert "reading slow" in out.stdout
    assert "QThread: Destroyed" not in out.stderr
    assert out.returncode == 0, out.stderr[-2000:]
