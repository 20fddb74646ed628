"""Documents: the paged list, reading one, storing new ones (one by one or in batches)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.model import GOLD, Document, Relation, Span, now_iso
from desktop.core.text import sha256_hex
from desktop.store.chunks import store_chunks
from desktop.store.rows import (
    INSERT_DOC,
    INSERT_REL,
    INSERT_SPAN,
    UNCLAIMED_SQL,
    DocSummary,
    default_status,
    dumps,
    rel_row,
    span_row,
)


class ConflictError(ValueError):
    """The same document id with a different text, and similar clashes."""


def _chunks(ids: list[str], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


class DocumentsMixin:
    """The ``Project`` methods about documents (see project.py)."""

    # ------------------------------------------------------------------ counting, paging
    def count_documents(self, *, layer: str | None = None, status: str | None = None) -> int:
        if status is None:
            return self._one("SELECT count(*) FROM documents")
        layer = layer or GOLD
        if status == default_status(layer):
            # documents with no status row yet count as todo / unreviewed
            return self._one(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_layers l"
                " WHERE l.doc_id = d.id AND l.layer = ? AND l.status != ?)", (layer, status))
        return self._one(
            "SELECT count(*) FROM doc_layers WHERE layer = ? AND status = ?", (layer, status))

    def _status_filter(self, layer: str, status: str | None) -> tuple[str, list]:
        if status is None:
            return "", []
        if status == default_status(layer):
            return " WHERE coalesce(l.status, ?) = ?", [status, status]
        return " WHERE l.status = ?", [status]

    def list_documents(self, offset: int = 0, limit: int = 200, *, layer: str = GOLD,
                       status: str | None = None) -> list[DocSummary]:
        """A page of the document list, in import order, with no texts."""
        where, params = self._status_filter(layer, status)
        roles = self.schema.roles
        rows = self._q(
            "SELECT d.id, d.title, coalesce(l.status, ?),"
            " (SELECT count(*) FROM spans s WHERE s.doc_id = d.id AND s.layer = ?),"
            " json_extract(d.meta, '$.published'), "
            + UNCLAIMED_SQL.replace(":layer", "?").replace(":claim", "?", 1)
            .replace(":claimant", "?") +
            " FROM documents d LEFT JOIN doc_layers l ON l.doc_id = d.id AND l.layer = ?"
            f"{where} ORDER BY d.rowid LIMIT ? OFFSET ?",
            [default_status(layer), layer, layer, roles.claim or "", roles.claimant or "",
             layer, *params, limit, offset])
        return [DocSummary(*r) for r in rows]

    def document_row(self, doc_id: str) -> int | None:
        """The position of a document in the (unfiltered) list, or None."""
        rowid = self._one("SELECT rowid FROM documents WHERE id = ?", (doc_id,))
        if rowid is None:
            return None
        return self._one("SELECT count(*) FROM documents WHERE rowid < ?", (rowid,))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._q("SELECT id FROM documents ORDER BY rowid")]

    def has_document(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute(
            "SELECT id, text, title, meta, source_sha256, imported_at FROM documents"
            " WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return Document(id=row[0], text=row[1], title=row[2], meta=json.loads(row[3]),
                        source_sha256=row[4], imported_at=row[5])

    def text_sha256(self, doc_id: str) -> str | None:
        return self._one("SELECT text_sha256 FROM documents WHERE id = ?", (doc_id,))

    def existing_hashes(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(self._q(
                f"SELECT id, text_sha256 FROM documents WHERE id IN ({marks})", chunk))
        return out

    def existing_ids(self, table: str, ids: list[str]) -> set[str]:
        """Which of ``ids`` are used already in ``spans`` or ``relations``."""
        if table not in ("spans", "relations"):
            raise ValueError(table)
        out: set[str] = set()
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._q(
                f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
        return out

    def taken_ids(self, spans: list[Span], relations: list[Relation]) -> set[str]:
        """The ids among these spans and relations that the project uses already."""
        return (self.existing_ids("spans", [s.id for s in spans])
                | self.existing_ids("relations", [r.id for r in relations]))

    # ------------------------------------------------------------------ storing
    def add_document(self, doc: Document) -> bool:
        """Store a document; False if the same document is there already (a no-op).
        The same id with another text raises ConflictError."""
        with self.transaction():
            return self._add_document(doc)

    def _add_document(self, doc: Document, digest: str | None = None) -> bool:
        digest = digest or sha256_hex(doc.text)
        have = self.text_sha256(doc.id)
        if have is not None:
            if have != digest:
                raise ConflictError(
                    f"document {doc.id!r} is already in the project with a different text")
            return False
        self._insert_documents([(doc, digest)], now_iso())
        return True

    def _insert_documents(self, docs: list[tuple[Document, str]], now: str) -> None:
        """New documents (with their text's sha256), in list order (explicit rowids: the
        search index follows them); the caller holds the transaction."""
        base = self._one("SELECT coalesce(max(rowid), 0) FROM documents")
        rows = [(base + k, doc.id, doc.title, doc.text, dumps(doc.meta), digest,
                 doc.source_sha256, doc.imported_at or now)
                for k, (doc, digest) in enumerate(docs, 1)]
        self.conn.executemany(INSERT_DOC, rows)
        store_chunks(self.conn, [(doc.id, doc.text) for doc, _digest in docs])

    def set_meta(self, doc_id: str, key: str, value: Any) -> None:
        """Set (or with None, remove) one meta field, e.g. ``published``."""
        with self.transaction():
            raw = self._one("SELECT meta FROM documents WHERE id = ?", (doc_id,))
            if raw is None:
                raise KeyError(f"no document {doc_id!r}")
            meta = json.loads(raw)
            if value is None:
                meta.pop(key, None)
            else:
                meta[key] = value
            self.conn.execute("UPDATE documents SET meta = ? WHERE id = ?", (dumps(meta), doc_id))

    # ------------------------------------------------------------------ bulk import
    def import_batch(self, batch: list[tuple[Document, str | None, list[Span], list[Relation]]],
                     *, digests: dict[str, str] | None = None) -> list[str]:
        """Store already-validated new documents with their annotations, in one transaction.
        Each item: (document, layer or None, spans, relations); ``digests``: the texts'
        sha256 where the caller has them already. Returns the stored ids. A record the
        file refuses (a trigger, a constraint, a string SQLite cannot store) raises
        ``RecordRefused`` and stores nothing of the batch."""
        now = now_iso()
        digests = digests or {}
        docs, spans, rels, members, layers = [], [], [], [], set()
        with self.transaction():
            for doc, layer, doc_spans, doc_rels in batch:
                docs.append((doc, digests.get(doc.id) or sha256_hex(doc.text)))
                if layer is not None:
                    layers.add(layer)
                    members.append((doc.id, layer, default_status(layer), now))
                    spans.extend(span_row(s) for s in doc_spans)
                    rels.extend(rel_row(r) for r in doc_rels)
            for layer in sorted(layers):
                self._ensure_layer(layer)
            self._insert_documents(docs, now)
            if members:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO doc_layers (doc_id, layer, status, updated)"
                    " VALUES (?,?,?,?)", members)
            if spans:
                self.conn.executemany(INSERT_SPAN, spans)
            if rels:
                self.conn.executemany(INSERT_REL, rels)
        return [doc.id for doc, _ in docs]
