"""Edit operations and their inverses: what an undo stack replays. The one undo path.

Every undoable change of the window is an operation here (a span tagged, moved or
deleted, a relation, many spans at once, a publication date, a dismissed suggestion, a
review decision). Each talks only to the small ``Repo`` protocol below and knows how to
undo itself, so every inverse is testable without Qt or SQLite (an in-memory repo is
enough: ``tests/core/memory_repo.py``). The window's QUndoCommands only adapt these
(``desktop.ui.shell.undo``); ``desktop.store.repo`` implements the protocol over a
project file.

Every ``apply`` and ``revert`` is one call into the repo, i.e. one transaction.
``desktop.core.recording.Recorder`` wraps a repo and notes what each call changed, so
the window updates what an edit touched instead of re-reading the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message, quote
from desktop.core.model import ModelError, Relation, Span

if TYPE_CHECKING:  # the review rules are imported when reviewing, not to open the window
    from desktop.core.decisions import Decision


class Repo(Protocol):
    """Where operations are stored; each method is one transaction."""

    def span(self, span_id: str) -> Span | None: ...

    def add_span(self, span: Span) -> Span: ...

    def update_span(self, span: Span) -> Span: ...

    def update_spans(self, spans: list[Span]) -> None: ...

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None: ...

    def delete_spans(self, span_ids: list[str]) -> list[tuple[Span, list[Relation]]]: ...

    def restore(self, spans: list[Span], relations: list[Relation]) -> None: ...

    def add_relation(self, rel: Relation) -> Relation: ...

    def delete_relation(self, rel_id: str) -> Relation | None: ...

    def set_meta(self, doc_id: str, key: str, value: Any) -> None: ...

    def dismissed(self, kind: str, layer: str, doc_id: str) -> set[tuple[int, int]]: ...

    def set_dismissed(self, kind: str, layer: str, doc_id: str,
                      items: set[tuple[int, int]]) -> None: ...

    def apply_decision(self, decision: Decision, *, first: bool) -> None: ...

    def revert_decision(self, decision: Decision) -> None: ...


class Op(Protocol):
    @property
    def message(self) -> Message: ...

    def apply(self, repo: Repo) -> None: ...

    def revert(self, repo: Repo) -> None: ...


C = "Edits"  # the translation context of what an edit is called (Undo/Redo, messages)


class _Named:
    """``text``: the operation in English (``str`` of its ``message``)."""

    @property
    def text(self) -> str:
        return str(self.message)  # type: ignore[attr-defined]


# ================================================================== spans
@dataclass
class AddSpan(_Named):
    span: Span

    @property
    def message(self) -> Message:
        return Message(C, QT_TRANSLATE_NOOP("Edits", "tag {label} {text}"),
                       {"label": self.span.label, "text": quote(self.span.text)})

    def apply(self, repo: Repo) -> None:
        repo.add_span(self.span)

    def revert(self, repo: Repo) -> None:
        repo.delete_span(self.span.id)


@dataclass
class AddSpans(_Named):
    """Many spans at once (accept every suggestion): one transaction, one undo step."""

    spans: list[Span]
    what: str = "suggestions"  # what they were: suggestions | mentions

    @property
    def message(self) -> Message:
        if self.what == "mentions":
            return Message(C, QT_TRANSLATE_NOOP("Edits", "accept {count} mention suggestion(s)"),
                           {"count": len(self.spans)})
        return Message(C, QT_TRANSLATE_NOOP("Edits", "accept {count} date suggestion(s)"),
                       {"count": len(self.spans)})

    def apply(self, repo: Repo) -> None:
        repo.restore(list(self.spans), [])

    def revert(self, repo: Repo) -> None:
        repo.delete_spans([s.id for s in self.spans])


@dataclass
class DeleteSpan(_Named):
    """Deletes a span and the relations that use it; undo puts all of them back."""

    span_id: str
    span: Span | None = None
    relations: list[Relation] = field(default_factory=list)

    @property
    def message(self) -> Message:
        if self.span is None:
            return Message(C, QT_TRANSLATE_NOOP("Edits", "delete span"))
        return Message(C, QT_TRANSLATE_NOOP("Edits", "delete {label} {text}"),
                       {"label": self.span.label, "text": quote(self.span.text)})

    def apply(self, repo: Repo) -> None:
        gone = repo.delete_span(self.span_id)
        if gone is None:
            raise ModelError(f"no span {self.span_id!r} to delete")
        self.span, self.relations = gone

    def revert(self, repo: Repo) -> None:
        if self.span is None:
            raise ModelError("nothing to restore: the delete was never applied")
        repo.restore([self.span], list(self.relations))


_UPDATE_WHAT = {
    "edit": QT_TRANSLATE_NOOP("Edits", "edit {label} {text}"),
    "relabel": QT_TRANSLATE_NOOP("Edits", "relabel {label} {text}"),
    "resize": QT_TRANSLATE_NOOP("Edits", "resize {label} {text}"),
    "attributes": QT_TRANSLATE_NOOP("Edits", "set attributes of {label} {text}"),
    "attribute": QT_TRANSLATE_NOOP("Edits", "set {name} of {label} {text}"),
    "comment": QT_TRANSLATE_NOOP("Edits", "comment on {label} {text}"),
}


@dataclass
class UpdateSpan(_Named):
    """Relabel, re-bound, set the attributes or the comment of a span (same id)."""

    before: Span
    after: Span
    what: str = "edit"
    name: str = ""  # the attribute, for "attribute"

    def __post_init__(self):
        if self.before.id != self.after.id:
            raise ModelError("an update keeps the span's id")

    @property
    def message(self) -> Message:
        return Message(C, _UPDATE_WHAT.get(self.what, _UPDATE_WHAT["edit"]),
                       {"label": self.after.label, "text": quote(self.after.text),
                        "name": self.name})

    def apply(self, repo: Repo) -> None:
        repo.update_span(self.after)

    def revert(self, repo: Repo) -> None:
        repo.update_span(self.before)

    # -- constructors for the usual edits
    @classmethod
    def relabel(cls, span: Span, label: str, attrs: dict[str, Any] | None = None) -> UpdateSpan:
        """A new label; the attributes are reset (``attrs``) as they belong to the label."""
        return cls(span, span.with_(label=label, attrs=dict(attrs or {})), "relabel")

    @classmethod
    def rebound(cls, span: Span, doc_text: str, start: int, end: int) -> UpdateSpan:
        if not 0 <= start < end <= len(doc_text):
            raise ModelError(f"span [{start}, {end}) is empty or out of range")
        return cls(span, span.with_(start=start, end=end, text=doc_text[start:end]), "resize")

    @classmethod
    def set_attrs(cls, span: Span, attrs: dict[str, Any]) -> UpdateSpan:
        return cls(span, span.with_(attrs=dict(attrs)), "attributes")

    @classmethod
    def set_attr(cls, span: Span, name: str, value: Any) -> UpdateSpan:
        attrs = dict(span.attrs)
        if value is None or value == "":
            attrs.pop(name, None)
        else:
            attrs[name] = value
        return cls(span, span.with_(attrs=attrs), "attribute", name)

    @classmethod
    def set_comment(cls, span: Span, comment: str) -> UpdateSpan:
        return cls(span, span.with_(comment=comment.strip()), "comment")


@dataclass
class UpdateSpans(_Named):
    """Many spans changed at once (renaming or merging an actor's canonical name): one
    transaction, one undo step. ``before`` and ``after`` hold the same ids."""

    before: list[Span]
    after: list[Span]
    what: str = "rename"
    name: str = ""

    def __post_init__(self):
        self.before, self.after = list(self.before), list(self.after)
        if not self.after:
            raise ModelError("no spans to update")
        if [s.id for s in self.before] != [s.id for s in self.after]:
            raise ModelError("a bulk update keeps its spans' ids, in the same order")
        if len({s.id for s in self.after}) != len(self.after):
            raise ModelError("a bulk update names each span once")

    @property
    def message(self) -> Message:
        return Message(C, QT_TRANSLATE_NOOP("Edits", "rename {count} mention(s) to {name}"),
                       {"count": len(self.after), "name": quote(self.name)})

    def apply(self, repo: Repo) -> None:
        _unchanged_since(repo, self.before)
        repo.update_spans(list(self.after))

    def revert(self, repo: Repo) -> None:
        _unchanged_since(repo, self.after)
        repo.update_spans(list(self.before))


def _unchanged_since(repo: Repo, expected: list[Span]) -> None:
    """Refuse a bulk update over spans that changed since it was made: a rename across
    the corpus is undone from one document's stack while the other documents it touched
    may have been edited meanwhile, and writing its old spans back would undo those
    edits silently (docs/analysis.md, "Renaming: where the undo lives")."""
    for s in expected:
        now = repo.span(s.id)
        if now is None:
            raise ModelError(f"span {s.id!r} is not in the project any more")
        if (now.label, now.start, now.end, now.text, now.attrs, now.comment) != (
                s.label, s.start, s.end, s.text, s.attrs, s.comment):
            raise ModelError(f"«{s.text}» in {s.doc_id} was edited since; it is left as it is")


# ================================================================== relations
@dataclass
class AddRelation(_Named):
    relation: Relation

    @property
    def message(self) -> Message:
        return Message(C, QT_TRANSLATE_NOOP("Edits", "add {relation}"), {"relation": self.relation.type})

    def apply(self, repo: Repo) -> None:
        repo.add_relation(self.relation)

    def revert(self, repo: Repo) -> None:
        repo.delete_relation(self.relation.id)


@dataclass
class DeleteRelation(_Named):
    relation_id: str
    relation: Relation | None = None

    @property
    def message(self) -> Message:
        if self.relation is None:
            return Message(C, QT_TRANSLATE_NOOP("Edits", "delete relation"))
        return Message(C, QT_TRANSLATE_NOOP("Edits", "delete {relation}"), {"relation": self.relation.type})

    def apply(self, repo: Repo) -> None:
        gone = repo.delete_relation(self.relation_id)
        if gone is None:
            raise ModelError(f"no relation {self.relation_id!r} to delete")
        self.relation = gone

    def revert(self, repo: Repo) -> None:
        if self.relation is None:
            raise ModelError("nothing to restore: the delete was never applied")
        repo.restore([], [self.relation])


# ================================================================== documents
@dataclass
class SetMeta(_Named):
    """One field of a document's meta (the publication date); ``None`` removes it."""

    doc_id: str
    key: str
    before: Any
    after: Any

    @property
    def message(self) -> Message:
        if self.key == "published":
            if self.after:
                return Message(C, QT_TRANSLATE_NOOP("Edits", "set published to {value}"), {"value": self.after})
            return Message(C, QT_TRANSLATE_NOOP("Edits", "clear the publication date"))
        return Message(C, QT_TRANSLATE_NOOP("Edits", "set {name} to {value}"),
                       {"name": self.key, "value": self.after})

    def apply(self, repo: Repo) -> None:
        repo.set_meta(self.doc_id, self.key, self.after)

    def revert(self, repo: Repo) -> None:
        repo.set_meta(self.doc_id, self.key, self.before)


@dataclass
class Dismiss(_Named):
    """Dismiss a suggestion (``kind``: dates | mentions) at ``[start, end)``: it is not
    proposed again in this layer and document until the dismissal is undone."""

    kind: str
    layer: str
    doc_id: str
    start: int
    end: int
    surface: str = ""  # what was dismissed, for the message

    @property
    def message(self) -> Message:
        return Message(C, QT_TRANSLATE_NOOP("Edits", "dismiss suggestion {text}"), {"text": quote(self.surface)})

    def _set(self, repo: Repo, on: bool) -> None:
        items = set(repo.dismissed(self.kind, self.layer, self.doc_id))
        if on:
            items.add((self.start, self.end))
        else:
            items.discard((self.start, self.end))
        repo.set_dismissed(self.kind, self.layer, self.doc_id, items)

    def apply(self, repo: Repo) -> None:
        self._set(repo, True)

    def revert(self, repo: Repo) -> None:
        self._set(repo, False)


# ================================================================== review
@dataclass
class Decide(_Named):
    """A review decision (planned by ``desktop.core.decisions``): the first apply writes
    its audit entries; a redo or an undo writes its own ("redo" / "undo")."""

    decision: Decision
    label: str = ""
    summary: str = ""  # the candidate's text, for the message
    applied: bool = False

    @property
    def message(self) -> Message:
        args = {"label": self.label, "text": quote(self.summary)}
        if self.decision.action == "reject":
            return Message(C, QT_TRANSLATE_NOOP("Edits", "reject {label} {text}"), args)
        if self.decision.action == "accept_unanimous":
            return Message(C, QT_TRANSLATE_NOOP("Edits", "accept unanimous"))
        return Message(C, QT_TRANSLATE_NOOP("Edits", "accept {label} {text}"), args)

    def apply(self, repo: Repo) -> None:
        repo.apply_decision(self.decision, first=not self.applied)
        self.applied = True

    def revert(self, repo: Repo) -> None:
        repo.revert_decision(self.decision)


__all__ = ["AddRelation", "AddSpan", "AddSpans", "Decide", "DeleteRelation", "DeleteSpan",
           "Dismiss", "Op", "Repo", "SetMeta", "UpdateSpan", "UpdateSpans"]
