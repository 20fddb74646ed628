"""``tawsim gazetteer PROJECT FILE.csv``: bad lines as FILE:LINE: reason (exit 1), good
lines stored."""

from __future__ import annotations

import pytest

from desktop.store.gazetteer import gazetteer_entries
from desktop.store.project import Project
from tests.cli.test_cli import tawsim
from tests.store.analysis_fixtures import build_seeds_and_example


@pytest.fixture
def project(tmp_path):
    return build_seeds_and_example(tmp_path / "p.tawsim")


def test_good_lines_stored_bad_lines_reported(project, tmp_path):
    csv_file = tmp_path / "names.csv"
    csv_file.write_bytes("\ufeffname,canonical,type\nبغداد,العراق,state\n"
                         "واشنطن,الولايات المتحدة,planet\n,x,\nقسد,قوات سوريا الديمقراطية,"
                         "armed_group\n".encode())
    proc = tawsim("gazetteer", project, csv_file)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"{csv_file}:3: type 'planet' is not an ACTOR type (one of: person, government,"
        " military, armed_group, state, organization, media, other)",
        f"{csv_file}:4: the name is empty"]
    assert "2 name(s) added, 0 updated, 2 rejected" in proc.stdout
    with Project(project, create=False) as p:
        assert [(e.name, e.canonical, e.type) for e in gazetteer_entries(p)] == [
            ("بغداد", "العراق", "state"), ("قسد", "قوات سوريا الديمقراطية", "armed_group")]


def test_a_clean_file_exits_0_and_replace_starts_over(project, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("بغداد,العراق,state\n", encoding="utf-8")
    b.write_text("داعش,تنظيم الدولة الإسلامية,armed_group\n", encoding="utf-8")
    assert tawsim("gazetteer", project, a).returncode == 0
    proc = tawsim("gazetteer", project, b, "--replace")
    assert proc.returncode == 0 and "1 name(s) added" in proc.stdout
    with Project(project, create=False) as p:
        assert [e.name for e in gazetteer_entries(p)] == ["داعش"]


def test_usage_errors(project, tmp_path):
    proc = tawsim("gazetteer", project, tmp_path / "none.csv")
    assert proc.returncode == 2 and "no such file" in proc.stderr
    (tmp_path / "a.csv").write_text("بغداد\n", encoding="utf-8")
    proc = tawsim("gazetteer", tmp_path / "none.tawsim", tmp_path / "a.csv")
    assert proc.returncode == 2 and "no such project" in proc.stderr
