"""Writers and the one atomic output helper: what each write-only format puts down
(CoNLL, Label Studio's UTF-16 offsets, the hf card's features), the tokenizer's rules,
and that an output never half-exists, never replaces a link or a device."""

import json
import os
import threading

import pytest

from desktop.core import formats
from desktop.core import tokens as tok
from desktop.core.formats import Record
from desktop.core.formats.writing import ExportError, Output, OutputError
from desktop.core.model import Document, Span
from desktop.core.text import Utf16Index
from tests.core.formats.helpers import export_doc, read, write

TEXT = "والتحالف الدولي قال 👍 إن داعش وبغداد «تحاور» أمس."


def rec(text=TEXT, spans=(), doc_id="d1"):
    out = [Span.on(text, doc_id=doc_id, layer="gold", label=lab, start=text.index(w) + k,
                   end=text.index(w) + k + n, id=f"s{i}")
           for i, (lab, w, k, n) in enumerate(spans)]
    return Record("t", 1, Document(id=doc_id, text=text, title="t"), True, out, [])


# ------------------------------------------------------------------------------ tokens
@pytest.mark.parametrize("word, edge, want", [
    ("والتحالف", 1, ["و", "التحالف"]),
    ("والتحالف", 3, ["و", "ال", "تحالف"]),
    ("وبالعراق", 4, ["و", "ب", "ال", "عراق"]),
    ("للتحالف", 2, ["ل", "ل", "تحالف"]),
    ("لمقاتلي", 1, ["ل", "مقاتلي"]),
    ("فالجيش", 1, ["ف", "الجيش"]),
    ("كالعادة", 3, ["ك", "ال", "عادة"]),
    ("بلدة", 2, ["بل", "دة"]),  # not proclitics: one split at the edge
    ("والتحالف", None, ["والتحالف"]),  # no edge inside: one token
])
def test_clitics_split_only_at_span_edges(word, edge, want):
    got = [t for t, _, _ in tok.tokens(word, [] if edge is None else [edge])]
    assert got == want


def test_punctuation_emoji_and_flags_are_tokens():
    got = [t for t, _, _ in tok.tokens('قال: "النائمة". 👍🏽🇮🇶 إف-16، ؟')]
    assert got == ["قال", ":", '"', "النائمة", '"', ".", "👍🏽", "🇮🇶", "إف", "-", "16", "،",
                   "؟"]


# ------------------------------------------------------------------------------- CoNLL
def test_conll_iob2_with_chosen_labels(tmp_path):
    r = rec(spans=[("ACTOR", "التحالف الدولي", 0, 14), ("ACTOR", "داعش", 0, 4),
                   ("ACTOR", "بغداد", 0, 5), ("CLAIM", "داعش وبغداد «تحاور»", 0, 19),
                   ("DATE", "أمس", 0, 3)])
    out = write("conll", [export_doc(r)], tmp_path / "o.conll")
    rows = out.read_text(encoding="utf-8").split("\n")
    assert rows[0] == "-DOCSTART-\tO" and rows[1] == ""
    pairs = [tuple(x.split("\t")) for x in rows[2:] if x]
    assert pairs[:4] == [("و", "O"), ("التحالف", "B-ACTOR"), ("الدولي", "I-ACTOR"),
                         ("قال", "O")]
    assert ("داعش", "B-ACTOR") in pairs and ("بغداد", "B-ACTOR") in pairs
    assert ("أمس", "B-DATE") in pairs and not any(t.endswith("CLAIM") for _, t in pairs)
    out = write("conll", [export_doc(r)], tmp_path / "c.conll", labels=("CLAIM",))
    tags = [x.split("\t")[1] for x in out.read_text(encoding="utf-8").split("\n")[2:] if x]
    assert tags.count("B-CLAIM") == 1 and "B-ACTOR" not in tags


def test_conll_overlapping_chosen_spans_name_the_document(tmp_path):
    r = rec(spans=[("ACTOR", "التحالف الدولي", 0, 14), ("ACTOR", "الدولي", 0, 6)],
            doc_id="خبر-7")
    with pytest.raises(ExportError, match="document 'خبر-7'.*overlap"):
        write("conll", [export_doc(r)], tmp_path / "o.conll")
    assert not (tmp_path / "o.conll").exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file left


# ------------------------------------------------------------------------ Label Studio
def test_labelstudio_writes_utf16_offsets_as_predictions(tmp_path):
    r = rec(spans=[("ACTOR", "داعش", 0, 4)])
    out = write("labelstudio", [export_doc(r)], tmp_path / "ls.json")
    [task] = json.loads(out.read_text(encoding="utf-8"))
    [region] = task["predictions"][0]["result"]
    start = TEXT.index("داعش")
    idx = Utf16Index(TEXT)
    assert region["value"]["start"] == idx.to_utf16(start) == start + 1  # 👍 before it
    assert TEXT.encode("utf-16-le")[2 * region["value"]["start"]:2 * region["value"]["end"]
                                    ].decode("utf-16-le") == "داعش"
    assert task["data"]["id"] == "d1" and "annotations" not in task


def test_label_config_names_every_attribute_control():
    from xml.dom.minidom import parseString

    from desktop.core.formats.labelstudio import label_config
    from tests.core.formats.helpers import SCHEMA

    config = label_config(SCHEMA)
    for lab in SCHEMA.labels:
        assert f'<Label value="{lab.name}"' in config
        for a in lab.attributes:
            assert f'name="{lab.name}_{a.name}"' in config
    parseString(config)  # well-formed


# ---------------------------------------------------------------------------------- hf
def test_hf_card_declares_every_column(tmp_path):
    r = rec(spans=[("ACTOR", "داعش", 0, 4)])
    d = export_doc(r)
    d.meta = {"source": "x", "n": 3, "tags": ["a"]}
    out = write("hf", [d], tmp_path / "hf")
    card = (out / "README.md").read_text(encoding="utf-8")
    head = card.split("---")[1]
    for col in ("id", "title", "text", "text_sha256", "meta", "spans", "relations", "review"):
        assert f"- name: {col}\n" in head
    assert '- name: "n"\n      dtype: int64' in head
    assert '- name: "tags"\n      dtype: string' in head  # lists: JSON text
    line = json.loads((out / "data" / "train-00000.jsonl").read_text(encoding="utf-8"))
    assert line["meta"]["tags"] == '["a"]' and line["meta"]["n"] == 3
    assert line["relations"] == [] and line["spans"][0]["text"] == "داعش"


def test_spacy_without_spacy_is_a_clear_message(monkeypatch, tmp_path):
    import importlib.util

    from desktop.core.formats import spacy_bin

    real = importlib.util.find_spec
    monkeypatch.setattr(spacy_bin, "find_spec",
                        lambda name: None if name == "spacy" else real(name))
    assert "pip install 'tawsim[spacy]'" in formats.get("spacy").available()


# --------------------------------------------------------------------- the output helper
def test_output_replaces_a_file_only_when_complete(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with Output(target) as out:
            out.stream.write("new, half")
            raise RuntimeError("disk full")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    with Output(target) as out:
        out.stream.write("new\n")
    assert target.read_text() == "new\n"


def test_output_writes_through_a_symlink_and_keeps_it(tmp_path):
    real = tmp_path / "data" / "real.jsonl"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with Output(link) as out:
        out.stream.write("new")
    assert link.is_symlink() and real.read_text() == "new"


def test_output_writes_into_a_fifo_without_replacing_it(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    with Output(fifo) as out:
        out.stream.write("through the pipe")
    reader.join(10)
    assert got == ["through the pipe"] and fifo.exists() and not fifo.is_file()


def test_output_folder_swaps_in_and_refuses_foreign_folders(tmp_path):
    target = tmp_path / "brat"
    f = formats.get("brat")
    r = rec(spans=[("ACTOR", "داعش", 0, 4)])
    write("brat", [export_doc(r)], target)
    assert sorted(p.name for p in target.iterdir()) == ["annotation.conf", "d1.ann", "d1.txt"]
    r2 = rec(spans=[], doc_id="d2")
    write("brat", [export_doc(r2)], target)  # an older export is replaced whole
    assert sorted(p.name for p in target.iterdir()) == ["annotation.conf", "d2.ann", "d2.txt"]
    (target / "thesis.docx").write_text("mine")
    with pytest.raises(OutputError, match="thesis.docx"):
        with Output(target, kind="folder", owns=f.owns):
            pass
    with pytest.raises(OutputError, match="folder"):
        with Output("-", kind="folder"):
            pass
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_brat_ids_that_are_not_file_names(tmp_path):
    r = rec(spans=[("ACTOR", "داعش", 0, 4)], doc_id="a/b c%")
    out = write("brat", [export_doc(r)], tmp_path / "b")
    [txt] = [p for p in out.iterdir() if p.suffix == ".txt"]
    assert "/" not in txt.name
    [back], rej = read(txt, "brat")
    assert back.doc.id == "a/b c%" and rej == []
