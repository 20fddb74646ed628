"""The window's actions, built from ``action_table`` (and from the schema's labels and
relation types): QActions in their menus and on the toolbar, and the key router that
gives the bare keys (N, J, 1, S…) to the action they belong to.

The router is an event filter on the widgets that read bare keys (the article, the span
table, the review list): a key press there becomes ``(modifiers, key)`` — the Latin
letter of the key whatever the layout, the digit whatever the script — and triggers the
action whose ``keys`` hold it in the current mode. Window shortcuts (Ctrl+Z…) are the
QActions' own; when one reaches such a widget as a plain key press (the window was not
active), the router triggers it too.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QToolBar, QWidget

from desktop.core.schema import Schema
from desktop.ui.annotate.keys import ARABIC_LAYOUT, digit_of, letter_of
from desktop.ui.shell.action_table import ACTIONS, MENUS, ActionSpec
from desktop.ui.shell.i18n import label_name, translate
from desktop.ui.shell.plain import plain_tip

_LATIN_TO_ARABIC = {latin: arabic for arabic, latin in ARABIC_LAYOUT.items()}
_INDIC = {str(d): chr(0x0660 + d) for d in range(10)}
_SPECIAL = {
    Qt.Key.Key_Return: "Return", Qt.Key.Key_Enter: "Enter", Qt.Key.Key_Escape: "Escape",
    Qt.Key.Key_Delete: "Delete", Qt.Key.Key_Backspace: "Backspace",
}
_CTRLISH = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)

Resolver = Callable[[str], Callable]


def schema_actions(schema: Schema) -> list[ActionSpec]:
    """One action per label (its digit tags, Alt+digit tags the exact selection) and per
    relation type (its letter starts the relation), from the schema."""
    out = []
    for lab in schema.labels:
        out.append(ActionSpec(
            f"tag.{lab.name}", lab.name, "tagging.label_key", "tag",
            keys=(lab.key, f"Alt+{lab.key}"), name=f"tag_{lab.name}", toolbar=True,
            args=(lab.key,)))
    for i, rel in enumerate(schema.relations):
        out.append(ActionSpec(
            f"relation.{rel.name}", rel.name, "tagging.relation_key", "tag",
            keys=(rel.key,), name=f"relation_{rel.name}", toolbar=True,
            separator=i == 0, args=(rel.key,)))
    return out


def key_alternatives(key: str) -> str:
    """The same bare key on an Arabic layout: the letter on it, the Arabic-Indic digit
    ("" for shortcuts with Ctrl: Qt matches those on the key's Latin letter)."""
    if "Ctrl+" in key or "Meta+" in key:
        return ""
    bare = key.split("+")[-1]
    alt = _LATIN_TO_ARABIC.get(bare) or _INDIC.get(bare)
    if not alt:
        return ""
    return key[: len(key) - len(bare)] + alt


def key_text(key: str) -> str:
    """A bare key as a menu shows it; in a right-to-left interface isolated left to right
    (U+2066…U+2069), or Ctrl++ would read ++Ctrl and Alt+1 1+Alt."""
    text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text


class Actions(QObject):
    """The QActions of one window, by id."""

    def __init__(self, owner: QWidget, schema: Schema, resolve: Resolver,
                 mode: Callable[[], str]):
        super().__init__(owner)
        self.setObjectName("actions")
        self.owner = owner
        self.resolve = resolve
        self.mode = mode  # "annotate" | "review", now
        self.schema = schema
        self.specs: list[ActionSpec] = [*ACTIONS, *schema_actions(schema)]
        self.by_id = {s.id: s for s in self.specs}
        self.qactions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._sequences: list[tuple[QKeySequence, ActionSpec]] = []
        for spec in self.specs:
            self._make(spec)

    # ------------------------------------------------------------------ building
    def text(self, spec: ActionSpec) -> str:
        if spec.id.startswith("tag."):
            lab = self.schema.label(spec.text)
            return f"{lab.key} {label_name(self.schema, lab.name)}"
        if spec.id.startswith("relation."):
            rel = self.schema.relation(spec.text)
            return f"{rel.key} {label_name(self.schema, rel.name)}"
        return translate("Actions", spec.text)

    def tooltip(self, spec: ActionSpec) -> str:
        if spec.id.startswith("tag."):
            lab = self.schema.label(spec.text)
            return translate("Actions", "{name} (key {key}; Alt+{key}: exact selection)\n{help}").format(
                name=label_name(self.schema, lab.name), key=lab.key,
                help=lab.description_in(_lang()))
        if spec.id.startswith("relation."):
            rel = self.schema.relation(spec.text)
            return translate("Actions", "{name}: {head} → {tail} (key {key})\n{help}").format(
                name=label_name(self.schema, rel.name),
                head="/".join(label_name(self.schema, h) for h in rel.head),
                tail="/".join(label_name(self.schema, t) for t in rel.tail),
                key=rel.key, help=rel.description_in(_lang()))
        return translate("Actions", spec.tip) if spec.tip else ""

    def _make(self, spec: ActionSpec) -> QAction:
        act = QAction(self.text(spec), self.owner)
        if spec.name:
            act.setObjectName(spec.name)
        if spec.shortcuts:
            seqs = [QKeySequence(s) for s in spec.shortcuts]
            act.setShortcuts(seqs)
            self._sequences.extend((seq, spec) for seq in seqs)
        tip = self.tooltip(spec)
        if tip:  # a project's own schema is data: its descriptions show as plain text
            act.setToolTip(plain_tip(tip))
            act.setStatusTip(tip.split("\n")[0])
        if spec.checkable:
            act.setCheckable(True)
            act.toggled.connect(lambda on, s=spec: self.call(s, on))
        else:
            act.triggered.connect(lambda _checked=False, s=spec: self.call(s))
        self.owner.addAction(act)  # shortcuts work wherever the focus is in the window
        self.qactions[spec.id] = act
        return act

    def menu_text(self, spec: ActionSpec) -> str:
        """The action's text with its bare keys in the menu's shortcut column (and, right
        to left, its shortcut isolated: Qt's own column would show Ctrl++ as ++Ctrl)."""
        base = self.text(spec)
        keys = [k for k in spec.keys if not k.startswith("Alt+")]
        if keys and not spec.shortcuts:
            return f"{base}\t{' / '.join(key_text(k) for k in keys)}"
        if spec.via:  # a key another action handles in this action's mode
            return f"{base}\t{key_text(spec.via)}"
        if spec.shortcuts and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return f"{base}\t{key_text(spec.shortcuts[0])}"
        return base

    def build_menus(self, bar: QMenuBar) -> None:
        for menu_id, title in MENUS:
            menu = bar.addMenu(translate("Menus", title))
            menu.setObjectName(f"{menu_id}Menu")
            self.menus[menu_id] = menu
        for spec in self.specs:
            if spec.menu is None:
                continue
            menu = self.menus[spec.menu]
            if spec.separator and menu.actions():
                menu.addSeparator()
            act = self.qactions[spec.id]
            text = self.menu_text(spec)
            if text != act.text():
                act.setText(text)
                act.setIconText(self.text(spec))
            menu.addAction(act)
        # review mode is also the first item of the Review menu
        review = self.menus["review"]
        first = review.actions()[0] if review.actions() else None
        review.insertAction(first, self.qactions["view.review_mode"])

    def build_toolbar(self, toolbar: QToolBar, ids: Iterable[str] | None = None) -> None:
        last_kind = None
        for spec in self.specs:
            if not spec.toolbar or (ids is not None and spec.id not in ids):
                continue
            kind = spec.id.split(".")[0]
            if last_kind is not None and kind != last_kind:
                toolbar.addSeparator()
            last_kind = kind
            act = self.qactions[spec.id]
            toolbar.addAction(act)
            if spec.keys and not spec.shortcuts and "\t" in act.text():
                act.setIconText(self.text(spec))

    def action(self, action_id: str) -> QAction:
        return self.qactions[action_id]

    # ------------------------------------------------------------------ triggering
    def call(self, spec: ActionSpec, *extra, **kwargs):
        handler = self.resolve(spec.handler)
        if spec.id.startswith("tag.") and "exact" not in kwargs and not extra:
            mods = QApplication.keyboardModifiers()
            kwargs["exact"] = bool(mods & Qt.KeyboardModifier.AltModifier)
        args = (*spec.args, *extra)
        try:
            inspect.signature(handler).bind(*args, **kwargs)
        except TypeError:  # the handler takes no such keyword
            kwargs = {}
        except ValueError:  # a Qt method (QWidget.close): no signature to bind against
            kwargs = {}
        return handler(*args, **kwargs)

    # ------------------------------------------------------------------ the key router
    def route(self, event, *, article: bool) -> bool:
        """Give a key press to its action; True when one took it."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & _CTRLISH:
            return self._shortcut_fallback(event, mods)
        name = _SPECIAL.get(Qt.Key(event.key())) if event.key() in _SPECIAL else None
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if name is None:
            digit = digit_of(event)
            if digit is not None:
                name = f"Alt+{digit}" if alt else digit
            elif not alt:
                name = letter_of(event)
            if name is None:
                return False
        elif alt:
            return False
        if mods & Qt.KeyboardModifier.ShiftModifier and name not in ("Delete", "Backspace"):
            name = f"Shift+{name}"
        mode = self.mode()
        for spec in self.specs:
            if name not in spec.keys or (spec.mode != "both" and spec.mode != mode):
                continue
            if spec.article_only and not article:
                continue
            kwargs = {"exact": True} if name.startswith("Alt+") else {}
            if spec.id.startswith("tag."):
                kwargs.setdefault("exact", False)
            result = self.call(spec, **kwargs)
            if result is False:
                continue  # the handler had nothing to do with it: let the key go on
            return True
        return False

    def _shortcut_fallback(self, event, mods) -> bool:
        combos = [QKeySequence(event.keyCombination())]
        if mods & Qt.KeyboardModifier.ShiftModifier:  # Ctrl++ may come as Ctrl+Shift+=
            plain = mods & ~Qt.KeyboardModifier.ShiftModifier
            combos.append(QKeySequence(plain | Qt.Key(event.key())))
        for seq, spec in self._sequences:
            if any(seq.matches(c) == QKeySequence.SequenceMatch.ExactMatch for c in combos):
                act = self.qactions[spec.id]
                if act.isCheckable():
                    act.toggle()
                else:
                    act.trigger()
                return True
        return False


_KEY_PRESS = QEvent.Type.KeyPress  # looked up once (an enum member's access is a call)


class KeyRouter(QObject):
    """The event filter that hands bare keys to ``Actions.route``."""

    def __init__(self, actions: Actions, article: QWidget):
        super().__init__(actions)
        self.actions = actions
        self.article = article

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == _KEY_PRESS:  # (every event of the watched widgets passes here)
            return self.actions.route(event, article=obj is self.article)
        return False


def review_hint() -> str:
    """The keys under the review list («J Next difference · K Previous difference…»),
    from the action table (``REVIEW_HINT``)."""
    from desktop.ui.shell.action_table import REVIEW_HINT, by_id

    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    parts = []
    for action_id in REVIEW_HINT:
        spec = by_id(action_id)
        names = spec.keys or spec.shortcuts[:1] or ((spec.via,) if spec.via else ())
        keys = " / ".join(key_text(k) for k in names)
        if rtl:  # the keys together left to right («G / Return / Enter», not reversed)
            keys = f"\u2066{keys}\u2069"
        parts.append(f"{keys} {translate('Actions', spec.text).replace('&', '').rstrip('…')}")
    return " · ".join(parts)


def _lang() -> str:
    from desktop.ui.shell.i18n import lang

    return lang()


__all__ = ["Actions", "KeyRouter", "key_alternatives", "key_text", "review_hint",
           "schema_actions"]
