"""Corpus search (issue 13 item 9): documents whose id, title or folded text hold the query
(``desktop.store.fts`` says how a query matches), and where in a document it is."""

from __future__ import annotations

from desktop.core.model import GOLD
from desktop.core.text import Folded
from desktop.store import fts
from desktop.store.rows import DocSummary, default_status


class SearchMixin:
    """The ``Project`` methods of corpus search."""

    def _search_sql(self, query: str, layer: str, status: str | None) -> tuple[str, list] | None:
        expr = fts.match_expression(query)
        if expr is None:
            return None
        where, params = "", []
        if status is not None:
            if status == default_status(layer):
                where, params = " AND coalesce(l.status, ?) = ?", [status, status]
            else:
                where, params = " AND l.status = ?", [status]
        sql = (f" FROM {fts.TABLE} f JOIN documents d ON d.rowid = f.rowid"
               " LEFT JOIN doc_layers l ON l.doc_id = d.id AND l.layer = ?"
               f" WHERE {fts.TABLE} MATCH ?{where}")
        return sql, [layer, expr, *params]

    def search_documents(self, query: str, *, layer: str = GOLD, status: str | None = None,
                         offset: int = 0, limit: int = 200) -> list[DocSummary]:
        """A page of the documents (in list order) whose id, title or text hold
        ``query`` (folded), with their status in ``layer`` — the document list's rows;
        ``status`` filters as ``list_documents`` does. No word in the query: no hit."""
        built = self._search_sql(query, layer, status)
        if built is None:
            return []
        sql, params = built
        rows = self._q(
            "SELECT d.id, d.title, coalesce(l.status, ?),"
            " (SELECT count(*) FROM spans s WHERE s.doc_id = d.id AND s.layer = ?),"
            " json_extract(d.meta, '$.published')" + sql
            + " ORDER BY f.rowid LIMIT ? OFFSET ?",
            [default_status(layer), layer, *params, limit, offset])
        return [DocSummary(*r) for r in rows]

    def count_search(self, query: str, *, layer: str = GOLD, status: str | None = None) -> int:
        """How many documents ``search_documents`` finds in all."""
        built = self._search_sql(query, layer, status)
        if built is None:
            return 0
        sql, params = built
        return self._one("SELECT count(*)" + sql, params)

    def find_in_document(self, doc_id: str, query: str) -> list[tuple[int, int]]:
        """Where ``query`` occurs in the document: ``[start, end)`` code-point spans of
        its canonical text (through the folding's position map), in order, so that a
        search hit can open the document with the match selected. Matches within words
        too (as the find bar does), so every document the search lists has a hit here."""
        pattern = fts.pattern(query)
        if pattern is None:
            return []
        folded = Folded(self._doc_text(doc_id))
        return [folded.to_canonical(m.start(), m.end()) for m in pattern.finditer(folded.text)
                if m.end() > m.start()]
