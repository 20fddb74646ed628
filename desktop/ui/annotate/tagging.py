"""Tagging: label keys, relabelling, deleting, attributes and comments, relations.

Every edit is an operation of ``desktop.core.ops`` run through the session; the rules
(snapping, duplicates, which spans a relation may point to, what a click hits) are
``desktop.core.text`` and ``desktop.core.annotating``. The controller only reads what the
user selected in the article and says what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core import annotating
from desktop.core.dates.attributes import date_attrs
from desktop.core.model import Relation, Span
from desktop.core.text import snap
from desktop.ui.annotate.article_view import ArticleView
from desktop.ui.lazy import ops
from desktop.ui.shell.i18n import label_name, translate
from desktop.ui.shell.session import Session


def one_line(text: str, limit: int | None = None) -> str:
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[:limit] + "…"


def quoted(text: str, limit: int | None = None) -> str:
    """Data quoted inside a message, isolated so that Arabic keeps its order."""
    return f"«\u2068{one_line(text, limit)}\u2069»"


class TaggingController(QObject):
    def __init__(self, session: Session, view: ArticleView, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("tagging")
        self.session = session
        self.view = view

    def _name(self, code: str) -> str:
        return label_name(self.session.schema, code)

    # ------------------------------------------------------------------ labels
    def label_key(self, key: str, exact: bool = False) -> None:
        """A label key: tag the selection, or relabel the selected span."""
        s = self.session
        if s.doc is None:
            return
        label = s.schema.label_for_key(key)
        if label is None:
            return
        selection = self.view.selection_cp()
        if selection is None:
            if s.selected:
                self.relabel(s.selected, label.name)
            else:
                s.message(translate("Tagging", "Select some text first, then press a label key"))
            return
        self.tag(label.name, *selection, exact=exact)

    def _attrs_for(self, label: str, text: str) -> dict:
        s = self.session
        if label != s.schema.roles.timex or s.doc is None:
            return {}
        return date_attrs(text, s.doc.published, s.schema)

    def tag(self, label: str, start: int, end: int, *, exact: bool = False) -> Span | None:
        """Tag ``[start, end)`` (code points), snapped to words unless ``exact``."""
        s = self.session
        assert s.doc is not None
        s.ensure_complete()  # the duplicate rule looks at every span
        text = s.doc.text
        snapped = snap(text, start, end, exact=exact)
        if snapped is None:
            s.message(translate("Tagging", "Nothing to tag: the selection is only white space"))
            return None
        start, end = snapped
        same = annotating.duplicate_of(s.ann.spans, label, start, end)
        if same is not None:
            s.message(translate("Tagging", "That {label} is tagged already").format(
                label=self._name(label)))
            self.view.clear_selection()
            s.select(same.id)
            return same
        span = Span.on(text, doc_id=s.doc.id, layer=s.edit_layer, label=label, start=start,
                       end=end, attrs=self._attrs_for(label, text[start:end]),
                       author=s.annotator)
        self.view.clear_selection()
        if s.run(ops.AddSpan(span)):
            s.message(translate("Tagging", "Tagged {label} {text}").format(
                label=self._name(label), text=quoted(span.text)), 4000)
            return span
        return None

    def relabel(self, span_id: str, label: str) -> None:
        s = self.session
        span = s.spans.get(span_id)
        if span is None or span.label == label:
            return
        s.run(ops.UpdateSpan.relabel(span, label, self._attrs_for(label, span.text)))

    def delete_selected(self) -> None:
        s = self.session
        if s.selected is None:
            s.message(translate("Tagging", "No span selected"))
            return
        s.run(ops.DeleteSpan(s.selected))

    def set_attribute(self, span_id: str, name: str, value: str) -> bool:
        span = self.session.spans.get(span_id)
        if span is None:
            return False
        return self.session.run(ops.UpdateSpan.set_attr(span, name, value or None))

    def set_comment(self, span_id: str, comment: str) -> bool:
        span = self.session.spans.get(span_id)
        if span is None or span.comment == comment.strip():
            return False
        return self.session.run(ops.UpdateSpan.set_comment(span, comment))

    # ------------------------------------------------------------------ relations
    def relation_key(self, letter: str) -> None:
        s = self.session
        s.ensure_complete()
        rtype = s.schema.relation_for_key(letter)
        if rtype is None or s.doc is None:
            return
        head = s.selected_span
        if not annotating.can_head(rtype, head):
            s.message(translate("Tagging", "{relation}: first select the {head} it starts from").format(
                relation=self._name(rtype.name),
                head=" / ".join(self._name(h) for h in rtype.head)))
            return
        s.set_pending(rtype)
        s.message(self.pending_prompt(), 0)

    def pending_prompt(self) -> str:
        rtype = self.session.pending
        if rtype is None:
            return ""
        return translate("Tagging", "{relation}: click the {tail} it points to in the article, or "
                  "pick it below (Esc cancels)").format(
            relation=self._name(rtype.name),
            tail=" / ".join(self._name(t) for t in rtype.tail))

    def candidates(self) -> list[Span]:
        """The spans the pending relation may point to."""
        s = self.session
        head = s.selected_span
        if s.pending is None or head is None:
            return []
        return annotating.relation_candidates(s.ann.spans, s.pending, head)

    def cancel_pending(self) -> bool:
        s = self.session
        if s.pending is None:
            return False
        s.set_pending(None)
        s.message(translate("Tagging", "Relation cancelled"), 3000)
        return True

    def pick_tail(self, tail_id: str) -> None:
        s = self.session
        rtype, head = s.pending, s.selected
        if rtype is None or head is None or s.doc is None:
            return
        s.set_pending(None)
        rel = Relation(s.doc.id, s.edit_layer, rtype.name, head, tail_id, author=s.annotator)
        if s.run(ops.AddRelation(rel)):
            s.message(translate("Tagging", "Added {relation}").format(relation=self._name(rtype.name)),
                      4000)

    def delete_relation(self, rel_id: str) -> None:
        self.session.run(ops.DeleteRelation(rel_id))

    # ------------------------------------------------------------------ clicks
    def click_pending(self, cp: int) -> bool:
        """A click while a relation is pending picks its target (or says why not)."""
        s = self.session
        if s.pending is None:
            return False
        hits = [x for x in annotating.spans_at(s.ann.spans, cp, s.pending.tail)
                if x.id != s.selected]
        if hits:
            self.pick_tail(hits[0].id)
        else:
            s.message(translate("Tagging", "{relation}: that is not a {tail} (Esc cancels)").format(
                relation=self._name(s.pending.name),
                tail=" / ".join(self._name(t) for t in s.pending.tail)), 0)
        return True

    def click_select(self, cp: int) -> bool:
        """A click selects the span under it (the innermost), or clears the selection —
        except a click that only brings the keyboard back to the article (after choosing
        an attribute, say): on plain text that one keeps the selected span."""
        hits = annotating.spans_at(self.session.ann.spans, cp)
        if not hits and self.view.focus_click:
            return True
        self.session.select(hits[0].id if hits else None)
        return True

    def clear(self) -> bool:
        """Esc with nothing pending: clear the text selection, else the selected span."""
        if self.view.textCursor().hasSelection():
            self.view.clear_selection()
            return True
        if self.session.selected is not None:
            self.session.select(None)
            return True
        return False


__all__ = ["TaggingController", "one_line", "quoted"]
