"""``tawsim import PROJECT PATH...``: documents, annotations and project files in."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.cli.common import Progress, UsageError, open_project, store_errors

NAME = "import"


def _formats_help() -> str:
    from desktop.core import formats

    lines = ["formats:", "  auto         by each file's name and content (the default)"]
    lines += [f"  {f.name:<12} {f.description}" for f in formats.readers()]
    lines.append("  (a .tawsim file is always merged: its documents and annotator layers)")
    return "\n".join(lines)


def add_parser(sub) -> None:
    import argparse

    from desktop.core import formats

    imp = sub.add_parser(
        "import", help="import text, JSONL, gold, doccano, Label Studio, Prodigy, brat or "
        "project files", formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_formats_help())
    imp.add_argument("project", help="the project file (created if missing)")
    imp.add_argument("paths", nargs="+", metavar="PATH",
                     help="files or folders (folders recurse); .tawsim files are merged; "
                          "- reads standard input (with --format)")
    imp.add_argument("--format", default="auto", choices=formats.import_choices(),
                     metavar="FORMAT", help="one of " + ", ".join(formats.import_choices())
                     + " (default auto; see the list below)")
    imp.add_argument("--annotator", default=None,
                     help="the layer annotated input goes to (default: gold)")
    imp.add_argument("--label-map", default=None, metavar="FILE|OLD=NEW,...",
                     help="map foreign label and relation names onto the schema: a file of "
                          "OLD=NEW lines, or OLD=NEW pairs separated by commas")
    imp.add_argument("--json", action="store_true",
                     help="print one JSON object on stdout: the counts and every rejection "
                          "(file, line, reason)")
    imp.add_argument("--quiet", action="store_true", help="summary on stderr, not stdout")
    imp.set_defaults(func=run)


@store_errors(note="documents stored before it are complete")
def run(args) -> int:
    from desktop.core.formats import labelmap
    from desktop.store.importer import import_paths

    if args.annotator is not None and (not args.annotator.strip() or args.annotator == "gold"):
        raise UsageError("--annotator must be a name (not empty, not 'gold')")
    if "-" in args.paths and args.format == "auto":
        raise UsageError("reading standard input (-) needs --format")
    if args.paths.count("-") > 1:
        raise UsageError("standard input (-) can be read once")
    for p in args.paths:
        if p != "-" and Path(p).resolve() == Path(args.project).resolve():
            raise UsageError(f"{p}: cannot import a project into itself")
    project = open_project(args.project, create=True)
    if project.read_only:  # said before any input is read, not at the first write
        project.close()
        print(f"tawsim: error: {args.project}: the project file is read-only (its "
              "permissions, or a read-only disk): nothing was imported", file=sys.stderr)
        return 1
    bar = Progress("importing")
    try:
        with project:
            label_map = {}
            if args.label_map:
                try:
                    label_map = labelmap.parse(args.label_map, project.schema)
                except ValueError as exc:
                    raise UsageError(str(exc)) from None
            report = import_paths(project, args.paths, fmt=args.format,
                                  annotator=args.annotator, progress=bar, label_map=label_map)
    except KeyboardInterrupt:
        bar.close()
        print("import cancelled: documents stored so far are complete", file=sys.stderr)
        return 130
    bar.close()
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for rej in report.rejected:
        print(str(rej), file=sys.stderr)
    if args.json:
        print(json.dumps({
            "ok": report.ok, "added": report.added, "unchanged": report.unchanged,
            "layers_added": report.layers_added, "layers_replaced": report.layers_replaced,
            "rejected": [{"file": r.source, "line": r.line, "reason": r.reason}
                         for r in report.rejected],
            "notes": list(report.notes), "cancelled": report.cancelled,
        }, ensure_ascii=False, sort_keys=True))
    else:
        print(report.summary(), file=sys.stderr if args.quiet else sys.stdout)
    return 0 if report.ok else 1
