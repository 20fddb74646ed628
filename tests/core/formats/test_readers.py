"""Each reader on its tool's own published example shape (doccano's import examples and
export, Label Studio's JSON export, Prodigy's ner.manual / rel.manual output, brat's
standoff documentation), plus the rules every reader shares: the label map, unknown
names listed once, offsets remapped onto the canonical text, nothing dropped silently."""

import json

import pytest

from tests.core.formats.helpers import read

TEXT = "قال وزير الخارجية إن الجيش انسحب من بغداد يوم الأحد."
#       0   4    9        18 21   26    33 36    42  46


def span_texts(rec):
    return sorted((s.label, s.text) for s in rec.spans)


def lines(*objs) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


# ----------------------------------------------------------------------------- doccano
def test_doccano_sequence_labelling_example(tmp_path):
    # the shape of doccano's sequence-labelling import example: no id, [start, end, label]
    f = tmp_path / "doccano.jsonl"
    f.write_text(lines(
        {"text": TEXT, "label": [[4, 17, "PER"], [21, 26, "ORG"], [36, 41, "LOC"]]},
        {"text": "مقال بلا توسيم", "label": []}), encoding="utf-8")
    recs, rej = read(f, "doccano", label_map={"PER": "ACTOR", "ORG": "ACTOR", "LOC": "ACTOR"})
    assert rej == []
    assert span_texts(recs[0]) == [("ACTOR", "الجيش"), ("ACTOR", "بغداد"),
                                   ("ACTOR", "وزير الخارجية")]
    assert recs[0].doc.id.startswith("doc_") and recs[1].annotated and recs[1].spans == []
    # the same file through auto: doccano is recognised, nothing dropped
    recs2, rej2 = read(f, "auto", label_map={"PER": "ACTOR", "ORG": "ACTOR", "LOC": "ACTOR"})
    assert rej2 == [] and [span_texts(r) for r in recs2] == [span_texts(r) for r in recs]


def test_doccano_relation_export(tmp_path):
    # doccano's relation-extraction export: integer ids, entities, relations, Comments
    rec = {"id": 8, "text": TEXT, "Comments": ["checked"],
           "entities": [{"id": 11, "label": "CLAIM", "start_offset": 21, "end_offset": 32},
                        {"id": 12, "label": "ACTOR", "start_offset": 4, "end_offset": 17},
                        {"id": 13, "label": "DATE", "start_offset": 42, "end_offset": 51}],
           "relations": [{"id": 5, "from_id": 11, "to_id": 12, "type": "said_by"},
                         {"id": 6, "from_id": 11, "to_id": 13, "type": "claim_date"}]}
    f = tmp_path / "rel.jsonl"
    f.write_text(lines(rec), encoding="utf-8")
    [r], rej = read(f, "doccano", label_map={"said_by": "claimant"})
    assert rej == []
    assert r.doc.id == "8" and r.doc.meta["Comments"] == ["checked"]
    by_id = {s.id: s for s in r.spans}
    assert by_id["11"].text == "الجيش انسحب" and by_id["13"].text == "يوم الأحد"
    assert sorted((x.type, x.head, x.tail) for x in r.relations) == [
        ("claim_date", "11", "13"), ("claimant", "11", "12")]


def test_doccano_classification_is_refused_not_dropped(tmp_path):
    f = tmp_path / "cls.jsonl"
    f.write_text(lines({"text": TEXT, "label": ["politics"]}), encoding="utf-8")
    recs, [rej] = read(f, "auto")
    assert recs == [] and "classification" in rej.reason


# -------------------------------------------------------------------------- Label Studio
def ls_task(text, result, **extra):
    return {"id": 1, "data": {"text": text}, "annotations": [
        {"id": 10, "completed_by": 1, "result": result, "was_cancelled": False,
         "ground_truth": False, "lead_time": 4.2, "task": 1}],
        "predictions": [], "meta": {}, "inner_id": 1, **extra}


def region(rid, start, end, text, label, **extra):
    return {"value": {"start": start, "end": end, "text": text, "labels": [label]},
            "id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "origin": "manual", **extra}


def test_labelstudio_export_with_utf16_offsets(tmp_path):
    text = "👍🏽 " + TEXT  # two astral characters and a space: 3 code points, 5 UTF-16 units
    u = 5
    result = [
        region("a1", 4 + u, 17 + u, "وزير الخارجية", "ACTOR", meta={"text": ["the minister"]}),
        region("a2", 21 + u, 32 + u, "الجيش انسحب", "CLAIM"),
        {"value": {"start": 4 + u, "end": 17 + u, "text": "وزير الخارجية",
                   "choices": ["government"]},
         "id": "a1", "from_name": "type", "to_name": "text", "type": "choices"},
        {"value": {"start": 21 + u, "end": 32 + u, "text": "الجيش انسحب",
                   "choices": ["assertion"]},
         "id": "a2", "from_name": "CLAIM_claim_type", "to_name": "text", "type": "choices"},
        {"from_id": "a2", "to_id": "a1", "type": "relation", "direction": "right",
         "labels": ["claimant"]},
        {"value": {"choices": ["news"]}, "id": "doc1", "from_name": "genre",
         "to_name": "text", "type": "choices"},
    ]
    f = tmp_path / "export.json"
    f.write_text(json.dumps([ls_task(text, result)], ensure_ascii=False, indent=2),
                 encoding="utf-8")
    [r], rej = read(f, "labelstudio")
    assert rej == []
    by_id = {s.id: s for s in r.spans}
    assert by_id["a1"].text == "وزير الخارجية" and r.doc.text[by_id["a1"].start:by_id["a1"].end] == "وزير الخارجية"
    assert by_id["a1"].attrs == {"type": "government"} and by_id["a1"].comment == "the minister"
    assert by_id["a2"].attrs == {"claim_type": "assertion"}
    assert [(x.type, x.head, x.tail) for x in r.relations] == [("claimant", "a2", "a1")]
    assert r.doc.meta["labelstudio"] == {"genre": "news"}
    assert r.doc.id == "1"
    # auto recognises the JSON array of tasks
    recs, rej = read(f, "auto")
    assert rej == [] and span_texts(recs[0]) == span_texts(r)


def test_labelstudio_offsets_checked_against_value_text(tmp_path):
    text = "😀" + TEXT
    # offsets counted in code points by mistake: value.text does not match
    bad = ls_task(text, [region("a1", 22, 27, "الجيش", "ACTOR")])
    # inside the surrogate pair of the emoji
    mid = ls_task(text, [region("a1", 1, 4, "قال", "ACTOR")])
    f = tmp_path / "t.json"
    f.write_text(json.dumps([bad, mid]), encoding="utf-8")
    recs, rej = read(f, "labelstudio")
    assert recs == []
    assert "differs from the text" in rej[0].reason
    assert "inside a character" in rej[1].reason


def test_labelstudio_several_annotations_need_a_choice(tmp_path):
    task = ls_task(TEXT, [region("a", 21, 26, "الجيش", "ACTOR")])
    task["annotations"].append({**task["annotations"][0], "completed_by": 2})
    cancelled = json.loads(json.dumps(task))
    cancelled["annotations"][1]["was_cancelled"] = True
    truth = json.loads(json.dumps(task))
    truth["annotations"][1]["ground_truth"] = True
    truth["annotations"][1]["result"] = [region("b", 36, 41, "بغداد", "ACTOR")]
    f = tmp_path / "t.json"
    f.write_text(json.dumps([task, cancelled, truth]), encoding="utf-8")
    recs, rej = read(f, "labelstudio")
    assert len(rej) == 1 and "2 annotations" in rej[0].reason
    assert [span_texts(r) for r in recs] == [[("ACTOR", "الجيش")], [("ACTOR", "بغداد")]]


def test_labelstudio_unread_result_types_are_refused(tmp_path):
    task = ls_task(TEXT, [{"id": "r", "type": "rating", "from_name": "stars",
                           "to_name": "text", "value": {"rating": 4}}])
    f = tmp_path / "t.json"
    f.write_text(json.dumps([task]), encoding="utf-8")
    recs, [rej] = read(f, "labelstudio")
    assert "'rating'" in rej.reason


# ------------------------------------------------------------------------------ Prodigy
def prodigy_tokens(text):
    from desktop.core.tokens import spacy_words

    words, spaces, starts = spacy_words(text, [])
    return [{"text": w, "start": s, "end": s + len(w), "id": i, "ws": sp}
            for i, (w, sp, s) in enumerate(zip(words, spaces, starts, strict=True))]


def test_prodigy_ner_manual_output(tmp_path):
    toks = prodigy_tokens(TEXT)
    rec = {"text": TEXT, "_input_hash": 1641304000, "_task_hash": -1518331636,
           "tokens": toks, "_view_id": "ner_manual", "answer": "accept",
           "_timestamp": 1596000000,
           "spans": [{"start": 4, "end": 17, "token_start": 1, "token_end": 2, "label": "ACTOR"},
                     {"start": 36, "end": 41, "token_start": 7, "token_end": 7, "label": "ACTOR"}]}
    rejected = dict(rec, answer="reject")
    f = tmp_path / "prodigy.jsonl"
    f.write_text(lines(rec, rejected), encoding="utf-8")
    recs, rej = read(f, "prodigy")
    assert [span_texts(r) for r in recs] == [[("ACTOR", "بغداد"), ("ACTOR", "وزير الخارجية")]]
    assert recs[0].doc.id == "prodigy_1641304000"
    assert len(rej) == 1 and rej[0].line == 2 and "answer 'reject'" in rej[0].reason
    recs2, rej2 = read(f, "auto")  # tokens: a Prodigy record
    assert [span_texts(r) for r in recs2] == [span_texts(r) for r in recs] and len(rej2) == 1


def test_prodigy_rel_manual_output(tmp_path):
    toks = prodigy_tokens(TEXT)
    claim = {"start": 21, "end": 32, "token_start": 4, "token_end": 5, "label": "CLAIM"}
    actor = {"start": 4, "end": 17, "token_start": 1, "token_end": 2, "label": "ACTOR"}
    date = {"start": 42, "end": 51, "token_start": 8, "token_end": 9, "label": "DATE"}
    rec = {"text": TEXT, "tokens": toks, "spans": [claim, actor, date], "answer": "accept",
           "meta": {"source": "wire"},
           "relations": [{"head": 5, "child": 2, "head_span": claim, "child_span": actor,
                          "label": "SAID_BY"},
                         {"head": 5, "child": 9, "label": "claim_date"}]}  # no *_span
    f = tmp_path / "rel.jsonl"
    f.write_text(lines(rec), encoding="utf-8")
    [r], rej = read(f, "prodigy", label_map={"SAID_BY": "claimant"})
    assert rej == [] and r.doc.meta == {"source": "wire"}
    pos = {s.id: s.text for s in r.spans}
    assert sorted((x.type, pos[x.head], pos[x.tail]) for x in r.relations) == [
        ("claim_date", "الجيش انسحب", "يوم الأحد"), ("claimant", "الجيش انسحب", "وزير الخارجية")]


# --------------------------------------------------------------------------------- brat
def brat_pair(folder, stem, text, ann):
    folder.mkdir(exist_ok=True)
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8", newline="")
    (folder / f"{stem}.ann").write_text(ann, encoding="utf-8")


def test_brat_standoff_example(tmp_path):
    raw = "قال وزير الخارجية   \r\nإن الجيش انسحب من بغداد."  # not canonical: remapped
    i = raw.index
    ann = (f"T1\tActor {i('وزير')} {i('وزير') + 13}\tوزير الخارجية\n"
           f"T2\tClaim {i('الجيش')} {i('الجيش') + 11}\tالجيش انسحب\n"
           f"R1\tclaimant Arg1:T2 Arg2:T1\n"
           f"A1\ttype T1 government\n"
           f"A2\tcanonical T1 وزارة%20الخارجية\n"
           f"#1\tAnnotatorNotes T1\tchecked twice\n")
    brat_pair(tmp_path / "corpus", "doc1", raw, ann)
    brat_pair(tmp_path / "corpus", "doc2", "نص بلا توسيم", "")
    recs, rej = read(tmp_path / "corpus" / "doc1.txt", "brat",
                     label_map={"Actor": "ACTOR", "Claim": "CLAIM"})
    assert rej == []
    [r] = recs
    assert r.doc.id == "doc1" and r.doc.text == "قال وزير الخارجية\nإن الجيش انسحب من بغداد."
    by = {s.label: s for s in r.spans}
    assert by["ACTOR"].attrs == {"type": "government", "canonical": "وزارة الخارجية"}
    assert by["ACTOR"].comment == "checked twice"
    assert r.doc.text[by["CLAIM"].start:by["CLAIM"].end] == "الجيش انسحب"
    assert [(x.type, x.head, x.tail) for x in r.relations] == [("claimant", "T2", "T1")]


@pytest.mark.parametrize("line, reason", [
    ("T1\tACTOR 4 8;9 17\tوزير الخارجية", "discontinuous span"),
    ("E1\tMove:T1", "events"),
    ("*\tEquiv T1 T2", "equivalences"),
    ("N1\tReference T1 Wikidata:Q1\tوزير", "normalisations"),
    ("T1\tACTOR 4 8\tخطأ", "differs from the text"),
    ("A1\ttype T9 government", "not a span"),
    ("T1\tACTOR four 8\tوزير", "not two integers"),
])
def test_brat_refuses_what_it_cannot_hold(tmp_path, line, reason):
    brat_pair(tmp_path / "c", "d", TEXT, f"T1\tACTOR 4 8\tوزير\n{line}\n"
              if not line.startswith("T1") else line + "\n")
    recs, [rej] = read(tmp_path / "c" / "d.txt", "brat")
    assert recs == [] and reason in rej.reason, rej.reason


def test_auto_reads_a_brat_folder_with_its_annotations(tmp_path):
    from desktop.core.formats import expand_paths

    brat_pair(tmp_path / "c", "d", TEXT, "T1\tACTOR 36 41\tبغداد\n")
    (tmp_path / "c" / "lonely.ann").write_text("T1\tACTOR 0 3\tقال\n", encoding="utf-8")
    files = expand_paths([tmp_path / "c"])
    assert [f.name for f in files] == ["d.txt", "lonely.ann"]
    recs, rej = read(files[0], "auto")
    assert span_texts(recs[0]) == [("ACTOR", "بغداد")]
    recs, [rej] = read(files[1], "auto")
    assert "no lonely.txt beside it" in rej.reason


# ----------------------------------------------------------------- rules every reader shares
def test_unknown_labels_are_listed_once_each(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(lines({"id": "a", "text": TEXT, "label": [
        [4, 8, "PER"], [9, 17, "PER"], [21, 26, "ORG"], [36, 41, "ACTOR"]]}), encoding="utf-8")
    _, [rej] = read(f, "doccano")
    assert rej.reason.count("'PER'") == 1 and "'ORG'" in rej.reason
    assert "--label-map" in rej.reason and "unknown labels" in rej.reason


@pytest.mark.parametrize("record, fmt, named", [
    ({"id": "a", "text": TEXT, "label": [[0, 3, "CUE"]]}, "jsonl", "doccano"),
    ({"id": "a", "text": TEXT, "entities": []}, "gold", "doccano"),
    ({"id": "a", "text": TEXT, "tokens": [], "spans": []}, "gold", "prodigy"),
    ({"data": {"text": TEXT}, "annotations": []}, "jsonl", "labelstudio"),
    ({"id": "a", "text": TEXT, "spans": []}, "doccano", "gold"),
    ({"id": "a", "text": TEXT, "spans": [], "relations": []}, "jsonl", "gold"),
])
def test_a_reader_refuses_annotations_it_would_drop(tmp_path, record, fmt, named):
    f = tmp_path / "r.jsonl"
    f.write_text(lines(record), encoding="utf-8")
    recs, [rej] = read(f, fmt)
    assert recs == [] and f"--format {named}" in rej.reason, rej.reason


def test_fields_no_reader_reads_are_refused(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text(lines({"id": "a", "text": TEXT, "cats": {"POLITICS": 1.0}}), encoding="utf-8")
    recs, [rej] = read(f, "auto")
    assert "text categories" in rej.reason


def test_conll_is_refused_as_text(tmp_path):
    f = tmp_path / "tags.txt"
    f.write_text("-DOCSTART-\tO\n\nقال\tO\nالوزير\tB-ACTOR\n", encoding="utf-8")
    recs, [rej] = read(f, "auto")
    assert "CoNLL" in rej.reason


def test_gold_span_comment_is_read(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text(lines({"id": "a", "text": TEXT, "spans": [
        {"start": 36, "end": 41, "label": "ACTOR", "comment": "the city, for its government"}]}),
        encoding="utf-8")
    [r], _ = read(f, "gold")
    assert r.spans[0].comment == "the city, for its government"
    f.write_text(lines({"id": "a", "text": TEXT, "spans": [
        {"start": 36, "end": 41, "label": "ACTOR", "comment": 7}]}), encoding="utf-8")
    _, [rej] = read(f, "gold")
    assert "comment must be a string" in rej.reason


def test_doccano_pretty_printed_example_file(tmp_path):
    # doccano's own relation_extraction/example.jsonl is one pretty-printed object
    f = tmp_path / "example.jsonl"
    rec = {"text": TEXT, "entities": [
        {"id": 0, "start_offset": 21, "end_offset": 32, "label": "CLAIM"},
        {"id": 1, "start_offset": 42, "end_offset": 51, "label": "DATE"}],
        "relations": [{"from_id": 0, "to_id": 1, "type": "claim_date"}]}
    f.write_text("\n" + json.dumps(rec, ensure_ascii=False, indent=4) + "\n"
                 + json.dumps(dict(rec, text=TEXT + " ثانية"), ensure_ascii=False, indent=4),
                 encoding="utf-8")
    recs, rej = read(f, "doccano")
    assert rej == [] and len(recs) == 2
    assert [(r.type, r.head, r.tail) for r in recs[0].relations] == [("claim_date", "0", "1")]
    recs2, rej2 = read(f, "auto")
    assert rej2 == [] and len(recs2) == 2


def _expand_reference(paths):
    """expand_paths as it was, over Path.rglob: the order and the choice to keep."""
    from desktop.core.formats import ANN_SUFFIX, KNOWN_SUFFIXES

    out = []
    from pathlib import Path

    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and not (f.suffix == ANN_SUFFIX and f.with_suffix(".txt").exists())))
        else:
            out.append(p)
    return out


def test_folders_expand_as_rglob_sorted_them(tmp_path):
    """One listing a folder gives the files, and the order, of sorted rglob paths: names
    that sort around a folder's name, hidden files and folders, lone and paired .ann
    files, suffixes in capitals, links to files, to folders and to nothing."""
    import os

    from desktop.core.formats import expand_paths

    root = tmp_path / "c"
    files = ["b.txt", "b/z.txt", "b/a.ann", "b/a.txt", "b-c.txt", "b.c/x.jsonl", "a.TXT",
             "a.ann", "A.json", "x.ann", ".hidden.txt", ".h/in.txt", "d/.e/f.txt", "n.",
             "n.tar.txt", "m.ANN", "m.txt", "k.tawsim", "z/y/x/w.ndjson", "u.csv", "p.ann",
             "d/q.text", "v.txt.ann", "v.txt.txt", "ß.txt", "é/1.txt", "10.txt", "9.txt"]
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("قال", encoding="utf-8")
    (root / "dir.txt").mkdir()
    (root / "dir.ann").write_text("", encoding="utf-8")  # its .txt is a folder
    os.symlink(root / "b.txt", root / "link.txt")
    os.symlink(root / "z", root / "zlink")  # a link to a folder: not walked
    os.symlink(root / "none", root / "p.txt")  # a broken link: p.ann is alone
    os.symlink(root / "none", root / "broken.txt")
    got = expand_paths([root, root / "b.txt", root / "d"])
    assert got == _expand_reference([root, root / "b.txt", root / "d"])
    assert len(got) > 20


ANN_CASES = [
    "T1\tACTOR 4 8\tوزير\nA1\ttype T1 government\nA2\tmention T1 name\n"
    "#1\tAnnotatorNotes T1\tم\tx\n",
    "T1\tACTOR 4 8\tوزير\r\r\n\n  \n\t\nM1\ttype T1 gov%65rnment\nA2\tcanonical T1 x  %20y%25\n",
    "T1\tACTOR 4 8\tوزير\nA1\tmention T1\n", "T1\tACTOR 4 8\tوزير\nA1\tcanonical T1 a b\n",
    "T1\tA;B 4 8\tوزير\n", "T1\tACTOR 4;5 8\tوزير\n", "T1\tACTOR 4 5;6 8\tوزير\n",
    "T1\tACTOR +4 ٨\tوزير\n", "T1\tACTOR 4 8 9\tوزير\n", "T1\tACTOR 4\tوزير\n",
    "T1\tACTOR 4 8\n", "T1\tACTOR 4 8\tوزير\tتتمة\n", "T1\tACTOR x 8\tوزير\n",
    "T1\tACTOR 4 8\tوزير\nT1\tACTOR 4 8\tوزير\n", "T1\n", "X1\tfoo\n", "E1\tx\n", "*\tx\n",
    "N1\tx\n", "A1\ttype\n", "A1\ttype T9 x\n", "#1\tAnnotatorNotes\n",
    "#1\tAnnotatorNotes T9\tx\n", "R1\tclaimant Arg1:T1\n",
    "T1\tCLAIM 0 3\tقال\nT2\tACTOR 4 8\tوزير\nR1\tclaimant Arg1:T1 Arg2:T2\n"
    "#1\tAnnotatorNotes T1\ta\n#2\tAnnotatorNotes T1\tb\n",
    "T1\tACTOR 4  8\tوزير\n", "", "\n\n", "T1\tACTOR 4 8\tوزيرx\n", "T1\tPER 4 8\tوزير\n",
]


@pytest.mark.parametrize("ann", ANN_CASES)
def test_brat_ann_lines_read_as_before(ann):
    from desktop.core.formats import brat
    from desktop.core.formats.records import RecordError
    from tests.core.formats import brat_reference
    from tests.core.formats.helpers import ctx

    def parse(fn):
        try:
            rec = fn(ann, raw=TEXT, doc_id="d", name="d.ann", ctx=ctx(), source="s")
        except RecordError as exc:
            return str(exc)
        return (rec.doc.id, rec.doc.text, rec.doc.meta, rec.doc.source_sha256,
                [(s.id, s.label, s.start, s.end, s.attrs, s.comment) for s in rec.spans],
                [(r.type, r.head, r.tail, r.id) for r in rec.relations])

    assert parse(brat.parse_ann) == parse(brat_reference.parse_ann)
