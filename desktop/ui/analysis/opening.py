"""Going from an analyst view to the annotation: open the document, select the span and
scroll the article to bring it to the middle (the session's ``open_document`` and
``select``)."""

from __future__ import annotations

from desktop.ui.shell.i18n import translate
from desktop.ui.shell.session import Session


def open_span(session: Session, view, doc_id: str, span_id: str) -> bool:
    """Open ``doc_id`` with ``span_id`` selected and in view; False (and the status bar
    says why) when the document or the span is not there any more."""
    if not session.open_document(doc_id):
        return False
    if span_id not in session.spans:
        session.message(translate("Analysis", "That span is not in layer {layer} any more").format(
            layer=session.edit_layer))
        return False
    session.select(span_id)
    view.place_caret(session.spans[span_id].start)
    view.centerCursor()  # the claim in the middle of the article, its context around it
    return True


__all__ = ["open_span"]
