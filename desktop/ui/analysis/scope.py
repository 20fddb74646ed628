"""What the analyst views show: the layer the window edits (the annotator's own; gold in
review mode), whether gold means its reviewed documents only, and the ledger's filters.
The ledger's filter bar sets it; the ledger, its export and the timeline follow it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop.core.model import GOLD
from desktop.store.ledger import LedgerFilters
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session


class Scope(QObject):
    changed = Signal()  # the layer, the review filter or the filters changed

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("analysisScope")
        self.session = session
        self.filters = LedgerFilters()
        self.reviewed_only = False  # gold: every gold claim unless asked for reviewed ones
        session.layerChanged.connect(lambda _l: self.changed.emit())
        session.projectChanged.connect(self.changed.emit)

    @property
    def layer(self) -> str:
        return self.session.edit_layer

    @property
    def include_unreviewed(self) -> bool:
        return not (self.layer == GOLD and self.reviewed_only)

    @property
    def key(self) -> tuple:
        return (str(self.session.project.path), self.layer, self.include_unreviewed,
                self.filters)

    def set_filters(self, filters: LedgerFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.changed.emit()

    def update(self, **changes) -> None:
        self.set_filters(replace(self.filters, **changes))

    def set_reviewed_only(self, on: bool) -> None:
        if on != self.reviewed_only:
            self.reviewed_only = on
            self.changed.emit()

    def describe(self) -> str:
        """The filters in words (the timeline's header says what it shows)."""
        f = self.filters
        parts = []
        if f.claimant:
            parts.append(translate("Analysis", "claimant {name}").format(name=f.claimant))
        if f.claim_type:
            parts.append(translate("Analysis", "type {value}").format(value=f.claim_type))
        if f.attribution:
            parts.append(translate("Analysis", "attribution {value}").format(value=f.attribution))
        if f.date_from or f.date_to:
            parts.append(translate("Analysis", "dates {start} – {end}").format(
                start=f.date_from or "…", end=f.date_to or "…"))
        if f.document:
            parts.append(translate("Analysis", "document {id}").format(id=f.document))
        return ", ".join(parts)


def layer_exists(project, layer: str) -> bool:
    """A layer nobody has written to yet has no claims (the store refuses to query it)."""
    return layer in project.layers()


__all__ = ["Scope", "layer_exists"]
