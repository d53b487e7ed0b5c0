"""Load on the web server: many clients asking at once over loopback, for a fixed time.

    python bench/load.py --clients 20 --seconds 60 --out docs/BENCHMARKS.md

Indexes the bundled corpus into a temporary store, starts ``assistant serve`` in its own
process on a free loopback port, and runs ``--clients`` threads, each asking the answerable
questions of the bundled eval suite in turn through ``POST /api/ask`` until the time is up.
Every response is checked: HTTP 200, the JSON contract, and its ``question`` equal to the
question that client sent (so no user ever gets another's answer). Latency is measured per
request at the client, so it includes queueing in the server.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ports import free_port  # noqa: E402
from evals.markdown import write_section  # noqa: E402
from evals.metrics import percentile  # noqa: E402
from evals.suite import load_suite  # noqa: E402

HEADING = "## Web server under load"
PYTHON = sys.executable


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mismatched: int = 0
    abstained: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def start_server(store: str, port: int, home: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ASSISTANT_HOME": home, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen([PYTHON, "-m", "assistant", "serve", "--store", store, "--port", str(port)], env=env)
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2).read()
            return proc
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not answer /api/health within 180 s")


def ask(url: str, question: str) -> dict[str, object]:
    body = json.dumps({"question": question}).encode()
    request = urllib.request.Request(url, body, {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        result: dict[str, object] = json.loads(response.read())
        return result


def client(url: str, questions: list[str], offset: int, stop: float, tally: Tally) -> None:
    i = offset
    while time.time() < stop:
        question = questions[i % len(questions)]
        i += 1
        start = time.perf_counter()
        try:
            answer = ask(url, question)
        except Exception as exc:  # every failure is counted and reported, not raised
            with tally.lock:
                tally.errors.append(f"{type(exc).__name__}: {exc}")
            continue
        elapsed = 1000 * (time.perf_counter() - start)
        with tally.lock:
            tally.latencies.append(elapsed)
            tally.mismatched += answer.get("question") != question
            tally.abstained += bool(answer.get("abstained"))


def run(clients: int, seconds: float) -> dict[str, object]:
    questions = [c.question for c in load_suite(ROOT / "evals" / "suites" / "seed.jsonl")
                 if c.answerable and not c.history]
    tmp = tempfile.mkdtemp(prefix="load-")
    store = str(Path(tmp) / "store")
    subprocess.run([PYTHON, "-m", "assistant", "index", str(ROOT / "corpus"), "--store", store, "--quiet"],
                   check=True, env={**os.environ, "ASSISTANT_HOME": tmp}, stdout=subprocess.DEVNULL)
    port = free_port()
    server = start_server(store, port, tmp)
    url = f"http://127.0.0.1:{port}/api/ask"
    try:
        ask(url, questions[0])  # warm-up: the first question loads the models' lazy parts
        tally = Tally()
        stop = time.time() + seconds
        threads = [threading.Thread(target=client, args=(url, questions, i * 3, stop, tally)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    n = len(tally.latencies)
    return {"clients": clients, "seconds": seconds, "requests": n, "errors": len(tally.errors),
            "error_samples": sorted(set(tally.errors))[:5], "mismatched": tally.mismatched,
            "abstained": tally.abstained, "throughput": n / seconds,
            "p50": percentile(tally.latencies, 50), "p95": percentile(tally.latencies, 95),
            "max": max(tally.latencies) if n else None, "questions": len(questions)}


def section(r: dict[str, object], command: str) -> str:
    ok = "yes" if r["errors"] == 0 and r["mismatched"] == 0 else "**no**"
    return (
        f"{HEADING}\n\n"
        f"`{command}` on {platform.machine()}, {os.cpu_count()} cores: {r['clients']} concurrent clients asked the "
        f"{r['questions']} answerable single-turn questions of `evals/suites/seed.jsonl` through `POST /api/ask` "
        f"for {r['seconds']:.0f} s against `assistant serve` (extractive generator, bundled corpus) on loopback.\n\n"
        "| requests | errors | wrong answer for the question | zero errors, all matched | throughput | "
        "p50 | p95 | max |\n|---|---|---|---|---|---|---|---|\n"
        f"| {r['requests']} | {r['errors']} | {r['mismatched']} | {ok} | {r['throughput']:.1f} req/s | "
        f"{r['p50']:.0f} ms | {r['p95']:.0f} ms | {r['max']:.0f} ms |\n\n"
        "Latency is measured at the client and includes queueing: with 2 cores and 20 clients, most of a "
        "request's time is spent waiting for a core, so p50 is about clients / throughput.\n"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--out", type=Path, help="write the section into this Markdown file")
    args = ap.parse_args()
    result = run(args.clients, args.seconds)
    print(json.dumps(result, indent=1))
    if args.out:
        command = f"python bench/load.py --clients {args.clients} --seconds {args.seconds:.0f}"
        write_section(args.out, HEADING, section(result, command))
    if result["errors"] or result["mismatched"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
