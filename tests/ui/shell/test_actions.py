"""The action table: every handler exists, the menus and the toolbar are built from it,
keys reach their actions on any layout, Help ▸ Keyboard shortcuts lists them, and the
key table of docs/window.md says the same as the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget

from desktop.core.schema import RESERVED_KEYS
from desktop.ui.shell.action_table import ACTIONS, MENUS
from tests.ui.conftest import key, select_word, type_char, view_of

DOCS = Path(__file__).resolve().parents[3] / "docs" / "window.md"
TEXT = "قال وزير الخارجية إن المحادثات ستبدأ يوم الأحد المقبل في بغداد."


@pytest.fixture
def window(make_project, open_window):
    return open_window(make_project([("d1", TEXT, {"published": "2018-09-24"}),
                                     ("d2", "نفى الجيش وقوع إصابات.")]))


def docs_keys() -> set[str]:
    """Every key in the first column of docs/window.md's Keys table."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## Keys"):]
    section = section[:section.index("\n## ", 3)]
    keys: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            keys.update(re.findall(r"`([^`]+)`", first))
    return keys


def test_every_handler_resolves_and_every_action_is_somewhere(window):
    for spec in window.actions.specs:
        assert callable(window.controller(spec.handler)), spec.id
        act = window.actions.action(spec.id)
        assert isinstance(act, QAction)
        if spec.name:
            assert window.findChild(QAction, spec.name) is act
    in_menus = {a for menu in window.actions.menus.values() for a in menu.actions()}
    for spec in window.actions.specs:
        if spec.menu is not None:
            assert window.actions.action(spec.id) in in_menus, spec.id
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == [title.replace("&", "") for _id, title in MENUS]


def test_docs_key_table_matches_the_action_table(window):
    documented = docs_keys()
    table = {k for spec in ACTIONS for k in (*spec.shortcuts, *spec.keys)}
    schema = window.session.schema
    from_schema = {lab.key for lab in schema.labels} | {r.key for r in schema.relations}
    assert table - documented == set(), "keys of the action table missing in docs/window.md"
    extra = documented - table - from_schema
    extra = {k for k in extra if not re.fullmatch(r"Alt\+\d", k) and k != "…"}
    assert extra == set(), "docs/window.md names keys no action has"


def test_bare_keys_avoid_the_schema_keys():
    bare = {k.split("+")[-1] for spec in ACTIONS for k in spec.keys if len(k.split("+")[-1]) == 1}
    assert bare <= RESERVED_KEYS | set("0123456789")
    assert {k for k in bare if k.isalpha()} == RESERVED_KEYS


def test_keys_reach_their_actions_on_an_arabic_layout(window, qtbot):
    select_word(window, "وزير الخارجية")
    type_char(window, "٢")  # Arabic-Indic two: ACTOR
    assert [s.label for s in window.session.ann.spans] == ["ACTOR"]
    type_char(window, "ى")  # the letter on N: next suggestion
    assert window.suggestions.current_suggestion() is not None
    type_char(window, "غ")  # Y: accept it
    assert sorted(s.label for s in window.session.ann.spans) == ["ACTOR", "DATE"]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in window.session.ann.spans] == ["ACTOR"]
    assert "Undone" in window.last_notice


def test_menu_shows_the_bare_keys(window):
    act = window.findChild(QAction, "actionNextDate")
    assert act.text().endswith("\tN")
    assert window.findChild(QAction, "actionAccept").text().split("\t")[1].startswith("G")


def test_shortcuts_window_lists_every_key_with_its_arabic_key(window, qtbot):
    window.findChild(QAction, "actionShortcuts").trigger()
    dialog = window.findChild(object, "shortcutsWindow")
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}
    assert rows["Next suggestion"] == ("N", "ى")
    assert rows["Undo"][0] == "Ctrl+Z"
    assert rows["2 ACTOR"][1].startswith("٢")
    dialog.close()


def test_the_review_hint_is_built_from_the_table(window):
    hint = window.findChild(object, "reviewKeys").text()
    assert hint.startswith("J Next difference")
    assert "Ctrl+Shift+U" in hint
    view_of(window).setFocus()


def test_file_quit_closes_the_window(window, qtbot):
    """Quit's handler is a Qt method (QWidget.close), which has no Python signature: the
    registry calls it all the same, with no traceback."""
    quit_action = window.findChild(QAction, "actionQuit")
    assert quit_action is not None
    quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_review_hint_names_the_review_menus_key_and_action(window):
    """In review mode Ctrl+Enter marks the document reviewed (the Review menu, the
    README): the hint says that, with the menu's own key name and words."""
    hint = window.findChild(object, "reviewKeys").text()
    item = window.findChild(QAction, "actionMarkReviewed")
    words, shown_key = item.text().replace("&", "").split("\t")
    assert shown_key == "Ctrl+Enter"
    assert hint.split(" · ")[-1] == f"{shown_key} {words}" == "Ctrl+Enter Mark reviewed and open next"
    assert "done" not in hint and "Return" not in hint.split(" · ")[-1]
    readme = (DOCS.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`Ctrl+Enter` marks the document reviewed" in readme
