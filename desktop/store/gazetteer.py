"""The project's gazetteer (migration 0006_gazetteer): actor names imported from CSV,
proposed on every document. Entries are told apart by their folded name; importing a
name again replaces its canonical name and type."""

from __future__ import annotations

from desktop.core.analysis.gazetteer import GazetteerEntry, index_of, key_of
from desktop.core.analysis.propagation import NameIndex
from desktop.core.model import now_iso
from desktop.store.project import Project

__all__ = ["gazetteer_entries", "gazetteer_index", "has_gazetteer", "store_gazetteer"]


def has_gazetteer(project: Project) -> bool:
    """Whether the file has the table (a file older than migration 0006, opened read-only,
    has none: it then has no entries)."""
    return project.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gazetteer'"
    ).fetchone() is not None


def store_gazetteer(project: Project, entries: list[GazetteerEntry], *, source: str = "",
                    replace: bool = False) -> tuple[int, int]:
    """Store entries in one transaction (``replace``: the old ones go first). Returns
    (entries added, entries whose name was there and got the new canonical and type)."""
    added = updated = 0
    now = now_iso()
    with project.transaction():
        if replace:
            project.conn.execute("DELETE FROM gazetteer")
        for e in entries:
            key = key_of(e.name)
            had = project.conn.execute("SELECT 1 FROM gazetteer WHERE key = ?",
                                       (key,)).fetchone()
            project.conn.execute(
                "INSERT INTO gazetteer (key, name, canonical, type, source, added)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                " name = excluded.name, canonical = excluded.canonical,"
                " type = excluded.type, source = excluded.source, added = excluded.added",
                (key, e.name, e.canonical, e.type, f"{source}:{e.line}" if source else "", now))
            if had:
                updated += 1
            else:
                added += 1
    return added, updated


def gazetteer_entries(project: Project) -> list[GazetteerEntry]:
    if not has_gazetteer(project):
        return []
    return [GazetteerEntry(name, canon, type_)
            for name, canon, type_ in project.conn.execute(
                "SELECT name, canonical, type FROM gazetteer ORDER BY key")]


def gazetteer_index(project: Project) -> NameIndex:
    """The matcher that pre-proposes the gazetteer's actors on a document."""
    return index_of(gazetteer_entries(project))
