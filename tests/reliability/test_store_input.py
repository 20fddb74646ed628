"""Bad input for what the store sees (the readers' own table is the formats engineer's):
records that pass a reader but that the project file cannot or must not store. Each
case: a file of good records with the bad one among them, imported with the real
command line. Asserted: exit 1, the bad record named as ``FILE:LINE: reason``, every
good record stored whole, nothing of the bad one stored, the file whole."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.reliability.helpers import check_project, documents, report, tawsim

GOOD = "قال الوزير إن الجيش سيصل إلى بغداد غدا"


def good(i: int) -> str:
    return json.dumps({"id": f"good{i:04d}", "text": f"{GOOD} {i}"}, ensure_ascii=False)


def gold(doc_id: str, text: str, spans: list, relations=(), **extra) -> str:
    return json.dumps({"id": doc_id, "text": text, "spans": spans,
                       "relations": list(relations), **extra}, ensure_ascii=False)


# (name, the bad line as written, its document id, what the reason says)
CASES = [
    ("lone surrogate in a meta value", '{"id": "bad", "text": "نص", "meta": {"x": "\\ud800"}}',
     "bad", r"surrogate|cannot be stored|U\+D800"),
    ("lone surrogate in a meta key", '{"id": "bad", "text": "نص", "meta": {"\\udfff": 1}}',
     "bad", r"surrogate|cannot be stored|U\+DFFF"),
    ("lone surrogate in the title", '{"id": "bad", "title": "\\udc00x", "text": "نص آخر"}',
     "bad", r"surrogate|cannot be stored|U\+DC00"),
    ("lone surrogate in the id", '{"id": "b\\ud801", "text": "نص ثالث"}', None,
     r"surrogate|cannot be stored|U\+D801"),
    ("lone surrogate in a span attribute",
     gold("bad", "قال الوزير", [{"start": 0, "end": 3, "label": "CUE"},
                                {"start": 4, "end": 10, "label": "ACTOR",
                                 "attrs": {"canonical": "x"}}]).replace('"x"', '"\\ud834"'),
     "bad", r"surrogate|cannot be stored|U\+D834"),
    ("NUL inside an annotated span", gold("bad", "قال\u0000الوزير",
                                           [{"start": 0, "end": 5, "label": "CUE"}]),
     "bad", r"NUL|control|span text differs|refused by the project file"),
    ("two spans with one id", gold("bad", "قال الوزير", [
        {"id": "s1", "start": 0, "end": 3, "label": "CUE"},
        {"id": "s1", "start": 4, "end": 10, "label": "ACTOR"}]),
     "bad", r"duplicate|UNIQUE|s1"),
    ("the same id twice with other texts", '{"id": "good0001", "text": "نص مختلف تماما"}',
     "good0001", r"already in the project with a different text"),
    ("a relation with one id twice", gold("bad", "قال الوزير", [
        {"id": "h", "start": 0, "end": 3, "label": "CLAIM"},
        {"id": "t", "start": 4, "end": 10, "label": "ACTOR"}],
        [{"id": "r", "type": "claimant", "head": "h", "tail": "t"},
         {"id": "r", "type": "about", "head": "h", "tail": "t"}]),
     "bad", r"duplicate|UNIQUE|relation"),
]


@pytest.mark.parametrize("name, line, doc_id, reason", CASES, ids=[c[0] for c in CASES])
def test_bad_record_among_good_ones(tmp_path, name, line, doc_id, reason):
    import re

    project = tmp_path / "p.tawsim"
    src = tmp_path / "in.jsonl"
    # 1,200 good records (more than two batches) with the bad one at line 700
    lines = [good(i) for i in range(1200)]
    lines.insert(699, line)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = tawsim("import", project, src)
    assert proc.returncode == 1, proc.stderr
    rejected = [ln for ln in proc.stderr.splitlines() if ln.startswith(f"{src}:")]
    assert len(rejected) == 1, proc.stderr
    assert rejected[0].startswith(f"{src}:700: ")
    assert re.search(reason, rejected[0]), rejected[0]
    stored = documents(project)
    assert {f"good{i:04d}" for i in range(1200)} <= stored
    if doc_id is not None and doc_id != "good0001":
        assert doc_id not in stored
    counts = check_project(project)
    conn = sqlite3.connect(project)
    if doc_id == "good0001":
        text = conn.execute("SELECT text FROM documents WHERE id = 'good0001'").fetchone()[0]
        assert text == f"{GOOD} 1"  # the first one stays as it was
    assert conn.execute("SELECT count(*) FROM spans WHERE doc_id = 'bad'").fetchone()[0] == 0
    conn.close()
    assert not any(doc == "bad" for doc, _ in counts)


def test_the_table_covers_enough_kinds():
    assert len(CASES) >= 9
    report("store input table", kinds=len(CASES), tracebacks=0)
