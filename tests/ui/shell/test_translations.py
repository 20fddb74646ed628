"""The Arabic interface: the translation is complete and current, and the window under
``lang="ar"`` is Arabic and mirrored wherever a user reads it; the English one is
unchanged.

Two kinds of checks:

* the files (no window): ``resources/translations/tawsim_ar.ts`` holds exactly the strings
  of the code, every one translated (placeholders, accelerators and key names kept), and
  ``tawsim_ar.qm`` is what ``pyside6-lrelease`` makes of it. Adding a string to the code
  without translating it fails here: run ``make translations`` and translate
  (docs/translation.md).
* the window: every menu, action, toolbar button, table header, dock title, label,
  button, placeholder, tooltip, the status bar, the review panel, Help ▸ Keyboard
  shortcuts and the attribute/relation panels are walked; a string without an Arabic
  letter fails unless an explicit rule below says what it is (a key, a number, an id, a
  file name, a code value).

Every test that builds an Arabic window puts English back afterwards (``arabic``
fixture), so the other tests keep an English window.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStatusBar,
    QTableView,
    QTableWidget,
    QToolBar,
    QWidget,
)

from desktop.core.dates.words_ar import EGYPT_MONTHS, LEVANT_MONTHS, describe_ar
from desktop.ui.shell import language
from tests.ui.conftest import close_windows, select_word, type_char
from tests.ui.review_project import build as build_review_project

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "tawsim_ar.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
FIX = "run `make translations`, then translate the new entries (docs/translation.md)"

ARABIC = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")  # an Arabic letter
ISOLATE = re.compile(r"[\u2066\u2067\u2068][^\u2069]*\u2069")  # a bidi isolate
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
SEED = "001_ad0e2173383a4199"
ENGLISH_MENUS = ["File", "Edit", "View", "Tag", "Dates", "Review", "Analysis", "Help"]


# ====================================================================== the files
def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every entry of a .ts file."""
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


def tool(name: str) -> str:
    found = BIN / name
    if not found.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} is not installed (pip install PySide6): `make setup`")
    return str(found)


def lupdate_into(ts: Path) -> subprocess.CompletedProcess:
    """What `make translations` runs, into ``ts``: the same sources, the same options."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    listing = ts.with_suffix(".lst")
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    return subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", "ar", f"@{listing}", "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_every_entry_is_translated_and_none_is_obsolete():
    entries = messages(TS)
    assert len(entries) > 200
    bad = [(ctx, src, tr.get("type")) for ctx, src, tr in entries
           if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "")]
    assert not bad, (f"{len(bad)} entr(ies) of {TS.name} unfinished, obsolete or empty: "
                     f"{bad[:10]} — {FIX}")


def test_the_ts_holds_exactly_the_strings_of_the_code(tmp_path):
    """lupdate over the code into a copy of the committed .ts: the same sources, and
    nothing new left unfinished (a string added to the code, or changed, shows here)."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    run = lupdate_into(fresh)
    assert run.returncode == 0, run.stderr
    now = {(ctx, src) for ctx, src, _ in messages(fresh)}
    committed = {(ctx, src) for ctx, src, _ in messages(TS)}
    assert not {c for c, _ in now if not c.strip()}, \
        "a source with an empty context: lupdate misread a translate() call"
    new = sorted(now - committed)
    gone = sorted(committed - now)
    assert not new, f"{len(new)} string(s) of the code are not in {TS.name}: {new[:10]} — {FIX}"
    assert not gone, (f"{len(gone)} entr(ies) of {TS.name} are no longer in the code: "
                      f"{gone[:10]} — {FIX}")
    unfinished = [(c, s) for c, s, tr in messages(fresh) if tr.get("type") == "unfinished"]
    assert not unfinished, f"changed string(s) to translate again: {unfinished[:10]} — {FIX}"


def test_the_qm_is_compiled_from_the_committed_ts(tmp_path):
    out = tmp_path / QM.name
    run = subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == QM.read_bytes(), (
        f"{QM.name} is not what lrelease makes of {TS.name}: run `make translations` and "
        "commit both")


def _literal_calls():
    """(file:line, context, text) of every translate / QT_TRANSLATE_NOOP call in desktop/
    whose arguments are literals, however quoted; and the calls lupdate cannot read."""
    found, unreadable = [], []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            ctx, text = node.args[:2]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(text, ast.JoinedStr) or isinstance(ctx, ast.JoinedStr):
                unreadable.append(where)  # an f-string is never the same text twice
            elif all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                     for a in (ctx, text)):
                found.append((where, ctx.value, text.value))
    return found, unreadable


def test_lupdate_reads_every_call_of_the_code():
    """A call shape lupdate misses (single quotes, say) would stay English for ever."""
    calls, unreadable = _literal_calls()
    assert len(calls) > 200
    assert not unreadable, f"translate() of an f-string (format the result instead): {unreadable}"
    entries = {(ctx, src) for ctx, src, _ in messages(TS)}
    missed = [(where, ctx, text) for where, ctx, text in calls if (ctx, text) not in entries]
    assert not missed, (f"calls whose text is not in {TS.name}: {missed} — lupdate reads "
                        f"double-quoted literals only; if they are, {FIX}")


KEYWORDS = re.compile(
    r"(?:Ctrl|Shift|Alt)\+(?:\{\w+\}|[A-Za-z0-9/+=-]+)|\b[A-Z]/[A-Z]\b|\bEnter\b|\bEsc\b"
    r"|(?<![\w'])[B-HJ-Z](?![\w'])|YYYY-MM-DD|XXXX|JSONL|\bF1\b|\(\*[^)]*\)")
ACCELERATOR = re.compile(r"&(?!&)(.)")


def test_translations_keep_placeholders_keys_and_accelerators():
    problems = []
    for ctx, src, tr in messages(TS):
        text = tr.text or ""
        if Counter(PLACEHOLDER.findall(src)) != Counter(PLACEHOLDER.findall(text)):
            problems.append((ctx, src, "placeholders differ", text))
        if src.count("\n") != text.count("\n"):
            problems.append((ctx, src, "line breaks differ", text))
        for token in KEYWORDS.findall(src):  # key names, codes, file patterns: as they are
            if token not in text:
                problems.append((ctx, src, f"{token!r} missing", text))
        if ACCELERATOR.search(src):
            marks = ACCELERATOR.findall(text)
            if len(marks) != 1 or not ARABIC.match(marks[0]):
                problems.append((ctx, src, "one accelerator, on an Arabic letter", text))
        if ARABIC.search(src) is None and ARABIC.search(text) is None \
                and re.search(r"[A-Za-z]{3}", src):
            problems.append((ctx, src, "not Arabic", text))
    assert not problems, "\n".join(map(str, problems))


def test_the_makefile_target_runs_lupdate_then_lrelease():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntranslations:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("pyside6-lupdate") < recipe.index("pyside6-lrelease")
    for option in ("-locations none", "-no-obsolete", "-target-language"):
        assert option in recipe, option  # the same options as lupdate_into above


def test_the_wheel_and_the_bundle_ship_the_translations():
    """pyproject's data files carry every .qm (ours and Qt's own qtbase_ar.qm) to
    <prefix>/share/tawsim/resources/translations; build.spec takes resources/ whole."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["data-files"]["share/tawsim/resources/translations"]
    shipped = {p.name for g in globs for p in ROOT.glob(g)}
    assert shipped >= {"tawsim_ar.qm", "qtbase_ar.qm"}
    assert {p.name for p in TS.parent.glob("*.qm")} <= shipped


# ====================================================================== the window
@pytest.fixture
def arabic(qtbot):
    """arabic(path, annotator="amal") -> a shown window in Arabic; English comes back
    after the test."""
    from desktop.app import build_window

    windows = []

    def open_(path, annotator="amal"):
        window = build_window(path, annotator=annotator, lang="ar")
        qtbot.addWidget(window)
        window.resize(1400, 850)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.suggestions._pending is None)
        windows.append(window)
        return window

    yield open_
    close_windows(qtbot, windows)
    language.install("en")


@pytest.fixture
def seeds_window(arabic, seeds_project):
    from desktop.store.project import Project

    with Project(seeds_project) as project:  # relative dates resolve against it
        project.set_meta(SEED, "published", "2018-09-20")
    window = arabic(seeds_project)
    window.open_document(SEED)
    tag_a_little(window)
    return window


SPANS = [("ACTOR", "سلاح الجو العراقي"), ("DATE", "أمس"), ("CUE", "أفاد"),
         ("ACTOR", "المكتب الإعلامي لرئيس الوزراء حيدر العبادي"),
         ("CLAIM", "نفذت قواتنا الجوية البطلة"), ("DATE", "يوم الخميس")]


def tag_a_little(window):
    text = window.doc.text
    spans = {}
    for label, phrase in SPANS:
        at = text.index(phrase)
        spans[phrase] = window.tagging.tag(label, at, at + len(phrase))
    claim, actor = spans["نفذت قواتنا الجوية البطلة"], spans[SPANS[3][1]]
    window.session.select(claim.id)
    window.tagging.relation_key("S")
    window.tagging.pick_tail(actor.id)
    window.tagging.set_attribute(claim.id, "claim_type", "assertion")
    return spans


# --- what a user reads, and the explicit rules for what may stay without Arabic
KEY = re.compile(r"(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:[A-Z]|F\d{1,2}|[0-9\u0660-\u0669]"
                 r"|[\u0621-\u064A]|Return|Enter|Esc|Del|Backspace|[+=/-])")
NUMBER = re.compile(r"[\d\u0660-\u0669\s.,:%\u066B\u066C\u2013-]+")
FILE_NAME = re.compile(r"[\w.-]+\.(?:tawsim|jsonl|json|txt)")
VALUE = re.compile(r"YYYY-MM-DD|[\dX]{4}(?:-[\dX]{2}){0,2}")  # a date field's value


def keys_only(text: str) -> bool:
    parts = [p.strip().strip("\u2066\u2069") for p in text.split(" / ")]
    return all(KEY.fullmatch(p) for p in parts)


def exempt(text: str, data: set[str]) -> str | None:
    """The rule that lets ``text`` stay without Arabic letters, or None."""
    bare = text.replace("&", "").strip().strip("\u2066\u2068\u2069")
    if not bare:
        return "empty"
    if bare in data:
        return "data: an id, a name, a file"
    if NUMBER.fullmatch(bare):
        return "a number"
    if keys_only(bare):
        return "key names"
    if FILE_NAME.fullmatch(bare):
        return "a file name"
    if VALUE.fullmatch(bare):
        return "a date value"
    return None


def menu_strings(window):
    out = []

    def walk(menu: QMenu, where: str):
        out.append((where, menu.title()))
        for act in menu.actions():
            if act.isSeparator():
                continue
            if act.menu() is not None:
                walk(act.menu(), f"{where} ▸ {act.menu().title()}")
                continue
            text, _, keys = act.text().partition("\t")
            out.append((f"{where} ▸ action", text))
            if keys:
                out.append((f"{where} ▸ {text} keys", keys))
            out.append((f"{where} ▸ {text} tooltip", act.toolTip()))
            out.append((f"{where} ▸ {text} status tip", act.statusTip()))

    for act in window.menuBar().actions():
        walk(act.menu(), act.text())
    return out


SKIP = ("articleView", "articleTitle", "guidelines")  # article text, its title: data


def widget_strings(window):
    """Labels, buttons, placeholders, combo items, dock and toolbar titles, tooltips,
    headers of every widget of the window (and its dialogs), whether shown or not."""
    out = []
    for w in window.findChildren(QWidget):
        if any(w.objectName() == s or _inside(w, s) for s in SKIP):
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel):
            out.append((f"label {name}", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((f"button {name}", w.text()))
        elif isinstance(w, QLineEdit):
            out.append((f"placeholder {name}", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out.extend((f"combo {name}", w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QDockWidget | QToolBar):
            out.append((f"title {name}", w.windowTitle()))
        elif isinstance(w, QStatusBar):
            out.append(("status bar", w.currentMessage()))
        if isinstance(w, QTableView) and w.model() is not None \
                and not w.horizontalHeader().isHidden():
            model = w.model()
            out.extend((f"header {name}",
                        str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                       for c in range(model.columnCount()) if not w.isColumnHidden(c))
        if w.toolTip():
            out.append((f"tooltip {name}", w.toolTip()))
        if w.isWindow() and w is not window:
            out.append((f"window title {name}", w.windowTitle()))
    return out


def _inside(w: QWidget, name: str) -> bool:
    p = w.parentWidget()
    while p is not None:
        if p.objectName() == name:
            return True
        p = p.parentWidget()
    return False


def toolbar_strings(window):
    out = []
    for bar in window.findChildren(QToolBar):
        for act in bar.actions():
            button = bar.widgetForAction(act)
            if button is not None and isinstance(button, QAbstractButton):
                out.append(("toolbar button", button.text()))
                out.append(("toolbar tooltip", button.toolTip()))
    return out


def cells(view, columns):
    model = view.model()
    return [(f"{view.objectName()} cell {c}", str(model.index(r, c).data() or ""))
            for r in range(model.rowCount()) for c in columns]


def data_of(window) -> set[str]:
    project = window.project
    ids = {d.id for d in project.list_documents(0, 1000)}
    return ids | set(project.layers()) | {window.session.annotator, project.path.name}


def not_arabic(strings, data):
    return [(where, text) for where, text in strings
            if not ARABIC.search(text) and exempt(text, data) is None]


TIMEX = re.compile(r"(?<!\w)(?:PT?[\dX.]+[A-Z]{1,2}|[\dX]{4}(?:-[0-9A-Z:]+)*)(?!\w)")


def western_digits(strings, data):
    """Counts and figures must be written the Arabic way: a Western digit may stay only in
    a key chord (Ctrl+0, F1), a label's key, a value (2018-09-20, P6M), data, or an
    isolated code (an id, a span's offsets [335, 347))."""
    out = []
    for where, text in strings:
        rest = ISOLATE.sub("", text)
        rest = re.sub(r"(?:(?:Ctrl|Shift|Alt)\+)+\S+|\bF\d\b", "", rest)  # key chords
        rest = re.sub(r"^\d(?= )|(?<=المفتاح )\d", "", rest)  # a label's key: "1 ادعاء"
        rest = TIMEX.sub("", rest)  # a value: XXXX-WXX-4, P6M, 2018-09-20
        for token in data:
            rest = rest.replace(token, "")
        if ARABIC.search(text) and re.search(r"[0-9]", rest):
            out.append((where, text))
    return out


def test_every_string_of_the_arabic_window_is_arabic(seeds_window, qtbot):
    w = seeds_window
    w.finish_building()
    w.find_bar.open_bar()
    w.find_bar.edit.setText("داعش")
    claim = next(s for s in w.session.ann.spans if s.label == "CLAIM")
    w.session.select(claim.id)
    w.tagging.relation_key("T")  # a relation pending: its prompt and candidates
    w.show_window()  # Help ▸ Keyboard shortcuts
    w.guidelines.toggle(True)
    qtbot.wait(50)
    strings = (menu_strings(w) + toolbar_strings(w) + widget_strings(w)
               + cells(w.ui.doc_list, (2, 3)) + cells(w.ui.span_table, (0, 2)))
    shortcuts = w.findChild(QTableWidget, "shortcutsTable")
    assert shortcuts is not None and shortcuts.rowCount() > 30
    for r in range(shortcuts.rowCount()):
        for c in range(shortcuts.columnCount()):
            text = shortcuts.item(r, c).text()
            if c in (2, 3):  # the keys, and the same keys on an Arabic layout
                assert keys_only(text) or not text, (r, c, text)
            else:
                strings.append((f"shortcuts cell {c}", text))
    strings.append(("relation prompt", w.ui.relation_panel.pending_label.text()))
    strings.append(("notice", w.last_notice))
    data = data_of(w)
    assert len(strings) > 250
    assert not_arabic(strings, data) == [], "\n".join(map(repr, not_arabic(strings, data)))
    assert western_digits(strings, data) == [], "\n".join(map(repr, western_digits(strings, data)))
    # the guidelines beside the article are the Arabic ones
    text = w.guidelines.browser.toPlainText()
    assert text.startswith("دليل التوسيم") and "Annotation guidelines" not in text


def test_every_string_of_the_review_panel_is_arabic(arabic, tmp_path, qtbot):
    w = arabic(build_review_project(tmp_path / "review.tawsim"), annotator="rania")
    w.actions.action("view.review_mode").trigger()
    qtbot.waitUntil(lambda: w.session.review_mode)
    table = w.review.table
    assert table.isVisible() and table.model().rowCount() > 20
    for name in ("documentAgreement", "reviewDetail", "reviewKeys"):
        label = w.findChild(QLabel, name)
        assert ARABIC.search(label.text()), (name, label.text())
    strings = widget_strings(w)
    w.review.accept()  # a decision: its notice, a ✓ in the gold column
    w.review.ask_reject_reason()
    strings += widget_strings(w) + menu_strings(w) + cells(table, (0, 1, 4))
    strings.append(("notice", w.last_notice))
    assert "F1" in w.findChild(QLabel, "documentAgreement").text()
    assert "٠٫" in w.findChild(QLabel, "documentAgreement").text()  # ٠٫٨٨: the locale's figures
    kinds = {table.model().index(r, 0).data() for r in range(table.model().rowCount())}
    assert {"الحدود", "الوسم", "متَّفق عليه"} <= kinds
    data = data_of(w) | {"amal", "badr", "rania"}
    assert not_arabic(strings, data) == [], "\n".join(map(repr, not_arabic(strings, data)))
    assert western_digits(strings, data) == [], "\n".join(map(repr, western_digits(strings, data)))
    assert ARABIC.search(w.findChild(QDockWidget, "reviewDock").windowTitle())


def test_progress_dialog_and_import_summary_are_arabic(arabic, seeds_project, tmp_path, qtbot):
    w = arabic(seeds_project)
    runner = w.projects.export_file(tmp_path / "out.jsonl")
    assert ARABIC.search(runner.dialog.labelText())
    buttons = [b.text() for b in runner.dialog.findChildren(QAbstractButton)]
    assert buttons and all(ARABIC.search(t) for t in buttons), buttons
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    assert w.last_notice.startswith("صُدِّر إلى")
    source = tmp_path / "more.txt"
    source.write_text("خبر جديد عن بغداد.", encoding="utf-8")
    runner = w.projects.import_files([source])
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    assert w.last_notice == "الاستيراد: مستندات مُضافة: ١، دون تغيير: ٠، مرفوضة: ٠"


def test_the_layout_is_mirrored(seeds_window):
    w = seeds_window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def centre_x(name):
        widget = w.findChild(QWidget, name)
        return widget.mapTo(w, widget.rect().center()).x()

    # the document list on the right of the article, the panels on its left
    article = centre_x("articleView")
    assert centre_x("documentList") > article
    for panel in ("spanTable", "attributePanel", "relationPanel"):
        assert centre_x(panel) < article, panel
    # menus start from the right: File rightmost, Help leftmost
    bar = w.menuBar()
    xs = [bar.actionGeometry(a).center().x() for a in bar.actions()]
    assert xs == sorted(xs, reverse=True) and xs[0] > w.width() / 2
    # the toolbar too, and the tables' columns: the id column on the right
    toolbar = w.findChild(QToolBar, "labelToolbar")
    buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]
    bx = [b.mapTo(w, b.rect().center()).x() for b in buttons if b is not None]
    assert bx == sorted(bx, reverse=True)
    docs = w.ui.doc_list
    first, second = (docs.visualRect(docs.model().index(0, c)).center().x() for c in (0, 1))
    assert first > second
    # the article is right to left in both languages
    option = w.view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft


# The only widgets forced left to right: values that read so (DESIGN §6)
LEFT_TO_RIGHT = {"publishedEdit": "the publication date, YYYY-MM-DD",
                 "attr_value": "a TIMEX value, 2018-W38"}


def test_nothing_is_forced_left_to_right_but_values(seeds_window):
    w = seeds_window
    date = next(s for s in w.session.ann.spans if s.label == "DATE")
    w.session.select(date.id)  # the value editor of a DATE in the attribute panel
    forced = {x.objectName() or type(x).__name__ for x in w.findChildren(QWidget)
              if x.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection)
              and x.layoutDirection() == Qt.LayoutDirection.LeftToRight}
    assert forced == set(LEFT_TO_RIGHT)
    # ids read left to right in the right-to-left document list, by their delegate
    from PySide6.QtWidgets import QStyleOptionViewItem

    for col, direction in ((0, Qt.LayoutDirection.LeftToRight),
                           (1, Qt.LayoutDirection.RightToLeft)):
        delegate = w.ui.doc_list.itemDelegateForColumn(col) or w.ui.doc_list.itemDelegate()
        option = QStyleOptionViewItem()
        option.direction = Qt.LayoutDirection.RightToLeft  # the interface's, as the view's
        delegate.initStyleOption(option, w.ui.doc_list.model().index(0, col))
        assert option.direction == direction, col


def test_numbers_are_written_the_arabic_way(seeds_window):
    w = seeds_window
    assert re.fullmatch(r"أُنجِز [٠-٩]+ من [٠-٩]+", w.ui.progress_label.text())
    row = w.documents.model.row_of(SEED)
    assert w.ui.doc_list.model().index(row, 3).data() == language.number(len(SPANS))
    assert language.number(len(SPANS)) == "٦"
    w.find_bar.open_bar()
    w.find_bar.edit.setText("داعش")
    assert re.fullmatch(r"١ من [٠-٩]+", w.find_bar.count.text())
    w.view.zoom_in()
    assert re.search(r"حجم النص [٠-٩]+ نقطة", w.last_notice)
    w.view.zoom_out()


def test_date_words_in_the_attribute_panel(seeds_window):
    w = seeds_window
    date = next(s for s in w.session.ann.spans if s.text == "يوم الخميس")
    w.session.select(date.id)
    words = w.ui.attribute_panel.findChild(QLabel, "dateWords")
    value = date.attrs["value"]
    assert words.text() == describe_ar(value, date.attrs.get("mod"), "both", kind="DATE")
    assert "/" in words.text() and ARABIC.search(words.text())
    # the form names the attributes and their values in Arabic
    form = w.ui.attribute_panel.form
    names = [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
             for r in range(form.rowCount())]
    assert names == ["النوع", "القيمة", "المُعدِّل", "التقويم"]
    mods = w.ui.attribute_panel.editors["mod"]
    assert [mods.itemText(i) for i in range(mods.count())][:4] == ["", "بداية", "منتصف", "نهاية"]
    assert w.ui.attribute_panel.editors["value"].layoutDirection() == \
        Qt.LayoutDirection.LeftToRight


def test_date_words_agree_with_the_arabic_locales():
    """Qt's own Arabic locales name the months as words_ar does, and write its digits."""
    iraq, egypt = language.ARABIC_LOCALE, QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    assert [iraq.monthName(m) for m in range(1, 13)] == list(LEVANT_MONTHS[1:])
    assert [egypt.monthName(m) for m in range(1, 13)] == list(EGYPT_MONTHS[1:])
    for n in (0, 7, 38, 2018):
        assert describe_ar(f"P{n}Y").split()[0] in (iraq.toString(n).replace("٬", ""),
                                                    "سنة", "سنتان")


def test_keys_work_on_the_arabic_window_and_layout(seeds_window, qtbot):
    w = seeds_window
    before = len(w.session.ann.spans)
    select_word(w, "الشرقي")
    type_char(w, "٢")  # an Arabic-Indic digit tags ACTOR
    assert len(w.session.ann.spans) == before + 1
    assert w.last_notice.startswith("وُسِم فاعل")
    w.actions.action("edit.undo").trigger()
    assert len(w.session.ann.spans) == before and w.last_notice.startswith("تمّ التراجع عن")
    assert w.actions.action("edit.redo").text().startswith("إ&عادة وسم فاعل")
    type_char(w, "ى")  # N on an Arabic layout: the next date suggestion
    assert w.last_notice.startswith("الاقتراح ١ من")


def test_arabic_accelerators_are_unique_in_each_menu(seeds_window):
    for menu in [a.menu() for a in seeds_window.menuBar().actions()]:
        marks = [m.group(1) for a in menu.actions() if (m := ACCELERATOR.search(a.text()))]
        assert len(marks) == len(set(marks)), (menu.title(), marks)
    titles = [ACCELERATOR.search(a.text()).group(1) for a in seeds_window.menuBar().actions()]
    assert len(titles) == len(set(titles)) == 8


def test_qt_own_dialogs_are_translated(seeds_window):
    assert ARABIC.search(QCoreApplication.translate("QFileDialog", "Look in:"))
    assert ARABIC.search(QCoreApplication.translate("QPlatformTheme", "Cancel"))


def test_an_empty_project_says_in_arabic_how_to_get_documents(arabic, tmp_path):
    w = arabic(tmp_path / "empty.tawsim")
    hint = w.view.placeholderText()
    assert hint.startswith("لا مستندات بعد") and "Ctrl+I" in hint


# ====================================================================== English
def test_the_english_window_is_unchanged(make_project, open_window):
    """After the Arabic windows above (their fixture puts English back): File … Help,
    left to right, English words and Western digits."""
    w = open_window(make_project([("d1", "قال الوزير إن المحادثات ستبدأ يوم الأحد.")]))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [a.text().replace("&", "") for a in w.menuBar().actions()] == ENGLISH_MENUS
    texts = [t for where, t in menu_strings(w) if "tooltip" not in where]
    arabic = [t.replace("&", "") for t in texts if ARABIC.search(t)]
    assert arabic == ["Interface in Arabic (العربية)"]  # the way back to Arabic
    assert w.ui.progress_label.text() == "0 of 1 done"
    assert w.actions.action("view.zoom_in").text() == "Zoom &in"  # Qt shows Ctrl++ itself
    assert QCoreApplication.translate("Actions", "&Quit") == "&Quit"
    xs = [w.findChild(QWidget, n).mapTo(w, w.rect().topLeft()).x()
          for n in ("documentList", "articleView", "spanTable")]
    assert xs == sorted(xs)


def test_the_language_menu_rebuilds_the_window_in_arabic(make_project, open_window, qtbot):
    w = open_window(make_project([("d1", "قال الوزير إن المحادثات ستبدأ يوم الأحد.")]))
    try:
        w.findChild(QAction, "actionLanguageArabic").trigger()
        new = w.replacement
        qtbot.addWidget(new)
        assert [a.text() for a in new.menuBar().actions()][0] == "&ملف"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        new.close()
        new.project.close()
    finally:
        language.install("en")
        w.settings.language = ""  # nothing saved: the next window follows LANGUAGE=en


def test_tables_select_their_rows_right_to_left(seeds_window, arabic, tmp_path, qtbot):
    """Qt's selectRow selects nothing in a right-to-left table: the span table and the
    review list select their rows another way (desktop.ui.table_model.select_row)."""
    w = seeds_window
    span = w.session.ann.spans[2]
    w.session.select(span.id)
    rows = w.ui.span_table.selectionModel().selectedRows()
    assert [i.row() for i in rows] == [w.ui.span_table.span_model.row_of(span.id)]
    r = arabic(build_review_project(tmp_path / "review.tawsim"), annotator="rania")
    r.actions.action("view.review_mode").trigger()
    qtbot.waitUntil(lambda: r.session.review_mode)
    first = r.review.current()
    assert first is not None and r.review.table.currentIndex().row() >= 0
    r.actions.action("review.next").trigger()  # J
    assert r.review.current() is not None and r.review.current().key != first.key
    assert ARABIC.search(r.findChild(QLabel, "reviewDetail").text())


def test_a_refusal_from_the_store_is_said_in_arabic(arabic, make_project, qtbot):
    """A second claimant is refused by the store; the reason reads in Arabic, with the
    relation's and the label's display names."""
    from desktop.core import ops
    from desktop.core.model import Relation, Span

    text = "قال الوزير إن المحادثات ستبدأ غدا وأكد المتحدث ذلك."
    w = arabic(make_project([("d1", text)]))
    s = w.session

    def span(label, word):
        at = text.index(word)
        return Span.on(text, doc_id="d1", layer=s.edit_layer, label=label, start=at,
                       end=at + len(word))

    claim, a, b = span("CLAIM", "المحادثات ستبدأ"), span("ACTOR", "الوزير"), span("ACTOR", "المتحدث")
    assert s.run(ops.AddSpans([claim, a, b]))
    assert s.run(ops.AddRelation(Relation("d1", s.edit_layer, "claimant", claim.id, a.id)))
    assert not s.run(ops.AddRelation(Relation("d1", s.edit_layer, "claimant", claim.id, b.id)))
    notice = w.last_notice
    assert ARABIC.search(notice) and "already" not in notice and "claimant" not in notice
    assert "صاحب الادعاء" in notice and "ادعاء" in notice, notice
