"""The annotation panel beside the article: the layer's spans (``spanTable``), the
selected span's attributes (``attributePanel``) and relations (``relationPanel``), kept
in step with the session. Edits made in them go back through the tagging controller."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core.annotating import relations_of
from desktop.ui.annotate.attribute_panel import AttributePanel
from desktop.ui.annotate.relation_panel import RelationPanel
from desktop.ui.annotate.span_table import SpanTable
from desktop.ui.annotate.tagging import TaggingController
from desktop.ui.shell.session import Session


class PanelsController(QObject):
    def __init__(self, session: Session, tagging: TaggingController, spans: SpanTable,
                 attributes: AttributePanel, relations: RelationPanel,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("panels")
        self.session = session
        self.tagging = tagging
        self.span_table = spans
        self.attribute_panel = attributes
        self.relation_panel = relations
        self._shown_revision = -1
        session.annotationsChanged.connect(self._annotations_changed)
        session.selectionChanged.connect(self._selection_changed)
        session.pendingChanged.connect(self._pending_changed)
        session.projectChanged.connect(lambda: self._annotations_changed(None))
        spans.spanSelected.connect(self._row_selected)
        attributes.attributeChanged.connect(self._attribute_edited)
        attributes.commentChanged.connect(self._comment_edited)
        relations.deleteRequested.connect(tagging.delete_relation)
        relations.candidatePicked.connect(tagging.pick_tail)

    # ------------------------------------------------------------------ from the session
    def _annotations_changed(self, delta) -> None:
        s = self.session
        if self._shown_revision != s.revision:
            if delta is not None and self._shown_revision == s.revision - 1:
                self.span_table.apply(delta, s.ann.spans, s.schema, s.selected)
            else:
                self.span_table.set_spans(s.ann.spans, s.schema, s.selected)
            self._shown_revision = s.revision
        self._show_selected()
        self._shown_selection = (s.revision, s.selected)

    _shown_selection: tuple | None = None

    def _selection_changed(self, _span_id) -> None:
        s = self.session
        if self._shown_selection == (s.revision, s.selected):
            return  # shown already with the edit that selected it
        self.span_table.select_span(s.selected)
        self._show_selected()
        self._shown_selection = (s.revision, s.selected)

    def _show_selected(self) -> None:
        s = self.session
        span = s.selected_span
        self.attribute_panel.show_span(span, s.schema)
        rels = relations_of(s.ann.relations, span.id) if span else []
        self.relation_panel.show_relations(span, rels, s.spans, s.schema)

    def _pending_changed(self, rtype) -> None:
        if rtype is None:
            self.relation_panel.show_pending(None, [])
        else:
            self.relation_panel.show_pending(self.tagging.pending_prompt(),
                                             self.tagging.candidates(), self.session.schema)

    # ------------------------------------------------------------------ from the panels
    def _row_selected(self, span_id: str) -> None:
        self.session.select(span_id or None)
        if span_id and span_id in self.session.spans:
            self.tagging.view.place_caret(self.session.spans[span_id].start)

    def _attribute_edited(self, span_id: str, name: str, value: str) -> None:
        if not self.tagging.set_attribute(span_id, name, value):
            self._show_selected()  # put the editor back to the stored value

    def _comment_edited(self, span_id: str, comment: str) -> None:
        self.tagging.set_comment(span_id, comment)


__all__ = ["PanelsController"]
