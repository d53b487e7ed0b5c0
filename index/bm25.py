"""An in-memory BM25 index over chunks: postings as numpy arrays, scored with FTS5's formula.

SQLite FTS5 scores every chunk that holds a query word on each search, through its own
B-tree pages; at 55,000 chunks that was all of the gap between our retrieval and plain
llama-index's (docs/BENCHMARKS.md). Here each term's postings are two arrays (chunk slots
and term counts), so a query is a handful of vectorised gathers and adds over them.

Updates are incremental: ``add`` appends to the touched terms' arrays; ``remove`` marks
slots dead (searches skip them) and ``compact`` drops them once they pile up. Terms are the
words FTS5's ``porter unicode61 remove_diacritics 2`` tokenizer would index, minus stopwords
(a query never looks them up), while a chunk's length still counts every word, as FTS5's does.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import unicodedata
import uuid
import zipfile
from array import array
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .catalog import fts_stem, query_words
from .text import STOPWORDS

K1, B = 1.2, 0.75  # FTS5's bm25() defaults
MIN_IDF = 1e-6  # FTS5 floors the IDF of a word in over half the chunks here, instead of going negative
FORMAT = 1  # of the saved file; another value means "rebuild"
_WORD = re.compile(r"\w+")
Ranking = list[tuple[str, float]]


@functools.lru_cache(maxsize=1 << 18)
def term(word: str) -> str | None:
    """The indexed term of a lower-case word, or None for a stopword."""
    if word in STOPWORDS:
        return None
    stem = fts_stem(word)
    if stem is not None:
        return stem
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return fts_stem(folded) or folded


def analyse(text: str) -> tuple[int, Counter[str]]:
    """A chunk's length in words and its terms' counts."""
    words = _WORD.findall(text.lower())
    counts: Counter[str] = Counter()
    for word, n in Counter(words).items():  # each distinct word once: stemming is the slow part
        if (t := term(word)) is not None:
            counts[t] += n
    return len(words), counts


def query_terms(query: str) -> list[str]:
    """The distinct terms of ``query``, in order."""
    return list(dict.fromkeys(t for w in query_words(query) if (t := term(w)) is not None))


def idf(n: int, df: int) -> float:
    """FTS5's IDF: log((N - df + 0.5) / (df + 0.5)), floored just above zero."""
    return max(math.log((n - df + 0.5) / (df + 0.5)), MIN_IDF)


def term_scores(tf: np.ndarray, lengths: np.ndarray, avgdl: float, weight: float) -> np.ndarray:
    """BM25 of one term in each chunk holding it (``tf`` times, ``lengths`` words long)."""
    scores: np.ndarray = weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths / avgdl))
    return scores


def top_k(ids: list[str], scores: np.ndarray, k: int) -> Ranking:
    """The ``k`` highest positive scores as (id, score), best first, ties by id."""
    hit = np.flatnonzero(scores > 0)
    if len(hit) > k:
        hit = hit[np.argpartition(-scores[hit], k - 1)[:k]]
    ranked = sorted(((ids[i], float(scores[i])) for i in hit), key=lambda r: (-r[1], r[0]))
    return ranked[:k]


class BM25Index:
    """BM25 over chunks, keyed by chunk id (content-addressed: one id, one text)."""

    def __init__(self) -> None:
        self._ids: list[str] = []  # slot -> chunk id (dead slots keep theirs until compact)
        self._slot: dict[str, int] = {}  # live chunk id -> slot
        self._lengths = array("f")
        self._alive = bytearray()
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # term -> (slots, counts)
        self._total = 0.0  # live chunks' words
        self._dead = 0

    def __len__(self) -> int:
        return len(self._slot)

    def ids(self) -> set[str]:
        return set(self._slot)

    def add(self, chunks: Iterable[tuple[str, str]]) -> int:
        """Index (chunk id, text) pairs not indexed yet; returns how many were new."""
        pending: dict[str, tuple[list[int], list[int]]] = {}
        added = 0
        for chunk_id, text in chunks:
            if chunk_id in self._slot:
                continue
            length, counts = analyse(text)
            slot = self._new_slot(chunk_id, length)
            for t, n in counts.items():
                slots, tfs = pending.setdefault(t, ([], []))
                slots.append(slot)
                tfs.append(n)
            added += 1
        for t, (slots, tfs) in pending.items():
            self._extend(t, np.array(slots, np.int32), np.array(tfs, np.float32))
        return added

    def remove(self, chunk_ids: Iterable[str]) -> int:
        """Forget these chunks (unknown ids are ignored); returns how many were removed."""
        removed = 0
        for chunk_id in chunk_ids:
            slot = self._slot.pop(chunk_id, None)
            if slot is not None:
                self._alive[slot] = 0
                self._total -= self._lengths[slot]
                self._dead += 1
                removed += 1
        if self._dead > max(1000, len(self._slot) // 4):
            self.compact()
        return removed

    def search(self, query: str, k: int, max_postings: int | None = None) -> Ranking:
        """The ``k`` best chunks for ``query``: (chunk id, BM25), best first, scores > 0.

        ``max_postings``: read only the rarest terms' postings up to about this many (see
        :func:`selective`); None reads every query term's."""
        n = len(self._slot)
        if k <= 0 or n == 0:
            return []
        lengths = np.frombuffer(self._lengths, np.float32)
        alive = np.frombuffer(self._alive, np.bool_)
        found = [self._live(t, alive) for t in query_terms(query) if t in self._postings]
        if max_postings is not None:
            found = selective(found, n, max_postings)
        scores = np.zeros(len(self._ids), np.float32)
        for slots, tfs in found:
            scores[slots] += term_scores(tfs, lengths[slots], self._total / n, idf(n, len(slots)))
        return top_k(self._ids, scores, k)

    def compact(self) -> None:
        """Drop dead slots, renumbering the live ones."""
        alive = np.frombuffer(self._alive, np.bool_).copy()
        renumber = np.cumsum(alive, dtype=np.int64) - 1
        postings = {}
        for t, (slots, tfs) in self._postings.items():
            keep = alive[slots]
            if keep.any():
                postings[t] = (renumber[slots[keep]].astype(np.int32), tfs[keep])
        live = np.flatnonzero(alive)
        self._ids = [self._ids[i] for i in live]
        self._slot = {c: i for i, c in enumerate(self._ids)}
        self._lengths = array("f", np.frombuffer(self._lengths, np.float32)[live].tobytes())
        self._alive = bytearray(b"\x01" * len(live))
        self._postings, self._dead = postings, 0

    # -- persistence -----------------------------------------------------------------
    def save(self, path: Path, stamp: dict[str, object]) -> None:
        """Write the index to ``path`` atomically (a temporary file, then a rename), with
        ``stamp`` (what it was built from) for :meth:`load` to check."""
        if self._dead:
            self.compact()
        terms = list(self._postings)
        sizes = np.array([len(self._postings[t][0]) for t in terms], np.int64)
        slots = _concat([self._postings[t][0] for t in terms], np.int32)
        tfs = _concat([self._postings[t][1] for t in terms], np.float32)
        header = _text(json.dumps({"format": FORMAT, **stamp}))
        path.parent.mkdir(parents=True, exist_ok=True)
        # One temporary name per writer: two searchers of one store (the web app's and an upload's
        # ingest) may save at the same moment, and the later rename simply wins.
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        with tmp.open("wb") as f:
            np.savez(f, header=header, ids=_text("\n".join(self._ids)), terms=_text("\n".join(terms)),
                     lengths=np.frombuffer(self._lengths, np.float32),
                     offsets=np.concatenate([[0], np.cumsum(sizes)]), slots=slots, tfs=tfs)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, stamp: dict[str, object]) -> BM25Index | None:
        """The index saved at ``path``, or None when there is none, it is unreadable or it
        was saved with another ``stamp`` (the caller then builds one from the catalog)."""
        try:
            with np.load(path) as data:
                if json.loads(_untext(data["header"])) != {"format": FORMAT, **stamp}:
                    return None
                return cls._from_arrays({k: data[k] for k in data.files})
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # missing, torn or foreign: rebuild
            return None

    @classmethod
    def _from_arrays(cls, data: dict[str, np.ndarray]) -> BM25Index:
        index = cls()
        index._ids = _untext(data["ids"]).split("\n") if len(data["ids"]) else []
        index._slot = {c: i for i, c in enumerate(index._ids)}
        index._lengths = array("f", data["lengths"].astype(np.float32).tobytes())
        index._alive = bytearray(b"\x01" * len(index._ids))
        index._total = float(data["lengths"].sum())
        terms = _untext(data["terms"]).split("\n") if len(data["terms"]) else []
        offsets, slots, tfs = data["offsets"], data["slots"], data["tfs"]
        index._postings = {t: (slots[offsets[i]:offsets[i + 1]], tfs[offsets[i]:offsets[i + 1]])
                           for i, t in enumerate(terms)}
        if len(index._lengths) != len(index._ids) or (len(offsets) and offsets[-1] != len(slots)):
            raise ValueError("inconsistent BM25 index file")
        return index

    # -- internals -------------------------------------------------------------------
    def _new_slot(self, chunk_id: str, length: int) -> int:
        slot = len(self._ids)
        self._ids.append(chunk_id)
        self._slot[chunk_id] = slot
        self._lengths.append(length)
        self._alive.append(1)
        self._total += length
        return slot

    def _extend(self, t: str, slots: np.ndarray, tfs: np.ndarray) -> None:
        old = self._postings.get(t)
        self._postings[t] = (slots, tfs) if old is None else (np.concatenate([old[0], slots]),
                                                              np.concatenate([old[1], tfs]))

    def _live(self, t: str, alive: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        slots, tfs = self._postings[t]
        if not self._dead:
            return slots, tfs
        keep = alive[slots]
        return slots[keep], tfs[keep]


COMMON_SHARE = 0.1  # a term in more of the chunks than this is left out of a capped search
MIN_TERMS = 4  # but a capped search always keeps its rarest few terms


def selective(found: list[tuple[np.ndarray, np.ndarray]], n: int, budget: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The rarest terms' postings while they add up to at most ``budget`` (and each is in at
    most ``COMMON_SHARE`` of the ``n`` chunks), and always the rarest ``MIN_TERMS``: the
    rare-word cap of the FTS5 search (index/catalog.py), for comparison."""
    ordered = sorted(found, key=lambda p: len(p[0]))
    kept, read = ordered[:MIN_TERMS], sum(len(p[0]) for p in ordered[:MIN_TERMS])
    for p in ordered[MIN_TERMS:]:
        if len(p[0]) > COMMON_SHARE * n or read + len(p[0]) > budget:
            break
        kept.append(p)
        read += len(p[0])
    return kept


def _text(s: str) -> np.ndarray:
    return np.frombuffer(s.encode("utf-8"), np.uint8)


def _untext(a: np.ndarray) -> str:
    return bytes(a.astype(np.uint8)).decode("utf-8")


def _concat(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)
