"""The token writers that look their tokens up by item (CoNLL, spaCy) write what they
wrote when they went token by token: CoNLL byte for byte against that writer (kept
below as the reference), the spaCy DocBin's words, spaces and spans against the
tokenizer's ``spacy_words``, on hypothesis texts with span edges anywhere."""

from __future__ import annotations

import bisect
import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import tokens as tok
from desktop.core.formats.conll import ConllWriter
from desktop.core.formats.writing import ExportDoc, ExportError, WriteOptions
from tests.core.formats.helpers import SCHEMA
from tests.core.test_tokens import any_text, single_spaced, text_and_bounds, texts

LABELS = ["ACTOR", "DATE", "CLAIM", "CUE"]


def _doc(text: str, spans: list[tuple[int, int, str]]) -> ExportDoc:
    rows = sorted([[a, b, f"s{i}", label, "{}", ""] for i, (a, b, label) in enumerate(spans)],
                  key=lambda r: (r[0], r[1], r[3], r[2]))
    return ExportDoc("d", '"d"', '""', "", "", {}, "", "", "",
                     {"status": "reviewed", "reviewer": "", "annotators": []}, text,
                     json.dumps(rows, ensure_ascii=False), "[]")


_FINAL = {".", "!", "?", "؟", "…", "۔"}


def conll_reference(doc: ExportDoc, labels: set[str]) -> str:
    """The CoNLL writer as it was, token by token over ``spacy_words``."""
    text = doc.text
    spans = doc.spans()
    chosen = sorted((s for s in spans if s["label"] in labels),
                    key=lambda s: (s["start"], s["end"]))
    for a, b in zip(chosen, chosen[1:], strict=False):
        if b["start"] < a["end"]:
            raise ExportError(f"overlap {a['id']} {b['id']}")
    words, _, starts = tok.spacy_words(text, [(s["start"], s["end"]) for s in spans])
    tags = ["O"] * len(words)
    inside = bytearray(len(words))
    for s in chosen:
        i0 = bisect.bisect_left(starts, s["start"])
        i1 = bisect.bisect_left(starts, s["end"])
        tags[i0] = f"B-{s['label']}"
        tags[i0 + 1:i1] = [f"I-{s['label']}"] * (i1 - i0 - 1)
        inside[i0:i1] = b"\x01" * (i1 - i0)
    lines = ["-DOCSTART-\tO", ""]
    sentence = 0
    last = "O"
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        if word.isspace():
            if sentence and "\n" in word and not inside[i]:
                lines.append("")
                sentence = 0
            continue
        if tag[0] == "I" and last == "O":
            tag = "B" + tag[1:]
        lines.append(f"{word}\t{tag}")
        last = tag
        sentence += 1
        if word in _FINAL and not inside[i]:
            lines.append("")
            sentence = 0
    if sentence:
        lines.append("")
    return "\n".join(lines) + "\n"


class _Sink:
    def __init__(self):
        self.stream = io.StringIO()


def _conll(docs: list[ExportDoc], labels: tuple[str, ...]) -> str:
    sink = _Sink()
    writer = ConllWriter(sink, WriteOptions(layer="gold", schema=SCHEMA, labels=labels))
    for d in docs:
        writer.write(d)
    return sink.stream.getvalue()


@st.composite
def documents(draw, source):
    text, bounds = draw(text_and_bounds(source))
    spans = [(a, b, draw(st.sampled_from(LABELS))) for a, b in bounds]
    return text, spans


def check_conll(text: str, spans, labels=("ACTOR", "DATE")) -> None:
    doc = _doc(text, spans)
    try:
        want = conll_reference(doc, set(labels))
    except ExportError:
        with pytest.raises(ExportError, match="overlap"):
            _conll([doc], labels)
        return
    assert _conll([doc], labels) == want


@settings(max_examples=1500, deadline=None)
@given(documents(texts), st.sampled_from([("ACTOR", "DATE"), ("CLAIM",), tuple(LABELS)]))
def test_conll_is_the_token_by_token_writer(case, labels):
    check_conll(*case, labels)


@settings(max_examples=1000, deadline=None)
@given(documents(any_text))
def test_conll_on_any_text(case):
    check_conll(*case)


@st.composite
def spans_on_words(draw):
    """Spans over whole words and runs of words (how most spans fall), on texts of words
    between spaces, punctuation and line breaks: the writer's whole-stretch path."""
    text = draw(st.lists(st.one_of(single_spaced, st.sampled_from(["\n", "\n\n", ". ", "  "])),
                         min_size=1, max_size=6).map("".join))
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    spans = []
    for _ in range(draw(st.integers(0, 4)) if words else 0):
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(i, min(i + 3, len(words) - 1)))
        spans.append((words[i][0], words[j][1], draw(st.sampled_from(LABELS))))
    return text, spans


@settings(max_examples=1500, deadline=None)
@given(spans_on_words(), st.sampled_from([("ACTOR", "DATE"), tuple(LABELS)]))
def test_conll_with_spans_on_whole_words(case, labels):
    check_conll(*case, labels)


def test_spans_on_whole_words_take_the_stretch_path():
    text = "قال الجيش، أمس: «نعم».\n\nوأضاف  المتحدث"
    spans = [(text.index(w), text.index(w) + len(w), label) for w, label in [
        ("الجيش", "ACTOR"), ("أمس", "DATE"), ("«نعم».", "CLAIM"), ("وأضاف", "CUE"),
        ("المتحدث", "ACTOR")]]
    assert tok.edges_whole(text, [(a, b) for a, b, _ in spans])
    check_conll(text, spans, tuple(LABELS))


@pytest.mark.parametrize("text, spans", [
    ("", []),
    ("\n\nقال.\n\n", []),
    ("قال .\n\nأمس", [(0, 3, "ACTOR"), (4, 5, "DATE")]),  # a final mark inside a span
    ("a \n b c", [(1, 5, "ACTOR")]),  # a span that begins with white space
    ("a \n b c", [(0, 1, "DATE"), (1, 5, "ACTOR")]),  # ... right after another span
    ("a.\n\n\n.b", [(3, 7, "ACTOR")]),
    ("«نعم».", [(0, 6, "ACTOR"), (0, 1, "CLAIM")]),
])
def test_conll_edge_cases(text, spans):
    check_conll(text, spans, ("ACTOR", "DATE", "CLAIM"))


def test_one_writer_many_documents():
    cases = [("قال الجيش.\nأمس", [(4, 9, "ACTOR")]), ("\n", []), ("أ ب", [(0, 1, "DATE")])]
    docs = [_doc(t, s) for t, s in cases]
    assert _conll(docs, ("ACTOR", "DATE")) == "".join(
        conll_reference(d, {"ACTOR", "DATE"}) for d in docs)


# ------------------------------------------------------------------------------- spaCy
@pytest.fixture(scope="module")
def vocab():
    spacy = pytest.importorskip("spacy")
    return spacy.blank("ar").vocab


def _written(writer_class, docs: list[ExportDoc]) -> bytes:
    """What a binary writer writes for ``docs``."""
    sink = _BinarySink()
    writer = writer_class(sink, WriteOptions(layer="gold", schema=SCHEMA))
    for d in docs:
        writer.write(d)
    writer.close()
    return sink.stream.getvalue()


def _docbin(docs: list[ExportDoc]) -> bytes:
    from desktop.core.formats.spacy_bin import SpacyWriter

    return _written(SpacyWriter, docs)


class _BinarySink:
    def __init__(self):
        self.stream = io.BytesIO()


def check_spacy(vocab, cases) -> None:
    from spacy.tokens import DocBin

    docs = [_doc(text, spans) for text, spans in cases]
    got = list(DocBin().from_bytes(_docbin(docs)).get_docs(vocab))
    for doc, (text, spans) in zip(got, cases, strict=True):
        words, flags, _ = tok.spacy_words(text, [(a, b) for a, b, _ in spans])
        assert [t.text for t in doc] == words
        assert [bool(t.whitespace_) for t in doc] == flags
        assert doc.text == text
        assert sorted((s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["sc"]) == (
            sorted((a, b, label, f"s{i}") for i, (a, b, label) in enumerate(spans)))


@settings(max_examples=300, deadline=None)
@given(st.lists(documents(any_text), min_size=1, max_size=3))
def test_spacy_tokens_spaces_and_spans_are_the_tokenizers(vocab, cases):
    check_spacy(vocab, cases)


def _prodigy(docs: list[ExportDoc]) -> bytes:
    from desktop.core.formats.prodigy import ProdigyWriter

    return _written(ProdigyWriter, docs)


@pytest.mark.skipif(tok.scan is None, reason="the C scanner is not built")
@settings(max_examples=200, deadline=None)
@given(st.lists(documents(any_text), min_size=1, max_size=3))
def test_the_token_writers_write_the_same_bytes_without_the_c_scanner(cases):
    """Where ``desktop/core/_tokenscan.c`` is not built the writers take the regular
    expressions and pieces: Prodigy, spaCy and CoNLL files byte for byte the same."""
    docs = [_doc(text, spans) for text, spans in cases]

    def written():
        try:
            conll = _conll(docs, tuple(LABELS[:2]))
        except ExportError as e:  # overlapping spans of one label: refused alike
            conll = str(e)
        return _prodigy(docs), _docbin(docs), conll

    with_c = written()
    scan = tok.scan
    try:
        tok.scan = None
        without = written()
    finally:
        tok.scan = scan
    assert with_c == without
