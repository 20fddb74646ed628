"""The exports in the libraries they are for (issue 12): spaCy loads the DocBin and finds
every span with strict alignment, ``datasets.load_dataset`` loads the hf folder with exact
types (first documents without relations, meta keys that vary), pandas reads the gold
JSONL, at 20,000 documents through the command line. All are marked ``interop``
(``pytest -m interop`` runs just them; ``make test`` runs them too)."""

from __future__ import annotations

import json
import random

import pytest

from desktop.core.formats import Record
from desktop.core.model import Document, Relation, Span
from desktop.resources import resource
from tests.core.formats.helpers import export_doc, read, write

pytestmark = pytest.mark.interop
EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")
HARD = "والتحالف «الدولي» قال: النائمة\". 👍🏽 🇮🇶 وبغداد\u200f لمقاتلي داعش\n\nأمس، ١٥ أيلول/سبتمبر"


def hard_record() -> Record:
    text = HARD
    spans = []
    for i, (label, word, k) in enumerate([("ACTOR", "التحالف", 0), ("ACTOR", "بغداد", 0),
                                          ("ACTOR", "داعش", 0), ("CLAIM", "النائمة", 0),
                                          ("DATE", "أمس", 0), ("ACTOR", "قاتلي", 0),
                                          ("CUE", "ال", 0)]):
        start = text.index(word) + k
        spans.append(Span.on(text, doc_id="hard", layer="gold", label=label, start=start,
                             end=start + len(word), id=f"h{i}"))
    spans.append(Span.on(text, doc_id="hard", layer="gold", label="CLAIM", start=0,
                         end=len(text), id="whole"))
    return Record("t", 1, Document(id="hard", text=text, title="t"), True, spans, [])


def test_spacy_loads_the_docbin_and_finds_every_span_strictly(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    recs, _ = read(EXAMPLE, "gold")
    records = [*recs, hard_record()]
    out = write("spacy", [export_doc(r) for r in records], tmp_path / "x.spacy")
    nlp = spacy.blank("ar")
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert len(docs) == 2
    for doc, rec in zip(docs, records, strict=True):
        assert doc.text == rec.doc.text
        assert doc.user_data["tawsim"]["id"] == rec.doc.id
        assert {(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["sc"]} == {
            (s.start, s.end, s.label, s.id) for s in rec.spans}
        for s in rec.spans:
            found = doc.char_span(s.start, s.end, alignment_mode="strict")
            assert found is not None and found.text == s.text, s
    assert len(docs[0].spans["sc"]) == 26
    assert len(docs[0].user_data["tawsim"]["relations"]) == 16


def hf_records(n: int) -> list[Record]:
    rng = random.Random(n)
    words = ["قال", "الوزير", "إن", "الجيش", "انسحب", "من", "بغداد", "أمس", "والتحالف"]
    out = []
    for i in range(n):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 12)))
        doc_id = f"d{i:05d}"
        first = text.split(" ")[0]
        spans = [Span.on(text, doc_id=doc_id, layer="gold", label="CLAIM", start=0,
                         end=len(text), id=f"{doc_id}c")]
        spans.append(Span.on(text, doc_id=doc_id, layer="gold", label="ACTOR", start=0,
                             end=len(first), id=f"{doc_id}a",
                             attrs={"type": "person"} if i % 3 else {}))
        rels = []
        meta = {"source": "synthetic"}
        if i >= n // 2:  # the first half has no relations and one meta key
            rels = [Relation(doc_id=doc_id, layer="gold", type="claimant", head=f"{doc_id}c",
                             tail=f"{doc_id}a", id=f"{doc_id}r")]
            meta.update(url=f"https://example.org/{i}", words=len(text.split(" ")),
                        tags=["a", "b"] if i % 2 else [], published=None)
        out.append(Record("t", 1, Document(id=doc_id, text=text, title=first, meta=meta),
                          True, spans, rels))
    return out


def check_hf(folder, n):
    import datasets

    ds = datasets.load_dataset(str(folder), split="train")
    assert ds.num_rows == n
    f = ds.features
    assert f["meta"]["words"].dtype == "int64" and f["meta"]["url"].dtype == "string"
    assert f["spans"].feature["start"].dtype == "int64"
    assert f["relations"].feature["head"].dtype == "string"
    first, last = ds[0], ds[n - 1]
    assert first["relations"] == [] and first["meta"]["url"] is None
    assert last["relations"][0]["type"] == "claimant" and last["meta"]["words"] > 0
    assert json.loads(last["meta"]["tags"]) in (["a", "b"], [])
    assert first["spans"][0]["text"] == first["text"][first["spans"][0]["start"]:
                                                      first["spans"][0]["end"]]


def test_datasets_loads_the_hf_folder(tmp_path):
    records = hf_records(400)
    out = write("hf", [export_doc(r) for r in records], tmp_path / "hf")
    check_hf(out, 400)


def test_datasets_loads_20000_documents_exported_by_the_command(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for r in hf_records(20_000):
            pos = {s.id: s for s in r.spans}
            fh.write(json.dumps({
                "id": r.doc.id, "text": r.doc.text, "meta": r.doc.meta,
                "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label,
                           "attrs": s.attrs} for s in pos.values()],
                "relations": [{"id": x.id, "type": x.type, "head": x.head, "tail": x.tail}
                              for x in r.relations]}, ensure_ascii=False) + "\n")
    project = tmp_path / "p.tawsim"
    run = [sys.executable, "-m", "desktop"]
    assert subprocess.run([*run, "import", str(project), str(src), "--quiet"]).returncode == 0
    assert subprocess.run([*run, "export", str(project), "--out", str(tmp_path / "hf"),
                           "--format", "hf", "--include-unreviewed"]).returncode == 0
    check_hf(tmp_path / "hf", 20_000)


def test_pandas_reads_the_gold_jsonl(tmp_path):
    import pandas as pd

    recs, _ = read(EXAMPLE, "gold")
    out = write("gold", [export_doc(r) for r in [*recs, *hf_records(10)]], tmp_path / "g.jsonl")
    df = pd.read_json(out, lines=True, dtype=False)
    assert len(df) == 11 and list(df.columns[:3]) == ["id", "title", "text"]
    row = df[df["id"] == "000_853630d0f81be7ce"].iloc[0]
    assert len(row["spans"]) == 26 and len(row["relations"]) == 16
    for span in row["spans"]:
        assert row["text"][span["start"]:span["end"]] == span["text"]
