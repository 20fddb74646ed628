"""For every format that reads what it writes: write -> read gives back the same spans,
attributes, comments and relations, as far as the format carries them (docs/formats.md),
over the shared example, the seeds and hypothesis texts with emoji, flags, bidi marks and
clitics. The token formats are checked too: every span on token edges."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import tokens as tok
from desktop.core.formats import Record
from desktop.core.model import Document, Relation, Span
from desktop.core.text import canonical, sha256_hex
from desktop.resources import resource, seeds_dir
from tests.core.formats.helpers import SCHEMA, attrs_key, export_doc, key, read, write

EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")
# what each format carries besides spans and relations (by position)
CARRIES = {"gold": "all", "doccano": "spans", "labelstudio": "attrs", "prodigy": "attrs",
           "brat": "attrs"}
FILE_NAME = {"gold": "g.jsonl", "doccano": "d.jsonl", "labelstudio": "ls.json",
             "prodigy": "p.jsonl", "brat": "brat"}


def example_records() -> list[Record]:
    recs, rej = read(EXAMPLE, "gold")
    assert rej == []
    seeds = []
    for path in sorted(seeds_dir().glob("*.txt")):
        r, _ = read(path, "txt")
        seeds.extend(r)
    return recs + [s for s in seeds if s.doc.id != recs[0].doc.id]


def round_trip(fmt: str, records: list[Record], tmp_path) -> list[Record]:
    out = write(fmt, [export_doc(r) for r in records], tmp_path / FILE_NAME[fmt])
    if fmt == "brat":
        from desktop.core.formats import expand_paths

        back: list[Record] = []
        for f in expand_paths([out]):
            recs, rej = read(f, "brat")
            assert rej == [], rej
            back.extend(recs)
        return back
    back, rej = read(out, fmt)
    assert rej == [], rej
    # auto reads the same file the same way
    again, rej2 = read(out, "auto")
    assert rej2 == [] and [key(r) for r in again] == [key(r) for r in back]
    return back


def check_same(fmt: str, before: list[Record], after: list[Record]) -> None:
    by_id = {r.doc.id: r for r in after}
    assert sorted(by_id) == sorted(r.doc.id for r in before)
    for r in before:
        b = by_id[r.doc.id]
        assert b.doc.text == r.doc.text
        for s in b.spans:
            assert b.doc.text[s.start:s.end] == s.text
        assert key(b) == key(r)
        if CARRIES[fmt] in ("attrs", "all"):
            assert attrs_key(b) == attrs_key(r)
        if CARRIES[fmt] == "all":
            assert sorted((s.id, s.label, s.start, s.end) for s in b.spans) == sorted(
                (s.id, s.label, s.start, s.end) for s in r.spans)
            def plain(meta):
                return {k: v for k, v in meta.items() if k != "source_sha256"}

            assert plain(b.doc.meta) == plain(r.doc.meta) and b.doc.title == r.doc.title
            assert b.doc.source_sha256 == r.doc.source_sha256
        if fmt in ("labelstudio", "prodigy"):
            assert b.doc.title == r.doc.title


@pytest.mark.parametrize("fmt", sorted(CARRIES))
def test_round_trip_of_the_example_and_the_seeds(fmt, tmp_path):
    records = example_records()
    assert len(records[0].spans) == 26 and len(records[0].relations) == 16
    check_same(fmt, records, round_trip(fmt, records, tmp_path))


# ------------------------------------------------------------------------ hypothesis
WORDS = ["قال", "الوزير", "والتحالف", "بغداد", "وبغداد", "لمقاتلي", "داعش", "للتحالف",
         "الأحد", "غداً", "إف-16", "2018", "١٥", "أيلول/سبتمبر", "«الحوار»", "النائمة\".",
         "👍🏽", "🇮🇶", "😀", "\u200fمرحبا\u200f", "\u061cنص", "\u2067كلمة\u2069",
         "Ω", "…", "،", "؟", "بالعراق", "فالجيش", "كالعادة", "سيقول"]
SEPS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0"]


@st.composite
def documents(draw, n=1):
    recs = []
    for i in range(n):
        parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)),
                              min_size=1, max_size=25))
        text = canonical("".join(w + s for w, s in parts))
        if not text:
            text = "نص"
        doc_id = draw(st.sampled_from([f"d{i}", f"وثيقة {i}", f"a/b {i}", f"x%{i}"]))
        nspans = draw(st.integers(0, 6))
        spans: list[Span] = []
        for k in range(nspans):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, min(len(text), a + 30)))
            label = draw(st.sampled_from(["ACTOR", "CLAIM", "DATE", "CUE"]))
            attrs = {}
            if label == "ACTOR" and draw(st.booleans()):
                attrs = {"type": draw(st.sampled_from(["person", "state"])),
                         "canonical": draw(st.sampled_from(["تنظيم الدولة", "100%", "x"]))}
            if label == "DATE" and draw(st.booleans()):
                attrs = {"type": "DATE", "value": "2018-09-10"}
            comment = draw(st.sampled_from(["", "", "ملاحظة", "checked twice"]))
            spans.append(Span.on(text, doc_id=doc_id, layer="gold", label=label, start=a,
                                 end=b, attrs=attrs, id=f"s{i}_{k}", comment=comment))
        rels: list[Relation] = []
        claims = [s for s in spans if s.label == "CLAIM"]
        for c in claims:
            for target, type_ in (("ACTOR", "claimant"), ("DATE", "claim_date")):
                cands = [s for s in spans if s.label == target]
                if cands and draw(st.booleans()):
                    t = draw(st.sampled_from(cands))
                    rels.append(Relation(doc_id=doc_id, layer="gold", type=type_, head=c.id,
                                         tail=t.id, id=f"r{c.id}{type_}"))
        uniq = {(s.label, s.start, s.end): s for s in spans}  # one span per label and place
        spans = list(uniq.values())
        keep = {s.id for s in spans}
        rels = [r for r in rels if r.head in keep and r.tail in keep]
        doc = Document(id=doc_id, text=text, title=text.split("\n")[0].strip()[:200] or "t",
                       meta={"source": "hypothesis"}, source_sha256=sha256_hex(text))
        recs.append(Record("h", 1, doc, True, spans, rels))
    ids = [r.doc.id for r in recs]
    return [r for k, r in enumerate(recs) if r.doc.id not in ids[:k]]


@pytest.mark.parametrize("fmt", sorted(CARRIES))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(records=documents(n=3))
def test_round_trip_of_hard_texts(fmt, records, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(fmt)
    if fmt != "gold":  # titles are derived from the text in the other formats
        for r in records:
            object.__setattr__(r.doc, "title", r.doc.text.split("\n")[0].strip()[:200])
    check_same(fmt, records, round_trip(fmt, records, tmp))


@settings(max_examples=60, deadline=None)
@given(records=documents(n=1))
def test_every_span_starts_and_ends_on_a_token_edge(records):
    [r] = records
    text = r.doc.text
    bounds = [(s.start, s.end) for s in r.spans]
    parts, starts = tok.pieces(text, [e for b in bounds for e in b])
    assert "".join(parts) == text and all(parts)
    edges = set(starts) | {len(text)}
    for a, b in bounds:
        assert a in edges and b in edges
    words, spaces, wstarts = tok.spacy_words(text, bounds)
    assert "".join(w + (" " if sp else "") for w, sp in zip(words, spaces, strict=True)) == text
    wend = {s + len(w) for s, w in zip(wstarts, words, strict=True)}
    for a, b in bounds:
        assert a in set(wstarts) and b in wend


def test_prodigy_tokens_and_span_token_indices(tmp_path):
    records = example_records()[:1]
    out = write("prodigy", [export_doc(r) for r in records], tmp_path / "p.jsonl")
    rec = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    toks = rec["tokens"]
    text = rec["text"]
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in toks) == text
    for s in rec["spans"]:
        assert toks[s["token_start"]]["start"] == s["start"]
        assert toks[s["token_end"]]["end"] == s["end"]
    for r in rec["relations"]:
        assert r["head"] == r["head_span"]["token_end"]
    assert SCHEMA.name
