"""A SIGKILL half-way through an ingest leaves the previous index usable; the next run finishes."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from index import Index, IndexSettings
from index.ingest import EMBED_CHUNKS

from .conftest import PYTHON, news_records, write_jsonl

pytestmark = pytest.mark.slow


def _committed_docs(catalog: Path) -> int:
    try:
        with sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _run_index(path: Path, store: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, "-m", "assistant", "index", str(path), "--store", store, "--json", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_sigkill_mid_ingest_keeps_the_old_index_and_the_next_run_completes(tmp_path: Path, store: str) -> None:
    data = tmp_path / "news.jsonl"
    old = news_records(150)
    write_jsonl(data, old)
    with Index(IndexSettings(store=store)) as index:
        assert index.ingest([str(data)]).documents == 150

    # Change every old document and add many new ones, then kill the ingest mid-way.
    new = [{**r, "text": str(r["text"]) + " A correction was issued later."} for r in old]
    new += news_records(500, seed=1)[150:]
    write_jsonl(data, new)
    proc = _run_index(data, store)
    catalog = Path(store) / "catalog.sqlite"
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        # Old and new versions of a document share a row, so the count passes 150
        # only once the first new documents are committed.
        if _committed_docs(catalog) > 160:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed; make the data larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _committed_docs(catalog)
    assert 150 < killed_at < 500

    # The index still answers, and every committed chunk has its vector.
    with Index(IndexSettings(store=store)) as index:
        gen = index.generation()
        assert index.store.catalog.chunk_ids(gen.gid) <= index.vectors(gen).ids()
        hits = index.search("Officials in Kyiv discussed sanctions", k=3)
        assert hits and all("Kyiv" in h.text or "sanctions" in h.text for h in hits)

    # The next run completes the work and leaves nothing behind.
    proc = _run_index(data, store)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    report = json.loads(out)
    assert report["documents"] == 500
    with Index(IndexSettings(store=store)) as index:
        gen = index.generation()
        assert index.vectors(gen).ids() == index.store.catalog.chunk_ids(gen.gid)
        texts = [index.store.catalog.document_text(gen.gid, d) or "" for d in index.store.catalog.documents(gen.gid)]
        assert sum("A correction was issued later." in t for t in texts) == 150


def _long_records(n: int) -> list[dict[str, object]]:
    """News records of about three chunks each, so a document in flight is more than one call."""
    out = []
    for r in news_records(n):
        text = " ".join(f"{r['text']} Paragraph {p} adds detail number {p} about {r['title']}." for p in range(9))
        out.append({**r, "text": text})
    return out


def _uncommitted_docs(index: Index, doc_of: dict[str, str]) -> set[str]:
    """The documents of vectors in Chroma that no catalog row references (written, not committed)."""
    gen = index.generation()
    return {doc_of[c] for c in index.vectors(gen).ids() - index.store.catalog.chunk_ids(gen.gid)}


@pytest.mark.parametrize("seed", [16, 19])
def test_sigkill_in_the_first_batch_loses_at_most_the_call_in_flight(
    tmp_path: Path, store: str, seed: int
) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", _long_records(200))
    fake = ["--embedding", "fake:64"]
    with Index(IndexSettings(store="memory", embedding="fake:64")) as probe:
        total = probe.ingest([str(data)])
        doc_of = {cid: c.doc_id for cid, c in probe.chunks().items()}  # chunk ids are content-addressed
    assert total.chunks >= 2.5 * total.documents  # documents of several chunks (and embedding calls)
    rng = random.Random(seed)
    stop_at = rng.randint(1, 256 // 3 - 10)  # documents committed, inside the first 256 chunks

    proc = subprocess.Popen([PYTHON, "-m", "assistant", "index", str(data), "--store", store, "--quiet", *fake],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    catalog = Path(store) / "catalog.sqlite"
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and _committed_docs(catalog) < stop_at:
        time.sleep(0.002)
    time.sleep(rng.uniform(0, 0.05))  # then a random moment: inside an embedding call, a commit, or between
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    committed = _committed_docs(catalog)
    assert stop_at <= committed < 256 // 3  # still in the first 256-chunk batch of the old protocol

    # A first index killed midway is readable, holds every committed document, and says so.
    settings = IndexSettings(store=store, embedding="fake:64")
    with Index(settings) as index:
        assert len(index.documents()) == committed
        gen = index.generation()
        assert index.store.catalog.chunk_ids(gen.gid) <= index.vectors(gen).ids()
        in_flight = _uncommitted_docs(index, doc_of)  # written by the last call(s), not yet committed
        assert not in_flight & set(index.documents())
        assert sum(d in in_flight for d in doc_of.values()) <= EMBED_CHUNKS + max(Counter(doc_of.values()).values())
        committed_chunks = len(index.store.catalog.chunk_ids(gen.gid))
        assert index.unfinished() == {"paths": [str(data)], "rebuild": False}
    stats = subprocess.run([PYTHON, "-m", "assistant", "stats", "--store", store, *fake],
                           capture_output=True, text=True, check=True).stdout
    assert f"indexing was interrupted after {committed} documents" in stats
    assert f"re-run `assistant index {data}`" in stats

    # The re-run embeds only what was never committed, reusing the vectors of the document in flight.
    with Index(settings) as index:
        report = index.ingest([str(data)])
        assert index.unfinished() is None
        gen = index.generation()
        assert index.vectors(gen).ids() == index.store.catalog.chunk_ids(gen.gid)
    assert report.documents == total.documents and report.chunks == total.chunks
    assert report.added == total.documents - committed and report.unchanged == committed
    assert report.embedded_chunks + report.reused_chunks == total.chunks - committed_chunks
    in_flight_chunks = sum(doc == d for d in doc_of.values() for doc in in_flight)
    assert report.reused_chunks == in_flight_chunks  # what the killed run wrote is not embedded again
    print(f"killed after {committed} documents; {in_flight_chunks} chunks reused, {report.embedded_chunks} embedded")
