"""The claims ledger's rows, their cells and their export (CSV, JSONL).

One ``LedgerRow`` per CLAIM span: the claim with its attributes and the spans its
relations reach (claimant and about actors, claim and event dates, cues). The cells are
DESIGN §5b's columns, then ``comment`` (the claim span's note): several targets joined
with `` | ``, an empty cell where there is none. The store builds the rows
(``desktop.store.ledger``); this module only shapes and writes them.

CSV is what spreadsheets open with Arabic intact: UTF-8 with a byte-order mark,
comma-separated, RFC 4180 quoting with CRLF line ends. JSONL is one object a line with
the same keys.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

__all__ = [
    "COLUMNS",
    "DESIGN_COLUMNS",
    "JOIN",
    "ActorRef",
    "CueRef",
    "DateRef",
    "LedgerRow",
    "write_csv",
    "write_jsonl",
]

DESIGN_COLUMNS = (
    "document", "claim_id", "claim", "claim_type", "attribution", "polarity", "claimant",
    "claimant_canonical", "cue", "claim_date", "claim_date_value", "event_date",
    "event_date_value", "about",
)
COLUMNS = (*DESIGN_COLUMNS, "comment")
JOIN = " | "


@dataclass(frozen=True, slots=True)
class ActorRef:
    span_id: str
    text: str
    canonical: str  # the ``canonical`` attribute, else the text
    start: int
    end: int
    type: str = ""


@dataclass(frozen=True, slots=True)
class DateRef:
    span_id: str
    text: str
    value: str  # the resolved TIMEX3 value ("" when the span has none)
    start: int
    end: int
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class CueRef:
    span_id: str
    text: str
    start: int
    end: int


def _join(parts: Iterable[str]) -> str:
    return JOIN.join(p for p in parts)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    document: str
    claim_id: str
    claim: str
    start: int  # the claim span's offsets (the window selects it)
    end: int
    claim_type: str = ""
    attribution: str = ""
    polarity: str = ""
    claimants: tuple[ActorRef, ...] = ()  # at most one in a schema-valid layer
    cues: tuple[CueRef, ...] = ()
    claim_dates: tuple[DateRef, ...] = ()
    event_dates: tuple[DateRef, ...] = ()
    about_actors: tuple[ActorRef, ...] = ()
    comment: str = ""

    # -- the columns that are not fields
    @property
    def claimant(self) -> str:
        return _join(a.text for a in self.claimants)

    @property
    def claimant_canonical(self) -> str:
        return _join(a.canonical for a in self.claimants)

    @property
    def cue(self) -> str:
        return _join(c.text for c in self.cues)

    @property
    def claim_date(self) -> str:
        return _join(d.text for d in self.claim_dates)

    @property
    def claim_date_value(self) -> str:
        return _join(d.value for d in self.claim_dates)

    @property
    def event_date(self) -> str:
        return _join(d.text for d in self.event_dates)

    @property
    def event_date_value(self) -> str:
        return _join(d.value for d in self.event_dates)

    @property
    def about(self) -> str:
        """The mentions the claim is about, as written (their canonical names:
        ``about_canonical``)."""
        return _join(a.text for a in self.about_actors)

    @property
    def about_canonical(self) -> str:
        return _join(a.canonical for a in self.about_actors)

    def cell(self, column: str) -> str:
        if column not in COLUMNS:
            raise KeyError(f"no ledger column {column!r}")
        return getattr(self, column)

    def cells(self) -> dict[str, str]:
        """Column -> text, in ``COLUMNS`` order."""
        return {c: getattr(self, c) for c in COLUMNS}


BOM = "\ufeff"


def write_csv(rows: Iterable[LedgerRow], fh: IO[str], *, header: bool = True) -> int:
    """Write the rows as CSV to a text stream opened with ``newline=""``: a byte-order
    mark, the header, one record per row (RFC 4180: fields with a comma, a quote or a line
    break are quoted, quotes doubled; CRLF ends each record). Returns the rows written."""
    fh.write(BOM)
    writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
    if header:
        writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([getattr(row, c) for c in COLUMNS])
        n += 1
    return n


def write_jsonl(rows: Iterable[LedgerRow], fh: IO[str]) -> int:
    """One JSON object a line, with the CSV's columns as keys (in the same order)."""
    n = 0
    for row in rows:
        fh.write(json.dumps(row.cells(), ensure_ascii=False))
        fh.write("\n")
        n += 1
    return n
