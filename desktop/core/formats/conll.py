"""CoNLL (IOB2): ``TOKEN<TAB>TAG`` a line, a blank line between sentences, ``-DOCSTART-``
before each document. Write only.

Tokens come from the Arabic tokenizer (``desktop.core.tokens``), so every span starts
and ends on a token edge. ``--labels`` chooses the labels that become tags (default
ACTOR, DATE); two chosen spans that overlap cannot both be tagged, and the export stops
with an error naming the document. Sentences end after . ! ? ؟ … and at line breaks,
never inside a tagged span.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from desktop.core import tokens as tok
from desktop.core.formats.pieces import Cache, picker
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, ExportError, Writer

DEFAULT_LABELS = ("ACTOR", "DATE")
_FINAL = {".", "!", "?", "؟", "…", "۔"}
_BREAKS = re.compile("\n\n\n+")  # a sentence break right after another (or after none)


def _lines(item: str) -> str:
    """What an item outside the tagged spans writes: its ``TOKEN\tO`` line, followed by a
    blank line after a sentence's final mark; for white space, a blank line when it
    holds a line break, else nothing (white space is no token in CoNLL)."""
    word, _ = tok.word_of(item)
    if word.isspace():
        return "\n" if "\n" in word else ""
    return f"{word}\tO\n\n" if word in _FINAL else f"{word}\tO\n"


class ConllWriter(Writer):
    """Each document's lines are its items' lines (made once per distinct item and looked
    up for all of its items at once), the tagged spans' items written over them, and
    sentence breaks that follow another break (or open the document) dropped."""

    def __init__(self, out, options):
        super().__init__(out, options)
        self.labels = set(options.labels or DEFAULT_LABELS)
        self.lines = Cache(_lines, limit=100_000)

    def write(self, doc: ExportDoc) -> None:
        text = doc.text
        rows = doc.span_rows()
        chosen = sorted((r for r in rows if r[3] in self.labels), key=lambda r: (r[0], r[1]))
        for a, b in zip(chosen, chosen[1:], strict=False):
            if b[0] < a[1]:
                raise ExportError(
                    f"document {doc.id!r}: {a[3]} span {a[2]!r} [{a[0]}, {a[1]}) and {b[3]} "
                    f"span {b[2]!r} [{b[0]}, {b[1]}) overlap, and IOB tags cannot show both "
                    "(choose other --labels, or fix the spans)")
        items, starts = tok.items(text, [(r[0], r[1]) for r in rows])
        lines = list(picker(items)(self.lines)) if items else []
        last = "O"  # the tag of the last token written
        done = 0  # items[:done] are before or in a span already tagged
        for start, end, _, label, _, _ in chosen:
            i0 = bisect.bisect_left(starts, start)
            i1 = bisect.bisect_left(starts, end)
            for i in range(done, i0):
                if not items[i].isspace():  # a token with tag O between the spans
                    last = "O"
                    break
            b_tag, i_tag = f"B-{label}", f"I-{label}"
            for i in range(i0, i1):  # no sentence ends inside a tagged span
                word, _ = tok.word_of(items[i])
                if word.isspace():
                    lines[i] = ""
                    continue
                # a span that began with white space begins at its first token
                last = b_tag if i == i0 or last == "O" else i_tag
                lines[i] = f"{word}\t{last}\n"
            done = i1
        body = _BREAKS.sub("\n\n", "".join(lines)).lstrip("\n")
        if body and body[-2:] != "\n\n":
            body += "\n"  # the last sentence ends with the document
        self.out.stream.write("-DOCSTART-\tO\n\n" + body)

    def close(self, card: Any = None) -> None:
        pass


FORMAT = Format(
    name="conll", label="CoNLL (IOB2)", extensions=(".conll", ".txt"), writer=ConllWriter,
    description="CoNLL IOB2 token/tag lines (--labels chooses the tags, default ACTOR,DATE)",
    carries="tokens and the chosen labels as IOB2 tags",
    loses="document ids, titles, meta, attributes, relations, comments, labels not "
          "chosen; overlapping chosen spans are an error")
