"""The application shell: the QApplication, the bundled fonts, the main window.

``build_window(project, annotator=None)`` is what tests and scripts use (the QApplication
exists already); ``main()`` is what ``tawsim [PROJECT]`` runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_fonts_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register every font in resources/fonts with Qt (once); returns the families."""
    if _fonts_registered:
        return _fonts_registered
    from PySide6.QtGui import QFontDatabase

    from desktop.resources import fonts_dir

    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _fonts_registered.extend(dict.fromkeys(families))
    return _fonts_registered


def application(argv: list[str] | None = None):
    """The QApplication (made once), with the fonts registered."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("tawsim")
        app.setOrganizationName("tawsim")
        app.setApplicationDisplayName("Tawsim")
        from PySide6.QtGui import QIcon

        from desktop.resources import resource

        app.setWindowIcon(QIcon(str(resource("icons", "tawsim.png"))))
        app.setDesktopFileName("tawsim")  # matches packaging/tawsim.desktop
    register_fonts()
    return app


def _default_annotator() -> str:
    import getpass  # only when no annotator is given

    from desktop.core.model import annotator_name

    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system
        name = ""
    return annotator_name(name) or "annotator"


def build_window(project: str | os.PathLike, annotator: str | None = None,
                 lang: str | None = None):
    """The main window for a project file (created if missing). With no annotator, the
    remembered one is used; if none was ever given, a provisional name is used and the
    annotator is asked in a bar over the window. ``lang`` ("ar" or "en"; None: the
    ``--lang`` given, then the saved choice, then the system locale) is installed —
    translators and layout direction — before the window is built."""
    from desktop.core.model import annotator_name
    from desktop.store.project import Project
    from desktop.ui.shell import language
    from desktop.ui.shell.settings import Settings
    from desktop.ui.shell.window import MainWindow

    register_fonts()
    settings = Settings()
    language.install(language.choose(lang or _requested_lang[0], settings.language))
    name = annotator_name(annotator)
    ask = False
    if name is None:
        name = annotator_name(settings.annotator)
        if name is None:
            name, ask = _default_annotator(), True
    elif annotator is not None:
        settings.annotator = name
    # opening a project makes nobody an annotator: a layer appears with a first edit
    window = MainWindow(Project(project), name, settings)
    window.rebuild = lambda code: build_window(project, annotator=name, lang=code)
    window.open_first()
    if ask:
        window.projects.ask_annotator()
    return window


_requested_lang: list[str | None] = [None]  # tawsim --lang, for every window of this run


def demo_project_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("tawsim")) / "demo.tawsim"


def _resolve_project(project) -> Path:
    """PROJECT as given; else the demo (built the first time): DESIGN §4."""
    if project is not None:
        return Path(project)
    demo = demo_project_path()
    if not demo.exists():
        from desktop.store.demo import build_demo

        demo.parent.mkdir(parents=True, exist_ok=True)
        build_demo(demo)
    return demo


def main(project=None, annotator: str | None = None, lang: str | None = None) -> int:
    """Open the window (``tawsim [PROJECT]``); returns the exit code."""
    app = application()
    _requested_lang[0] = lang

    from desktop.core.model import annotator_name
    from desktop.store.db import ProjectFileError
    from desktop.ui.shell.settings import Settings

    try:
        path = _resolve_project(project)
        name = annotator_name(annotator) or annotator_name(Settings().annotator)
        window = build_window(path, annotator=name)
    except ProjectFileError as exc:
        print(f"tawsim: error: {exc}", file=sys.stderr)
        return 2
    window.show()
    return app.exec()


def smoke_test(lang: str | None = None) -> int:
    """``tawsim --smoke-test [--lang ar|en]`` (``desktop.ui.smoke``): 0 when everything
    works."""
    from desktop.ui.smoke import run

    return run(lang=lang)


__all__ = ["application", "build_window", "main", "register_fonts", "smoke_test"]
