"""Two annotators' files in, agreement out, unanimous spans accepted, gold exported with
its audit trail: the review workflow from the command line."""

import json

from desktop.resources import resource
from tests.cli.test_cli import check_export, read_jsonl, stats, tawsim

EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")


def _second_annotator(tmp_path):
    """Badr's version of the example: three actors missing, one actor type changed."""
    [rec] = read_jsonl(EXAMPLE)
    spans = [dict(s) for s in rec["spans"]]
    dropped = {"s01", "s02", "s03"}
    spans = [s for s in spans if s["id"] not in dropped]
    spans[0] = dict(spans[0], attrs={**spans[0]["attrs"], "type": "organization"})
    rec = dict(rec, spans=spans, relations=[
        r for r in rec["relations"] if r["head"] not in dropped and r["tail"] not in dropped])
    path = tmp_path / "badr.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, rec


def test_agreement_and_unanimous_review(tmp_path):
    project = tmp_path / "review.tawsim"
    assert tawsim("import", project, EXAMPLE, "--annotator", "amal").returncode == 0
    badr_file, badr = _second_annotator(tmp_path)
    assert tawsim("import", project, badr_file, "--annotator", "badr").returncode == 0

    proc = tawsim("agreement", project, "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["annotators"] == ["amal", "badr"] and result["documents"] == 1
    # ACTOR: amal 12, badr 9, all 9 of badr's match exactly: F1 = 2*9 / 21
    assert abs(result["labels"]["ACTOR"]["exact_f1"] - 18 / 21) < 1e-9
    assert result["labels"]["CLAIM"]["exact_f1"] == 1.0
    assert result["relations"]["f1"] == 1.0

    proc = tawsim("agreement", project, "--json", "--by-document")
    assert "000_853630d0f81be7ce" in json.loads(proc.stdout)["by_document"]
    assert "exact F1" in tawsim("agreement", project).stdout

    proc = tawsim("review", project, "--accept-unanimous", "--reviewer", "rania")
    assert proc.returncode == 0, proc.stderr
    # 23 spans in common, one of which (the re-typed actor) differs in an attribute
    assert "accepted 22 span(s)" in proc.stdout
    again = tawsim("review", project, "--accept-unanimous", "--reviewer", "rania")
    assert "accepted 0 span(s) and 0 relation(s)" in again.stdout  # idempotent
    assert stats(project)["by_layer"]["gold"]["spans"] == 22

    # gold export: reviewed documents only, so nothing until the reviewer marks it
    out = tmp_path / "gold.jsonl"
    tawsim("export", project, "--out", out)
    assert out.read_text() == ""
    proc = tawsim("export", project, "--out", out, "--include-unreviewed")
    [rec] = check_export(out)
    assert len(rec["spans"]) == 22
    assert rec["review"]["annotators"] == ["amal", "badr"]
    decisions = rec["review"]["decisions"]
    assert len(decisions) == 22 + len(rec["relations"])
    assert {d["who"] for d in decisions} == {"rania"}
    assert {d["action"] for d in decisions} == {"accept_unanimous"}


def test_merging_an_annotators_project(tmp_path):
    amal = tmp_path / "amal.tawsim"
    review = tmp_path / "review.tawsim"
    tawsim("import", amal, EXAMPLE, "--annotator", "amal")
    proc = tawsim("import", review, amal)
    assert proc.returncode == 0, proc.stderr
    s = stats(review)
    assert s["documents"] == 1 and s["by_layer"]["amal"]["spans"] == 26
    proc = tawsim("import", review, amal)  # the same again: unchanged
    assert proc.returncode == 0 and "1 unchanged" in proc.stdout
    # a changed layer replaces the old one, and says so
    badr_file, _ = _second_annotator(tmp_path)
    tawsim("import", amal, badr_file, "--annotator", "amal")
    proc = tawsim("import", review, amal)
    assert proc.returncode == 0
    assert "replaced layer 'amal'" in proc.stderr
    assert stats(review)["by_layer"]["amal"]["spans"] == 23


def test_merge_with_a_different_text_names_the_document(tmp_path):
    a, b = tmp_path / "a.tawsim", tmp_path / "b.tawsim"
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "doc1.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "y").mkdir()
    (tmp_path / "y" / "doc1.txt").write_text("نص مختلف", encoding="utf-8")
    tawsim("import", a, tmp_path / "x")
    tawsim("import", b, tmp_path / "y")
    proc = tawsim("import", a, b)
    assert proc.returncode == 1
    assert f"{b}:1: document 'doc1' has a different text" in proc.stderr


def test_reimporting_a_layer_replaces_it_and_says_so(tmp_path):
    project = tmp_path / "p.tawsim"
    tawsim("import", project, EXAMPLE, "--annotator", "amal")
    badr_file, _ = _second_annotator(tmp_path)
    proc = tawsim("import", project, badr_file, "--annotator", "amal")
    assert proc.returncode == 0
    assert "note:" in proc.stderr and "replaced layer 'amal'" in proc.stderr
    assert stats(project)["by_layer"]["amal"]["spans"] == 23
