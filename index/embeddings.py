"""The embedding factory: our encoders, and their llama-index ``BaseEmbedding`` adapter.

llama-index is imported only when its adapter is asked for (about 3 s of imports), so the
CLI, the server and the answering path start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .encoders import Encoder, HashingEncoder, MiniLMEncoder
from .errors import ConfigError

EMBEDDING_SPECS = ("onnx:minilm-int8", "fake:DIM")


def make_encoder(spec: str, batch_size: int = 32) -> Encoder:
    """Build the encoder named by ``spec``: ``onnx:minilm-int8`` or ``fake:DIM``."""
    if spec in ("onnx:minilm-int8", "minilm"):
        return MiniLMEncoder(batch_size=batch_size)
    if spec.startswith("fake:") and spec[5:].isdigit() and int(spec[5:]) >= 8:
        return HashingEncoder(int(spec[5:]))
    raise ConfigError(f"unknown embedding {spec!r}; valid: {', '.join(EMBEDDING_SPECS)}")


if TYPE_CHECKING:
    from .llama_embedding import EncoderEmbedding


def make_embedding(spec: str, batch_size: int = 32) -> EncoderEmbedding:
    """The llama-index embedding model for ``spec`` (see :func:`make_encoder`)."""
    from .llama_embedding import EncoderEmbedding

    return EncoderEmbedding(make_encoder(spec, batch_size), embed_batch_size=batch_size)
