"""Help ▸ Keyboard shortcuts: every action's keys, from the action table, in the
interface's language, with the same keys on an Arabic layout (the letter on the key,
the Arabic-Indic digit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui.shell.action_table import MENUS
from desktop.ui.shell.actions import Actions, key_alternatives, key_text
from desktop.ui.shell.i18n import translate

HEADERS = (QT_TRANSLATE_NOOP("Shortcuts", "Menu"), QT_TRANSLATE_NOOP("Shortcuts", "Action"), QT_TRANSLATE_NOOP("Shortcuts", "Keys"),
           QT_TRANSLATE_NOOP("Shortcuts", "Arabic layout"), QT_TRANSLATE_NOOP("Shortcuts", "When"))
WHEN = {"annotate": QT_TRANSLATE_NOOP("Shortcuts", "annotating"), "review": QT_TRANSLATE_NOOP("Shortcuts", "reviewing"),
        "both": ""}


def rows(actions: Actions) -> list[tuple[str, str, str, str, str]]:
    """(menu, action, keys, Arabic-layout keys, when) for every action that has keys."""
    menus = {menu_id: translate("Menus", title).replace("&", "") for menu_id, title in MENUS}
    out = []
    for spec in actions.specs:
        keys = [*spec.shortcuts, *spec.keys]
        if not keys:
            continue
        shown = " / ".join(key_text(k) for k in keys)
        alternatives = " / ".join(a for k in keys if (a := key_alternatives(k)))
        text = actions.text(spec).replace("&", "")
        out.append((menus.get(spec.menu or "", ""), text, shown, alternatives,
                    translate("Shortcuts", WHEN[spec.mode]) if WHEN[spec.mode] else ""))
    return out


class ShortcutsWindow(QDialog):
    def __init__(self, parent: QWidget, actions: Actions):
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        data = rows(actions)
        table = QTableWidget(len(data), len(HEADERS), self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([translate("Shortcuts", h) for h in HEADERS])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(data):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c in (2, 3):  # keys read left to right in every language
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        layout.addWidget(table)
        self.table = table
        self.resize(760, 560)

    @classmethod
    def show_for(cls, parent: QWidget, actions: Actions) -> ShortcutsWindow:
        window = parent.findChild(cls, "shortcutsWindow")
        if window is None:
            window = cls(parent, actions)
        window.show()
        window.raise_()
        return window


__all__ = ["ShortcutsWindow", "rows"]
