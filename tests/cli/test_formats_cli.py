"""The interchange formats on the command line (DESIGN §4, §5b): every export format,
standard input and output, --json reports, --label-map, damaged files refused, and an
export that is killed or fails leaves the old file whole and no temporary file."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.resources import resource, seeds_dir

EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")
DOC = "000_853630d0f81be7ce"


def tawsim(*args, stdin=None, cwd=None):
    env = dict(os.environ, TAWSIM_NO_PROGRESS="1", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], cwd=cwd,
                          capture_output=True, input=stdin, env=env, timeout=180)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()
    return proc


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("proj") / "p.tawsim"
    assert tawsim("import", path, seeds_dir(), EXAMPLE).returncode == 0
    return path


def test_help_lists_every_format():
    from desktop.core import formats

    out = tawsim("export", "--help").stdout.decode()
    for f in formats.writers():
        assert f.name in out and f.description[:30] in out
    out = tawsim("import", "--help").stdout.decode()
    for f in formats.readers():
        assert f.name in out
    assert "--label-map" in out and "--json" in out


@pytest.mark.parametrize("fmt, name", [("gold", "g.jsonl"), ("doccano", "d.jsonl"),
                                       ("labelstudio", "ls.json"), ("prodigy", "p.jsonl"),
                                       ("conll", "c.conll"), ("spacy", "s.spacy"),
                                       ("brat", "brat/out"), ("hf", "hf")])
def test_every_export_format_with_a_json_report(project, tmp_path, fmt, name):
    out = tmp_path / name
    proc = tawsim("export", project, "--out", out, "--format", fmt, "--include-unreviewed",
                  "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] and report["documents"] == 5 and report["spans"] == 26
    assert report["relations"] == 16 and report["rejected"] == []
    assert out.exists()
    if fmt == "gold":
        assert report["card"] == str(tmp_path / "g.card.md")
        card = (tmp_path / "g.card.md").read_text(encoding="utf-8")
        assert "tawsim export" in card and "| `ACTOR` | 12 |" in card
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


def test_read_formats_import_back_what_they_wrote(project, tmp_path):
    for fmt, name in (("doccano", "d.jsonl"), ("labelstudio", "ls.json"),
                      ("prodigy", "p.jsonl"), ("brat", "brat")):
        out = tmp_path / name
        assert tawsim("export", project, "--out", out, "--format", fmt,
                      "--include-unreviewed").returncode == 0
        again = tmp_path / f"{fmt}.tawsim"
        proc = tawsim("import", again, out, "--json")  # auto knows each of them
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["added"] == 5
        stats = json.loads(tawsim("stats", again, "--json").stdout)
        assert stats["spans"] == {"ACTOR": 12, "CLAIM": 5, "CUE": 5, "DATE": 4}, fmt
        assert sum(stats["relations"].values()) == 16, fmt


def test_write_only_formats_are_refused_on_import_with_the_reason(project, tmp_path):
    for fmt, name, says in (("conll", "c.conll", "CoNLL"), ("spacy", "s.spacy", "spaCy")):
        out = tmp_path / name
        if fmt == "spacy":
            out.write_bytes(b"x\x9c\x00\x01 a DocBin, compressed")  # what one starts with
        else:
            assert tawsim("export", project, "--out", out, "--format", fmt,
                          "--include-unreviewed").returncode == 0
        proc = tawsim("import", tmp_path / "n.tawsim", out)
        assert proc.returncode == 1
        err = proc.stderr.decode()
        assert f"{out}:1: " in err and says in err and "writes but does not read" in err


def test_standard_output_and_input(project, tmp_path):
    a = tmp_path / "a.jsonl"
    assert tawsim("export", project, "--out", a, "--include-unreviewed").returncode == 0
    proc = tawsim("export", project, "--out", "-", "--include-unreviewed")
    assert proc.returncode == 0 and proc.stdout == a.read_bytes()
    assert not (tmp_path / "-").exists()
    proc = tawsim("import", tmp_path / "q.tawsim", "-", "--format", "gold", "--json",
                  stdin=a.read_bytes())
    assert proc.returncode == 0 and json.loads(proc.stdout)["added"] == 5
    proc = tawsim("import", tmp_path / "q.tawsim", "-", stdin=b"")
    assert proc.returncode == 2 and b"needs --format" in proc.stderr
    proc = tawsim("export", project, "--out", "-", "--json")
    assert proc.returncode == 2


def test_json_report_lists_every_rejection(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id":"a","text":"نص أول"}\n{"id":"b","text":5}\n{"id":"c"}\n',
                 encoding="utf-8")
    proc = tawsim("import", tmp_path / "p.tawsim", f, "--json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["added"] == 1 and not report["ok"]
    assert [(r["file"], r["line"]) for r in report["rejected"]] == [(str(f), 2), (str(f), 3)]
    assert "must be a string" in report["rejected"][0]["reason"]
    assert f"{f}:2: " in proc.stderr.decode()


def test_label_map_inline_and_from_a_file(tmp_path):
    f = tmp_path / "doccano.jsonl"
    f.write_text(json.dumps({"id": 1, "text": "قال الوزير أمس", "label": [
        [4, 10, "PER"], [11, 14, "TIME"], [0, 3, "VERB"]]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    proc = tawsim("import", tmp_path / "a.tawsim", f)
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "'PER'" in err and "'TIME'" in err and "'VERB'" in err and "--label-map" in err
    proc = tawsim("import", tmp_path / "a.tawsim", f, "--label-map",
                  "PER=ACTOR,TIME=DATE,VERB=CUE")
    assert proc.returncode == 0, proc.stderr
    m = tmp_path / "map.txt"
    m.write_text("# doccano -> tawsim\nPER=ACTOR\n\nTIME = DATE\nVERB=CUE\n", encoding="utf-8")
    assert tawsim("import", tmp_path / "b.tawsim", f, "--label-map", m).returncode == 0
    stats = json.loads(tawsim("stats", tmp_path / "b.tawsim", "--json").stdout)
    assert stats["spans"] == {"ACTOR": 1, "CUE": 1, "DATE": 1}
    proc = tawsim("import", tmp_path / "c.tawsim", f, "--label-map", "PER=PERSON")
    assert proc.returncode == 2 and b"not a label" in proc.stderr


def damage(project: Path, sql: str, drop=("spans_text_update",)) -> None:
    conn = sqlite3.connect(project)
    for name in drop:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, drop, says", [
    ("UPDATE spans SET text = 'وزير' WHERE id = 's03'", ("spans_text_update",),
     f"document '{DOC}', span 's03'"),
    ("UPDATE documents SET text_sha256 = '" + "0" * 64 + "'", (),
     f"document '{DOC}': its text does not match its text_sha256"),
])
def test_a_damaged_file_is_refused(tmp_path, sql, drop, says):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, EXAMPLE).returncode == 0
    damage(project, sql, drop)
    out = tmp_path / "g.jsonl"
    out.write_text("the previous export\n")
    for fmt in ("gold", "prodigy"):
        proc = tawsim("export", project, "--out", out, "--format", fmt, "--include-unreviewed")
        assert proc.returncode == 1 and says in proc.stderr.decode(), proc.stderr
        assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.jsonl", "p.tawsim"] or all(
        not p.name.startswith(".") for p in tmp_path.iterdir())


def test_symlinks_and_devices_are_written_through(project, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert tawsim("export", project, "--out", link, "--include-unreviewed").returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").count("\n") == 5
    proc = tawsim("export", project, "--out", "/dev/stdout", "--include-unreviewed")
    assert proc.returncode == 0 and proc.stdout.count(b"\n") >= 5
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()
    assert tawsim("export", project, "--out", "/dev/null", "--format", "conll").returncode == 0
    assert Path("/dev/null").is_char_device()


_KILL = """
import os, signal, sys
from desktop.core.formats import gold
write = gold.GoldWriter.write
def killed(self, doc):
    write(self, doc)
    os.kill(os.getpid(), signal.{sig})
gold.GoldWriter.write = killed
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("sig, code", [("SIGTERM", 143), ("SIGINT", 130)])
def test_an_interrupted_export_leaves_the_old_file_whole(project, tmp_path, sig, code):
    out = tmp_path / "g.jsonl"
    out.write_text("the previous export\n")
    env = dict(os.environ, TAWSIM_NO_PROGRESS="1")
    proc = subprocess.run([sys.executable, "-c", _KILL.replace("{sig}", sig), "export",
                           str(project), "--out", str(out), "--include-unreviewed"],
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == code and b"Traceback" not in proc.stderr, proc.stderr
    assert b"nothing written" in proc.stderr
    assert out.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.jsonl"]


def test_spacy_missing_is_a_clear_message(project, tmp_path, monkeypatch, capsys):
    import importlib.util

    from desktop.cli import main
    from desktop.core.formats import spacy_bin

    real = importlib.util.find_spec
    monkeypatch.setattr(spacy_bin, "find_spec",
                        lambda name: None if name == "spacy" else real(name))
    code = main(["export", str(project), "--out", str(tmp_path / "x.spacy"), "--format",
                 "spacy", "--include-unreviewed"])
    assert code == 1 and "pip install 'tawsim[spacy]'" in capsys.readouterr().err
    assert not (tmp_path / "x.spacy").exists()


def test_conll_labels_and_overlaps(project, tmp_path):
    out = tmp_path / "c.conll"
    proc = tawsim("export", project, "--out", out, "--format", "conll", "--labels",
                  "CLAIM,ACTOR", "--include-unreviewed")
    assert proc.returncode == 1 and b"overlap" in proc.stderr and DOC.encode() in proc.stderr
    assert not out.exists()
    proc = tawsim("export", project, "--out", out, "--format", "conll", "--labels", "NOPE")
    assert proc.returncode == 2
    proc = tawsim("export", project, "--out", out, "--labels", "ACTOR")
    assert proc.returncode == 2


def test_span_comments_join_the_export_once_the_column_exists(tmp_path):
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, EXAMPLE).returncode == 0
    before = tmp_path / "before.jsonl"
    assert tawsim("export", project, "--out", before, "--include-unreviewed").returncode == 0
    conn = sqlite3.connect(project)
    if "comment" not in {r[1] for r in conn.execute("PRAGMA table_info(spans)")}:
        conn.execute("ALTER TABLE spans ADD COLUMN comment TEXT NOT NULL DEFAULT ''")  # 0004
    conn.execute("UPDATE spans SET comment = 'the army, not the ministry' WHERE id = 's01'")
    conn.commit()
    conn.close()
    after = tmp_path / "after.jsonl"
    assert tawsim("export", project, "--out", after, "--include-unreviewed").returncode == 0
    [rec] = [json.loads(x) for x in after.read_text(encoding="utf-8").splitlines()]
    with_comment = [s for s in rec["spans"] if "comment" in s]
    assert [(s["id"], s["comment"]) for s in with_comment] == [
        ("s01", "the army, not the ministry")]
    # spans without a comment keep their bytes
    old = before.read_text(encoding="utf-8")
    new = after.read_text(encoding="utf-8").replace(',"comment":"the army, not the ministry"',
                                                    "")
    assert new == old
    import jsonschema

    from desktop.resources import gold_schema_path

    jsonschema.validate(rec, json.loads(gold_schema_path().read_text(encoding="utf-8")))


def test_the_card_is_reproducible(project, tmp_path):
    a, b = tmp_path / "a" / "gold.jsonl", tmp_path / "b" / "gold.jsonl"
    for out in (a, b):
        out.parent.mkdir()
        assert tawsim("export", project, "--out", out.name, "--include-unreviewed",
                      cwd=out.parent).returncode == 0
    assert (a.parent / "gold.card.md").read_bytes() == (b.parent / "gold.card.md").read_bytes()
    assert a.read_bytes() == b.read_bytes()


def test_the_check_runs_on_the_export_connection_when_no_second_one_opens(tmp_path,
                                                                         monkeypatch):
    from desktop.store import exporter
    from desktop.store.project import Project

    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, EXAMPLE).returncode == 0
    damage(project, "UPDATE documents SET text_sha256 = '" + "1" * 64 + "'", ())
    with Project(project, create=False) as p:
        def refuse(*a, **k):
            raise sqlite3.OperationalError("unable to open database file")

        monkeypatch.setattr(exporter.sqlite3, "connect", refuse)
        with pytest.raises(exporter.ExportRefused, match="text_sha256"):
            exporter.export(p, tmp_path / "g.jsonl", include_unreviewed=True)
    assert not (tmp_path / "g.jsonl").exists()


def test_a_gold_span_comment_is_imported_and_exported(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "قال الوزير", "spans": [
        {"id": "s1", "start": 4, "end": 10, "label": "ACTOR", "comment": "which minister?"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    project = tmp_path / "p.tawsim"
    assert tawsim("import", project, f).returncode == 0
    out = tmp_path / "o.jsonl"
    assert tawsim("export", project, "--out", out, "--include-unreviewed").returncode == 0
    [rec] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rec["spans"][0]["comment"] == "which minister?"


def test_conll_reads_span_rows_without_details_and_writes_the_same(project):
    """CoNLL reads neither attributes nor comments, so the store leaves them out of its
    rows ("{}" and ""); what it writes from those rows is what it writes from full ones."""
    import io

    from desktop.core.formats.conll import FORMAT, ConllWriter
    from desktop.core.formats.writing import WriteOptions
    from desktop.store.project import Project

    assert FORMAT.span_details is False
    with Project(project, read_only=True) as p:
        full = list(p.iter_export_rows("gold", reviewed_only=False, raw_text=True))
        bare = list(p.iter_export_rows("gold", reviewed_only=False, raw_text=True,
                                       span_details=False))
        schema = p.schema
    assert any(r[4] != "{}" for d in full for r in d.span_rows())  # attributes to leave out
    assert [[[*r[:4], "{}", ""] for r in d.span_rows()] for d in full] == [
        d.span_rows() for d in bare]
    out = []
    for docs in (full, bare):
        sink = type("Sink", (), {"stream": io.StringIO()})()
        writer = ConllWriter(sink, WriteOptions(layer="gold", schema=schema,
                                                labels=("ACTOR", "DATE")))
        for d in docs:
            writer.write(d)
        out.append(sink.stream.getvalue())
    assert out[0] == out[1] and "B-ACTOR" in out[0]


def test_an_hf_folder_is_refused_with_its_reason_not_read_as_gold(project, tmp_path):
    """The hf folder's shard rows look like gold records with every attribute column
    (null where a span has none): imported, they would add those nulls. It is refused,
    naming what to import instead; a gold file in a folder named data is still read."""
    folder = tmp_path / "hf"
    assert tawsim("export", project, "--out", folder, "--format", "hf",
                  "--include-unreviewed").returncode == 0
    target = tmp_path / "r.tawsim"
    proc = tawsim("import", target, folder)
    err = proc.stderr.decode()
    assert proc.returncode == 1
    shard = next((folder / "data").glob("*.jsonl"))
    assert f"{shard}:1: a shard of a Hugging Face dataset folder" in err
    assert "import the gold JSONL export instead" in err
    assert b"0 document(s) added" in proc.stdout
    plain = tmp_path / "other" / "data"
    plain.mkdir(parents=True)
    (plain / "gold.jsonl").write_bytes(EXAMPLE.read_bytes())
    assert tawsim("import", tmp_path / "g.tawsim", plain.parent).returncode == 0
