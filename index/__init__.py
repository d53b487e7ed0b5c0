"""Turn folders of documents into a searchable store: loaders, cleaning, chunks, vectors."""

from .api import Index
from .chunking import chunk_document
from .documents import Chunk, Document, LoadResult, Problem
from .embeddings import EncoderEmbedding, make_embedding, make_encoder
from .errors import (
    ConfigError,
    IndexingError,
    InputError,
    ModelError,
    StoreMismatchError,
    StoreUnavailableError,
)
from .ingest import IngestReport
from .loaders import load_paths
from .settings import IndexSettings
from .store import parse_store_spec

__all__ = [
    "Chunk",
    "ConfigError",
    "Document",
    "EncoderEmbedding",
    "Index",
    "IndexSettings",
    "IndexingError",
    "IngestReport",
    "InputError",
    "LoadResult",
    "ModelError",
    "Problem",
    "StoreMismatchError",
    "StoreUnavailableError",
    "chunk_document",
    "load_paths",
    "make_embedding",
    "make_encoder",
    "parse_store_spec",
]
