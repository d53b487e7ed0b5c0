"""The index settings: one frozen object, built at the entry point and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from .extractors import DEFAULT_EXTRACTORS, check_extractors

DEFAULT_EMBEDDING = "onnx:minilm-int8"
DEFAULT_COLLECTION = "default"
DEFAULT_LEXICAL = "bm25"


@dataclass(frozen=True)
class IndexSettings:
    """Everything that decides how documents become stored vectors.

    ``store`` is a spec string: a folder path, ``chroma:DIR``, ``chroma+http://HOST:PORT``
    or ``memory``. ``state_dir`` is where a remote store keeps its local catalog.
    ``chunk_tokens`` is counted with tiktoken; the default stays inside the embedding
    model's 256-piece window, since WordPiece splits news text into a few more pieces
    than cl100k does. ``extractors`` picks the readers that turn files into text: ``auto``
    (maintained libraries) or ``rules`` (the earlier hand-written cleaner); see
    :mod:`index.extractors`. ``catalog`` is a spec too: empty (the SQLite file in the store's
    folder) or ``postgresql://USER@HOST:PORT/DB``, a catalog several replicas share.
    ``lexical`` is the BM25 engine: ``bm25`` (in memory, synced with the catalog) or ``fts5``
    (the catalog's own lexical search: SQLite FTS5, or Postgres full text); see :mod:`index.lexical`.
    """

    store: str
    collection: str = DEFAULT_COLLECTION
    embedding: str = DEFAULT_EMBEDDING
    chunk_tokens: int = 200
    chunk_overlap: int = 40
    embed_batch_size: int = 32
    max_file_mb: float = 20.0
    state_dir: str = ""
    extractors: str = DEFAULT_EXTRACTORS
    catalog: str = ""
    lexical: str = DEFAULT_LEXICAL

    def __post_init__(self) -> None:
        check_extractors(self.extractors)  # a typo fails here, not after walking the folder

    def chunking(self) -> dict[str, int]:
        """The settings a store records and must be reopened with."""
        return {"chunk_tokens": self.chunk_tokens, "chunk_overlap": self.chunk_overlap}
