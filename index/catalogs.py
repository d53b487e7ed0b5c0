"""The ``Catalog`` protocol and the one factory that opens a catalog from its spec.

Two implementations: the SQLite file next to the store (the embedded default, unchanged) and
a Postgres database several replicas share (``postgresql://USER@HOST:PORT/DB``, in
:mod:`index.catalog_pg`). ``--catalog`` picks one; empty means SQLite in the store's folder.

Beyond what the SQLite catalog always did, a catalog shared by several processes needs
three things, and the protocol names them so the ingest can call them on either:

- ``ingest_lock``: one ingest per collection at a time (Postgres: an advisory lock);
- an intent log (``note_pending``/``pending``/``clear_pending``): the chunk ids whose vectors
  an ingest is about to write or delete, so the next ingest finds what a killed one left in
  Chroma without listing every id there (``pending`` returns None when the catalog keeps no
  log, and the ingest falls back to that full scan);
- ``expire``: the retired generations whose grace period is over, dropped now, so a replica
  that began a search on one a moment ago never finds it gone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from contextlib import AbstractContextManager as ContextManager
from pathlib import Path
from typing import Any, Protocol

from .catalog import Catalog as SqliteCatalogBase
from .catalog import Generation, StoredDocument
from .documents import Chunk, Document
from .registry import Registry
from .versions import DocVersion, FileVersion


class Catalog(Protocol):
    """What the store, the ingest and the retriever ask of a catalog."""

    def store_id(self) -> str: ...
    def close(self) -> None: ...
    def meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str | None) -> None: ...

    def generations(self, collection: str | None = None) -> list[Generation]: ...
    def generation(self, collection: str, state: str) -> Generation | None: ...
    def create_generation(self, collection: str, settings: dict[str, object], prefix: str) -> Generation: ...
    def activate(self, gen: Generation) -> list[Generation]: ...
    def expire(self, collection: str) -> list[Generation]: ...

    def documents(self, gid: int) -> dict[str, StoredDocument]: ...
    def documents_by_id(self, gid: int, doc_ids: Iterable[str]) -> dict[str, StoredDocument]: ...
    def document_text(self, gid: int, doc_id: str) -> str | None: ...
    def chunk_ids(self, gid: int, doc_ids: Iterable[str] | None = None) -> set[str]: ...
    def chunks(self, gid: int, chunk_ids: Iterable[str]) -> dict[str, Chunk]: ...
    def counts(self, gid: int) -> tuple[int, int]: ...
    def put_documents(self, gid: int, items: list[tuple[Document, list[Chunk]]]) -> None: ...
    def remove_documents(self, gid: int, doc_ids: list[str]) -> None: ...

    def lexical_search(self, gid: int, query: str, k: int) -> list[tuple[str, float]]: ...
    def selective_words(self, gid: int, words: list[str], budget: int = ...) -> list[str]: ...

    def ingest_lock(self, collection: str) -> ContextManager[None]: ...
    def note_pending(self, gid: int, chunk_ids: Iterable[str]) -> None: ...
    def pending(self, gid: int) -> set[str] | None: ...
    def clear_pending(self, gid: int) -> None: ...
    def analyze(self, gid: int) -> None: ...

    # versions of uploaded files (index.versions)
    def file_versions(self, gid: int, name: str) -> list[FileVersion]: ...
    def record_file_version(self, gid: int, name: str, version: int, origin: str, sha256: str) -> None: ...
    def doc_versions(self, gid: int, doc_ids: Iterable[str] | None = None) -> dict[str, DocVersion]: ...


class SqliteCatalog(SqliteCatalogBase):
    """The SQLite catalog as it always was: one process owns the file, so the lock is a
    no-op, there is no intent log (the ingest lists Chroma's ids), and a retired generation
    is dropped at once (``activate``), leaving nothing to expire."""

    def ingest_lock(self, collection: str) -> ContextManager[None]:
        return contextlib.nullcontext()

    def note_pending(self, gid: int, chunk_ids: Iterable[str]) -> None:
        pass

    def pending(self, gid: int) -> set[str] | None:
        return None

    def clear_pending(self, gid: int) -> None:
        pass

    def expire(self, collection: str) -> list[Generation]:
        return []

    def analyze(self, gid: int) -> None:
        pass


# ``--catalog`` specs; the context is the SQLite file the store would use by default.
CATALOGS: Registry[Catalog] = Registry("catalog")


def open_catalog(spec: str, default_path: Path | str) -> Catalog:
    """The catalog ``spec`` names: ``""``/``sqlite`` (the file at ``default_path``),
    ``sqlite:PATH``, or ``postgresql://...`` (``postgres://`` too)."""
    return CATALOGS.build(spec or "sqlite", default_path)


def _sqlite(args: str, default_path: Any) -> Catalog:
    return SqliteCatalog(args or default_path)


def _postgres(scheme: str) -> Any:
    def build(args: str, default_path: Any) -> Catalog:
        from .catalog_pg import PgCatalog  # psycopg is an extra: imported only when asked for

        return PgCatalog(f"{scheme}:{args}")

    return build


CATALOGS.register("sqlite", _sqlite, "sqlite[:PATH]")
CATALOGS.register("postgresql", _postgres("postgresql"), "postgresql://USER@HOST:PORT/DB[?grace=SECONDS]")
CATALOGS.register("postgres", _postgres("postgres"), "postgres://USER@HOST:PORT/DB")
