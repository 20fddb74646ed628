"""The actor index's Qt models: one row per actor (canonical name, type, mentions,
variants, claims made, claims about), sorted and searched through a proxy, and the
variants of the current actor with their counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from desktop.core.analysis.actors import Actor
from desktop.core.folding import fold_string
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.analysis.tips import plain_tip
from desktop.ui.shell.i18n import lang, translate
from desktop.ui.table_model import ReadOnlyTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACTOR_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
             | Qt.AlignmentFlag.AlignVCenter)
_NUMBER = int(Qt.AlignmentFlag.AlignCenter)


class ActorModel(ReadOnlyTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Actor (canonical name)"),
        QT_TRANSLATE_NOOP("Columns", "Type"),
        QT_TRANSLATE_NOOP("Columns", "Mentions"),
        QT_TRANSLATE_NOOP("Columns", "Variants"),
        QT_TRANSLATE_NOOP("Columns", "Claims made"),
        QT_TRANSLATE_NOOP("Columns", "Claims about"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.actors: list[Actor] = []
        self.type_attr = None  # the schema's ACTOR type attribute (its display names)
        self._folded: list[str] = []

    def set_actors(self, actors: list[Actor], type_attr=None) -> None:
        self.beginResetModel()
        self.actors = actors
        self.type_attr = type_attr
        self._folded = [fold_string(" ".join([a.canonical, *a.variants])) for a in actors]
        self.endResetModel()

    def folded(self, row: int) -> str:
        return self._folded[row]

    def type_name(self, value: str) -> str:
        if not value:
            return ""
        return self.type_attr.value_name(value, lang()) if self.type_attr else value

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actors)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.actors):
            return None
        a, col = self.actors[index.row()], index.column()
        numbers = (a.mentions, len(a.variants), a.claims_made, a.claims_about)
        if role == Qt.ItemDataRole.DisplayRole:
            from desktop.ui.shell.language import number

            if col == 0:
                return a.canonical
            if col == 1:
                return self.type_name(a.type)
            return number(numbers[col - 2])
        if role == SORT_ROLE:
            return (a.canonical, a.type)[col] if col < 2 else numbers[col - 2]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col == 0 else (_NUMBER if col >= 2 else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip("\n".join([a.canonical, *(f"{text} ×{n}" for text, n
                                                         in list(a.variants.items())[:12])]))
        if role == ACTOR_ROLE:
            return a
        return None


class ActorProxy(QSortFilterProxyModel):
    """Sorts by the raw values (counts as numbers) and keeps the actors whose canonical
    name or a variant holds the folded search text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = fold_string(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.needle:
            return True
        return self.needle in self.sourceModel().folded(row)


class VariantModel(ReadOnlyTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Variant"), QT_TRANSLATE_NOOP("Columns", "Count"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []

    def set_actor(self, actor: Actor | None) -> None:
        self.beginResetModel()
        self.rows = list(actor.variants.items()) if actor is not None else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        text, n = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from desktop.ui.shell.language import number

            return " ".join(text.split()) if index.column() == 0 else number(n)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == 0 else _NUMBER
        return None


def variants_text(actor: Actor) -> str:
    return translate("Actors", "{name}: {n} mention(s) under {k} form(s)").format(
        name=actor.canonical, n=actor.mentions, k=len(actor.variants))


__all__ = ["ACTOR_ROLE", "SORT_ROLE", "ActorModel", "ActorProxy", "VariantModel",
           "variants_text"]
