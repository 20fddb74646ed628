"""The ledger's filter bar: claimant, claim type, attribution, a date range and a
document, plus gold's "reviewed documents only". It writes ``Scope``'s filters, which the
ledger, its export and the timeline follow.

Text fields apply after a short pause in typing (a claimant is a folded substring of the
canonical name: hamza seats and harakat do not matter); the date fields when left or on
Enter, each side a date or a TIMEX value (``2018``, ``2018-09``, ``2018-09-10``), both
inclusive. A date the ledger cannot place turns its field red and leaves the filter as
it was.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop.core.analysis.timeline import bounds
from desktop.core.model import GOLD
from desktop.core.schema import Schema
from desktop.ui.analysis.scope import Scope
from desktop.ui.shell.i18n import lang, translate

_BAD = "QLineEdit { background: #fee2e2; }"
TYPING_PAUSE_MS = 400


class FilterBar(QWidget):
    problem = Signal(str)  # a date the ledger cannot place, in words

    def __init__(self, scope: Scope, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledgerFilters")
        self.scope = scope
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.claimant = self._line("ledgerClaimant", translate("Ledger", "Claimant"), 150)
        self.claim_type = self._combo("ledgerClaimType")
        self.attribution = self._combo("ledgerAttribution")
        self.date_from = self._line("ledgerDateFrom", translate("Ledger", "From (2018, 2018-09…)"), 130)
        self.date_to = self._line("ledgerDateTo", translate("Ledger", "To"), 110)
        self.document = self._line("ledgerDocument", translate("Ledger", "Document id"), 150)
        self.this_document = QToolButton(self)
        self.this_document.setObjectName("ledgerThisDocument")
        self.this_document.setText(translate("Ledger", "This one"))
        self.this_document.setToolTip(translate("Ledger", "The claims of the open document only"))
        self.reviewed_only = QCheckBox(translate("Ledger", "Reviewed only"), self)
        self.reviewed_only.setObjectName("ledgerReviewedOnly")
        self.reviewed_only.setToolTip(translate("Ledger", "Gold: the reviewed documents only "
                                                "(what the gold export holds)"))
        self.clear = QToolButton(self)
        self.clear.setObjectName("ledgerClearFilters")
        self.clear.setText(translate("Ledger", "Clear"))
        for w in (self.claimant, self.claim_type, self.attribution, self.date_from,
                  self.date_to, self.document, self.this_document, self.reviewed_only,
                  self.clear):
            row.addWidget(w)
        row.addStretch(1)
        self._exact_claimant: str | None = None  # a name chosen in the actor index
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.apply)
        for edit in (self.claimant, self.document):
            edit.textEdited.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.apply)
        self.claimant.textEdited.connect(lambda _t: setattr(self, "_exact_claimant", None))
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.apply)
            edit.textEdited.connect(lambda _t, e=edit: e.setStyleSheet(""))
        self.claim_type.currentIndexChanged.connect(lambda _i: self.apply())
        self.attribution.currentIndexChanged.connect(lambda _i: self.apply())
        self.reviewed_only.toggled.connect(scope.set_reviewed_only)
        self.clear.clicked.connect(self.clear_all)

    def _line(self, name: str, placeholder: str, width: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(width)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # ------------------------------------------------------------------ the schema's values
    def set_schema(self, schema: Schema) -> None:
        """The claim types and attributions the schema knows (a project may carry its own)."""
        claim = schema.roles.claim
        label = schema.label(claim) if claim and schema.has_label(claim) else None
        for combo, attr, anyone in (
                (self.claim_type, "claim_type", translate("Ledger", "Any claim type")),
                (self.attribution, "attribution", translate("Ledger", "Any attribution"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anyone, None)
            a = label.attribute(attr) if label is not None else None
            for value in (a.values if a is not None else ()):
                combo.addItem(a.value_name(value, lang()), value)
            combo.blockSignals(False)

    def layer_changed(self, layer: str) -> None:
        self.reviewed_only.setVisible(layer == GOLD)

    # ------------------------------------------------------------------ filters
    def apply(self) -> None:
        self._timer.stop()
        start, end = self.date_from.text().strip(), self.date_to.text().strip()
        try:
            bounds(start or None, end or None)
        except ValueError as exc:
            bad = self.date_from if start and not self._placeable(start) else self.date_to
            bad.setStyleSheet(_BAD)
            self.problem.emit(translate("Ledger", "Not a date range: {why}").format(why=exc))
            return
        claimant = self.claimant.text().strip()
        exact = self._exact_claimant is not None and claimant == self._exact_claimant
        self.scope.update(
            claimant=claimant or None, claimant_exact=exact,
            claim_type=self.claim_type.currentData(), attribution=self.attribution.currentData(),
            date_from=start or None, date_to=end or None,
            document=self.document.text().strip() or None)

    @staticmethod
    def _placeable(value: str) -> bool:
        try:
            bounds(value or None, None)
        except ValueError:
            return False
        return True

    def set_claimant(self, name: str) -> None:
        """Claims made by one actor (exactly that canonical name)."""
        self.claimant.setText(name)
        self._exact_claimant = name
        self.apply()

    def set_document(self, doc_id: str) -> None:
        self.document.setText(doc_id)
        self.apply()

    def clear_all(self) -> None:
        for edit in (self.claimant, self.date_from, self.date_to, self.document):
            edit.clear()
            edit.setStyleSheet("")
        self._exact_claimant = None
        for combo in (self.claim_type, self.attribution):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply()


__all__ = ["FilterBar"]
