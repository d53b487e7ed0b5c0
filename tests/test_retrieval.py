"""Hybrid retrieval: fusion, duplicates, filters, k, uncommitted vectors and `assistant search --json`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.cli import main
from index import Chunk, Index, IndexSettings
from index.catalog import StoredDocument
from index.encoders import HashingEncoder
from index.errors import InputError
from index.retrieval import (
    Filters,
    Fusion,
    Retriever,
    collapse_duplicates,
    fuse,
    rrf,
    shingles,
    span_overlap,
)

from .conftest import news_records, write_jsonl

RARE = {"id": "rare", "title": "Weevils", "date": "2024-03-02",
        "text": "A zyzzyva is a weevil of tropical America, often the last word in a dictionary."}
CAR = {"id": "car", "title": "Parking", "text": "The red sedan stood outside the bakery all afternoon."}
TWIN_A = {"id": "twin-a", "title": "Wire story", "date": "2025-09-01",
          "text": "The harbour bridge in Lisbon closed for repairs after a storm damaged its cables."}
TWIN_B = {**TWIN_A, "id": "twin-b", "title": "Wire story, reprinted"}
UNDATED = {"id": "undated", "title": "Undated note", "text": "Officials in Kyiv discussed sanctions again."}


class SynonymEncoder:
    """The hashing fake, with a few synonyms folded together so a passage can match a query by
    meaning without sharing a word with it (which BM25 cannot do), and a word it has no vector
    for, as a real model has none for a rare name it splits into meaningless pieces (which
    only BM25 can find)."""

    SYNONYMS = {"automobile": "sedan", "car": "sedan", "zyzzyva": ""}

    def __init__(self) -> None:
        self._inner = HashingEncoder(64)
        self.name, self.dim = "fake-synonyms:64", 64

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self._inner.encode([" ".join(self.SYNONYMS.get(w, w) for w in t.lower().split()) for t in texts])


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    folder = tmp_path_factory.mktemp("retrieval")
    news = write_jsonl(folder / "news.jsonl", [*news_records(60), RARE, CAR, UNDATED])
    wire = write_jsonl(folder / "wire.jsonl", [TWIN_A, TWIN_B])
    settings = IndexSettings(store=str(folder / "store"), embedding="fake-synonyms:64")
    with Index(settings, encoder=SynonymEncoder()) as idx:
        report = idx.ingest([str(news), str(wire)])
        assert report.documents == 65 and not report.problems
        yield idx


@pytest.fixture(scope="module")
def retriever(index: Index) -> Retriever:
    return index.retriever()


def _chunk(cid: str, doc: str, start: int, end: int, text: str) -> Chunk:
    return Chunk(cid, doc, 0, start, end, text, len(text.split()))


# -- pure functions -------------------------------------------------------------------


def test_fusion_ranks_what_both_retrievers_found_above_what_one_found() -> None:
    dense, lexical = [("a", 0.9), ("both", 0.85), ("x", 0.5)], [("c", 7.0), ("both", 6.0), ("y", 1.0)]
    for fusion in (Fusion(), Fusion("minmax"), Fusion(dense_weight=2.0)):
        assert fuse(dense, lexical, fusion)[0][0] == "both", fusion
    assert [i for i, _ in rrf([["x", "y"], ["y"]])] == ["y", "x"]


def test_near_duplicates_collapse_and_the_next_passage_takes_the_slot() -> None:
    text = "The harbour bridge in Lisbon closed for repairs after a storm damaged its cables."
    chunks = [
        _chunk("a0", "a", 0, 100, text),
        _chunk("b0", "b", 0, 100, text + " Reprinted."),  # the same article from another source
        _chunk("a1", "a", 10, 90, "inside the first chunk's span, so the same sentences"),
        _chunk("a2", "a", 80, 300, "a neighbour sharing only the designed overlap"),
        _chunk("c0", "c", 0, 50, "something else entirely"),
    ]
    assert [c.chunk_id for c in collapse_duplicates(chunks)] == ["a0", "a2", "c0"]
    assert [c.chunk_id for c in collapse_duplicates(chunks, limit=2)] == ["a0", "a2"]
    assert span_overlap(chunks[0], chunks[3]) == pytest.approx(0.2)
    assert span_overlap(chunks[0], chunks[1]) == 0.0
    assert shingles("two words") == frozenset({("two", "words")})


def _doc(source: str = "/data/news.jsonl#1", title: str = "T", url: str = "", date: str = "") -> StoredDocument:
    return StoredDocument("d", "/data", source, title, url, date, "h", 1, 10)


def test_filters_match_source_title_url_and_inclusive_dates() -> None:
    assert Filters(("NEWS.jsonl",)).allows(_doc())
    assert Filters(("budget",)).allows(_doc(title="The Budget Vote"))
    assert Filters(("example.com",)).allows(_doc(url="https://example.com/a"))
    assert not Filters(("wire",)).allows(_doc())
    august = Filters(date_from="2025-08", date_to="2025-08")
    assert august.allows(_doc(date="2025-08-01")) and august.allows(_doc(date="2025-08-31"))
    assert not august.allows(_doc(date="2025-09-01")) and not august.allows(_doc(date="2025-07-31"))
    assert not Filters(date_from="2000").allows(_doc(date=""))  # undated fails any date bound
    assert Filters().allows(_doc()) and not Filters().active
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        Filters(date_from="last week")


# -- through an index ---------------------------------------------------------------------


def test_a_rare_word_surfaces_through_bm25(retriever: Retriever) -> None:
    query = "zyzzyva"
    rare = [i for i, _ in retriever.lexical(query, 5)]
    assert len(rare) == 1 and rare[0] not in [i for i, _ in retriever.dense(query, 10)]
    rare = rare[0]
    hits = retriever.search(query, k=3)
    assert rare in [h.chunk_id for h in hits]
    found = next(h for h in hits if h.chunk_id == rare)
    assert found.lexical_score is not None and found.title == "Weevils"


def test_a_dense_only_fusion_never_runs_bm25(index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    dense_only = index.retriever(Fusion("minmax", 1.0, 0.0))

    def no_bm25(*args: object) -> None:
        raise AssertionError("BM25 ran for a fusion that weighs it 0")

    monkeypatch.setattr(dense_only.bm25, "search", no_bm25)
    hits = dense_only.search("zyzzyva", k=3)
    assert len(hits) == 3 and all(h.lexical_score is None for h in hits)
    assert "Weevils" not in [h.title for h in hits]  # only BM25 finds the rare word


def test_a_meaning_only_match_surfaces_through_dense(retriever: Retriever) -> None:
    assert retriever.lexical("automobile", 5) == []
    hits = retriever.search("automobile", k=1)
    assert hits[0].title == "Parking" and hits[0].dense_score is not None and hits[0].lexical_score is None


def test_a_passage_found_by_both_ranks_first(retriever: Retriever) -> None:
    top = retriever.search("Officials in Kyiv discussed sanctions", k=3)[0]
    assert top.dense_score is not None and top.lexical_score is not None


def test_duplicate_articles_return_once(retriever: Retriever) -> None:
    hits = retriever.search("Lisbon harbour bridge closed for repairs", k=2)
    assert len(hits) == 2
    assert [h.title.startswith("Wire story") for h in hits] == [True, False]


def test_k_is_respected(retriever: Retriever) -> None:
    for k in (1, 3, 7):
        hits = retriever.search("talks in Berlin", k=k)
        assert [h.rank for h in hits] == list(range(1, k + 1))
    assert retriever.search("talks in Berlin", k=0) == []
    everything = retriever.search("talks in Berlin", k=500)  # more than there are: all, once each
    assert len(everything) == 64 and len({h.doc_id for h in everything}) == 64  # the reprint collapsed
    assert len(retriever.dense("talks", 4)) == 4 and len(retriever.lexical("talks", 4)) == 4


def test_filter_by_source_reaches_low_ranked_documents(retriever: Retriever) -> None:
    hits = retriever.search("Officials in Kyiv discussed sanctions", k=3, filters=Filters(("wire.jsonl",)))
    # Only one wire story is left: its reprint is a duplicate, and nothing else is from wire.jsonl.
    assert len(hits) == 1 and hits[0].title.startswith("Wire story")
    hits = retriever.search("zyzzyva", k=2, filters=Filters(("weevil", "parking")))
    assert sorted(h.title for h in hits) == ["Parking", "Weevils"]
    assert retriever.search("zyzzyva", k=2, filters=Filters(("no such source",))) == []


def test_filter_by_date_range(retriever: Retriever) -> None:
    hits = retriever.search("Officials in Kyiv discussed sanctions", k=5,
                            filters=Filters(date_from="2025-08-10", date_to="2025-08-12"))
    assert len(hits) == 5 and all("2025-08-10" <= h.date <= "2025-08-12" for h in hits)
    since = retriever.search("Officials in Kyiv discussed sanctions", k=50, filters=Filters(date_from="2025-09"))
    assert len(since) == 1 and since[0].title.startswith("Wire story")  # either twin: their ids tie-break
    before = retriever.search("weevil", k=3, filters=Filters(date_to="2024"))
    assert [h.title for h in before] == ["Weevils"]


def test_vectors_an_interrupted_ingest_left_are_never_returned(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", news_records(10))
    with Index(IndexSettings(store="memory", embedding="fake:64")) as index:
        index.ingest([str(path)])
        gen = index.generation()
        query = "an orphan vector nearest to this exact query"
        ghost = Chunk("ghost-chunk", "ghost-doc", 0, 0, len(query), query, 8)
        index.vectors(gen).upsert([ghost], index.encoder.encode([query]), {"ghost-doc": "Ghost"})
        retriever = index.retriever()
        assert "ghost-chunk" not in [i for i, _ in retriever.dense(query, 3)]
        assert len(retriever.dense(query, 3)) == 3
        assert "ghost-chunk" not in [h.chunk_id for h in retriever.search(query, k=10)]


def test_search_json_shape_and_filter_options(tmp_path: Path, store: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", [*news_records(12), RARE])
    base = ["--store", store, "--embedding", "fake:64"]
    assert main(["index", str(path), *base, "--quiet", "--json"]) == 0
    capsys.readouterr()
    assert main(["search", "Officials in Kyiv", *base, "--k", "3", "--json", "--since", "2025-08-02",
                 "--until", "2025-08-05", "--source", "news.jsonl"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["query"] == "Officials in Kyiv" and len(found["passages"]) == 3
    keys = {"rank", "doc_id", "title", "source", "url", "chunk_id", "text", "start", "end", "score"}
    for n, p in enumerate(found["passages"], start=1):
        assert keys <= set(p) and p["rank"] == n and "2025-08-02" <= p["date"] <= "2025-08-05"
        assert isinstance(p["score"], float) and p["text"]
    assert main(["search", "weevil", *base, "--since", "yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.fixture
def festival_index(tmp_path: Path) -> Iterator[Index]:
    """60 news records plus one about the Zorblat festival of Quimper (two words in one chunk)."""
    records = [*news_records(60), {"id": "z", "title": "Festival", "text": "The Zorblat festival of Quimper opens."}]
    index = Index(IndexSettings(store=str(tmp_path / "s"), embedding="fake:64"))
    index.ingest([str(write_jsonl(tmp_path / "d.jsonl", records))])
    yield index
    index.close()


def test_bm25_looks_up_only_the_words_rare_enough_to_matter(festival_index: Index) -> None:
    from index.catalog import fts_stem

    catalog, gid = festival_index.store.catalog, festival_index.generation().gid
    assert fts_stem("discussed") == "discuss" and fts_stem("café") is None
    # officials, meeting and observers are in every chunk, anchorage in one in eight: all too common
    # (over 10%), but a query keeps its four rarest words (ties: the earlier word); a word no chunk
    # holds is dropped, one whose stem cannot be looked up is kept
    words = ["zorblat", "meeting", "anchorage", "officials", "quimper", "nowhereword", "café", "meetings",
             "observers"]
    assert catalog.selective_words(gid, words) == ["zorblat", "meeting", "anchorage", "quimper", "café"]
    assert catalog.selective_words(gid, ["officials", "meeting"]) == ["officials", "meeting"]
    top = catalog.lexical_search(gid, "officials meeting Zorblat festival Quimper anchorage", 3)[0][0]
    assert "Zorblat" in catalog.chunks(gid, [top])[top].text
    # words under three letters are indexed as they are: "s" (of "Zorblat's") is a common word
    # to skip, not a stem that cannot be looked up
    assert fts_stem("s") == "s" and fts_stem("us") == "us"
    assert "s" not in catalog.selective_words(gid, ["zorblat", "s", "quimper", "festival", "anchorage", "café"])


def test_bm25_reads_at_most_its_postings_budget_rarest_words_first(festival_index: Index,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import index.catalog as catalog_module

    catalog, gid = festival_index.store.catalog, festival_index.generation().gid
    monkeypatch.setattr(catalog_module, "MIN_TERMS", 1)
    monkeypatch.setattr(catalog_module, "COMMON_SHARE", 1.0)  # here the budget alone decides
    words = ["quimper", "anchorage", "zorblat"]
    freq = catalog._doc_freqs(gid, words)
    assert freq["zorblat"] == freq["quimper"] == 1 and freq["anchorage"] > 2
    # each of zorblat and quimper is in one chunk: a budget of one posting takes only the rarest
    # (ties: the earlier word), two take both, and anchorage joins when its postings fit too
    assert catalog.selective_words(gid, words, budget=1) == ["quimper"]
    assert catalog.selective_words(gid, words, budget=2) == ["quimper", "zorblat"]
    assert "anchorage" not in catalog.selective_words(gid, words, budget=2 + freq["anchorage"] - 1)
    roomy = catalog.selective_words(gid, words, budget=10**6)
    assert "anchorage" in roomy and roomy == [w for w in words if w in roomy]  # the query's order
