"""Layers, statuses, the audit trail and the project's figures.

A layer is real once it holds something (DESIGN §6): a document (a ``doc_layers`` row:
imported into it, edited or given a status) or a span. Opening a project, or a
document, writes nothing; ``layers()`` and everything built on it (stats, agreement,
review) list gold and the real layers only, so a name registered by a mere opener (an
older Tawsim did that) is not counted.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.model import ANNOTATOR_STATUSES, GOLD, GOLD_STATUSES, ModelError, now_iso
from desktop.store.rows import default_status, dumps

_REAL = ("name = 'gold' OR EXISTS (SELECT 1 FROM doc_layers d WHERE d.layer = l.name)"
         " OR EXISTS (SELECT 1 FROM spans s WHERE s.layer = l.name)")


def check_layer_name(name: str) -> None:
    if not isinstance(name, str) or not name or name != name.strip():
        raise ModelError("a layer name must be non-empty with no outer spaces")


class LayersMixin:
    """The ``Project`` methods about layers, statuses and the audit trail."""

    # ------------------------------------------------------------------ layers
    def layers(self) -> list[str]:
        """Gold, then the annotator layers that hold a document or a span, by name."""
        return [r[0] for r in self._q(
            f"SELECT name FROM layers l WHERE {_REAL} ORDER BY name = 'gold' DESC, name")]

    def annotator_layers(self) -> list[str]:
        return [n for n in self.layers() if n != GOLD]

    def ensure_layer(self, name: str) -> None:
        """Check a layer name (and register it when the project is writable). Not
        needed before an edit: the first edit or status change makes the layer."""
        check_layer_name(name)
        if self.read_only:
            return
        with self.transaction():
            self._ensure_layer(name)

    def _ensure_layer(self, name: str) -> None:
        check_layer_name(name)
        self.conn.execute("INSERT OR IGNORE INTO layers (name, created) VALUES (?, ?)",
                          (name, now_iso()))

    def _touch(self, doc_id: str, layer: str, *, status: str | None = None) -> None:
        """The document now belongs to the layer (DESIGN §6); todo -> in_progress on edit."""
        self._ensure_layer(layer)
        if layer == GOLD:
            first = default_status(layer)
        else:
            first = status or "in_progress"
        self.conn.execute(
            "INSERT INTO doc_layers (doc_id, layer, status, updated) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(doc_id, layer) DO UPDATE SET updated = excluded.updated,"
            " status = CASE WHEN doc_layers.status = 'todo' AND excluded.status ="
            " 'in_progress' THEN 'in_progress' ELSE doc_layers.status END",
            (doc_id, layer, first, now_iso()))

    def join_layer(self, doc_id: str, layer: str, status: str | None = None) -> None:
        """Make the document part of a layer (on import into that layer)."""
        with self.transaction():
            self._ensure_layer(layer)
            self.conn.execute(
                "INSERT OR IGNORE INTO doc_layers (doc_id, layer, status, updated)"
                " VALUES (?, ?, ?, ?)", (doc_id, layer, status or default_status(layer),
                                         now_iso()))

    def layer_documents(self, layer: str) -> set[str]:
        return {r[0] for r in self._q("SELECT doc_id FROM doc_layers WHERE layer = ?", (layer,))}

    def layer_members(self, layer: str, ids: list[str]) -> set[str]:
        """Which of ``ids`` the layer holds (one query per 500, not the whole layer)."""
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._q(
                f"SELECT doc_id FROM doc_layers WHERE layer = ? AND doc_id IN ({marks})",
                [layer, *chunk]))
        return out

    def holds(self, doc_id: str, layer: str) -> bool:
        return self._one("SELECT 1 FROM doc_layers WHERE doc_id = ? AND layer = ?",
                         (doc_id, layer)) is not None

    def document_holders(self, doc_id: str) -> list[str]:
        """The annotator layers (not gold) that hold the document, by name."""
        return [r[0] for r in self._q(
            "SELECT layer FROM doc_layers WHERE doc_id = ? AND layer != 'gold' ORDER BY layer",
            (doc_id,))]

    def shared_documents(self) -> list[str]:
        """The documents two or more annotator layers hold, by id (review's work)."""
        return [r[0] for r in self._q(
            "SELECT doc_id FROM doc_layers WHERE layer != 'gold' GROUP BY doc_id"
            " HAVING count(*) >= 2 ORDER BY doc_id")]

    def next_unreviewed(self, after_id: str | None) -> str | None:
        """The next document after ``after_id`` (list order, wrapping; never
        ``after_id`` itself) that an annotator layer holds and gold has not reviewed."""
        after = self._one("SELECT rowid FROM documents WHERE id = ?", (after_id,)) or 0
        sql = ("SELECT d.id FROM documents d WHERE d.rowid {op} ? AND EXISTS (SELECT 1 FROM"
               " doc_layers a WHERE a.doc_id = d.id AND a.layer != 'gold') AND NOT EXISTS"
               " (SELECT 1 FROM doc_layers g WHERE g.doc_id = d.id AND g.layer = 'gold'"
               " AND g.status = 'reviewed') ORDER BY d.rowid LIMIT 1")
        return self._one(sql.format(op=">"), (after,)) or self._one(sql.format(op="<"),
                                                                       (after,))

    # ------------------------------------------------------------------ statuses
    def status(self, doc_id: str, layer: str) -> str:
        value = self._one("SELECT status FROM doc_layers WHERE doc_id = ? AND layer = ?",
                          (doc_id, layer))
        return value or default_status(layer)

    def set_status(self, doc_id: str, layer: str, status: str, *, who: str = "") -> None:
        allowed = GOLD_STATUSES if layer == GOLD else ANNOTATOR_STATUSES
        if status not in allowed:
            raise ModelError(f"status of layer {layer} must be one of {', '.join(allowed)}")
        with self.transaction():
            if not self.has_document(doc_id):
                raise KeyError(f"no document {doc_id!r}")
            self._ensure_layer(layer)
            self.conn.execute(
                "INSERT INTO doc_layers (doc_id, layer, status, reviewer, updated)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(doc_id, layer) DO UPDATE SET"
                " status = excluded.status, reviewer = excluded.reviewer,"
                " updated = excluded.updated", (doc_id, layer, status, who, now_iso()))
            if layer == GOLD:
                self._audit(doc_id, who, "status", {"status": status})

    def reviewer(self, doc_id: str) -> str:
        return self._one("SELECT reviewer FROM doc_layers WHERE doc_id = ? AND layer = 'gold'",
                         (doc_id,)) or ""

    def progress(self, layer: str) -> tuple[int, int]:
        """(documents done, documents in all) for an annotator's progress."""
        done = self._one("SELECT count(*) FROM doc_layers WHERE layer = ? AND status IN"
                         " ('done', 'reviewed')", (layer,))
        return done, self.count_documents()

    def next_document(self, after_id: str | None, *, layer: str, status: str) -> str | None:
        """The next document (in list order, wrapping) whose status in layer is status."""
        after = self._one("SELECT rowid FROM documents WHERE id = ?", (after_id,)) or 0
        sql = ("SELECT d.id FROM documents d LEFT JOIN doc_layers l ON l.doc_id = d.id"
               " AND l.layer = ? WHERE coalesce(l.status, ?) = ? AND d.rowid {op} ?"
               " ORDER BY d.rowid LIMIT 1")
        args = (layer, default_status(layer), status, after)
        return (self._one(sql.format(op=">"), args) or self._one(sql.format(op="<"), args))

    # ------------------------------------------------------------------ audit trail
    def _audit(self, doc_id: str, who: str, action: str, detail: dict,
               reason: str = "") -> None:
        self.conn.execute(
            "INSERT INTO audit (doc_id, who, action, detail, reason, at) VALUES (?,?,?,?,?,?)",
            (doc_id, who, action, dumps(detail), reason, now_iso()))

    def audit(self, doc_id: str, who: str, action: str, detail: dict, reason: str = "") -> None:
        with self.transaction():
            self._audit(doc_id, who, action, detail, reason)

    def audit_trail(self, doc_id: str) -> list[dict[str, Any]]:
        return [
            {"who": who, "action": action, "detail": json.loads(detail), "reason": reason,
             "at": at}
            for who, action, detail, reason, at in self._q(
                "SELECT who, action, detail, reason, at FROM audit WHERE doc_id = ?"
                " ORDER BY seq", (doc_id,))
        ]

    # ------------------------------------------------------------------ figures
    def stats(self) -> dict[str, Any]:
        layers = self.layers()
        spans = dict(self._q(
            "SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"))
        by_layer = {}
        for layer in layers:
            by_layer[layer] = {
                "documents": self._one("SELECT count(*) FROM doc_layers WHERE layer = ?",
                                       (layer,)),
                "spans": self._one("SELECT count(*) FROM spans WHERE layer = ?", (layer,)),
                "relations": self._one("SELECT count(*) FROM relations WHERE layer = ?",
                                       (layer,)),
            }
        statuses = dict(self._q(
            "SELECT layer || ':' || status, count(*) FROM doc_layers GROUP BY layer, status"))
        return {
            "documents": self.count_documents(),
            "spans": spans,
            "relations": dict(self._q(
                "SELECT type, count(*) FROM relations GROUP BY type ORDER BY type")),
            "layers": layers,
            "by_layer": by_layer,
            "reviewed": self.count_documents(layer=GOLD, status="reviewed"),
            "statuses": statuses,
        }
