"""Hostile input at reader level (issue 11 item 2, DESIGN §2 and §4): every kind of broken
record becomes ``FILE:LINE: reason``, exit 1, no traceback, and every good record of the
same file is still stored. Table-driven: one row per kind (the store level is covered by
the rest of tests/reliability/)."""

from __future__ import annotations

import json
import os

import pytest

from desktop.cli import main
from desktop.store.project import Project

TEXT = "قال الوزير إن الجيش انسحب"
DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE = b"1" * 5000


def good(i: int, **extra) -> bytes:
    return json.dumps({"id": f"good{i}", "text": f"{TEXT} {i}", **extra},
                      ensure_ascii=False).encode()


def gold(i: int) -> bytes:
    return good(i, spans=[{"start": 4, "end": 10, "label": "ACTOR"}])


def esc(s: str) -> bytes:
    """A JSON string literal with escapes kept as escapes (\\u0000, \\ud800...)."""
    return b'"' + s.encode("ascii") + b'"'


# (kind, --format, the bad line as bytes, what the reason says)
JSONL_CASES = [
    ("nested 100,000 deep (array)", "jsonl", DEEP, "nested too deeply"),
    ("nested 100,000 deep (object)", "jsonl", b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
     "nested too deeply"),
    ("nested deep inside meta", "gold",
     b'{"id":"x","text":"t","spans":[],"meta":{"m":' + DEEP + b"}}", "nested too deeply"),
    ("5,000-digit integer in meta", "jsonl", b'{"id":"x","text":"t","meta":{"n":' + HUGE + b"}}",
     "digits"),
    ("5,000-digit span offset", "gold",
     b'{"id":"x","text":"t","spans":[{"start":' + HUGE + b',"end":1,"label":"ACTOR"}]}',
     "digits"),
    ("NaN", "jsonl", b'{"id":"x","text":"t","meta":{"n":NaN}}', "NaN is not a JSON number"),
    ("Infinity", "jsonl", b'{"id":"x","text":"t","meta":{"n":-Infinity}}', "Infinity"),
    ("lone surrogate in text", "jsonl", b'{"id":"x","text":' + esc("a\\ud800b") + b"}",
     "lone surrogate"),
    ("lone low surrogate in text", "jsonl", b'{"id":"x","text":' + esc("\\udc00") + b"}",
     "lone surrogate"),
    ("reversed surrogate pair in text", "jsonl",
     b'{"id":"x","text":' + esc("\\ude00\\ud83d") + b"}", "lone surrogate"),
    ("lone surrogate in id", "jsonl", b'{"id":' + esc("x\\ud801") + b',"text":"t"}',
     "lone surrogate"),
    ("lone surrogate in title", "jsonl",
     b'{"id":"x","title":' + esc("\\udfff") + b',"text":"t"}', "lone surrogate"),
    ("lone surrogate in a meta value", "jsonl",
     b'{"id":"x","text":"t","meta":{"source":' + esc("\\ud800") + b"}}", "lone surrogate"),
    ("lone surrogate in a meta key", "jsonl",
     b'{"id":"x","text":"t","meta":{' + esc("\\ud800") + b':1}}', "lone surrogate"),
    ("lone surrogate in a span label", "gold",
     b'{"id":"x","text":"t","spans":[{"start":0,"end":1,"label":' + esc("\\ud800") + b"}]}",
     "lone surrogate"),
    ("NUL in text", "jsonl", b'{"id":"x","text":' + esc("a\\u0000b") + b"}", "NUL"),
    ("U+0001 in text", "jsonl", b'{"id":"x","text":' + esc("a\\u0001b") + b"}",
     "control character (U+0001)"),
    ("ESC in text", "jsonl", b'{"id":"x","text":' + esc("a\\u001bb") + b"}", "U+001B"),
    ("vertical tab in text", "jsonl", b'{"id":"x","text":' + esc("a\\u000bb") + b"}",
     "U+000B"),
    ("form feed in text", "jsonl", b'{"id":"x","text":' + esc("a\\u000cb") + b"}", "U+000C"),
    ("U+001F in text", "gold", b'{"id":"x","spans":[],"text":' + esc("a\\u001fb") + b"}",
     "U+001F"),
    ("NUL in id", "jsonl", b'{"id":' + esc("x\\u0000") + b',"text":"t"}', "NUL"),
    ("control character in title", "jsonl",
     b'{"id":"x","title":' + esc("\\u0007") + b',"text":"t"}', "U+0007"),
    ("bytes that are not UTF-8", "jsonl", b'{"id":"x","text":"\xc3\x28"}', "not valid UTF-8"),
    ("truncated JSON", "jsonl", b'{"id":"x","text":"t"', "not valid JSON"),
    ("garbage after the object", "jsonl", b'{"id":"x","text":"t"} }', "not valid JSON"),
    ("a JSON array, not an object", "jsonl", b'["x", "t"]', "must be a JSON object"),
    ("a JSON string", "jsonl", b'"text"', "must be a JSON object"),
    ("a JSON null", "jsonl", b"null", "must be a JSON object"),
    ("text is a number", "jsonl", b'{"id":"x","text":5}', "'text' must be a string"),
    ("text is empty", "jsonl", b'{"id":"x","text":""}', "text is empty"),
    ("text is white space only", "gold", b'{"id":"x","text":" \\n\\t ","spans":[]}',
     "text is empty"),
    ("id is empty", "jsonl", b'{"id":"  ","text":"t"}', "'id' is empty"),
    ("id is a list", "jsonl", b'{"id":["x"],"text":"t"}', "'id' must be a string"),
    ("meta is a list", "jsonl", b'{"id":"x","text":"t","meta":[1]}', "'meta' must be an object"),
    ("spans is an object", "gold", b'{"id":"x","text":"t","spans":{}}', "must be a list"),
    ("span offset is a float", "gold",
     b'{"id":"x","text":"tt","spans":[{"start":0.5,"end":1,"label":"ACTOR"}]}',
     "must be an integer"),
    ("span offset is true", "gold",
     b'{"id":"x","text":"tt","spans":[{"start":true,"end":1,"label":"ACTOR"}]}',
     "must be an integer"),
    ("span past the end of the text", "gold",
     b'{"id":"x","text":"tt","spans":[{"start":0,"end":9,"label":"ACTOR"}]}', "out of range"),
    ("unknown label", "gold",
     b'{"id":"x","text":"tt","spans":[{"start":0,"end":1,"label":"PER"}]}', "unknown label"),
    ("duplicate span ids", "gold",
     b'{"id":"x","text":"tt","spans":[{"id":"a","start":0,"end":1,"label":"ACTOR"},'
     b'{"id":"a","start":1,"end":2,"label":"ACTOR"}]}', "duplicate span id"),
    ("relation to a missing span", "gold",
     b'{"id":"x","text":"tt","spans":[],"relations":[{"type":"about","head":"a","tail":"b"}]}',
     "head and tail"),
    ("offset_unit utf16", "gold", b'{"id":"x","text":"t","spans":[],"offset_unit":"utf16"}',
     "offset_unit"),
    ("text_sha256 that does not match", "gold",
     b'{"id":"x","text":"t","spans":[],"text_sha256":"' + b"0" * 64 + b'"}', "text_sha256"),
    ("a span left empty by canonical text", "gold",
     b'{"id":"x","text":"t   ","spans":[{"start":2,"end":4,"label":"ACTOR"}]}',
     "empty once the text is canonical"),
    ("doccano offsets as strings", "doccano",
     '{"id":"x","text":"قال","label":[["0","3","CUE"]]}'.encode(), "must be an integer"),
    ("doccano relation to a missing entity", "doccano",
     b'{"id":"x","text":"tt","entities":[{"id":1,"start_offset":0,"end_offset":1,'
     b'"label":"CLAIM"}],"relations":[{"id":1,"from_id":1,"to_id":9,"type":"about"}]}',
     "head and tail"),
    ("Prodigy relation to no span", "prodigy",
     b'{"text":"tt","spans":[],"relations":[{"head":0,"child":1,"label":"about"}]}',
     "ends none of the record's spans"),
    ("Prodigy answer ignore", "prodigy", b'{"text":"tt","spans":[],"answer":"ignore"}',
     "answer 'ignore'"),
    ("another tool's annotations in plain JSONL", "jsonl",
     b'{"id":"x","text":"tt","entities":[]}', "--format doccano"),
    ("Label Studio task in gold", "gold", b'{"data":{"text":"tt"},"annotations":[]}',
     "--format labelstudio"),
]


def run_import(tmp_path, capsys, *paths, fmt=None):
    project = tmp_path / "p.tawsim"
    args = ["import", str(project), *map(str, paths), "--quiet"]
    if fmt:
        args += ["--format", fmt]
    code = main(args)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    with Project(project) as p:
        ids = sorted(p.document_ids())
    return code, err, ids


@pytest.mark.parametrize("kind, fmt, bad, reason", JSONL_CASES,
                         ids=[c[0] for c in JSONL_CASES])
def test_a_bad_record_among_good_ones(tmp_path, capsys, kind, fmt, bad, reason):
    f = tmp_path / "in.jsonl"
    make = gold if fmt == "gold" else good
    if fmt == "doccano":
        make = lambda i: good(i, label=[[4, 10, "ACTOR"]])  # noqa: E731
    if fmt == "prodigy":
        make = lambda i: good(i, spans=[{"start": 4, "end": 10, "label": "ACTOR"}])  # noqa: E731
    f.write_bytes(make(1) + b"\n" + bad + b"\n" + make(2) + b"\n")
    code, err, ids = run_import(tmp_path, capsys, f, fmt=fmt)
    assert code == 1
    assert f"{f}:2: " in err and reason in err, err
    assert ids == ["good1", "good2"]


def ls_task(i, text=None, start=4):
    return {"data": {"id": f"task{i}", "text": text or f"{TEXT} {i}"}, "annotations": [
        {"result": [{"id": "r", "type": "labels", "from_name": "label", "to_name": "text",
                     "value": {"start": start, "end": start + 6, "labels": ["ACTOR"]}}]}]}


ARRAY_CASES = [
    ("a task nested 100,000 deep", DEEP, "nested too deeply"),
    ("a task with a 5,000-digit number", b'{"data":{"text":"t","n":' + HUGE + b"}}", "digits"),
    ("a task whose text holds a lone surrogate",
     b'{"data":{"text":' + esc("\\ud800") + b"},\"annotations\":[]}", "lone surrogate"),
    ("a task with a NUL in its text", b'{"data":{"text":' + esc("\\u0000") + b"}}", "NUL"),
    ("an offset inside an emoji",
     json.dumps({"data": {"id": "e", "text": "😀" + TEXT}, "annotations": [{"result": [
         {"id": "r", "type": "labels", "value": {"start": 1, "end": 4, "labels": ["CUE"]}}]}]}
     ).encode(), "inside a character"),
]


@pytest.mark.parametrize("kind, bad, reason", ARRAY_CASES, ids=[c[0] for c in ARRAY_CASES])
def test_a_bad_task_in_a_label_studio_array(tmp_path, capsys, kind, bad, reason):
    f = tmp_path / "export.json"
    first = json.dumps(ls_task(1), ensure_ascii=False, indent=2).encode()
    last = json.dumps(ls_task(2), ensure_ascii=False, indent=2).encode()
    f.write_bytes(b"[\n" + first + b",\n" + bad + b",\n" + last + b"\n]\n")
    code, err, ids = run_import(tmp_path, capsys, f, fmt="labelstudio")
    line = first.count(b"\n") + 3
    assert code == 1 and f"{f}:{line}: " in err and reason in err, err
    assert ids == ["task1", "task2"]


TXT_CASES = [
    ("NUL in a text file", b"\xd9\x82\x00\xd9\x84", "binary file"),
    ("ESC in a text file", "سطر\nسطر \x1b ثان".encode(), "U+001B"),
    ("U+0001 in a text file", "نص\x01".encode(), "U+0001"),
    ("a text file that is not UTF-8", "سطر\n".encode() + b"\xff\xfe\xfd", "not valid UTF-8"),
    ("UTF-16 with an unpaired surrogate", b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00\xd8",
     "not valid UTF-16"),
    ("a CoNLL table", "-DOCSTART-\tO\n\nقال\tO\n".encode(), "CoNLL"),
    ("an empty text file", b"  \n\n", "empty file"),
]


@pytest.mark.parametrize("kind, data, reason", TXT_CASES, ids=[c[0] for c in TXT_CASES])
def test_a_bad_text_file_among_good_ones(tmp_path, capsys, kind, data, reason):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("مقال أول", encoding="utf-8")
    (folder / "b.txt").write_bytes(data)
    (folder / "c.txt").write_text("مقال ثالث", encoding="utf-8")
    code, err, ids = run_import(tmp_path, capsys, folder, fmt=None)
    assert code == 1 and f"{folder / 'b.txt'}:" in err and reason in err, err
    assert ids == ["a", "c"]


def test_a_file_name_that_is_not_utf8(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("مقال أول", encoding="utf-8")
    fd = os.open(os.fsencode(folder) + b"/bad\xff.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, "نص".encode())
    os.close(fd)
    code, err, ids = run_import(tmp_path, capsys, folder)
    assert code == 1 and "bad\\xff.txt:1: the file name is not valid UTF-8" in err, err
    assert ids == ["a"]


def test_brat_discontinuous_span_beside_a_good_pair(tmp_path, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text("T1\tACTOR 4 10\tالوزير\n", encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.ann").write_text("T1\tACTOR 0 3;4 10\tقال الوزير\n", encoding="utf-8")
    code, err, ids = run_import(tmp_path, capsys, folder, fmt="brat")
    assert code == 1 and "b.ann:1: " in err and "discontinuous" in err
    assert ids == ["a"]


def test_broken_array_syntax_stops_with_its_line(tmp_path, capsys):
    f = tmp_path / "export.json"
    first = json.dumps(ls_task(1), ensure_ascii=False, indent=2).encode()
    f.write_bytes(b"[\n" + first + b',\n{"data":{"text":"t"}, "annotations": [}\n]\n')
    code, err, ids = run_import(tmp_path, capsys, f, fmt="labelstudio")
    line = first.count(b"\n") + 3
    assert code == 1 and f"{f}:{line}: not valid JSON" in err
    assert "nothing after this point was read" in err and ids == ["task1"]


def test_the_table_is_long_enough():
    assert len(JSONL_CASES) + len(ARRAY_CASES) + len(TXT_CASES) + 2 >= 40
