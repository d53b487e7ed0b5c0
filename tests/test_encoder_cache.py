"""The shared sentence-vector cache: the same vectors as the model's, each text embedded once, bounded."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import numpy as np
import pytest

from assistant.components import _context
from assistant.errors import ConfigurationError
from assistant.judge.offline import OfflineJudge
from assistant.settings import for_serving, load_settings
from index.encoder_cache import CachedEncoder, cached, uncached
from index.encoders import HashingEncoder, MiniLMEncoder

SENTENCES = [f"Officials in city {i} discussed trade talks on day {i}." for i in range(40)]


class Counting:
    """A real (hashing) encoder that records every text it is asked to embed."""

    def __init__(self, dim: int = 32) -> None:
        self.inner = HashingEncoder(dim)
        self.name, self.dim = self.inner.name, dim
        self.seen: list[str] = []
        self.lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with self.lock:
            self.seen.extend(texts)
        return self.inner.encode(texts)


def test_the_vectors_are_the_encoders_and_each_text_is_embedded_once() -> None:
    model = Counting()
    cache = CachedEncoder(model)
    first = cache.encode(SENTENCES[:5] + SENTENCES[:2])  # a repeat within one call is embedded once too
    again = cache.encode(SENTENCES[3:8])
    assert np.array_equal(first, HashingEncoder(32).encode(SENTENCES[:5] + SENTENCES[:2]))
    assert np.array_equal(again, HashingEncoder(32).encode(SENTENCES[3:8]))
    assert model.seen == SENTENCES[:8]
    assert cache.stats()["hits"] == 2 and cache.stats()["misses"] == 8
    assert cache.encode([]).shape == (0, 32)


def test_what_it_returns_is_the_callers_to_change() -> None:
    cache = CachedEncoder(HashingEncoder(32))
    cache.encode(SENTENCES[:1])[0] += 5.0
    assert np.array_equal(cache.encode(SENTENCES[:1]), HashingEncoder(32).encode(SENTENCES[:1]))


def test_the_cache_is_bounded_by_bytes_and_forgets_the_least_recently_used() -> None:
    model = Counting()
    one_entry = CachedEncoder(model, max_bytes=10**9)
    one_entry.encode(SENTENCES[:1])
    size = one_entry.bytes
    cache = CachedEncoder(model, max_bytes=3 * size)
    cache.encode(SENTENCES[:3])
    cache.encode(SENTENCES[:1])  # the first is used again, so the second is now the oldest
    cache.encode(SENTENCES[3:4])
    assert len(cache) == 3 and cache.bytes <= 3 * size
    model.seen.clear()
    cache.encode(SENTENCES[:4])
    assert model.seen == SENTENCES[1:2]
    assert len(CachedEncoder(model, max_bytes=0).encode(SENTENCES)) == len(SENTENCES)


def test_threads_sharing_the_cache_get_their_own_texts_vectors() -> None:
    model = Counting()
    probe = CachedEncoder(model)
    probe.encode(SENTENCES[:1])
    cache = CachedEncoder(model, max_bytes=20 * probe.bytes)  # half the texts: entries come and go meanwhile
    expected = HashingEncoder(32).encode(SENTENCES)
    wrong: list[int] = []

    def ask(offset: int) -> None:
        for round_ in range(30):
            picked = [(offset + round_ * 7 + j) % len(SENTENCES) for j in range(6)]
            if not np.array_equal(cache.encode([SENTENCES[i] for i in picked]), expected[picked]):
                wrong.append(offset)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong
    assert 0 < len(cache) < len(SENTENCES) and cache.bytes <= cache.max_bytes and cache.stats()["hits"] > 0


def test_cached_wraps_once_and_uncached_unwraps() -> None:
    model = HashingEncoder(16)
    once = cached(model)
    assert isinstance(once, CachedEncoder) and cached(once) is once and uncached(once) is model
    assert cached(model, 0) is model and uncached(model) is model
    assert once.name == model.name and once.dim == model.dim


def test_the_judge_uses_the_cache_it_is_given() -> None:
    cache = CachedEncoder(Counting())
    judge = OfflineJudge(cache)
    assert judge.encoder is cache
    judge.judge("Officials in city 3 discussed trade talks.", [SENTENCES[3]])
    assert len(cache) > 0


@pytest.mark.parametrize("given", ["-1", "lots", "nan", "inf"])
def test_a_bad_cache_size_or_worker_count_names_the_variable(given: str) -> None:
    with pytest.raises(ConfigurationError, match="ASSISTANT_EMBED_CACHE_MB"):
        load_settings(env={"ASSISTANT_EMBED_CACHE_MB": given})
    with pytest.raises(ConfigurationError, match="ASSISTANT_WORKERS"):
        load_settings(env={"ASSISTANT_WORKERS": given})
    assert load_settings(env={"ASSISTANT_EMBED_CACHE_MB": "8"}).embed_cache_mb == 8.0
    assert load_settings(env={"ASSISTANT_WORKERS": "3"}).workers == 3 and load_settings(env={}).workers == 0
    with pytest.raises(ConfigurationError, match="ASSISTANT_EMBED_THREADS"):
        load_settings(env={"ASSISTANT_EMBED_THREADS": given})
    assert load_settings(env={"ASSISTANT_EMBED_THREADS": "1"}).embed_threads == 1
    assert load_settings(env={}).embed_threads == 0


def test_the_server_gives_each_model_run_the_cores_of_one_worker() -> None:
    cores = os.cpu_count() or 1
    assert for_serving(load_settings(env={})).embed_threads == 1  # a worker per core: one core per run
    assert for_serving(load_settings(env={"ASSISTANT_WORKERS": "1"})).embed_threads == cores
    assert for_serving(load_settings(env={"ASSISTANT_EMBED_THREADS": "3"})).embed_threads == 3  # as told
    assert load_settings(env={}).embed_threads == 0  # the CLI and ingest keep every core


def test_the_encoder_is_built_with_the_threads_the_settings_give() -> None:
    context = _context(load_settings(env={"ASSISTANT_EMBED_THREADS": "1"}), None)
    model = context.encoder.inner  # type: ignore[attr-defined]
    assert isinstance(model, MiniLMEncoder)
    assert model._session.get_session_options().intra_op_num_threads == 1
