"""Messages a user reads, made in the core but translated by the window.

The core cannot call Qt's translation functions, so it marks its user-visible strings
with ``QT_TRANSLATE_NOOP(context, text)`` (a no-op here; ``pyside6-lupdate`` finds the
calls by that very name, with literal arguments — so never import it under another name —
and puts the strings in ``resources/translations/*.ts``) and returns a ``Message``: the
untranslated template and its arguments. The window translates the
template in its context and fills it in (``desktop.ui.shell.i18n.text_of``); the command
line and the logs use ``str(message)``, the English text.

Arguments named ``label`` or ``relation`` hold a schema code (``CLAIM``, ``claimant``):
the window shows them by their display name in the interface's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for the user, kept untranslated: the window translates ``template`` in
    ``context`` and fills in ``args`` (``str()`` gives the English)."""

    context: str
    template: str  # str.format fields: "tag {label} {text}"
    args: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.args)


def quote(text: str, limit: int = 24) -> str:
    """A span's text as a message quotes it: one line, cut at ``limit`` characters,
    isolated (U+2068/U+2069) so that Arabic inside an English line keeps its order."""
    text = " ".join(text.split())
    text = f"{text[:limit]}…" if len(text) > limit else text
    return f"«\u2068{text}\u2069»"


__all__ = ["QT_TRANSLATE_NOOP", "Message", "quote"]
