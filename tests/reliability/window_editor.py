"""A real window (offscreen) editing a project through its own edit path — the label
keys' ``TaggingController.tag``, Delete, undo and redo through ``Session`` — for the
torture tests: kill -9 at any moment, or run beside another process writing the file.

Before each action it logs its intent; after the session says the action landed, it logs
the set of span ids the window holds for the document (``{"done": n, "spans": [...]}``);
a refusal is logged as such. So after a kill the file must hold the last done set, or
that set changed by the one action in flight.

    python -m tests.reliability.window_editor PROJECT ANNOTATOR SEED EDITS LOG [DOC]
"""

from __future__ import annotations

import json
import os
import random
import re
import sys


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    project, annotator, seed, edits, log = argv[:5]
    from desktop.app import application, build_window

    app = application()
    window = build_window(project, annotator=annotator, lang="en")
    window.show()
    app.processEvents()
    s = window.session
    if len(argv) > 5:
        s.open_document(argv[5])
    rng = random.Random(int(seed))
    words = [m.span() for m in re.finditer(r"[\u0621-\u064A]{2,}", s.doc.text)]
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(entry: dict) -> None:
        os.write(fd, (json.dumps(entry) + "\n").encode())

    write({"doc": s.doc.id, "start": sorted(s.spans)})
    labels = [lab.name for lab in s.schema.labels]
    for n in range(1, int(edits) + 1):
        roll = rng.random()
        if roll < 0.5 or not s.spans:
            start, end = rng.choice(words)
            kind = "tag"
            write({"intent": n, "op": kind})
            done = window.tagging.tag(rng.choice(labels), start, end, exact=True) is not None
        elif roll < 0.7:
            kind = "delete"
            s.select(rng.choice(sorted(s.spans)))
            write({"intent": n, "op": kind})
            before = len(s.spans)
            window.tagging.delete_selected()
            done = len(s.spans) == before - 1
        elif roll < 0.85:
            kind = "undo"
            if not s.undo_group.canUndo():
                continue  # nothing to undo: not an edit, nor a refusal
            write({"intent": n, "op": kind})
            done = s.undo()
        else:
            kind = "redo"
            if not s.undo_group.canRedo():
                continue  # nothing to redo
            write({"intent": n, "op": kind})
            done = s.redo()
        app.processEvents()
        if done:
            write({"done": n, "op": kind, "spans": sorted(s.spans)})
        else:
            write({"refused": n, "op": kind, "notice": s.last_notice})
    write({"finished": True})
    window.close()
    s.project.close()
    return 0


def read(path) -> tuple[str, list[dict]]:
    lines = [json.loads(x) for x in open(path, encoding="utf-8").read().splitlines() if x]
    return lines[0]["doc"], lines


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
