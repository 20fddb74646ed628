"""The corpus search index (migration 0005) and how a query matches.

``doc_search`` is a contentless FTS5 table (``content=''``: the index only; the texts stay
in ``documents``) whose rowid is the document's rowid, over three columns: the id, the
title and the text, each **folded** as DESIGN §2 says (``desktop.core.text.fold_string``:
hamza forms, harakat, tatweel, ى/ي, ة/ه, Arabic-Indic digits) with the usual Arabic and
typographic punctuation turned into spaces, read by the ``ascii`` tokenizer (folding did
the Arabic work; every other non-ASCII character is part of a word: half the cost of
``unicode61``), with positions, so that several words are matched as a phrase by the
index itself.

**When it is written.** Indexing costs about as much as storing the document (folding
in Python, then FTS5), so an import does not wait for it: the index covers the
documents up to a rowid kept in ``settings`` (``INDEXED``),
``Project.update_search_index`` brings it up to date in batches (each a transaction;
the window is to run it in a worker after an import and when a project opens with
documents pending), and a search is always complete: the index answers for the
documents it covers, newer ones are read and matched directly (``search.py``).

**How a query matches** (also in ``docs/decisions.md``). The query is folded the same
way and cut into words. A document matches when its id, title or text holds those words
in order, each a whole word, separated by anything that is not a letter or a digit;
the first may carry a proclitic (``بغداد`` finds «وبغداد», «لبغداد», «وببغداد»…). ASCII
letters match in any case. The index answers with phrase queries; ``Finder`` matches
the same way in a folded text (the documents the index does not cover yet, and where
in a document the hits are).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator

from desktop.core.text import canonical, fold_string

TABLE = "doc_search"
CREATE = (f"CREATE VIRTUAL TABLE {TABLE} USING fts5(id, title, body, content='',"
          " tokenize='ascii')")
INSERT = f"INSERT INTO {TABLE} (rowid, id, title, body) VALUES (?, ?, ?, ?)"
INDEXED = "search_indexed_upto"  # settings key: the last document rowid indexed

# what may stand before a word (folded: أ etc. are ا already): conjunctions, prepositions,
# the article, and their usual combinations
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
              "وب", "فب", "ول", "فل", "وك", "فك", "وبال", "فبال", "وكال", "فكال")
# non-ASCII separators the ascii tokenizer would take for letters: Arabic and
# typographic punctuation, and the other spaces (ASCII ones it splits on itself)
SEPARATORS = ("\u060c", "\u061b", "\u061f", "\u066a", "\u066b", "\u066c", "\u06d4", "\u00ab",
              "\u00bb", "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026",
              "\u2022", "\u00b7", "\u00a0", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003",
              "\u3000", "\u2039", "\u203a", "\ufd3e", "\ufd3f", "\u00b0", "\u00a7")
_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


class SearchUnavailable(RuntimeError):
    """This Python's SQLite was built without FTS5."""


def require_fts5(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.tawsim_fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.tawsim_fts5_probe")
    except sqlite3.OperationalError as exc:
        raise SearchUnavailable(
            f"this Python's SQLite {sqlite3.sqlite_version} has no FTS5 ({exc}): corpus "
            "search needs it") from None


def index_text(s: str) -> str:
    """What the index reads of a text: folded, the separators above made spaces."""
    s = fold_string(s)
    for sep in SEPARATORS:
        if sep in s:
            s = s.replace(sep, " ")
    return s


def index(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Index documents given as (rowid, id, title, canonical text), in rowid order, and
    record the last one as indexed (the caller holds the transaction)."""
    rows = list(rows)
    if not rows:
        return
    conn.executemany(INSERT, [(rowid, index_text(doc_id), index_text(title), index_text(text))
                              for rowid, doc_id, title, text in rows])
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                 " SET value = excluded.value", (INDEXED, str(rows[-1][0])))


def indexed_upto(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (INDEXED,)).fetchone()
    return int(row[0]) if row else 0


def words(query: str) -> list[str]:
    """The folded words of a query."""
    return _WORD.findall(fold_string(canonical(query)))


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(found: list[str]) -> str:
    """The FTS5 MATCH expression for a query's words (not empty): the phrase, its first
    word with or without a proclitic."""
    rest = "".join(" " + w for w in found[1:])
    firsts = [found[0]]
    if _ARABIC.match(found[0]):
        firsts += [p + found[0] for p in PROCLITICS]
    return " OR ".join(_quote(first + rest) for first in firsts)


class Finder:
    """Finds a query's words in a folded text as the search matches them: whole words in
    order, with anything but letters and digits between, the first perhaps after a
    proclitic. ``spans(text)`` gives each match without its proclitic (what a hit
    selects); a regular expression that starts with the first word finds the places
    (fast), and what stands before each is checked in Python."""

    def __init__(self, found: list[str]):
        body = r"[\W_]+".join(re.escape(w) for w in found)
        flags = re.IGNORECASE if any(w.isascii() for w in found) else 0
        self.regex = re.compile(rf"{body}(?![^\W_])", flags)
        self.clitics = frozenset(PROCLITICS) if _ARABIC.match(found[0]) else frozenset()

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        for m in self.regex.finditer(text):
            start = j = m.start()
            while j > 0 and text[j - 1].isalnum():
                j -= 1
            if j == start or text[j:start] in self.clitics:
                yield start, m.end()

    def found_in(self, text: str) -> bool:
        return next(self.spans(text), None) is not None
