"""The actor index dock (``actorIndex``): every actor of the layer the window edits by
canonical name, with its type, mentions, variants and the claims it made and those about
it (``desktop.store.actors.actor_index``, read on the views' thread: seconds at 100,000
documents); the current actor's variants beside it; and renaming or merging canonical
names.

Renaming gives every mention of the selected actors, in every document of the layer,
the new canonical name in one undoable step (``merge_canonical`` → ``Session.run_across``):
it goes on the open document's undo stack (Ctrl+Z there undoes it; it is refused if one
of its mentions was edited since), and the undo histories of the other documents it
changed are cleared (docs/analysis.md, "Renaming: where the undo lives").
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import quote
from desktop.core.model import ModelError
from desktop.store.changes import change_stamp
from desktop.ui.analysis.actor_model import ACTOR_ROLE, ActorModel, ActorProxy, VariantModel
from desktop.ui.analysis.dockview import DockView
from desktop.ui.analysis.reader import Reader
from desktop.ui.analysis.scope import Scope, layer_exists
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session


def _table(parent: QWidget, name: str, mode) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(mode)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


class ActorPanel(QWidget):
    def __init__(self, proxy: ActorProxy, variants: VariantModel, parent=None):
        super().__init__(parent)
        self.setObjectName("actorPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("actorSearch")
        self.search.setPlaceholderText(translate("Actors", "Find an actor (any of its names)"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.status = QLabel(self)
        self.status.setObjectName("actorStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.status)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = _table(split, "actorIndex",
                            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # most mentions first
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 110), (2, 80), (3, 70), (4, 90), (5, 90)):
            self.table.setColumnWidth(col, width)
        self.variants = _table(split, "actorVariants",
                               QAbstractItemView.SelectionMode.SingleSelection)
        self.variants.setModel(variants)
        vh = self.variants.horizontalHeader()
        vh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        vh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("actorNewName")
        self.new_name.setPlaceholderText(translate("Actors", "New canonical name for the selected actors"))
        bottom.addWidget(self.new_name, 1)
        self.rename = QPushButton(translate("Actors", "Rename"), self)
        self.rename.setObjectName("actorRename")
        self.rename.setToolTip(translate("Actors", "Give every mention of the selected actors this "
                                         "canonical name, in every document (one undo step); "
                                         "several selected: they are merged"))
        bottom.addWidget(self.rename)
        self.claims = QPushButton(translate("Actors", "Show its claims"), self)
        self.claims.setObjectName("actorClaims")
        bottom.addWidget(self.claims)
        layout.addLayout(bottom)


class ActorsController(DockView):
    REFRESH_MS = 400
    claimsRequested = Signal(str)  # the ledger, filtered by this claimant

    def __init__(self, session: Session, scope: Scope, reader: Reader, dock_parent: QWidget,
                 parent: QObject | None = None):
        model, proxy, variants = ActorModel(), ActorProxy(), VariantModel()
        proxy.setSourceModel(model)
        panel = ActorPanel(proxy, variants)
        super().__init__(session, scope, translate("Actors", "Actor index"), "actorDock",
                         panel, dock_parent, parent)
        self.setObjectName("actors")
        for m in (model, proxy, variants):
            m.setParent(self)
        self.model, self.proxy, self.variants, self.panel = model, proxy, variants, panel
        self.reader = reader
        self.table = panel.table
        self._stamp = None
        self._gen = 0
        self._select_next: list[str] | None = None  # what to select once read (a rename)
        panel.search.textChanged.connect(proxy.set_needle)
        panel.new_name.returnPressed.connect(self.rename_selected)
        panel.rename.clicked.connect(self.rename_selected)
        panel.claims.clicked.connect(self._claims)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        scope.changed.connect(self._forget)

    def _forget(self) -> None:
        self._stamp = None  # another layer: show what is read whatever the stamp says

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        """Ask the views' thread for the index (kept there while the file is unchanged)."""
        from desktop.store.actors import actor_index

        self._gen += 1
        gen, layer, unreviewed = self._gen, self.scope.layer, self.scope.include_unreviewed
        if self.model.rowCount() == 0:
            self.panel.status.setText(translate("Actors", "Reading the actors…"))

        def read(project):
            stamp = change_stamp(project)
            if not layer_exists(project, layer):
                return stamp, []
            return stamp, actor_index(project, layer, include_unreviewed=unreviewed)

        self.reader.ask("actors.index", read, lambda r: self._read(gen, *r),
                        lambda why: self.panel.status.setText(
                            translate("Actors", "The actors could not be read: {why}").format(why=why)))

    def _read(self, gen: int, stamp, actors) -> None:
        if gen != self._gen:
            return
        if stamp == self._stamp and self.model.actors:
            return  # nothing changed: the selection stays as it is
        self._stamp = stamp
        keep = self._select_next or self.selected_names()
        self._select_next = None
        schema = self.session.schema
        actor_label = schema.roles.actor
        type_attr = None
        if actor_label and schema.has_label(actor_label) and schema.roles.actor_type:
            type_attr = schema.label(actor_label).attribute(schema.roles.actor_type)
        self.model.set_actors(actors, type_attr)
        self.select_names(keep)
        self._status()

    def _status(self) -> None:
        from desktop.ui.shell.language import number

        actors = self.model.actors
        self.panel.status.setText(translate("Actors", "{n} actor(s), {m} mention(s)").format(
            n=number(len(actors)), m=number(sum(a.mentions for a in actors))))

    # ------------------------------------------------------------------ selection
    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ACTOR_ROLE).canonical for r in rows]

    def select_names(self, names: list[str]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        wanted = set(names)
        first = None
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ACTOR_ROLE).canonical in wanted:
                flags = (QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
                sel.select(index, flags)
                first = first or index
        if first is not None:
            sel.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)
        self._selected()

    def _selected(self) -> None:
        current = self.table.currentIndex()
        names = self.selected_names()
        actor = current.data(ACTOR_ROLE) if current.isValid() else None
        self.variants.set_actor(actor)
        self.panel.rename.setText(translate("Actors", "Merge") if len(names) > 1
                                  else translate("Actors", "Rename"))
        if names and not self.panel.new_name.hasFocus():
            self.panel.new_name.setText(names[0])

    def _claims(self) -> None:
        names = self.selected_names()
        if names:
            self.claimsRequested.emit(names[0])

    # ------------------------------------------------------------------ renaming
    def rename_dialog(self) -> None:
        """Analysis ▸ Rename or merge actors: the field under the index, ready to type."""
        self.toggle(True)
        self.panel.new_name.setFocus()
        self.panel.new_name.selectAll()

    def rename_selected(self) -> bool:
        return self.rename(self.selected_names(), self.panel.new_name.text())

    def rename(self, names: list[str], new: str) -> bool:
        """Give the actors ``names`` the canonical name ``new`` across the layer, in one
        undoable step on the open document's stack."""
        from desktop.core.analysis.actors import merge_canonical
        from desktop.store.actors import actor_spans

        s = self.session
        if not names:
            s.message(translate("Actors", "Select one or more actors to rename"))
            return False
        if s.doc is None:
            s.message(translate("Actors", "Open a document first: a rename is undone from its undo history"))
            return False
        layer = s.edit_layer
        spans = [sp for name in dict.fromkeys(names) for sp in actor_spans(s.project, layer, name)]
        try:
            op = merge_canonical(spans, names, new, layer=layer)
        except ModelError as exc:
            s.message(translate("Actors", "Not renamed: {why}").format(why=exc))
            return False
        documents = {sp.doc_id for sp in op.after}
        if not s.run_across(op, documents):
            return False
        s.message(translate("Actors", "{n} mention(s) in {d} document(s) are now {name} "
                            "(one step: Ctrl+Z in this document undoes it)").format(
            n=len(op.after), d=len(documents), name=quote(op.name)), 0)
        self.panel.new_name.clear()
        self._select_next = [op.name]
        self.load()
        return True


__all__ = ["ActorPanel", "ActorsController"]
