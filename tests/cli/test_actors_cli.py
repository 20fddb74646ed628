"""``tawsim actors`` as a script uses it (DESIGN §4, §5b)."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import tawsim
from tests.store.analysis_fixtures import build_seeds_and_example, example_record

FIELDS = ["canonical", "type", "mentions", "variants", "claims_made", "claims_about"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return build_seeds_and_example(tmp_path_factory.mktemp("actors-cli") / "p.tawsim")


def test_json_array_most_mentions_first_summing_to_the_layers_actor_spans(project):
    proc = tawsim("actors", project, "--json", "--include-unreviewed")
    assert proc.returncode == 0, proc.stderr
    actors = json.loads(proc.stdout)
    assert all(list(a) == FIELDS for a in actors)
    tagged = [s for s in example_record()["spans"] if s["label"] == "ACTOR"]
    assert sum(a["mentions"] for a in actors) == len(tagged)
    assert [a["mentions"] for a in actors] == sorted((a["mentions"] for a in actors), reverse=True)
    assert actors[0] == {"canonical": "العراق", "type": "state", "mentions": 2,
                         "variants": {"العراق": 1, "بغداد": 1}, "claims_made": 1,
                         "claims_about": 1}
    for a in actors:
        assert sum(a["variants"].values()) == a["mentions"]
    # gold without --include-unreviewed: the reviewed documents, none yet
    assert json.loads(tawsim("actors", project, "--json").stdout) == []


def test_table(project):
    proc = tawsim("actors", project, "--include-unreviewed")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["mentions", "made", "about", "type"]
    assert "بغداد" in lines[1] and lines[1].split()[:4] == ["2", "1", "1", "state"]
    assert lines[-1] == "11 actor(s), 12 mention(s)"


def test_usage_errors(project, tmp_path):
    proc = tawsim("actors", tmp_path / "none.tawsim")
    assert proc.returncode == 2 and "no such project" in proc.stderr
    proc = tawsim("actors", project, "--layer", "nobody")
    assert proc.returncode == 2 and "no layer 'nobody'" in proc.stderr
