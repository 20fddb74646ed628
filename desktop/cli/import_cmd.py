"""``tawsim import PROJECT PATH...``: documents, annotations and project files in."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import Progress, UsageError, open_project, store_errors

NAME = "import"


def add_parser(sub) -> None:
    from desktop.core.formats import FORMATS

    imp = sub.add_parser("import", help="import txt, JSONL, gold JSONL or project files")
    imp.add_argument("project", help="the project file (created if missing)")
    imp.add_argument("paths", nargs="+", metavar="PATH",
                     help="files or folders (folders recurse); .tawsim files are merged")
    imp.add_argument("--format", default="auto", help=" | ".join(FORMATS))
    imp.add_argument("--annotator", default=None,
                     help="the layer annotated input goes to (default: gold)")
    imp.add_argument("--quiet", action="store_true", help="summary on stderr, not stdout")
    imp.set_defaults(func=run)


@store_errors(note="documents stored before it are complete")
def run(args) -> int:
    from desktop.core.formats import FORMATS
    from desktop.store.importer import import_paths

    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r} (one of {', '.join(FORMATS)})")
    if args.annotator is not None and (not args.annotator.strip() or args.annotator == "gold"):
        raise UsageError("--annotator must be a name (not empty, not 'gold')")
    for p in args.paths:
        if Path(p).resolve() == Path(args.project).resolve():
            raise UsageError(f"{p}: cannot import a project into itself")
    project = open_project(args.project, create=True)
    bar = Progress("importing")
    try:
        with project:
            report = import_paths(project, args.paths, fmt=args.format,
                                  annotator=args.annotator, progress=bar)
    except KeyboardInterrupt:
        bar.close()
        print("import cancelled: documents stored so far are complete", file=sys.stderr)
        return 130
    bar.close()
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for rej in report.rejected:
        print(str(rej), file=sys.stderr)
    print(report.summary(), file=sys.stderr if args.quiet else sys.stdout)
    return 0 if report.ok else 1
