"""The interface's language: chosen once, before the window is built, and installed in
the application (Qt translators, layout direction, the locale numbers follow).

Order of choice (DESIGN §6): ``--lang ar|en`` (``build_window(..., lang=)``), then the
choice saved from View ▸ Language, then the system locale (an Arabic one gives Arabic).
Arabic installs ``resources/translations/tawsim_ar.qm`` (ours, compiled from
``tawsim_ar.ts``) and ``qtbase_ar.qm`` (Qt's own: standard dialogs and buttons), sets the
application's layout direction right to left, and makes Arabic the default locale so
numbers in the interface are written the Arabic way; the article is right to left in
both languages and never changes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource
from desktop.ui.shell.i18n import lang, set_lang

LANGUAGES = ("en", "ar")
# Arabic as written in the Levant and Iraq, where the corpus comes from: Arabic-Indic digits
ARABIC_LOCALE = QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq)

_installed: list[QTranslator] = []


def system_language() -> str:
    """"ar" when the system asks for Arabic (LANGUAGE, LC_ALL, LANG or Qt's locale)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            first = value.split(":")[0].lower()
            return "ar" if first.startswith("ar") else "en"
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def choose(requested: str | None, saved: str | None) -> str:
    """The language to use: the one asked for, else the saved one, else the system's."""
    for code in (requested, saved):
        if code in LANGUAGES:
            return code
    return system_language()


def translations_dir():
    return resource("translations")


def install(code: str) -> str:
    """Install ``code``'s translators and direction in the running application."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_lang(code)
    if code == "ar":
        for name in ("qtbase_ar", "tawsim_ar"):
            translator = QTranslator(app)
            if translator.load(name, str(translations_dir())):
                app.installTranslator(translator)
                _installed.append(translator)
        QLocale.setDefault(ARABIC_LOCALE)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar"
                               else Qt.LayoutDirection.LeftToRight)
    return code


def number(n: int) -> str:
    """A count as the interface writes numbers (١٢ in Arabic, 12 in English)."""
    return QLocale().toString(int(n))


__all__ = ["ARABIC_LOCALE", "LANGUAGES", "choose", "install", "lang", "number",
           "system_language"]
