"""Gazetteers: CSV files of actor names (``name,canonical,type``) that pre-propose actors
on every document, through the propagation matcher (``desktop.core.analysis.propagation``).

The file is UTF-8 with or without a byte-order mark (or UTF-16 with one), comma-separated
with RFC 4180 quoting; the header line ``name,canonical,type`` is optional. ``canonical``
may be empty (the name is its own canonical name) and so may ``type`` (then it must be
one of the schema's ACTOR types). Each bad line is rejected with its reason; the good
ones are kept.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.analysis.actors import canonical_of
from desktop.core.analysis.propagation import Name, NameIndex, name_of
from desktop.core.folding import fold_string
from desktop.core.model import Span
from desktop.core.text import TextError, canonical, decode

__all__ = ["GazetteerEntry", "GazetteerError", "index_of", "key_of", "linked_names", "parse"]

HEADER = ("name", "canonical", "type")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    canonical: str
    type: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class GazetteerError:
    line: int
    reason: str


def key_of(name: str) -> str:
    """The folded form entries are told apart by (hamza seats, harakat, spacing aside)."""
    return " ".join(fold_string(canonical(name)).split())


def parse(data: bytes, *, types: Sequence[str] = ()) -> tuple[list[GazetteerEntry],
                                                                list[GazetteerError]]:
    """The entries of a gazetteer file and the reasons its bad lines are refused.
    ``types``: the ACTOR types a non-empty type must be one of (none: any)."""
    try:
        text = decode(data)
    except TextError as exc:
        return [], [GazetteerError(exc.line or 1, str(exc))]
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
    entries: list[GazetteerEntry] = []
    errors: list[GazetteerError] = []
    seen: dict[str, GazetteerEntry] = {}
    first = True
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(GazetteerError(reader.line_num, f"not CSV: {exc}"))
            break
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if first and tuple(c.lower() for c in cells) == HEADER[:len(cells)]:
            first = False
            continue
        first = False
        if len(cells) > 3:
            errors.append(GazetteerError(
                line, f"{len(cells)} fields; a line is name,canonical,type"))
            continue
        name, canon, type_ = [*cells, "", ""][:3]
        if not name:
            errors.append(GazetteerError(line, "the name is empty"))
            continue
        if types and type_ and type_ not in types:
            errors.append(GazetteerError(
                line, f"type {type_!r} is not an ACTOR type (one of: {', '.join(types)})"))
            continue
        name, canon = canonical(name), canonical(canon or name)
        if name_of(name, canon) is None:
            errors.append(GazetteerError(line, f"the name {name!r} is too short to look for"))
            continue
        entry = GazetteerEntry(name, canon, type_, line)
        key = key_of(name)
        earlier = seen.get(key)
        if earlier is not None:
            if (earlier.canonical, earlier.type) != (canon, type_):
                errors.append(GazetteerError(
                    line, f"the name {name!r} is on line {earlier.line} already, as "
                          f"{earlier.canonical!r} ({earlier.type or 'no type'})"))
            continue
        seen[key] = entry
        entries.append(entry)
    return entries, errors


def index_of(entries: Iterable[GazetteerEntry]) -> NameIndex:
    """The matcher for a gazetteer: its proposals say ``source="gazetteer"``."""
    names = (name_of(e.name, e.canonical, e.type, "gazetteer") for e in entries)
    return NameIndex(n for n in names if n is not None)


def linked_names(gazetteer: NameIndex, spans: Iterable[Span]) -> list[Name]:
    """The gazetteer's other names of the tagged actors, with the tagged actor's canonical
    name and type: when a tagged ACTOR's text or canonical name is a gazetteer name, every
    name the gazetteer gives the same canonical name is one of the actor's names too
    (tagging «داعش» with the canonical «داعش» proposes the gazetteer's «تنظيم الدولة» as
    «داعش», not as the gazetteer's «تنظيم الدولة الإسلامية»). Pronouns are not linked."""
    by_words: dict[tuple, Name] = {}
    by_canonical: dict[str, list[Name]] = {}
    for group in gazetteer.by_first.values():
        for n in group:
            by_words[n.tokens] = n
            by_canonical.setdefault(n.canonical, []).append(n)
    if not by_words:
        return []
    out: list[Name] = []
    done: set[tuple[str, str]] = set()
    for s in spans:
        if s.label != "ACTOR" or s.attrs.get("mention") == "pronoun":
            continue
        canon, type_ = canonical_of(s), str(s.attrs.get("type") or "")
        for surface in (s.text, canon):
            own = name_of(surface, canon, type_)
            entry = by_words.get(own.tokens) if own is not None else None
            if entry is None or (entry.canonical, canon) in done:
                continue
            done.add((entry.canonical, canon))
            out.extend(Name(n.tokens, n.gaps, canon, type_ or n.type)
                       for n in by_canonical[entry.canonical] if n.tokens != own.tokens)
    return out
