"""The plain-text report of an agreement result (the ``tawsim agreement`` output)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.agreement import ALL


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(result: Mapping[str, Any]) -> str:
    """The human-readable report of :func:`compute` (the ``tawsim agreement`` output)."""
    names = result["annotators"]
    lines = []
    npairs = len(result["pairs"])
    lines.append(f"Annotators: {', '.join(names) or '(none)'}; documents compared: "
                 f"{result['documents']}; pairs: {npairs}")
    if npairs > 1:
        lines.append("Figures are averaged over the pairs of annotators; '-' = undefined.")
    else:
        lines.append("'-' = undefined (nothing to compare).")
    lines.append("")

    rows = [("label", "exact F1", "overlap F1", "spans", "exact", "overlap")]
    for label, v in result["labels"].items():
        sup = v["support"]
        rows.append((("all labels" if label == ALL else label), _figure(v["exact_f1"]),
                     _figure(v["overlap_f1"]), str(sum(sup["spans"].values())),
                     str(sup["exact_matches"]), str(sup["overlap_matches"])))
    lines += _table(rows)
    lines.append("")

    rows = [("attribute", "kappa", "alpha", "accuracy", "n")]
    for key, v in result["attributes"].items():
        rows.append((key, _figure(v["kappa"]), _figure(v["alpha"]), _figure(v["accuracy"]), str(v["n"])))
    lines += _table(rows)
    lines.append("")

    rel = result["relations"]
    rows = [("relation", "F1", "matches", "relations")]
    for t, v in rel["by_type"].items():
        rows.append((t, _figure(v["f1"]), str(v["matches"]), str(sum(v["relations"].values()))))
    rows.append(("all relations", _figure(rel["f1"]), str(rel["matches"]),
                 str(sum(rel["relations"].values()))))
    lines += _table(rows)

    if npairs > 1:
        lines.append("")
        rows = [("pair", "documents", "exact F1", "overlap F1", "relation F1")]
        for p in result["pairs"]:
            rows.append((f"{p['a']} / {p['b']}", str(p["documents"]),
                         _figure(p["labels"][ALL]["exact_f1"]),
                         _figure(p["labels"][ALL]["overlap_f1"]), _figure(p["relations"]["f1"])))
        lines += _table(rows)

    if "by_document" in result:
        lines.append("")
        rows = [("document", "exact F1", "overlap F1", "relation F1")]
        for doc, v in result["by_document"].items():
            rows.append((doc, _figure(v["exact_f1"]), _figure(v["overlap_f1"]),
                         _figure(v["relations"]["f1"])))
        lines += _table(rows)
    return "\n".join(lines) + "\n"


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:],
                                                                         strict=True)]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out
