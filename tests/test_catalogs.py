"""One contract, two catalogs: the SQLite file and a real Postgres behave the same for
documents, chunks, generations, metadata and lexical search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.pgcluster import DEBIAN_PACKAGE, PostgresMissing, find_bin_dir
from index import ConfigError, Document, StoreUnavailableError, chunk_document
from index.catalog_pg import choose_words, split_spec
from index.catalogs import Catalog, SqliteCatalog, open_catalog
from index.documents import Chunk

from .conftest import news_records


@pytest.fixture(params=["sqlite", "postgres"])
def catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Catalog]:
    if request.param == "sqlite":
        cat = open_catalog("", tmp_path / "catalog.sqlite")
    else:
        cat = open_catalog(request.getfixturevalue("pg_url") + "?grace=0", tmp_path / "unused")
    try:
        yield cat
    finally:
        cat.close()


def _docs(n: int, seed: int = 0) -> list[tuple[Document, list[Chunk]]]:
    out = []
    for r in news_records(n, seed):
        doc = Document(doc_id=str(r["id"]), text=str(r["text"]), title=str(r["title"]), source=f"s/{r['id']}",
                       origin="/corpus", date=str(r["date"]))
        out.append((doc, chunk_document(doc, 20, 4)))
    return out


def _generation(catalog: Catalog, collection: str = "news") -> int:
    gen = catalog.create_generation(collection, {"embedding": "fake:64"}, "ca-x-news")
    catalog.activate(gen)
    return gen.gid


def test_documents_and_chunks_round_trip(catalog: Catalog) -> None:
    gid = _generation(catalog)
    items = _docs(6)
    catalog.put_documents(gid, items)
    docs = catalog.documents(gid)
    assert sorted(docs) == sorted(d.doc_id for d, _ in items)
    assert list(docs) == sorted(docs, key=lambda i: (docs[i].title, i))  # ordered by title
    first, chunks = items[0]
    assert docs[first.doc_id].hash == first.content_hash and docs[first.doc_id].n_chunks == len(chunks)
    assert catalog.document_text(gid, first.doc_id) == first.text
    assert catalog.document_text(gid, "nope") is None
    assert set(catalog.documents_by_id(gid, [first.doc_id, "nope"])) == {first.doc_id}
    assert catalog.chunk_ids(gid, [first.doc_id]) == {c.chunk_id for c in chunks}
    assert catalog.chunks(gid, [chunks[0].chunk_id, "nope"]) == {chunks[0].chunk_id: chunks[0]}
    assert catalog.counts(gid) == (6, sum(len(c) for _, c in items))


def test_replacing_and_removing_documents(catalog: Catalog) -> None:
    gid = _generation(catalog)
    items = _docs(3)
    catalog.put_documents(gid, items)
    doc, _ = items[0]
    changed = Document(doc_id=doc.doc_id, text=doc.text + " A new closing line.", title=doc.title,
                       source=doc.source, origin=doc.origin)
    new_chunks = chunk_document(changed, 20, 4)
    catalog.put_documents(gid, [(changed, new_chunks)])
    assert catalog.chunk_ids(gid, [doc.doc_id]) == {c.chunk_id for c in new_chunks}
    assert catalog.documents(gid)[doc.doc_id].hash == changed.content_hash
    catalog.remove_documents(gid, [doc.doc_id])
    assert doc.doc_id not in catalog.documents(gid)
    assert catalog.counts(gid) == (2, sum(len(c) for _, c in items[1:]))


def test_generations_swap_and_the_old_one_goes(catalog: Catalog) -> None:
    old = _generation(catalog)
    catalog.put_documents(old, _docs(2))
    new = catalog.create_generation("news", {"embedding": "fake:64"}, "ca-x-news")
    assert new.state == "building" and new.vector_name.endswith(str(new.gid))
    assert catalog.generation("news", "active").gid == old  # type: ignore[union-attr]
    catalog.put_documents(new.gid, _docs(1, seed=5))
    dropped = catalog.activate(new)  # grace=0: retired and dropped at once on both
    assert [g.gid for g in dropped] == [old]
    assert catalog.generation("news", "active").gid == new.gid  # type: ignore[union-attr]
    assert catalog.counts(old) == (0, 0)
    assert catalog.counts(new.gid)[0] == 1
    assert catalog.generation("other", "active") is None


def test_meta_and_store_id(catalog: Catalog) -> None:
    assert catalog.store_id() == catalog.store_id() and len(catalog.store_id()) == 8
    assert catalog.meta("k") is None
    catalog.set_meta("k", "v1")
    catalog.set_meta("k", "v2")
    assert catalog.meta("k") == "v2"
    catalog.set_meta("k", None)
    assert catalog.meta("k") is None


def test_lexical_search_finds_the_rare_word(catalog: Catalog) -> None:
    gid = _generation(catalog)
    items = _docs(40)
    rare = Document(doc_id="rare", text="The zeppelin landed near the quarry at dawn.", title="Zeppelin",
                    source="s/rare", origin="/corpus")
    catalog.put_documents(gid, [*items, (rare, chunk_document(rare, 20, 4))])
    catalog.analyze(gid)
    hits = catalog.lexical_search(gid, "zeppelin", 5)
    assert [catalog.chunks(gid, [i])[i].doc_id for i, _ in hits] == ["rare"]
    assert all(score > 0 for _, score in hits)
    assert catalog.lexical_search(gid, "the of and", 5) == []  # stopwords only
    many = catalog.lexical_search(gid, "ceasefire Anchorage", 3)
    assert len(many) == 3 and [s for _, s in many] == sorted((s for _, s in many), reverse=True)


def test_selective_words_drop_common_words_and_keep_the_rarest(catalog: Catalog) -> None:
    gid = _generation(catalog)
    items = _docs(60)
    rare = Document(doc_id="rare", text="A zeppelin, a quarry, a walrus and a lighthouse.", title="Z", source="s/z",
                    origin="/corpus")
    catalog.put_documents(gid, [*items, (rare, chunk_document(rare, 20, 4))])
    catalog.analyze(gid)
    words = ["officials", "meeting", "statement", "observers", "zeppelin", "quarry", "walrus", "lighthouse"]
    kept = catalog.selective_words(gid, words)
    assert {"zeppelin", "quarry", "walrus", "lighthouse"} <= set(kept)  # rare words always stay
    assert "officials" not in kept and "meeting" not in kept  # in every report: too common
    assert catalog.selective_words(gid, words[:3]) == words[:3]  # short queries are left alone


def test_intent_log(catalog: Catalog, tmp_path: Path) -> None:
    gid = _generation(catalog)
    if isinstance(catalog, SqliteCatalog):
        assert catalog.pending(gid) is None  # no log: the ingest lists Chroma instead
        return
    items = _docs(1)
    ids = [c.chunk_id for c in items[0][1]]
    catalog.note_pending(gid, [*ids, "orphan"])
    assert catalog.pending(gid) == {*ids, "orphan"}
    catalog.put_documents(gid, items)
    assert catalog.pending(gid) == {"orphan"}  # committed ids are no longer pending
    catalog.clear_pending(gid)
    assert catalog.pending(gid) == set()


def test_file_versions_and_which_is_superseded(catalog: Catalog) -> None:
    from dataclasses import replace

    gid = _generation(catalog)
    (one, one_chunks), (two, two_chunks) = _docs(2)
    one, two = replace(one, origin="/up/notes.txt"), replace(two, origin="/up/v2/notes.txt")
    catalog.record_file_version(gid, "notes.txt", 1, one.origin, "aa")
    catalog.put_documents(gid, [(one, one_chunks)])
    catalog.record_file_version(gid, "notes.txt", 2, two.origin, "bb")
    versions = catalog.file_versions(gid, "notes.txt")
    assert [(v.version, v.documents, v.superseded) for v in versions] == [(1, 1, None), (2, 0, None)]
    catalog.put_documents(gid, [(two, two_chunks)])  # the successor commits: version 1 is superseded
    first, second = catalog.file_versions(gid, "notes.txt")
    assert first.superseded is not None and second.superseded is None and second.documents == 1
    found = catalog.doc_versions(gid, [one.doc_id, two.doc_id, "nope"])
    assert {d: (v.version, v.superseded is not None) for d, v in found.items()} == {
        one.doc_id: (1, True), two.doc_id: (2, False)}
    assert set(catalog.doc_versions(gid)) == {one.doc_id, two.doc_id}


def test_choose_words_is_the_sqlite_cap() -> None:
    words = ["a1", "b2", "c3", "d4", "e5", "f6", "g7"]
    freq: dict[str, int | None] = {"a1": 50, "b2": 40, "c3": 1, "d4": 2, "e5": 0, "f6": None, "g7": 3}
    # 100 chunks: at most 10 each, so a1 and b2 are too common, but the rarest four (b2 among
    # them) always stay; a word in no chunk goes, one of unknown frequency stays
    assert choose_words(words, freq, 100) == ["b2", "c3", "d4", "f6", "g7"]
    rare: dict[str, int | None] = {"c3": 1, "d4": 2, "g7": 3, "h8": 4, "i9": 5}
    # the rarest four, and then more only while their postings fit the budget
    assert choose_words(list(rare), rare, 100, budget=6) == ["c3", "d4", "g7", "h8"]
    assert choose_words(list(rare), rare, 100, budget=15) == list(rare)
    assert choose_words(words[:4], freq, 100) == words[:4]


def test_catalog_specs(tmp_path: Path) -> None:
    assert split_spec("postgresql://u@h:5/db?grace=7&sslmode=disable") == (
        "postgresql://u@h:5/db?sslmode=disable", 7.0)
    with pytest.raises(ConfigError, match="grace must be a number"):
        split_spec("postgresql://u@h/db?grace=soon")
    with pytest.raises(ConfigError, match="valid: sqlite"):
        open_catalog("mysql://x", tmp_path / "c.sqlite")
    cat = open_catalog("sqlite:" + str(tmp_path / "elsewhere.sqlite"), tmp_path / "c.sqlite")
    cat.close()
    assert (tmp_path / "elsewhere.sqlite").exists() and not (tmp_path / "c.sqlite").exists()


def test_a_postgres_that_is_down_is_a_clear_error(tmp_path: Path) -> None:
    from bench.ports import free_port

    with pytest.raises(StoreUnavailableError, match="start Postgres there, or fix --catalog"):
        open_catalog(f"postgresql://postgres@127.0.0.1:{free_port()}/x", tmp_path / "c.sqlite")


def test_missing_server_binaries_name_the_debian_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.pgcluster as pgc

    monkeypatch.setattr(pgc, "_SEARCH", ())
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(PostgresMissing, match=DEBIAN_PACKAGE):
        find_bin_dir()


def test_a_retired_postgres_generation_stays_for_its_grace_period(pg_url: str, tmp_path: Path) -> None:
    serving = open_catalog(pg_url + "?grace=600", tmp_path / "unused")
    try:
        old = _generation(serving)
        serving.put_documents(old, _docs(3))
        new = serving.create_generation("news", {"embedding": "fake:64"}, "ca-x-news")
        assert serving.activate(new) == []  # retired, not dropped: a search in flight may still read it
        assert [g.state for g in serving.generations("news")] == ["retired", "active"]
        assert serving.counts(old) == (3, sum(len(c) for _, c in _docs(3)))
        assert serving.lexical_search(old, "Anchorage", 5)
        assert serving.expire("news") == []
        impatient = open_catalog(pg_url + "?grace=0", tmp_path / "unused")
        try:
            assert [g.gid for g in impatient.expire("news")] == [old]  # its partitions are dropped
        finally:
            impatient.close()
        assert [g.gid for g in serving.generations("news")] == [new.gid]
        assert serving.counts(old) == (0, 0)
    finally:
        serving.close()


def test_a_postgres_catalog_searches_its_own_full_text_index(pg_url: str, tmp_path: Path) -> None:
    from index.lexical import Bm25Search, Fts5Search, make_lexical

    pg = open_catalog(pg_url, tmp_path / "unused")
    sqlite = open_catalog("", tmp_path / "catalog.sqlite")
    try:
        gen = pg.create_generation("news", {"embedding": "fake:64"}, "ca-x-news")
        assert isinstance(make_lexical("bm25", pg, gen, tmp_path), Fts5Search)  # replicas share its commits
        assert isinstance(make_lexical("bm25", sqlite, gen, tmp_path), Bm25Search)
    finally:
        pg.close()
        sqlite.close()
