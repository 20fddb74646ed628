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
from operator import itemgetter
from typing import Any

from desktop.core import tokens as tok
from desktop.core.formats.pieces import Cache, picker
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, ExportError, Writer

DEFAULT_LABELS = ("ACTOR", "DATE")
_FINAL = {".", "!", "?", "؟", "…", "۔"}
# what ends an untagged word's line, what is left where a mark ends no word, and the
# token that joins two untagged stretches (U+0001, which no stored text holds) and its line
_MARK = "\tO\n"
_EMPTY = "\n" + _MARK
_JOIN = "\x01 "
_SPACE_JOIN = " " + _JOIN
_BOUNDS = itemgetter(0, 1)
_JOINED = "\x01" + _MARK


def _lines(item: str) -> str:
    """What an item outside the tagged spans writes: its ``TOKEN\tO`` line, followed by a
    blank line after a sentence's final mark; for white space, a blank line when it
    holds a line break, else nothing (white space is no token in CoNLL)."""
    word, _ = tok.word_of(item)
    if word.isspace():
        return "\n" if "\n" in word else ""
    return f"{word}\tO\n\n" if word in _FINAL else f"{word}\tO\n"


def _tagged(items: list[str], label: str, last: str, out: list[str]) -> str:
    """The lines of a tagged span's items (no sentence ends inside one); returns the tag
    of the last token written. A span that begins with white space begins at its first
    token, unless a tagged token was the last one written."""
    b_tag, i_tag = f"B-{label}", f"I-{label}"
    for k, item in enumerate(items):
        word, _ = tok.word_of(item)
        if not word.isspace():
            last = b_tag if k == 0 or last == "O" else i_tag
            out.append(f"{word}\t{last}\n")
    return last


class ConllWriter(Writer):
    """A document's lines in one of two ways, with the same result:

    * when every span edge falls between two items of the text without spans (spans on
      whole words, ``tokens.edges_whole``), the stretches outside the tagged spans are
      turned into lines whole, with string operations: split at the separators, each
      separator's line(s) from a table, every other plain space a line end, and the
      empty lines that leaves dropped; a tagged span's lines are made once per distinct
      span text, label and tag before it;
    * else each item's line(s), made once per distinct item and looked up for all its
      items at once, the tagged spans' items written over them.

    Then a sentence break that follows another (or opens the document) is dropped."""

    def __init__(self, out, options):
        super().__init__(out, options)
        self.labels = set(options.labels or DEFAULT_LABELS)
        self.lines = Cache(_lines, limit=100_000)
        # a separator (with its trailing space) in a stretch: the end of the word before
        # it (an empty line's "\tO" when there is none, dropped later), then its own lines
        self.after_word = Cache(lambda sep: _MARK + _lines(sep), limit=20_000)
        # a tagged span's lines and the tag of its last token written, by its text (up
        # to its last token's trailing space), label and the tag written before it
        self.tagged = Cache(self._tagged_lines, limit=50_000)

    def write(self, doc: ExportDoc) -> None:
        text = doc.text
        rows = doc.span_rows()
        chosen = sorted((r for r in rows if r[3] in self.labels), key=_BOUNDS)
        for a, b in zip(chosen, chosen[1:], strict=False):
            if b[0] < a[1]:
                raise ExportError(
                    f"document {doc.id!r}: {a[3]} span {a[2]!r} [{a[0]}, {a[1]}) and {b[3]} "
                    f"span {b[2]!r} [{b[0]}, {b[1]}) overlap, and IOB tags cannot show both "
                    "(choose other --labels, or fix the spans)")
        bounds = [(r[0], r[1]) for r in rows]
        if ("\x00" not in text and "\x01" not in text  # (no stored text holds either)
                and tok.edges_whole(text, bounds)):
            body = self._by_stretch(text, chosen)
        else:
            body = self._by_item(text, bounds, chosen)
        while "\n\n\n" in body:  # a sentence break right after another
            body = body.replace("\n\n\n", "\n\n")
        body = body.lstrip("\n")  # ... or before any token
        write = self.out.stream.write
        write("-DOCSTART-\tO\n\n")
        write(body)
        if body and body[-2:] != "\n\n":
            write("\n")  # the last sentence ends with the document

    def _by_stretch(self, text: str, chosen: list) -> str:
        n = len(text)
        stretches: list[str] = []  # untagged, before each tagged span and after the last
        tagged: list[str] = []
        at = 0
        last = "O"  # the tag of the last token written
        spans = self.tagged
        for start, end, _, label, _, _ in chosen:
            stretch = text[at:start]
            # each stretch followed by a token of its own (U+0001, which no text holds)
            # that marks where the next one's lines begin; a space ends the stretch's
            # last word first when the stretch does not end with one
            stretches.append(stretch)
            stretches.append(_JOIN if not stretch or stretch[-1] == " " else _SPACE_JOIN)
            if stretch and not stretch.isspace():
                last = "O"
            # the span's items: up to its last token's trailing space
            stop = end + 1 if end < n and text[end] == " " and text[end - 1] != " " else end
            lines, last = spans[text[start:stop], label, last]
            tagged.append(lines)
            at = stop
        stretches.append(text[at:])
        # every untagged stretch at once
        untagged = self._untagged("".join(stretches)).split(_JOINED)
        out = [""] * (2 * len(untagged) - 1)
        out[0::2] = untagged
        out[1::2] = tagged
        return "".join(out)

    @staticmethod
    def _tagged_lines(key: tuple[str, str, str]) -> tuple[str, str]:
        segment, label, last = key
        items, _ = tok.items(segment)
        lines: list[str] = []
        last = _tagged(items, label, last, lines)
        return "".join(lines), last

    def _untagged(self, stretch: str) -> str:
        """The lines of untagged text (starting and ending between items): every plain
        space ends a word (its line's ``\tO``), and so does the start of a separator,
        whose own lines follow; then each ``\tO`` that ends no word (an empty line,
        or one right after a blank line) goes, and one at the very start."""
        parts = tok.separators(stretch).split(stretch)  # words between separators
        if len(parts) > 1:
            parts[1::2] = picker(parts[1::2])(self.after_word)
        lines = "".join(parts).replace(" ", _MARK) + _MARK
        while _EMPTY in lines:  # a line "\tO", or a "\tO" line after a blank line
            lines = lines.replace(_EMPTY, "\n")
        return lines[3:] if lines.startswith(_MARK) else lines

    def _by_item(self, text: str, bounds: list, chosen: list) -> str:
        items, starts = tok.items(text, bounds)
        lines = list(picker(items)(self.lines)) if items else []
        last = "O"
        done = 0  # items[:done] are before or in a span already tagged
        for start, end, _, label, _, _ in chosen:
            i0 = bisect.bisect_left(starts, start)
            i1 = bisect.bisect_left(starts, end)
            for i in range(done, i0):
                if not items[i].isspace():  # a token with tag O between the spans
                    last = "O"
                    break
            span_lines: list[str] = []
            last = _tagged(items[i0:i1], label, last, span_lines)
            lines[i0:i1] = [""] * (i1 - i0)
            if i1 > i0:
                lines[i0] = "".join(span_lines)
            done = i1
        return "".join(lines)

    def close(self, card: Any = None) -> None:
        pass


FORMAT = Format(
    name="conll", label="CoNLL (IOB2)", extensions=(".conll", ".txt"), writer=ConllWriter,
    span_details=False,
    description="CoNLL IOB2 token/tag lines (--labels chooses the tags, default ACTOR,DATE)",
    carries="tokens and the chosen labels as IOB2 tags",
    loses="document ids, titles, meta, attributes, relations, comments, labels not "
          "chosen; overlapping chosen spans are an error")
