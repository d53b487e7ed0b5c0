"""Incremental ingest, settings mismatch, collections and the catalog/vector agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Index, IndexSettings, StoreMismatchError
from index.errors import ConfigError

from .conftest import CORPUS, news_records, write_jsonl


def _index(store: str, **kw: object) -> Index:
    return Index(IndexSettings(store=store, embedding="fake:64", **kw))  # type: ignore[arg-type]


def _consistent(index: Index) -> None:
    """Every committed chunk has a vector and nothing else does."""
    gen = index.generation()
    assert index.vectors(gen).ids() == index.store.catalog.chunk_ids(gen.gid)


def test_reindex_skips_unchanged_updates_changed_removes_deleted(tmp_path: Path, store: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Document {i} says the answer is {i}.\n\nMore text {i}.", "utf-8")
    with _index(store) as index:
        first = index.ingest([str(folder)])
        assert (first.added, first.documents) == (3, 3)
        again = index.ingest([str(folder)])
        assert (again.unchanged, again.embedded_chunks, again.added) == (3, 0, 0)
        (folder / "a0.txt").write_text("Document 0 now says something else entirely.", "utf-8")
        (folder / "a1.txt").unlink()
        (folder / "new.md").write_text("# New\n\nA new markdown note.", "utf-8")
        third = index.ingest([str(folder)])
        assert (third.added, third.updated, third.removed, third.unchanged) == (1, 1, 1, 1)
        assert third.documents == 3
        _consistent(index)
        hits = index.search("something else entirely", k=1)
        assert "something else entirely" in hits[0].text


def test_indexing_another_folder_keeps_the_first(tmp_path: Path, store: str) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text("Alpha text about apples.", "utf-8")
    (b / "y.txt").write_text("Beta text about bananas.", "utf-8")
    with _index(store) as index:
        index.ingest([str(a)])
        report = index.ingest([str(b)])
        assert (report.removed, report.documents) == (0, 2)


def test_a_file_that_breaks_keeps_its_indexed_copy(tmp_path: Path, store: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    good = folder / "note.txt"
    good.write_text("The bridge opened in 1932 after six years of work.", "utf-8")
    with _index(store) as index:
        index.ingest([str(folder)])
        good.write_bytes(b"caf\xe9 au lait \x00\x01")  # binary now: Latin-1 alone is decoded
        report = index.ingest([str(folder)])
        assert report.problems and "binary file" in report.problems[0]
        assert (report.removed, report.documents) == (0, 1)


def test_settings_mismatch_names_rebuild(tmp_path: Path, store: str) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", news_records(5))
    with _index(store) as index:
        index.ingest([str(path)])
    with _index(store, chunk_tokens=64) as index:
        with pytest.raises(StoreMismatchError, match="--rebuild") as err:
            index.ingest([str(path)])
        assert "chunk_tokens 200" in str(err.value)
        report = index.ingest([str(path)], rebuild=True)
        assert report.documents == 5
    with Index(IndexSettings(store=store, embedding="fake:32")) as index:
        with pytest.raises(StoreMismatchError, match="--rebuild"):
            index.check()


def test_rebuild_replaces_the_collection(tmp_path: Path, store: str) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", news_records(4))
    b = write_jsonl(tmp_path / "b.jsonl", news_records(2, seed=3))
    with _index(store) as index:
        index.ingest([str(a)])
        report = index.ingest([str(b)], rebuild=True)
        assert report.documents == 2
        assert len(index.store.catalog.generations("default")) == 1
        _consistent(index)


def test_collections_are_separate(tmp_path: Path, store: str) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", news_records(4))
    b = write_jsonl(tmp_path / "b.jsonl", news_records(2, seed=5))
    with _index(store, collection="one") as index:
        index.ingest([str(a)])
    with _index(store, collection="two") as index:
        index.ingest([str(b)])
        stats = index.stats()
        assert stats["n_documents"] == 2 and stats["collections"] == ["one", "two"]
    with _index(store, collection="three") as index:
        with pytest.raises(ConfigError, match="assistant index"):
            index.check()
        with pytest.raises(ConfigError, match="assistant index"):
            index.documents()
    with pytest.raises(ConfigError, match="collection name"):
        _index(store, collection="../evil").ingest([str(a)])


def test_lexical_index_follows_updates(tmp_path: Path, store: str) -> None:
    path = tmp_path / "d.jsonl"
    write_jsonl(path, [{"id": "1", "text": "The zeppelin landed in Lakehurst."}])
    with _index(store) as index:
        index.ingest([str(path)])
        gen = index.generation()
        assert index.store.catalog.lexical_search(gen.gid, "zeppelin", 5)
        write_jsonl(path, [{"id": "1", "text": "The airship landed in Lakehurst."}])
        index.ingest([str(path)])
        assert index.store.catalog.lexical_search(gen.gid, "zeppelin", 5) == []
        assert index.store.catalog.lexical_search(gen.gid, "airship", 5)


def test_bundled_corpus_indexes_with_provenance(store: str) -> None:
    with _index(store) as index:
        report = index.ingest([str(CORPUS)])
        assert report.documents == 2 and not report.problems
        docs, chunks = index.documents(), index.chunks()
        assert {c.doc_id for c in chunks.values()} == set(docs)
        for chunk in chunks.values():
            text = index.document_text(chunk.doc_id)
            assert text and text[chunk.start : chunk.end] == chunk.text
        some = sorted(chunks)[:2]
        assert index.chunks([*some, "no-such-chunk"]) == {cid: chunks[cid] for cid in some}
        assert index.document_text("no-such-doc") is None
        stored = dict(index.stored_vectors())
        assert set(stored) == set(chunks) and all(len(v) == 64 for v in stored.values())
