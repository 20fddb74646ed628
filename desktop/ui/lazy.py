"""Modules the window needs only for a later action, imported the first time one of their
names is used, so that the first frame does not pay for them (docs/decisions.md,
Start-up): the edit operations (``desktop.core.ops``, with the first edit) and the rules
of review (agreement, adjudication, decisions, the store's review queries, with the
first review)."""

from __future__ import annotations

import importlib


class _OnFirstUse:
    """A module imported the first time one of its names is used."""

    def __init__(self, name: str):
        self._name = name
        self._module = None

    def __getattr__(self, attr: str):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


ops = _OnFirstUse("desktop.core.ops")
adjudication = _OnFirstUse("desktop.core.adjudication")
decisions = _OnFirstUse("desktop.core.decisions")
store_review = _OnFirstUse("desktop.store.review")


__all__ = ["adjudication", "decisions", "ops", "store_review"]
