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
from typing import Any

from desktop.core import tokens as tok
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, ExportError, Writer

DEFAULT_LABELS = ("ACTOR", "DATE")
_FINAL = {".", "!", "?", "؟", "…", "۔"}


class ConllWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        self.labels = set(options.labels or DEFAULT_LABELS)

    def write(self, doc: ExportDoc) -> None:
        text = doc.text
        spans = doc.spans()
        chosen = sorted((s for s in spans if s["label"] in self.labels),
                        key=lambda s: (s["start"], s["end"]))
        for a, b in zip(chosen, chosen[1:], strict=False):
            if b["start"] < a["end"]:
                raise ExportError(
                    f"document {doc.id!r}: {a['label']} span {a['id']!r} [{a['start']}, "
                    f"{a['end']}) and {b['label']} span {b['id']!r} [{b['start']}, "
                    f"{b['end']}) overlap, and IOB tags cannot show both (choose other "
                    "--labels, or fix the spans)")
        words, _, starts = tok.spacy_words(text, [(s["start"], s["end"]) for s in spans])
        tags = ["O"] * len(words)
        inside = bytearray(len(words))
        for s in chosen:
            i0 = bisect.bisect_left(starts, s["start"])
            i1 = bisect.bisect_left(starts, s["end"])
            tags[i0] = f"B-{s['label']}"
            tags[i0 + 1:i1] = [f"I-{s['label']}"] * (i1 - i0 - 1)
            inside[i0:i1] = b"\x01" * (i1 - i0)
        lines = ["-DOCSTART-\tO", ""]
        sentence = 0  # tokens in the sentence being written
        last = "O"
        for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
            if word.isspace():  # white space is no token in CoNLL; a line break ends a sentence
                if sentence and "\n" in word and not inside[i]:
                    lines.append("")
                    sentence = 0
                continue
            if tag[0] == "I" and last == "O":  # the span began with white space
                tag = "B" + tag[1:]
            lines.append(f"{word}\t{tag}")
            last = tag
            sentence += 1
            if word in _FINAL and not inside[i]:
                lines.append("")
                sentence = 0
        if sentence:
            lines.append("")
        self.out.stream.write("\n".join(lines) + "\n")

    def close(self, card: Any = None) -> None:
        pass


FORMAT = Format(
    name="conll", label="CoNLL (IOB2)", extensions=(".conll", ".txt"), writer=ConllWriter,
    description="CoNLL IOB2 token/tag lines (--labels chooses the tags, default ACTOR,DATE)",
    carries="tokens and the chosen labels as IOB2 tags",
    loses="document ids, titles, meta, attributes, relations, comments, labels not "
          "chosen; overlapping chosen spans are an error")
