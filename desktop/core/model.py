"""The domain objects: Document, Span, Relation, Annotations, with their invariants.

Plain dataclasses, no storage: the store turns rows into these and back.
"""

from __future__ import annotations

import datetime as _dt
import os
import time
from dataclasses import dataclass, field, replace
from typing import Any

GOLD = "gold"
ANNOTATOR_STATUSES = ("todo", "in_progress", "done")
GOLD_STATUSES = ("unreviewed", "reviewed")


class ModelError(ValueError):
    """A broken invariant, with a message for a human (``str``: English; ``message``,
    when given, the same as a translatable ``desktop.core.i18n.Message``)."""

    def __init__(self, text: str = "", *args, message=None):
        super().__init__(text, *args)
        self.message = message

    @classmethod
    def said(cls, message) -> ModelError:
        """A refusal the window can say in the interface's language."""
        return cls(str(message), message=message)


def annotator_name(name: str | None) -> str | None:
    """An annotator's name as a layer name (outer spaces dropped), or None when it cannot
    be one: empty, or ``gold`` (the reviewed layer is nobody's own)."""
    name = (name or "").strip()
    return name if name and name != GOLD else None


def check_annotator(name: str | None) -> str:
    """``annotator_name``, refusing what it cannot take with a reason for a human."""
    valid = annotator_name(name)
    if valid is None:
        raise ModelError("an annotator needs a name (not empty, not 'gold')")
    return valid


# A new span or relation id: a version 7 UUID (RFC 9562) as 32 hex digits, the time in
# milliseconds then 74 random bits, so ids made together sort together and a bulk insert
# (an import that re-ids brat's T1, T2..., review --accept-unanimous) appends to the id
# index instead of landing on a random page of it: 1,000,000 random ids took 27-29 s to
# insert, version 7 ids 6-7 s (docs/decisions.md). uuid is not imported (the first frame
# does without it).
_V7_MASK = ~((0xF << 76) | (0x3 << 62))
_V7_BITS = (0x7 << 76) | (0x2 << 62)


def new_id() -> str:
    ms = time.time_ns() // 1_000_000
    return f"{(ms << 80 | int.from_bytes(os.urandom(10), 'big')) & _V7_MASK | _V7_BITS:032x}"


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Document:
    """An article as stored: its id, its canonical text (every offset counts in it), its
    title and its metadata (``published`` among them)."""

    id: str
    text: str
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    source_sha256: str = ""
    imported_at: str = ""

    def __post_init__(self):
        if not isinstance(self.id, str) or not self.id.strip():
            raise ModelError("document id must be a non-empty string")
        if not isinstance(self.text, str) or not self.text.strip():
            raise ModelError("document text is empty")

    @property
    def published(self) -> str | None:
        value = self.meta.get("published")
        return value if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch ``[start, end)`` of a document's text (code points) in one
    layer, with its attributes; ``text`` is always ``doc.text[start:end]``."""

    doc_id: str
    layer: str
    label: str
    start: int
    end: int
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    author: str = ""
    created: str = ""
    comment: str = ""  # the annotator's free-text note (DESIGN §5: optional in exports)

    def __post_init__(self):
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise ModelError("span offsets must be integers")
        if isinstance(self.start, bool) or isinstance(self.end, bool):
            raise ModelError("span offsets must be integers")
        if self.start < 0 or self.end <= self.start:
            raise ModelError(f"span [{self.start}, {self.end}) is empty or reversed")
        if len(self.text) != self.end - self.start:
            raise ModelError(f"span text {self.text!r} does not fit [{self.start}, {self.end})")

    @classmethod
    def trusted(cls, doc_id: str, layer: str, label: str, start: int, end: int, text: str,
                attrs: dict[str, Any], id: str, author: str, created: str,
                comment: str = "") -> Span:
        """A span read back from a store that enforces the invariants itself (the
        project file's CHECK and triggers): built without checking them again, and fast
        (opening a document of 10,000 spans is on the window's hot path): filled as its
        unfrozen twin, then made a Span (the same slots, so the same layout)."""
        span = _UnfrozenSpan(doc_id, layer, label, start, end, text, attrs, id, author,
                             created, comment)
        span.__class__ = cls
        return span

    def check(self, doc_text: str) -> None:
        """The sacred invariant: ``text == doc.text[start:end]``."""
        if self.end > len(doc_text):
            raise ModelError(
                f"span [{self.start}, {self.end}) is out of range (text has {len(doc_text)} characters)"
            )
        if doc_text[self.start : self.end] != self.text:
            raise ModelError(
                f"span text {self.text!r} differs from the document's "
                f"{doc_text[self.start:self.end]!r} at [{self.start}, {self.end})"
            )

    def with_(self, **changes) -> Span:
        return replace(self, **changes)

    @classmethod
    def on(cls, doc_text: str, *, doc_id: str, layer: str, label: str, start: int, end: int,
           attrs: dict | None = None, id: str | None = None, author: str = "",
           created: str = "", comment: str = "") -> Span:
        """A span over ``doc_text[start:end]``, checked against the text."""
        if not (0 <= start < end <= len(doc_text)):
            raise ModelError(
                f"span [{start}, {end}) is empty, reversed or out of range "
                f"(text has {len(doc_text)} characters)"
            )
        return cls(doc_id=doc_id, layer=layer, label=label, start=start, end=end,
                   text=doc_text[start:end], attrs=dict(attrs or {}), id=id or new_id(),
                   author=author, created=created or now_iso(), comment=comment)

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.label, self.start, self.end)


class _UnfrozenSpan:
    """Span's slots without its frozen guard: ``Span.trusted`` fills one, then makes it a
    Span. Never seen outside that method."""

    __slots__ = Span.__slots__

    def __init__(self, doc_id, layer, label, start, end, text, attrs, id, author, created,
                 comment):
        self.doc_id = doc_id
        self.layer = layer
        self.label = label
        self.start = start
        self.end = end
        self.text = text
        self.attrs = attrs
        self.id = id
        self.author = author
        self.created = created
        self.comment = comment


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link from one span (``head``) to another (``tail``) in one layer."""

    doc_id: str
    layer: str
    type: str
    head: str
    tail: str
    id: str = field(default_factory=new_id)
    author: str = ""
    created: str = ""

    def __post_init__(self):
        if self.head == self.tail:
            raise ModelError("a relation cannot link a span to itself")


@dataclass(slots=True)
class Annotations:
    """One document's spans and relations in one layer."""

    doc_id: str
    layer: str
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def span(self, span_id: str) -> Span | None:
        for s in self.spans:
            if s.id == span_id:
                return s
        return None


def reassign_ids(spans: list[Span], relations: list[Relation], taken: set[str],
                 ) -> tuple[list[Span], list[Relation]]:
    """Give new ids to the spans and relations whose ids are in ``taken``, keeping every
    relation pointing at the same spans."""
    mapping = {s.id: (new_id() if s.id in taken else s.id) for s in spans}
    # a checked span with another id is still checked (brat gives every document T1...)
    new_spans = [s if mapping[s.id] == s.id else Span.trusted(
        s.doc_id, s.layer, s.label, s.start, s.end, s.text, s.attrs, mapping[s.id], s.author,
        s.created, s.comment) for s in spans]
    new_rels = [
        Relation(r.doc_id, r.layer, r.type, mapping.get(r.head, r.head),
                 mapping.get(r.tail, r.tail), new_id() if r.id in taken else r.id, r.author,
                 r.created)
        for r in relations
    ]
    return new_spans, new_rels
