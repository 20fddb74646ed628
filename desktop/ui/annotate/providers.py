"""What the suggestions come from: each provider proposes spans for the open document
(``DateProvider``: the date tagger resolved against the document's publication date;
mention propagation adds its own). A ``Suggestion`` says what accepting it makes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.core.model import Document
from desktop.ui.shell.session import Session

TAG_CACHE = 8  # documents whose findings are kept (going back and forth is instant)


@dataclass(frozen=True, slots=True)
class Suggestion:
    start: int
    end: int
    text: str
    label: str  # what accepting it makes
    kind: str  # its provider: "dates" | "mentions" (dismissals are kept per kind)
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    note: str = ""  # what it means, for the status bar

    @property
    def value(self) -> str | None:
        return self.attrs.get("value")

    @property
    def type(self) -> str | None:
        return self.attrs.get("type")

    @property
    def mod(self) -> str | None:
        return self.attrs.get("mod")

    @property
    def calendar(self) -> str:
        return self.attrs.get("calendar", "gregorian")


class Provider(Protocol):
    kind: str

    def propose(self, doc: Document, session: Session) -> list[Suggestion]: ...

    # optional: ``follows(delta) -> bool``, whether an edit (a ``Delta``; None: every
    # annotation reloaded) changes what it proposes; the controller then asks again


class DateProvider:
    """The date tagger's findings, resolved against the publication date."""

    kind = "dates"

    def __init__(self):
        self._cache: dict[tuple, list[Suggestion]] = {}
        self._project: str | None = None

    def propose(self, doc: Document, session: Session) -> list[Suggestion]:
        schema = session.schema
        label = schema.roles.timex
        if label is None or not schema.has_label(label):
            return []
        project = str(session.project.path)
        if project != self._project:  # another project may reuse a document id
            self._project = project
            self._cache.clear()
        key = (doc.id, doc.published, len(doc.text))
        found = self._cache.pop(key, None)
        if found is None:
            found = self._tag(doc, session, label)
        self._cache[key] = found  # most recent last
        while len(self._cache) > TAG_CACHE:
            self._cache.pop(next(iter(self._cache)))
        return found

    def _tag(self, doc: Document, session: Session, label: str) -> list[Suggestion]:
        from desktop.core.dates import tag
        from desktop.core.dates.attributes import timex_attrs
        from desktop.core.dates.published import parse_published
        from desktop.ui.annotate.date_words import describe_value

        try:
            timexes = tag(doc.text, parse_published(doc.published))
        except Exception:  # noqa: BLE001 - a tagger bug never stops a document opening
            return []
        out = []
        for t in timexes:
            attrs = timex_attrs(t, session.schema, label)
            mod = f" {t.mod}" if t.mod else ""
            # the value is a code: isolated left to right inside a right-to-left message
            note = f"\u2066{t.value}{mod}\u2069 ({describe_value(t.value, t.mod, t.type)})"
            out.append(Suggestion(t.start, t.end, t.text, label, self.kind, attrs, note))
        return out


__all__ = ["DateProvider", "Provider", "Suggestion"]
