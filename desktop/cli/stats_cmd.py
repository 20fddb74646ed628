"""``tawsim stats PROJECT``: counts of documents, spans, relations and layers."""

from __future__ import annotations

import json

from desktop.cli.common import existing_project, store_errors

NAME = "stats"


def add_parser(sub) -> None:
    st = sub.add_parser("stats", help="counts of documents, spans and layers")
    st.add_argument("project", help="the project file")
    st.add_argument("--json", action="store_true", help="one JSON object on stdout")
    st.set_defaults(func=run)


@store_errors
def run(args) -> int:
    with existing_project(args.project, read_only=True) as project:
        stats = project.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, sort_keys=True))
        return 0
    print(f"documents: {stats['documents']} ({stats['reviewed']} reviewed)")
    print(f"layers:    {', '.join(stats['layers'])}")
    for label, n in stats["spans"].items():
        print(f"  {label:<8} {n}")
    for name, n in stats["relations"].items():
        print(f"  {name:<12} {n}")
    return 0
