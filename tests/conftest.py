from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from assistant.core import Assistant

from assistant.settings import ENV_VARS
from bench.ports import free_port

from .pg import pg_cluster, pg_url  # noqa: F401 (fixtures: a throwaway Postgres per session, a database per test)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's data folders or env settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ASSISTANT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(tmp_path / "store")


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def offline_assistant(folder: Path, records: list[dict[str, object]], generator: object = None) -> Assistant:
    """An ``Assistant`` over these jsonl records: the hashing encoder and the overlap judge (unit
    tests' deterministic fakes), with ``generator`` instead of the configured one when given."""
    from assistant.components import Components
    from assistant.core import Assistant
    from assistant.judge.fake import OverlapJudge
    from assistant.settings import load_settings
    from index import Index, IndexSettings

    folder.mkdir(parents=True, exist_ok=True)
    store = str(folder / "store")
    data = write_jsonl(folder / "d.jsonl", records)
    index = Index(IndexSettings(store=store, embedding="fake:64"))
    index.ingest([str(data)])
    parts = Components.from_settings(load_settings(store=store, embedding="fake:64"), encoder=index.encoder,
                                     generator=generator, judge=OverlapJudge())  # type: ignore[arg-type]
    return Assistant(parts, index=index)


def ranked_sentences(texts: list[str]) -> list[Any]:
    """Candidate sentences of one passage, ranked in the order given (for pure answer logic)."""
    from assistant.sentences import Candidate

    return [Candidate(1, t, 0, len(t), 1.0 - i / 100) for i, t in enumerate(texts)]


def news_records(n: int, seed: int = 0) -> list[dict[str, object]]:
    """``n`` distinct, deterministic short news-like documents."""
    places = ["Anchorage", "Kyiv", "Moscow", "Washington", "Berlin", "Paris", "Tokyo", "Delhi"]
    topics = ["trade talks", "a ceasefire", "energy prices", "sanctions", "elections", "a summit"]
    out = []
    for i in range(n):
        place, topic = places[(i + seed) % len(places)], topics[(i * 7 + seed) % len(topics)]
        text = (f"Report {i} from {place}. Officials in {place} discussed {topic} on day {i % 28 + 1}. "
                f"The meeting number {i} ended with a statement about {topic}. "
                f"Observers said the talks in {place} were the {i}th of the year.")
        out.append({"id": f"doc-{i}", "title": f"Report {i}: {topic} in {place}", "text": text,
                    "date": f"2025-08-{i % 28 + 1:02d}"})
    return out


PYTHON = sys.executable


def wait_for_http(url: str, proc: subprocess.Popen[bytes], what: str, timeout: float = 120.0) -> None:
    """Poll ``url`` until it answers, failing early if the server process died."""
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.3)


@contextlib.contextmanager
def serve_in_thread(app: object, name: str = "test-server") -> Iterator[str]:
    """``app`` served by uvicorn on a free loopback port in a thread; yields its base url once
    ``/api/health`` answers, and stops the server afterwards."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(url + "/api/health", timeout=2):
                    break
            except OSError:
                if time.time() > deadline or not thread.is_alive():
                    raise RuntimeError(f"the server did not start at {url}") from None
                time.sleep(0.1)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=15)
