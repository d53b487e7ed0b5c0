"""Incremental, crash-safe ingestion: files -> documents -> chunks -> vectors + lexical index.

The order of writes is what makes a SIGKILL harmless: new vectors go to Chroma
under fresh content-addressed ids first, then one catalog transaction per document
swaps its rows (text, chunks, BM25 entries) in, as soon as its last vector is
written, and only then are its old vectors deleted. Readers trust the catalog, so
at any instant they see each document either as it was or as it is now, and a kill
loses at most the embedding call in flight (``EMBED_CHUNKS`` chunks). The next run
reuses vectors that were written but not committed (the finished calls of a document
in flight), and deletes the ones nobody references. A catalog shared by several processes
(Postgres) serialises ingests of a collection with a lock and keeps an intent log of the ids
whose vectors are being written or deleted, so that next run finds them without listing Chroma.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from .catalog import Generation, StoredDocument
from .chunking import chunk_document
from .documents import Chunk, Document, LoadResult, Problem
from .encoder_cache import uncached
from .encoders import Encoder
from .loaders import SUPPORTED_SUFFIXES, load_paths
from .settings import IndexSettings
from .store import Store, VectorCollection

Progress = Callable[[str, int, int], None]  # (stage, done, total)
Chunked = list[tuple[Document, list[Chunk]]]
# Chunks per embedding call, across documents: what a kill can lose. One call per document
# cost 26% of the ingest throughput (bench/ingest.py: 81.8 -> 103.1 s), mostly Chroma's
# 25 ms per upsert call; calls of 32 chunks make 1 upsert where there were 7.
EMBED_CHUNKS = 32


@dataclass
class IngestReport:
    collection: str
    documents: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    embedded_chunks: int = 0
    reused_chunks: int = 0
    embedded_tokens: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def tokens_per_second(self) -> float:
        return self.embedded_tokens / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "tokens_per_second": round(self.tokens_per_second, 1)}


@dataclass(frozen=True)
class Plan:
    """What an ingest run has to do, decided from what was loaded and what is stored."""

    added: list[Document]
    updated: list[Document]
    unchanged: list[str]
    removed: list[str]
    duplicates: list[Problem]


class Pipeline(Protocol):
    """Where the work of an ingest runs: loading and chunking, then embedding. The store
    writes (vectors, the catalog commit per document, deletes) always stay in the caller,
    in the order the module docstring describes. :class:`InProcess` is the default;
    ``index.ingest_ray`` runs the same steps on a Ray cluster."""

    def load(self, paths: Sequence[str], settings: IndexSettings, progress: Callable[[str], None]) -> LoadResult: ...

    def chunk(self, docs: list[Document], settings: IndexSettings) -> Chunked: ...

    def embed(self, calls: Iterator[list[Chunk]]) -> Iterator[tuple[list[Chunk], np.ndarray]]:
        """Each call with its vectors, in the order of ``calls``."""
        ...


class InProcess:
    """Every step in this process, one embedding call at a time."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def load(self, paths: Sequence[str], settings: IndexSettings, progress: Callable[[str], None]) -> LoadResult:
        return load_paths(paths, max_file_bytes=max_file_bytes(settings), progress=progress,
                          extractors=settings.extractors)

    def chunk(self, docs: list[Document], settings: IndexSettings) -> Chunked:
        return [(d, chunk_document(d, settings.chunk_tokens, settings.chunk_overlap)) for d in docs]

    def embed(self, calls: Iterator[list[Chunk]]) -> Iterator[tuple[list[Chunk], np.ndarray]]:
        for call in calls:
            yield call, uncached(self.encoder).encode([c.text for c in call])  # each chunk once: not worth caching


def max_file_bytes(settings: IndexSettings) -> int:
    return int(settings.max_file_mb * 1024 * 1024)


def wanted_settings(settings: IndexSettings, encoder: Encoder) -> dict[str, object]:
    return {"embedding": encoder.name, "dim": encoder.dim, **settings.chunking()}


def plan_changes(
    loaded: LoadResult, stored: dict[str, StoredDocument], origins: set[str]
) -> Plan:
    """Compare by content hash. A stored document vanishes only when its origin was walked
    this run and its file did not fail to load: a corrupt file never deletes its good copy."""
    seen: dict[str, Document] = {}
    duplicates = []
    for doc in loaded.documents:
        if doc.doc_id in seen:
            duplicates.append(Problem(doc.source, "duplicate document id; the later one wins"))
        seen[doc.doc_id] = doc
    failed = {p.source for p in loaded.problems}
    added = [d for d in seen.values() if d.doc_id not in stored]
    updated = [d for i, d in seen.items() if i in stored and stored[i].hash != d.content_hash]
    unchanged = [i for i, d in seen.items() if i in stored and stored[i].hash == d.content_hash]
    removed = [
        i for i, s in stored.items()
        if i not in seen and s.origin in origins and not _failed_now(s.source, failed)
    ]
    return Plan(added, updated, unchanged, removed, duplicates)


def _failed_now(source: str, failed: set[str]) -> bool:
    file = source.split("#", 1)[0]
    return source in failed or file in failed or str(Path(file).resolve()) in failed


def ingest(
    paths: Sequence[str],
    settings: IndexSettings,
    store: Store,
    encoder: Encoder,
    rebuild: bool = False,
    progress: Progress | None = None,
    pipeline: Pipeline | None = None,
) -> IngestReport:
    """Index ``paths`` into ``settings.collection``; see the module docstring for the order.
    ``pipeline`` runs the loading, chunking and embedding (default: in this process)."""
    started = time.perf_counter()
    report = IngestReport(settings.collection)
    meter = _Meter(progress)
    meter.start_loading(_count_files(paths))
    pipeline = pipeline or InProcess(encoder)
    loaded = pipeline.load(paths, settings, meter.loading)
    with store.catalog.ingest_lock(settings.collection):  # one writer per collection, across processes
        gen = store.open_for_write(settings.collection, wanted_settings(settings, encoder), rebuild)
        store.begin_ingest(settings.collection, [str(p) for p in paths], rebuild)
        origins = {str(Path(p).resolve()) for p in paths if Path(p).exists()}
        plan = plan_changes(loaded, store.catalog.documents(gen.gid), origins)
        vectors = store.vectors(gen)
        leftovers = _leftovers(store, gen, vectors)
        _write_documents(plan.added + plan.updated, settings, store, gen, vectors, pipeline, leftovers, report, meter)
        _remove_documents(plan.removed, store, gen, vectors)
        vectors.delete(sorted(leftovers))  # what an earlier, killed run wrote and nobody reused
        if gen.state != "active":
            store.activate(gen)
        store.catalog.clear_pending(gen.gid)
        store.catalog.analyze(gen.gid)
        store.end_ingest(settings.collection)
    _fill_report(report, loaded, plan, store, gen, started)
    return report


def _leftovers(store: Store, gen: Generation, vectors: VectorCollection) -> set[str]:
    """Vectors in Chroma that the catalog does not reference: from the intent log when the
    catalog keeps one (a lookup of a few ids), else by listing every id in the collection."""
    pending = store.catalog.pending(gen.gid)
    if pending is None:
        return vectors.ids() - store.catalog.chunk_ids(gen.gid)
    return vectors.existing(pending)


def _count_files(paths: Sequence[str]) -> int:
    """About how many files loading will read (hidden and unsupported ones left out): the
    total of the loading progress, so a slow first file is not a silent wait."""
    def supported(name: str) -> bool:
        return not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES)

    total = 0
    for arg in map(Path, paths):
        if arg.is_file():
            total += 1
        for _root, dirs, names in os.walk(arg) if arg.is_dir() else ():
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            total += sum(map(supported, names))
    return total


class _Meter:
    """Counts for the progress callback: files read, then chunks embedded and documents
    committed (stages "loading", "embedding" and "documents")."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self.files = self.files_total = self.docs = self.docs_total = self.chunks = self.chunks_total = 0

    def _show(self, stage: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(stage, done, total)

    def start_loading(self, files: int) -> None:
        self.files_total = files
        self._show("loading", 0, files)

    def loading(self, file: str) -> None:
        """Called as each file starts; the count is of files already read."""
        self.files_total = max(self.files_total, self.files + 1)
        self._show("loading", self.files, self.files_total)
        self.files += 1

    def start_embedding(self, docs: int, chunks: int) -> None:
        self._show("loading", self.files, max(self.files_total, self.files))
        self.docs_total, self.chunks_total = docs, chunks
        self._show("documents", 0, docs)
        self._show("embedding", 0, chunks)

    def embedded(self, n: int) -> None:
        if n:
            self.chunks += n
            self._show("embedding", self.chunks, self.chunks_total)

    def committed(self) -> None:
        self.docs += 1
        self._show("documents", self.docs, self.docs_total)


def _write_documents(
    docs: list[Document], settings: IndexSettings, store: Store, gen: Generation,
    vectors: VectorCollection, pipeline: Pipeline, leftovers: set[str],
    report: IngestReport, meter: _Meter,
) -> None:
    """Embed in calls of ``EMBED_CHUNKS`` and commit each document the moment its last
    chunk's vector is in Chroma, so a kill loses at most the calls in flight."""
    chunked = pipeline.chunk(docs, settings)
    meter.start_embedding(len(chunked), sum(len(c) for _, c in chunked))
    queue = _EmbedQueue(store, gen, vectors, report, meter)
    for call, embedded in pipeline.embed(_calls(chunked, leftovers, queue, report, meter)):
        queue.done(call, embedded)
    queue.commit_ready()


def _calls(chunked: Chunked, leftovers: set[str], queue: _EmbedQueue,
           report: IngestReport, meter: _Meter) -> Iterator[list[Chunk]]:
    """The embedding calls, oldest chunks first; chunks an interrupted run left are reused."""
    for doc, chunks in chunked:
        todo = [c for c in chunks if c.chunk_id not in leftovers]
        leftovers.difference_update(c.chunk_id for c in chunks)
        report.reused_chunks += len(chunks) - len(todo)
        meter.embedded(len(chunks) - len(todo))
        queue.add(doc, chunks, todo)
        while queue.todo_full():
            yield queue.take()
    while call := queue.take():
        yield call


class _EmbedQueue:
    """Documents waiting for their vectors, in order, and the chunks still to embed.

    A call takes the oldest waiting chunks; when its vectors are in, every document at the
    front whose chunks are all in Chroma is committed on its own (vectors, catalog commit,
    old vectors deleted: the order the module docstring describes)."""

    def __init__(self, store: Store, gen: Generation, vectors: VectorCollection,
                 report: IngestReport, meter: _Meter) -> None:
        self._store, self._gen, self._vectors = store, gen, vectors
        self._report, self._meter = report, meter
        self._waiting: deque[tuple[Document, list[Chunk]]] = deque()
        self._missing: dict[str, int] = {}  # doc id -> its chunks not yet in Chroma
        self._titles: dict[str, str] = {}
        self._todo: list[Chunk] = []

    def add(self, doc: Document, chunks: list[Chunk], todo: list[Chunk]) -> None:
        self._waiting.append((doc, chunks))
        self._missing[doc.doc_id], self._titles[doc.doc_id] = len(todo), doc.title
        self._todo += todo
        self.commit_ready()

    def todo_full(self) -> bool:
        return len(self._todo) >= EMBED_CHUNKS

    def take(self) -> list[Chunk]:
        """The next embedding call (empty when nothing is left to embed)."""
        call, self._todo = self._todo[:EMBED_CHUNKS], self._todo[EMBED_CHUNKS:]
        return call

    def done(self, call: list[Chunk], embedded: np.ndarray) -> None:
        self._store.catalog.note_pending(self._gen.gid, [c.chunk_id for c in call])
        self._vectors.upsert(call, embedded, self._titles)
        for c in call:
            self._missing[c.doc_id] -= 1
        self._report.embedded_chunks += len(call)
        self._report.embedded_tokens += sum(c.n_tokens for c in call)
        self._meter.embedded(len(call))
        self.commit_ready()

    def commit_ready(self) -> None:
        while self._waiting and self._missing[self._waiting[0][0].doc_id] == 0:
            doc, chunks = self._waiting.popleft()
            del self._missing[doc.doc_id], self._titles[doc.doc_id]
            stale = self._store.catalog.chunk_ids(self._gen.gid, [doc.doc_id]) - {c.chunk_id for c in chunks}
            self._store.catalog.note_pending(self._gen.gid, stale)
            self._store.catalog.put_documents(self._gen.gid, [(doc, chunks)])
            self._vectors.delete(sorted(stale))
            self._meter.committed()


def _remove_documents(doc_ids: list[str], store: Store, gen: Generation, vectors: VectorCollection) -> None:
    if doc_ids:
        old_ids = store.catalog.chunk_ids(gen.gid, doc_ids)
        store.catalog.note_pending(gen.gid, old_ids)
        store.catalog.remove_documents(gen.gid, doc_ids)
        vectors.delete(sorted(old_ids))


def _fill_report(
    report: IngestReport, loaded: LoadResult, plan: Plan, store: Store, gen: Generation, started: float
) -> None:
    report.documents, report.chunks = store.catalog.counts(gen.gid)
    report.added, report.updated = len(plan.added), len(plan.updated)
    report.unchanged, report.removed = len(plan.unchanged), len(plan.removed)
    report.problems = [str(p) for p in loaded.problems + plan.duplicates]
    report.skipped = list(loaded.skipped)
    report.seconds = time.perf_counter() - started
