"""Propagation over a project: a layer's names for the corpus-wide walk, the documents to
walk (one text at a time), and the walk itself, mention and gazetteer names together.
The matching rules are ``desktop.core.analysis.propagation``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from desktop.core.analysis.propagation import (
    NameIndex,
    Proposal,
    names_from_counts,
    propagate_corpus,
)
from desktop.core.model import Span
from desktop.store.gazetteer import gazetteer_index
from desktop.store.ledger_sql import CANON
from desktop.store.project import SPAN_COLUMNS, Project, span_from_row

__all__ = ["corpus_proposals", "iter_documents", "layer_names"]


def layer_names(project: Project, layer: str, *, kinds: Sequence[str] = ("name", ""),
                ) -> tuple[NameIndex, list[str]]:
    """The names a layer's ACTOR mentions give the corpus-wide walk (counted in SQL: no
    span is loaded), and the surface forms left out as ambiguous."""
    rows = project.conn.execute(
        f"SELECT a.text, {CANON.format(t='a')}, coalesce(json_extract(a.attrs, '$.type'), ''),"
        " coalesce(json_extract(a.attrs, '$.mention'), ''), count(*) FROM spans a"
        " WHERE a.layer = ? AND a.label = 'ACTOR' GROUP BY 1, 2, 3, 4", (layer,)).fetchall()
    return names_from_counts(rows, kinds=kinds)


def iter_documents(project: Project, layer: str, doc_ids: Iterable[str] | None = None,
                   ) -> Iterator[tuple[str, str, list[Span]]]:
    """``(doc_id, text, the layer's ACTOR spans)`` for every document (or those named), in
    list order, one text at a time."""
    if doc_ids is None:
        doc_ids = [r[0] for r in project.conn.execute("SELECT id FROM documents ORDER BY rowid")]
    for doc_id in doc_ids:
        text = project.conn.execute("SELECT text FROM documents WHERE id = ?",
                                    (doc_id,)).fetchone()
        if text is None:
            continue
        spans = [span_from_row(r) for r in project.conn.execute(
            f"SELECT {SPAN_COLUMNS} FROM spans WHERE doc_id = ? AND layer = ?"
            " AND label = 'ACTOR' ORDER BY start", (doc_id, layer))]
        yield doc_id, text[0], spans


def corpus_proposals(project: Project, layer: str, *, mentions: bool = True,
                     gazetteer: bool = True, doc_ids: Iterable[str] | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     ) -> Iterator[tuple[str, list[Proposal]]]:
    """Proposals on every document (or those named) from the layer's tagged names and
    the gazetteer (a layer's own name wins over the gazetteer's for the same words)."""
    indexes = []
    if mentions:
        indexes.append(layer_names(project, layer)[0])
    if gazetteer:
        indexes.append(gazetteer_index(project))
    names = NameIndex.merged(*indexes)
    ids = list(doc_ids) if doc_ids is not None else None
    total = len(ids) if ids is not None else project.count_documents()
    yield from propagate_corpus(iter_documents(project, layer, ids), names, total=total,
                                progress=progress, cancelled=cancelled)

