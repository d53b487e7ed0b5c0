"""``Index``: the one object the assistant, the CLI and the tests use to reach a store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .catalog import Generation, StoredDocument
from .documents import Chunk
from .embeddings import make_encoder
from .encoders import Encoder
from .ingest import IngestReport, Progress, ingest, wanted_settings
from .lexical import Bm25Search, LexicalSearch, make_lexical
from .retrieval import DEFAULT_FUSION, Filters, Fusion, Passage, Retriever
from .settings import IndexSettings
from .store import Store, VectorCollection, parse_store_spec
from .versions import DocVersion, FileVersion


class Index:
    """A store opened with one set of settings; the encoder is built on first use.

    The one door to what is indexed: callers outside ``index`` ask it for passages, chunks
    and documents, and never see the catalog, a generation or Chroma (``store``,
    ``generation()`` and ``vectors()`` are for the package and its tests)."""

    def __init__(self, settings: IndexSettings, encoder: Encoder | None = None) -> None:
        self.settings = settings
        self.store = Store(parse_store_spec(settings.store, settings.state_dir), settings.catalog)
        self._encoder = encoder
        self._retriever: Retriever | None = None
        self._lexical: tuple[str, LexicalSearch] | None = None  # (generation, its lexical search)

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = make_encoder(self.settings.embedding, self.settings.embed_batch_size)
        return self._encoder

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, paths: Sequence[str], rebuild: bool = False, progress: Progress | None = None,
               ray: str | None = None) -> IngestReport:
        """Index ``paths``; ``ray`` runs the loading and embedding on Ray: ``local`` starts one
        on this machine, ``HOST:PORT`` joins a cluster (needs the ``scale`` extra)."""
        self._retriever = None  # the next search reads the generation this ingest leaves active
        if ray is None:
            report = ingest(paths, self.settings, self.store, self.encoder, rebuild=rebuild, progress=progress)
        else:
            from .ingest_ray import RayPipeline

            with RayPipeline(self.settings, ray) as pipeline:
                report = ingest(paths, self.settings, self.store, self.encoder, rebuild=rebuild, progress=progress,
                                pipeline=pipeline)
        self._sync_lexical()
        return report

    def search(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Passage]:
        """The ``k`` best passages for ``query`` (dense and BM25 fused) among those ``filters`` allow."""
        return self.retriever().search(query, k=k, filters=filters)

    def retriever(self, fusion: Fusion = DEFAULT_FUSION) -> Retriever:
        """A retriever over the active generation (the evals compare fusions and rankings with it)."""
        if fusion != DEFAULT_FUSION:
            return self._open_retriever(fusion)
        # Re-read the active generation each time: another process may have swapped in a
        # rebuild (the one it retired stays for a grace period, so a search begun on it ends).
        active = self.store.active(self.settings.collection)
        if self._retriever is None or active is None or active.gid != self._retriever.gen.gid:
            self._retriever = self._open_retriever(fusion)
        return self._retriever

    def _open_retriever(self, fusion: Fusion) -> Retriever:
        gen = self.generation()
        return Retriever(self.store.catalog, gen, self.store.vectors(gen), self.encoder, fusion,
                         self.lexical(gen))

    def lexical(self, gen: Generation) -> LexicalSearch:
        """The lexical search over ``gen``, one per generation (an in-memory index is built once)."""
        if self._lexical is None or self._lexical[0] != gen.vector_name:
            engine = make_lexical(self.settings.lexical, self.store.catalog, gen, self.store.lexical_folder())
            self._lexical = (gen.vector_name, engine)
        return self._lexical[1]

    def _sync_lexical(self) -> None:
        """Catch the in-memory BM25 index up with the ingest now and save it, so the next
        process loads it instead of building it on its first search."""
        gen = self.store.active(self.settings.collection)
        engine = self.lexical(gen) if gen is not None else None
        if isinstance(engine, Bm25Search):
            engine.sync()

    def check(self) -> None:
        """Raise the error that names the fix when the collection is empty or was built with
        another embedding model; entry points call it once, before their first search."""
        self.generation()

    def unfinished(self) -> dict[str, Any] | None:
        """The paths (and ``rebuild``) of an ingest into this collection that began and did not
        end: killed, or still running in another process. None when the last one finished."""
        return self.store.unfinished(self.settings.collection)

    def documents(self) -> dict[str, StoredDocument]:
        """Every indexed document by id, ordered by title."""
        return self.store.catalog.documents(self.generation().gid)

    def document_text(self, doc_id: str) -> str | None:
        """The cleaned text every chunk offset of ``doc_id`` points into; None if not indexed."""
        return self.store.catalog.document_text(self.generation().gid, doc_id)

    def chunks(self, chunk_ids: Iterable[str] | None = None) -> dict[str, Chunk]:
        """The named chunks by id (unknown ids are absent), or every chunk when ``chunk_ids`` is None."""
        gid = self.generation().gid
        ids = self.store.catalog.chunk_ids(gid) if chunk_ids is None else chunk_ids
        return self.store.catalog.chunks(gid, ids)

    def stored_vectors(self) -> Iterator[tuple[str, list[float]]]:
        """(chunk id, stored vector) of every chunk, in pages: what a peer pipeline can be fed."""
        return self.vectors(self.generation()).items()

    def file_versions(self, name: str) -> list[FileVersion]:
        """The recorded versions of an uploaded file ``name``, oldest first (index/versions.py)."""
        gen = self.store.active(self.settings.collection)
        return [] if gen is None else self.store.catalog.file_versions(gen.gid, name)

    def record_file_version(self, name: str, version: int, path: Path, sha256: str) -> bool:
        """Record that the file at ``path`` is ``version`` of ``name``, before indexing it.
        False when the collection has no active generation yet (its first upload): a file
        without a record is version 1."""
        gen = self.store.active(self.settings.collection)
        if gen is not None:
            self.store.catalog.record_file_version(gen.gid, name, version, str(path.resolve()), sha256)
        return gen is not None

    def generation(self) -> Generation:
        """The active generation of the collection, checked against our embedding model."""
        wanted = wanted_settings(self.settings, self.encoder)
        return self.store.open_for_read(
            self.settings.collection, {"embedding": wanted["embedding"], "dim": wanted["dim"]}
        )

    def vectors(self, gen: Generation) -> VectorCollection:
        return self.store.vectors(gen)

    def stats(self) -> dict[str, Any]:
        """What is indexed in the collection: documents with titles and chunk counts."""
        gen = self.store.active(self.settings.collection)
        base: dict[str, Any] = {
            "store": self.store.location.describe(),
            "collection": self.settings.collection,
            "collections": self.store.collections(),
            "unfinished": self.unfinished(),
        }
        if gen is None:
            return {**base, "documents": [], "n_documents": 0, "n_chunks": 0, "n_superseded": 0,
                    "embedding": None}
        docs = self.store.catalog.documents(gen.gid)
        versions = self.store.catalog.doc_versions(gen.gid)
        n_docs, n_chunks = self.store.catalog.counts(gen.gid)
        return {
            **base,
            "embedding": {"model": gen.settings.get("embedding"), "dim": gen.settings.get("dim")},
            "chunking": {k: gen.settings.get(k) for k in ("chunk_tokens", "chunk_overlap")},
            "n_documents": n_docs,
            "n_chunks": n_chunks,
            "n_tokens": sum(d.n_tokens for d in docs.values()),
            "n_superseded": sum(v.superseded is not None for v in versions.values()),
            "documents": [
                {"doc_id": d.doc_id, "title": d.title, "source": d.source, "url": d.url,
                 "date": d.date, "chunks": d.n_chunks, "tokens": d.n_tokens, **_version(versions.get(d.doc_id))}
                for d in docs.values()
            ],
        }


def _version(v: DocVersion | None) -> dict[str, Any]:
    """A document's version: 1 and current unless it came from a versioned upload."""
    if v is None:
        return {"version": 1, "current": True, "superseded": None}
    when = None if v.superseded is None else datetime.fromtimestamp(v.superseded, UTC).isoformat(timespec="seconds")
    return {"version": v.version, "current": v.superseded is None, "superseded": when}
