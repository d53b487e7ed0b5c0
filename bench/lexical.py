"""BM25 engines on one store: the in-memory index (``bm25``, ``bm25:4000``) against SQLite FTS5.

    python bench/lexical.py --store STORE --embedding onnx:minilm-int8 [--peer PEER_DIR] --out docs/BENCHMARKS.md

STORE is an index built by ``bench/scale.py --worker ingest`` (or any ingest of the first N
HaluEval CNN/DailyMail articles, e.g. with ``--build N``, which ingests them with
``--embedding``). Each engine runs in its own process, so each peak RSS is its own:

  engine       open (load the saved BM25 index, or build it from the catalog), then BM25 alone
               (``Retriever.lexical(q, 5)``) and the whole ``Index.search(q, k=5)`` on the
               questions of bench/scale.py, with recall@5 (the question's article among the 5);
  upkeep       the in-memory index built from the catalog, saved, loaded, and caught up after
               one document's chunks were missing from it (what one new document costs);
  peer         plain llama-index over PEER_DIR (built by ``bench/scale.py --worker peer``), same
               questions, same model: ``as_retriever(similarity_top_k=5)``.
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
from bench.query import N_WARMUP, K, article_key, peer_store, recall, summary, timed  # noqa: E402
from bench.scale import make_questions  # noqa: E402
from evals.markdown import write_section  # noqa: E402

HEADING = "## Lexical search: BM25 engines on {documents:,} documents ({embedding})"
ENGINES = ("bm25", "bm25:4000", "fts5", "bm25+thread")
THREAD = "+thread"  # the engine's search started in a second thread before the dense half, as an experiment
Result = dict[str, Any]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_index(store: Path, embedding: str, lexical: str) -> Any:
    from index import Index, IndexSettings

    return Index(IndexSettings(store=str(store), embedding=embedding, lexical=lexical, max_file_mb=1000))


def article_of(index: Any) -> Any:
    """chunk id -> the article (jsonl record id) it comes from, read from the catalog."""
    return lambda chunk_ids: articles_of(index.store.catalog, index.generation().gid, chunk_ids)


def articles_of(catalog: Any, gid: int, chunk_ids: list[str]) -> list[str]:
    """The articles (jsonl record ids) these chunks come from, in order, read from ``catalog``."""
    chunks = catalog.chunks(gid, chunk_ids)
    docs = catalog.documents_by_id(gid, {c.doc_id for c in chunks.values()})
    return [article_key(docs[chunks[i].doc_id].source) for i in chunk_ids if i in chunks]


class Prefetched:
    """The lexical search of ``inner`` started in a second thread as soon as the query is known,
    so it runs while the query is embedded and Chroma is asked (the sum becomes a max)."""

    def __init__(self, inner: Any) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.inner, self.pool = inner, ThreadPoolExecutor(1)
        self.pending: tuple[str, int, Any] | None = None

    def start(self, query: str, k: int) -> None:
        self.pending = (query, k, self.pool.submit(self.inner.search, query, k))

    def search(self, query: str, k: int) -> Any:
        if self.pending is not None and self.pending[:2] == (query, k):
            return self.pending[2].result()
        return self.inner.search(query, k)


def threaded_search(retriever: Any) -> Any:
    from index.retrieval import DEPTH_GROWTH, MIN_DEPTH

    retriever.bm25 = prefetched = Prefetched(retriever.bm25)

    def search(query: str) -> Any:
        prefetched.start(query, max(MIN_DEPTH, DEPTH_GROWTH * K))  # the depth search() asks BM25 for first
        return retriever.search(query, k=K)

    return search


def worker_engine(store: Path, embedding: str, spec: str, questions: list[dict[str, str]]) -> Result:
    from index.lexical import Bm25Search

    threaded, spec = spec.endswith(THREAD), spec.removesuffix(THREAD)
    with open_index(store, embedding, spec) as index:
        index.encoder.encode(["warm up"])
        gen = index.generation()
        before, started = rss_mb(), time.perf_counter()
        engine = index.lexical(gen)
        if isinstance(engine, Bm25Search):
            engine.sync()
        opened, held = time.perf_counter() - started, rss_mb() - before
        retriever, lookup = index.retriever(), article_of(index)
        times, found = timed(lambda q: retriever.lexical(q, K), questions)
        out: Result = {"open_seconds": opened, "open_rss_mb": held, "lexical": summary(times),
                       "lexical_recall": recall([lookup([i for i, _ in r]) for r in found], questions)}
        times, passages = timed(threaded_search(index.retriever()) if threaded else index.search, questions)
        out.update(search=summary(times), recall=recall([[article_key(p.source) for p in ps] for ps in passages],
                                                        questions))
    return {**out, "peak_rss_mb": peak_rss_mb()}


def worker_interleaved(store: Path, embedding: str, peer: Path | None, questions: list[dict[str, str]]) -> Result:
    """Every engine (and the peer) in one process, taking turns on each question, in an order
    that rotates: on a shared machine, load that comes and goes then hits them all alike."""
    from index.lexical import make_lexical
    from index.retrieval import Retriever

    with open_index(store, embedding, "bm25") as index:
        gen, catalog = index.generation(), index.store.catalog
        vectors, encoder = index.store.vectors(gen), index.encoder
        searches: dict[str, Any] = {}
        for spec in ("bm25", "fts5"):
            engine = make_lexical(spec, catalog, gen, index.store.lexical_folder())
            engine.search("warm up", K)  # the in-memory index loads (or builds) here
            retriever = Retriever(catalog, gen, vectors, encoder, lexical=engine)
            searches[spec] = lambda q, r=retriever: [article_key(p.source) for p in r.search(q, k=K)]
        threaded = threaded_search(Retriever(catalog, gen, vectors, encoder, lexical=index.lexical(gen)))
        searches["bm25+thread"] = lambda q: [article_key(p.source) for p in threaded(q)]
        if peer is not None:
            peer_retriever = peer_index(peer).as_retriever(similarity_top_k=K)
            searches["peer"] = lambda q: [n.node.ref_doc_id for n in peer_retriever.retrieve(q)]
        return rotate(searches, questions)


def rotate(searches: dict[str, Any], questions: list[dict[str, str]], resolve: Any = None) -> Result:
    """Each search on each question, in a rotating order; ``resolve(name, result)``, when
    given, turns a result into its articles after the clock stops (the lookup is not timed)."""
    names = list(searches)
    times: dict[str, list[float]] = {n: [] for n in names}
    found: dict[str, list[list[str]]] = {n: [] for n in names}
    for i, q in enumerate(questions):
        for name in names[i % len(names):] + names[: i % len(names)]:
            started = time.perf_counter()
            docs = searches[name](q["question"])
            elapsed = 1000 * (time.perf_counter() - started)
            if i >= N_WARMUP:
                times[name].append(elapsed)
                found[name].append(resolve(name, docs) if resolve else docs)
    return {n: {"search": summary(times[n]), "recall": recall(found[n], questions)} for n in names}


def worker_upkeep(store: Path, embedding: str) -> Result:
    from index.bm25 import BM25Index
    from index.lexical import catch_up, index_path

    with open_index(store, embedding, "bm25") as index:
        gen, catalog = index.generation(), index.store.catalog
        path, stamp = index_path(index.store.lexical_folder(), gen), {"generation": gen.vector_name}
        assert path is not None
        bm25, started = BM25Index(), time.perf_counter()
        _, chunks = catch_up(bm25, catalog, gen.gid)
        built = time.perf_counter() - started
        saved = _seconds(lambda: bm25.save(path, stamp))
        loaded = _seconds(lambda: BM25Index.load(path, stamp))
        doc = next(iter(catalog.documents(gen.gid)))
        ids = catalog.chunk_ids(gen.gid, [doc])
        bm25.remove(ids)  # as if this document's ingest committed after the index was saved
        caught_up = _seconds(lambda: catch_up(bm25, catalog, gen.gid))
        saved_again = _seconds(lambda: bm25.save(path, stamp))
    return {"chunks": chunks, "build_seconds": built, "save_seconds": saved, "load_seconds": loaded,
            "file_mb": path.stat().st_size / 2**20, "one_doc_chunks": len(ids), "one_doc_sync_seconds": caught_up,
            "one_doc_save_seconds": saved_again, "peak_rss_mb": peak_rss_mb()}


def peer_index(peer: Path) -> Any:
    from llama_index.core import VectorStoreIndex

    from index.embeddings import make_embedding

    return VectorStoreIndex.from_vector_store(peer_store(peer), embed_model=make_embedding("onnx:minilm-int8"))


def worker_peer(peer: Path, questions: list[dict[str, str]]) -> Result:
    retriever = peer_index(peer).as_retriever(similarity_top_k=K)
    times, results = timed(retriever.retrieve, questions)
    return {"search": summary(times), "recall": recall([[n.node.ref_doc_id for n in r] for r in results], questions),
            "peak_rss_mb": peak_rss_mb()}


def _seconds(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def worker_build(store: Path, embedding: str, data: Path) -> Result:
    with open_index(store, embedding, "fts5") as index:
        report = index.ingest([str(data)])
    return {"documents": report.documents, "chunks": report.chunks, "seconds": report.seconds}


# -- running ---------------------------------------------------------------------------------


def run_worker(args: argparse.Namespace, kind: str, spec: str = "") -> Result:
    print(f"  {kind} {spec} ...", file=sys.stderr, flush=True)
    command = [sys.executable, __file__, "--worker", kind, "--spec", spec, "--store", str(args.store),
               "--embedding", args.embedding, "--questions", str(args.questions)]
    if args.peer:
        command += ["--peer", str(args.peer)]
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    out = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=env, check=True).stdout
    result: Result = json.loads(out.strip().splitlines()[-1])
    print(f"  {kind} {spec}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def measure(args: argparse.Namespace) -> Result:
    run: Result = {"command": "python bench/lexical.py " + shlex.join(sys.argv[1:]), "date": time.strftime("%Y-%m-%d"),
                   "load_before": os.getloadavg()[0], "embedding": args.embedding}
    run["documents"] = documents_in(args.store, args.embedding)
    run["upkeep"] = run_worker(args, "upkeep")
    run["engines"] = {spec: run_worker(args, "engine", spec) for spec in ENGINES}
    run["interleaved"] = run_worker(args, "interleaved")
    if args.peer:
        run["peer"] = run_worker(args, "peer")
    return run


# -- the Markdown section -------------------------------------------------------------------


def _ms(v: float) -> str:
    return f"{v:,.1f} ms"


def engines_table(run: Result) -> str:
    peer = run.get("peer")
    rows = ["| engine | BM25 alone p50 | p95 | BM25 alone recall@5 | `Index.search` p50 | p95 | recall@5 | "
            "search p50 / peer's | open (load or build) | RSS held by the index | process peak RSS |",
            "| --- |" + " ---: |" * 10]
    for spec, e in run["engines"].items():
        ratio = f"{e['search']['p50'] / peer['search']['p50']:.2f}" if peer else "n/a"
        rows.append(f"| `{spec}` | {_ms(e['lexical']['p50'])} | {_ms(e['lexical']['p95'])} | "
                    f"{e['lexical_recall']:.2f} | {_ms(e['search']['p50'])} | {_ms(e['search']['p95'])} | "
                    f"{e['recall']:.2f} | {ratio} | {e['open_seconds']:.2f} s | {e['open_rss_mb']:,.0f} MB | "
                    f"{e['peak_rss_mb']:,.0f} MB |")
    if peer:
        rows.append(f"| llama-index dense (peer) | | | | {_ms(peer['search']['p50'])} | {_ms(peer['search']['p95'])} | "
                    f"{peer['recall']:.2f} | 1.00 | | | {peer['peak_rss_mb']:,.0f} MB |")
    return "\n".join(rows)


def interleaved_table(run: Result) -> str:
    found = run.get("interleaved")
    if not found:
        return "Not measured in this run."
    base = found["peer"]["search"]["p50"] if "peer" in found else found["fts5"]["search"]["p50"]
    against = "llama-index's" if "peer" in found else "FTS5's"
    names = {"bm25": "ours, in-memory BM25", "fts5": "ours, FTS5 BM25", "peer": "llama-index dense",
             "bm25+thread": "ours, in-memory BM25 started in a second thread (experiment)"}
    rows = [f"| retriever | p50 | p95 | recall@5 | p50 / {against} |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, r in found.items():
        rows.append(f"| {names[name]} | {_ms(r['search']['p50'])} | {_ms(r['search']['p95'])} | {r['recall']:.2f} | "
                    f"{r['search']['p50'] / base:.2f} |")
    return "\n".join(rows)


def upkeep_text(u: Result) -> str:
    return (f"In-memory index upkeep ({u['chunks']:,} chunks): built from the catalog in {u['build_seconds']:.1f} s, "
            f"saved in {u['save_seconds']:.2f} s ({u['file_mb']:.0f} MB), loaded in {u['load_seconds']:.2f} s. "
            f"One document's {u['one_doc_chunks']} chunks missing from it (a document ingested after the last "
            f"save): caught up in {1000 * u['one_doc_sync_seconds']:.0f} ms (the chunk-id comparison with the "
            f"catalog plus its chunks), saved again in {u['one_doc_save_seconds']:.2f} s, instead of a "
            f"{u['build_seconds']:.1f} s rebuild.")


def heading(run: Result) -> str:
    return HEADING.format(documents=run["documents"], embedding=run["embedding"])


def documents_in(store: Path, embedding: str) -> int:
    with open_index(store, embedding, "fts5") as index:
        return int(index.store.catalog.counts(index.generation().gid)[0])


def render(run: Result) -> str:
    return f"""{heading(run)}

Command: `{run['command']}` ({run['date']}; 1-minute load average before it: {run['load_before']:.1f}; embedding
`{run['embedding']}`). Each engine in its own process over the same store: `bm25` is the in-memory index
(index/bm25.py, kept in step with the catalog by index/lexical.py), `bm25:4000` the same reading at most 4,000
postings (rarest terms first, as the FTS5 search did), `fts5` the catalog's SQLite FTS5 table (the previous
default). Questions: the {len(run['engines'])} engines answer the 100 questions of bench/scale.py (after
{N_WARMUP} warm-up ones); recall@5 counts a question found when its article is among the 5. "RSS held by the
index" is the growth of the process's RSS while it opened the index. The processes run minutes apart on a
shared machine, so their latencies are not comparable with each other; the interleaved table below is.

{engines_table(run)}

The same searches in one process, the retrievers taking turns on each question in a rotating order (so load
from other work on the machine falls on all of them alike): the ratio that counts.

{interleaved_table(run)}

{upkeep_text(run['upkeep'])}
"""


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="an index of the first N HaluEval articles")
    ap.add_argument("--embedding", default="onnx:minilm-int8", help="the store's embedding (default: %(default)s)")
    ap.add_argument("--peer", type=Path, help="a llama-index Chroma folder built by bench/scale.py --worker peer")
    ap.add_argument("--build", type=int, metavar="N", help="first ingest the first N articles into --store")
    ap.add_argument("--questions", type=Path, help="questions JSON (default: made as bench/scale.py makes them)")
    ap.add_argument("--json", type=Path, help="write the raw results here")
    ap.add_argument("--from-json", type=Path, help="redraw from saved results; measure nothing")
    ap.add_argument("--out", type=Path, help="Markdown page to write the section to")
    ap.add_argument("--worker", choices=["engine", "upkeep", "peer", "interleaved"], help=argparse.SUPPRESS)
    ap.add_argument("--spec", default="", help=argparse.SUPPRESS)
    return ap.parse_args()


def prepare(args: argparse.Namespace) -> None:
    """Questions (and, with --build, the store) before any worker starts."""
    from bench.news import news_documents

    if args.questions is None:
        args.questions = args.store.parent / "questions.json"
        args.questions.write_text(json.dumps(make_questions(100)), encoding="utf-8")
    if args.build:
        data = args.store.parent / "news.jsonl"
        data.write_text("".join(json.dumps(a) + "\n" for a in news_documents(args.build)), encoding="utf-8")
        print(f"  built: {json.dumps(worker_build(args.store, args.embedding, data))}", file=sys.stderr)


def main() -> None:
    args = parse_args()
    if args.worker:
        questions = json.loads(args.questions.read_text(encoding="utf-8"))
        kinds = {"engine": lambda: worker_engine(args.store, args.embedding, args.spec, questions),
                 "upkeep": lambda: worker_upkeep(args.store, args.embedding),
                 "peer": lambda: worker_peer(args.peer, questions),
                 "interleaved": lambda: worker_interleaved(args.store, args.embedding, args.peer, questions)}
        print(json.dumps(kinds[args.worker]()))
        return
    if args.from_json:
        run = json.loads(args.from_json.read_text(encoding="utf-8"))
        run.setdefault("documents", documents_in(args.store, args.embedding))
    else:
        prepare(args)
        run = measure(args)
        if args.json:
            args.json.write_text(json.dumps(run, indent=1), encoding="utf-8")
    section = render(run)
    print(section)
    if args.out:
        write_section(args.out, heading(run), section)


if __name__ == "__main__":
    main()
