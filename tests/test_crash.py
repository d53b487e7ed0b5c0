"""A SIGKILL half-way through an ingest leaves the previous index usable; the next run finishes."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from index import Index, IndexSettings

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
