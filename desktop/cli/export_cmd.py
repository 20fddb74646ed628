"""``tawsim export PROJECT --out FILE|DIR|- --format F``: a layer in any export format."""

from __future__ import annotations

import json
import signal
import sys

from desktop.cli.common import Progress, UsageError, open_project, store_errors

NAME = "export"


def _formats_help() -> str:
    from desktop.core import formats

    lines = ["formats:"]
    for f in formats.writers():
        out = "a folder" if f.output == "folder" else "a file"
        lines.append(f"  {f.name:<12} {f.description} ({out})")
    return "\n".join(lines)


def add_parser(sub) -> None:
    import argparse

    from desktop.core import formats

    exp = sub.add_parser(
        "export", help="export a layer: gold JSONL, doccano, Label Studio, Prodigy, brat, "
        "CoNLL, spaCy, Hugging Face", formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_formats_help())
    exp.add_argument("project", help="the project file (only read, never changed)")
    exp.add_argument("--out", required=True, metavar="FILE|DIR|-",
                     help="where to write: a file (written atomically), a folder for brat "
                          "and hf (created if missing), or - for standard output")
    exp.add_argument("--format", default="gold", choices=formats.export_choices(),
                     metavar="FORMAT", help="one of " + ", ".join(formats.export_choices())
                     + " (default gold; see the list below)")
    exp.add_argument("--layer", default="gold", help="gold (default) or an annotator's layer")
    exp.add_argument("--include-unreviewed", action="store_true",
                     help="gold: also documents not reviewed yet; a layer: every document")
    exp.add_argument("--labels", default=None, metavar="L1,L2",
                     help="conll: the labels that become tags (default ACTOR,DATE)")
    exp.add_argument("--json", action="store_true",
                     help="print one JSON object on stdout: the counts, the files written, "
                          "and what was refused")
    exp.set_defaults(func=run)


class _Terminated(BaseException):
    """SIGTERM or SIGHUP: unwinds like Ctrl+C, so the temporary file is removed."""


def _on_signal(signum, frame):
    raise _Terminated(signum)


@store_errors
def run(args) -> int:
    from pathlib import Path

    from desktop.core.formats.writing import ExportError, OutputError
    from desktop.core.model import ModelError
    from desktop.store.exporter import ExportRefused, export

    if args.json and args.out == "-":
        raise UsageError("--json and --out - would both write to standard output")
    if not Path(args.project).exists():
        raise UsageError(f"{args.project}: no such project")
    labels = tuple(x.strip() for x in (args.labels or "").split(",") if x.strip())
    if labels and args.format != "conll":
        raise UsageError("--labels is for --format conll")
    project = open_project(args.project, create=False, read_only=True)
    bar = Progress("exporting", unit="documents")
    old = {s: signal.signal(s, _on_signal) for s in (signal.SIGTERM, signal.SIGHUP)}
    code, report, error, total = 0, None, None, 0
    if args.layer not in project.layers() and args.include_unreviewed:
        print(f"note: layer {args.layer!r} holds no annotation yet: every document is "
              "written with an empty span list", file=sys.stderr)
    try:
        with project:
            report = export(project, args.out, fmt=args.format, layer=args.layer,
                            include_unreviewed=args.include_unreviewed, labels=labels,
                            progress=bar)
            total = project.count_documents() if not report.documents else 0
    except OutputError as exc:
        bar.close()
        raise UsageError(str(exc)) from None
    except (ExportRefused, ExportError, ModelError) as exc:
        error, code = f"{args.project}: export refused: {exc}", 1
    except KeyError as exc:
        bar.close()
        raise UsageError(exc.args[0]) from None
    except ValueError as exc:
        bar.close()
        raise UsageError(str(exc)) from None
    except OSError as exc:  # the output could not be written (a full disk, /proc, ...)
        where = exc.filename or args.out
        error, code = f"{where}: cannot write the export: {exc.strerror or exc}", 1
    except KeyboardInterrupt:
        error, code = "export cancelled: nothing written", 130
    except _Terminated as exc:
        error, code = "export stopped: nothing written", 128 + exc.args[0]
    finally:
        for s, h in old.items():
            signal.signal(s, h)
    bar.close()
    if error:
        print(error, file=sys.stderr)
    elif report is not None and not report.documents and total:
        # an empty export that exits 0 says why (a team round's first export, typically)
        state = "reviewed" if args.layer == "gold" else f"marked done in layer {args.layer!r}"
        print(f"note: none of the project's {total} document(s) is {state} yet: mark them "
              "in the window (Ctrl+Enter), or export every document with "
              "--include-unreviewed", file=sys.stderr)
    if args.json:
        out = {"ok": code == 0, "format": args.format, "out": args.out, "documents": 0,
               "spans": 0, "relations": 0, "card": None, "files": [], "rejected": []}
        if report is not None:
            out.update(documents=report.documents, spans=report.spans,
                       relations=report.relations, card=report.card,
                       files=[report.out, *([report.card] if report.card else []),
                              *report.companions])
        if error:
            out["rejected"].append({"file": args.project, "line": 1, "reason": error})
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))
    elif report is not None:
        where = "standard output" if args.out == "-" else args.out
        print(f"exported {report.documents} document(s), {report.spans} span(s), "
              f"{report.relations} relation(s) to {where}"
              + (f" (card: {report.card})" if report.card else ""),
              file=sys.stderr if args.out == "-" else sys.stdout)
    return code


