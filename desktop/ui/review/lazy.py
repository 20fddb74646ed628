"""The rules of review (agreement, adjudication, decisions, the store's review queries),
imported the first time one of their names is used: they are not needed to open the
window, only to review, so start-up does not pay for importing them."""

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


adjudication = _OnFirstUse("desktop.core.adjudication")
decisions = _OnFirstUse("desktop.core.decisions")
store_review = _OnFirstUse("desktop.store.review")


__all__ = ["adjudication", "decisions", "store_review"]
