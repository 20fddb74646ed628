"""Corpus search (issue 13 item 9): documents whose id, title or folded text hold the query
(``desktop.store.fts`` says how a query matches and when the index is written), and
where in a document it is.

A search is always complete: the index answers for the documents it covers (rowid up to
``fts.indexed_upto``), and any newer ones — imported since the index was last brought
up to date — are read and matched directly, so results never lag an import; they are
only slower until ``update_search_index`` has run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.core.model import GOLD
from desktop.core.text import Folded, fold_string
from desktop.store import fts
from desktop.store.rows import UNCLAIMED_SQL, DocSummary, default_status

_SUMMARY = ("d.id, d.title, coalesce(l.status, :todo),"
            " (SELECT count(*) FROM spans s WHERE s.doc_id = d.id AND s.layer = :layer),"
            " json_extract(d.meta, '$.published'), " + UNCLAIMED_SQL)
_FROM_DOCS = " FROM documents d LEFT JOIN doc_layers l ON l.doc_id = d.id AND l.layer = :layer"


class SearchMixin:
    """The ``Project`` methods of corpus search."""

    # ------------------------------------------------------------------ the index
    def index_pending(self) -> int:
        """How many documents the search index does not cover yet."""
        return self._one("SELECT count(*) FROM documents WHERE rowid > ?",
                         (fts.indexed_upto(self.conn),))

    def update_search_index(self, *, progress: Callable[[int, int], None] | None = None,
                            cancelled: Callable[[], bool] | None = None,
                            batch: int = 1000) -> int:
        """Index the documents the index does not cover yet, ``batch`` to a transaction
        (a cancel keeps what was done); returns how many were indexed. The window runs
        this in a worker after an import and when it opens a project."""
        total = self.index_pending()
        done = 0
        while done < total:
            if cancelled is not None and cancelled():
                break
            with self.transaction():
                upto = fts.indexed_upto(self.conn)
                rows = self._q("SELECT rowid, id, title, text FROM documents WHERE rowid > ?"
                               " ORDER BY rowid LIMIT ?", (upto, batch))
                fts.index(self.conn, rows)
            if not rows:
                break
            done += len(rows)
            if progress is not None:
                progress(done, total)
        return done

    # ------------------------------------------------------------------ queries
    def _matches(self, found: list[str], layer: str, status: str | None) -> Iterator[tuple]:
        """The summary rows of the matching documents, in list order: the index's, then
        the documents it does not cover yet, matched directly."""
        roles = self.schema.roles
        params = {"layer": layer, "todo": default_status(layer), "match":
                  fts.match_expression(found), "upto": fts.indexed_upto(self.conn),
                  "claim": roles.claim or "", "claimant": roles.claimant or ""}
        where = ""
        if status is not None:
            params["status"] = status
            where = (" AND coalesce(l.status, :todo) = :status" if status == params["todo"]
                     else " AND l.status = :status")
        indexed = self.conn.execute(
            f"SELECT {_SUMMARY} FROM {fts.TABLE} f JOIN documents d ON d.rowid = f.rowid"
            " LEFT JOIN doc_layers l ON l.doc_id = d.id AND l.layer = :layer"
            f" WHERE {fts.TABLE} MATCH :match AND f.rowid <= :upto{where} ORDER BY f.rowid",
            params)
        yield from _filtered(indexed, None)
        newer = self.conn.execute(
            f"SELECT {_SUMMARY}, d.text{_FROM_DOCS} WHERE d.rowid > :upto{where}"
            " ORDER BY d.rowid", params)
        yield from _filtered(newer, fts.Finder(found))

    def search_documents(self, query: str, *, layer: str = GOLD, status: str | None = None,
                         offset: int = 0, limit: int = 200) -> list[DocSummary]:
        """A page of the documents (in list order) whose id, title or text hold
        ``query`` (folded; see desktop/store/fts.py), as the document list's rows with
        their status in ``layer``; ``status`` filters as ``list_documents`` does. A
        query with no letter or digit finds nothing."""
        found = fts.words(query)
        if not found:
            return []
        out = []
        for n, row in enumerate(self._matches(found, layer, status)):
            if n >= offset + limit:
                break
            if n >= offset:
                out.append(DocSummary(*row))
        return out

    def count_search(self, query: str, *, layer: str = GOLD, status: str | None = None) -> int:
        """How many documents ``search_documents`` finds in all."""
        found = fts.words(query)
        if not found:
            return 0
        if status is None:  # the index counts alone
            upto = fts.indexed_upto(self.conn)
            n = self._one(f"SELECT count(*) FROM {fts.TABLE} WHERE {fts.TABLE} MATCH ?"
                          " AND rowid <= ?", (fts.match_expression(found), upto))
            newer = self._q("SELECT id, title, text FROM documents WHERE rowid > ?", (upto,))
            finder = fts.Finder(found)
            return n + sum(1 for row in newer
                           if any(finder.found_in(fold_string(v)) for v in row))
        return sum(1 for _ in self._matches(found, layer, status))

    def find_in_document(self, doc_id: str, query: str) -> list[tuple[int, int]]:
        """Where ``query`` occurs in the document's text, as the search matches it:
        ``[start, end)`` code-point spans of the canonical text (through the folding's
        position map; a proclitic before the first word is left out), in order, so
        that a search hit opens the document with the match selected. Empty when the
        document matched by its id or title only."""
        found = fts.words(query)
        if not found:
            return []
        folded = Folded(self._doc_text(doc_id))
        return [folded.to_canonical(start, end)
                for start, end in fts.Finder(found).spans(folded.text)]


def _filtered(cursor, finder: fts.Finder | None) -> Iterator[tuple]:
    """The cursor's summary rows (the first six columns); with a finder, only those
    whose id, title or text (the seventh column) hold the query."""
    while batch := cursor.fetchmany(64):
        for row in batch:
            if finder is None or any(finder.found_in(fold_string(v))
                                     for v in (row[0], row[1], row[6])):
                yield row[:6]
