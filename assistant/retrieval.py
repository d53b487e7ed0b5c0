"""Hybrid retrieval: dense (Chroma) and BM25 (FTS5) rankings fused by reciprocal rank."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from index import Index

RRF_K = 60


@dataclass(frozen=True)
class Passage:
    rank: int
    doc_id: str
    title: str
    source: str
    url: str
    date: str
    chunk_id: str
    text: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def rrf(rankings: list[list[str]], k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over the rankings an id appears in."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


class Retriever:
    def __init__(self, index: Index) -> None:
        self.index = index
        self.gen = index.generation()
        self.vectors = index.vectors(self.gen)

    def search(self, query: str, k: int = 5) -> list[Passage]:
        catalog = self.index.store.catalog
        depth = max(20, 4 * k)
        vector = self.index.encoder.encode([query])[0]
        committed = catalog.chunks(self.gen.gid, [i for i, _ in self.vectors.query(vector, depth)])
        dense = list(committed)  # ids a killed ingest left uncommitted are not in the catalog
        lexical = [i for i, _ in catalog.lexical_search(self.gen.gid, query, depth)]
        fused = rrf([dense, lexical])[:k]
        chunks = catalog.chunks(self.gen.gid, [i for i, _ in fused])
        docs = catalog.documents(self.gen.gid)
        passages = []
        for rank, (chunk_id, score) in enumerate(fused, start=1):
            c, d = chunks[chunk_id], docs[chunks[chunk_id].doc_id]
            passages.append(Passage(rank, d.doc_id, d.title, d.source, d.url, d.date,
                                    chunk_id, c.text, c.start, c.end, round(score, 6)))
        return passages
