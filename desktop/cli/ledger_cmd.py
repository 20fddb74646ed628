"""``tawsim ledger PROJECT --out FILE|-``: the claims ledger as CSV or JSONL.

One row per claim (DESIGN §5b's columns, then ``comment``). Reads the project only: it
is opened with ``create=False`` and nothing is written to it (the store's read-only mode,
coming on another branch, will make that a guarantee for older files too, which opening
still migrates today).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import Progress, UsageError, existing_project

NAME = "ledger"


def add_parser(sub) -> None:
    led = sub.add_parser("ledger", help="the claims ledger: one row per claim (CSV or JSONL)")
    led.add_argument("project", help="the project file (only read)")
    led.add_argument("--out", required=True,
                     help="the file to write (atomically), or - for standard output")
    led.add_argument("--format", choices=("csv", "jsonl"), default=None,
                     help="csv (UTF-8 with a BOM, RFC 4180; the default) or jsonl "
                          "(the default for a .jsonl or .ndjson --out)")
    led.add_argument("--layer", default="gold", help="gold (default) or an annotator's layer")
    led.add_argument("--include-unreviewed", action="store_true",
                     help="gold: also the claims of documents not reviewed yet")
    led.set_defaults(func=run)


def run(args) -> int:
    from desktop.store.ledger_export import LedgerExportCancelled, format_for, write_ledger

    if args.out != "-":
        out = Path(args.out)
        if out.is_dir():
            raise UsageError(f"{out}: is a folder; --out takes a file name")
        if not out.parent.exists():
            raise UsageError(f"{out.parent}: no such folder")
    fmt = args.format or ("csv" if args.out == "-" else format_for(args.out))
    project = existing_project(args.project)
    bar = Progress("ledger", unit="claims")
    try:
        with project:
            n = write_ledger(project, args.out, fmt=fmt, layer=args.layer,
                             include_unreviewed=args.include_unreviewed, progress=bar)
            waiting = 0
            if n == 0 and args.layer == "gold" and not args.include_unreviewed:
                from desktop.store.ledger import ledger_count

                waiting = ledger_count(project, args.layer, include_unreviewed=True)
    except ValueError as exc:
        bar.close()
        raise UsageError(str(exc)) from None
    except (KeyboardInterrupt, LedgerExportCancelled):
        bar.close()
        print("ledger cancelled: nothing written", file=sys.stderr)
        return 130
    bar.close()
    where = "standard output" if args.out == "-" else args.out
    print(f"wrote {n} claim(s) to {where} ({fmt})",
          file=sys.stderr if args.out == "-" else sys.stdout)
    if waiting:  # an empty ledger says why, as an empty export does
        print(f"note: the project's {waiting} gold claim(s) are in documents not reviewed "
              "yet: review them in the window, or list them with --include-unreviewed",
              file=sys.stderr)
    return 0
