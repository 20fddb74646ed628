"""The document an export hands a writer (``ExportDoc``): JSON text the store built, and
the views writers read (rows, objects, the text, the exported meta); ``attrs_of`` parses
a span row's stored attributes once per distinct text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any


@dataclass(slots=True)
class ExportDoc:
    """One document as an export hands it to a writer. The ``*_json`` fields are JSON
    text already (the store quotes them in SQLite, the gold writer's fast path); the
    methods parse what other writers need.

    The gold export gets ``text_json``, ``spans_json`` and ``relations_json``; every
    other format the raw text and, in place of the two arrays, ``span_rows_json`` (an
    array of ``[start, end, id, label, attrs, comment]``, ``attrs`` the stored JSON text
    of the attributes and ``comment`` "" when there is none) and ``relation_rows_json``
    (``[id, type, head, tail]``), cheaper to read than arrays of objects. Either form
    gives both views: ``spans()``/``relations()`` (objects) and ``span_rows()``/
    ``relation_rows()`` (rows)."""

    id: str
    id_json: str
    title_json: str
    text_json: str
    text_sha256: str
    meta: dict[str, Any]  # as stored (without source_sha256)
    source_sha256: str
    spans_json: str  # [{"id","start","end","label","text","attrs"[,"comment"]}...]
    relations_json: str  # [{"id","type","head","tail"}...]
    review: dict[str, Any]
    raw_text: str | None = None
    span_rows_json: str | None = None  # [[start, end, id, label, attrs_json, comment]...]
    relation_rows_json: str | None = None  # [[id, type, head, tail]...]

    @property
    def text(self) -> str:
        if self.raw_text is None:
            self.raw_text = json.loads(self.text_json)
        return self.raw_text

    @property
    def text_quoted(self) -> str:
        """The text as a JSON string (what ``json.dumps(text, ensure_ascii=False)``
        writes)."""
        return self.text_json or encode_basestring(self.text)

    @property
    def title(self) -> str:
        return json.loads(self.title_json)

    def spans(self) -> list[dict[str, Any]]:
        if self.span_rows_json is None:
            return [] if self.spans_json == "[]" else json.loads(self.spans_json)
        text = self.text
        out = []
        for start, end, sid, label, attrs, comment in self.span_rows():
            span = {"id": sid, "start": start, "end": end, "label": label,
                    "text": text[start:end], "attrs": attrs_of(attrs)}
            if comment:
                span["comment"] = comment
            out.append(span)
        return out

    def span_rows(self) -> list[list[Any]]:
        """``[start, end, id, label, attrs_json, comment]`` for each span, in export
        order (``attrs_json`` compact, keys sorted, as stored; ``comment`` "" for none)."""
        if self.span_rows_json is not None:
            return [] if self.span_rows_json == "[]" else json.loads(self.span_rows_json)
        return [[s["start"], s["end"], s["id"], s["label"], _compact(s["attrs"]),
                 s.get("comment", "")] for s in self.spans()]

    def relations(self) -> list[dict[str, Any]]:
        if self.relation_rows_json is None:
            return [] if self.relations_json == "[]" else json.loads(self.relations_json)
        return [{"id": rid, "type": type_, "head": head, "tail": tail}
                for rid, type_, head, tail in self.relation_rows()]

    def relation_rows(self) -> list[list[str]]:
        """``[id, type, head, tail]`` for each relation, in export order."""
        if self.relation_rows_json is not None:
            return ([] if self.relation_rows_json == "[]"
                    else json.loads(self.relation_rows_json))
        return [[r["id"], r["type"], r["head"], r["tail"]] for r in self.relations()]

    def meta_out(self) -> dict[str, Any]:
        """The exported meta: keys sorted, with ``source_sha256``."""
        meta = dict(self.meta)
        if self.source_sha256:
            meta["source_sha256"] = self.source_sha256
        return dict(sorted(meta.items()))


class _Parsed(dict):
    """Stored attribute texts -> their objects, parsed once: a few attribute sets recur
    on most spans. Emptied when it holds ``LIMIT`` entries (free-text values)."""

    LIMIT = 20_000

    def __missing__(self, key: str) -> dict[str, Any]:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[key] = json.loads(key)
        return value


_ATTRS = _Parsed()


def attrs_of(stored: str) -> dict[str, Any]:
    """The attributes of a span row's stored JSON text: a new dict (its values, parsed
    once per distinct text, are shared: writers only read them)."""
    return {} if stored == "{}" else dict(_ATTRS[stored])


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
