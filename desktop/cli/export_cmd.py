"""``tawsim export PROJECT --out FILE``: a layer as gold JSONL."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import Progress, UsageError, open_project, store_errors

NAME = "export"


def add_parser(sub) -> None:
    exp = sub.add_parser("export", help="export a layer as gold JSONL")
    exp.add_argument("project", help="the project file")
    exp.add_argument("--out", required=True, help="the file to write (atomically)")
    exp.add_argument("--format", default="gold", help="gold")
    exp.add_argument("--layer", default="gold", help="gold (default) or an annotator's layer")
    exp.add_argument("--include-unreviewed", action="store_true",
                     help="gold: also documents not reviewed yet; a layer: every document")
    exp.set_defaults(func=run)


@store_errors
def run(args) -> int:
    from desktop.core.model import ModelError
    from desktop.store.exporter import export_gold

    if args.format != "gold":
        raise UsageError(f"unknown export format {args.format!r} (only 'gold' for now)")
    if not Path(args.project).exists():
        raise UsageError(f"{args.project}: no such project")
    out = Path(args.out)
    if out.is_dir():
        raise UsageError(f"{out}: is a folder; --out takes a file name")
    if not out.parent.exists():
        raise UsageError(f"{out.parent}: no such folder")
    project = open_project(args.project, create=False, read_only=True)
    bar = Progress("exporting", unit="documents")
    try:
        with project:
            report = export_gold(project, out, layer=args.layer,
                                 include_unreviewed=args.include_unreviewed, progress=bar)
    except ValueError as exc:
        bar.close()
        if isinstance(exc, ModelError):
            print(f"{args.project}: export refused: {exc}", file=sys.stderr)
            return 1
        raise UsageError(str(exc)) from None
    except KeyboardInterrupt:
        bar.close()
        print("export cancelled: nothing written", file=sys.stderr)
        return 130
    bar.close()
    print(f"exported {report.documents} document(s), {report.spans} span(s), "
          f"{report.relations} relation(s) to {out}")
    return 0
