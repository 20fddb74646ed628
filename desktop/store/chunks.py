"""A long document's text again, in pieces of ``CHUNK`` code points (``doc_chunks``),
so that the file's own check of a span — its text is the document's at its offsets, the
``spans_text_*`` triggers — reads one piece instead of the whole text.

SQLite's ``substr`` counts code points from the start of the value, so checking a span
cost the length of its document: in a 20,000-word article, accepting 500 suggestions
spent 140 ms in that check alone (1.5 ms without it), and every span of a long article
imported or accepted paid a walk over the text up to its start (docs/reliability.md).
The pieces are the document's own text (a trigger refuses any other; none is ever
changed), made when a document longer than ``CHUNKED_FROM`` is stored; a span that
crosses two pieces, or a document without them, is checked against the whole text as
before. Shorter documents (most news articles) have no pieces at all.
"""

from __future__ import annotations

import sqlite3

CHUNK = 4096  # code points a piece
CHUNKED_FROM = 2 * CHUNK  # documents up to this long are checked against their text

INSERT_CHUNK = "INSERT INTO doc_chunks (doc_id, n, text) VALUES (?, ?, ?)"

# a span's text as the file holds it: from the piece that contains the span, else (a span
# across two pieces, a document without pieces) from the whole text
_SPAN_TEXT = f"""coalesce(
        (SELECT substr(c.text, NEW.start - c.n * {CHUNK} + 1, NEW."end" - NEW.start)
         FROM doc_chunks c WHERE c.doc_id = NEW.doc_id AND c.n = NEW.start / {CHUNK}
         AND NEW.start >= 0 AND NEW."end" <= (c.n + 1) * {CHUNK}),
        substr((SELECT text FROM documents WHERE id = NEW.doc_id),
               NEW.start + 1, NEW."end" - NEW.start))"""

# the table, the guards on it, and the span checks that read it (migration 0008)
SCHEMA = f"""
    CREATE TABLE doc_chunks (
        doc_id TEXT NOT NULL REFERENCES documents(id),
        n INTEGER NOT NULL CHECK (n >= 0),
        text TEXT NOT NULL,
        PRIMARY KEY (doc_id, n)
    ) WITHOUT ROWID;
    CREATE TRIGGER doc_chunks_insert BEFORE INSERT ON doc_chunks
    WHEN substr((SELECT text FROM documents WHERE id = NEW.doc_id),
                NEW.n * {CHUNK} + 1, {CHUNK}) IS NOT NEW.text
    BEGIN SELECT RAISE(ABORT, 'a text chunk differs from its document text'); END;
    CREATE TRIGGER doc_chunks_fixed BEFORE UPDATE ON doc_chunks
    BEGIN SELECT RAISE(ABORT, 'a text chunk never changes once stored'); END;
    CREATE TRIGGER documents_chunks_gone AFTER DELETE ON documents
    BEGIN DELETE FROM doc_chunks WHERE doc_id = OLD.id; END;
    DROP TRIGGER spans_text_insert;
    DROP TRIGGER spans_text_update;
    CREATE TRIGGER spans_text_insert BEFORE INSERT ON spans
    WHEN {_SPAN_TEXT} IS NOT NEW.text
    BEGIN SELECT RAISE(ABORT, 'span text differs from its document text'); END;
    CREATE TRIGGER spans_text_update BEFORE UPDATE OF doc_id, start, "end", text ON spans
    WHEN {_SPAN_TEXT} IS NOT NEW.text
    BEGIN SELECT RAISE(ABORT, 'span text differs from its document text'); END;
"""


def chunk_rows(doc_id: str, text: str) -> list[tuple[str, int, str]]:
    """The pieces of a document's text (none for a document of CHUNKED_FROM or less)."""
    if len(text) <= CHUNKED_FROM:
        return []
    return [(doc_id, n, text[n * CHUNK:(n + 1) * CHUNK])
            for n in range((len(text) + CHUNK - 1) // CHUNK)]


def store_chunks(conn: sqlite3.Connection, docs: list[tuple[str, str]]) -> None:
    """The pieces of each new ``(id, text)`` (the caller holds the transaction)."""
    rows = [row for doc_id, text in docs if len(text) > CHUNKED_FROM
            for row in chunk_rows(doc_id, text)]
    if rows:
        conn.executemany(INSERT_CHUNK, rows)


__all__ = ["CHUNK", "CHUNKED_FROM", "SCHEMA", "chunk_rows", "store_chunks"]
