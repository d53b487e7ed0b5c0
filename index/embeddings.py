"""The embedding factory and the llama-index ``BaseEmbedding`` wrapper around our encoders."""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

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


class EncoderEmbedding(BaseEmbedding):
    """An :class:`Encoder` as a llama-index embedding model, for llama-index components."""

    _encoder: Any = PrivateAttr()

    def __init__(self, encoder: Encoder, **kwargs: Any) -> None:
        super().__init__(model_name=encoder.name, **kwargs)
        self._encoder = encoder

    @classmethod
    def class_name(cls) -> str:
        return "EncoderEmbedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encoder.encode([query])[0].tolist()  # type: ignore[no-any-return]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encoder.encode([text])[0].tolist()  # type: ignore[no-any-return]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encoder.encode(texts).tolist()  # type: ignore[no-any-return]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def make_embedding(spec: str, batch_size: int = 32) -> EncoderEmbedding:
    """The llama-index embedding model for ``spec`` (see :func:`make_encoder`)."""
    return EncoderEmbedding(make_encoder(spec, batch_size), embed_batch_size=batch_size)
