"""Lexical search on the Postgres catalog next to the SQLite one, in one run.

    python bench/lexical_pg.py --docs 1000 --out docs/BENCHMARKS.md

The first ``--docs`` CNN/DailyMail articles (bench/news.py), loaded and chunked as the ingest
does, go into both catalogs (SQLite FTS5 BM25 in a temporary file; Postgres ts_rank over a GIN
index in a throwaway cluster on loopback, bench/pgcluster.py). The questions are bench/query.py's:
the first sentence of the reference summary of 110 sampled articles, 10 of them warm-up, so the
relevant document is known (recall@5: it is among the documents of the 5 chunks found). No
vectors: this is the lexical half of the hybrid alone. Trivial baseline: 5 random documents.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.news import news_documents  # noqa: E402
from bench.pgcluster import PgCluster  # noqa: E402
from bench.query import N_WARMUP, SEED, K, article_key, make_questions  # noqa: E402
from evals.markdown import write_section  # noqa: E402
from index import chunk_document, load_paths  # noqa: E402
from index.catalogs import Catalog, open_catalog  # noqa: E402
from index.documents import Chunk, Document  # noqa: E402

HEADING = "## Lexical search: Postgres and SQLite catalogs"


BATCH = 50  # documents a transaction
Items = list[tuple[Document, list[Chunk]]]


def start_generation(catalog: Catalog) -> int:
    """A fresh generation of the "bench" collection, active at once; its gid."""
    gen = catalog.create_generation("bench", {"embedding": "none"}, "bench")
    catalog.activate(gen)
    return gen.gid


def chunked(data: Path) -> Items:
    """The documents of ``data`` with their chunks, as the ingest makes them (200 tokens, 40 overlap)."""
    return [(d, chunk_document(d, 200, 40)) for d in load_paths([str(data)]).documents]


def fill(catalog: Catalog, data: Path) -> tuple[int, float]:
    """Every document of ``data`` into a fresh active generation; its gid and the seconds it took."""
    gid = start_generation(catalog)
    items = chunked(data)
    started = time.perf_counter()
    for b in range(0, len(items), BATCH):
        catalog.put_documents(gid, items[b : b + BATCH])
    catalog.analyze(gid)
    return gid, time.perf_counter() - started


def measure(catalog: Catalog, gid: int, questions: list[dict[str, str]]) -> dict[str, float]:
    """p50/p95 milliseconds and recall@5 of ``lexical_search`` over the measured questions."""
    doc_of: dict[str, str] = {}
    times, hits = [], 0
    for i, q in enumerate(questions):
        started = time.perf_counter()
        found = catalog.lexical_search(gid, q["question"], K)
        elapsed = 1000 * (time.perf_counter() - started)
        missing = [c for c, _ in found if c not in doc_of]
        doc_of.update({c: ch.doc_id for c, ch in catalog.chunks(gid, missing).items()})
        sources = {d.doc_id: d.source for d in catalog.documents_by_id(gid, [doc_of[c] for c, _ in found]).values()}
        if i >= N_WARMUP:
            times.append(elapsed)
            hits += q["doc"] in {article_key(s) for s in sources.values()}
    measured = len(questions) - N_WARMUP
    return {"p50": float(np.percentile(times, 50)), "p95": float(np.percentile(times, 95)),
            "recall": hits / measured}


def run(n_docs: int, tmp: Path) -> dict[str, Any]:
    articles = list(news_documents(n_docs))
    data = tmp / "news.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    questions = make_questions(articles)
    rng = random.Random(SEED)
    baseline = sum(q["doc"] in {a["id"] for a in rng.sample(articles, K)} for q in questions[N_WARMUP:])
    result: dict[str, Any] = {"docs": len(articles), "questions": len(questions) - N_WARMUP,
                              "random_recall": baseline / (len(questions) - N_WARMUP)}
    with PgCluster() as pg:
        for name, spec in (("sqlite", f"sqlite:{tmp / 'catalog.sqlite'}"), ("postgres", pg.create_database("bench"))):
            catalog = open_catalog(spec, tmp / "unused.sqlite")
            try:
                gid, seconds = fill(catalog, data)
                result[name] = {**measure(catalog, gid, questions), "fill_s": seconds,
                                "chunks": catalog.counts(gid)[1]}
            finally:
                catalog.close()
    return result


def render(r: dict[str, Any], command: str) -> str:
    rows = [f"| {name} | {r[name]['p50']:.1f} | {r[name]['p95']:.1f} | {r[name]['recall']:.2f} | "
            f"{r[name]['chunks'] / r[name]['fill_s']:,.0f} |" for name in ("sqlite", "postgres")]
    ratio = r["postgres"]["p50"] / r["sqlite"]["p50"]
    return "\n".join([
        HEADING, "",
        f"`{command}` on {platform.machine()}, {os.cpu_count()} cores: {r['docs']:,} articles "
        f"({r['sqlite']['chunks']:,} chunks), {r['questions']} questions (the first sentence of a reference "
        f"summary; the relevant article is known), lexical search alone, k={K}, both catalogs in one run.", "",
        "| catalog | p50 ms | p95 ms | recall@5 | chunks committed/s (50 documents a transaction) |",
        "| --- | --- | --- | --- | --- |",
        *rows,
        f"| 5 random documents (baseline) | | | {r['random_recall']:.2f} | |", "",
        f"Postgres's p50 is {ratio:.1f}x SQLite's. SQLite is FTS5 BM25 in-process; Postgres is `ts_rank` "
        "over a GIN index reached over loopback through a connection pool (a round trip per query), both "
        "with the same rare-word cap (Postgres reads word frequencies from `pg_stats`).", "",
    ])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--docs", type=int, default=1000)
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.docs, Path(tmp))
    command = f"python bench/lexical_pg.py --docs {args.docs}" + (f" --out {args.out}" if args.out else "")
    text = render(result, command)
    print(text)
    if args.out:
        write_section(args.out, HEADING, text)


if __name__ == "__main__":
    main()
