"""The brat ``.ann`` parser as it was before its faster loop (issue 12), kept as the
reference the reader must match on every input (tests/core/formats/test_readers.py)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from desktop.core.formats import annotated
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.brat import _same
from desktop.core.formats.records import ReadContext, Record, RecordError


def parse_ann(ann: str, *, raw: str, doc_id: str, name: str, ctx: ReadContext,
              source: str) -> Record:
    spans: dict[str, RawSpan] = {}
    relations: list[RawRelation] = []
    notes: list[tuple[str, str, str]] = []
    attrs: list[tuple[str, str, str, Any]] = []
    for n, line in enumerate(ann.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{name}:{n}"
        fields = line.split("\t")
        key = fields[0]
        if len(fields) < 2:
            raise RecordError(f"{where}: not a brat annotation line")
        kind = key[:1]
        if kind == "T":
            if len(fields) < 3:
                raise RecordError(f"{where}: a T line needs a text field")
            head = fields[1].split(" ")
            if len(head) < 3:
                raise RecordError(f"{where}: a T line is 'T1<TAB>LABEL START END<TAB>text'")
            label, locs = head[0], " ".join(head[1:])
            if ";" in locs:
                raise RecordError(f"{where}: {key} is a discontinuous span ({locs}); Tawsim "
                                  "spans are continuous: split it into separate spans")
            try:
                start, end = (int(x) for x in locs.split(" "))
            except ValueError:
                raise RecordError(f"{where}: offsets {locs!r} are not two integers") from None
            if key in spans:
                raise RecordError(f"{where}: {key} is defined twice")
            spans[key] = RawSpan(start, end, label, id=key, attrs={},
                                 text="\t".join(fields[2:]), where=f"{where} ({key})")
        elif kind == "R":
            args = fields[1].split(" ")
            roles = dict(a.split(":", 1) for a in args[1:] if ":" in a)
            if "Arg1" not in roles or "Arg2" not in roles:
                raise RecordError(f"{where}: an R line is 'R1<TAB>TYPE Arg1:T1 Arg2:T2'")
            relations.append(RawRelation(args[0], roles["Arg1"], roles["Arg2"], id=key,
                                         where=f"{where} ({key})"))
        elif kind in ("A", "M"):
            args = fields[1].split(" ")
            if len(args) < 2:
                raise RecordError(f"{where}: an attribute line is 'A1<TAB>NAME T1 [VALUE]'")
            value: Any = unquote(" ".join(args[2:])) if len(args) > 2 else True
            attrs.append((where, args[1], args[0], value))
        elif kind == "#":
            args = fields[1].split(" ")
            if len(args) < 2:
                raise RecordError(f"{where}: a note line is '#1<TAB>AnnotatorNotes T1<TAB>note'")
            notes.append((where, args[1], "\t".join(fields[2:])))
        elif kind in ("E", "*", "N"):
            what = {"E": "events", "*": "equivalences", "N": "normalisations"}[kind]
            raise RecordError(f"{where}: brat {what} ({kind} lines) are not read by Tawsim")
        else:
            raise RecordError(f"{where}: unknown annotation {key!r}")
    for where, target, name_, value in attrs:
        if target not in spans:
            raise RecordError(f"{where}: attribute of {target!r}, which is not a span (T line)")
        spans[target].attrs[name_] = value
    for where, target, note in notes:
        if target not in spans:
            raise RecordError(f"{where}: note on {target!r}, which is not a span (T line)")
        old = spans[target].comment
        spans[target].comment = f"{old}\n{note}" if old else note
    return annotated.build(ctx, source=source, line=1, doc_id=doc_id, raw=raw, title=None,
                           meta={"source": name.rsplit(".", 1)[0] + ".txt"},
                           spans=list(spans.values()), relations=relations, same_text=_same)
