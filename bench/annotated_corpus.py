"""An annotated synthetic project for the analyst benches: documents with claims,
claimants, cues, claim and event dates and about actors, as the ledger and the actor
index see them.

``build(n)`` makes (and caches under ``bench/.corpus/``) a project of ``n`` documents,
each with 1 to 5 claims (3 on average), every claim with a CUE, most with a claimant,
many with dates and about actors: about 13 spans and 12 relations a document. Actors
come from a few thousand canonical names with Zipf-like frequencies and 1 to 3 variant
mentions each, dates from realistic TIMEX values (days, months, years, seasons, weeks,
unknown years). Half of the documents are reviewed in gold. Deterministic: the same
``n`` gives the same project.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from bench.corpus import CACHE, vocabulary
from desktop.core.model import Document, Relation, Span
from desktop.store.project import Project

KNOWN = [
    ("تنظيم الدولة الإسلامية", "armed_group", ["داعش", "تنظيم داعش", "تنظيم الدولة الإسلامية"]),
    ("الولايات المتحدة", "state", ["واشنطن", "الولايات المتحدة"]),
    ("العراق", "state", ["بغداد", "العراق", "الحكومة العراقية"]),
    ("مايك بومبيو", "person", ["بومبيو", "وزير الخارجية الأميركي مايك بومبيو"]),
    ("وزارة الدفاع العراقية", "government", ["وزارة الدفاع العراقية"]),
    ("الحشد الشعبي", "armed_group", ["الحشد الشعبي", "قوات الحشد الشعبي"]),
    ("قوات سوريا الديمقراطية", "armed_group", ["قوات سورية الديمقراطية", "قسد"]),
    ("المرصد السوري لحقوق الإنسان", "organization", ["المرصد السوري", "المرصد"]),
    ("التحالف الدولي ضد داعش", "military", ["التحالف الدولي", "التحالف"]),
    ("مصادر", "other", ["مصادر", "مصادر أمنية"]),
]
BODIES = ["وزارة الدفاع", "وزارة الداخلية", "قيادة عمليات", "مجلس محافظة", "شرطة",
          "مكتب حقوق الإنسان في", "مسؤول محلي في", "قائد عسكري في", "مصدر أمني في",
          "المتحدث باسم حكومة"]
PLACES = ["نينوى", "الأنبار", "صلاح الدين", "ديالى", "كركوك", "البصرة", "دير الزور",
          "الرقة", "حلب", "إدلب", "الموصل", "الفلوجة", "هيت", "القائم", "تلعفر", "سنجار",
          "بيجي", "سامراء", "تكريت", "الرمادي", "البوكمال", "الميادين", "هجين", "منبج",
          "عفرين", "الحسكة", "القامشلي", "تدمر", "حمص", "درعا"]
TYPES = ["government", "military", "armed_group", "organization", "person", "other"]
CUES = ["قال", "أعلن", "أكد", "نفى", "أفادت", "كتبت", "أضاف", "ذكرت"]
DATE_TEXTS = ["يوم الأحد", "الثلاثاء", "منتصف يونيو المقبل", "نهاية العام الماضي",
              "العاشر من أيلول/سبتمبر", "عام 2014", "صيف 2017", "الأسبوع الماضي"]
ATTRS = [("assertion", "indirect"), ("assertion", "direct"), ("denial", "direct"),
         ("accusation", "indirect"), ("prediction", "mixed"), ("promise", "direct"),
         ("threat", "unattributed")]


def actors(rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """Canonical names with a type and variant mentions, most frequent first."""
    out = list(KNOWN)
    for body, place in itertools.product(BODIES, PLACES):
        canonical = f"{body} {place}"
        variants = [canonical, f"{body.split()[0]} {place}"] if rng.random() < 0.5 else [canonical]
        out.append((canonical, rng.choice(TYPES), variants))
    return out


def date_values(rng: random.Random) -> list[tuple[str, str | None]]:
    values: list[tuple[str, str | None]] = []
    for year in range(2014, 2022):
        for month in range(1, 13):
            values.append((f"{year}-{month:02d}", rng.choice([None, None, "MID", "END"])))
            for day in (1, 5, 10, 15, 20, 25):
                values.append((f"{year}-{month:02d}-{day:02d}", None))
        values += [(str(year), None), (f"{year}-SU", None), (f"{year}-Q3", None),
                   (f"{year}-W{rng.randint(1, 52):02d}", None), (str(year), "END")]
    values += [("XXXX-06", "MID"), ("XXXX-WXX-2", None), ("PAST_REF", None), ("XXXX", "END")]
    return values


class _Doc:
    """A document text built piece by piece, with spans at the pieces' offsets."""

    def __init__(self, doc_id: str, rng: random.Random):
        self.id, self.rng, self.parts, self.length = doc_id, rng, [], 0
        self.spans: list[Span] = []
        self.relations: list[Relation] = []

    def put(self, text: str, label: str | None = None, attrs: dict | None = None) -> Span | None:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if label is None:
            return None
        span = Span.trusted(self.id, "gold", label, start, self.length, text, attrs or {},
                            f"{self.rng.getrandbits(128):032x}", "bench", "")
        self.spans.append(span)
        return span

    def link(self, type_: str, head: Span, tail: Span) -> None:
        self.relations.append(Relation(self.id, "gold", type_, head.id, tail.id,
                                       f"{self.rng.getrandbits(128):032x}", "bench", ""))


def document(i: int, rng: random.Random, vocab: list[str], pool, weights, dates) -> _Doc:
    doc = _Doc(f"doc_{i:06d}", rng)
    doc.put(" ".join(rng.choices(vocab, k=12)) + "\n\n")

    def actor() -> Span:
        canonical, type_, variants = rng.choices(pool, weights)[0]
        text = rng.choice(variants)
        attrs = {"type": type_, "mention": "name"}
        if text != canonical:
            attrs["canonical"] = canonical
        return doc.put(text, "ACTOR", attrs)

    def date() -> Span:
        value, mod = rng.choice(dates)
        attrs = {"type": "DATE", "value": value} | ({"mod": mod} if mod else {})
        return doc.put(rng.choice(DATE_TEXTS), "DATE", attrs)

    for _ in range(rng.randint(1, 5)):
        cue = doc.put(rng.choice(CUES), "CUE")
        doc.put(" ")
        claimant = actor() if rng.random() < 0.85 else None
        doc.put(" ")
        said = date() if rng.random() < 0.6 else None
        doc.put(" إن ")
        claim_type, attribution = rng.choice(ATTRS)
        claim = doc.put(" ".join(rng.choices(vocab, k=rng.randint(6, 14))), "CLAIM",
                        {"claim_type": claim_type, "attribution": attribution,
                         "polarity": "negated" if claim_type == "denial" else "affirmed"})
        doc.link("cue_of", cue, claim)
        if claimant is not None:
            doc.link("claimant", claim, claimant)
        if said is not None:
            doc.link("claim_date", claim, said)
        for _ in range(rng.choice([0, 1, 1, 2])):
            doc.put(" في ")
            doc.link("event_date", claim, date())
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            doc.put(" بشأن ")
            doc.link("about", claim, actor())
        doc.put(". " + " ".join(rng.choices(vocab, k=rng.randint(5, 20))) + "\n")
    return doc


def build(n: int, *, seed: int = 11) -> Path:
    """The project of ``n`` annotated documents (made once, then cached)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"annotated_{n}.tawsim"
    if path.exists():
        return path
    tmp = path.with_name(path.name + ".part")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    rng = random.Random(seed)
    vocab = vocabulary()
    pool = actors(rng)
    weights = [1 / (k + 1) ** 1.1 for k in range(len(pool))]
    dates = date_values(rng)
    with Project(tmp) as project:
        batch = []
        for i in range(n):
            d = document(i, rng, vocab, pool, weights, dates)
            text = "".join(d.parts)
            batch.append((Document(id=d.id, text=text, title=text.split("\n")[0][:60]),
                          "gold", d.spans, d.relations))
            if len(batch) == 1000:
                project.import_batch(batch)
                batch = []
        if batch:
            project.import_batch(batch)
        # half of the documents reviewed (the gold ledger's default view)
        with project.transaction():
            project.conn.execute("UPDATE doc_layers SET status = 'reviewed' WHERE layer = 'gold'"
                                 " AND CAST(substr(doc_id, 5) AS INTEGER) % 2 = 0")
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.replace(path)
    return path
