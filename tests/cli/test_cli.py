"""The command line as scripts use it (DESIGN §4): real processes, real files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from desktop import __version__
from desktop.core.text import canonical, sha256_hex
from desktop.resources import gold_schema_path, resource, seeds_dir

SEEDS = sorted(seeds_dir().glob("*.txt"))
EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")
GOLD_SCHEMA = json.loads(gold_schema_path().read_text(encoding="utf-8"))


def tawsim(*args, cwd=None, stdin=None):
    env = dict(os.environ, TAWSIM_NO_PROGRESS="1", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, input=stdin, env=env, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def read_jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def stats(project):
    proc = tawsim("stats", project, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def check_export(path):
    records = read_jsonl(path)
    for rec in records:
        jsonschema.validate(rec, GOLD_SCHEMA)
        assert rec["text_sha256"] == sha256_hex(rec["text"])
        for span in rec["spans"]:
            assert rec["text"][span["start"]:span["end"]] == span["text"]
    return records


# ----------------------------------------------------------------------------- basics
def test_version():
    proc = tawsim("--version")
    assert proc.returncode == 0
    assert __version__ in proc.stdout


def test_seeds_import_export_stats(tmp_path):
    project = tmp_path / "p.tawsim"
    proc = tawsim("import", project, seeds_dir())
    assert proc.returncode == 0, proc.stderr
    s = stats(project)
    assert s["documents"] == 5
    assert "gold" in s["layers"]
    out = tmp_path / "gold.jsonl"
    proc = tawsim("export", project, "--out", out, "--include-unreviewed")
    assert proc.returncode == 0, proc.stderr
    records = check_export(out)
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in SEEDS)
    for rec in records:
        raw = (seeds_dir() / f"{rec['id']}.txt").read_bytes()
        assert rec["text"] == canonical(raw.decode("utf-8"))
        assert rec["meta"]["source_sha256"] == sha256_hex(raw)
        assert rec["title"] == rec["text"].split("\n")[0].strip()[:200] or rec["title"].endswith("…")
        assert rec["spans"] == [] and rec["relations"] == []
    # gold export defaults to reviewed documents only: none yet
    proc = tawsim("export", project, "--out", out)
    assert proc.returncode == 0
    assert out.read_text() == ""


def test_reimport_is_a_no_op(tmp_path):
    project = tmp_path / "p.tawsim"
    tawsim("import", project, seeds_dir())
    proc = tawsim("import", project, *SEEDS)
    assert proc.returncode == 0
    assert "0 document(s) added, 5 unchanged" in proc.stdout
    assert stats(project)["documents"] == 5


def test_export_is_reproducible_and_atomic(tmp_path):
    project = tmp_path / "p.tawsim"
    tawsim("import", project, seeds_dir())
    tawsim("import", project, EXAMPLE)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert tawsim("export", project, "--out", a, "--include-unreviewed").returncode == 0
    assert tawsim("export", project, "--out", b, "--include-unreviewed").returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_example_gold_import_remaps_onto_canonical_text(tmp_path):
    project = tmp_path / "p.tawsim"
    proc = tawsim("import", project, EXAMPLE)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "g.jsonl"
    tawsim("export", project, "--out", out, "--include-unreviewed")
    [rec] = check_export(out)
    [source] = read_jsonl(EXAMPLE)
    assert len(rec["spans"]) == 26 and len(rec["relations"]) == 16
    by_id = {s["id"]: s for s in rec["spans"]}
    for s in source["spans"]:
        # the same characters, in canonical form (the raw text had NBSP and trailing spaces)
        assert by_id[s["id"]]["text"] == canonical(s["text"]), s
        assert by_id[s["id"]]["attrs"] == s["attrs"]
    assert {(r["type"], r["head"], r["tail"]) for r in rec["relations"]} == {
        (r["type"], r["head"], r["tail"]) for r in source["relations"]}
    # the example is seed 000: importing the seed afterwards is the same document
    proc = tawsim("import", project, seeds_dir() / "000_853630d0f81be7ce.txt")
    assert proc.returncode == 0 and "1 unchanged" in proc.stdout


def test_annotator_layer_export(tmp_path):
    project = tmp_path / "p.tawsim"
    proc = tawsim("import", project, EXAMPLE, "--annotator", "amal")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "amal.jsonl"
    assert tawsim("export", project, "--out", out, "--layer", "amal").returncode == 0
    [rec] = check_export(out)
    assert len(rec["spans"]) == 26
    assert rec["review"]["annotators"] == ["amal"]
    # and the gold layer has nothing for that document
    proc = tawsim("export", project, "--out", out, "--include-unreviewed")
    [rec] = check_export(out)
    assert rec["spans"] == []


def test_round_trip_through_export(tmp_path):
    a, b = tmp_path / "a.tawsim", tmp_path / "b.tawsim"
    tawsim("import", a, EXAMPLE)
    out1, out2 = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    tawsim("export", a, "--out", out1, "--include-unreviewed")
    assert tawsim("import", b, out1, "--format", "gold").returncode == 0
    tawsim("export", b, "--out", out2, "--include-unreviewed")
    r1, r2 = read_jsonl(out1), read_jsonl(out2)
    for rec in r1 + r2:
        rec.pop("review")
    assert [(r["id"], r["text"], r["spans"], r["relations"]) for r in r1] == [
        (r["id"], r["text"], r["spans"], r["relations"]) for r in r2]


def test_folders_recurse(tmp_path):
    corpus = tmp_path / "corpus" / "sub" / "deeper"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("مقال أول", encoding="utf-8")
    (tmp_path / "corpus" / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": "مقال ثان"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "corpus" / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    proc = tawsim("import", tmp_path / "p.tawsim", tmp_path / "corpus")
    assert proc.returncode == 0, proc.stderr
    assert stats(tmp_path / "p.tawsim")["documents"] == 2


def test_auto_keeps_spans_of_annotated_lines(tmp_path):
    f = tmp_path / "mixed.jsonl"
    lines = [
        {"id": "plain", "text": "نص بلا توسيم"},
        {"id": "ann", "text": "قال الوزير", "spans": [{"start": 4, "end": 10, "label": "ACTOR"}]},
    ]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    assert tawsim("import", tmp_path / "p.tawsim", f).returncode == 0
    s = stats(tmp_path / "p.tawsim")
    assert s["documents"] == 2 and s["spans"] == {"ACTOR": 1}
    # an explicit plain format refuses to drop them silently
    proc = tawsim("import", tmp_path / "q.tawsim", f, "--format", "jsonl")
    assert proc.returncode == 1
    assert f"{f}:2: " in proc.stderr and "spans" in proc.stderr


def test_minimal_and_non_canonical_annotated_input(tmp_path):
    text = "\ufeffقال  الوزير \r\n\r\n\r\nإن 👍🏽 الاتفاق\u0627\u0654 تم   \r\n"
    word = "الاتفاق\u0627\u0654"
    start = text.index(word)
    f = tmp_path / "a.jsonl"
    rec = {"id": "d1", "text": text, "spans": [
        {"start": start, "end": start + len(word), "label": "CLAIM"},
        {"start": text.index("الوزير"), "end": text.index("الوزير") + 6, "label": "ACTOR",
         "id": "x1", "text": "الوزير", "attrs": {"type": "government"}}],
        "relations": [{"type": "about", "head": "missing", "tail": "x1"}]}
    f.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    proc = tawsim("import", tmp_path / "p.tawsim", f)
    assert proc.returncode == 1 and f"{f}:1: " in proc.stderr  # relation to a missing span
    del rec["relations"]
    f.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    proc = tawsim("import", tmp_path / "p.tawsim", f)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "g.jsonl"
    tawsim("export", tmp_path / "p.tawsim", "--out", out, "--include-unreviewed")
    [got] = check_export(out)
    assert got["text"] == canonical(text)
    texts = sorted(s["text"] for s in got["spans"])
    assert texts == sorted(["الاتفاقأ", "الوزير"])
    assert [s["id"] for s in got["spans"] if s["label"] == "ACTOR"] == ["x1"]


# ----------------------------------------------------------------------------- bad input
def _import(tmp_path, *files, fmt=None):
    args = ["import", tmp_path / "p.tawsim", *files]
    if fmt:
        args += ["--format", fmt]
    return tawsim(*args)


def test_invalid_utf8(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("سطر أول\nسطر ثان\n".encode() + b"\xc3\x28 broken")
    good = tmp_path / "good.txt"
    good.write_text("مقال سليم", encoding="utf-8")
    proc = _import(tmp_path, bad, good)
    assert proc.returncode == 1
    assert f"{bad}:3: " in proc.stderr and "UTF-8" in proc.stderr
    assert stats(tmp_path / "p.tawsim")["documents"] == 1


@pytest.mark.parametrize("content", [b"", b"   \n\t\n\r\n", "\u00a0\n \n".encode()])
def test_empty_or_white_space_file(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    proc = _import(tmp_path, f)
    assert proc.returncode == 1
    assert f"{f}:1: empty file" in proc.stderr
    assert stats(tmp_path / "p.tawsim")["documents"] == 0


def test_binary_file(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    proc = _import(tmp_path, f)
    assert proc.returncode == 1 and f"{f}:1: binary file" in proc.stderr


def test_jsonl_with_a_malformed_line_among_good_ones(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(
        '{"id": "a", "text": "الأول"}\n'
        '{"id": "b", "text": "الثاني"\n'
        '\n'
        '{"id": "c", "text": "الثالث"}\n', encoding="utf-8")
    proc = _import(tmp_path, f)
    assert proc.returncode == 1
    assert f"{f}:2: not valid JSON" in proc.stderr
    assert proc.stderr.count(f"{f}:") == 1
    assert stats(tmp_path / "p.tawsim")["documents"] == 2


@pytest.mark.parametrize("record, reason", [
    ({"id": 7, "text": "نص"}, "'id' must be a string"),
    ({"id": "a", "text": ["نص"]}, "'text' must be a string"),
    ({"id": "a"}, "missing field 'text'"),
    ({"id": "a", "text": "نص", "meta": "x"}, "'meta' must be an object"),
    (["a", "b"], "must be a JSON object"),
    ({"id": "a", "text": "نص", "spans": {"start": 0}}, "'spans' must be a list"),
    ({"id": "a", "text": "نص", "spans": [{"start": "0", "end": 2, "label": "ACTOR"}]},
     "start must be an integer"),
    ({"id": "a", "text": "نص", "spans": [{"start": True, "end": 2, "label": "ACTOR"}]},
     "start must be an integer"),
    ({"id": "a", "text": "   ", "spans": []}, "text is empty"),
])
def test_wrong_field_types(tmp_path, record, reason):
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = _import(tmp_path, f)
    assert proc.returncode == 1
    assert f"{f}:1: " in proc.stderr and reason in proc.stderr, proc.stderr
    assert stats(tmp_path / "p.tawsim")["documents"] == 0


@pytest.mark.parametrize("span, reason", [
    ({"start": 0, "end": 99, "label": "ACTOR"}, "out of range"),
    ({"start": -1, "end": 2, "label": "ACTOR"}, "out of range"),
    ({"start": 3, "end": 1, "label": "ACTOR"}, "empty or reversed"),
    ({"start": 2, "end": 2, "label": "ACTOR"}, "empty or reversed"),
    ({"start": 0, "end": 3, "label": "PERSON"}, "unknown label 'PERSON'"),
    ({"start": 0, "end": 3, "label": "ACTOR", "text": "xyz"}, "differs from the text"),
    ({"start": 0, "end": 3, "label": "ACTOR", "attrs": {"type": "alien"}}, "cannot be 'alien'"),
])
def test_bad_spans_reject_the_whole_document_only(tmp_path, span, reason):
    f = tmp_path / "g.jsonl"
    good = {"id": "good", "text": "قال الوزير", "spans": [{"start": 4, "end": 10, "label": "ACTOR"}]}
    bad = {"id": "bad", "text": "قال الرئيس", "spans": [
        {"start": 4, "end": 10, "label": "ACTOR"}, span]}
    f.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False)
                 + "\n", encoding="utf-8")
    proc = _import(tmp_path, f, fmt="gold")
    assert proc.returncode == 1
    assert f"{f}:2: " in proc.stderr and reason in proc.stderr, proc.stderr
    s = stats(tmp_path / "p.tawsim")
    assert s["documents"] == 1 and s["spans"] == {"ACTOR": 1}  # nothing of "bad"


def test_offset_unit_and_sha_checks(tmp_path):
    f = tmp_path / "g.jsonl"
    recs = [
        {"id": "a", "text": "نص", "offset_unit": "utf16", "spans": []},
        {"id": "b", "text": "نص", "text_sha256": "0" * 64, "spans": []},
        {"id": "c", "text": "نص", "text_sha256": sha256_hex("نص"), "spans": []},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    proc = _import(tmp_path, f)
    assert proc.returncode == 1
    assert f"{f}:1: offset_unit 'utf16'" in proc.stderr
    assert f"{f}:2: text_sha256 does not match" in proc.stderr
    assert stats(tmp_path / "p.tawsim")["documents"] == 1


def test_known_id_with_a_different_text(tmp_path):
    project = tmp_path / "p.tawsim"
    tawsim("import", project, seeds_dir())
    clash = tmp_path / "x" / "000_853630d0f81be7ce.txt"
    clash.parent.mkdir()
    clash.write_text("نص آخر تماما", encoding="utf-8")
    proc = tawsim("import", project, clash)
    assert proc.returncode == 1
    assert f"{clash}:1: document '000_853630d0f81be7ce' is already in the project with a " \
           "different text" in proc.stderr
    out = tmp_path / "g.jsonl"
    tawsim("export", project, "--out", out, "--include-unreviewed")
    rec = [r for r in read_jsonl(out) if r["id"] == "000_853630d0f81be7ce"][0]
    assert rec["text"] != "نص آخر تماما"


def test_utf16_with_bom_imports(tmp_path):
    text = "خبر عاجل\r\nنص الخبر 👍🏽\r\n"
    for enc in ("utf-16", "utf-16-be"):
        f = tmp_path / f"{enc}.txt"
        data = text.encode(enc)
        if enc == "utf-16-be":
            data = b"\xfe\xff" + data
        f.write_bytes(data)
    assert _import(tmp_path, tmp_path / "utf-16.txt", tmp_path / "utf-16-be.txt").returncode == 0
    out = tmp_path / "g.jsonl"
    tawsim("export", tmp_path / "p.tawsim", "--out", out, "--include-unreviewed")
    assert [r["text"] for r in read_jsonl(out)] == [canonical(text)] * 2


def test_usage_errors_exit_2(tmp_path):
    assert tawsim("import").returncode == 2
    assert tawsim("export", tmp_path / "p.tawsim").returncode == 2  # no --out
    assert tawsim("import", tmp_path / "p.tawsim", seeds_dir(), "--format", "pdf").returncode == 2
    assert tawsim("stats", tmp_path / "missing.tawsim").returncode == 2
    notproject = tmp_path / "x.tawsim"
    notproject.write_text("hello")
    proc = tawsim("stats", notproject)
    assert proc.returncode == 2 and "not a Tawsim project" in proc.stderr


def test_missing_input_file(tmp_path):
    proc = _import(tmp_path, tmp_path / "nope.txt")
    assert proc.returncode == 1
    assert f"{tmp_path / 'nope.txt'}:1: no such file" in proc.stderr


def test_the_project_file_refuses_a_broken_span(tmp_path):
    import sqlite3

    project = tmp_path / "p.tawsim"
    tawsim("import", project, EXAMPLE)
    conn = sqlite3.connect(project)  # try to damage the file behind Tawsim's back
    with pytest.raises(sqlite3.IntegrityError, match="span text differs"):
        conn.execute("UPDATE spans SET text = 'XXXX' WHERE id = 's03'")  # was داعش
    with pytest.raises(sqlite3.IntegrityError, match="span text differs"):
        conn.execute('UPDATE spans SET start = start + 1, "end" = "end" + 1 WHERE id = "s03"')
    with pytest.raises(sqlite3.IntegrityError, match="never changes"):
        conn.execute("UPDATE documents SET text = 'نص آخر'")
    conn.close()
    out = tmp_path / "g.jsonl"
    assert tawsim("export", project, "--out", out, "--include-unreviewed").returncode == 0
    [rec] = check_export(out)
    assert len(rec["spans"]) == 26


def test_a_mistyped_sub_command_creates_no_project(tmp_path):
    proc = tawsim("improt", cwd=tmp_path)
    assert proc.returncode == 2
    assert "no project 'improt'" in proc.stderr and "import" in proc.stderr
    assert tawsim("improt", "p.tawsim", cwd=tmp_path).returncode == 2  # argparse says why
    assert list(tmp_path.iterdir()) == []


def test_no_display_is_a_clear_error(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "desktop", str(tmp_path / "p.tawsim")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no display" in proc.stderr
    assert "Traceback" not in proc.stderr


# ------------------------------------------------- what a new user met (issue notes)
def test_an_export_of_nothing_reviewed_says_why(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, seeds_dir()).returncode == 0
    proc = tawsim("export", project, "--out", tmp_path / "g.jsonl")
    assert proc.returncode == 0
    assert "exported 0 document(s)" in proc.stdout
    assert "none of the project's 5 document(s) is reviewed yet" in proc.stderr
    assert "--include-unreviewed" in proc.stderr
    proc = tawsim("export", project, "--out", tmp_path / "g.jsonl", "--include-unreviewed")
    assert proc.returncode == 0 and "note:" not in proc.stderr


def test_an_export_keeps_the_files_permissions_and_refuses_a_protected_one(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, seeds_dir()).returncode == 0
    kept = tmp_path / "kept.jsonl"
    kept.write_text("old\n")
    kept.chmod(0o640)
    proc = tawsim("export", project, "--out", kept, "--include-unreviewed")
    assert proc.returncode == 0, proc.stderr
    assert kept.stat().st_mode & 0o777 == 0o640 and len(read_jsonl(kept)) == 5
    protected = tmp_path / "protected.jsonl"
    protected.write_text("keep me\n")
    protected.chmod(0o444)
    for cmd in (("export", project, "--out", protected, "--include-unreviewed"),
                ("ledger", project, "--out", protected)):
        proc = tawsim(*cmd)
        assert proc.returncode == 2, proc.stderr
        assert "is write-protected" in proc.stderr
        assert protected.read_text() == "keep me\n"
        assert protected.stat().st_mode & 0o777 == 0o444


@pytest.mark.parametrize("cmd, bad", [("review", "--json"), ("export", "--quiet"),
                                      ("ledger", "--json")])
def test_an_unknown_option_gets_the_sub_commands_usage(tmp_path, cmd, bad):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, seeds_dir()).returncode == 0
    extra = ("--out", tmp_path / "x") if cmd in ("export", "ledger") else ()
    proc = tawsim(cmd, project, *extra, bad)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"usage: tawsim {cmd} ")
    assert f"tawsim {cmd}: error: unrecognized arguments: {bad}" in proc.stderr


def test_importing_into_a_read_only_project_says_so_before_reading(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, SEEDS[0]).returncode == 0
    before = project.read_bytes()
    project.chmod(0o444)
    bad = tmp_path / "trunc.jsonl"
    bad.write_text('{"id": "a", "text": "نص"}\n{"id": "b", "te', encoding="utf-8")
    proc = tawsim("import", project, SEEDS[1], bad)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"tawsim: error: {project}: the project file is read-only "
                                   "(its permissions, or a read-only disk): nothing was "
                                   "imported")
    assert project.read_bytes() == before
