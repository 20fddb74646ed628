"""The ``tawsim`` command: every sub-command, and the only code that parses argv.

Each sub-command is one module of this package with ``NAME``, ``add_parser(sub)`` and
``run(args)``; ``COMMANDS`` lists them (adding a command: one module, one line here).

Exit codes (DESIGN §4): 0 success; 1 some input rejected (each rejection on stderr as
``FILE:LINE: reason``); 2 usage error. A user never sees a traceback for bad input.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from desktop.cli.common import Parser, Progress, UsageError

# the sub-commands, in the order `tawsim --help` lists them: module names in this package
COMMANDS = {
    "import": "import_cmd",
    "export": "export_cmd",
    "agreement": "agreement_cmd",
    "review": "review_cmd",
    "dates": "dates_cmd",
    "stats": "stats_cmd",
    "ledger": "ledger_cmd",
    "actors": "actors_cmd",
    "gazetteer": "gazetteer_cmd",
}
SUBCOMMANDS = tuple(COMMANDS)

__all__ = ["COMMANDS", "SUBCOMMANDS", "Progress", "UsageError", "main"]


def _sub_parser(names: Sequence[str] = SUBCOMMANDS) -> Parser:
    """The parser of the sub-commands named (all by default): `main` builds only the one
    it runs, since building them all imports every command's modules (the import
    command's help lists the formats, importing them all: about 0.15 s of each start)."""
    from desktop import __version__

    p = Parser(prog="tawsim", description="Tawsim: annotate Arabic news offline.")
    p.add_argument("--version", action="version", version=f"tawsim {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for name in names:
        importlib.import_module(f"desktop.cli.{COMMANDS[name]}").add_parser(sub)
    p.commands = sub.choices  # name -> its parser
    return p


def _parse(argv: list[str]):
    """The sub-command's arguments; an argument it does not know is reported with the
    sub-command's own usage (argparse would give the top-level one)."""
    parser = _sub_parser(argv[:1])
    args, extra = parser.parse_known_args(argv)
    if extra:
        parser.commands[argv[0]].error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.cli import window_cmd

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _parse(argv)
            return args.func(args)
        if argv and argv[0] in ("-h", "--help"):
            window_cmd.parser(SUBCOMMANDS).print_help()
            print("\nsub-commands: " + ", ".join(SUBCOMMANDS) + " (tawsim CMD --help)")
            return 0
        args = window_cmd.parser(SUBCOMMANDS).parse_args(argv)
        return window_cmd.run(args, SUBCOMMANDS)
    except UsageError as exc:
        print(f"tawsim: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"tawsim: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
