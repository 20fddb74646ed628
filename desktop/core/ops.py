"""Edit operations and their inverses: what an undo stack replays.

Pure Python: each operation talks to a small ``Repo`` protocol (which
``desktop.store.project.Project`` satisfies) and knows how to undo itself. The window's
QUndoCommands only adapt these, so undo is testable without Qt.

Every ``apply`` and ``revert`` is one call into the repo, i.e. one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.core.model import ModelError, Relation, Span


class Repo(Protocol):
    def add_span(self, span: Span) -> Span: ...

    def update_span(self, span: Span) -> Span: ...

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]] | None: ...

    def restore(self, spans: list[Span], relations: list[Relation]) -> None: ...

    def add_relation(self, rel: Relation) -> Relation: ...

    def delete_relation(self, rel_id: str) -> Relation | None: ...

    def span(self, span_id: str) -> Span | None: ...


class Op(Protocol):
    @property
    def text(self) -> str: ...

    def apply(self, repo: Repo) -> None: ...

    def revert(self, repo: Repo) -> None: ...


def _quote(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"


@dataclass
class AddSpan:
    span: Span

    @property
    def text(self) -> str:
        return f"tag {self.span.label} {_quote(self.span.text)}"

    def apply(self, repo: Repo) -> None:
        repo.add_span(self.span)

    def revert(self, repo: Repo) -> None:
        repo.delete_span(self.span.id)


@dataclass
class DeleteSpan:
    """Deletes a span and the relations that use it; undo puts all of them back."""

    span_id: str
    span: Span | None = None
    relations: list[Relation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"delete {self.span.label} {_quote(self.span.text)}" if self.span else "delete span"

    def apply(self, repo: Repo) -> None:
        gone = repo.delete_span(self.span_id)
        if gone is None:
            raise ModelError(f"no span {self.span_id!r} to delete")
        self.span, self.relations = gone

    def revert(self, repo: Repo) -> None:
        if self.span is None:
            raise ModelError("nothing to restore: the delete was never applied")
        repo.restore([self.span], list(self.relations))


@dataclass
class UpdateSpan:
    """Relabel, re-bound or set the attributes of a span (same id)."""

    before: Span
    after: Span
    what: str = "edit"

    def __post_init__(self):
        if self.before.id != self.after.id:
            raise ModelError("an update keeps the span's id")

    @property
    def text(self) -> str:
        return f"{self.what} {self.after.label} {_quote(self.after.text)}"

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
        return cls(span, span.with_(attrs=dict(attrs)), "set attributes of")

    @classmethod
    def set_attr(cls, span: Span, name: str, value: Any) -> UpdateSpan:
        attrs = dict(span.attrs)
        if value is None or value == "":
            attrs.pop(name, None)
        else:
            attrs[name] = value
        return cls(span, span.with_(attrs=attrs), f"set {name} of")


@dataclass
class AddRelation:
    relation: Relation

    @property
    def text(self) -> str:
        return f"add {self.relation.type}"

    def apply(self, repo: Repo) -> None:
        repo.add_relation(self.relation)

    def revert(self, repo: Repo) -> None:
        repo.delete_relation(self.relation.id)


@dataclass
class DeleteRelation:
    relation_id: str
    relation: Relation | None = None

    @property
    def text(self) -> str:
        return f"delete {self.relation.type}" if self.relation else "delete relation"

    def apply(self, repo: Repo) -> None:
        gone = repo.delete_relation(self.relation_id)
        if gone is None:
            raise ModelError(f"no relation {self.relation_id!r} to delete")
        self.relation = gone

    def revert(self, repo: Repo) -> None:
        if self.relation is None:
            raise ModelError("nothing to restore: the delete was never applied")
        repo.restore([], [self.relation])


__all__ = ["AddRelation", "AddSpan", "DeleteRelation", "DeleteSpan", "Op", "Repo",
           "UpdateSpan"]


# --------------------------------------------------------------------- bulk span edits
class BulkRepo(Protocol):
    """What ``UpdateSpans`` needs of a repo: one call that replaces many spans at once,
    in one transaction (``desktop.store.bulk.update_spans`` for a project)."""

    def update_spans(self, spans: list[Span]) -> list[Span]: ...


@dataclass
class UpdateSpans:
    """Many spans changed in one undoable step (renaming or merging an actor's canonical
    name across a layer): ``before`` and ``after`` hold the same span ids in the same
    order; apply stores ``after``, revert ``before``, each one ``update_spans`` call."""

    before: list[Span]
    after: list[Span]
    what: str = "edit"

    def __post_init__(self):
        self.before, self.after = list(self.before), list(self.after)
        if not self.after:
            raise ModelError("no spans to update")
        if [s.id for s in self.before] != [s.id for s in self.after]:
            raise ModelError("a bulk update keeps its spans' ids, in the same order")
        if len({s.id for s in self.after}) != len(self.after):
            raise ModelError("a bulk update names each span once")

    @property
    def text(self) -> str:
        n = len(self.after)
        return f"{self.what} ({n} span{'s' if n != 1 else ''})"

    def apply(self, repo: BulkRepo) -> None:
        repo.update_spans(list(self.after))

    def revert(self, repo: BulkRepo) -> None:
        repo.update_spans(list(self.before))


__all__ += ["BulkRepo", "UpdateSpans"]
