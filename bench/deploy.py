"""The three-service deployment on one machine, for trying it out: one command starts

- Postgres (a throwaway cluster: ``initdb`` into a temporary folder) holding the catalog,
- ``chroma run`` holding the vectors,
- N ``assistant serve`` replicas, each on its own port, sharing both;

indexes the bundled corpus once, prints the URLs and runs until Ctrl-C, then stops everything
and deletes the data. ``make deploy-local`` runs it::

    python bench/deploy.py [--replicas 2] [--port 7860] [--corpus corpus/] [--embedding SPEC]

Each replica re-reads the active generation per search, so ``assistant index ... --rebuild``
with the printed ``--store``/``--catalog`` flags swaps a new index in under all of them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pgcluster import PgCluster  # noqa: E402
from bench.ports import free_port  # noqa: E402

PYTHON = sys.executable


def wait_for(url: str, proc: subprocess.Popen[bytes], what: str, timeout: float = 180.0) -> None:
    deadline = time.time() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                raise SystemExit(f"{what} did not start (exit code {proc.poll()})") from None
            time.sleep(0.3)


@contextmanager
def running(cmd: list[str], env: dict[str, str], url: str, what: str,
            log: Path | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """``cmd`` started (its output to ``log`` if given), ``url`` answering, stopped at the end."""
    out = open(log, "wb") if log else None  # noqa: SIM115 - closed below, after the process
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT if out else None)
    try:
        wait_for(url, proc, what)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        if out:
            out.close()


def chroma_exe() -> str:
    exe = Path(PYTHON).parent / "chroma"
    found = str(exe) if exe.exists() else shutil.which("chroma")
    if not found:
        raise SystemExit("the chroma CLI comes with the chromadb package: pip install -e .")
    return found


def deploy(args: argparse.Namespace, stack: ExitStack, folder: Path) -> list[str]:
    """Start the services; return the replicas' URLs."""
    pg = stack.enter_context(PgCluster())
    catalog = pg.create_database("assistant")
    chroma_port = free_port()
    store = f"chroma+http://127.0.0.1:{chroma_port}"
    env = {**os.environ, "ASSISTANT_HOME": str(folder / "home"), "ANONYMIZED_TELEMETRY": "False"}
    chroma = [chroma_exe(), "run", "--path", str(folder / "chroma"), "--host", "127.0.0.1", "--port", str(chroma_port)]
    stack.enter_context(running(chroma, env, f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat", "chroma run",
                                log=folder / "chroma.log"))
    flags = ["--store", store, "--catalog", catalog, "--embedding", args.embedding]
    print(f"indexing {args.corpus} ...", flush=True)
    subprocess.run([PYTHON, "-m", "assistant", "index", args.corpus, *flags, "--quiet"], env=env, check=True)
    urls = []
    for i in range(args.replicas):
        port = args.port + i
        serve = [PYTHON, "-m", "assistant", "serve", *flags, "--host", "127.0.0.1", "--port", str(port)]
        url = f"http://127.0.0.1:{port}"
        stack.enter_context(running(serve, env, url + "/api/health", f"replica {i + 1}"))
        urls.append(url)
    print(f"\nPostgres catalog: {catalog}\nChroma server:    {store}")
    print(f"re-index under every replica: assistant index PATH {' '.join(flags)} --rebuild")
    return urls


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--replicas", type=int, default=2)
    p.add_argument("--port", type=int, default=7860, help="the first replica's port; the next ones follow")
    p.add_argument("--corpus", default=str(ROOT / "corpus"))
    p.add_argument("--embedding", default="onnx:minilm-int8")
    p.add_argument("--seconds", type=float, default=0, help="stop after this long (0: at Ctrl-C)")
    args = p.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # SIGTERM stops the services like Ctrl-C
    with tempfile.TemporaryDirectory(prefix="assistant-deploy-") as tmp, ExitStack() as stack:
        urls = deploy(args, stack, Path(tmp))
        for i, url in enumerate(urls, 1):
            print(f"replica {i}: {url}/  (API {url}/api, docs {url}/docs)")
        print("Ctrl-C stops everything and deletes the data.", flush=True)
        try:
            time.sleep(args.seconds or 10**9)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
