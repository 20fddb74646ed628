"""CoNLL (IOB2): ``TOKEN<TAB>TAG`` a line, a blank line between sentences, ``-DOCSTART-``
before each document. Write only.

Tokens come from the Arabic tokenizer (``desktop.core.tokens``), so every span starts
and ends on a token edge. ``--labels`` chooses the labels that become tags (default
ACTOR, DATE); two chosen spans that overlap cannot both be tagged, and the export stops
with an error naming the document. Sentences end after . ! ? ؟ … and at line breaks,
never inside a tagged span.
"""

from __future__ import annotations

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
        edges = [e for s in spans for e in (s["start"], s["end"])]
        toks = tok.tokens(text, edges)
        lines = ["-DOCSTART-\tO", ""]
        k = 0
        inside = None  # the span the previous token was tagged with
        prev_end = 0
        sentence: list[str] = []
        for word, start, end in toks:
            while k < len(chosen) and chosen[k]["end"] <= start:
                k += 1
            span = chosen[k] if k < len(chosen) and chosen[k]["start"] <= start else None
            if span is None:
                tag = "O"
            elif span is inside:
                tag = f"I-{span['label']}"
            else:
                tag = f"B-{span['label']}"
            if sentence and inside is None and span is None and "\n" in text[prev_end:start]:
                lines.extend(sentence)
                lines.append("")
                sentence = []
            sentence.append(f"{word}\t{tag}")
            inside = span
            prev_end = end
            if word in _FINAL and span is None:
                lines.extend(sentence)
                lines.append("")
                sentence = []
        if sentence:
            lines.extend(sentence)
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
