"""Projects for the analysis tests: the seeds with the shared example imported as gold
(the realistic fixture), and the example JSONL itself, read directly."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.text import canonical
from desktop.resources import resource, seeds_dir
from desktop.store.importer import import_paths
from desktop.store.project import Project

EXAMPLE = resource("examples", "000_853630d0f81be7ce.gold.jsonl")
EXAMPLE_ID = "000_853630d0f81be7ce"


def example_record() -> dict:
    [rec] = [json.loads(line) for line in Path(EXAMPLE).read_text(encoding="utf-8").splitlines()]
    return rec


def build_seeds_and_example(path: Path, *, annotator: str | None = None) -> Path:
    """Seeds (plain) plus the example as gold (or as ``annotator``'s layer)."""
    with Project(path) as project:
        assert import_paths(project, [seeds_dir()], fmt="txt").ok
        assert import_paths(project, [EXAMPLE], fmt="gold", annotator=annotator).ok
    return path


def expected_ledger() -> dict[str, dict[str, str]]:
    """claim id -> the cells the ledger must show, computed from the example JSONL's own
    spans and relations (texts in canonical form, as stored)."""
    rec = example_record()
    spans = {s["id"]: s for s in rec["spans"]}

    def text(sid):
        return canonical(spans[sid]["text"])

    def targets(claim, rel):
        ids = [r["tail"] for r in rec["relations"] if r["head"] == claim and r["type"] == rel]
        return sorted(ids, key=lambda i: spans[i]["start"])

    out = {}
    for s in rec["spans"]:
        if s["label"] != "CLAIM":
            continue
        cid = s["id"]
        claimant = targets(cid, "claimant")
        cues = sorted((r["head"] for r in rec["relations"]
                       if r["type"] == "cue_of" and r["tail"] == cid),
                      key=lambda i: spans[i]["start"])
        out[cid] = {
            "document": rec["id"], "claim_id": cid, "claim": canonical(s["text"]),
            "claim_type": s["attrs"].get("claim_type", ""),
            "attribution": s["attrs"].get("attribution", ""),
            "polarity": s["attrs"].get("polarity", ""),
            "claimant": " | ".join(text(i) for i in claimant),
            "claimant_canonical": " | ".join(
                spans[i]["attrs"].get("canonical") or text(i) for i in claimant),
            "cue": " | ".join(text(i) for i in cues),
            "claim_date": " | ".join(text(i) for i in targets(cid, "claim_date")),
            "claim_date_value": " | ".join(
                spans[i]["attrs"].get("value", "") for i in targets(cid, "claim_date")),
            "event_date": " | ".join(text(i) for i in targets(cid, "event_date")),
            "event_date_value": " | ".join(
                spans[i]["attrs"].get("value", "") for i in targets(cid, "event_date")),
            "about": " | ".join(text(i) for i in targets(cid, "about")),
            "comment": "",
        }
    return out
