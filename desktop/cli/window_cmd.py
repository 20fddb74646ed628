"""``tawsim [PROJECT]``: open the window (and ``--smoke-test``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.cli.common import Parser, UsageError

USAGE = "tawsim [PROJECT] [--annotator NAME] [--lang ar|en]"


def parser(subcommands) -> Parser:
    from desktop import __version__

    p = Parser(prog="tawsim", usage=f"{USAGE}\n       tawsim {{{','.join(subcommands)}}} ...",
               description="Open the annotation window (no PROJECT: the demo project).")
    p.add_argument("--version", action="version", version=f"tawsim {__version__}")
    p.add_argument("project", nargs="?", default=None,
                   help="the project file (a new name ending in .tawsim creates one)")
    p.add_argument("--annotator", default=None, help="your name: your edits go to this layer")
    p.add_argument("--lang", choices=("ar", "en"), default=None,
                   help="the interface's language (default: the saved choice, then the "
                        "system locale)")
    p.add_argument("--smoke-test", action="store_true",
                   help="build a demo project, tag and export offscreen, then exit")
    return p


def run(args, subcommands) -> int:
    if args.smoke_test:
        from desktop.app import smoke_test

        return smoke_test(lang=args.lang)
    if args.project is not None:
        path = Path(args.project)
        if path.is_dir():
            raise UsageError(f"{path}: is a folder, not a project file")
        if not path.exists() and path.suffix != ".tawsim":
            # most likely a mistyped sub-command: never create a project called "improt"
            raise UsageError(f"no project {str(path)!r}; a new project's name ends in .tawsim "
                             f"(sub-commands: {', '.join(subcommands)})")
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        print("tawsim: error: no display to open the window on (DISPLAY is not set); the "
              "sub-commands work without one", file=sys.stderr)
        return 2
    from desktop.app import main as app_main

    return app_main(project=args.project, annotator=args.annotator, lang=args.lang)
