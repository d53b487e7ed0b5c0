"""Hybrid retrieval: dense (Chroma) and BM25 (index/lexical.py) rankings, filtered, fused and de-duplicated.

One search: both retrievers rank chunk ids to a depth; ids the catalog does not hold
(vectors a killed ingest left in Chroma) are dropped; chunks of documents outside the
filters are dropped; the two rankings are fused; a passage that repeats a higher-ranked
one is dropped so the next takes its slot; the first ``k`` remain. When filters or
duplicates leave fewer than ``k``, the depth grows until both rankings run out (or, for a
narrow filter, until every chunk it allows has been ranked).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TypeVar

import numpy as np

from .catalog import Generation, StoredDocument
from .catalogs import Catalog
from .documents import Chunk
from .encoders import Encoder
from .errors import InputError
from .lexical import Fts5Search, LexicalSearch
from .store import VectorCollection
from .versions import DocVersion

T = TypeVar("T")

RRF_K = 60
MIN_DEPTH = 20
DEPTH_GROWTH = 4
FILTERED_LEXICAL_DEPTH = 2000  # BM25 depth of a filtered search (costs about what depth 20 does)
MAX_LISTED_CHUNKS = 5000  # a narrow filter's chunk ids are listed (one query per document) up to this
DUPLICATE_JACCARD = 0.8  # word 3-shingle Jaccard at which two texts say the same thing
# Neighbouring chunks share ``chunk_overlap`` tokens (40 of 200 by default) by design; that is
# not a duplicate. A chunk mostly inside another one of the same document is.
DUPLICATE_SPAN = 0.5

Ranking = list[tuple[str, float]]
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Two or three capitalised words in a row: "Donald Trump", "Sergei V. Lavrov", "Joint Base Elmendorf".
_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w’'-]+){1,2}\b")
MAX_NAMES = 300  # per document: enough for an article, bounded for a book
NAME_CACHE = 2048  # documents whose names a retriever keeps
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
    version: int = 1  # of an uploaded file that has several (index/versions.py)
    superseded: bool = False  # a later version of its file is indexed
    # Names its document gives in full ("Donald Trump"), so that a surname alone in this
    # passage ("Trump said") is read as the person the document means, as a reader does.
    names: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, object]:
        out = asdict(self)
        del out["names"]  # context for reading the passage, not part of what is shown
        return out


# -- filters ---------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which documents a search may return.

    ``sources``: any of them is a case-insensitive substring of the document's source
    (path or url), url or title. ``date_from``/``date_to``: inclusive bounds written
    YYYY, YYYY-MM or YYYY-MM-DD; a document without a date fails any date bound.
    ``exclude_docs``: document ids never returned (the evals ask a question with its own
    source left out, to see that the answer then abstains). ``superseded``: also return
    versions of an uploaded file that a later upload of the same name replaced; by default a
    search sees only the current version, so an old one never outranks or repeats its successor.
    """

    sources: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    exclude_docs: tuple[str, ...] = ()
    superseded: bool = False

    def __post_init__(self) -> None:
        for bound in (self.date_from, self.date_to):
            if bound and not (_DATE.fullmatch(bound) and _real_date(bound)):
                raise InputError(f"date {bound!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD "
                                 "(e.g. --since 2025-08-01)")

    @property
    def active(self) -> bool:
        return bool(self.sources or self.date_from or self.date_to)

    def allows(self, doc: StoredDocument) -> bool:
        return doc.doc_id not in self.exclude_docs and self._source_ok(doc) and self._date_ok(doc.date)

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


def _real_date(bound: str) -> bool:
    """A month 01-12 and a day that month has: "2025-13-45" and "2025-02-30" are not dates."""
    try:
        datetime.date.fromisoformat(bound + "-01" * (2 - bound.count("-")))
    except ValueError:
        return False
    return True


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


# Min-max beat plain and weighted RRF on the HaluEval QA dev slice and held on the check slice
# (docs/EVALUATION.md, `python -m evals.retrieval_eval`): ranks alone drop how sure each
# retriever is, so a passage BM25 finds far ahead of the rest (a rare name matched) could tie
# with dense's mediocre favourite. Equal weights: nothing fitted to that data set's lexical lean.
DEFAULT_FUSION = Fusion("minmax")


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


def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    """Word ``n``-grams of ``text`` (the words themselves when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= n:
        return frozenset([tuple(words)])
    return frozenset(zip(*(words[i:] for i in range(n))))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
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
    kept: list[tuple[Chunk, frozenset[tuple[str, ...]]]] = []
    for chunk in chunks:
        if limit is not None and len(kept) >= limit:
            break
        sh = shingles(chunk.text)
        if not any(span_overlap(chunk, c) >= DUPLICATE_SPAN or jaccard(sh, s) >= threshold for c, s in kept):
            kept.append((chunk, sh))
    return [c for c, _ in kept]


# -- the retriever -------------------------------------------------------------------


class _Query:
    """One query's state across depth rounds: its vector, the catalog rows already read, and
    its BM25 ranking (fetched deep once for a filtered search instead of once per round).

    Everything runs in the calling thread, one step after the other: ONNX and Chroma each
    use both cores, and BM25 (FTS5 then) in a second thread beside them made a search slower
    (11.6 ms against 10.2 ms at 1,000 documents), not faster; the in-memory BM25 takes about
    a millisecond, too little to hide behind the dense half."""

    def __init__(self, retriever: Retriever, query: str, lexical_floor: int = 0) -> None:
        self._r, self.query, self._lexical_floor = retriever, query, lexical_floor
        self._lexical: Ranking = []
        self._lexical_depth = 0
        self.vector = retriever.embed(query)
        self._chunks: dict[str, Chunk | None] = {}
        self._docs: dict[str, StoredDocument | None] = {}
        self._versions: dict[str, DocVersion | None] = {}

    def dense(self, depth: int, allowed: set[str] | None = None) -> tuple[Ranking, bool]:
        """Committed (and allowed) nearest chunks to ``depth``, and whether Chroma has no more."""
        found = self._r.vectors.query(self.vector, depth) if depth > 0 else []
        hits = _within(found, allowed)
        committed = self.chunks(i for i, _ in hits)
        return [(i, s) for i, s in hits if i in committed], len(found) < depth

    def lexical(self, depth: int) -> Ranking:
        if not self._r.fusion.lexical_weight:  # a dense-only fusion: BM25 would count for nothing
            return []
        if depth > self._lexical_depth:
            self._lexical_depth = max(depth, self._lexical_floor)
            self._lexical = self._r.lexical(self.query, self._lexical_depth)
        return self._lexical[:depth]

    def chunks(self, ids: Iterable[str]) -> dict[str, Chunk]:
        """The committed chunks among ``ids``; uncommitted ids are simply absent."""
        return _memoised(self._chunks, ids, lambda missing: self._r.catalog.chunks(self._r.gen.gid, missing))

    def documents(self, doc_ids: Iterable[str]) -> dict[str, StoredDocument]:
        """Only the documents these passages come from, not the whole collection."""
        return _memoised(self._docs, doc_ids,
                         lambda missing: self._r.catalog.documents_by_id(self._r.gen.gid, missing))

    def versions(self, doc_ids: Iterable[str]) -> dict[str, DocVersion]:
        """The versions of those of ``doc_ids`` that came from a versioned upload."""
        return _memoised(self._versions, doc_ids,
                         lambda missing: self._r.catalog.doc_versions(self._r.gen.gid, missing))


def _memoised(cache: dict[str, T | None], keys: Iterable[str],
              fetch: Callable[[list[str]], dict[str, T]]) -> dict[str, T]:
    """Look ``keys`` up through ``cache``, fetching the missing ones in one call; what the
    fetch does not return is remembered as absent, so it is not asked for again."""
    keys = list(keys)
    missing = [k for k in dict.fromkeys(keys) if k not in cache]
    found = fetch(missing) if missing else {}
    cache.update((k, found.get(k)) for k in missing)
    return {k: v for k in keys if (v := cache[k]) is not None}


class Retriever:
    """Ranked passages for a query from one index: dense, lexical, or both fused."""

    def __init__(self, catalog: Catalog, gen: Generation, vectors: VectorCollection, encoder: Encoder,
                 fusion: Fusion = DEFAULT_FUSION, lexical: LexicalSearch | None = None) -> None:
        self.catalog, self.gen, self.vectors, self.encoder = catalog, gen, vectors, encoder
        self.fusion = fusion
        self.bm25 = lexical or Fts5Search(catalog, gen)
        self._names: dict[str, tuple[str, ...]] = {}  # doc_id -> its full names (one generation: fixed)

    def dense(self, query: str, k: int) -> Ranking:
        """The ``k`` committed chunks nearest to ``query``: (chunk_id, cosine), best first."""
        q, depth = _Query(self, query), k
        while True:
            ranking, exhausted = q.dense(depth)
            if len(ranking) >= k or exhausted:
                return ranking[:k]
            depth *= 2  # only vectors a killed ingest left behind get here

    def lexical(self, query: str, k: int) -> Ranking:
        """The ``k`` best BM25 chunks: (chunk_id, score), best first."""
        return self.bm25.search(query, k) if k > 0 else []

    def search(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Passage]:
        """The ``k`` best passages for ``query`` among the documents ``filters`` allow."""
        if k <= 0:
            return []
        filters = filters or Filters()
        depth, allowed, listed = max(MIN_DEPTH, DEPTH_GROWTH * k), None, not filters.active
        q = _Query(self, query, FILTERED_LEXICAL_DEPTH if filters.active else 0)
        while True:
            dense, dense_exhausted = q.dense(depth, allowed)
            lexical = q.lexical(depth)
            passages = self._passages(q, dense, _within(lexical, allowed), filters, k)
            if len(passages) >= k or (dense_exhausted and len(lexical) < depth):
                return passages
            if not listed:  # narrow filters: list what they allow, once, to know when to stop
                allowed, listed = self._allowed_chunks(filters), True
            if allowed is not None and allowed <= {i for i, _ in dense}:
                return passages  # every allowed chunk is ranked already; deeper finds none
            depth *= DEPTH_GROWTH

    def embed(self, query: str) -> np.ndarray:
        vector: np.ndarray = self.encoder.encode([query])[0]
        return vector

    def _allowed_chunks(self, filters: Filters) -> set[str] | None:
        """The chunk ids ``filters`` allow, or None when there are too many to be worth listing.

        This reads every document's metadata (about 15 ms per thousand long documents), so a
        search does it only when its first, post-filtered round came up short."""
        docs = [d for d in self.catalog.documents(self.gen.gid).values() if filters.allows(d)]
        if sum(d.n_chunks for d in docs) > MAX_LISTED_CHUNKS:
            return None
        return self.catalog.chunk_ids(self.gen.gid, [d.doc_id for d in docs])

    def _passages(self, q: _Query, dense: Ranking, lexical: Ranking, filters: Filters, k: int) -> list[Passage]:
        chunks = q.chunks([i for i, _ in dense] + [i for i, _ in lexical])
        docs = q.documents(c.doc_id for c in chunks.values())
        versions = q.versions(docs)
        passing = {i for i, c in chunks.items() if c.doc_id in docs and filters.allows(docs[c.doc_id])
                   and (filters.superseded or not _superseded(versions.get(c.doc_id)))}
        dense, lexical = _within(dense, passing), _within(lexical, passing)
        fused = fuse(dense, lexical, self.fusion)
        kept = collapse_duplicates((chunks[i] for i, _ in fused), limit=k)
        scores, dense_scores, lexical_scores = dict(fused), dict(dense), dict(lexical)
        return [
            replace(_passage(rank, c, docs[c.doc_id], scores[c.chunk_id], dense_scores.get(c.chunk_id),
                             lexical_scores.get(c.chunk_id), versions.get(c.doc_id)),
                    names=self.document_names(c.doc_id))
            for rank, c in enumerate(kept, start=1)
        ]

    def document_names(self, doc_id: str) -> tuple[str, ...]:
        """The names the document gives in full, in order of first mention (cached per document)."""
        names = self._names.get(doc_id)
        if names is None:
            names = full_names(self.catalog.document_text(self.gen.gid, doc_id) or "")
            if len(self._names) >= NAME_CACHE:
                self._names.clear()  # atomic, so threads sharing the retriever never see it half-emptied
            self._names[doc_id] = names
        return names


def full_names(text: str) -> tuple[str, ...]:
    """Runs of two or three capitalised words, each once, first mention first (at most
    ``MAX_NAMES``): the candidates for what a surname alone refers to."""
    seen: dict[str, None] = {}
    for m in _FULL_NAME.finditer(text):
        seen.setdefault(" ".join(m.group(0).split()), None)
        if len(seen) >= MAX_NAMES:
            break
    return tuple(seen)


def _superseded(v: DocVersion | None) -> bool:
    return v is not None and v.superseded is not None


def _within(ranking: Ranking, ids: set[str] | None) -> Ranking:
    return ranking if ids is None else [(i, s) for i, s in ranking if i in ids]


def _passage(
    rank: int, c: Chunk, d: StoredDocument, score: float, dense: float | None, lexical: float | None,
    version: DocVersion | None = None,
) -> Passage:
    return Passage(
        rank, d.doc_id, d.title, d.source, d.url, d.date, c.chunk_id, c.text, c.start, c.end, round(score, 6),
        None if dense is None else round(dense, 6), None if lexical is None else round(lexical, 6),
        version=version.version if version else 1, superseded=_superseded(version),
    )
