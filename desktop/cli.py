"""The ``tawsim`` command: every sub-command, and the only code that parses argv.

Exit codes (DESIGN §4): 0 success; 1 some input rejected (each rejection on stderr as
``FILE:LINE: reason``); 2 usage error. A user never sees a traceback for bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__

SUBCOMMANDS = ("import", "export", "agreement", "review", "dates", "stats")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


# ----------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress bar on a terminal (stderr); silent when not a terminal."""

    def __init__(self, what: str, unit: str = "bytes", stream=None):
        self.what = what
        self.unit = unit
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and not os.environ.get("TAWSIM_NO_PROGRESS")
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        frac = done / total if total else 1.0
        width = 30
        bar = "#" * int(frac * width)
        if self.unit == "bytes":
            amount = f"{done / 1e6:.1f}/{total / 1e6:.1f} MB"
        else:
            amount = f"{done}/{total} {self.unit}"
        self.stream.write(f"\r{self.what} [{bar:<{width}}] {frac:4.0%} {amount}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


# ----------------------------------------------------------------------------- commands


def _open_project(path: str, *, create: bool):
    from desktop.store.db import ProjectFileError
    from desktop.store.project import Project

    try:
        return Project(path, create=create)
    except ProjectFileError as exc:
        raise UsageError(str(exc)) from None


def cmd_import(args) -> int:
    from desktop.core.formats import FORMATS
    from desktop.store.importer import import_paths

    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r} (one of {', '.join(FORMATS)})")
    if args.annotator is not None and (not args.annotator.strip() or args.annotator == "gold"):
        raise UsageError("--annotator must be a name (not empty, not 'gold')")
    for p in args.paths:
        if Path(p).resolve() == Path(args.project).resolve():
            raise UsageError(f"{p}: cannot import a project into itself")
    project = _open_project(args.project, create=True)
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


def cmd_export(args) -> int:
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
    project = _open_project(args.project, create=False)
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


def cmd_stats(args) -> int:
    if not Path(args.project).exists():
        raise UsageError(f"{args.project}: no such project")
    with _open_project(args.project, create=False) as project:
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


def cmd_agreement(args) -> int:
    from desktop.core.agreement import format_table
    from desktop.store.review import compute_agreement

    if not Path(args.project).exists():
        raise UsageError(f"{args.project}: no such project")
    with _open_project(args.project, create=False) as project:
        result = compute_agreement(project, by_document=args.by_document)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
    else:
        print(format_table(result))
    if len(result["annotators"]) < 2:
        print("note: agreement needs at least two annotator layers", file=sys.stderr)
    return 0


def cmd_review(args) -> int:
    from desktop.store.review import accept_unanimous

    if not args.accept_unanimous:
        raise UsageError("say what to do: --accept-unanimous (the rest is in the window)")
    if not Path(args.project).exists():
        raise UsageError(f"{args.project}: no such project")
    who = args.reviewer or os.environ.get("USER", "") or "reviewer"
    bar = Progress("reviewing", unit="documents")
    with _open_project(args.project, create=False) as project:
        report = accept_unanimous(project, who=who, progress=bar)
    bar.close()
    print(f"accepted {report.spans} span(s) and {report.relations} relation(s) into gold "
          f"in {report.documents} document(s)")
    return 0


def cmd_dates(args) -> int:
    import datetime as dt

    from desktop.core.dates import tag
    from desktop.core.text import TextError, canonical, decode

    dct = None
    if args.dct:
        try:
            dct = dt.date.fromisoformat(args.dct)
        except ValueError:
            raise UsageError(f"--dct must be YYYY-MM-DD, not {args.dct!r}") from None
    try:
        text = decode(sys.stdin.buffer.read())
    except TextError as exc:
        print(f"<stdin>:{exc.line or 1}: {exc}", file=sys.stderr)
        return 1
    text = canonical(text)
    out = sys.stdout
    for tx in tag(text, dct):
        out.write(json.dumps(tx.to_json(), ensure_ascii=False) + "\n")
    return 0


def cmd_window(args) -> int:
    if args.smoke_test:
        from desktop.smoke import run as smoke

        return smoke()
    if args.project is not None:
        path = Path(args.project)
        if path.is_dir():
            raise UsageError(f"{path}: is a folder, not a project file")
        if not path.exists() and path.suffix != ".tawsim":
            # most likely a mistyped sub-command: never create a project called "improt"
            raise UsageError(f"no project {str(path)!r}; a new project's name ends in .tawsim "
                             f"(sub-commands: {', '.join(SUBCOMMANDS)})")
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        print("tawsim: error: no display to open the window on (DISPLAY is not set); the "
              "sub-commands work without one", file=sys.stderr)
        return 2
    from desktop.app import main as app_main

    return app_main(project=args.project, annotator=args.annotator)


# ----------------------------------------------------------------------------- parsing


def _sub_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tawsim", description="Tawsim: annotate Arabic news offline.")
    p.add_argument("--version", action="version", version=f"tawsim {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    imp = sub.add_parser("import", help="import txt, JSONL, gold JSONL or project files")
    imp.add_argument("project")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--format", default="auto", help="auto | txt | jsonl | gold")
    imp.add_argument("--annotator", default=None, help="layer for annotated input")
    imp.add_argument("--quiet", action="store_true", help="summary on stderr, not stdout")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="export a layer as gold JSONL")
    exp.add_argument("project")
    exp.add_argument("--out", required=True)
    exp.add_argument("--format", default="gold")
    exp.add_argument("--layer", default="gold")
    exp.add_argument("--include-unreviewed", action="store_true")
    exp.set_defaults(func=cmd_export)

    st = sub.add_parser("stats", help="counts of documents, spans and layers")
    st.add_argument("project")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_stats)

    ag = sub.add_parser("agreement", help="inter-annotator agreement")
    ag.add_argument("project")
    ag.add_argument("--json", action="store_true")
    ag.add_argument("--by-document", action="store_true")
    ag.set_defaults(func=cmd_agreement)

    rv = sub.add_parser("review", help="review actions: --accept-unanimous")
    rv.add_argument("project")
    rv.add_argument("--accept-unanimous", action="store_true",
                    help="copy into gold what all annotators of a document made identically")
    rv.add_argument("--reviewer", default=None, help="name in the audit trail (default $USER)")
    rv.set_defaults(func=cmd_review)

    da = sub.add_parser("dates", help="tag temporal expressions in text on stdin")
    da.add_argument("--dct", default=None, help="document creation time, YYYY-MM-DD")
    da.set_defaults(func=cmd_dates)

    return p


def _window_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tawsim", usage="tawsim [PROJECT] [--annotator NAME]\n"
                "       tawsim {" + ",".join(SUBCOMMANDS) + "} ...",
                description="Open the annotation window (no PROJECT: the demo project).")
    p.add_argument("--version", action="version", version=f"tawsim {__version__}")
    p.add_argument("project", nargs="?", default=None)
    p.add_argument("--annotator", default=None)
    p.add_argument("--smoke-test", action="store_true",
                   help="build a demo project, tag and export offscreen, then exit")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _sub_parser().parse_args(argv)
        else:
            if argv and argv[0] in ("-h", "--help"):
                _window_parser().print_help()
                print("\nsub-commands: " + ", ".join(SUBCOMMANDS) + " (tawsim CMD --help)")
                return 0
            args = _window_parser().parse_args(argv)
            args.func = cmd_window
        return args.func(args)
    except UsageError as exc:
        print(f"tawsim: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"tawsim: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
