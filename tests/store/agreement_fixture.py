"""A deterministic project with several annotator layers for the agreement tests: spans
that agree, overlap, differ in attributes, duplicate one another; labels, attributes and
relation types the schema does not know; non-scalar attribute values; dangling-free
relations; documents held by one layer only.

``python -m tests.store.agreement_fixture`` rewrites ``data/agreement_golden.json``
(the figures the first, load-everything implementation gave; see test_agreement_stream).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from desktop.core.model import Document, Relation, Span
from desktop.store.project import Project

GOLDEN = Path(__file__).resolve().parent / "data" / "agreement_golden.json"
WORDS = ("قال", "المتحدث", "باسم", "الحكومة", "إن", "الوزير", "سيزور", "بغداد", "غدا",
         "الجيش", "أعلن", "نفى", "2019", "تموز", "😀", "داعش")
LABELS = ("CLAIM", "ACTOR", "DATE", "CUE", "PLACE")
ATTRS = {
    "CLAIM": [("claim_type", ["assertion", "denial", ""]), ("polarity", ["affirmed", "negated"]),
              ("confidence", [1, 2, 2.5, True])],
    "ACTOR": [("type", ["person", "government", "state"]), ("canonical", ["داعش", None]),
              ("aliases", [["a", "b"], {"k": 1}])],
    "DATE": [("type", ["DATE", "TIME"]), ("value", ["2019-07", "PAST_REF", ""])],
    "CUE": [],
    "PLACE": [("kind", ["city", "country"])],
}
RELS = ("claimant", "claim_date", "about", "said_where")
CASES = {"two": 2, "three": 3, "four": 4}


def _doc_text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 60)))


def _spans(rng: random.Random, text: str, doc_id: str, layer: str, base: list) -> list[Span]:
    out = []
    for k, (label, start, end, attrs) in enumerate(base):
        roll = rng.random()
        if roll < 0.15:
            continue  # this annotator left it out
        if roll < 0.3 and end - start > 2:
            end -= 1  # overlapping, not exact
        if roll < 0.4:
            attrs = {name: rng.choice(values) for name, values in ATTRS[label]
                     if rng.random() < 0.7}
        out.append(Span(doc_id=doc_id, layer=layer, label=label, start=start, end=end,
                        text=text[start:end], attrs=attrs, id=f"{doc_id}-{layer}-{k}"))
        if rng.random() < 0.05:  # an identical duplicate
            out.append(Span(doc_id=doc_id, layer=layer, label=label, start=start, end=end,
                            text=text[start:end], attrs=dict(attrs),
                            id=f"{doc_id}-{layer}-{k}d"))
    if rng.random() < 0.3:  # one of its own
        s = rng.randrange(0, len(text) - 5)
        label = rng.choice(LABELS)
        out.append(Span(doc_id=doc_id, layer=layer, label=label, start=s, end=s + 4,
                        text=text[s:s + 4], attrs={}, id=f"{doc_id}-{layer}-own"))
    return out


def _relations(rng: random.Random, spans: list[Span], doc_id: str, layer: str,
               ) -> list[Relation]:
    out = []
    for k in range(rng.randint(0, 4)):
        if len(spans) < 2:
            break
        head, tail = rng.sample(spans, 2)
        out.append(Relation(doc_id=doc_id, layer=layer, type=rng.choice(RELS), head=head.id,
                            tail=tail.id, id=f"{doc_id}-{layer}-r{k}"))
    return out


def build(path: Path, annotators: int, *, docs: int = 40, seed: int = 5) -> Path:
    rng = random.Random(seed * 100 + annotators)
    names = ["amal", "badr", "carim", "dina"][:annotators]
    with Project(path) as project:
        for d in range(docs):
            text = _doc_text(rng)
            doc_id = f"doc{d:03d}"
            bounds = []
            for _ in range(rng.randint(0, 8)):
                s = rng.randrange(0, len(text) - 8)
                e = s + rng.randint(2, 8)
                label = rng.choice(LABELS)
                attrs = {name: rng.choice(values) for name, values in ATTRS[label]
                         if rng.random() < 0.8}
                bounds.append((label, s, e, attrs))
            holders = [n for n in names if rng.random() < 0.85] or names[:1]
            first = True
            for layer in holders:
                spans = _spans(rng, text, doc_id, layer, bounds)
                rels = _relations(rng, spans, doc_id, layer)
                if first:
                    project.import_batch([(Document(id=doc_id, text=text), layer, spans,
                                           rels)])
                    first = False
                else:
                    project.replace_layer(doc_id, layer, spans, rels)
    return path


def results(path: Path) -> dict:
    """The agreement figures of the project at path, and its table (which keeps the order)."""
    from desktop.core.agreement import format_table
    from desktop.store.review import compute_agreement

    with Project(path) as project:
        result = compute_agreement(project, by_document=True)
    return {"result": result, "table": format_table(result)}


def main(folder: str) -> None:
    golden = {}
    for case, n in CASES.items():
        golden[case] = results(build(Path(folder) / f"{case}.tawsim", n))
    GOLDEN.write_text(json.dumps(golden, ensure_ascii=False, sort_keys=True, indent=0)
                      + "\n", encoding="utf-8")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        main(sys.argv[1] if len(sys.argv) > 1 else tmp)
