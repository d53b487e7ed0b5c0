"""The one tiktoken user: token counting for chunking and context budgets, fully offline.

The BPE ranks come from the files llama-index-core ships (tiktoken's cache layout: the
file is named by the sha1 of its download URL). We read the file ourselves and build the
``tiktoken.Encoding`` from its public constructor, so nothing is downloaded, nothing is
copied into tiktoken's cache, and no environment variable is changed while it loads.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import tiktoken

from .errors import ModelError

DEFAULT_ENCODING = "cl100k_base"
_URL = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
_ENDOFTEXT, _ENDOFPROMPT = "<|endoftext|>", "<|endofprompt|>"
_FIM_PREFIX, _FIM_MIDDLE, _FIM_SUFFIX = "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>"


@dataclass(frozen=True)
class _Spec:
    """What ``tiktoken_ext/openai_public.py`` (tiktoken 0.14.0) says about one encoding."""

    sha256: str
    pat_str: str
    special_tokens: dict[str, int]


_O200K_PAT = "|".join([
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""\p{N}{1,3}""",
    r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
    r"""\s*[\r\n]+""",
    r"""\s+(?!\S)""",
    r"""\s+""",
])
SPECS = {
    "cl100k_base": _Spec(
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
        r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
        {_ENDOFTEXT: 100257, _FIM_PREFIX: 100258, _FIM_MIDDLE: 100259, _FIM_SUFFIX: 100260, _ENDOFPROMPT: 100276},
    ),
    "o200k_base": _Spec(
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        _O200K_PAT,
        {_ENDOFTEXT: 199999, _ENDOFPROMPT: 200018},
    ),
}


def cached_file(name: str) -> Path:
    """Where llama-index-core keeps the ranks of encoding ``name``.

    Found with ``find_spec``, which locates the package without importing it (that takes
    seconds, and counting tokens needs none of it)."""
    spec = find_spec("llama_index.core")
    if spec is None or spec.origin is None:
        raise ModelError("llama-index-core is not installed; it ships tiktoken's encodings: pip install -e .")
    cache_key = hashlib.sha1(_URL.format(name=name).encode()).hexdigest()
    return Path(spec.origin).parent / "_static" / "tiktoken_cache" / cache_key


@functools.cache
def encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    """The tiktoken encoding ``name``, built from the file llama-index-core ships."""
    spec = SPECS.get(name)
    if spec is None:
        raise ModelError(f"tiktoken encoding {name!r} is not available offline; use {' or '.join(SPECS)}")
    return tiktoken.Encoding(name, pat_str=spec.pat_str, mergeable_ranks=_ranks(name, spec.sha256),
                             special_tokens=spec.special_tokens)


def _ranks(name: str, sha256: str) -> dict[bytes, int]:
    """The BPE ranks: one ``base64-token rank`` pair a line, as tiktoken's own loader reads them."""
    path = cached_file(name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"tiktoken encoding {name!r} is missing from llama-index-core ({path}); "
                         "reinstall llama-index-core") from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ModelError(f"the {name!r} file in llama-index-core ({path}) is corrupt; reinstall llama-index-core")
    return {base64.b64decode(token): int(rank) for token, rank in (line.split() for line in data.splitlines() if line)}


def count_tokens(text: str) -> int:
    return len(encoding().encode_ordinary(text))


def count_tokens_batch(texts: Sequence[str]) -> list[int]:
    return [len(t) for t in encoding().encode_ordinary_batch(list(texts))]
