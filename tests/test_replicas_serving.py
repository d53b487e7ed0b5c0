"""Two `assistant serve` replicas on one Postgres catalog and one `chroma run` keep answering,
without an error and without mixing generations, while a third process rebuilds the collection."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import PYTHON, free_port, news_records, wait_for_http, write_jsonl
from .test_chroma_server import chroma_server  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def _edition(records: list[dict[str, object]], word: str) -> list[dict[str, object]]:
    return [{**r, "text": f"{r['text']} Edition {word}."} for r in records]


def _search(url: str) -> tuple[int, set[str]]:
    """The status and the editions of the passages one search returns."""
    body = json.dumps({"query": "Officials discussed sanctions", "k": 5}).encode()
    request = urllib.request.Request(url + "/api/search", body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            passages = json.load(resp)["passages"]
            return resp.status, {"one" if "Edition one" in p["text"] else "two" for p in passages}
    except urllib.error.HTTPError as exc:
        return exc.code, set()


def test_replicas_answer_throughout_a_rebuild_by_another_process(
    pg_url: str, chroma_server: str, tmp_path: Path  # noqa: F811
) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", _edition(news_records(60), "one"))
    flags = ["--store", chroma_server, "--catalog", pg_url, "--embedding", "fake:64"]
    env = {**os.environ, "ASSISTANT_HOME": str(tmp_path / "home")}
    subprocess.run([PYTHON, "-m", "assistant", "index", str(data), *flags, "--quiet"], env=env, check=True)
    ports = [free_port(), free_port()]
    servers = [subprocess.Popen([PYTHON, "-m", "assistant", "serve", *flags, "--port", str(p)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for p in ports]
    try:
        urls = [f"http://127.0.0.1:{p}" for p in ports]
        for url, proc in zip(urls, servers):
            wait_for_http(url + "/api/health", proc, "assistant serve")
        results: list[tuple[int, set[str]]] = []
        stop = threading.Event()

        def client(url: str) -> None:
            while not stop.is_set():
                results.append(_search(url))

        clients = [threading.Thread(target=client, args=(u,)) for u in urls * 2]
        for c in clients:
            c.start()
        write_jsonl(data, _edition(news_records(60), "two"))
        rebuild = subprocess.run([PYTHON, "-m", "assistant", "index", str(data), *flags, "--rebuild", "--quiet"],
                                 env=env, capture_output=True, text=True)
        time.sleep(2)
        stop.set()
        for c in clients:
            c.join(timeout=60)
        assert rebuild.returncode == 0, rebuild.stderr
        assert results and all(status == 200 for status, _ in results), {s for s, _ in results}
        assert all(len(editions) == 1 for _, editions in results)  # no answer mixes generations
        assert {"one"} in [e for _, e in results]
        assert [_search(u)[1] for u in urls] == [{"two"}, {"two"}]  # both serve the new generation
    finally:
        for proc in servers:
            proc.terminate()
            proc.wait(timeout=30)
