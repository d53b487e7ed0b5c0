"""Several processes on one Postgres catalog and one `chroma run`: replicas see a new active
generation on their next search, a retired one answers through its grace period, ingests of a
collection take turns, and a killed ingest's vectors are found through the intent log."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from index import Index, IndexSettings
from index.catalogs import open_catalog
from index.store import VectorCollection

from .conftest import PYTHON, news_records, write_jsonl
from .test_chroma_server import chroma_server  # noqa: F401 (fixture)


def _settings(store: str, catalog: str, state: Path) -> IndexSettings:
    return IndexSettings(store=store, catalog=catalog, embedding="fake:64", state_dir=str(state))


def _consistent(index: Index) -> bool:
    gen = index.generation()
    return index.vectors(gen).ids() == index.store.catalog.chunk_ids(gen.gid)


def test_an_index_on_a_postgres_catalog_ingests_searches_and_updates(pg_url: str, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(12))
    with Index(_settings(str(tmp_path / "store"), pg_url, tmp_path)) as index:
        first = index.ingest([str(data)])
        assert first.documents == 12 and first.added == 12
        assert index.ingest([str(data)]).embedded_chunks == 0
        changed = news_records(12)
        changed[3] = {**changed[3], "text": str(changed[3]["text"]) + " A zeppelin was seen later."}
        write_jsonl(data, changed[:11])
        again = index.ingest([str(data)])
        assert (again.updated, again.removed, again.documents) == (1, 1, 11)
        assert _consistent(index)  # old vectors of the changed and the removed document are gone
        hits = index.search("zeppelin", k=3)
        assert hits and "zeppelin" in hits[0].text
        assert index.store.catalog.pending(index.generation().gid) == set()
        assert not (tmp_path / "store" / "catalog.sqlite").exists()  # the catalog is in Postgres


def test_leftovers_of_a_killed_ingest_are_found_through_the_intent_log(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(4))
    with Index(_settings(str(tmp_path / "store"), pg_url, tmp_path)) as index:
        index.ingest([str(data)])
        gen = index.generation()
        # What a killed run leaves: vectors logged and written, never committed.
        from index import Document, chunk_document

        doc = Document(doc_id="ghost", text="A ghost story that was never committed.", title="Ghost", source="g",
                       origin="g")
        chunks = chunk_document(doc, 200, 40)
        index.store.catalog.note_pending(gen.gid, [c.chunk_id for c in chunks])
        index.vectors(gen).upsert(chunks, index.encoder.encode([c.text for c in chunks]), {})
        assert index.vectors(gen).ids() > index.store.catalog.chunk_ids(gen.gid)
        with monkeypatch.context() as m:
            m.setattr(VectorCollection, "ids", lambda self: pytest.fail("the ingest listed every Chroma id"))
            assert index.ingest([str(data)]).embedded_chunks == 0
    with Index(_settings(str(tmp_path / "store"), pg_url, tmp_path)) as index:
        assert _consistent(index)  # the ghost's vectors were deleted


@pytest.mark.slow
def test_two_replicas_share_one_catalog_and_one_chroma(
    pg_url: str, chroma_server: str, tmp_path: Path  # noqa: F811
) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(8))
    writer = Index(_settings(chroma_server, pg_url + "?grace=600", tmp_path / "a"))
    reader = Index(_settings(chroma_server, pg_url + "?grace=600", tmp_path / "b"))
    with writer, reader:
        writer.ingest([str(data)])
        assert reader.search("Officials in Kyiv discussed sanctions", k=3)
        before = reader.retriever()  # what a search in flight holds when the rebuild lands
        old_gid = before.gen.gid

        write_jsonl(data, [{"id": "z", "title": "Zeppelin", "text": "A zeppelin landed in the quarry at dawn."}])
        writer.ingest([str(data)], rebuild=True)
        hits = reader.search("zeppelin quarry", k=3)  # the next search reads the new active generation
        assert reader.retriever().gen.gid != old_gid
        assert hits and all("zeppelin" in h.text for h in hits)
        assert [d.title for d in reader.documents().values()] == ["Zeppelin"]
        # The retired generation answers through its grace period: rows and vectors are still there.
        assert before.search("Officials in Kyiv discussed sanctions", k=3)
        assert [g.state for g in writer.store.catalog.generations("default") if g.gid == old_gid] == ["retired"]

        # Once the grace period is over, the next ingest's expiry drops it (here: a zero grace).
        expiring = open_catalog(pg_url + "?grace=0", tmp_path / "unused")
        try:
            assert [g.gid for g in expiring.expire("default")] == [old_gid]
        finally:
            expiring.close()
        assert old_gid not in {g.gid for g in reader.store.catalog.generations()}


@pytest.mark.slow
def test_the_ingest_lock_makes_ingests_of_a_collection_take_turns(
    pg_url: str, chroma_server: str, tmp_path: Path  # noqa: F811
) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(6))
    holder = Index(_settings(chroma_server, pg_url, tmp_path / "a"))
    waiter = Index(_settings(chroma_server, pg_url, tmp_path / "b"))
    with holder, waiter:
        done: list[int] = []
        with holder.store.catalog.ingest_lock("default"):
            thread = threading.Thread(target=lambda: done.append(waiter.ingest([str(data)]).documents))
            thread.start()
            thread.join(timeout=3)
            assert thread.is_alive() and not done  # waiting for the lock: nothing written yet
            assert holder.store.catalog.generation("default", "active") is None
        thread.join(timeout=60)
        assert done == [6]
        # Another collection is not held up by this one's lock.
        other = Index(IndexSettings(store=chroma_server, catalog=pg_url, embedding="fake:64", collection="other",
                                    state_dir=str(tmp_path / "c")))
        with holder.store.catalog.ingest_lock("default"), other:
            assert other.ingest([str(data)]).documents == 6


def _index_cmd(data: Path, store: str, catalog: str) -> list[str]:
    return [PYTHON, "-m", "assistant", "index", str(data), "--store", store, "--catalog", catalog,
            "--embedding", "fake:64", "--json", "--quiet"]


@pytest.mark.slow
def test_concurrent_ingest_processes_and_a_sigkill_leave_one_consistent_index(
    pg_url: str, chroma_server: str, tmp_path: Path  # noqa: F811
) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", news_records(150))
    b = write_jsonl(tmp_path / "b.jsonl", [{**r, "id": f"b-{r['id']}"} for r in news_records(40, seed=3)])
    procs = [subprocess.Popen(_index_cmd(p, chroma_server, pg_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for p in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
    assert sorted(json.loads(o)["documents"] for o, _ in outs)[-1] == 190  # the second saw the first's work

    # A SIGKILL mid-ingest: the old documents answer, and the next run ends consistent.
    write_jsonl(a, [{**r, "text": str(r["text"]) + " A correction followed."} for r in news_records(150)])
    proc = subprocess.Popen(_index_cmd(a, chroma_server, pg_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    settings = _settings(chroma_server, pg_url, tmp_path / "r")
    with Index(settings) as index:
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if index.store.catalog.pending(index.generation().gid):
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL, "the ingest finished before it could be killed"
        assert index.search("Officials in Kyiv discussed sanctions", k=3)
    rerun = subprocess.run(_index_cmd(a, chroma_server, pg_url), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with Index(settings) as index:
        assert _consistent(index) and len(index.documents()) == 190
        assert index.store.catalog.pending(index.generation().gid) == set()


def test_the_sqlite_and_the_postgres_catalog_index_the_same(pg_url: str, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(30))
    with Index(IndexSettings(store="memory", embedding="fake:64")) as embedded, \
            Index(IndexSettings(store="memory", catalog=pg_url, embedding="fake:64")) as shared:
        reports = [i.ingest([str(data)]).to_dict() for i in (embedded, shared)]
        assert {k: v for k, v in reports[0].items() if "second" not in k} == \
            {k: v for k, v in reports[1].items() if "second" not in k}
        assert embedded.documents() == shared.documents()
        assert embedded.chunks() == shared.chunks()
        assert dict(embedded.stored_vectors()) == dict(shared.stored_vectors())
        question = "Officials in Berlin discussed energy prices"
        dense = [[c for c, _ in i.retriever().dense(question, 5)] for i in (embedded, shared)]
        assert dense[0] == dense[1]
        # BM25 and ts_rank order differently, but find the same chunks for a word in a few of them
        lexical = [{c for c, _ in i.retriever().lexical("Berlin", 10)} for i in (embedded, shared)]
        assert lexical[0] == lexical[1] == {c.chunk_id for c in embedded.chunks().values() if "Berlin" in c.text}
