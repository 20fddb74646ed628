"""Relations of the selected span, with delete; while a relation is pending, the spans
it may point to, to pick from (as well as clicking one in the article)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Relation, Span
from desktop.ui.shell.i18n import label_name, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


class RelationPanel(QWidget):
    deleteRequested = Signal(str)  # relation id
    candidatePicked = Signal(str)  # span id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("relationPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget(self)
        self.list.setObjectName("relationList")
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.delete_button = QPushButton(translate("Relations", "Delete relation"), self)
        self.delete_button.setObjectName("relationDelete")
        self.delete_button.clicked.connect(self._delete_current)
        self.delete_button.setEnabled(False)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("relationPending")
        self.pending_label.setWordWrap(True)
        self.pending_label.setTextFormat(Qt.TextFormat.PlainText)
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("relationCandidates")
        self.candidates.itemActivated.connect(self._picked)
        self.candidates.itemClicked.connect(self._picked)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.candidates)
        self.list.currentRowChanged.connect(
            lambda row: self.delete_button.setEnabled(row >= 0))
        self.show_pending(None, [])

    def show_relations(self, span: Span | None, relations: list[Relation],
                       spans: dict[str, Span], schema=None) -> None:
        self.list.clear()
        if span is None:
            return
        for rel in relations:
            outgoing = rel.head == span.id
            other = spans.get(rel.tail if outgoing else rel.head)
            what = label_name(schema, other.label) if other else "?"
            shown = f"«\u2068{_short(other.text)}\u2069»" if other else ""
            # the arrows are translated: head → tail reads ← from right to left
            arrow = translate("Relations", "→") if outgoing else translate("Relations", "←")
            text = f"{label_name(schema, rel.type)} {arrow} {what} {shown}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, rel.id)
            self.list.addItem(item)
        self.delete_button.setEnabled(self.list.currentRow() >= 0)

    def relation_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def show_pending(self, prompt: str | None, candidates: list[Span], schema=None) -> None:
        self.candidates.clear()
        visible = prompt is not None
        self.pending_label.setVisible(visible)
        self.candidates.setVisible(visible)
        if not visible:
            return
        self.pending_label.setText(prompt)
        for s in candidates:
            item = QListWidgetItem(f"{label_name(schema, s.label)} «\u2068{_short(s.text)}\u2069»")
            item.setData(ID_ROLE, s.id)
            self.candidates.addItem(item)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.list.hasFocus():
            self._delete_current()
            return
        super().keyPressEvent(event)

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.deleteRequested.emit(item.data(ID_ROLE))

    def _picked(self, item: QListWidgetItem) -> None:
        self.candidatePicked.emit(item.data(ID_ROLE))
