"""``tawsim --smoke-test``: prove that an installed (or frozen) Tawsim works, end to end.

It builds a temporary project from the bundled ``seeds/`` (and the bundled example),
opens the real main window offscreen, selects part of a word in the article and presses
the ACTOR label key there (a real ``QKeyEvent`` sent to the article view, so the key
handling, word snapping and the undoable edit all run), exports the annotator's layer
through the window's own export job, validates every exported record against the bundled
JSON Schema (``resources/schema/gold.schema.json``) and checks that the tagged span is
in the export. Exit 0 and one line "smoke test: ok ..."; anything else exits 1 with the
reason on stderr.

Decisions:

* Qt runs on the ``offscreen`` platform, always (whatever ``QT_QPA_PLATFORM`` says), so
  the check behaves the same on a desktop, over ssh and in CI. ``TAWSIM_SMOKE_PLATFORM``
  chooses another platform (the packaging tests use ``xcb`` under Xvfb).
* Nothing of the user's is touched: Qt settings and platformdirs folders point into the
  temporary folder, which is removed at the end.
* No network, ever: while the smoke test runs, any attempt to open an internet socket
  (connect, sendto, DNS lookup) is refused *and* recorded; one attempt fails the test even
  if the code that made it swallowed the error.
* The schema check uses ``desktop.core.json_schema`` (the subset of JSON Schema that
  gold.schema.json uses; an unknown keyword is an error, never silently passed), so the
  bundle does not carry the ``jsonschema`` package and its dependencies; the network
  guard is ``desktop.netguard``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from desktop.core.json_schema import check_schema, validate
from desktop.netguard import NetworkGuard

TIMEOUT_S = 120.0  # the whole smoke test; a hang is a failure, not a stuck CI job


class SmokeFailure(Exception):
    pass


def _isolate(tmp: Path) -> None:
    """Point every per-user folder (settings, data) into ``tmp``; Qt offscreen."""
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("TAWSIM_SMOKE_PLATFORM") or "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = tmp / var.lower()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder)
    os.environ["TAWSIM_NO_PROGRESS"] = "1"
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))


def _quiet_known_qt_noise() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" warning (it
    has no window manager to pass hints to); every other Qt message still goes to stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _wait(app, condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out after {timeout:g} s waiting for {what}")
        app.processEvents()
        time.sleep(0.005)


def _pick_word(text: str) -> tuple[int, int]:
    """An Arabic word of at least three letters with white space on both sides."""
    match = re.search(r"(?<=\s)[\u0621-\u064A]{3,}(?=\s)", text)
    if match is None:
        raise SmokeFailure("no Arabic word to tag in the first document")
    return match.start(), match.end()


def _check_language(window, lang: str | None) -> list[str]:
    """The menu titles; with ``lang="ar"``, the bundled translations must have loaded:
    Arabic menus, Qt's own strings in Arabic (qtbase_ar.qm, not a system file), the
    layout right to left."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    if lang == "ar":
        if not all(re.search(r"[\u0621-\u064A]", m) for m in menus):
            raise SmokeFailure(f"the Arabic translation did not load: menus {menus}")
        qt_string = ("QFileDialog", "Look in:")  # Qt's string, not ours: lupdate must not see it
        qt_own = QCoreApplication.translate(*qt_string)
        if not re.search(r"[\u0621-\u064A]", qt_own):
            raise SmokeFailure(f"Qt's own Arabic translation did not load: {qt_own!r}")
        if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            raise SmokeFailure("the Arabic window is not right to left")
    return menus


def _smoke(tmp: Path, log, lang: str | None = None) -> str:
    _isolate(tmp)
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFontInfo, QKeyEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from desktop.app import application, build_window, register_fonts
    from desktop.resources import gold_schema_path, root, seeds_dir
    from desktop.store.demo import build_demo

    _quiet_known_qt_noise()
    app = application()
    log(f"resources from {root()}; Qt platform {app.platformName()}")
    families = register_fonts()
    if "Noto Naskh Arabic" not in families:
        raise SmokeFailure(f"the bundled Arabic font did not load (fonts: {families})")

    # 1. a project from the bundled seeds
    project_path = tmp / "smoke.tawsim"
    report = build_demo(project_path)
    if not report.ok:
        raise SmokeFailure("importing the bundled seeds failed: "
                           + "; ".join(str(r) for r in report.rejected))
    n_seeds = len(list(seeds_dir().glob("*.txt")))

    # 2. the window, shown
    annotator = "smoke-test"
    window = build_window(project_path, annotator=annotator, lang=lang)
    try:
        window.show()
        _wait(app, lambda: window.windowHandle() is not None
              and window.windowHandle().isExposed(), 20, "the window to be shown")
        n_docs = window.project.stats()["documents"]
        if n_docs < n_seeds:
            raise SmokeFailure(f"the project holds {n_docs} document(s), seeds/ {n_seeds}")
        doc = window.doc
        if doc is None:
            raise SmokeFailure("the window opened no document")
        view = window.findChild(QPlainTextEdit, "articleView")
        if view is None:
            raise SmokeFailure("no articleView in the window")
        menus = _check_language(window, lang)
        family = QFontInfo(view.font()).family()
        if family != "Noto Naskh Arabic":
            raise SmokeFailure(f"the article is shown in {family!r}, not the bundled font")

        # 3. select inside a word and press the ACTOR key, as an annotator would
        label = next((lab for lab in window.session.schema.labels if lab.name == "ACTOR"),
                     window.session.schema.labels[0])
        start, end = _pick_word(doc.text)
        word = doc.text[start:end]
        view.setFocus()
        view.select_cp(start + 1, start + 2)  # part of the word: it snaps to the whole word
        before = set(window.session.spans)
        key = Qt.Key(ord(label.key)) if label.key.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                   label.key))
        app.processEvents()
        new = [window.session.spans[i] for i in set(window.session.spans) - before]
        if len(new) != 1:
            raise SmokeFailure(f"pressing {label.key!r} made {len(new)} span(s), not 1 "
                               f"(status: {window.last_notice!r})")
        span = new[0]
        if (span.label, span.start, span.end, span.text) != (label.name, start, end, word):
            raise SmokeFailure(f"tagged {span.label} [{span.start}, {span.end}) "
                               f"{span.text!r}, expected {label.name} [{start}, {end}) {word!r}")

        # 4. export through the window's own export job
        out = tmp / "export.jsonl"
        runner = window.projects.export_file(out, layer=annotator, include_unreviewed=True)
        _wait(app, lambda: runner.finished, 60, "the export")
        if runner.error_text:
            raise SmokeFailure(f"export failed: {runner.error_text}")
    finally:
        window.close()
        window.project.close()
        app.processEvents()

    # 5. the export, against the bundled JSON Schema
    schema = json.loads(gold_schema_path().read_text(encoding="utf-8"))
    check_schema(schema)
    records = []
    for n, line in enumerate(out.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        errors = validate(record, schema)
        if errors:
            raise SmokeFailure(f"{out.name}:{n}: not valid against gold.schema.json: "
                               + "; ".join(errors[:5]))
        if hashlib.sha256(record["text"].encode("utf-8")).hexdigest() != record["text_sha256"]:
            raise SmokeFailure(f"{out.name}:{n}: text_sha256 does not match the text")
        for s in record["spans"]:
            if record["text"][s["start"]:s["end"]] != s["text"]:
                raise SmokeFailure(f"{out.name}:{n}: span {s['id']} text is not at its offsets")
        records.append(record)
    mine = [r for r in records if r["id"] == doc.id]
    if not mine or not any((s["label"], s["start"], s["end"], s["text"])
                           == (label.name, start, end, word) for s in mine[0]["spans"]):
        raise SmokeFailure(f"the tagged span is not in the export of {doc.id}")
    return (f"{n_docs} documents, tagged {label.name} «{word}» with key {label.key!r}, "
            f"exported {len(records)} record(s), valid against gold.schema.json; "
            f"menus: {' '.join(menus)}")


def run(argv: list[str] | None = None, lang: str | None = None) -> int:
    """Run the smoke test (the window in ``lang``: "ar", "en", None for the usual
    choice); 0 if everything works, 1 (with the reason on stderr) if not."""
    verbose = bool(os.environ.get("TAWSIM_SMOKE_VERBOSE"))

    def log(message: str) -> None:
        if verbose:
            print(f"smoke test: {message}", file=sys.stderr)

    def give_up() -> None:  # a hang must not hold a CI job hostage
        print(f"smoke test: FAILED: no result after {TIMEOUT_S:g} s", file=sys.stderr)
        sys.stderr.flush()
        os._exit(1)

    watchdog = threading.Timer(TIMEOUT_S, give_up)
    watchdog.daemon = True
    watchdog.start()
    tmp = Path(tempfile.mkdtemp(prefix="tawsim-smoke-"))
    guard = NetworkGuard("tawsim smoke test: network access refused")
    try:
        with guard:
            summary = _smoke(tmp, log, lang)
        if guard.attempts:
            raise SmokeFailure("tried to use the network: " + "; ".join(guard.attempts))
    except SmokeFailure as exc:
        print(f"smoke test: FAILED: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say where
        traceback.print_exc()
        print(f"smoke test: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        watchdog.cancel()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"smoke test: ok: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(run())
