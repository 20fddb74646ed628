"""The corpus search index (migration 0005) and its queries.

``doc_search`` is a contentless FTS5 table (``content=''``: the index only, the texts stay
in ``documents``) whose rowid is the document's rowid, over three columns: the id, the
title and the text, each **folded** as DESIGN §2 says (``desktop.core.text.fold_string``:
hamza forms, harakat, tatweel, ى/ي, ة/ه, Arabic-Indic digits). The tokenizer is
``unicode61`` with its own diacritic removal off (folding did it, the Arabic way).

A query is folded the same way and cut into words; the words must follow one another (a
phrase), the last one may be the start of a word (``الخارج`` finds «الخارجية»), and the
first one may carry a proclitic (``بغداد`` finds «وبغداد», «لبغداد», «والبغداد…»): FTS5
matches whole tokens, so the clitic forms are asked for explicitly. A document is
indexed in the transaction that stores it (import, merge), so the index never lags.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from desktop.core.text import canonical, fold_string

TABLE = "doc_search"
CREATE = (f"CREATE VIRTUAL TABLE {TABLE} USING fts5(id, title, body, content='',"
          " tokenize='unicode61 remove_diacritics 0')")
INSERT = f"INSERT INTO {TABLE} (rowid, id, title, body) VALUES (?, ?, ?, ?)"

# what may stand before a word (folded: أ etc. are ا already): conjunctions, prepositions,
# the article, and their usual combinations
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
              "وب", "فب", "ول", "فل", "وك", "فك", "وبال", "فبال", "وكال", "فكال")
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


def index_row(rowid: int, doc_id: str, title: str, text: str) -> tuple:
    return (rowid, fold_string(doc_id), fold_string(title), fold_string(text))


def index(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Index documents given as (rowid, id, title, canonical text)."""
    conn.executemany(INSERT, [index_row(*r) for r in rows])


def words(query: str) -> list[str]:
    """The folded words of a query."""
    return _WORD.findall(fold_string(canonical(query)))


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a query, or None when it has no word to look for."""
    found = words(query)
    if not found:
        return None
    rest = " ".join(found[1:])
    firsts = [found[0]]
    if _ARABIC.match(found[0]):
        firsts += [p + found[0] for p in PROCLITICS]
    phrases = []
    for first in firsts:
        phrase = _quote(first + (" " + rest if rest else ""))
        phrases.append(phrase + " *")
    return " OR ".join(phrases)


def pattern(query: str) -> re.Pattern | None:
    """The regular expression that finds the query in a folded text: its words in order,
    anything that is not a letter or digit between them (matching within words too, as
    the find bar does)."""
    found = words(query)
    if not found:
        return None
    return re.compile(r"[\W_]+".join(re.escape(w) for w in found))
