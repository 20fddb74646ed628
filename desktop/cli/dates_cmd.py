"""``tawsim dates [--dct YYYY-MM-DD] < article.txt``: the temporal expressions, as JSONL."""

from __future__ import annotations

import json
import sys

from desktop.cli.common import UsageError

NAME = "dates"


def add_parser(sub) -> None:
    da = sub.add_parser("dates", help="tag temporal expressions in text on stdin")
    da.add_argument("--dct", default=None, help="document creation time, YYYY-MM-DD")
    da.set_defaults(func=run)


def run(args) -> int:
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
