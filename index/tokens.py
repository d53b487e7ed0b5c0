"""The one tiktoken user: token counting for chunking and context budgets, fully offline."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path

import tiktoken

from .errors import ModelError

DEFAULT_ENCODING = "cl100k_base"


def _cache_dir() -> Path:
    # llama-index-core ships the cl100k_base and o200k_base files; pointing tiktoken
    # there is what keeps get_encoding from trying to download them.
    import llama_index.core

    return Path(llama_index.core.__file__).parent / "_static" / "tiktoken_cache"


@functools.cache
def encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    """The tiktoken encoding ``name``, loaded from the cache llama-index-core ships."""
    previous = os.environ.get("TIKTOKEN_CACHE_DIR")
    os.environ["TIKTOKEN_CACHE_DIR"] = str(_cache_dir())
    try:
        return tiktoken.get_encoding(name)
    except Exception as exc:  # tiktoken raises plain errors when a file is missing
        raise ModelError(
            f"tiktoken encoding {name!r} is not in llama-index-core's cache "
            f"({_cache_dir()}); use cl100k_base or o200k_base"
        ) from exc
    finally:
        if previous is None:
            del os.environ["TIKTOKEN_CACHE_DIR"]
        else:
            os.environ["TIKTOKEN_CACHE_DIR"] = previous


def count_tokens(text: str) -> int:
    return len(encoding().encode_ordinary(text))


def count_tokens_batch(texts: Sequence[str]) -> list[int]:
    return [len(t) for t in encoding().encode_ordinary_batch(list(texts))]
