"""Lexical search against corpus size (issue 18): SQLite FTS5, the in-memory BM25 and Postgres.

    python bench/lexical_sizes.py --sizes 1000 10000 100000 --json lexical-sizes.json --out docs/BENCHMARKS.md

Per size N, the corpus is the first N distinct CNN/DailyMail articles (bench/news.py has 9,998);
above that, **synthetic distractors** make up the rest: each one a shuffle of sentences drawn
from different real articles (as many sentences as a real article picked at random has; seeded
per distractor, so distractor i is the same in every run). The questions stay bench/query.py's
(the first sentence of a reference summary of 110 sampled real articles, 10 of them warm-up),
so the relevant article is known and recall@5 keeps its meaning: is it among the documents of
the 5 chunks found.

The documents are chunked once (as the ingest does) and committed 50 a transaction into both
catalogs in turn: the SQLite catalog (with its FTS5 table) and a Postgres database (``ts_rank``
over GIN, in a throwaway cluster on loopback, bench/pgcluster.py). Then, each in its own process:

  build   the in-memory BM25 index (index/bm25.py) built from the SQLite catalog and saved
          beside it, as the product's default ``bm25`` engine does on first open;
  query   the three engines opened (the BM25 index loaded from its file and checked against the
          catalog), then taking turns on each question in a rotating order (bench/lexical.py's
          ``rotate``), so load from other work on the machine falls on all three alike.

Results accumulate in ``--json`` by size, so sizes can run apart and the section shows them all.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.ingest import peak_rss_mb  # noqa: E402
from bench.lexical import articles_of, rotate, rss_mb  # noqa: E402
from bench.lexical_pg import BATCH, chunked, start_generation  # noqa: E402
from bench.news import news_documents  # noqa: E402
from bench.pgcluster import PgCluster  # noqa: E402
from bench.query import N_WARMUP, SEED, K, make_questions  # noqa: E402
from bench.svgplot import Panel, Series, figure  # noqa: E402
from evals.markdown import write_section  # noqa: E402
from index.catalog import fts_stem  # noqa: E402
from index.catalogs import Catalog, open_catalog  # noqa: E402
from index.sentences import split_sentences  # noqa: E402

HEADING = "## Lexical search at 100,000 documents (issue 18)"
SVG_NAME = "bench-lexical-sizes.svg"
ENGINES = {"fts5": "SQLite FTS5", "bm25": "in-memory BM25 (default)", "postgres": "Postgres ts_rank/GIN"}
COLORS = {"fts5": "#2563eb", "bm25": "#16a34a", "postgres": "#ea580c"}
PART = 2000  # documents chunked at a time, so memory stays flat whatever the size
Result = dict[str, Any]


# -- the corpus ------------------------------------------------------------------------------


def distractor(i: int, sentences: list[list[str]]) -> dict[str, str]:
    """Synthetic document ``i``: as many sentences as a random real article has, each from a
    different real article, in random order (its own seed: the same text in every run)."""
    rng = random.Random(f"distractor-{SEED}-{i}")
    length = len(rng.choice(sentences))
    picked = rng.sample(range(len(sentences)), min(length, len(sentences)))
    return {"id": f"synthetic-{i:06d}", "text": " ".join(rng.choice(sentences[a]) for a in picked)}


def corpus(n: int, real: list[dict[str, str]]) -> Iterator[dict[str, str]]:
    """The first ``n`` real articles, then distractors up to ``n`` documents."""
    yield from real[:n]
    if n > len(real):
        sentences = [[a["text"][s:e] for s, e in split_sentences(a["text"])] for a in real]
        sentences = [s for s in sentences if s]
        for i in range(n - len(real)):
            yield distractor(i, sentences)


def parts(records: Iterator[dict[str, str]], folder: Path) -> Iterator[Path]:
    """``records`` as jsonl files of ``PART`` records (one is read and chunked at a time)."""
    batch: list[dict[str, str]] = []
    number = 0
    for record in records:
        batch.append(record)
        if len(batch) == PART:
            number += 1
            yield _write_part(folder / f"part-{number:04d}.jsonl", batch)
            batch = []
    if batch:
        yield _write_part(folder / f"part-{number + 1:04d}.jsonl", batch)


def _write_part(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- filling both catalogs -------------------------------------------------------------------


def fill(catalogs: dict[str, Catalog], records: Iterator[dict[str, str]], folder: Path) -> Result:
    """Every record into a fresh generation of each catalog, 50 documents a transaction, the
    catalogs taking turns batch by batch; seconds per catalog (commits and the final ANALYZE)."""
    gids = {name: start_generation(c) for name, c in catalogs.items()}
    seconds = dict.fromkeys(catalogs, 0.0)
    chunking, docs, chunks, batches = 0.0, 0, 0, 0
    for path in parts(records, folder):
        started = time.perf_counter()
        items = chunked(path)
        chunking += time.perf_counter() - started
        path.unlink()
        for b in range(0, len(items), BATCH):
            names = list(catalogs)
            for name in names[batches % 2:] + names[: batches % 2]:
                started = time.perf_counter()
                catalogs[name].put_documents(gids[name], items[b : b + BATCH])
                seconds[name] += time.perf_counter() - started
            batches += 1
        docs, chunks = docs + len(items), chunks + sum(len(cs) for _, cs in items)
        print(f"    {docs:,} documents, {chunks:,} chunks: chunking {chunking:.0f} s, "
              + ", ".join(f"{n} {s:.0f} s" for n, s in seconds.items()), file=sys.stderr, flush=True)
    for name, catalog in catalogs.items():
        started = time.perf_counter()
        catalog.analyze(gids[name])
        seconds[name] += time.perf_counter() - started
    return {"gids": gids, "fill_s": seconds, "chunk_s": chunking, "docs": docs, "chunks": chunks}


def sqlite_sizes(path: Path, gid: int) -> Result:
    """The catalog file's MB (with its WAL) and the FTS5 tables' share of it (SQLite's dbstat)."""
    files = [path, path.with_name(path.name + "-wal")]
    with sqlite3.connect(path) as db:
        fts = db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE ?", (f"fts_{gid}%",)).fetchone()[0]
    return {"file_mb": sum(f.stat().st_size for f in files if f.exists()) / 2**20, "fts_mb": (fts or 0) / 2**20}


def pg_sizes(url: str, gid: int) -> Result:
    """The database's MB, the chunks partition's (with its indexes) and its GIN index's."""
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT pg_database_size(current_database()), pg_total_relation_size(%s::regclass), "
            "(SELECT COALESCE(SUM(pg_relation_size(i.indexrelid)), 0) FROM pg_index i "
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
            " WHERE i.indrelid = %s::regclass AND a.amname = 'gin'), current_setting('shared_buffers')",
            (f"chunks_g{gid}", f"chunks_g{gid}")).fetchone()
    assert row is not None
    return {"db_mb": float(row[0]) / 2**20, "chunks_mb": float(row[1]) / 2**20, "gin_mb": float(row[2]) / 2**20,
            "shared_buffers": row[3]}


# -- the workers (each in its own process) ---------------------------------------------------


def open_sqlite(path: Path) -> tuple[Any, Any]:
    catalog = open_catalog(f"sqlite:{path}", path)
    gen = catalog.generation("bench", "active")
    assert gen is not None
    return catalog, gen


def worker_build(path: Path) -> Result:
    """The product's default engine built from the catalog and saved (what a first open does)."""
    from index.lexical import Bm25Search, index_path, make_lexical

    catalog, gen = open_sqlite(path)
    fts_stem("warming")  # the stemmer (nltk) both SQLite engines use, loaded before the baseline
    before, started = rss_mb(), time.perf_counter()
    engine = make_lexical("bm25", catalog, gen, path.parent)
    assert isinstance(engine, Bm25Search)
    index = engine.sync()
    seconds, held = time.perf_counter() - started, rss_mb() - before
    saved = index_path(path.parent, gen)
    assert saved is not None
    return {"build_s": seconds, "build_rss_mb": held, "file_mb": saved.stat().st_size / 2**20,
            "chunks": len(index), "peak_rss_mb": peak_rss_mb()}


def worker_query(path: Path, pg_url: str, postmaster: int, questions: list[dict[str, str]]) -> Result:
    """The three engines opened one after the other (the RSS each adds), then interleaved."""
    from index.lexical import make_lexical

    held: dict[str, float] = {}
    first = questions[0]["question"]  # a warm-up question: each engine's first search
    fts_stem("warming")
    before = rss_mb()
    sqlite, gen = open_sqlite(path)
    sqlite.lexical_search(gen.gid, first, K)
    held["fts5"], before = rss_mb() - before, rss_mb()
    bm25 = make_lexical("bm25", sqlite, gen, path.parent)
    started = time.perf_counter()
    bm25.search(first, K)  # loads the saved index and checks its chunk ids against the catalog
    opened = time.perf_counter() - started
    held["bm25"], before = rss_mb() - before, rss_mb()
    pg = open_catalog(pg_url, path)
    pg_gen = pg.generation("bench", "active")
    assert pg_gen is not None
    pg.lexical_search(pg_gen.gid, first, K)
    held["postgres"] = rss_mb() - before
    searches = {"fts5": lambda q: sqlite.lexical_search(gen.gid, q, K), "bm25": lambda q: bm25.search(q, K),
                "postgres": lambda q: pg.lexical_search(pg_gen.gid, q, K)}

    def resolve(name: str, found: list[tuple[str, float]]) -> list[str]:
        catalog, gid = (pg, pg_gen.gid) if name == "postgres" else (sqlite, gen.gid)
        return articles_of(catalog, gid, [c for c, _ in found])

    engines = rotate(searches, questions, resolve)
    server = server_pss_mb(postmaster)  # while this process's pooled connections are still open
    pg.close()
    return {"engines": engines, "held_mb": held, "bm25_open_s": opened, "server_pss_mb": server,
            "rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb()}


def server_pss_mb(postmaster: int) -> float:
    """The Postgres server's memory: the PSS of the postmaster and its children (shared memory,
    shared_buffers included, counted once, split among the processes that touched it)."""
    pids = [postmaster]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    total = 0
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in lines if line.startswith("Pss:"))
    return total / 1024


def run_worker(kind: str, *args: str) -> Result:
    out = subprocess.run([sys.executable, __file__, "--worker", kind, *args], stdout=subprocess.PIPE, text=True,
                         check=True).stdout
    result: Result = json.loads(out.strip().splitlines()[-1])
    return result


# -- one size --------------------------------------------------------------------------------


def measure_size(n: int, real: list[dict[str, str]], pg: PgCluster, work: Path) -> Result:
    folder = work / f"n{n}"
    folder.mkdir(parents=True, exist_ok=True)
    questions = make_questions(real[:n])
    qfile = folder / "questions.json"
    qfile.write_text(json.dumps(questions), encoding="utf-8")
    ids = [r["id"] for r in real[:n]] + [f"synthetic-{i:06d}" for i in range(max(0, n - len(real)))]
    rng = random.Random(SEED)
    measured = questions[N_WARMUP:]
    baseline = sum(q["doc"] in set(rng.sample(ids, K)) for q in measured) / len(measured)
    result: Result = {"size": n, "real": min(n, len(real)), "synthetic": max(0, n - len(real)),
                      "questions": len(measured), "random_recall": baseline, "date": time.strftime("%Y-%m-%d %H:%M"),
                      "load_before": os.getloadavg()[0]}
    path, pg_url = folder / "catalog.sqlite", pg.create_database(f"bench{n}")
    catalogs = {"sqlite": open_catalog(f"sqlite:{path}", path), "postgres": open_catalog(pg_url, path)}
    try:
        print(f"  {n:,} documents: filling both catalogs", file=sys.stderr, flush=True)
        result["fill"] = fill(catalogs, corpus(n, real), folder)
    finally:
        for catalog in catalogs.values():
            catalog.close()
    gids = result["fill"]["gids"]
    result["sqlite_disk"] = sqlite_sizes(path, gids["sqlite"])
    result["pg_disk"] = pg_sizes(pg_url, gids["postgres"])
    print(f"  {n:,} documents: building the in-memory BM25 index", file=sys.stderr, flush=True)
    result["build"] = run_worker("build", "--sqlite", str(path))
    print(f"  {n:,} documents: querying", file=sys.stderr, flush=True)
    postmaster = int((pg.folder / "data" / "postmaster.pid").read_text().split()[0])
    result["query"] = run_worker("query", "--sqlite", str(path), "--pg", pg_url, "--postmaster", str(postmaster),
                                 "--questions", str(qfile))
    result["load_after"] = os.getloadavg()[0]
    print(f"  {n:,} documents: {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def measure(sizes: list[int], work: Path) -> Iterator[Result]:
    """Each size's results as soon as it is measured (its stores are deleted then)."""
    real = list(news_documents(10**9))
    with PgCluster() as pg:
        for n in sizes:
            yield measure_size(n, real, pg, work)
            for f in (work / f"n{n}").rglob("*"):
                if f.is_file():
                    f.unlink()


# -- the section and the figure --------------------------------------------------------------


def engine_rows(r: Result) -> list[str]:
    q, fill_s, chunks = r["query"], r["fill"]["fill_s"], r["fill"]["chunks"]
    base = q["engines"]["fts5"]["search"]["p50"]
    sq = r["sqlite_disk"]
    disk = {"fts5": f"{sq['file_mb']:,.0f} MB catalog file, FTS5 tables {sq['fts_mb']:,.0f} MB",
            "bm25": f"{r['build']['file_mb']:,.0f} MB index file (+ the SQLite catalog)",
            "postgres": f"{r['pg_disk']['db_mb']:,.0f} MB database, GIN index {r['pg_disk']['gin_mb']:,.0f} MB"}
    memory = {"fts5": f"{q['held_mb']['fts5']:,.0f} MB (open + first search)",
              "bm25": f"{q['held_mb']['bm25']:,.0f} MB loaded ({r['build']['build_rss_mb']:,.0f} MB while building)",
              "postgres": f"client {q['held_mb']['postgres']:,.0f} MB; server PSS {q['server_pss_mb']:,.0f} MB"}
    fills = {"fts5": f"{chunks / fill_s['sqlite']:,.0f}", "bm25": f"{chunks / fill_s['sqlite']:,.0f} "
             f"+ build {r['build']['build_s']:,.1f} s", "postgres": f"{chunks / fill_s['postgres']:,.0f}"}
    docs = f"{r['size']:,}" + (f" ({r['synthetic']:,} synthetic)" if r["synthetic"] else "")
    rows = []
    for name, label in ENGINES.items():
        e = q["engines"][name]
        rows.append(f"| {docs} | {chunks:,} | {label} | {e['search']['p50']:,.2f} | {e['search']['p95']:,.2f} | "
                    f"{e['search']['p50'] / base:.2f} | {e['recall']:.2f} | {fills[name]} | {disk[name]} | "
                    f"{memory[name]} |")
    rows.append(f"| {docs} | | 5 random documents (baseline) | | | | {r['random_recall']:.3f} | | | |")
    return rows


def runs_text(runs: list[Result]) -> str:
    return "\n".join(f"- {r['size']:,} documents: `{r['command']}`, started {r['date']} UTC, 1-minute load average "
                     f"{r['load_before']:.1f} before and {r['load_after']:.1f} after; chunking "
                     f"{r['fill']['chunk_s']:,.0f} s; query process peak RSS {r['query']['peak_rss_mb']:,.0f} MB; "
                     f"Postgres `shared_buffers` {r['pg_disk']['shared_buffers']}." for r in runs)


def growth(runs: list[Result]) -> str:
    """How each engine's p50 and recall moved from the smallest size to the largest."""
    a, b = runs[0], runs[-1]
    if a is b:
        return ""
    ea, eb = a["query"]["engines"], b["query"]["engines"]
    moves = "; ".join(f"{label} {ea[n]['search']['p50']:,.2f} -> {eb[n]['search']['p50']:,.2f} ms "
                      f"({eb[n]['search']['p50'] / ea[n]['search']['p50']:.1f}x), recall@5 {ea[n]['recall']:.2f} -> "
                      f"{eb[n]['recall']:.2f}" for n, label in ENGINES.items())
    chunks = b["fill"]["chunks"] / a["fill"]["chunks"]
    return (f"From {a['size']:,} to {b['size']:,} documents ({chunks:.0f}x the chunks), "
            f"p50 and recall@5 went: {moves}. "
            f"At {b['size']:,}, Postgres's p50 is {eb['postgres']['search']['p50'] / eb['bm25']['search']['p50']:.0f}x "
            f"the in-memory BM25's and {eb['postgres']['search']['p50'] / eb['fts5']['search']['p50']:.1f}x FTS5's "
            "(same process, same questions, interleaved).")


def render(runs: list[Result]) -> str:
    real = max(r["real"] for r in runs)
    return "\n".join([
        HEADING, "",
        f"Lexical search alone (k={K}) against corpus size, three engines, measured by `bench/lexical_sizes.py` "
        f"on {os.cpu_count()} cores shared with other work (runs under `nice -n 10`). **Above {real:,} documents "
        f"the corpus is synthetic**: the first {real:,} are the distinct CNN/DailyMail articles bench/news.py has, "
        "the rest distractors, each a shuffle of sentences drawn from different real articles (as many as a "
        "random real article has, seeded per distractor), so every real sentence comes back in several "
        "distractors and the relevant article competes with copies of its own sentences. The questions are "
        f"bench/query.py's ({runs[0]['questions']} measured after {N_WARMUP} warm-up: the first sentence of a "
        "reference summary of a sampled real article), so recall@5 (the article among the documents of the 5 "
        "chunks found) means the same at every size. They are sampled from the real articles in the corpus: below "
        f"{real:,} documents from those (at 1,000 the sample of `bench/lexical_pg.py --docs 1000`), from {real:,} "
        "up the same 100 questions at every size. "
        "The three engines take turns on each question in one process, in a rotating order, so "
        "load from other work falls on all alike: compare the ratios more than the milliseconds.", "",
        "| documents | chunks | engine | p50 ms | p95 ms | p50 / FTS5's | recall@5 | catalog fill, chunks/s "
        "(50 documents a transaction) | on disk | memory |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |",
        *[row for r in runs for row in engine_rows(r)], "",
        growth(runs), "",
        "![Lexical search p50 and memory against corpus size](bench-lexical-sizes.svg)", "",
        "What the memory column counts. FTS5: the growth of the query process's RSS while it opened the SQLite "
        "catalog and ran a first search (SQLite's own page cache; the Porter stemmer both SQLite engines use is "
        "loaded before; the OS page cache of the file is not counted). "
        "In-memory BM25: the growth of the query process's RSS while it loaded the saved index and checked its "
        "chunk ids against the catalog (what a serving process holds), and in brackets the growth while a "
        "separate process built it from the catalog. Postgres: the client side is the growth of the query "
        "process's RSS while it imported psycopg, opened its pool and ran a first search; the server is apart, so its "
        "memory is the PSS of the postmaster and all its processes at the end of the queries (shared memory "
        "counted once: the part of `shared_buffers` touched, not the whole), and the database's size on disk "
        "is given apart. Not counted anywhere: the OS page cache holding the SQLite file, the BM25 file or the "
        "Postgres data files. Catalog fill is chunks committed per second into each catalog, the two taking "
        "turns 50 documents at a time, chunking (done once for both) not included; the BM25 engine fills the "
        "SQLite catalog, then builds its index from it (build + save).", "",
        "Runs:", "", runs_text(runs), "",
    ])


def plot(runs: list[Result]) -> str:
    def points(get: Any) -> list[tuple[float, float]]:
        return [(float(r["size"]), float(get(r))) for r in runs]

    latency = [Series(label, points(lambda r, n=name: r["query"]["engines"][n]["search"]["p50"]), COLORS[name])
               for name, label in ENGINES.items()]
    memory = [Series("FTS5: query process RSS growth", points(lambda r: max(r["query"]["held_mb"]["fts5"], 0.1)),
                     COLORS["fts5"]),
              Series("in-memory BM25: RSS growth on load", points(lambda r: r["query"]["held_mb"]["bm25"]),
                     COLORS["bm25"]),
              Series("Postgres: server PSS", points(lambda r: r["query"]["server_pss_mb"]), COLORS["postgres"]),
              Series("Postgres: database on disk", points(lambda r: r["pg_disk"]["db_mb"]), COLORS["postgres"],
                     dashed=True)]
    panels = [Panel("Lexical search p50 (k=5)", "milliseconds (log scale)", latency, log_y=True,
                    y_format=lambda v: f"{v:g}"),
              Panel("Memory (and Postgres on disk)", "MB (log scale)", memory, log_y=True,
                    y_format=lambda v: f"{v:g}")]
    return figure(panels, "documents (log scale; above 9,998 synthetic distractors)",
                  "Lexical search latency and memory against corpus size")


# -- main ------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--json", type=Path,
                    help="results by size, read and added to (a size measured again replaces its own)")
    ap.add_argument("--from-json", action="store_true", help="measure nothing: redraw from --json")
    ap.add_argument("--work", type=Path, help="where the stores go while measured (default: a temporary folder)")
    ap.add_argument("--out", type=Path, help="Markdown page for the section (the SVG goes beside it)")
    for hidden in ("--worker", "--sqlite", "--pg", "--postmaster", "--questions"):
        ap.add_argument(hidden, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        path = Path(args.sqlite)
        result = (worker_build(path) if args.worker == "build" else
                  worker_query(path, args.pg, int(args.postmaster), json.loads(Path(args.questions).read_text())))
        print(json.dumps(result))
        return
    saved: dict[str, Result] = json.loads(args.json.read_text()) if args.json and args.json.exists() else {}
    if not args.from_json:
        command = "python bench/lexical_sizes.py " + shlex.join(sys.argv[1:])
        with tempfile.TemporaryDirectory(dir=args.work) as tmp:
            for r in measure(args.sizes, Path(tmp)):
                saved[str(r["size"])] = {**r, "command": command}
                if args.json:
                    args.json.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    runs = sorted(saved.values(), key=lambda r: int(r["size"]))
    section = render(runs)
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)
        (args.out.parent / SVG_NAME).write_text(plot(runs), encoding="utf-8")


if __name__ == "__main__":
    main()
