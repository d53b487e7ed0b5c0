"""Hybrid search with the Postgres catalog next to the SQLite one, on one real-model store.

    python bench/hybrid_pg.py --work /work/bench-data/scale-10000 --pg /work/bench-data/pg-10000 \
        --out docs/BENCHMARKS.md

WORK is a folder ``bench/scale.py --keep DIR`` left (DIR/scale-N): ``store`` (Chroma and the
SQLite catalog), ``news.jsonl``, ``questions.json`` and ``peer`` (plain llama-index's Chroma).
PG is where the Postgres side is kept: ``cluster`` (a Postgres cluster, bench/pgcluster.py,
started for the run and stopped after it). Each step runs in its own process:

  fill         the catalog rows of the same ``news.jsonl`` written to the Postgres catalog as the
               ingest writes them (same loading and chunking, so the same content-addressed chunk
               ids), without vectors: both hybrids read WORK/store's Chroma collection, so nothing
               is embedded twice; skipped when the Postgres catalog already holds every document;
  interleaved  every retriever on each question in turn, in a rotating order (bench/lexical.py's
               ``rotate``), so load from other work falls on all alike: our hybrid on the SQLite
               catalog (in-memory BM25, the default) and on the Postgres catalog (``ts_rank`` over
               GIN with the rare-word cap) over the SAME Chroma collection, the SQLite catalog's
               FTS5, dense alone, each lexical half alone, and plain llama-index (WORK/peer).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import peak_rss_mb  # noqa: E402
from bench.lexical import articles_of, peer_index, rotate  # noqa: E402
from bench.pgcluster import PgCluster  # noqa: E402
from bench.query import N_WARMUP, K, article_key  # noqa: E402
from evals.markdown import write_section  # noqa: E402

HEADING = "## Hybrid search: Postgres and SQLite catalogs at 9,998 documents, real model (issue 18)"
DB = "assistant"
Result = dict[str, Any]
TARGETS = {"p50": 30.0, "p95": 60.0, "recall_gap": 0.01}


def open_index(store: Path, embedding: str, catalog: str = "", encoder: Any = None) -> Any:
    from index import Index, IndexSettings

    settings = IndexSettings(store=str(store), embedding=embedding, catalog=catalog, max_file_mb=1000,
                             state_dir=str(store.parent / "home"))
    return Index(settings, encoder)


def worker_fill(work: Path, pg: Path, url: str, embedding: str) -> Result:
    """The Postgres catalog's rows, as the ingest writes them (the same loading and chunking, so the
    same content-addressed chunk ids), 50 documents a transaction; no vectors: both hybrids read
    the SQLite store's Chroma collection. Skipped when the catalog already holds every document."""
    from index.ingest import InProcess, wanted_settings

    expected = sum(1 for _ in (work / "news.jsonl").open(encoding="utf-8"))
    with open_index(pg / "store", embedding, url) as index:
        if index.stats()["n_documents"] == expected:
            return {"skipped": True, "documents": expected}
        started, settings, catalog = time.perf_counter(), index.settings, index.store.catalog
        pipeline = InProcess(index.encoder)  # loads and chunks; its encoder is never called here
        items = pipeline.chunk(pipeline.load([str(work / "news.jsonl")], settings, lambda _: None).documents, settings)
        gen = index.store.open_for_write(settings.collection, wanted_settings(settings, index.encoder), False)
        for b in range(0, len(items), 50):
            catalog.put_documents(gen.gid, items[b : b + 50])
        catalog.analyze(gen.gid)
        seconds = time.perf_counter() - started
        documents, chunks = catalog.counts(gen.gid)
    return {"skipped": False, "documents": documents, "chunks": chunks, "seconds": seconds,
            "peak_rss_mb": peak_rss_mb()}


def worker_interleaved(work: Path, pg: Path, url: str, embedding: str, questions: list[dict[str, str]],
                       with_peer: bool) -> Result:
    from index.lexical import make_lexical
    from index.retrieval import Fusion, Retriever

    with open_index(work / "store", embedding) as lite, open_index(pg / "store", embedding, url) as post:
        encoder = lite.encoder
        sgen, scat, svec = lite.generation(), lite.store.catalog, lite.store.vectors(lite.generation())
        pgen, pcat = post.generation(), post.store.catalog
        bm25, fts5 = lite.lexical(sgen), make_lexical("fts5", scat, sgen, None)
        tsrank = make_lexical("bm25", pcat, pgen, None)  # a Postgres catalog answers with its own full text
        bm25.search("warm up", K)  # the in-memory index loads here, not in the first timed search
        retrievers = {
            "sqlite": Retriever(scat, sgen, svec, encoder, lexical=bm25),
            "postgres": Retriever(pcat, pgen, svec, encoder, lexical=tsrank),
            "sqlite_fts5": Retriever(scat, sgen, svec, encoder, lexical=fts5),
            "dense": Retriever(scat, sgen, svec, encoder, Fusion("minmax", 1.0, 0.0)),
        }
        searches: dict[str, Any] = {n: lambda q, r=r: [article_key(p.source) for p in r.search(q, k=K)]
                                    for n, r in retrievers.items()}
        searches["bm25_alone"] = lambda q: [i for i, _ in bm25.search(q, K)]
        searches["tsrank_alone"] = lambda q: [i for i, _ in tsrank.search(q, K)]
        if with_peer and (work / "peer").exists():
            peer = peer_index(work / "peer").as_retriever(similarity_top_k=K)
            searches["peer"] = lambda q: [n.node.ref_doc_id for n in peer.retrieve(q)]

        def resolve(name: str, found: list[str]) -> list[str]:
            if name == "bm25_alone":
                return articles_of(scat, sgen.gid, found)
            return articles_of(pcat, pgen.gid, found) if name == "tsrank_alone" else found

        result = rotate(searches, questions, resolve)
        n_docs, n_chunks = pcat.counts(pgen.gid)
        same = pcat.chunk_ids(pgen.gid) == scat.chunk_ids(sgen.gid)
    return {"engines": result, "documents": n_docs, "chunks": n_chunks, "same_chunk_ids": same,
            "questions": len(questions) - N_WARMUP,
            "peak_rss_mb": peak_rss_mb()}


# -- running ---------------------------------------------------------------------------------


def run_worker(args: argparse.Namespace, kind: str, url: str) -> Result:
    print(f"  {kind} ...", file=sys.stderr, flush=True)
    load, started = os.getloadavg()[0], time.perf_counter()
    command = [sys.executable, __file__, "--worker", kind, "--url", url, "--work", str(args.work), "--pg", str(args.pg),
               "--embedding", args.embedding] + (["--no-peer"] if args.no_peer else [])
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    out = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=env, check=True).stdout
    result: Result = {**json.loads(out.strip().splitlines()[-1]), "wall_seconds": time.perf_counter() - started,
                      "load": [load, os.getloadavg()[0]]}
    print(f"  {kind}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def measure(args: argparse.Namespace) -> Result:
    run: Result = {"command": "python bench/hybrid_pg.py " + shlex.join(sys.argv[1:]),
                   "date": time.strftime("%Y-%m-%d"), "work": str(args.work), "pg": str(args.pg),
                   "load_before": os.getloadavg()[0], "embedding": args.embedding}
    args.pg.mkdir(parents=True, exist_ok=True)
    with PgCluster(folder=args.pg / "cluster") as cluster:
        try:
            url = cluster.create_database(DB)
        except subprocess.CalledProcessError:  # a kept cluster already has it
            url = cluster.database_url(DB)
        run["fill"] = run_worker(args, "fill", url)
        if run["fill"].get("skipped") and args.json and args.json.exists():  # keep how the earlier run filled it
            earlier = json.loads(args.json.read_text(encoding="utf-8"))
            run["fill"] = {**earlier["fill"], "date": earlier["date"]} if "seconds" in earlier["fill"] else run["fill"]
        if not args.fill_only:
            run["interleaved"] = run_worker(args, "interleaved", url)
    return run


# -- the Markdown section -------------------------------------------------------------------

LABELS = {
    "sqlite": "ours, SQLite catalog: dense + in-memory BM25 (default)",
    "postgres": "ours, Postgres catalog: dense + `ts_rank` (same Chroma collection)",
    "sqlite_fts5": "ours, SQLite catalog: dense + FTS5 BM25 (the previous default)",
    "dense": "dense alone (BM25 weighted 0)",
    "bm25_alone": "in-memory BM25 alone (no query embedding)",
    "tsrank_alone": "Postgres `ts_rank` alone (no query embedding)",
    "peer": "plain llama-index dense retriever",
}


def _ms(v: float) -> str:
    return f"{v:,.1f} ms"


def engines_table(run: Result) -> str:
    found = run["interleaved"]["engines"]
    base, peer = found["sqlite"], found.get("peer")
    lines = ["| retriever | p50 | p95 | recall@5 | p50 / SQLite hybrid's | p50 / llama-index's |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in found.items():
        s = r["search"]
        to_peer = f"{s['p50'] / peer['search']['p50']:.2f}" if peer else "n/a"
        lines.append(f"| {LABELS[name]} | {_ms(s['p50'])} | {_ms(s['p95'])} | {r['recall']:.2f} | "
                     f"{s['p50'] / base['search']['p50']:.2f} | {to_peer} |")
    return "\n".join(lines)


def targets_text(run: Result) -> str:
    found = run["interleaved"]["engines"]
    pg, lite = found["postgres"], found["sqlite"]
    gap = pg["recall"] - lite["recall"]
    rows = [("hybrid recall@5, Postgres minus SQLite", f"within ±{TARGETS['recall_gap']:.2f}", f"{gap:+.2f}",
             abs(gap) <= TARGETS["recall_gap"] + 1e-9),
            ("retrieval p50, Postgres catalog", f"<= {TARGETS['p50']:.0f} ms", _ms(pg["search"]["p50"]),
             pg["search"]["p50"] <= TARGETS["p50"]),
            ("retrieval p95, Postgres catalog", f"<= {TARGETS['p95']:.0f} ms", _ms(pg["search"]["p95"]),
             pg["search"]["p95"] <= TARGETS["p95"])]
    lines = ["| target (issue 18) | goal | measured | |", "| --- | ---: | ---: | --- |"]
    lines += [f"| {a} | {b} | {c} | {'met' if ok else '**missed**'} |" for a, b, c, ok in rows]
    return "\n".join(lines)


def fill_text(f: Result) -> str:
    if f.get("skipped"):
        return f"The Postgres catalog already held all {f['documents']:,} documents (filled by an earlier run)."
    when = f" (by an earlier run of this command, {f['date']})" if "date" in f else ""
    return (f"Filling the Postgres catalog{when}, with the ingest's loading and chunking, 50 documents a transaction "
            f"and no vectors: {f['documents']:,} documents, {f['chunks']:,} chunks in {f['seconds']:,.0f} s.")


def render(run: Result) -> str:
    i = run["interleaved"]
    return f"""{HEADING}

Command: `{run['command']}` ({run['date']}; embedding `{run['embedding']}`; 1-minute load average before it:
{run['load_before']:.1f}, {i['load'][0]:.1f} -> {i['load'][1]:.1f} over the interleaved run; 2 shared cores, so only
ratios from this one run compare). Corpus: the articles of a bench/scale.py size
({i['documents']:,} documents, {i['chunks']:,} chunks in both catalogs), the store `bench/scale.py --keep` left;
the same {i['questions']} questions as there (after {N_WARMUP} warm-up ones).
{fill_text(run['fill'])}
The stores are kept outside the repository, to be reused rather than embedded again (about 35 min on 2 quiet
cores, 102 min on 2 shared ones at a load average of 4-9): `{run.get('work', 'WORK')}` holds the SQLite store,
the articles, the questions and the peer (rebuilt by
`python bench/scale.py --sizes 10000 --questions-from 100 --keep DIR`, which measures as it builds),
`{run.get('pg', 'PG')}` the Postgres cluster (refilled by this command when that folder is gone).
Same chunk ids in both catalogs: {i.get('same_chunk_ids')}.

Every retriever in one process, taking turns on each question in a rotating order, `k={K}`, query embedding
included (except the lexical halves alone); recall@5 counts a question found when its article is among the 5.
"Same Chroma collection": the Postgres catalog's retriever reads the SQLite store's vectors (chunk ids are
content-addressed, so they match), so the two hybrids differ only in their catalog and lexical half.

{engines_table(run)}

{targets_text(run)}
"""


# -- entry point -----------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="a folder bench/scale.py --keep left (DIR/scale-N)")
    ap.add_argument("--pg", type=Path, required=True, help="where the Postgres cluster is kept")
    ap.add_argument("--embedding", default="onnx:minilm-int8", help="the store's embedding (default: %(default)s)")
    ap.add_argument("--fill-only", action="store_true",
                    help="fill the Postgres catalog and stop (it needs only news.jsonl, so it can run while "
                         "WORK/store is still being built)")
    ap.add_argument("--no-peer", action="store_true", help="leave plain llama-index (WORK/peer) out")
    ap.add_argument("--json", type=Path, help="write the raw results here")
    ap.add_argument("--from-json", type=Path, help="redraw from saved results; measure nothing")
    ap.add_argument("--out", type=Path, help="Markdown page to write the section to")
    ap.add_argument("--worker", choices=["fill", "interleaved"], help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    return ap.parse_args()


def main() -> None:
    args = parse_args()
    if args.worker == "fill":
        print(json.dumps(worker_fill(args.work, args.pg, args.url, args.embedding)))
        return
    if args.worker == "interleaved":
        questions = json.loads((args.work / "questions.json").read_text(encoding="utf-8"))
        print(json.dumps(worker_interleaved(args.work, args.pg, args.url, args.embedding, questions, not args.no_peer)))
        return
    if args.from_json:
        run = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        run = measure(args)
        if args.fill_only:
            return
        if args.json:
            args.json.write_text(json.dumps(run, indent=1), encoding="utf-8")
    section = render(run)
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
