"""Plain text files: one document per file, id = file stem.

The title is the first non-blank line; the text is the whole canonical file, title
included. ``meta.source`` is the file name and the raw bytes' sha256 is kept for
provenance. A date line in the header (``15 أغسطس 2024``) is not read here: the date
tagger proposes it (see ``desktop.core.dates``). A file that is really a CoNLL tag table
is refused (Tawsim does not read CoNLL: importing it as text would keep the tags as words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.formats.records import (
    Item,
    ReadContext,
    Record,
    RecordError,
    Rejection,
    Source,
    title_of,
)
from desktop.core.formats.registry import Format
from desktop.core.model import Document, ModelError
from desktop.core.text import TextError, canonical, check_text, decode, sha256_hex

_TAG_LINE = re.compile(r"^\S+(?:[ \t]+\S+)*[ \t]+(?:O|[BIESLU]-\S+)$")


def looks_like_conll(text: str) -> bool:
    """Token/tag columns: -DOCSTART-, or most of the first 200 lines end in an IOB tag."""
    lines = [ln for ln in text.split("\n", 400)[:400] if ln.strip()][:200]
    if not lines:
        return False
    if lines[0].startswith("-DOCSTART-"):
        return True
    tagged = sum(1 for ln in lines if _TAG_LINE.match(ln.strip()))
    return len(lines) >= 3 and tagged >= 0.8 * len(lines)


def parse_bytes(data: bytes, *, doc_id: str, source: str, name: str) -> Record | Rejection:
    if name.lower().endswith(".spacy"):
        return Rejection(source, 1, "a spaCy DocBin (.spacy), which Tawsim writes but does "
                         "not read: import the original text, or the annotation tool's "
                         "JSON export (--format doccano, labelstudio, prodigy, gold)")
    try:
        raw = decode(data)
        check_text(raw)
    except TextError as exc:
        return Rejection(source, exc.line or 1, str(exc))
    text = canonical(raw)
    if not text:
        return Rejection(source, 1, "empty file (no text once white space is removed)")
    if looks_like_conll(text):
        return Rejection(source, 1, "this looks like CoNLL (token and tag columns), which "
                         "Tawsim writes but does not read: import the original text, or "
                         "the annotation tool's JSON export (--format doccano, labelstudio, "
                         "prodigy)")
    try:
        check_text(doc_id, "the file name")
        doc = Document(id=doc_id, text=text, title=title_of(text),
                       meta={"source": name}, source_sha256=sha256_hex(data))
    except (ModelError, TextError, RecordError) as exc:
        return Rejection(source, 1, str(exc))
    return Record(source, 1, doc, nbytes=len(data))


def read(src: Source, ctx: ReadContext | None = None) -> Iterator[Item]:
    try:
        data = src.read_bytes()
    except OSError as exc:
        yield Rejection(src.name, 1, f"cannot read: {exc.strerror or exc}")
        return
    name = src.path.name if src.path is not None else "<stdin>"
    yield parse_bytes(data, doc_id=src.stem, source=src.name, name=name)


FORMAT = Format(
    name="txt", label="Plain text", extensions=(".txt", ".text"), read=read,
    description="plain text files, one document each (id: the file name)",
    carries="the text", loses="(nothing to lose: no annotations)")
