"""The writers that put lines together from pre-encoded pieces (desktop.core.formats.pieces)
write exactly what ``json.dumps(record, ensure_ascii=False, separators=(",", ":"))`` of
the same record writes, on hostile texts: emoji, lone combining marks, tabs, double
spaces, a space token, empty text, a text longer than the Numbers tables."""

from __future__ import annotations

import io
import json

import pytest

from desktop.core import tokens as tok
from desktop.core.formats import pieces
from desktop.core.formats.hf import HfWriter
from desktop.core.formats.labelstudio import LabelStudioWriter
from desktop.core.formats.prodigy import ProdigyWriter
from desktop.core.formats.writing import ExportDoc, WriteOptions
from desktop.core.text import Utf16Index
from tests.core.formats.helpers import SCHEMA

LONG = "والتحالف الدولي  قال\tإن 👍🏽 " * 12_000  # > Numbers.LIMIT code points and tokens

# (text, spans as (start, end, label, attrs, comment), relations as (type, head#, tail#))
CASES = [
    ("", [], []),
    (" ", [], []),
    ("   ", [], []),
    ("a  b", [(0, 1, "ORG", {}, "")], []),
    ("a  b", [(1, 2, "ORG", {}, "")], []),  # a span on a space
    ("a  b", [(2, 4, "ORG", {}, "")], []),  # a span that starts at a space token
    (" a", [(0, 2, "ORG", {}, "")], []),
    ("a ", [(0, 2, "ORG", {}, "")], []),  # a span that ends with the trailing space
    ("a\tb \t c\n\nd\u00a0e", [(2, 3, "PER", {}, "")], []),
    ("\u0651 لا\u0651 a\u0301", [(0, 1, "X", {}, ""), (2, 5, "Y", {}, "")], []),
    ("قال 👍🏽 🇪🇬 👨\u200d👩\u200d👧 «تحاور»!", [(4, 6, "E", {}, "")], []),
    ('"quoted" \\back\\ \x1f ctl \u2028 \ud7ff', [(0, 8, 'L"1', {}, "")], []),
    ("والتحالف الدولي وبالعراق للتحالف",
     [(1, 8, "ORG", {"canonical": "التحالف \"x\"", "n": 1.5, "z": [1, {"a": None}]},
       "تعليق\n\"مع\" علامات"),
      (20, 24, "LOC", {"flag": True}, ""), (3, 5, "ORG", {}, "c")],
     [("related_to", 0, 1), ("part_of", 2, 0)]),
    ("قال 👍🏽 الجيش «نعم» 🇪🇬 x",
     [(0, 3, "CLAIM", {"claim_type": "denial", "polarity": "", "note": None}, "c\n"),
      (9, 14, "ACTOR", {"type": "government", "mention": 3, "extra": False}, ""),
      (16, 19, "ACTOR", {"type": "person", "free": "x \"y\"", "n": [1, 2.5]}, "")],
     [("claimant", 0, 1)]),
    (LONG, [(1, 8, "ORG", {}, ""), (len(LONG) - 20, len(LONG) - 12, "PER", {}, "")],
     [("r", 1, 0)]),
]


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _docs(text, spans, rels):
    """The same document in both forms an export hands a writer: gold's (objects, quoted
    text) and every other format's (rows, raw text)."""
    objs, rows = [], []
    for i, (start, end, label, attrs, comment) in enumerate(spans):
        obj = {"id": f"s{i}", "start": start, "end": end, "label": label,
               "text": text[start:end], "attrs": dict(sorted(attrs.items()))}
        if comment:
            obj["comment"] = comment
        objs.append(obj)
        rows.append([start, end, f"s{i}", label,
                     json.dumps(attrs, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":")), comment])
    objs.sort(key=lambda s: (s["start"], s["end"], s["label"], s["id"]))
    rows.sort(key=lambda r: (r[0], r[1], r[3], r[2]))
    rel_objs = [{"id": f"r{i}", "type": t, "head": f"s{h}", "tail": f"s{c}"}
                for i, (t, h, c) in enumerate(rels)]
    rel_rows = [[r["id"], r["type"], r["head"], r["tail"]] for r in rel_objs]
    meta = {"source": "وكالة \"س\"", "n": 3, "a": [1.25, None]}
    review = {"status": "reviewed", "reviewer": "", "annotators": []}
    common = ("d\"1", _dumps("d\"1"), _dumps("عنوان\t"))
    gold = ExportDoc(*common, _dumps(text), "sha", meta, "abc", _dumps(objs),
                     _dumps(rel_objs), review)
    raw = ExportDoc(*common, "", "sha", meta, "abc", "", "", review, text, _dumps(rows),
                    _dumps(rel_rows))
    return gold, raw


def _prodigy_reference(doc: ExportDoc) -> bytes:
    """The Prodigy line as the writer built it before pieces: a record, dumped."""
    text = doc.text
    spans = doc.spans()
    words, spaces, starts = tok.spacy_words(text, [(s["start"], s["end"]) for s in spans])
    tokens = [{"text": w, "start": s, "end": s + len(w), "id": i, "ws": ws}
              for i, (w, ws, s) in enumerate(zip(words, spaces, starts, strict=True))]
    ends = [t["end"] for t in tokens]
    import bisect

    out_spans, by_id = [], {}
    for s in spans:
        item = {"start": s["start"], "end": s["end"], "text": s["text"],
                "token_start": bisect.bisect_left(starts, s["start"]),
                "token_end": bisect.bisect_left(ends, s["end"]), "label": s["label"],
                "id": s["id"]}
        if s["attrs"]:
            item["attrs"] = s["attrs"]
        if s.get("comment"):
            item["comment"] = s["comment"]
        out_spans.append(item)
        by_id[s["id"]] = item

    def ref(span):
        return {k: span[k] for k in ("start", "end", "token_start", "token_end", "label")}

    rels = [{"head": by_id[r["head"]]["token_end"], "child": by_id[r["tail"]]["token_end"],
             "head_span": ref(by_id[r["head"]]), "child_span": ref(by_id[r["tail"]]),
             "label": r["type"], "id": r["id"]} for r in doc.relations()]
    record = {"id": doc.id, "title": doc.title, "text": text, "meta": doc.meta_out(),
              "tokens": tokens, "spans": out_spans, "relations": rels, "answer": "accept"}
    return (_dumps(record) + "\n").encode()


def _labelstudio_reference(doc: ExportDoc, closed_attrs) -> str:
    """A Label Studio task as the writer built it before pieces: an object, dumped."""
    text = doc.text
    index = Utf16Index(text)
    result = []
    for s in doc.spans():
        value = {"start": index.to_utf16(s["start"]), "end": index.to_utf16(s["end"]),
                 "text": s["text"]}
        region = {"id": s["id"], "from_name": "label", "to_name": "text",
                  "type": "labels", "value": {**value, "labels": [s["label"]]}}
        if s.get("comment"):
            region["meta"] = {"text": [s["comment"]]}
        result.append(region)
        for name, v in s["attrs"].items():
            if v is None or v == "":
                continue
            closed = (s["label"], name) in closed_attrs
            kind = "choices" if closed else "textarea"
            payload = {"choices": [v]} if closed else {"text": [v if isinstance(v, str)
                                                                else json.dumps(v)]}
            result.append({"id": s["id"], "from_name": f"{s['label']}_{name}",
                           "to_name": "text", "type": kind, "value": {**value, **payload}})
    for r in doc.relations():
        result.append({"from_id": r["head"], "to_id": r["tail"], "type": "relation",
                       "direction": "right", "labels": [r["type"]]})
    task = {"data": {"text": text, "id": doc.id, "title": doc.title, "meta": doc.meta_out()},
            "predictions": [{"model_version": "tawsim", "result": result}]}
    return _dumps(task)


class _Sink:
    def __init__(self, text: bool = False):
        self.stream = io.StringIO() if text else io.BytesIO()


def test_labelstudio_tasks_are_the_dumped_objects():
    sink = _Sink(text=True)
    writer = LabelStudioWriter(sink, WriteOptions(layer="gold", schema=SCHEMA))
    want = []
    for case in CASES:
        for doc in _docs(*case):
            writer.write(doc)
            want.append(_labelstudio_reference(doc, writer.closed_attrs))
    writer.close()
    assert sink.stream.getvalue() == "[\n" + ",\n".join(want) + "\n]\n"


@pytest.mark.parametrize("case", CASES, ids=[repr(c[0][:12]) for c in CASES])
def test_prodigy_line_is_the_dumped_record(case):
    for doc in _docs(*case):
        want = _prodigy_reference(doc)
        sink = _Sink()
        ProdigyWriter(sink, None).write(doc)
        assert sink.stream.getvalue() == want


def test_one_writer_many_documents_shares_its_caches():
    sink = _Sink()
    writer = ProdigyWriter(sink, None)
    want = b""
    for case in CASES:
        for doc in _docs(*case):
            writer.write(doc)
            want += _prodigy_reference(doc)
    assert sink.stream.getvalue() == want


def _hf_reference(writer: HfWriter, doc: ExportDoc) -> str:
    """An hf line as the writer built it before pieces: a record, dumped."""
    meta = doc.meta_out()
    text = doc.text
    attrs = writer.attrs_column
    spans = [{"id": sid, "start": start, "end": end, "label": label,
              "text": text[start:end], "attrs": attrs[stored], "comment": comment}
             for start, end, sid, label, stored, comment in doc.span_rows()]
    review = doc.review
    record = {
        "id": doc.id, "title": doc.title, "text": text, "text_sha256": doc.text_sha256,
        "meta": {k: c(meta.get(k)) for k, c in writer.meta_conv},
        "spans": spans, "relations": doc.relations(),
        "review": {"status": review.get("status"), "reviewer": review.get("reviewer"),
                   "annotators": review.get("annotators", []),
                   "layer": review.get("layer"),
                   "decisions": [{"who": d.get("who"), "action": d.get("action"),
                                  "detail": json.dumps(d.get("detail"), ensure_ascii=False,
                                                       sort_keys=True),
                                  "reason": d.get("reason"), "at": d.get("at")}
                                 for d in review.get("decisions", [])]},
    }
    return _dumps(record) + "\n"


class _Folder:
    """What the hf writer writes into: its shards as strings."""

    def __init__(self):
        self.files: dict[str, io.StringIO] = {}

    def open(self, name):
        stream = self.files[name] = io.StringIO()
        stream.close = lambda: None
        return stream


# the attribute and meta columns typed every way a card declares them, and untyped
_TYPED = {"meta_types": {"source": {"text"}, "n": {"integer"}, "a": {"array"},
                         "x": {"real", "integer"}},
          "attr_types": {"canonical": {"text"}, "n": {"real", "array"}, "z": {"array"},
                         "flag": {"true", "false"}, "mention": {"integer", "text"},
                         "extra": {"false"}, "polarity": {"text"}, "note": {"null"},
                         "free": {"text"}}}


@pytest.mark.parametrize("schema", [SCHEMA, None], ids=["typed", "no-attributes"])
def test_hf_lines_are_the_dumped_records(schema):
    from types import SimpleNamespace

    options = WriteOptions(layer="gold", schema=schema or SimpleNamespace(labels=()),
                           **(_TYPED if schema else {}))
    sink = _Folder()
    writer = HfWriter(sink, options)
    want = []
    reviews = [None, {"status": "in_progress", "reviewer": "amal", "annotators": ["a", "b"],
                      "layer": "ann:a", "decisions": [
                          {"who": "amal", "action": "accept", "detail": {"z": 1, "a": "ب"},
                           "reason": None, "at": "2026-12-01T00:00:00Z"},
                          {"who": "x", "action": "reject", "detail": None, "reason": "r\n",
                           "at": "t"}]}]
    for case in CASES:
        for review in reviews:
            for doc in _docs(*case):
                if review:
                    doc.review = review
                writer.write(doc)
                want.append(_hf_reference(writer, doc))
    assert sink.files["data/train-00000.jsonl"].getvalue() == "".join(want)


def test_numbers_tables_and_their_limit():
    n = pieces.Numbers(b",%d,")
    assert n.upto(10)
    assert n.text[7] == b"7" and n.templated[7] == b",7,"
    assert n.upto(pieces.Numbers.LIMIT - 1)
    assert len(n.text) == pieces.Numbers.LIMIT
    assert n.text[-1] == b"%d" % (pieces.Numbers.LIMIT - 1)
    assert not n.upto(pieces.Numbers.LIMIT)


def test_cache_is_bounded():
    c = pieces.Cache(pieces.quote, limit=3)
    for s in "abcde":
        assert c[s] == _dumps(s)
    assert len(c) <= 3


@pytest.mark.parametrize("value", ["", " ", "\t\n\"\\", "\u2028\x7f\x1f", "👍🏽", "\u0651"])
def test_quote_is_json_dumps(value):
    assert pieces.quote(value) == _dumps(value)


def test_brat_attribute_values_escaped_once_per_type_and_value(tmp_path):
    """The brat writer's cache of A lines keeps False and 0, True and 1 apart,
    and takes values that cannot be keys (lists) too."""
    from desktop.core.formats import brat
    from desktop.core.formats.writing import Output

    text = "قال الجيش أمس"
    attrs = {"a": False, "b": 0, "c": 1, "d": [1, "x y"], "e": "x y%", "f": 1.5, "g": True}
    rows = [[0, 3, "s0", "CLAIM", _dumps(attrs), ""], [4, 9, "s1", "ACTOR", _dumps(attrs), ""]]
    doc = ExportDoc("d", '"d"', '""', "", "", {}, "", "", "",
                    {"status": "reviewed", "reviewer": "", "annotators": []}, text,
                    _dumps(rows), "[]")
    with Output(tmp_path / "b", kind="folder", owns=brat.owns) as out:
        writer = brat.BratWriter(out, WriteOptions(layer="gold", schema=SCHEMA))
        writer.write(doc)
    ann = (tmp_path / "b" / "d.ann").read_text(encoding="utf-8").splitlines()
    values = [line.split("\t")[1] for line in ann if line.startswith("A")]
    want = ["a T{n} false", "b T{n} 0", "c T{n} 1", "d T{n} [1,%20'x%20y']",
            "e T{n} x%20y%25", "f T{n} 1.5", "g T{n}"]
    assert values == [w.format(n=n) for n in (1, 2) for w in want]
