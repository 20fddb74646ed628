"""What readers yield: a document read from input (with its annotations, if any) or a
rejection that names the file and line and says why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.model import Document, Relation, Span


class RecordError(ValueError):
    """One input record is refused; the message is the reason, for a human."""


@dataclass(slots=True)
class Record:
    source: str
    line: int
    doc: Document
    annotated: bool = False  # the input carried spans (even an empty list)
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    review: dict[str, Any] | None = None
    nbytes: int = 0  # how much of the input this record took (for progress)


@dataclass(frozen=True, slots=True)
class Rejection:
    source: str
    line: int
    reason: str
    nbytes: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


def title_of(text: str, limit: int = 200) -> str:
    """The first non-blank line of a (canonical) text, cut to ``limit`` characters."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""
