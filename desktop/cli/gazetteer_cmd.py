"""``tawsim gazetteer PROJECT FILE.csv``: actor names (``name,canonical,type``) into the
project's gazetteer, which pre-proposes them on every document. Each bad line is reported
as ``FILE:LINE: reason`` (exit 1) and the good lines are stored."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import UsageError, existing_project

NAME = "gazetteer"


def add_parser(sub) -> None:
    gaz = sub.add_parser("gazetteer", help="import a gazetteer of actor names (CSV)")
    gaz.add_argument("project", help="the project file")
    gaz.add_argument("file", metavar="FILE.csv",
                     help="name,canonical,type lines (UTF-8, a header line optional)")
    gaz.add_argument("--replace", action="store_true",
                     help="drop the project's gazetteer first (else names are added or updated)")
    gaz.set_defaults(func=run)


def run(args) -> int:
    from desktop.core.analysis.gazetteer import parse
    from desktop.store.gazetteer import has_gazetteer, store_gazetteer

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    data = path.read_bytes()
    with existing_project(args.project) as project:
        if not has_gazetteer(project):
            raise UsageError(f"{args.project}: this file has no gazetteer table")
        label = project.schema.label("ACTOR") if project.schema.has_label("ACTOR") else None
        attr = label.attribute("type") if label else None
        entries, errors = parse(data, types=attr.values if attr else ())
        added, updated = store_gazetteer(project, entries, source=path.name,
                                         replace=args.replace)
    for err in errors:
        print(f"{path}:{err.line}: {err.reason}", file=sys.stderr)
    print(f"gazetteer: {added} name(s) added, {updated} updated, {len(errors)} rejected")
    return 1 if errors else 0
