"""The propagation bench's ninth gold loads as the bench reads it (no propagation runs
here: the set is scored once, by the bench)."""

from __future__ import annotations

import json

import pytest

from bench.bench_propagation import FRESH9, FRESH9_DIR, fresh9_doc
from desktop.core.analysis.actors import canonical_of
from desktop.core.text import canonical, is_word_char

TYPES = {"person", "government", "military", "armed_group", "state", "organization",
         "media", "other"}


@pytest.mark.parametrize("doc_id", FRESH9)
def test_fresh9_document_loads(doc_id):
    text, spans = fresh9_doc(doc_id)
    raw = (FRESH9_DIR / f"{doc_id}.txt").read_text(encoding="utf-8")
    assert canonical(raw) == text  # offsets into the canonical text are the file's own
    assert spans and all(canonical_of(s) for s in spans)
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.end <= b.start, (a.text, b.text)  # no nested or overlapping spans
    for s in spans:
        assert s.attrs["type"] in TYPES and s.attrs["mention"] in {"name", "nominal", "pronoun"}
        # a mention begins and ends at a word's bounds (a clitic before it is out)
        assert s.end == len(text) or not is_word_char(text[s.end]), s.text
    data = json.loads((FRESH9_DIR / f"{doc_id}_actor_mentions.json").read_text(encoding="utf-8"))
    assert "http" in data["about"] and all(s["why"] for s in data["spans"])
