"""``tawsim ledger`` as a script uses it: real processes, real files (DESIGN §4, §5b)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest

from desktop.core.analysis.ledger import COLUMNS
from desktop.core.text import sha256_hex
from desktop.store.project import Project
from tests.cli.test_cli import tawsim
from tests.store.analysis_fixtures import EXAMPLE_ID, build_seeds_and_example, expected_ledger


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_seeds_and_example(tmp_path_factory.mktemp("ledger-cli") / "p.tawsim")


@pytest.fixture
def project(template, tmp_path):
    path = tmp_path / "p.tawsim"
    shutil.copy(template, path)
    return path


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark first: spreadsheets then read UTF-8"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return raw, list(csv.reader(fh))


def test_csv_has_one_row_per_claim_matching_the_example(project, tmp_path):
    out = tmp_path / "ledger.csv"
    proc = tawsim("ledger", project, "--out", out, "--include-unreviewed")
    assert proc.returncode == 0, proc.stderr
    assert "wrote 5 claim(s)" in proc.stdout
    raw, records = read_csv(out)
    assert records[0] == list(COLUMNS)
    got = {r[1]: dict(zip(COLUMNS, r, strict=True)) for r in records[1:]}
    assert got == expected_ledger()  # claimant, cue, dates, about: the example's relations
    # RFC 4180: CRLF after every record, a quoted field's quotes doubled
    assert raw.count(b"\r\n") == len(records) and raw.endswith(b"\r\n")
    assert '"المنشورات ""تحث المقاتلين'.encode() in raw
    # read back with the csv module it is what the rows say, Arabic intact
    assert got["s19"]["claimant_canonical"] == "مايك بومبيو"
    assert got["s19"]["about"] == "واشنطن | بغداد"


def test_gold_without_include_unreviewed_is_the_reviewed_documents(project, tmp_path):
    out = tmp_path / "ledger.csv"
    proc = tawsim("ledger", project, "--out", out)
    assert proc.returncode == 0
    assert read_csv(out)[1] == [list(COLUMNS)]
    # an empty ledger says why, as an empty export does
    assert "not reviewed yet" in proc.stderr and "--include-unreviewed" in proc.stderr
    with Project(project, create=False) as p:
        p.set_status(EXAMPLE_ID, "gold", "reviewed", who="rev")
    proc = tawsim("ledger", project, "--out", out)
    assert proc.returncode == 0 and "not reviewed yet" not in proc.stderr
    assert len(read_csv(out)[1]) == 6


def test_jsonl_and_standard_output(project, tmp_path):
    out = tmp_path / "ledger.jsonl"  # the extension chooses JSONL
    assert tawsim("ledger", project, "--out", out, "--include-unreviewed").returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [list(r) for r in records] == [list(COLUMNS)] * 5
    assert {r["claim_id"]: r for r in records} == expected_ledger()
    proc = tawsim("ledger", project, "--out", "-", "--format", "jsonl", "--include-unreviewed")
    assert proc.returncode == 0 and proc.stdout.splitlines() == lines
    assert "wrote 5 claim(s) to standard output" in proc.stderr
    proc = tawsim("ledger", project, "--out", "-", "--include-unreviewed")  # CSV by default
    rows = list(csv.reader(io.StringIO(proc.stdout.lstrip("\ufeff"), newline="")))
    assert rows[0] == list(COLUMNS) and len(rows) == 6


def test_an_annotators_layer(tmp_path):
    project = build_seeds_and_example(tmp_path / "a.tawsim", annotator="amal")
    out = tmp_path / "amal.csv"
    assert tawsim("ledger", project, "--out", out, "--layer", "amal").returncode == 0
    assert {r[1] for r in read_csv(out)[1][1:]} == set(expected_ledger())


def test_reading_never_writes_the_project(project, tmp_path):
    before = sha256_hex(project.read_bytes())
    assert tawsim("ledger", project, "--out", tmp_path / "l.csv",
                  "--include-unreviewed").returncode == 0
    assert sha256_hex(project.read_bytes()) == before
    assert not os.path.exists(f"{project}-wal") or os.path.getsize(f"{project}-wal") == 0


def test_written_atomically_through_a_symbolic_link(project, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert tawsim("ledger", project, "--out", link, "--include-unreviewed").returncode == 0
    assert link.is_symlink() and len(read_csv(real)[1]) == 6
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("args, message", [
    (["nope.tawsim", "--out", "x.csv"], "no such project"),
    (["{p}", "--out", "x.csv", "--layer", "nobody"], "no layer 'nobody'"),
    (["{p}", "--out", "{tmp}"], "is a folder"),
    (["{p}", "--out", "{tmp}/missing/x.csv"], "no such folder"),
    (["{p}", "--out", "x.csv", "--format", "xlsx"], "invalid choice"),
])
def test_usage_errors_exit_2(project, tmp_path, args, message):
    args = [a.format(p=project, tmp=tmp_path) for a in args]
    proc = tawsim("ledger", *args, cwd=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert not (tmp_path / "x.csv").exists()
