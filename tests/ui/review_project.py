"""A project with two annotators' layers of seed 000 for review tests and the review
screenshot: amal's is the guidelines' example as it is, badr's differs from it in every
way a review can show (see :data:`EXPECTED_KINDS`)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.resources import resource
from desktop.store.importer import import_paths
from desktop.store.project import Project

EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")
DOC = "000_853630d0f81be7ce"

# What badr did differently from amal (span ids of the example)
DROPPED = {"s01", "s02"}  # only amal has them
REBOUND = {"s03": (335, 347)}  # داعش -> لمقاتلي داعش: boundaries differ
RELABELLED = {"s23": "CLAIM"}  # البرلمان العراقي: ACTOR (amal) / CLAIM (badr)
RETYPED = {"s04": ("type", "organization")}  # التحالف الدولي: military / organization

# kind -> how many candidates of that kind (spans), and the relations all agreed
EXPECTED_KINDS = {"only_some": 2, "boundary": 2, "label": 2, "attribute": 1, "agreed": 21}
RELATIONS = 16


def badr_record() -> dict:
    rec = json.loads(Path(EXAMPLE).read_text(encoding="utf-8").splitlines()[0])
    text = rec["text"]
    spans = []
    for s in rec["spans"]:
        s = dict(s)
        if s["id"] in DROPPED:
            continue
        if s["id"] in REBOUND:
            s["start"], s["end"] = REBOUND[s["id"]]
            s["text"] = text[s["start"]:s["end"]]
        if s["id"] in RELABELLED:
            s["label"], s["attrs"] = RELABELLED[s["id"]], {}
        if s["id"] in RETYPED:
            name, value = RETYPED[s["id"]]
            s["attrs"] = {**s["attrs"], name: value}
        spans.append(s)
    relations = [r for r in rec["relations"]
                 if not {r["head"], r["tail"]} & DROPPED]
    return dict(rec, spans=spans, relations=relations)


def build(path: Path, *, extra_dir: Path | None = None) -> Path:
    """Make a project at ``path`` with amal's and badr's layers of seed 000."""
    folder = extra_dir or path.parent
    badr = folder / "badr.jsonl"
    badr.write_text(json.dumps(badr_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    with Project(path) as project:
        for file, who in ((EXAMPLE, "amal"), (badr, "badr")):
            report = import_paths(project, [file], annotator=who)
            assert report.ok, report.summary()
    return path
