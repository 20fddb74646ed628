"""brat standoff: a folder of ``ID.txt`` + ``ID.ann`` pairs.

Read, per ``.ann`` line:

* ``T1<TAB>LABEL START END<TAB>text``: a span; offsets are code points into the raw
  ``.txt`` (remapped onto the canonical text), and the text field must match (brat shows
  a line break inside a span as a space). A discontinuous span (``START END;START END``)
  is refused with that reason: Tawsim spans are continuous.
* ``R1<TAB>TYPE Arg1:T1 Arg2:T2``: a relation, head ``Arg1``, tail ``Arg2``.
* ``A1<TAB>NAME T1 VALUE`` (and the older ``M``): an attribute of span T1; a binary
  attribute without a value is ``true``. Values are percent-decoded (``%20``, ``%25``),
  which is how Tawsim writes values that hold white space.
* ``#1<TAB>AnnotatorNotes T1<TAB>note``: the span's comment.
* Events (``E``), equivalences (``*``) and normalisations (``N``) are refused with that
  reason, rather than dropped.

The document id is the file stem (percent-decoded); a ``.txt`` without an ``.ann`` is a
plain document, an ``.ann`` without its ``.txt`` is refused.

Written as one ``ID.txt`` (the canonical text) + ``ID.ann`` per document, ids that are
not safe file names percent-encoded, and an ``annotation.conf`` for brat's server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import quote, unquote

from desktop.core.formats import annotated, txt
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.pieces import Cache
from desktop.core.formats.records import (
    Item,
    ReadContext,
    Record,
    RecordError,
    Rejection,
    Source,
    display_path,
    guarded,
)
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, ExportError, Writer, attrs_of
from desktop.core.text import TextError, decode, sha256_hex

_SAFE_ID = re.compile(r"^[\w][\w.\-]{0,199}$")


def file_stem(doc_id: str) -> str:
    if _SAFE_ID.match(doc_id) and "%" not in doc_id:
        return doc_id
    return quote(doc_id, safe="")


def _same(given: str, covered: str) -> bool:
    return given == covered.replace("\n", " ").replace("\t", " ")


def parse_ann(ann: str, *, raw: str, doc_id: str, name: str, ctx: ReadContext,
              source: str, source_sha256: str | None = None) -> Record:
    spans: dict[str, RawSpan] = {}
    relations: list[RawRelation] = []
    notes: list[tuple[int, str, str]] = []
    attrs: list[tuple[int, str, str, Any]] = []
    for n, line in enumerate(ann.split("\n"), 1):
        if line[-1:] == "\r":
            line = line.rstrip("\r")
        if not line or line.isspace():
            continue
        fields = line.split("\t")
        key = fields[0]
        if len(fields) < 2:
            raise RecordError(f"{name}:{n}: not a brat annotation line")
        kind = key[:1]
        if kind == "T":
            where = f"{name}:{n}"
            if len(fields) < 3:
                raise RecordError(f"{where}: a T line needs a text field")
            head = fields[1].split(" ")
            if len(head) < 3:
                raise RecordError(f"{where}: a T line is 'T1<TAB>LABEL START END<TAB>text'")
            if len(head) != 3 or ";" in head[1] or ";" in head[2]:
                _odd_offsets(head, key, where)
            try:
                start, end = int(head[1]), int(head[2])
            except ValueError:
                _odd_offsets(head, key, where)
            if key in spans:
                raise RecordError(f"{where}: {key} is defined twice")
            spans[key] = RawSpan(start, end, head[0], key, {}, None,
                                 fields[2] if len(fields) == 3 else "\t".join(fields[2:]),
                                 f"{where} ({key})")
        elif kind == "A" or kind == "M":
            args = fields[1].split(" ")
            if len(args) < 2:
                raise RecordError(f"{name}:{n}: an attribute line is 'A1<TAB>NAME T1 [VALUE]'")
            if len(args) > 2:
                value: Any = args[2] if len(args) == 3 else " ".join(args[2:])
                if "%" in value:
                    value = unquote(value)
            else:
                value = True
            attrs.append((n, args[1], args[0], value))
        elif kind == "R":
            where = f"{name}:{n}"
            args = fields[1].split(" ")
            roles = dict(a.split(":", 1) for a in args[1:] if ":" in a)
            if "Arg1" not in roles or "Arg2" not in roles:
                raise RecordError(f"{where}: an R line is 'R1<TAB>TYPE Arg1:T1 Arg2:T2'")
            relations.append(RawRelation(args[0], roles["Arg1"], roles["Arg2"], id=key,
                                         where=f"{where} ({key})"))
        elif kind == "#":
            args = fields[1].split(" ")
            if len(args) < 2:
                raise RecordError(f"{name}:{n}: a note line is "
                                  "'#1<TAB>AnnotatorNotes T1<TAB>note'")
            notes.append((n, args[1], "\t".join(fields[2:])))
        elif kind in ("E", "*", "N"):
            what = {"E": "events", "*": "equivalences", "N": "normalisations"}[kind]
            raise RecordError(f"{name}:{n}: brat {what} ({kind} lines) are not read by Tawsim")
        else:
            raise RecordError(f"{name}:{n}: unknown annotation {key!r}")
    for n, target, name_, value in attrs:
        span = spans.get(target)
        if span is None:
            raise RecordError(f"{name}:{n}: attribute of {target!r}, which is not a span "
                              "(T line)")
        span.attrs[name_] = value
    for n, target, note in notes:
        span = spans.get(target)
        if span is None:
            raise RecordError(f"{name}:{n}: note on {target!r}, which is not a span (T line)")
        old = span.comment
        span.comment = f"{old}\n{note}" if old else note
    return annotated.build(ctx, source=source, line=1, doc_id=doc_id, raw=raw, title=None,
                           meta={"source": name.rsplit(".", 1)[0] + ".txt"},
                           spans=list(spans.values()), relations=relations, same_text=_same,
                           source_sha256=source_sha256)


def _odd_offsets(head: list[str], key: str, where: str) -> NoReturn:
    """A T line's offsets that are not one START END pair: the reason."""
    locs = " ".join(head[1:])
    if ";" in locs:
        raise RecordError(f"{where}: {key} is a discontinuous span ({locs}); Tawsim "
                          "spans are continuous: split it into separate spans")
    raise RecordError(f"{where}: offsets {locs!r} are not two integers")


def read_pair(txt_path: Path, ann_path: Path | None, ctx: ReadContext) -> Item:
    source = display_path(ann_path or txt_path)
    try:
        data = txt_path.read_bytes()
    except OSError as exc:
        return Rejection(display_path(txt_path), 1, f"cannot read: {exc.strerror or exc}")
    if ann_path is None:
        return txt.parse_bytes(data, doc_id=unquote(txt_path.stem), source=display_path(txt_path),
                               name=txt_path.name)

    def one() -> Record:
        try:
            raw = decode(data)
            ann = decode(ann_path.read_bytes())
        except TextError as exc:
            raise RecordError(str(exc)) from None
        return parse_ann(ann, raw=raw, doc_id=unquote(txt_path.stem), name=ann_path.name,
                         ctx=ctx, source=source, source_sha256=sha256_hex(data))

    item = guarded(source, 1, one)
    if isinstance(item, Record):
        item.nbytes = len(data)
    return item


def read(src: Source, ctx: ReadContext) -> Iterator[Item]:
    """``src`` is a ``.txt`` or an ``.ann`` file of a pair (folders are expanded into
    their ``.txt`` and lone ``.ann`` files by ``expand_paths``)."""
    if src.path is None:
        yield Rejection(src.name, 1, "brat reads folders of .txt and .ann files, not "
                        "standard input")
        return
    path = src.path
    if path.suffix.lower() not in (".txt", ".text", ".ann"):
        yield Rejection(src.name, 1, "not a brat file: brat reads ID.txt + ID.ann pairs")
        return
    if path.suffix == ".ann":
        txt_path = path.with_suffix(".txt")
        if not txt_path.exists():
            yield Rejection(src.name, 1, f"no {txt_path.name} beside it (brat keeps the "
                            "text of ID.ann in ID.txt)")
            return
        yield read_pair(txt_path, path, ctx)
        return
    ann_path = path.with_suffix(".ann")
    yield read_pair(path, ann_path if ann_path.exists() else None, ctx)


# ------------------------------------------------------------------------------ writing
def _value(v: Any) -> str:
    text = v if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v)
    return _ESCAPED.sub(lambda m: quote(m.group(), safe=""), text)


_ESCAPED = re.compile(r"[%\s]")


def _attr_lines(stored: str) -> tuple[tuple[str, str], ...]:
    """A span's A lines for its stored attributes, as (name, what follows the span's T
    number): made once per distinct attribute text (a few recur on most spans)."""
    return tuple((name, "" if v is True else f" {_value(v)}")
                 for name, v in attrs_of(stored).items() if v is not None and v != "")


class BratWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        self.stems: set[str] = set()
        self.attr_lines = Cache(_attr_lines, limit=20_000)

    def write(self, doc: ExportDoc) -> None:
        stem = file_stem(doc.id)
        if stem.lower() in self.stems or stem == "annotation":
            raise ExportError(f"document {doc.id!r}: its file name {stem}.txt clashes with "
                              "another document's (ids that differ only in case)")
        self.stems.add(stem.lower())
        text = doc.text
        lines: list[str] = []
        tid: dict[str, str] = {}
        attr_lines = self.attr_lines
        a = 0
        for n, (start, end, sid, label, attrs, comment) in enumerate(doc.span_rows(), 1):
            tid[sid] = t = f"T{n}"
            shown = text[start:end].replace("\n", " ").replace("\t", " ")
            lines.append(f"{t}\t{label} {start} {end}\t{shown}")
            if attrs != "{}":
                for name, rest in attr_lines[attrs]:
                    a += 1
                    lines.append(f"A{a}\t{name} {t}{rest}")
            if comment:
                lines.append(f"#{n}\tAnnotatorNotes {t}\t{comment.replace(chr(10), ' ')}")
        for n, (_, type_, head, tail) in enumerate(doc.relation_rows(), 1):
            lines.append(f"R{n}\t{type_} Arg1:{tid[head]} Arg2:{tid[tail]}")
        self.out.write_file(f"{stem}.txt", text.encode())
        self.out.write_file(f"{stem}.ann", ("\n".join(lines) + "\n").encode() if lines else b"")

    def close(self, card: Any = None) -> None:
        schema = self.options.schema
        conf = ["[entities]", *(lab.name for lab in schema.labels), "", "[relations]"]
        for r in schema.relations:
            conf.append(f"{r.name}\tArg1:{'|'.join(r.head)}, Arg2:{'|'.join(r.tail)}")
        conf += ["", "[events]", "", "[attributes]"]
        merged: dict[str, tuple[list[str], list[str]]] = {}
        for lab in schema.labels:
            for att in lab.attributes:
                if att.closed:
                    labels, values = merged.setdefault(att.name, ([], []))
                    labels.append(lab.name)
                    values.extend(_value(v) for v in att.values if v and _value(v) not in values)
        for name, (labels, values) in merged.items():
            conf.append(f"{name}\tArg:{'|'.join(labels)}, Value:{'|'.join(values)}")
        with self.out.open("annotation.conf") as fh:
            fh.write("\n".join(conf) + "\n")


def owns(path: Path) -> bool:
    """What a brat export folder holds (so an older export may be replaced)."""
    return path.is_file() and path.suffix in (".txt", ".ann", ".conf")


FORMAT = Format(
    name="brat", label="brat standoff (folder)", extensions=(".txt", ".ann"),
    output="folder", input="folder", read=read, writer=BratWriter, owns=owns,
    description="brat standoff: a folder of ID.txt + ID.ann (T, R, A/M lines, # notes)",
    carries="text, spans, attributes, notes (comments), relations",
    loses="title and meta (brat keeps text only), span and relation ids (T1, R1...), "
          "review state; a note's line breaks")
