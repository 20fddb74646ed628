"""An annotator in a process of its own, editing through ``Project``'s edit methods (each
one transaction), for the kill -9 and concurrency loops.

    python -m tests.reliability.editor PROJECT LAYER SEED EDITS LOG [DOC,DOC...]

Each edit is logged as an intent line before it and a ``done`` line once ``Project``
returned (the transaction committed), or ``refused`` with the error when the store
refused it (``StoreError``: busy, read-only, disk full) or the domain did
(``ModelError``/``KeyError``). The log is written with ``os.write`` (no buffering): a
kill -9 of this process never loses a line the kernel has. ``replay`` rebuilds what the
file must hold from the log; ``expected_states`` gives the two states a killed editor
may leave: without and with its last, unacknowledged, edit.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from dataclasses import dataclass, field

from desktop.core.model import ModelError, Relation, Span
from desktop.store.errors import StoreError
from desktop.store.project import Project

LABELS = ("CLAIM", "ACTOR", "CUE")
STATUSES = ("todo", "in_progress", "done")


@dataclass
class State:
    """A layer as the log says it is: spans, relations, statuses of touched documents."""

    spans: dict[str, tuple] = field(default_factory=dict)  # id -> (doc, label, s, e, attrs, comment)
    relations: dict[str, tuple] = field(default_factory=dict)  # id -> (doc, type, head, tail)
    statuses: dict[str, str] = field(default_factory=dict)

    def touch(self, doc: str) -> None:
        if self.statuses.get(doc, "todo") == "todo":
            self.statuses[doc] = "in_progress"

    def apply(self, op: dict) -> None:
        kind = op["op"]
        if kind == "add":
            s = op["span"]
            self.spans[s["id"]] = (s["doc"], s["label"], s["start"], s["end"],
                                   json.dumps(s["attrs"], sort_keys=True), s["comment"])
            self.touch(s["doc"])
        elif kind == "update":
            doc, _, start, end, _, _ = self.spans[op["id"]]
            self.spans[op["id"]] = (doc, op["label"], start, end,
                                    json.dumps(op["attrs"], sort_keys=True), op["comment"])
            self.touch(doc)
        elif kind == "delete":
            doc = self.spans.pop(op["id"])[0]
            for rid in [r for r, v in self.relations.items() if op["id"] in (v[2], v[3])]:
                del self.relations[rid]
            self.touch(doc)
        elif kind == "relate":
            self.relations[op["id"]] = (op["doc"], "claimant", op["head"], op["tail"])
            self.touch(op["doc"])
        elif kind == "unrelate":
            doc = self.relations.pop(op["id"])[0]
            self.touch(doc)
        elif kind == "status":
            self.statuses[op["doc"]] = op["status"]
        elif kind == "restore":  # undo of a delete: the span and its relations back
            self.apply({"op": "add", "span": op["span"]})
            for r in op["relations"]:
                self.relations[r["id"]] = (r["doc"], r["type"], r["head"], r["tail"])

    def copy(self) -> State:
        return State(dict(self.spans), dict(self.relations), dict(self.statuses))


def read_log(path: str) -> tuple[list[dict], dict | None, int]:
    """(acknowledged ops in order, the last op if it was not acknowledged, refusals)."""
    ops: dict[int, dict] = {}
    done: list[dict] = []
    refused = 0
    last_intent = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # a line cut by the kill: its edit was not acknowledged
            entry = json.loads(line)
            if "intent" in entry:
                ops[entry["intent"]] = entry
                last_intent = entry["intent"]
            elif "done" in entry:
                done.append(ops.pop(entry["done"]))
            elif "refused" in entry:
                ops.pop(entry["refused"])
                refused += 1
    pending = ops.get(last_intent) if last_intent in ops else None
    return done, pending, refused


def expected_states(path: str) -> tuple[list[State], int, int]:
    """The states the file may be in after the log's editor was killed (its last edit
    may or may not have landed), how many edits were acknowledged, and refused."""
    done, pending, refused = read_log(path)
    state = State()
    for op in done:
        state.apply(op)
    states = [state]
    if pending is not None:
        other = state.copy()
        try:
            other.apply(pending)
        except KeyError:
            pass
        states.append(other)
    return states, len(done), refused


def file_state(project: Project, layer: str) -> State:
    conn = project.conn
    state = State()
    for sid, doc, label, start, end, attrs, comment in conn.execute(
            'SELECT id, doc_id, label, start, "end", attrs, comment FROM spans WHERE layer = ?',
            (layer,)):
        state.spans[sid] = (doc, label, start, end,
                            json.dumps(json.loads(attrs), sort_keys=True), comment)
    for rid, doc, type_, head, tail in conn.execute(
            "SELECT id, doc_id, type, head, tail FROM relations WHERE layer = ?", (layer,)):
        state.relations[rid] = (doc, type_, head, tail)
    for doc, status in conn.execute("SELECT doc_id, status FROM doc_layers WHERE layer = ?",
                                    (layer,)):
        state.statuses[doc] = status
    return state


def same(a: State, b: State) -> bool:
    return a.spans == b.spans and a.relations == b.relations and a.statuses == b.statuses


class Editor:
    def __init__(self, project: Project, layer: str, seed: int, log: str, docs: list[str]):
        self.p = project
        self.layer = layer
        self.rng = random.Random(seed)
        self.fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.docs = docs
        self.texts = {d: project.document(d).text for d in docs}
        self.words = {d: [m.span() for m in re.finditer(r"\S+", t)]
                      for d, t in self.texts.items()}
        self.state = State()
        self.deleted: list[dict] = []  # for undo
        self.n = 0

    def write(self, entry: dict) -> None:
        os.write(self.fd, (json.dumps(entry, ensure_ascii=False) + "\n").encode())

    def span_entry(self, s: Span) -> dict:
        return {"id": s.id, "doc": s.doc_id, "label": s.label, "start": s.start,
                "end": s.end, "attrs": s.attrs, "comment": s.comment}

    def choose(self) -> tuple[dict, callable]:
        rng, p, layer = self.rng, self.p, self.layer
        mine = list(self.state.spans)
        roll = rng.random()
        if roll < 0.4 or not mine:
            doc = rng.choice(self.docs)
            start, end = rng.choice(self.words[doc])
            s = Span.on(self.texts[doc], doc_id=doc, layer=layer, label=rng.choice(LABELS),
                        start=start, end=end, author=layer,
                        comment=rng.choice(["", "ملاحظة", "to check"]))
            return {"op": "add", "span": self.span_entry(s)}, lambda: p.add_span(s)
        sid = rng.choice(mine)
        doc, label, start, end, _, _ = self.state.spans[sid]
        if roll < 0.55:
            new_label = rng.choice(LABELS)
            comment = rng.choice(["", "راجع", "ok"])
            span = Span.on(self.texts[doc], doc_id=doc, layer=layer, label=new_label,
                           start=start, end=end, id=sid, comment=comment)
            op = {"op": "update", "id": sid, "label": new_label, "attrs": {},
                  "comment": comment}
            return op, lambda: p.update_span(span)
        if roll < 0.7:
            rels = [{"id": r.id, "doc": r.doc_id, "type": r.type, "head": r.head,
                     "tail": r.tail} for r in p.relations_of(sid)]
            gone = {"span": self.span_entry(p.span(sid)), "relations": rels}

            def delete():
                p.delete_span(sid)
                self.deleted.append(gone)
            return {"op": "delete", "id": sid}, delete
        if roll < 0.78 and self.deleted:
            gone = self.deleted.pop()
            s = gone["span"]
            span = Span.on(self.texts[s["doc"]], doc_id=s["doc"], layer=layer,
                           label=s["label"], start=s["start"], end=s["end"], id=s["id"],
                           attrs=s["attrs"], comment=s["comment"])
            rels = [Relation(doc_id=r["doc"], layer=layer, type=r["type"], head=r["head"],
                             tail=r["tail"], id=r["id"]) for r in gone["relations"]
                    if r["head"] in self.state.spans or r["head"] == s["id"]
                    if r["tail"] in self.state.spans or r["tail"] == s["id"]]
            gone["relations"] = [r for r in gone["relations"]
                                 if any(x.id == r["id"] for x in rels)]
            return {"op": "restore", **gone}, lambda: p.restore([span], rels)
        if roll < 0.9:
            claims = [k for k, v in self.state.spans.items() if v[0] == doc and v[1] == "CLAIM"]
            actors = [k for k, v in self.state.spans.items() if v[0] == doc and v[1] == "ACTOR"]
            if claims and actors:
                rel = Relation(doc_id=doc, layer=layer, type="claimant",
                               head=rng.choice(claims), tail=rng.choice(actors))
                op = {"op": "relate", "id": rel.id, "doc": doc, "head": rel.head,
                      "tail": rel.tail}
                return op, lambda: p.add_relation(rel)
            if self.state.relations:
                rid = rng.choice(list(self.state.relations))
                return {"op": "unrelate", "id": rid}, lambda: p.delete_relation(rid)
        status = rng.choice(STATUSES)
        return ({"op": "status", "doc": doc, "status": status},
                lambda: p.set_status(doc, layer, status, who=layer))

    def run(self, edits: int) -> None:
        for _ in range(edits):
            op, do = self.choose()
            self.n += 1
            self.write({"intent": self.n, **op})
            try:
                do()
            except (StoreError, ModelError, KeyError) as exc:
                self.write({"refused": self.n, "error": f"{type(exc).__name__}: {exc}"})
                continue
            self.state.apply(op)
            self.write({"done": self.n})


def main(argv: list[str]) -> int:
    project, layer, seed, edits, log = argv[:5]
    with Project(project) as p:
        docs = argv[5].split(",") if len(argv) > 5 else p.document_ids()
        Editor(p, layer, int(seed), log, docs).run(int(edits))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
