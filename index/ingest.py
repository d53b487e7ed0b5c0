"""Incremental, crash-safe ingestion: files -> documents -> chunks -> vectors + lexical index.

The order of writes is what makes a SIGKILL harmless: new vectors go to Chroma
under fresh content-addressed ids first, then one catalog transaction swaps the
document's rows (text, chunks, BM25 entries) in, and only then are the old
vectors deleted. Readers trust the catalog, so at any instant they see each
document either as it was or as it is now. The next run reuses vectors that were
written but not committed, and deletes the ones nobody references.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .catalog import Generation, StoredDocument
from .chunking import chunk_document
from .documents import Chunk, Document, LoadResult, Problem
from .encoders import Encoder
from .loaders import load_paths
from .settings import IndexSettings
from .store import Store, VectorCollection

Progress = Callable[[str, int, int], None]  # (stage, done, total)
_BATCH_CHUNKS = 256


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
) -> IngestReport:
    """Index ``paths`` into ``settings.collection``; see the module docstring for the order."""
    started = time.perf_counter()
    report = IngestReport(settings.collection)
    loaded = load_paths(paths, max_file_bytes=int(settings.max_file_mb * 1024 * 1024),
                        extractors=settings.extractors)
    gen = store.open_for_write(settings.collection, wanted_settings(settings, encoder), rebuild)
    origins = {str(Path(p).resolve()) for p in paths if Path(p).exists()}
    plan = plan_changes(loaded, store.catalog.documents(gen.gid), origins)
    vectors = store.vectors(gen)
    leftovers = vectors.ids() - store.catalog.chunk_ids(gen.gid)
    _write_documents(plan.added + plan.updated, settings, store, gen, vectors, encoder, leftovers, report, progress)
    _remove_documents(plan.removed, store, gen, vectors)
    vectors.delete(sorted(leftovers))  # what an earlier, killed run wrote and nobody reused
    if gen.state != "active":
        store.activate(gen)
    _fill_report(report, loaded, plan, store, gen, started)
    return report


def _write_documents(
    docs: list[Document], settings: IndexSettings, store: Store, gen: Generation,
    vectors: VectorCollection, encoder: Encoder, leftovers: set[str],
    report: IngestReport, progress: Progress | None,
) -> None:
    chunked = [(d, chunk_document(d, settings.chunk_tokens, settings.chunk_overlap)) for d in docs]
    total = sum(len(c) for _, c in chunked)
    done = 0
    for batch in _batches(chunked):
        _embed_missing(batch, store, gen, vectors, encoder, leftovers, report)
        old_ids = store.catalog.chunk_ids(gen.gid, [d.doc_id for d, _ in batch])
        store.catalog.put_documents(gen.gid, batch)
        vectors.delete(sorted(old_ids - {c.chunk_id for _, cs in batch for c in cs}))
        done += sum(len(c) for _, c in batch)
        if progress:
            progress("embedding", done, total)


def _batches(chunked: list[tuple[Document, list[Chunk]]]) -> list[list[tuple[Document, list[Chunk]]]]:
    """Group whole documents so each commit carries about ``_BATCH_CHUNKS`` chunks."""
    batches: list[list[tuple[Document, list[Chunk]]]] = [[]]
    size = 0
    for item in chunked:
        if batches[-1] and size + len(item[1]) > _BATCH_CHUNKS:
            batches.append([])
            size = 0
        batches[-1].append(item)
        size += len(item[1])
    return [b for b in batches if b]


def _embed_missing(
    batch: list[tuple[Document, list[Chunk]]], store: Store, gen: Generation,
    vectors: VectorCollection, encoder: Encoder, leftovers: set[str], report: IngestReport,
) -> None:
    chunks = [c for _, cs in batch for c in cs]
    todo = [c for c in chunks if c.chunk_id not in leftovers]
    report.reused_chunks += len(chunks) - len(todo)
    leftovers.difference_update(c.chunk_id for c in chunks)
    if todo:
        titles = {d.doc_id: d.title for d, _ in batch}
        vectors.upsert(todo, encoder.encode([c.text for c in todo]), titles)
        report.embedded_chunks += len(todo)
        report.embedded_tokens += sum(c.n_tokens for c in todo)


def _remove_documents(doc_ids: list[str], store: Store, gen: Generation, vectors: VectorCollection) -> None:
    if doc_ids:
        old_ids = store.catalog.chunk_ids(gen.gid, doc_ids)
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
