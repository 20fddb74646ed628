"""``tawsim dates [--dct YYYY-MM-DD] < article.txt``: the temporal expressions, as JSONL."""

from __future__ import annotations

import json
import sys

from desktop.cli.common import UsageError

NAME = "dates"


def add_parser(sub) -> None:
    da = sub.add_parser(
        "dates", help="tag temporal expressions in text on stdin",
        description="Read a text on standard input (UTF-8, or UTF-16 with its byte-order "
        "mark) and write one JSON object a line for each temporal expression found: "
        '{"start", "end", "text", "type", "value", "mod"}, TIMEX3 values. Offsets count '
        "code points into the text once made canonical (NFC, line ends as \\n, as a "
        "project stores it), so they can differ from positions in the raw file; each "
        "object's text is the canonical text between its offsets. "
        "Example: tawsim dates --dct 2018-09-24 < article.txt")
    da.add_argument("--dct", default=None,
                    help="the document creation (publication) date, YYYY-MM-DD: relative "
                    "expressions (yesterday, last month) are resolved against it; without "
                    "it their values stay underspecified (XXXX-...)")
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
    # one encoder for every line (json.dumps makes one a call when given an option), and
    # one write: the same bytes, about a fifth less time (15 ms on 5 MB)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    sys.stdout.write("".join([encode(tx.to_json()) + "\n" for tx in tag(text, dct)]))
    return 0
