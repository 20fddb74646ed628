"""What the mention propagation tests share: an ACTOR span on a word of a text, and the
texts of proposals (each checked against the text at its offsets)."""

from __future__ import annotations

from desktop.core.model import Span


def tag(text, word, nth=0, **attrs):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span.on(text, doc_id="d", layer="amal", label="ACTOR", start=start,
                   end=start + len(word), attrs=attrs)


def texts(text, proposals):
    assert all(text[p.start:p.end] == p.text for p in proposals)
    return [p.text for p in proposals]
