"""The web server under load with questions it has never seen, over news articles (issue 17).

    python bench/load_news.py --docs 300 --clients 30 --out docs/BENCHMARKS.md

``bench/load.py`` asks the bundled corpus's seed questions again and again, so after the first
round every sentence vector, parse and retrieval is cached and a request is mostly Python that
holds the GIL. A newsroom's traffic is many people asking different questions of many articles.
This run indexes the first ``--docs`` CNN/DailyMail articles (``bench/news.py``) with the real
model, makes one question per article from its reference summary's first sentence (as
``bench/query.py`` does), shuffles them with a fixed seed and splits them three ways:
``--warm`` warm-up questions (lazy model parts), then two equal pools that never repeat a
question. One ``assistant serve`` with its defaults (the shared sentence-vector cache, one
worker per core, each model run on one core) answers the first pool one question at a time
(one client), then the second pool with ``--clients`` clients taking the next unasked question
as each finishes: the same amount of work of the same kind, each question asked exactly once,
so the throughput ratio is what the cores give when requests do not hit the cache. A second,
fresh server does the same with every model run on all cores (``ASSISTANT_EMBED_THREADS`` = the
core count), the setting before 2026-12-07. Every response is checked: HTTP 200, the JSON
contract, its ``question`` equal to the one sent. Peak RSS is the server's VmHWM.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import PYTHON, TARGET_RATIO, TARGET_RSS_MB, Server, Tally, once_each, table_row, timed_ask  # noqa: E402
from bench.news import news_documents  # noqa: E402
from bench.query import SEED, first_sentence, summaries  # noqa: E402
from evals.markdown import write_section  # noqa: E402

HEADING = "## Web server under load: unseen questions over news articles"


def questions_for(articles: list[dict[str, str]]) -> list[str]:
    """One question per article (its summary's first sentence), distinct, in a seeded order."""
    by_text = summaries()
    out = list(dict.fromkeys(first_sentence(by_text[a["text"]]) for a in articles))
    random.Random(SEED).shuffle(out)
    return out


def drain(url: str, questions: list[str], clients: int) -> dict[str, Any]:
    """``clients`` threads asking until every question has been asked once."""
    todo: queue.SimpleQueue[str] = queue.SimpleQueue()
    for q in questions:
        todo.put(q)
    tally = Tally()

    def work() -> None:
        while True:
            try:
                q = todo.get_nowait()
            except queue.Empty:
                return
            timed_ask(url, q, tally)

    start = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"clients": clients, **tally.summary(time.perf_counter() - start)}


def run(docs: int, clients: int, warm: int) -> dict[str, Any]:
    tmp = tempfile.mkdtemp(prefix="load-news-")
    articles = list(news_documents(docs))
    source = Path(tmp) / "news.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    store = str(Path(tmp) / "store")
    began = time.perf_counter()
    subprocess.run([PYTHON, "-m", "assistant", "index", str(source), "--store", store, "--quiet"], check=True,
                   env={**os.environ, "ASSISTANT_HOME": tmp}, stdout=subprocess.DEVNULL)
    indexed = time.perf_counter() - began
    questions = questions_for(articles)
    warmup, rest = questions[:warm], questions[warm:]
    alone, together = rest[0::2], rest[1::2]
    n = min(len(alone), len(together))
    alone, together = alone[:n], together[:n]
    servers = {}
    for name, env in SERVERS:  # the default, then the same server with every model run on all cores
        server = Server(store, tmp, env)
        try:
            once_each(server.url, warmup)
            one = once_each(server.url, alone)
            many = drain(server.url, together, clients)
            servers[name] = {"one": one, "many": many, "peak_rss_mb": server.peak_rss_mb()}
        finally:
            server.stop()
    return {"docs": len(articles), "indexed_s": indexed, "warm": len(warmup), "pool": n, "servers": servers}


# ``default``: each model run on the cores of one worker (one core; assistant.settings.for_serving);
# ``all cores``: every run split over all cores, as every run was before 2026-12-07.
SERVERS: tuple[tuple[str, dict[str, str]], ...] = (
    ("default", {}), ("all cores", {"ASSISTANT_EMBED_THREADS": str(os.cpu_count() or 1)}))


def section(r: dict[str, Any], command: str, load_before: float) -> str:
    served, before = r["servers"]["default"], r["servers"]["all cores"]
    one, many = served["one"], served["many"]
    ratio = many["throughput"] / one["throughput"] if one["throughput"] else 0.0
    clean = all(c["errors"] == 0 and c["mismatched"] == 0
                for s in r["servers"].values() for c in (s["one"], s["many"]))
    met = {True: "met", False: "**not met**"}
    gain = many["throughput"] / before["many"]["throughput"] if before["many"]["throughput"] else 0.0
    lone = one["throughput"] / before["one"]["throughput"] if before["one"]["throughput"] else 0.0
    return (
        f"{HEADING}\n\n"
        f"`{command}` on {platform.machine()}, {os.cpu_count()} cores (1-minute load average before it started: "
        f"{load_before:.1f}). The first {r['docs']} CNN/DailyMail articles indexed with the real model "
        f"({r['indexed_s']:.0f} s), one question per article from its reference summary's first sentence; "
        f"{r['warm']} warm-up questions, then two pools of {r['pool']} that no request repeats. Two "
        "`assistant serve` processes on that index, one after the other, each fresh: **default** (the shared "
        "sentence-vector cache, one worker per core, each model run on one core) and **all cores** (the same "
        "with `ASSISTANT_EMBED_THREADS` set to the core count, so "
        "every model run splits all cores, as every run did before 2026-12-07). Extractive generator, offline "
        "judge, `POST /api/ask` on loopback; latency is measured at the client and includes queueing.\n\n"
        "| target | goal | measured | |\n|---|---:|---:|---|\n"
        f"| {many['clients']} clients: zero errors, every answer for its question | yes | {'yes' if clean else 'no'} | "
        f"{met[clean]} |\n"
        f"| throughput, {many['clients']} clients / 1 client (default server, same run, unseen questions) | "
        f">= {TARGET_RATIO} | {ratio:.2f} | {met[ratio >= TARGET_RATIO]} |\n"
        f"| server peak RSS (default server) | <= {TARGET_RSS_MB} MB | {served['peak_rss_mb']:.0f} MB | "
        f"{met[served['peak_rss_mb'] <= TARGET_RSS_MB]} |\n\n"
        f"{many['clients']} clients get {gain:.2f}x the all-cores server's throughput in the same run, and one "
        f"client {lone:.2f}x (p50 {one['p50']:.0f} against {before['one']['p50']:.0f} ms): the ratio counts the "
        "crowd's gain and the lone question's loss alike.\n\n"
        "| server | run | clients | requests | errors | wrong question | throughput | p50 | p95 | max | abstained "
        "| server peak RSS |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        + "".join(f"| {name} " + table_row("first pool, one question at a time", s["one"])
                  + f"| {name} " + table_row(f"second pool, {s['many']['clients']} clients at once", s["many"],
                                             f"{s['peak_rss_mb']:.0f} MB")
                  for name, s in r["servers"].items())
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300, help="news articles to index (default 300)")
    ap.add_argument("--clients", type=int, default=30)
    ap.add_argument("--warm", type=int, default=10, help="warm-up questions before the pools (default 10)")
    ap.add_argument("--out", type=Path, help="write the section into this Markdown file")
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    result = run(args.docs, args.clients, args.warm)
    print(json.dumps({k: v for k, v in result.items() if k != "servers"}, indent=1))
    for name, server in result["servers"].items():
        for k in ("one", "many"):
            print(name, k, {x: y for x, y in server[k].items() if x != "answers"})
        print(name, "peak RSS", f"{server['peak_rss_mb']:.0f} MB")
    if args.out:
        command = f"python bench/load_news.py --docs {args.docs} --clients {args.clients} --warm {args.warm}"
        write_section(args.out, HEADING, section(result, command, load_before))
    if any(s[k]["errors"] or s[k]["mismatched"] for s in result["servers"].values() for k in ("one", "many")):
        raise SystemExit(1)

if __name__ == "__main__":
    main()
