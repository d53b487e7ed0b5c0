"""The embedding factory: our encoders, and their llama-index ``BaseEmbedding`` adapter.

llama-index is imported only when its adapter is asked for (about 3 s of imports), so the
CLI, the server and the answering path start without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .encoders import Encoder, HashingEncoder, MiniLMEncoder
from .errors import ConfigError
from .registry import Registry

ENCODERS: Registry[Encoder] = Registry("embedding")


@dataclass(frozen=True)
class EncoderOptions:
    """What a builder gets beside its spec: texts per model run, and CPU threads (None: all)."""

    batch_size: int = 32
    threads: int | None = None


def make_encoder(spec: str, batch_size: int = 32, threads: int | None = None) -> Encoder:
    """Build the encoder named by ``spec``: ``onnx:minilm-int8``, ``fake:DIM`` or a plugin's prefix.
    ``threads`` caps a model's CPU threads (a Ray actor takes one core, not the machine)."""
    return ENCODERS.build("onnx:minilm-int8" if spec == "minilm" else spec, EncoderOptions(batch_size, threads))


def _onnx(model: str, options: EncoderOptions) -> Encoder:
    if model != "minilm-int8":
        raise ConfigError(f"unknown ONNX embedding model {model!r}; the bundled one is onnx:minilm-int8")
    return MiniLMEncoder(batch_size=options.batch_size, threads=options.threads)


def _fake(dim: str, options: EncoderOptions) -> Encoder:
    if not (dim.isdigit() and int(dim) >= 8):
        raise ConfigError(f"fake:{dim} needs a dimension of at least 8, e.g. fake:64")
    return HashingEncoder(int(dim))


ENCODERS.register("onnx", _onnx, "onnx:minilm-int8")
ENCODERS.register("fake", _fake, "fake:DIM")


if TYPE_CHECKING:
    from .llama_embedding import EncoderEmbedding


def make_embedding(spec: str, batch_size: int = 32) -> EncoderEmbedding:
    """The llama-index embedding model for ``spec`` (see :func:`make_encoder`)."""
    from .llama_embedding import EncoderEmbedding

    return EncoderEmbedding(make_encoder(spec, batch_size), embed_batch_size=batch_size)
