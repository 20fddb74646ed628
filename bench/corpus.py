"""The synthetic corpus: Arabic articles built from the seeds' own vocabulary.

``generate(n)`` writes ``n`` articles of about 3 KB, each with 10 spans, as gold JSONL
(canonical text, code-point offsets) and caches the file under ``bench/.corpus/``.
Deterministic: the same ``n`` gives the same bytes.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from desktop.core.text import canonical
from desktop.resources import seeds_dir

CACHE = Path(__file__).resolve().parent / ".corpus"
LABELS = ("CLAIM", "ACTOR", "DATE", "CUE")
ATTRS = {
    "CLAIM": {"claim_type": "assertion", "attribution": "indirect", "polarity": "affirmed"},
    "ACTOR": {"type": "government", "mention": "name"},
    "DATE": {"type": "DATE", "value": "2018-09-10"},
    "CUE": {},
}


def vocabulary() -> list[str]:
    words: list[str] = []
    for path in sorted(seeds_dir().glob("*.txt")):
        text = canonical(path.read_text(encoding="utf-8"))
        words.extend(w for w in re.findall(r"[\u0600-\u06FF]+", text) if len(w) > 1)
    return words


def article(rng: random.Random, vocab: list[str], i: int, size: int = 2600) -> dict:
    paragraphs, length = [], 0
    while length < size:
        para = " ".join(rng.choices(vocab, k=rng.randint(25, 60)))
        paragraphs.append(para)
        length += len(para.encode("utf-8")) + 2
    text = "\n\n".join(paragraphs)
    # 10 spans over whole words
    bounds = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    spans = []
    for k, (s, e) in enumerate(sorted(rng.sample(bounds, 10))):
        label = LABELS[k % 4]
        spans.append({"id": f"b{i:06d}s{k}", "start": s, "end": e, "label": label,
                      "text": text[s:e], "attrs": ATTRS[label]})
    return {"id": f"bench_{i:06d}", "title": paragraphs[0][:60], "text": text,
            "meta": {"source": "synthetic"}, "spans": spans, "relations": []}


def generate(n: int, *, seed: int = 7) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"corpus_{n}.jsonl"
    if path.exists():
        return path
    rng = random.Random(seed)
    vocab = vocabulary()
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(article(rng, vocab, i), ensure_ascii=False))
            fh.write("\n")
    tmp.replace(path)
    return path
