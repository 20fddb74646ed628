"""The store's benchmarks, each against a baseline or a smaller size measured in the same
run (absolute times are not stable on a shared machine).

``python -m bench.bench_store [SECTION...]`` (sections: ``import_export``, ``team``,
``plain``, ``search``; all by default).

- ``import_export`` (issue 2): ``tawsim import`` of ``BENCH_DOCS`` gold articles (~3 KB,
  10 spans each; default 100,000) <= 1.5x a raw sqlite-utils ``insert_all`` of the same
  rows; ``tawsim export`` <= 2x plain ``json.dumps``; peak memory <= 300 MB and flat (a
  tenth of the size is measured as well).
- ``team`` (issue 10 item 8): the team round with two annotator layers on documents
  already in the project, at ``BENCH_TEAM_DOCS`` (default 1000,10000): each layer's
  import, merging a colleague's project file, ``review --accept-unanimous`` and
  ``agreement`` (wall time, CPU time and peak memory). Target: at the larger size each
  <= 12x its wall time at 1,000 (the growth is reported, in CPU time too: 10 would be
  linear); agreement <= 300 MB at 100,000.
- ``plain`` (issue 10 item 8): ``tawsim import`` of ``BENCH_PLAIN_DOCS`` (default 20,000)
  plain JSONL articles of about 500 words <= 1.5x a raw sqlite-utils ``insert_all`` of
  the same rows.
- ``search`` (issue 13 item 9): folded full-text queries (a page of results, and the
  count) on ``BENCH_SEARCH_DOCS`` (default 1000,100000) documents of 200 words, once
  the index is up to date (its build time is reported, and a page before it); the
  page at the larger size <= 5x at the smaller.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/bench_store.py` works too
    sys.path.insert(0, str(ROOT))

from bench.corpus import CACHE, generate, vocabulary  # noqa: E402

SECTIONS = ("import_export", "team", "plain", "search")


def _sizes(var: str, default: str) -> list[int]:
    return [int(x) for x in os.environ.get(var, default).split(",") if x.strip()]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure(*args: str) -> dict:
    """One job in a fresh process (bench.measure): wall time, peak memory, and the CPU
    time the process used (steadier than wall time on a shared machine)."""
    env = dict(os.environ, TAWSIM_NO_PROGRESS="1")
    cpu = _cpu()
    proc = subprocess.run([sys.executable, "-m", "bench.measure", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{args[:3]} failed: {proc.stderr[-2000:]}")
    out = json.loads(proc.stderr.strip().splitlines()[-1])
    out["cpu"] = _cpu() - cpu
    return out


def _own_job(*args: str) -> dict:
    """One of this module's baseline jobs in a fresh process (see ``job``)."""
    proc = subprocess.run([sys.executable, "-m", "bench.bench_store", "job", *args], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _tawsim(*args: str) -> dict:
    out = _measure("tawsim", *args)
    if out["rc"] != 0:
        raise RuntimeError(f"tawsim {args[0]} exited {out['rc']}")
    return out


# ============================================================================ import / export


def _import_export(n: int, work: Path) -> dict:
    corpus = generate(n)
    project = work / f"p{n}.tawsim"
    ours_import = _tawsim("import", str(project), str(corpus), "--quiet")
    base_import = _measure("baseline-import", str(corpus), str(work / f"base{n}.db"))
    ours_export = _tawsim("export", str(project), "--out", str(work / f"o{n}.jsonl"),
                          "--include-unreviewed")
    base_export = _measure("baseline-export", str(corpus), str(work / f"b{n}.jsonl"))
    return {
        "docs": n,
        "corpus_mb": round(corpus.stat().st_size / 1e6, 1),
        "import_s": round(ours_import["seconds"], 2),
        "import_baseline_s": round(base_import["seconds"], 2),
        "import_ratio": round(ours_import["seconds"] / base_import["seconds"], 2),
        "import_peak_mb": round(ours_import["peak_mb"], 1),
        "export_s": round(ours_export["seconds"], 2),
        "export_baseline_s": round(base_export["seconds"], 2),
        "export_ratio": round(ours_export["seconds"] / base_export["seconds"], 2),
        "export_peak_mb": round(ours_export["peak_mb"], 1),
    }


def import_export(work: Path) -> dict:
    n = int(os.environ.get("BENCH_DOCS", "100000"))
    small = _import_export(max(n // 10, 100), work)
    big = _import_export(n, work)
    big["import_peak_mb_at_tenth"] = small["import_peak_mb"]
    big["export_peak_mb_at_tenth"] = small["export_peak_mb"]
    big["targets_met"] = (big["import_ratio"] <= 1.5 and big["export_ratio"] <= 2.0
                          and big["import_peak_mb"] <= 300 and big["export_peak_mb"] <= 300)
    return big


# ============================================================================ the team round


def team_corpus(n: int) -> tuple[Path, Path, Path]:
    """(plain documents, amal's layer, badr's layer) for ``n`` articles: the documents of
    ``generate(n)``; amal has its 10 spans and a claimant relation, badr drops every
    fourth span and moves every seventh (so the two agree on most, not all)."""
    plain, amal, badr = (CACHE / f"team_{n}_{k}.jsonl" for k in ("plain", "amal", "badr"))
    if plain.exists() and amal.exists() and badr.exists():
        return plain, amal, badr
    source = generate(n)
    with (source.open(encoding="utf-8") as src, plain.open("w", encoding="utf-8") as fp,
          amal.open("w", encoding="utf-8") as fa, badr.open("w", encoding="utf-8") as fb):
        for line in src:
            rec = json.loads(line)
            doc = {k: rec[k] for k in ("id", "title", "text", "meta")}
            fp.write(json.dumps(doc, ensure_ascii=False) + "\n")
            spans_a = [dict(s, id="a" + s["id"]) for s in rec["spans"]]
            rels_a = [{"id": f"ar{rec['id']}", "type": "claimant", "head": spans_a[0]["id"],
                       "tail": spans_a[1]["id"]}]
            fa.write(json.dumps(dict(doc, spans=spans_a, relations=rels_a),
                                ensure_ascii=False) + "\n")
            spans_b = []
            for k, s in enumerate(rec["spans"]):
                if k % 4 == 3:
                    continue
                s = dict(s, id="b" + s["id"])
                if k % 7 == 6 and s["end"] - s["start"] > 1:
                    s["end"] -= 1
                    s["text"] = rec["text"][s["start"]:s["end"]]
                spans_b.append(s)
            rels_b = [{"id": f"br{rec['id']}", "type": "claimant", "head": spans_b[0]["id"],
                       "tail": spans_b[1]["id"]}]
            fb.write(json.dumps(dict(doc, spans=spans_b, relations=rels_b),
                                ensure_ascii=False) + "\n")
    return plain, amal, badr


def _team_round(n: int, work: Path) -> dict:
    plain, amal, badr = team_corpus(n)
    base = work / f"team{n}.tawsim"
    _tawsim("import", str(base), str(plain), "--quiet")
    project = work / f"team{n}_layers.tawsim"
    shutil.copyfile(base, project)
    t_amal = _tawsim("import", str(project), str(amal), "--annotator", "amal", "--quiet")
    t_badr = _tawsim("import", str(project), str(badr), "--annotator", "badr", "--quiet")
    agree = _tawsim("agreement", str(project), "--json")
    merged = work / f"team{n}_merged.tawsim"
    shutil.copyfile(base, merged)
    t_merge = _tawsim("import", str(merged), str(project), "--quiet")
    t_review = _tawsim("review", str(project), "--accept-unanimous")
    return {
        "docs": n,
        "layer_import_s": round(t_amal["seconds"] + t_badr["seconds"], 2),
        "merge_s": round(t_merge["seconds"], 2),
        "review_s": round(t_review["seconds"], 2),
        "agreement_s": round(agree["seconds"], 2),
        "layer_import_cpu": round(t_amal["cpu"] + t_badr["cpu"], 2),
        "merge_cpu": round(t_merge["cpu"], 2),
        "review_cpu": round(t_review["cpu"], 2),
        "agreement_cpu": round(agree["cpu"], 2),
        "agreement_peak_mb": round(agree["peak_mb"], 1),
    }


def team(work: Path) -> dict:
    sizes = _sizes("BENCH_TEAM_DOCS", "1000,10000")
    rounds = [_team_round(n, work) for n in sizes]
    first = rounds[0]
    out: dict = {"rounds": rounds}
    for r in rounds[1:]:
        growth = {k: round(r[k] / first[k], 1) for k in r if k.endswith(("_s", "_cpu"))}
        out[f"growth_{first['docs']}_to_{r['docs']}"] = growth
        bound = 12 * r["docs"] / first["docs"] / 10  # 12x for ten times the documents
        out[f"targets_met_{r['docs']}"] = all(
            growth[k] <= bound for k in ("layer_import_s", "merge_s", "review_s"))
    return out


# ============================================================================ plain import


def plain_corpus(n: int, words: int = 500) -> Path:
    """``n`` plain JSONL articles (id, title, text, meta) of about ``words`` words."""
    path = CACHE / f"plain_{n}_{words}.jsonl"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    rng = random.Random(11)
    vocab = vocabulary()
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(n):
            paras, left = [], words
            while left > 0:
                k = min(left, rng.randint(30, 70))
                paras.append(" ".join(rng.choices(vocab, k=k)))
                left -= k
            text = "\n\n".join(paras)
            fh.write(json.dumps({"id": f"plain_{i:06d}", "title": paras[0][:60], "text": text,
                                 "meta": {"source": "synthetic", "published": "2019-07-16"}},
                                ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def baseline_plain(corpus: str, db_path: str) -> float:
    """A raw sqlite-utils ``insert_all`` of the corpus rows (documents only)."""
    import sqlite_utils

    t0 = time.perf_counter()
    db = sqlite_utils.Database(db_path)

    def docs():
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                yield {"id": rec["id"], "title": rec["title"], "text": rec["text"],
                       "meta": json.dumps(rec["meta"], ensure_ascii=False)}

    db["documents"].insert_all(docs(), pk="id", batch_size=500)
    db.conn.close()
    return time.perf_counter() - t0


def plain(work: Path) -> dict:
    n = int(os.environ.get("BENCH_PLAIN_DOCS", "20000"))
    corpus = plain_corpus(n)
    runs = []
    for k in range(int(os.environ.get("BENCH_PLAIN_RUNS", "2"))):
        ours = _tawsim("import", str(work / f"plain{n}_{k}.tawsim"), str(corpus), "--quiet")
        base = _own_job("baseline-plain", str(corpus), str(work / f"plainbase{n}_{k}.db"))
        runs.append((ours["seconds"], base["seconds"]))
    ratios = [o / b for o, b in runs]
    return {"docs": n, "corpus_mb": round(corpus.stat().st_size / 1e6, 1),
            "import_s": [round(o, 2) for o, _ in runs],
            "baseline_s": [round(b, 2) for _, b in runs],
            "ratio": [round(r, 2) for r in ratios],
            "targets_met": min(ratios) <= 1.5}


# ============================================================================ search


QUERIES = ("الرئيس", "وزارة الخارجية", "اعلن", "الامم المتحدة", "بغداد", "مجلس", "قال")


def search_job(project: str) -> dict:
    """Each query's first page and count, best of three, in this process."""
    from desktop.store.project import Project

    with Project(project, read_only=True) as p:
        p.search_documents(QUERIES[0], layer="gold")  # warm the page cache
        page = count = 0.0
        for q in QUERIES:
            best_page = best_count = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                p.search_documents(q, layer="gold")
                t1 = time.perf_counter()
                p.count_search(q, layer="gold")
                t2 = time.perf_counter()
                best_page, best_count = min(best_page, t1 - t0), min(best_count, t2 - t1)
            page += best_page
            count += best_count
    return {"page_s": page, "count_s": count}


def search(work: Path) -> dict:
    from desktop.store.project import Project

    if not hasattr(Project, "search_documents"):
        return {"skipped": "no search_documents in this version"}
    sizes = _sizes("BENCH_SEARCH_DOCS", "1000,100000")
    out: dict = {"queries": list(QUERIES), "sizes": []}
    for n in sizes:
        project = work / f"search{n}.tawsim"
        build = _tawsim("import", str(project), str(plain_corpus(n, words=200)), "--quiet")
        unindexed = _own_job("search", str(project))  # matched directly, not indexed yet
        index = _own_job("index", str(project))
        res = _own_job("search", str(project))
        out["sizes"].append({"docs": n, "import_s": round(build["seconds"], 2),
                             "index_s": round(index["seconds"], 2),
                             "page_ms": round(res["page_s"] * 1000, 2),
                             "count_ms": round(res["count_s"] * 1000, 2),
                             "unindexed_page_ms": round(unindexed["page_s"] * 1000, 2)})
    first, last = out["sizes"][0], out["sizes"][-1]
    out["page_ratio"] = round(last["page_ms"] / first["page_ms"], 2)
    out["count_ratio"] = round(last["count_ms"] / first["count_ms"], 2)
    out["targets_met"] = out["page_ratio"] <= 5
    return out


# ============================================================================ entry points


def run(sections: list[str] | None = None) -> dict:
    chosen = sections or list(SECTIONS)
    result = {}
    with tempfile.TemporaryDirectory(prefix="tawsim-bench-") as tmp:
        for name in chosen:
            work = Path(tmp) / name
            work.mkdir()
            t0 = time.perf_counter()
            result[name] = globals()[name](work)
            print(f"store/{name} ({time.perf_counter() - t0:.0f} s):",
                  json.dumps(result[name]), file=sys.stderr, flush=True)
    return result


def job(argv: list[str]) -> None:
    name, args = argv[0], argv[1:]
    if name == "baseline-plain":
        print(json.dumps({"seconds": baseline_plain(*args)}))
    elif name == "search":
        print(json.dumps(search_job(*args)))
    elif name == "index":
        from desktop.store.project import Project

        t0 = time.perf_counter()
        with Project(args[0]) as p:
            p.update_search_index()
        print(json.dumps({"seconds": time.perf_counter() - t0}))
    else:
        raise SystemExit(f"unknown job {name}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "job":
        job(argv[1:])
        return
    unknown = [a for a in argv if a not in SECTIONS]
    if unknown:
        raise SystemExit(f"unknown section(s) {unknown}; sections: {', '.join(SECTIONS)}")
    print("store:", json.dumps(run(argv or None), indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
