"""Ingest on Ray (the ``scale`` extra) gives what the in-process ingest gives: the same chunk
ids, the same vectors, the same catalog and BM25 answers, first run and incremental run.
Without Ray installed, ``--ray`` names the extra to install."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.cli import main
from index import Index, IndexSettings, IngestReport
from index.ingest import EMBED_CHUNKS

from .conftest import CORPUS, PYTHON, ROOT, news_records, write_jsonl

QUERIES = ["Officials in Kyiv discussed sanctions", "Where will Trump and Putin meet?", "harbor ferry schedule"]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[str]:
    """One local Ray for the module (starting one takes seconds): 2 CPUs, loopback only.
    The ingest joins it instead of starting its own, and leaves it running. ``address="local"``
    starts a new one even where another Ray runs on the machine (joining it would refuse
    ``num_cpus``, and the test would run on someone else's cluster)."""
    ray = pytest.importorskip("ray", reason="Ray is not installed (the scale extra: pip install -e '.[scale]')")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(address="local", num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
                 log_to_driver=False, configure_logging=False)
        yield "local"
        ray.shutdown()


def _corpus(root: Path) -> list[str]:
    """Several formats, a file that fails to load, and a file reached through two arguments."""
    folder = root / "docs"
    folder.mkdir()
    write_jsonl(folder / "news.jsonl", news_records(120))
    (folder / "notes.md").write_text("# Harbor notes\n\nThe ferry schedule changes in May.\n\n"
                                     "A second paragraph about the harbor master.", "utf-8")
    (folder / "broken.jsonl").write_text('{"text": "fine"}\nnot json\n', "utf-8")
    (folder / "empty.txt").write_text("   \n", "utf-8")
    fixtures = ROOT / "tests" / "fixtures"
    return [str(folder), str(CORPUS), str(fixtures / "harbor_gazette.html"), str(folder / "notes.md")]


def _snapshot(index: Index) -> tuple[object, ...]:
    vectors = dict(index.stored_vectors())
    hits = [[(p.chunk_id, round(p.score, 6)) for p in index.search(q, k=5)] for q in QUERIES]
    return index.documents(), index.chunks(), vectors, hits


def _work(r: IngestReport) -> tuple[object, ...]:
    return (r.documents, r.chunks, r.added, r.updated, r.removed, r.unchanged, r.embedded_chunks,
            r.embedded_tokens, sorted(r.problems), sorted(r.skipped))


def _assert_same(ours: tuple[object, ...], theirs: tuple[object, ...]) -> None:
    docs, chunks, vectors, hits = ours
    want_docs, want_chunks, want_vectors, want_hits = theirs
    assert docs == want_docs
    assert chunks == want_chunks
    assert isinstance(vectors, dict) and isinstance(want_vectors, dict)
    assert vectors.keys() == want_vectors.keys()
    got, want = (np.array([v[k] for k in sorted(want_vectors)]) for v in (vectors, want_vectors))
    assert np.allclose(got, want, rtol=0, atol=1e-6), f"max difference {np.abs(got - want).max()}"
    assert hits == want_hits


@pytest.mark.slow
def test_ray_ingest_matches_in_process(tmp_path: Path, local_ray: str) -> None:
    paths = _corpus(tmp_path)
    runs: dict[str, list[tuple[IngestReport, tuple[object, ...]]]] = {}
    for name, ray in (("in-process", None), ("ray", local_ray)):
        with Index(IndexSettings(store=str(tmp_path / name))) as index:
            first = index.ingest(paths, ray=ray)
            runs[name] = [(first, _snapshot(index))]
        # An incremental run: a changed document, a new one, a vanished one.
        news = tmp_path / "docs" / "news.jsonl"
        records = news_records(120)
        write_jsonl(news, [{**records[0], "text": "A correction: the talks moved to Anchorage."},
                           *records[2:], *news_records(125)[120:]])
        with Index(IndexSettings(store=str(tmp_path / name))) as index:
            again = index.ingest(paths, ray=ray)
            runs[name].append((again, _snapshot(index)))
        write_jsonl(news, news_records(120))

    (first, first_state), (again, again_state) = runs["ray"]
    (want_first, want_first_state), (want_again, want_again_state) = runs["in-process"]
    assert first.documents > 120 and first.problems  # the corpus is what it should be
    assert _work(first) == _work(want_first)
    _assert_same(first_state, want_first_state)
    assert (again.added, again.updated, again.removed) == (5, 1, 1)
    assert _work(again) == _work(want_again)
    _assert_same(again_state, want_again_state)


def test_ray_without_the_extra_names_the_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` does where Ray is not installed
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Some text to index.", "utf-8")
    store = tmp_path / "store"
    code = main(["index", str(folder), "--store", str(store), "--embedding", "fake:64", "--ray", "--quiet"])
    assert code == 2
    err = capsys.readouterr().err
    assert "--ray needs Ray" in err and "pip install 'corpus-assistant[scale]'" in err
    assert not os.path.exists(store / "catalog.sqlite") or _nothing_indexed(str(store))


def _nothing_indexed(store: str) -> bool:
    with Index(IndexSettings(store=store, embedding="fake:64")) as index:
        return index.stats()["n_documents"] == 0


def _descendants(pid: int) -> list[int]:
    """Every process under ``pid``, read from /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found += children
        todo += children
    return found


def _committed_docs(catalog: Path) -> int:
    try:
        with sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_sigkill_of_the_ray_driver_loses_only_the_calls_in_flight(tmp_path: Path, local_ray: str) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(300))
    store = tmp_path / "store"
    proc = subprocess.Popen([PYTHON, "-m", "assistant", "index", str(data), "--store", str(store), "--ray", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    catalog = store / "catalog.sqlite"
    stop_at = random.Random(7).randint(40, 200)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None and _committed_docs(catalog) < stop_at:
        time.sleep(0.01)
    assert proc.poll() is None, f"the ingest ended before it could be killed: {proc.communicate()[1][-2000:]}"
    ray_processes = _descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Ray's GCS and raylet die with their driver, but its dashboard and runtime-env agents
    # outlive it (Ray 2.60.0): end them, so the test leaves nothing running.
    for pid in ray_processes:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)

    with Index(IndexSettings(store=str(store))) as index:
        gen = index.generation()
        committed, stored = index.store.catalog.chunk_ids(gen.gid), index.vectors(gen).ids()
        assert committed <= stored  # every committed chunk has its vector
        # Written and not committed: the last call the driver upserted (the documents here are one
        # chunk each). The calls still on the actors (CALLS_PER_ACTOR each) were never written.
        in_flight = stored - committed
        assert len(in_flight) <= EMBED_CHUNKS
        killed_at = len(index.documents())
        assert stop_at <= killed_at < 300
        again = index.ingest([str(data)], ray=local_ray)
        assert (again.unchanged, again.added, again.reused_chunks) == (killed_at, 300 - killed_at, len(in_flight))
        resumed = _snapshot(index)
        assert index.vectors(gen).ids() == index.store.catalog.chunk_ids(gen.gid)  # nothing left behind
    with Index(IndexSettings(store=str(tmp_path / "clean"))) as index:
        index.ingest([str(data)])
        _assert_same(resumed, _snapshot(index))
