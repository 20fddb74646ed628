"""The review list: one row per candidate of the current document (a span or relation
that some annotator made), with the kind of (dis)agreement as a colour AND a text tag,
who has it, the version to accept, and whether gold has it.

A Qt table model over ``desktop.core.adjudication.differences``; the rules live there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.i18n import label_name, translate
from desktop.ui.table_model import ReadOnlyTableModel

if TYPE_CHECKING:
    from desktop.core.adjudication import Difference

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Kind"), QT_TRANSLATE_NOOP("Columns", "Label"), QT_TRANSLATE_NOOP("Columns", "Text"),
           QT_TRANSLATE_NOOP("Columns", "Annotators"), QT_TRANSLATE_NOOP("Columns", "Gold"))
KINDS = {"boundary": QT_TRANSLATE_NOOP("Review", "boundary"), "label": QT_TRANSLATE_NOOP("Review", "label"),
         "agreed": QT_TRANSLATE_NOOP("Review", "agreed")}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

# One colour per kind (the text tag is the non-colour cue)
KIND_COLORS = {
    "only_some": "#ef6c00",  # orange
    "boundary": "#7b1fa2",  # purple
    "label": "#c62828",  # red
    "attribute": "#1565c0",  # blue
    "agreed": "#2e7d32",  # green
}
KIND_ORDER = ("only_some", "boundary", "label", "attribute", "agreed")


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def kind_text(d: Difference) -> str:
    """The text tag of a candidate's kind: "only amal", "boundary", "label",
    "attribute: type", "agreed"."""
    if d.kind == "only_some":
        return translate("Review", "only {names}").format(names=", ".join(d.annotators))
    if d.kind == "attribute":
        return translate("Review", "attribute: {names}").format(names=", ".join(d.attributes))
    return translate("Review", KINDS[d.kind]) if d.kind in KINDS else d.kind


def _icon(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(QColor(color).darker(150))
    p.drawRoundedRect(1, 1, 10, 10, 2, 2)
    p.end()
    return QIcon(pix)


class DifferenceModel(ReadOnlyTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.schema = None  # for display names
        self.rows: list[Difference] = []
        self.states: dict[str, str] = {}  # key -> "accept" | "reject" (standing decision)
        self.texts: dict[str, str] = {}  # key -> text shown (relations: head → tail)
        self.choice: dict[str, str] = {}  # key -> annotator whose version G accepts
        self._icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[Difference], states: dict[str, str],
                 texts: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.states = dict(states)
        self.texts = dict(texts)
        keys = {d.key for d in rows}
        self.choice = {k: v for k, v in self.choice.items() if k in keys}
        self.endResetModel()

    def row_of(self, key: str | None) -> int | None:
        if key is None:
            return None
        for i, d in enumerate(self.rows):
            if d.key == key:
                return i
        return None

    def version(self, d: Difference) -> str | None:
        """The annotator whose version of ``d`` is accepted (the first who has it)."""
        chosen = self.choice.get(d.key)
        if chosen in d.annotators:
            return chosen
        return d.annotators[0] if d.annotators else None

    def cycle_version(self, row: int) -> str | None:
        d = self.rows[row]
        if not d.annotators:
            return None
        now = self.version(d)
        i = d.annotators.index(now) if now in d.annotators else -1
        self.choice[d.key] = d.annotators[(i + 1) % len(d.annotators)]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return self.choice[d.key]

    def gold_text(self, d: Difference) -> str:
        if d.in_gold:
            return translate("Review", "✓ in gold")
        if self.states.get(d.key) == "reject":
            return translate("Review", "✗ rejected")
        return ""

    def annotators_text(self, d: Difference) -> str:
        if len(d.annotators) < 2 or d.kind != "attribute":
            return ", ".join(d.annotators)
        chosen = self.version(d)
        return "  ".join(("●" if n == chosen else "○") + n for n in d.annotators)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return kind_text(d)
            if col == 1:
                name = label_name(self.schema, d.label)
                arrow = translate("Review", "→")  # ← in a right-to-left interface
                return name if d.item == "span" else f"{arrow} {name}"
            if col == 2:
                return short(self.texts.get(d.key, d.text))
            if col == 3:
                return self.annotators_text(d)
            return self.gold_text(d)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            icon = self._icons.get(d.kind)
            if icon is None:
                icon = self._icons[d.kind] = _icon(KIND_COLORS.get(d.kind, "#9e9e9e"))
            return icon
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4 and not d.in_gold and self.states.get(d.key) == "reject":
                return QColor("#b71c1c")
            if col == 4 and d.in_gold:
                return QColor("#1b5e20")
            if d.kind == "agreed" and col != 4:
                return QColor("#616161")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f"\u2066[{d.start}, {d.end})\u2069"  # left to right in Arabic too
            lines = [f"{kind_text(d)} — {d.label} {where}"]
            for name in d.annotators:
                src = d.spans.get(name)
                if src is not None:
                    from desktop.ui.annotate.span_table import attrs_text

                    attrs = attrs_text(src, self.schema)
                    attrs = attrs or translate("Review", "(no attributes)")
                    lines.append(f"{name}: {attrs}")
            if d.missing:
                lines.append(translate("Review", "missing for: {names}").format(
                    names=", ".join(d.missing)))
            from desktop.ui.shell.plain import plain_tip

            return plain_tip("\n".join(lines))
        if role == KEY_ROLE:
            return d.key
        if role == KIND_ROLE:
            return d.kind
        return None



__all__ = ["COLUMNS", "KEY_ROLE", "KIND_COLORS", "KIND_ROLE", "DifferenceModel", "kind_text"]
