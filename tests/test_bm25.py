"""The in-memory BM25 index (index/bm25.py) and its sync with the catalog (index/lexical.py)."""

from __future__ import annotations

import math
import shutil
import sqlite3
from pathlib import Path

import pytest

from index import Index, IndexSettings
from index.bm25 import BM25Index, query_terms
from index.catalog import query_words
from index.errors import ConfigError
from index.lexical import Bm25Search, Fts5Search

from .conftest import news_records, write_jsonl

ANIMALS = {"a": "zebra zebra lion", "b": "zebra tiger", "c": "lion tiger tiger bear",
           "d": "wolf wolf wolf", "e": "owl owl", "f": "eagle"}


def animals() -> BM25Index:
    index = BM25Index()
    assert index.add(ANIMALS.items()) == 6
    return index


def same(a: list[tuple[str, float]], b: list[tuple[str, float]]) -> bool:
    return [i for i, _ in a] == [i for i, _ in b] and [s for _, s in a] == pytest.approx([s for _, s in b], rel=1e-5)


def by_hand(tf: int, length: int, df: int, n: int = 6, avgdl: float = 2.5) -> float:
    """BM25 of one term, written out: k1 1.2, b 0.75, FTS5's IDF."""
    return math.log((n - df + 0.5) / (df + 0.5)) * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / avgdl))


def test_ranking_matches_a_hand_computed_order() -> None:
    index = animals()
    found = index.search("zebra", 5)
    assert [i for i, _ in found] == ["a", "b"]
    assert [s for _, s in found] == pytest.approx([by_hand(2, 3, 2), by_hand(1, 2, 2)], rel=1e-5)
    # "b" holds "tiger" once but is short; "a" holds "lion" once and is longer; "c" holds both.
    found = index.search("tiger and the lion", 5)
    assert [i for i, _ in found] == ["c", "b", "a"]
    assert found[0][1] == pytest.approx(by_hand(2, 4, 2) + by_hand(1, 4, 2), rel=1e-5)
    assert index.search("giraffe", 5) == [] and index.search("zebra", 0) == []


def test_scores_agree_with_sqlite_fts5() -> None:
    texts = {f"n{i}": str(r["text"]) for i, r in enumerate(news_records(40))}
    index = BM25Index()
    index.add(texts.items())
    db = sqlite3.connect(":memory:")
    tokenizer = "porter unicode61 remove_diacritics 2"
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(cid UNINDEXED, text, tokenize='{tokenizer}')")
    db.executemany("INSERT INTO t VALUES (?, ?)", texts.items())
    for query in ("Officials in Kyiv discussed energy prices", "the summit in Tokyo", "elections in Paris, day 12"):
        match = " OR ".join(f'"{w}"' for w in query_words(query))
        rows = db.execute("SELECT cid, -bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 5", (match,)).fetchall()
        ours = index.search(query, 5)
        assert rows, query
        assert [s for _, s in ours] == pytest.approx([s for _, s in rows], rel=1e-4)
        assert {i for i, _ in ours} == {i for i, _ in rows}


def test_query_terms_are_stemmed_without_stopwords() -> None:
    assert query_terms("The officials were discussing Zürich's budgets") == ["offici", "discuss", "zurich", "budget"]


def test_remove_then_add_and_compact_give_a_fresh_index_s_ranking() -> None:
    index = animals()
    assert index.remove(["a", "missing"]) == 1
    assert [i for i, _ in index.search("zebra lion", 5)] == ["b", "c"]
    assert len(index) == 5 and "a" not in index.ids()
    fresh = BM25Index()
    fresh.add((k, v) for k, v in ANIMALS.items() if k != "a")
    assert same(index.search("zebra lion tiger", 5), fresh.search("zebra lion tiger", 5))
    index.compact()
    assert same(index.search("zebra lion tiger", 5), fresh.search("zebra lion tiger", 5))
    assert index.add([("a", ANIMALS["a"]), ("b", "ignored: b is indexed already")]) == 1
    assert same(index.search("zebra lion tiger", 5), animals().search("zebra lion tiger", 5))


def test_saved_and_loaded_with_its_stamp(tmp_path: Path) -> None:
    index, path = animals(), tmp_path / "lexical" / "gen.npz"
    index.remove(["f"])
    index.save(path, {"generation": "g1"})
    loaded = BM25Index.load(path, {"generation": "g1"})
    assert loaded is not None and loaded.ids() == index.ids()
    assert same(loaded.search("tiger lion owl", 5), index.search("tiger lion owl", 5))
    assert BM25Index.load(path, {"generation": "g2"}) is None  # another generation's file
    path.write_bytes(path.read_bytes()[:100])  # torn
    assert BM25Index.load(path, {"generation": "g1"}) is None
    assert BM25Index.load(tmp_path / "none.npz", {}) is None
    assert [p.name for p in path.parent.iterdir()] == ["gen.npz"]  # no temporary file left


def test_the_postings_cap_keeps_the_rarest_terms() -> None:
    index = animals()
    assert [i for i, _ in index.search("zebra tiger lion wolf owl", 5, max_postings=1)][:1] == ["d"]
    assert len(index.search("zebra tiger lion wolf owl", 5, max_postings=100)) == 5


# -- kept in step with the catalog -------------------------------------------------------

DOCS = [*news_records(12), {"id": "rare", "title": "Weevils", "text": "A zyzzyva is a weevil of tropical America."}]
LATE = {"id": "late", "title": "Airships", "text": "The zeppelin landed in a quimper field at dawn."}


def open_index(tmp_path: Path, lexical: str = "bm25") -> Index:
    return Index(IndexSettings(store=str(tmp_path / "store"), embedding="fake:64", lexical=lexical))


def found(index: Index, query: str) -> list[str]:
    return [p.title for p in index.search(query, k=3)]


def lexical_file(tmp_path: Path) -> Path:
    return next((tmp_path / "store" / "lexical").glob("*.npz"))


def test_ingest_saves_the_index_and_one_more_document_adds_only_its_chunks(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", DOCS)
    with open_index(tmp_path) as index:
        index.ingest([str(data)])
        engine = index.retriever().bm25
        assert isinstance(engine, Bm25Search) and lexical_file(tmp_path).exists()
        assert engine.last_sync["added"] == index.store.catalog.counts(index.generation().gid)[1]
        write_jsonl(data, [*DOCS, LATE])
        index.ingest([str(data)])
        assert engine.last_sync["added"] == 1 and engine.last_sync["removed"] == 0
        assert found(index, "zeppelin quimper")[0] == "Airships"


def test_a_stale_saved_index_is_brought_back_to_the_catalog(tmp_path: Path) -> None:
    """A kill after the catalog committed and before the index was saved leaves an old file."""
    data = write_jsonl(tmp_path / "news.jsonl", DOCS)
    with open_index(tmp_path) as index:
        index.ingest([str(data)])
    stale = tmp_path / "stale.npz"
    shutil.copy(lexical_file(tmp_path), stale)
    with open_index(tmp_path) as index:
        write_jsonl(data, [*DOCS[:-1], LATE])  # the rare document goes, the late one comes
        index.ingest([str(data)])
    shutil.copy(stale, lexical_file(tmp_path))
    with open_index(tmp_path) as index:
        assert found(index, "zeppelin quimper")[0] == "Airships"
        assert "Weevils" not in found(index, "zyzzyva weevil")
        engine = index.retriever().bm25
        assert isinstance(engine, Bm25Search) and engine.last_sync == {
            "seconds": engine.last_sync["seconds"], "removed": DOCS_CHUNKS_RARE, "added": 1}


DOCS_CHUNKS_RARE = 1  # the rare document is one short chunk


def test_a_torn_saved_index_is_rebuilt(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", DOCS)
    with open_index(tmp_path) as index:
        index.ingest([str(data)])
        before = found(index, "zyzzyva weevil")
    lexical_file(tmp_path).write_bytes(b"PK\x03\x04 torn")
    with open_index(tmp_path) as index:
        assert found(index, "zyzzyva weevil") == before and before[0] == "Weevils"


def test_another_process_s_commit_is_seen_by_a_running_reader(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", DOCS)
    with open_index(tmp_path) as writer:
        writer.ingest([str(data)])
    with open_index(tmp_path) as reader, open_index(tmp_path) as writer:
        assert "Airships" not in found(reader, "zeppelin quimper")
        write_jsonl(data, [*DOCS, LATE])
        writer.ingest([str(data)])
        assert found(reader, "zeppelin quimper")[0] == "Airships"


def test_bm25_and_fts5_rank_alike_through_the_index(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", DOCS)
    with open_index(tmp_path) as index:
        index.ingest([str(data)])
        gen = index.generation()
        ours = index.retriever().lexical("officials zyzzyva Anchorage summit", 5)
        fts5 = Fts5Search(index.store.catalog, gen).search("officials zyzzyva Anchorage summit", 5)
        assert ours and [s for _, s in ours] == pytest.approx([s for _, s in fts5], rel=1e-4)
        assert {i for i, s in ours if s > ours[-1][1]} <= {i for i, _ in fts5}  # ties at the cut may differ


def test_an_unknown_lexical_engine_names_the_valid_ones(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", DOCS)
    with open_index(tmp_path) as index:
        index.ingest([str(data)])
    for spec in ("lucene", "bm25:lots"):
        with open_index(tmp_path, spec) as index, pytest.raises(ConfigError, match="bm25"):
            index.search("zyzzyva")
