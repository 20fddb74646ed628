"""The propagation bench's golds of published articles (rounds five to nine) load as
the bench reads them (no propagation runs here: each set is scored by the bench)."""

from __future__ import annotations

import json

import pytest

from bench.bench_propagation import FRESH_SETS, fresh_dir, fresh_doc
from desktop.core.analysis.actors import canonical_of
from desktop.core.text import canonical, is_word_char

TYPES = {"person", "government", "military", "armed_group", "state", "organization",
         "media", "other"}
DOCS = [(n, doc_id) for n, docs in FRESH_SETS.items() for doc_id in docs]


@pytest.mark.parametrize(("n", "doc_id"), DOCS)
def test_fresh_document_loads(n, doc_id):
    text, spans = fresh_doc(n, doc_id)
    raw = (fresh_dir(n) / f"{doc_id}.txt").read_text(encoding="utf-8")
    assert canonical(raw) == text  # offsets into the canonical text are the file's own
    assert spans and all(canonical_of(s) for s in spans)
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.end <= b.start, (a.text, b.text)  # no nested or overlapping spans
    for s in spans:
        assert s.attrs["type"] in TYPES and s.attrs["mention"] in {"name", "nominal", "pronoun"}
        # a mention begins and ends at a word's bounds (a clitic before it is out)
        assert s.end == len(text) or not is_word_char(text[s.end]), s.text
    data = json.loads((fresh_dir(n) / f"{doc_id}_actor_mentions.json").read_text(encoding="utf-8"))
    assert "http" in data["about"] and all(s["why"] for s in data["spans"])


def test_every_round_has_its_folder():
    assert sorted(FRESH_SETS) == [5, 6, 7, 8, 9]
    for n, docs in FRESH_SETS.items():
        on_disk = sorted(p.stem for p in fresh_dir(n).glob("*.txt"))
        assert on_disk == sorted(docs), n
