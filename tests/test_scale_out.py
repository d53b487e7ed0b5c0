"""Issue 18 on the scale-out path: a Postgres catalog, a `chroma run` server on loopback, and
the ingest on a two-node ``ray.cluster_utils.Cluster`` (one CPU a node, so the pool's two
embedding actors sit one on each node).

- Equivalence: on 300 documents it indexes exactly what the embedded path (SQLite catalog,
  embedded Chroma, in-process ingest) indexes: documents, chunks, texts, ids and vectors.
- Kill tests: the driver process SIGKILLed at a random point of a rebuild, an embedding actor
  SIGKILLed mid-run, and the Chroma server stopped mid-ingest and started again on the same
  data folder and port. Each rebuild of an indexed collection
  ends as a clean run does (after a re-run, when the first one stopped with a clear error),
  and the previous generation answers the searches made throughout.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.ports import free_port
from index import ClusterUnavailableError, Index, IndexSettings, StoreUnavailableError, ingest_ray
from index import ingest as ingest_module

from .conftest import news_records, wait_for_http, write_jsonl

ray = pytest.importorskip("ray", reason="Ray is not installed (the scale extra: pip install -e '.[scale]')")
pytest.importorskip("psycopg", reason="psycopg is not installed (the scale extra: pip install -e '.[scale]')")
pytest.importorskip("chromadb", reason="chromadb is not installed")

pytestmark = pytest.mark.slow

DOCS = 300
QUERY = "Officials in Kyiv discussed sanctions"
FAKE = "fake:64"  # the kill tests: a deterministic embedder, so a run is seconds, not a model load per actor


@pytest.fixture(scope="module")
def two_nodes() -> Iterator[str]:
    """A Ray cluster of two nodes on loopback, one CPU each, this process its driver: the
    ingest joins it. It does not advertise itself in /tmp/ray (as ``Cluster`` does for
    ``ray.init()``), so other Ray users on the machine never attach to it."""
    from ray.cluster_utils import Cluster

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RAY_USAGE_STATS_ENABLED", "0")
        # Loopback for every address, the driver's and the workers' too: Ray otherwise swaps
        # "127.0.0.1" for the machine's own address, which a sandbox may not let it connect to
        # (the driver then waits for the GCS forever)
        mp.setenv("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
        mp.setattr(ray._private.ray_constants, "ENABLE_RAY_CLUSTER", False)
        mp.setattr(ray._private.utils, "write_ray_address", lambda *args, **kwargs: None)
        cluster = Cluster()
        try:
            cluster.add_node(num_cpus=1, node_ip_address="127.0.0.1", include_dashboard=False)
            cluster.add_node(num_cpus=1, node_ip_address="127.0.0.1")
            ray.init(address=cluster.address, _node_ip_address="127.0.0.1", log_to_driver=False,
                     configure_logging=False)
            assert len([n for n in ray.nodes() if n["Alive"]]) == 2
            yield cluster.address
        finally:
            ray.shutdown()
            cluster.shutdown()


class ChromaServer:
    """`chroma run` on a loopback port and data folder of its own, that a test can stop and
    start again on the same folder and port."""

    def __init__(self, data: Path) -> None:
        exe = Path(sys.executable).parent / "chroma"
        chroma = str(exe) if exe.exists() else shutil.which("chroma")
        assert chroma, "the chroma CLI comes with the chromadb package"
        self.port = free_port()
        self.url = f"chroma+http://127.0.0.1:{self.port}"
        self._cmd = [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(self.port)]
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._proc = subprocess.Popen(self._cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_http(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", self._proc, "chroma run", timeout=60)

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None


@pytest.fixture
def chroma(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-data")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _edition(word: str) -> list[dict[str, object]]:
    return [{**r, "text": f"{r['text']} Edition {word}."} for r in news_records(DOCS)]


def _editions(index: Index) -> set[str]:
    """The editions of the passages one search returns (raises when it cannot search)."""
    passages = index.search(QUERY, k=5)
    assert passages, "a search returned nothing"
    return {"one" if "Edition one" in p.text else "two" for p in passages}


def _state(index: Index) -> dict[str, Any]:
    """What an index holds: its catalog (documents, chunks, texts, ids) and its vectors."""
    gen = index.generation()
    docs = index.documents()
    return {
        "documents": docs,
        "chunks": index.chunks(),
        "texts": {d: index.document_text(d) for d in docs},
        "chunk_ids": index.store.catalog.chunk_ids(gen.gid),
        "vectors": dict(index.stored_vectors()),
        "dense": index.retriever().dense(QUERY, 10),
    }


def _assert_same_state(got: dict[str, Any], want: dict[str, Any], atol: float = 0.0) -> None:
    for key in ("documents", "chunks", "texts", "chunk_ids"):
        assert got[key] == want[key], key
    # The same neighbours with the same scores; chunks tied in score (the fake embedder makes
    # many) may come in either order, and at the cut-off either may be left out.
    scores = [[round(s, 5) for _, s in hits] for hits in (got["dense"], want["dense"])]
    assert scores[0] == scores[1]
    above = [{c for c, s in hits if round(s, 5) > scores[0][-1]} for hits in (got["dense"], want["dense"])]
    assert above[0] == above[1]
    assert len(want["documents"]) == DOCS
    assert got["vectors"].keys() == want["vectors"].keys() == want["chunk_ids"]
    ids = sorted(want["vectors"])
    a, b = (np.array([v[i] for i in ids], dtype=np.float32) for v in (got["vectors"], want["vectors"]))
    assert np.allclose(a, b, rtol=0, atol=atol), f"max difference {np.abs(a - b).max()}"


def _where(self: object) -> tuple[str, int]:
    return ray.get_runtime_context().get_node_id(), os.getpid()


def _watch_pools(monkeypatch: pytest.MonkeyPatch) -> list[list[tuple[Any, str, int]]]:
    """The handle, node and process id of the embedding actors of each pool the ingest starts."""
    pools: list[list[tuple[Any, str, int]]] = []
    start_pool = ingest_ray.RayPipeline._actors

    def actors(pipeline: ingest_ray.RayPipeline) -> list[Any]:
        started = start_pool(pipeline)
        where = ray.get([a.__ray_call__.remote(_where) for a in started])
        pools.append([(actor, node, pid) for actor, (node, pid) in zip(started, where)])
        return started

    monkeypatch.setattr(ingest_ray.RayPipeline, "_actors", actors)
    return pools


def test_the_embedded_and_the_scale_out_path_index_the_same(
    tmp_path: Path, pg_url: str, chroma: ChromaServer, two_nodes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(DOCS))
    # The model the product ships (what the existing Ray test uses): one actor a node loads it.
    with Index(IndexSettings(store=str(tmp_path / "embedded"))) as embedded:
        want_report = embedded.ingest([str(data)])
        want = _state(embedded)

    pools = _watch_pools(monkeypatch)
    settings = IndexSettings(store=chroma.url, catalog=pg_url, state_dir=str(tmp_path / "state"))
    with Index(settings) as scaled:
        report = scaled.ingest([str(data)], ray=two_nodes)
        got = _state(scaled)
    assert not list((tmp_path / "state").glob("**/catalog.sqlite"))  # the catalog is in Postgres
    assert len(pools) == 1 and len({node for _, node, _ in pools[0]}) == 2  # an actor on each node
    assert [(r.documents, r.chunks, r.embedded_chunks, r.problems) for r in (report, want_report)] == [
        (DOCS, DOCS, DOCS, [])] * 2
    _assert_same_state(got, want, atol=1e-6)


@dataclass
class Searches:
    """Searches made in a thread of their own, through an index of their own (a replica's
    view) while a test runs: when each began and ended, and the editions it found or its error."""

    settings: IndexSettings
    made: list[tuple[float, float, set[str] | BaseException]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> Searches:
        self._thread = threading.Thread(target=self._run, name="searches", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=120)

    def _run(self) -> None:
        with Index(self.settings) as index:
            while not self._stop.is_set():
                began = time.monotonic()
                try:
                    found: set[str] | BaseException = _editions(index)
                except Exception as exc:  # noqa: BLE001 (recorded, judged by the test)
                    found = exc
                self.made.append((began, time.monotonic(), found))
                time.sleep(0.1)

    def editions(self) -> list[set[str]]:
        return [found for _, _, found in self.made if isinstance(found, set)]

    def errors(self) -> list[tuple[float, float, BaseException]]:
        return [(a, b, found) for a, b, found in self.made if isinstance(found, BaseException)]


def _at_call(monkeypatch: pytest.MonkeyPatch, n: int, action: Callable[[], None]) -> None:
    """Run ``action`` in the driver when the vectors of the ``n``-th embedding call come back,
    before they are written: the run is mid-way, with calls queued on the actors."""
    calls = [0]
    done = ingest_module._EmbedQueue.done

    def hooked(queue: Any, call: Any, embedded: Any) -> None:
        calls[0] += 1
        if calls[0] == n:
            action()
        done(queue, call, embedded)

    monkeypatch.setattr(ingest_module._EmbedQueue, "done", hooked)


def _indexed(tmp_path: Path, pg_url: str, chroma: ChromaServer, two_nodes: str) -> tuple[Path, IndexSettings]:
    """A collection indexed on the scale-out path with edition one; its file now holds edition two."""
    data = write_jsonl(tmp_path / "news.jsonl", _edition("one"))
    settings = IndexSettings(store=chroma.url, catalog=pg_url, embedding=FAKE, state_dir=str(tmp_path / "state"))
    with Index(settings) as index:
        assert index.ingest([str(data)], ray=two_nodes).documents == DOCS
        assert _editions(index) == {"one"}
    write_jsonl(data, _edition("two"))
    return data, settings


def _assert_like_a_clean_run(settings: IndexSettings, data: Path) -> None:
    """The collection holds what a clean run of ``data`` into a new collection holds, and
    nothing besides (no vector without its catalog row, no intent left in the log)."""
    with Index(settings) as index, Index(IndexSettings(**{**vars(settings), "collection": "clean"})) as clean:
        clean.ingest([str(data)])
        got, want = _state(index), _state(clean)
        assert index.store.catalog.pending(index.generation().gid) == set()
        assert _editions(index) == {"two"}
    _assert_same_state(got, want)


def _assert_answered_throughout(searches: Searches, down: tuple[float, float] | None = None) -> None:
    """Every search found passages of one edition, edition one until the rebuild was activated
    and two after; the only errors are of searches made while the Chroma server was down."""
    editions = searches.editions()
    assert len(editions) >= 5 and editions[0] == {"one"} and editions[-1] == {"two"}, editions
    assert all(len(e) == 1 for e in editions)  # no search mixes the generations
    switch = editions.index({"two"})
    assert all(e == {"two"} for e in editions[switch:])  # never back to the old one
    for began, ended, exc in searches.errors():
        assert down is not None and began <= down[1] and ended >= down[0], repr(exc)
        assert isinstance(exc, StoreUnavailableError) and "chroma run" in str(exc), repr(exc)


@pytest.mark.parametrize("kill", ["sigkill", "ray.kill"])
def test_a_killed_embedding_actor(
    kill: str, tmp_path: Path, pg_url: str, chroma: ChromaServer, two_nodes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sigkill``: the actor's process dies; Ray restarts the actor and re-runs its calls (the
    pool's max_restarts and max_task_retries), so the run goes on. ``ray.kill``: the actor is
    ended for good; the run stops with an error that says to re-run, and the re-run finishes."""
    data, settings = _indexed(tmp_path, pg_url, chroma, two_nodes)
    pools = _watch_pools(monkeypatch)
    killed: list[int] = []
    probe = Index(settings)

    def kill_an_actor() -> None:
        actor, _node, pid = pools[-1][-1]  # the actor on the second node
        if kill == "sigkill":
            os.kill(pid, signal.SIGKILL)
        else:
            ray.kill(actor, no_restart=True)
        killed.append(pid)
        assert _editions(probe) == {"one"}  # mid-run, the old generation answers

    _at_call(monkeypatch, 3, kill_an_actor)
    with probe, Searches(settings) as searches, Index(settings) as writer:
        if kill == "sigkill":
            report = writer.ingest([str(data)], rebuild=True, ray=two_nodes)
        else:
            with pytest.raises(ClusterUnavailableError, match="re-run the same command to finish"):
                writer.ingest([str(data)], rebuild=True, ray=two_nodes)
            assert _editions(probe) == {"one"}
            monkeypatch.setattr(ingest_module._EmbedQueue, "done", _original_done)
            report = writer.ingest([str(data)], rebuild=True, ray=two_nodes)
            # It resumed the rebuild: the documents committed before the kill are kept.
            assert report.unchanged >= 3 * ingest_module.EMBED_CHUNKS and report.added == DOCS - report.unchanged
            assert len(pools) == 2  # a new pool: the first one's CPUs were given back
        assert report.documents == DOCS and killed and not Path(f"/proc/{killed[0]}").exists()
        time.sleep(0.3)  # a few searches after the swap
    _assert_answered_throughout(searches)
    _assert_like_a_clean_run(settings, data)


_original_done = ingest_module._EmbedQueue.done


def test_a_chroma_server_restart_mid_ingest(
    tmp_path: Path, pg_url: str, chroma: ChromaServer, two_nodes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, settings = _indexed(tmp_path, pg_url, chroma, two_nodes)
    down: list[float] = []
    probe = Index(settings)

    def stop_chroma() -> None:
        down.append(time.monotonic())
        chroma.stop()
        with pytest.raises(StoreUnavailableError, match="chroma run"):
            probe.search(QUERY, k=5)

    _at_call(monkeypatch, 4, stop_chroma)
    with probe, Searches(settings) as searches, Index(settings) as writer:
        with pytest.raises(StoreUnavailableError, match="chroma run"):
            writer.ingest([str(data)], rebuild=True, ray=two_nodes)
        chroma.start()  # the same data folder and port
        down.append(time.monotonic())
        assert _editions(probe) == {"one"}  # the old generation is back, untouched
        monkeypatch.setattr(ingest_module._EmbedQueue, "done", _original_done)
        again = writer.ingest([str(data)], rebuild=True, ray=two_nodes)
        # The re-run resumed the rebuild: what the first run committed stays, the rest is added.
        assert again.unchanged == 3 * ingest_module.EMBED_CHUNKS and again.added == DOCS - again.unchanged
        time.sleep(0.3)
    _assert_answered_throughout(searches, (down[0], down[1]))
    _assert_like_a_clean_run(settings, data)


def test_a_sigkilled_driver_mid_rebuild(tmp_path: Path, pg_url: str, chroma: ChromaServer, two_nodes: str) -> None:
    """The driver itself, an `assistant index --rebuild --ray ADDRESS` process on the scale-out
    path, SIGKILLed at a random point of the rebuild (after 1 to 250 of its 300 documents are
    committed): the old generation answers throughout, and a re-run resumes the rebuild and
    ends as a clean run does."""
    data, settings = _indexed(tmp_path, pg_url, chroma, two_nodes)
    stop_at = random.Random(18).randint(1, 250)
    cmd = [sys.executable, "-m", "assistant", "index", str(data), "--store", chroma.url, "--catalog", pg_url,
           "--embedding", FAKE, "--rebuild", "--ray", two_nodes, "--quiet"]
    env = {**os.environ, "ASSISTANT_HOME": settings.state_dir}
    with Index(settings) as probe, Searches(settings) as searches, Index(settings) as writer:
        catalog = probe.store.catalog
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 300
        committed = 0
        while time.time() < deadline and proc.poll() is None and committed < stop_at:
            building = catalog.generation(settings.collection, "building")
            committed = catalog.counts(building.gid)[0] if building else 0
            time.sleep(0.01)
        assert proc.poll() is None, f"the rebuild ended before it could be killed: {proc.communicate()[1][-2000:]}"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
        assert _editions(probe) == {"one"}  # the old generation still answers
        building = catalog.generation(settings.collection, "building")
        assert building is not None
        killed_at = catalog.counts(building.gid)[0]
        assert stop_at <= killed_at < DOCS
        again = writer.ingest([str(data)], rebuild=True, ray=two_nodes)
        assert (again.unchanged, again.added) == (killed_at, DOCS - killed_at)  # resumed, nothing redone
        time.sleep(0.3)  # a few searches after the swap
    _assert_answered_throughout(searches)
    _assert_like_a_clean_run(settings, data)
