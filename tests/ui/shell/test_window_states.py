"""The window in every state: it fits the screen it opens on (a small one, a scaled
one), a saved geometry is clamped to the screen, an empty project says how to import,
files dropped on it are imported, the title is named once, opening a project or a
document makes nobody an annotator, and the keys come back to the article."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.ui.shell.geometry import clamp
from tests.ui.conftest import ANNOTATOR, key, select_word, view_of

TEXT = "قال وزير الخارجية الأمريكي إن المحادثات ستبدأ يوم الأحد المقبل في بغداد."

FIT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget
    from desktop.app import application, build_window
    app = application()
    if sys.argv[2]:
        QSettings("tawsim", "tawsim").setValue("window/geometry", bytes.fromhex(sys.argv[2]))
    w = build_window(sys.argv[1], annotator="amal")
    w.show()
    QTest.qWait(200)
    screen = w.screen().availableGeometry()
    out = {"screen": screen.getRect(), "window": w.frameGeometry().getRect(), "parts": {}}
    for name in ("documentList", "articleView", "spanTable", "attributePanel",
                 "relationPanel"):
        c = w.findChild(QWidget, name)
        tl = c.mapToGlobal(c.rect().topLeft())
        out["parts"][name] = [tl.x(), tl.y(), c.width(), c.height()]
    bar = w.statusBar()
    br = bar.mapToGlobal(bar.rect().bottomRight())
    out["status"] = [br.x(), br.y()]
    print(json.dumps(out))
    w.close()
""")


def open_on_screen(tmp_path, project, width, height, scale=None, geometry=b""):
    config = tmp_path / f"screen{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    if scale:
        env["QT_SCALE_FACTOR"] = str(scale)
    script = tmp_path / "fit.py"
    script.write_text(FIT)
    done = subprocess.run([sys.executable, str(script), str(project), geometry.hex()],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(rect, area) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize("width, height, scale", [(1280, 720, None), (2560, 1440, 2)])
def test_the_window_fits_a_small_or_scaled_screen(make_project, tmp_path, width, height, scale):
    project = make_project([("d1", TEXT)])
    got = open_on_screen(tmp_path, project, width, height, scale)
    assert inside(got["window"], got["screen"]), got
    for name, (x, y, w, h) in got["parts"].items():
        assert w > 150 and h > 90, (name, w, h)  # every part usable, none cut away
        assert inside([x, y, w, h], got["screen"]), name
    sx, sy, sw, sh = got["screen"]
    assert got["status"][0] <= sx + sw and got["status"][1] <= sy + sh
    # the article's right edge, where right-to-left lines begin, is on the screen
    x, _y, w, _h = got["parts"]["articleView"]
    assert x + w <= sx + sw


def test_a_saved_geometry_from_a_big_monitor_is_clamped(make_project, tmp_path, qtbot):
    from desktop.app import build_window

    project = make_project([("d1", TEXT)])
    big = build_window(project, annotator=ANNOTATOR)
    qtbot.addWidget(big)
    big.setGeometry(2000, 1200, 2400, 1400)  # on a monitor that is gone now
    saved = bytes(big.saveGeometry())
    big.close()
    big.project.close()
    got = open_on_screen(tmp_path, project, 1280, 720, geometry=saved)
    assert inside(got["window"], got["screen"]), got


def test_clamp():
    area = QRect(0, 0, 1280, 720)
    assert clamp(QRect(1200, 700, 400, 300), area) == QRect(880, 420, 400, 300)
    assert clamp(QRect(-50, -50, 3000, 2000), area) == area


def test_an_empty_project_says_how_to_import_and_takes_dropped_files(make_project,
                                                                      open_window, qtbot,
                                                                      tmp_path):
    from desktop.store.project import Project

    path = tmp_path / "empty.tawsim"
    Project(path).close()
    window = open_window(path)
    assert window.doc is None
    assert "Ctrl+I" in view_of(window).placeholderText()
    article = tmp_path / "x1.txt"
    article.write_text(TEXT, encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.doc is not None, timeout=10000)
    assert window.doc.id == "x1" and view_of(window).placeholderText() == ""


def test_the_title_names_the_project_once(make_project, open_window):
    window = open_window(make_project([("d1", TEXT)], name="team.tawsim"))
    # Qt adds the application's display name ("Tawsim") itself: the title holds the
    # project once, and not the name a second time
    assert window.windowTitle().count("team.tawsim") == 1
    assert "Tawsim" not in window.windowTitle()


def test_the_article_title_elides_from_the_first_paint(make_project, open_window, qtbot):
    long_title = "عنوان " * 60
    from desktop.core.model import Document
    from desktop.store.project import Project

    path = make_project([("d1", TEXT)])
    with Project(path) as p:
        p.add_document(Document(id="d2", text=long_title + "\n\n" + TEXT, title=long_title))
    window = open_window(path)
    window.open_document("d2")
    label = window.findChild(object, "articleTitle")
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    metrics = label.fontMetrics()
    assert metrics.horizontalAdvance(label.text()) <= label.width()
    assert metrics.horizontalAdvance(label.text()) > label.width() * 0.6  # uses the room


def test_opening_makes_nobody_an_annotator(make_project, open_window):
    path = make_project([("d1", TEXT), ("d2", TEXT + " ")])
    window = open_window(path, annotator="probe")
    window.open_document("d2")
    window.open_document("d1")
    assert "probe" not in window.project.annotator_layers()
    select_word(window, "بغداد")
    window.tagging.label_key("2")
    assert "probe" in window.project.annotator_layers()


def test_after_an_attribute_the_keys_are_the_articles_again(make_project, open_window, qtbot):
    window = open_window(make_project([("d1", TEXT)]))
    select_word(window, "وزير الخارجية الأمريكي")
    key(qtbot, window, Qt.Key.Key_2)
    span_id = window.session.selected
    qtbot.wait(10)
    combo = window.findChild(QComboBox, "attr_type")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("government"))  # chosen in the list: stored
    combo = window.findChild(QComboBox, "attr_type")
    combo.activated.emit(combo.currentIndex())  # and the list closed on it
    assert QApplication.focusWidget() is view_of(window)
    assert window.session.selected == span_id
    assert window.session.selected_span.attrs["type"] == "government"
    # a click on plain text that only brings the keys back keeps the span selected
    qtbot.wait(10)  # the rebuilt editors are shown
    window.findChild(QComboBox, "attr_type").setFocus()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    view = view_of(window)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.session.selected == span_id
    key(qtbot, window, Qt.Key.Key_N)  # the keys answer again
    assert window.suggestions.current_suggestion() is not None

