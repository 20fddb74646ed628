"""What the window's first frame imports (desktop/app.py, DESIGN §6 start-up): the
frozen cold start is measured in bench/bench_frozen.py; this guards the modules it
was kept free of, which come with the first use of what needs them (review, export,
import, the date tagger, the analyst views, the find bar), so a change that pulls one
of them back into start-up is seen here and not only as a slower bench figure.

The same for the Qt types PySide builds (with all their enums) only when Python first
touches them: QStyle (asked for a pixel metric), QTextCharFormat (the review marks'), and
every QWidget subclass of QtWidgets, which PySide builds to find out what a QWidget*
handed to Python is (the article's viewport, unless the view asks for it by type:
``ArticleView``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.core.model import Document
from desktop.store.project import Project

# (not socket: the test suite's network guard, in every Python a test starts, imports it;
# outside the tests the first frame does without it too, desktop/store/editors.py)
LATER = ("hashlib", "html", "tomllib", "getpass", "sqlite_utils", "desktop.core.adjudication",
         "desktop.core.agreement", "desktop.core.agreement_pairs", "desktop.core.dates.tagger",
         "desktop.core.formats", "desktop.core.ops", "desktop.core.recording",
         "desktop.core.decisions", "desktop.store.repo", "desktop.store.merge",
         "desktop.store.importer", "desktop.store.exporter", "desktop.ui.review.marks",
         "desktop.core.analysis.propagation", "desktop.ui.analysis.ledger",
         "desktop.ui.annotate.find_bar", "desktop.ui.annotate.guidelines",
         "desktop.ui.annotate.suggestions", "desktop.cli")

# Qt types the first frame (built, shown and painted) must not have made PySide build
LATER_QT = ("QtWidgets.QStyle", "QtWidgets.QWizard", "QtWidgets.QMessageBox",
            "QtWidgets.QFileDialog", "QtWidgets.QMdiArea", "QtWidgets.QGraphicsView",
            "QtWidgets.QProgressDialog", "QtCore.QThread", "QtGui.QTextCharFormat")

SCRIPT = """
import json, sys
import PySide6.QtGui, PySide6.QtWidgets
from desktop.app import application, build_window
app = application()
w = build_window(sys.argv[1], annotator="amal")
w.show()
w.grab()  # the first paint, without the event loop (which would start the second stage)
print(json.dumps({"title": w.windowTitle(), "doc": w.session.doc.id,
                  "loaded": [n for n in json.loads(sys.argv[2]) if n in sys.modules],
                  "qt_types": [n for n in json.loads(sys.argv[3]) if n.split(".")[1]
                               in vars(getattr(PySide6, n.split(".")[0]))]}))
"""


def test_the_first_frame_leaves_what_it_does_not_show_for_later(tmp_path):
    path = tmp_path / "p.tawsim"
    with Project(path) as project:
        project.add_document(Document(id="d1", text="قال الوزير أمس إن المحادثات ستبدأ."))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(path), json.dumps(LATER),
                          json.dumps(LATER_QT)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["doc"] == "d1"  # the window is up, on its document
    assert got["loaded"] == []
    assert got["qt_types"] == []


def test_no_project_opens_the_demo_even_after_another_was_opened(tmp_path, qtbot):
    """DESIGN §4: ``tawsim`` with no PROJECT opens the demo built from seeds/."""
    from desktop.app import _resolve_project, build_window, demo_project_path

    other = tmp_path / "other.tawsim"
    with Project(other) as project:
        project.add_document(Document(id="d1", text="نص قصير."))
    window = build_window(other, annotator="amal")
    qtbot.addWidget(window)
    window.close()
    window.project.close()
    assert _resolve_project(None) == demo_project_path()
    with Project(demo_project_path(), create=False) as demo:
        assert demo.count_documents() == 5
