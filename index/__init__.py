"""Turn folders of documents into a searchable store: loaders, cleaning, chunks, vectors."""

from .api import Index
from .catalog import StoredDocument
from .chunking import chunk_document
from .documents import Chunk, Document, LoadResult, Problem
from .embeddings import make_embedding, make_encoder
from .errors import (
    ClusterUnavailableError,
    ConfigError,
    IndexingError,
    InputError,
    ModelError,
    StoreMismatchError,
    StoreUnavailableError,
)
from .ingest import IngestReport
from .loaders import load_paths
from .retrieval import Filters, Fusion, Passage, Retriever
from .settings import IndexSettings
from .store import parse_store_spec


def __getattr__(name: str) -> object:
    """``EncoderEmbedding`` on first use: it imports llama-index, which takes seconds."""
    if name == "EncoderEmbedding":
        from .llama_embedding import EncoderEmbedding

        return EncoderEmbedding
    raise AttributeError(f"module 'index' has no attribute {name!r}")


__all__ = [
    "Chunk",
    "ClusterUnavailableError",
    "ConfigError",
    "Document",
    "EncoderEmbedding",
    "Filters",
    "Fusion",
    "Index",
    "IndexSettings",
    "IndexingError",
    "IngestReport",
    "InputError",
    "LoadResult",
    "ModelError",
    "Passage",
    "Problem",
    "Retriever",
    "StoreMismatchError",
    "StoreUnavailableError",
    "StoredDocument",
    "chunk_document",
    "load_paths",
    "make_embedding",
    "make_encoder",
    "parse_store_spec",
]
