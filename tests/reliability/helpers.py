"""What the torture tests share: running the real command line, checking a project file
after the worst, the corpora they import, and how long they run.

``TAWSIM_TORTURE=1`` runs the long loops (many kill rounds, more edits, bigger
corpora); without it each loop runs a few rounds, so ``make test`` stays quick.
``TAWSIM_TORTURE_REPORT=FILE`` appends each loop's figures (rounds, edits checked,
lost, tracebacks) to FILE as JSON lines, for docs/reliability.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

LONG = os.environ.get("TAWSIM_TORTURE") == "1"
ROOT = Path(__file__).resolve().parents[2]


def rounds(quick: int, long: int) -> int:
    return long if LONG else quick


def env(**extra) -> dict:
    return dict(os.environ, TAWSIM_NO_PROGRESS="1", PYTHONDONTWRITEBYTECODE="1",
                PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get(
                    "PYTHONPATH", "")) if p), **extra)


def tawsim(*args, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """The real command line; a traceback is a failure whatever the exit code."""
    proc = subprocess.run([sys.executable, "-m", "desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=env(), **kw)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def start(*args, **kw) -> subprocess.Popen:
    """The command line (``desktop`` args) or a module (``-m`` first) in the background."""
    argv = list(map(str, args)) if args[0] == "-m" else ["-m", "desktop", *map(str, args)]
    return subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env(**kw.pop("extra", {})),
                            **kw)


def kill9(proc: subprocess.Popen) -> None:
    try:
        os.kill(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate()


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check_project(path: Path) -> dict:
    """The file is whole (integrity_check, foreign keys) and every invariant of DESIGN §2
    holds: each span's text is its document's text between its offsets, each text's
    sha256 is the stored one, relations link spans of one document and layer. Returns
    spans per (document, layer) for the caller's own checks."""
    if not Path(path).exists():
        return {}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "documents" not in tables:  # killed while creating it: nothing half-made
            assert tables == set(), tables
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
            return {}
        texts = dict(conn.execute("SELECT id, text FROM documents"))
        for doc_id, digest in conn.execute("SELECT id, text_sha256 FROM documents"):
            assert hashlib.sha256(texts[doc_id].encode()).hexdigest() == digest, doc_id
        counts: dict[tuple[str, str], int] = {}
        for doc_id, layer, start, end, text in conn.execute(
                'SELECT doc_id, layer, start, "end", text FROM spans'):
            assert texts[doc_id][start:end] == text, (doc_id, start, end, text)
            counts[doc_id, layer] = counts.get((doc_id, layer), 0) + 1
        bad = conn.execute(
            "SELECT r.id FROM relations r JOIN spans h ON h.id = r.head JOIN spans t ON"
            " t.id = r.tail WHERE NOT (h.doc_id = r.doc_id AND t.doc_id = r.doc_id AND"
            " h.layer = r.layer AND t.layer = r.layer)").fetchall()
        assert bad == []
        return counts
    finally:
        conn.close()


def documents(path: Path) -> set[str]:
    if not Path(path).exists():
        return set()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone():
            return set()
        return {r[0] for r in conn.execute("SELECT id FROM documents")}
    finally:
        conn.close()


def report(name: str, **figures) -> None:
    """Append a loop's figures to TAWSIM_TORTURE_REPORT (if set)."""
    target = os.environ.get("TAWSIM_TORTURE_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"test": name, "long": LONG, "at": time.strftime("%F %T"),
                                 **figures}, ensure_ascii=False) + "\n")


def gold_corpus(path: Path, n: int, *, spans: int = 6, prefix: str = "k",
                doc_prefix: str = "k") -> Path:
    """``n`` annotated records (gold JSONL), each with ``spans`` spans and a relation;
    span and relation ids start with ``prefix``, document ids with ``doc_prefix``."""
    words = ["قال", "الوزير", "إن", "الجيش", "سيصل", "إلى", "بغداد", "غدا", "وأعلنت",
             "الحكومة", "أمس", "عن", "اتفاق", "جديد", "مع", "الأمم", "المتحدة"]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(words[(i + k) % len(words)] for k in range(40))
            bounds, at = [], 0
            for w in text.split(" "):
                bounds.append((at, at + len(w)))
                at += len(w) + 1
            chosen = bounds[:: max(1, len(bounds) // spans)][:spans]
            rec_spans = [{"id": f"{prefix}{i}s{k}", "start": s, "end": e,
                          "label": ("CLAIM", "ACTOR")[k % 2]}
                         for k, (s, e) in enumerate(chosen)]
            rels = [{"id": f"{prefix}{i}r", "type": "claimant", "head": rec_spans[0]["id"],
                     "tail": rec_spans[1]["id"]}] if len(rec_spans) > 1 else []
            fh.write(json.dumps({"id": f"{doc_prefix}{i:05d}", "text": text, "spans": rec_spans,
                                 "relations": rels}, ensure_ascii=False) + "\n")
    return path


def plain_corpus(path: Path, n: int, *, prefix: str = "p", words: int = 60) -> Path:
    vocab = ["خبر", "عاجل", "من", "بغداد", "والموصل", "عن", "الانتخابات", "المقبلة",
             "وقال", "المتحدث", "باسم", "الحكومة", "إن", "الموعد", "ثابت"]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(vocab[(i * 7 + k) % len(vocab)] for k in range(words))
            fh.write(json.dumps({"id": f"{prefix}{i:05d}", "text": f"{i} {text}"},
                                ensure_ascii=False) + "\n")
    return path
