"""``tawsim agreement PROJECT``: inter-annotator agreement per label, attribute, relation."""

from __future__ import annotations

import json
import sys

from desktop.cli.common import existing_project, store_errors

NAME = "agreement"


def add_parser(sub) -> None:
    ag = sub.add_parser("agreement", help="inter-annotator agreement")
    ag.add_argument("project", help="the project file")
    ag.add_argument("--json", action="store_true", help="one JSON object on stdout")
    ag.add_argument("--by-document", action="store_true", help="also each document's figures")
    ag.set_defaults(func=run)


@store_errors
def run(args) -> int:
    from desktop.core.agreement import format_table
    from desktop.store.review import compute_agreement

    with existing_project(args.project, read_only=True) as project:
        result = compute_agreement(project, by_document=args.by_document)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    else:
        print(format_table(result))
    if len(result["annotators"]) < 2:
        print("note: agreement needs at least two annotator layers", file=sys.stderr)
    return 0
