"""One sentence-vector cache for a deployment: the same text is embedded once, not per request.

Answering one question embeds the question (retrieval), the best candidate sentences
(the extractive generator), and the claims, source sentences and words the judge aligns.
The sentences come from chunks, and the same chunks come back for question after question,
so without a cache a server re-embeds the same sentences on every request: measured on the
bundled corpus, embedding was 86% of an extractive ``ask``. ``CachedEncoder`` wraps any
encoder, keeps the most recently used vectors up to a byte budget, and is safe to share
between threads (the web server's workers, the generator and the judge all use one).
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from .encoders import Encoder

__all__ = ["DEFAULT_CACHE_MB", "CachedEncoder", "cached", "uncached"]

DEFAULT_CACHE_MB = 64.0  # about 37,000 MiniLM vectors with their texts
_ENTRY_OVERHEAD = 200  # bytes of an OrderedDict slot and a numpy header, beside the vector and its key


class CachedEncoder:
    """``encoder`` behind an LRU cache keyed by text and bounded by ``max_bytes``.

    The vectors returned are the wrapped encoder's own (each text is embedded in a batch of
    the texts that were missing, so a text's vector may differ from an uncached call's in
    the last float bits, as it does between any two batchings). The model runs outside the
    lock: two threads that miss the same text at once each embed it, which is cheaper than
    making one wait for the other's whole batch.
    """

    def __init__(self, encoder: Encoder, max_bytes: int = int(DEFAULT_CACHE_MB * 2**20)) -> None:
        if max_bytes < 0:
            raise ValueError(f"max_bytes is {max_bytes}; use 0 (no cache) or more")
        self.inner = encoder
        self.name, self.dim = encoder.name, encoder.dim
        self.max_bytes = max_bytes
        self.bytes = 0
        self.hits = self.misses = 0
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors for ``texts``, in order; only the texts not cached reach the model."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        found = self._lookup(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        if todo:
            fresh = {t: np.array(v) for t, v in zip(todo, self.inner.encode(todo))}  # rows, not views of the batch
            self._store(fresh)
            found.update(fresh)
        return np.stack([found[t] for t in texts])

    def _lookup(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in dict.fromkeys(texts):
                vector = self._vectors.get(text)
                if vector is not None:
                    self._vectors.move_to_end(text)
                    found[text] = vector
            self.hits += len(found)
            self.misses += len(dict.fromkeys(texts)) - len(found)
        return found

    def _store(self, fresh: dict[str, np.ndarray]) -> None:
        with self._lock:
            for text, vector in fresh.items():
                size = _size(text, vector)
                if text in self._vectors or size > self.max_bytes:
                    continue  # another thread stored it meanwhile, or it can never fit
                vector.setflags(write=False)  # shared between callers: nobody may change it
                self._vectors[text] = vector
                self.bytes += size
            while self.bytes > self.max_bytes:
                text, vector = self._vectors.popitem(last=False)
                self.bytes -= _size(text, vector)

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._vectors), "bytes": self.bytes, "hits": self.hits, "misses": self.misses}


def _size(text: str, vector: np.ndarray) -> int:
    return sys.getsizeof(text) + vector.nbytes + _ENTRY_OVERHEAD


def cached(encoder: Encoder, max_mb: float = DEFAULT_CACHE_MB) -> Encoder:
    """``encoder`` with a cache of ``max_mb`` (0: none); an encoder already cached is kept as it is."""
    if isinstance(encoder, CachedEncoder) or max_mb <= 0:
        return encoder
    return CachedEncoder(encoder, int(max_mb * 2**20))


def uncached(encoder: Encoder) -> Encoder:
    """The model behind a cache. Ingest embeds each chunk once, so its texts would only push
    the sentences that requests share out of the cache."""
    return encoder.inner if isinstance(encoder, CachedEncoder) else encoder
