"""A long document's text is also kept in pieces (desktop/store/chunks.py) so that the
file's own check of a span reads one piece, not the whole text; the check decides
exactly as before — a span is stored only if its text is the document's at its offsets —
whatever writes to the file, and a piece can be neither changed nor made up."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.model import Document, Span
from desktop.store.chunks import CHUNK, CHUNKED_FROM
from desktop.store.project import Project
from tests.store.test_migrations import make_version

WORDS = ["قال", "الوزير", "إن", "القوات", "داعش", "😀", "Coalition", "٢٠١٨", "\u200f", "ـ"]


def _long_text(n_words: int = 6000) -> str:
    import random

    rnd = random.Random(7)
    return " ".join(rnd.choice(WORDS) for _ in range(n_words))


def _raw_span(conn, sid: str, start: int, end: int, text: str) -> None:
    with conn:
        conn.execute('INSERT INTO spans (id, doc_id, layer, label, start, "end", text)'
                     " VALUES (?, 'long', 'amal', 'CUE', ?, ?, ?)", (sid, start, end, text))


class _Text(str):
    def __repr__(self) -> str:  # (hypothesis prints its arguments)
        return f"<text of {len(self)} characters>"


@pytest.fixture
def project(tmp_path):
    text = _Text(_long_text())
    assert len(text) > 2 * CHUNKED_FROM
    with Project(tmp_path / "p.tawsim") as p:
        p.add_document(Document(id="long", text=text))
        p.add_document(Document(id="short", text="قال الوزير إن القوات"))
        p.conn.execute("INSERT INTO layers (name) VALUES ('amal') ON CONFLICT DO NOTHING")
        p.conn.commit()
        yield p, text


def test_a_long_document_is_kept_in_pieces_of_its_own_text(project):
    p, text = project
    pieces = p.conn.execute("SELECT n, text FROM doc_chunks WHERE doc_id = 'long' ORDER BY n"
                            ).fetchall()
    assert [n for n, _ in pieces] == list(range(len(pieces)))
    assert "".join(t for _, t in pieces) == text
    assert all(len(t) == CHUNK for _, t in pieces[:-1])
    assert p.conn.execute("SELECT count(*) FROM doc_chunks WHERE doc_id = 'short'"
                          ).fetchone()[0] == 0


def test_the_check_refuses_what_it_refused_before_on_a_long_document(project):
    p, text = project
    conn = p.conn
    cases = {  # (start, end): inside a piece, across two, in the last, at the very end
        "inside": (100, 110), "across": (CHUNK - 3, CHUNK + 4),
        "last": (len(text) - 20, len(text) - 2), "end": (len(text) - 5, len(text))}
    for name, (a, b) in cases.items():
        wrong = text[a:b - 1] + ("x" if text[b - 1] != "x" else "y")
        with pytest.raises(sqlite3.IntegrityError, match="differs from its document"):
            _raw_span(conn, f"bad-{name}", a, b, wrong)
        _raw_span(conn, f"good-{name}", a, b, text[a:b])
    with pytest.raises(sqlite3.IntegrityError, match="differs from its document"):
        _raw_span(conn, "past-end", len(text) - 2, len(text) + 1, text[-2:] + "x")
    with pytest.raises(sqlite3.IntegrityError, match="differs from its document"):  # moved
        with conn:
            conn.execute("UPDATE spans SET start = start + 1, \"end\" = \"end\" + 1"
                         " WHERE id = 'good-inside'")
    stored = {r[0] for r in conn.execute("SELECT id FROM spans WHERE doc_id = 'long'")}
    assert stored == {f"good-{name}" for name in cases}


def test_pieces_cannot_be_changed_or_made_up(project):
    p, text = project
    conn = p.conn
    with pytest.raises(sqlite3.IntegrityError, match="never changes"):
        with conn:
            conn.execute("UPDATE doc_chunks SET text = 'x' || text WHERE doc_id = 'long'"
                         " AND n = 1")
    with pytest.raises(sqlite3.IntegrityError, match="differs from its document"):
        with conn:
            conn.execute("INSERT INTO doc_chunks (doc_id, n, text) VALUES ('short', 0, ?)",
                         ("قال الوزير",))
    # a piece taken away: the check reads the whole text again, and still holds
    with conn:
        conn.execute("DELETE FROM doc_chunks WHERE doc_id = 'long' AND n = 0")
    with pytest.raises(sqlite3.IntegrityError, match="differs from its document"):
        _raw_span(conn, "bad", 10, 15, text[10:14] + "x")
    _raw_span(conn, "good", 10, 15, text[10:15])
    # a forged piece for the missing one is refused, the true one accepted again
    with pytest.raises(sqlite3.IntegrityError, match="differs from its document"):
        with conn:
            conn.execute("INSERT INTO doc_chunks (doc_id, n, text) VALUES ('long', 0, ?)",
                         ("x" + text[1:CHUNK],))
    with conn:
        conn.execute("INSERT INTO doc_chunks (doc_id, n, text) VALUES ('long', 0, ?)",
                     (text[:CHUNK],))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_file_stores_a_span_exactly_when_its_text_is_the_documents(project, data):
    """Whatever the offsets (astral characters, marks, any piece): the trigger and
    Python agree."""
    p, text = project
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text) + 3, start + 3 * CHUNK)))
    honest = data.draw(st.booleans())
    given_text = text[start:end] if honest else data.draw(st.text(min_size=1, max_size=8))
    expect = given_text == text[start:end] and end <= len(text)
    sid = f"h-{start}-{end}-{len(given_text)}-{hash(given_text) & 0xffff}"
    try:
        _raw_span(p.conn, sid, start, end, given_text)
        stored = True
    except sqlite3.IntegrityError as exc:  # the trigger, or the row's own CHECK (a text
        # shorter than its offsets say: a span past the end), or the id drawn twice
        assert any(why in str(exc) for why in ("differs from its document", "UNIQUE",
                                               "CHECK constraint")), exc
        stored = "UNIQUE" in str(exc) and expect
    assert stored == expect


def test_an_older_file_gets_the_pieces_of_its_long_documents(tmp_path):
    text = _long_text()
    path = make_version(tmp_path / "v7.tawsim", 7, {"long": text, "short": "قال الوزير"})
    with Project(path) as p:
        pieces = p.conn.execute("SELECT text FROM doc_chunks WHERE doc_id = 'long' ORDER BY n"
                                ).fetchall()
        assert "".join(t for (t,) in pieces) == text
        span = Span.on(text, doc_id="long", layer="amal", label="CUE", start=CHUNK + 10,
                       end=CHUNK + 13)
        p.restore([span], [])
        assert [s.text for s in p.annotations("long", "amal").spans
                if s.id == span.id] == [text[CHUNK + 10:CHUNK + 13]]
