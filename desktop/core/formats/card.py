"""The dataset card (DESIGN §5b): written beside every gold export (``gold.jsonl`` ->
``gold.card.md``) and as the ``README.md`` of an hf folder.

Reproducible like the export itself: the same project and command give the same bytes
(no dates, no absolute paths the command did not name, sorted tables).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CardData:
    project: str  # the project file's name
    format: str  # the format's display name
    layer: str
    include_unreviewed: bool
    documents: int  # included in the export
    reviewed: int  # of those, reviewed in gold
    project_documents: int
    project_reviewed: int
    spans_by_label: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)
    annotators: dict[str, int] = field(default_factory=dict)  # layer -> documents it holds
    agreement: dict[str, Any] | None = None
    schema_name: str = ""
    schema_sha256: str = ""
    version: str = ""
    command: str = ""
    files: list[str] = field(default_factory=list)


def _f(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render(card: CardData, *, title: str | None = None) -> str:
    sel = ("every document (reviewed or not)" if card.include_unreviewed
           else "the reviewed documents" if card.layer == "gold"
           else f"the documents layer {card.layer!r} holds")
    lines = [f"# {title or 'Dataset card'}: {card.project}", ""]
    lines += [
        f"Exported by Tawsim {card.version} with:", "", "```", card.command, "```", "",
        f"- **Format**: {card.format}" + (f" ({', '.join(card.files)})" if card.files else ""),
        "- **Offsets**: code points into `text`, half-open `[start, end)`; every span's "
        "`text` is `text[start:end]`",
        f"- **Layer**: `{card.layer}`; the export holds {sel}",
        f"- **Schema**: `{card.schema_name}` (sha256 `{card.schema_sha256}`)", "",
        "## Documents", ""]
    lines += _table(["", "documents"], [
        ["in this export", str(card.documents)],
        ["of which reviewed", str(card.reviewed)],
        ["of which not reviewed", str(card.documents - card.reviewed)],
        ["in the project", str(card.project_documents)],
        ["reviewed in the project", str(card.project_reviewed)]])
    lines += ["", "## Spans by label", ""]
    total = sum(card.spans_by_label.values())
    lines += _table(["label", "spans"], [[f"`{k}`", str(v)] for k, v in
                                         sorted(card.spans_by_label.items())]
                    + [["all", str(total)]])
    lines += ["", "## Relations by type", ""]
    total = sum(card.relations_by_type.values())
    lines += _table(["relation", "relations"], [[f"`{k}`", str(v)] for k, v in
                                                sorted(card.relations_by_type.items())]
                    + [["all", str(total)]])
    lines += ["", "## Annotators", ""]
    if card.annotators:
        lines += _table(["annotator layer", "documents"],
                        [[f"`{k}`", str(v)] for k, v in sorted(card.annotators.items())])
    else:
        lines.append("No annotator layers (annotations were imported or made in gold).")
    lines += ["", "## Agreement", ""]
    ag = card.agreement or {}
    if len(ag.get("annotators", [])) >= 2:
        lines.append(f"Between {', '.join(ag['annotators'])}, over the {ag['documents']} "
                     "document(s) they share (F1, mean over annotator pairs):")
        lines.append("")
        rows = [[f"`{k}`" if k != "_all" else "all labels", _f(v.get("exact_f1")),
                 _f(v.get("overlap_f1"))] for k, v in ag.get("labels", {}).items()]
        lines += _table(["label", "exact F1", "overlap F1"], rows)
        lines.append("")
        rels = ag.get("relations", {})
        rows = [[f"`{k}`", _f(v.get("f1")), str(v.get("matches", 0))]
                for k, v in sorted(rels.get("by_type", {}).items())]
        rows.append(["all relations", _f(rels.get("f1")), str(rels.get("matches", 0))])
        lines += _table(["relation", "F1", "matches"], rows)
    else:
        lines.append("Not measured: agreement needs at least two annotator layers.")
    return "\n".join(lines) + "\n"
