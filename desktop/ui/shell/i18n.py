"""Translation in the window: every string a user reads goes through ``translate`` (Qt's
``QCoreApplication.translate``), core messages through ``text_of``.

The interface language is chosen once, before the window is built
(``desktop.ui.shell.language``); ``lang()`` tells which it is, so that schema display
names (labels, attributes, relation types) follow it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.i18n import Message

_LANG = ["en"]


def lang() -> str:
    """The interface's language: "en" or "ar"."""
    return _LANG[0]


def set_lang(code: str) -> None:
    _LANG[0] = code


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``pyside6-lupdate`` finds these calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def label_name(schema: Any, name: str) -> str:
    """A label's or relation type's display name in the interface's language."""
    return schema.display_name(name, lang()) if schema is not None else name


def text_of(message: Message | str, schema: Any = None) -> str:
    """A core ``Message`` translated and filled in; labels and relation types by their
    display names, counts in the interface's digits."""
    if isinstance(message, str):
        return message
    args = dict(message.args)
    for key in ("label", "relation"):
        if key in args and isinstance(args[key], str):
            args[key] = label_name(schema, args[key])
    for key, value in args.items():  # counts as the interface writes numbers (١٢ in Arabic)
        if isinstance(value, int) and not isinstance(value, bool):
            args[key] = QLocale().toString(value)
    template = QCoreApplication.translate(message.context, message.template)
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return message.template.format(**args)


__all__ = ["label_name", "lang", "set_lang", "text_of", "translate"]
