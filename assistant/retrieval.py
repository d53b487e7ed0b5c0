"""Hybrid retrieval: dense (Chroma) and BM25 (FTS5) rankings, filtered, fused and de-duplicated.

One search: both retrievers rank chunk ids to a depth; ids the catalog does not hold
(vectors a killed ingest left in Chroma) are dropped; chunks of documents outside the
filters are dropped; the two rankings are fused; a passage that repeats a higher-ranked
one is dropped so the next takes its slot; the first ``k`` remain. When filters or
duplicates leave fewer than ``k``, the depth grows until both rankings run out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from index import Chunk, Index
from index.catalog import Catalog, StoredDocument

from .errors import QuestionError

RRF_K = 60
MIN_DEPTH = 20
DEPTH_GROWTH = 4
DUPLICATE_JACCARD = 0.8  # word 3-shingle Jaccard at which two texts say the same thing
# Neighbouring chunks share ``chunk_overlap`` tokens (40 of 200 by default) by design; that is
# not a duplicate. A chunk mostly inside another one of the same document is.
DUPLICATE_SPAN = 0.5

Ranking = list[tuple[str, float]]
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_WORD = re.compile(r"\w+")


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
    score: float  # the fused score
    dense_score: float | None = None  # cosine, when the dense ranking found it
    lexical_score: float | None = None  # BM25, when the lexical ranking found it

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


# -- filters ---------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which documents a search may return.

    ``sources``: any of them is a case-insensitive substring of the document's source
    (path or url), url or title. ``date_from``/``date_to``: inclusive bounds written
    YYYY, YYYY-MM or YYYY-MM-DD; a document without a date fails any date bound.
    """

    sources: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    def __post_init__(self) -> None:
        for bound in (self.date_from, self.date_to):
            if bound and not _DATE.fullmatch(bound):
                raise QuestionError(f"date {bound!r} is not YYYY, YYYY-MM or YYYY-MM-DD (e.g. --since 2025-08-01)")

    @property
    def active(self) -> bool:
        return bool(self.sources or self.date_from or self.date_to)

    def allows(self, doc: StoredDocument) -> bool:
        return self._source_ok(doc) and self._date_ok(doc.date)

    def _source_ok(self, doc: StoredDocument) -> bool:
        fields = (doc.source.lower(), doc.url.lower(), doc.title.lower())
        return not self.sources or any(s.lower() in f for s in self.sources for f in fields)

    def _date_ok(self, date: str) -> bool:
        if not (self.date_from or self.date_to):
            return True
        # Comparing the date's prefix as long as the bound makes "2025-08" cover all of August at
        # either end; ISO dates compare correctly as strings.
        after_from = not self.date_from or date[: len(self.date_from)] >= self.date_from
        before_to = not self.date_to or date[: len(self.date_to)] <= self.date_to
        return bool(date) and after_from and before_to


# -- fusion ----------------------------------------------------------------------


@dataclass(frozen=True)
class Fusion:
    """How the dense and the lexical ranking become one.

    ``rrf``: weighted reciprocal rank fusion (only ranks count, so the two score scales
    never need reconciling). ``minmax``: weighted sum of each ranking's scores scaled to
    [0, 1] within that ranking; an id missing from a ranking gets 0 there.
    """

    method: str = "rrf"
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    k: int = RRF_K

    def __post_init__(self) -> None:
        if self.method not in ("rrf", "minmax"):
            raise ValueError(f"unknown fusion {self.method!r}; valid: rrf, minmax")

    def describe(self) -> str:
        weights = f"dense {self.dense_weight:g} : BM25 {self.lexical_weight:g}"
        return f"RRF (k={self.k}, {weights})" if self.method == "rrf" else f"min-max scores ({weights})"


DEFAULT_FUSION = Fusion()


def rrf(rankings: list[list[str]], k: int = RRF_K, weights: Sequence[float] | None = None) -> Ranking:
    """Reciprocal rank fusion: sum of weight/(k + rank) over the rankings an id appears in."""
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings)):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return _best_first(scores)


def minmax_fusion(rankings: list[Ranking], weights: Sequence[float]) -> Ranking:
    """Weighted sum of scores scaled to [0, 1] within each ranking."""
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        if not ranking:
            continue
        low, high = min(s for _, s in ranking), max(s for _, s in ranking)
        for item, s in ranking:
            scaled = (s - low) / (high - low) if high > low else 1.0
            scores[item] = scores.get(item, 0.0) + weight * scaled
    return _best_first(scores)


def fuse(dense: Ranking, lexical: Ranking, fusion: Fusion = DEFAULT_FUSION) -> Ranking:
    weights = (fusion.dense_weight, fusion.lexical_weight)
    if fusion.method == "minmax":
        return minmax_fusion([dense, lexical], weights)
    return rrf([[i for i, _ in dense], [i for i, _ in lexical]], fusion.k, weights)


def _best_first(scores: dict[str, float]) -> Ranking:
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


# -- near-duplicates ---------------------------------------------------------------


def shingles(text: str, n: int = 3) -> frozenset[str]:
    """Word ``n``-grams of ``text`` (the words themselves when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= n:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def span_overlap(a: Chunk, b: Chunk) -> float:
    """The share of the shorter chunk's span that the other covers (0 across documents)."""
    if a.doc_id != b.doc_id:
        return 0.0
    shared = min(a.end, b.end) - max(a.start, b.start)
    return max(shared, 0) / max(min(a.end - a.start, b.end - b.start), 1)


def collapse_duplicates(
    chunks: Iterable[Chunk], limit: int | None = None, threshold: float = DUPLICATE_JACCARD
) -> list[Chunk]:
    """``chunks`` (best first) without those that repeat a kept, higher-ranked one.

    A repeat is the same text (shingle Jaccard >= ``threshold``: the same article indexed
    twice) or mostly the same span of the same document. Stops once ``limit`` are kept."""
    kept: list[tuple[Chunk, frozenset[str]]] = []
    for chunk in chunks:
        if limit is not None and len(kept) >= limit:
            break
        sh = shingles(chunk.text)
        if not any(span_overlap(chunk, c) >= DUPLICATE_SPAN or jaccard(sh, s) >= threshold for c, s in kept):
            kept.append((chunk, sh))
    return [c for c, _ in kept]


# -- the retriever -------------------------------------------------------------------


class _Rows:
    """Catalog rows read for one search, kept across depth rounds so each is read once."""

    def __init__(self, catalog: Catalog, gid: int) -> None:
        self._catalog, self._gid = catalog, gid
        self._chunks: dict[str, Chunk | None] = {}
        self._docs: dict[str, StoredDocument | None] = {}

    def chunks(self, ids: Iterable[str]) -> dict[str, Chunk]:
        """The committed chunks among ``ids``; uncommitted ids are simply absent."""
        ids = list(ids)
        missing = [i for i in dict.fromkeys(ids) if i not in self._chunks]
        found = self._catalog.chunks(self._gid, missing)
        self._chunks.update((i, found.get(i)) for i in missing)
        return {i: c for i in ids if (c := self._chunks[i]) is not None}

    def documents(self, doc_ids: Iterable[str]) -> dict[str, StoredDocument]:
        doc_ids = list(doc_ids)
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._docs]
        found = self._catalog.documents_by_id(self._gid, missing)
        self._docs.update((d, found.get(d)) for d in missing)
        return {d: doc for d in doc_ids if (doc := self._docs[d]) is not None}


class Retriever:
    """Ranked passages for a query from one index: dense, lexical, or both fused."""

    def __init__(self, index: Index, fusion: Fusion = DEFAULT_FUSION) -> None:
        self.index = index
        self.fusion = fusion
        self.gen = index.generation()
        self.vectors = index.vectors(self.gen)
        self.catalog = index.store.catalog

    def dense(self, query: str, k: int) -> Ranking:
        """The ``k`` committed chunks nearest to ``query``: (chunk_id, cosine), best first."""
        rows, depth = _Rows(self.catalog, self.gen.gid), k
        vector = self._embed(query)
        while True:
            ranking, exhausted = self._dense(vector, depth, rows)
            if len(ranking) >= k or exhausted:
                return ranking[:k]
            depth *= 2  # only vectors a killed ingest left behind get here

    def lexical(self, query: str, k: int) -> Ranking:
        """The ``k`` best BM25 chunks: (chunk_id, score), best first."""
        return self.catalog.lexical_search(self.gen.gid, query, k) if k > 0 else []

    def search(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Passage]:
        """The ``k`` best passages for ``query`` among the documents ``filters`` allow."""
        if k <= 0:
            return []
        filters = filters or Filters()
        rows, vector = _Rows(self.catalog, self.gen.gid), self._embed(query)
        depth = max(MIN_DEPTH, DEPTH_GROWTH * k)
        while True:
            dense, dense_exhausted = self._dense(vector, depth, rows)
            lexical = self.lexical(query, depth)
            passages = self._passages(dense, lexical, filters, k, rows)
            if len(passages) >= k or (dense_exhausted and len(lexical) < depth):
                return passages
            depth *= DEPTH_GROWTH

    def _embed(self, query: str) -> np.ndarray:
        vector: np.ndarray = self.index.encoder.encode([query])[0]
        return vector

    def _dense(self, vector: np.ndarray, depth: int, rows: _Rows) -> tuple[Ranking, bool]:
        """Committed nearest chunks to ``depth``, and whether Chroma has no more to give."""
        found = self.vectors.query(vector, depth) if depth > 0 else []
        committed = rows.chunks(i for i, _ in found)
        return [(i, s) for i, s in found if i in committed], len(found) < depth

    def _passages(self, dense: Ranking, lexical: Ranking, filters: Filters, k: int, rows: _Rows) -> list[Passage]:
        chunks = rows.chunks([i for i, _ in dense] + [i for i, _ in lexical])
        docs = rows.documents(c.doc_id for c in chunks.values())
        allowed = {i for i, c in chunks.items() if c.doc_id in docs and filters.allows(docs[c.doc_id])}
        dense = [(i, s) for i, s in dense if i in allowed]
        lexical = [(i, s) for i, s in lexical if i in allowed]
        fused = fuse(dense, lexical, self.fusion)
        kept = collapse_duplicates((chunks[i] for i, _ in fused), limit=k)
        scores, dense_scores, lexical_scores = dict(fused), dict(dense), dict(lexical)
        return [
            _passage(rank, c, docs[c.doc_id], scores[c.chunk_id], dense_scores.get(c.chunk_id),
                     lexical_scores.get(c.chunk_id))
            for rank, c in enumerate(kept, start=1)
        ]


def _passage(
    rank: int, c: Chunk, d: StoredDocument, score: float, dense: float | None, lexical: float | None
) -> Passage:
    return Passage(
        rank, d.doc_id, d.title, d.source, d.url, d.date, c.chunk_id, c.text, c.start, c.end, round(score, 6),
        None if dense is None else round(dense, 6), None if lexical is None else round(lexical, 6),
    )
