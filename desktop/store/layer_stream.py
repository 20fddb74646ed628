"""Reading annotator layers document by document, in flat memory.

``iter_layer_documents(project, layers)`` yields each document that one of ``layers``
holds, in id order, with the Annotations of every one of those layers that holds it:
one ordered cursor per layer over its members, spans and relations (each served by an
index in that order), merged by document id, all in one read transaction (one
snapshot, however long the walk). Only the current document is in memory.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.model import Annotations
from desktop.store.rows import REL_COLUMNS, SPAN_COLUMNS, relation_from_row, span_from_row

_FETCH = 512


class _Rows:
    """A cursor read ahead one row: ``head`` is the next row (None at the end)."""

    def __init__(self, cursor):
        self.cursor = cursor
        self.buffer: list[tuple] = []
        self.at = 0
        self.head: tuple | None = None
        self.advance()

    def advance(self) -> None:
        if self.at >= len(self.buffer):
            self.buffer, self.at = self.cursor.fetchmany(_FETCH), 0
            if not self.buffer:
                self.head = None
                return
        self.head = self.buffer[self.at]
        self.at += 1

    def take(self, doc_id: str, key: int) -> list[tuple]:
        """The rows of ``doc_id`` (``row[key]`` is the document id), skipping any before
        it (rows of documents the layer does not hold)."""
        while self.head is not None and self.head[key] < doc_id:
            self.advance()
        out = []
        while self.head is not None and self.head[key] == doc_id:
            out.append(self.head)
            self.advance()
        return out


def iter_layer_documents(project, layers: list[str]) -> Iterator[tuple[str, dict[str, Annotations]]]:
    conn = project.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # one snapshot for every cursor (a read: no lock taken)
    try:
        streams = {}
        for layer in layers:
            members = _Rows(conn.execute(
                "SELECT doc_id FROM doc_layers WHERE layer = ? ORDER BY doc_id", (layer,)))
            spans = _Rows(conn.execute(
                f"SELECT {SPAN_COLUMNS} FROM spans WHERE layer = ?"
                ' ORDER BY doc_id, start, "end", label, id', (layer,)))
            rels = _Rows(conn.execute(
                f"SELECT {REL_COLUMNS} FROM relations WHERE layer = ?"
                " ORDER BY doc_id, type, head, tail, id", (layer,)))
            streams[layer] = (members, spans, rels)
        while True:
            heads = [m.head[0] for m, _, _ in streams.values() if m.head is not None]
            if not heads:
                return
            doc_id = min(heads)
            anns = {}
            for layer, (members, spans, rels) in streams.items():
                if members.head is None or members.head[0] != doc_id:
                    continue
                members.advance()
                anns[layer] = Annotations(
                    doc_id, layer, [span_from_row(r) for r in spans.take(doc_id, 1)],
                    [relation_from_row(r) for r in rels.take(doc_id, 1)])
            yield doc_id, anns
    finally:
        if own and conn.in_transaction:
            conn.execute("COMMIT")
