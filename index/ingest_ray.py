"""Ingest on Ray: loading, cleaning and chunking as tasks, embedding in a pool of actors.

The steps are the in-process ones (``index.loaders.load_file``, ``chunk_document``, the
encoder from ``make_encoder``), run where Ray puts them; :func:`index.ingest.ingest` drives
them and keeps every store write in this process, the driver: vectors into Chroma, then
one catalog commit per document, then the deletes, exactly as in-process.

Why the actors return vectors instead of upserting them: the embedded store's Chroma
client (``PersistentClient``) is not safe across processes, so only the driver may write
to it; one writer also keeps "vectors before the commit" true by construction. A vector
is 1.5 KB, about what its chunk's text costs to send out, so the driver's traffic grows
by a constant factor while the embedding, the slow part, spreads over every machine.

Retries are harmless: a load task or an embedding call is a pure function of its input,
and chunk ids are content-addressed, so Ray re-running one (a worker or an actor died)
writes the same ids with the same vectors. A kill of the driver loses the calls in flight;
the next run reuses the vectors they wrote and skips the documents already committed.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from .chunking import chunk_document
from .documents import Chunk, Document, LoadResult, Problem
from .embeddings import make_encoder
from .errors import ClusterUnavailableError, ConfigError
from .ingest import Chunked, max_file_bytes
from .loaders import add_loaded, iter_files, load_file
from .settings import IndexSettings

INSTALL = "pip install 'corpus-assistant[scale]'"
LOCAL = "local"  # `--ray` without an address: a Ray started on this machine for this run
FILES_PER_TASK = 16  # a task is worth its ~10 ms of scheduling; JSONL files are one task each
CALLS_PER_ACTOR = 2  # embedding calls queued per actor: one running, one ready behind it

Loaded = list[tuple[str, list[Document], list[Problem], list[list[Chunk]]]]  # per file


def import_ray() -> ModuleType:
    """Ray, or the error that names the extra to install."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(f"--ray needs Ray, which is not installed; install it with {INSTALL}") from exc
    return ray


class RayPipeline:
    """The :class:`index.ingest.Pipeline` on Ray. ``address`` is ``local`` (start Ray here,
    one CPU per core, loopback only) or a cluster's ``HOST:PORT`` / ``ray://HOST:PORT``."""

    def __init__(self, settings: IndexSettings, address: str = LOCAL) -> None:
        self._ray = import_ray()
        self._settings = settings
        self._started = connect(self._ray, address)
        self._chunks: dict[str, list[Chunk]] = {}

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()

    def __enter__(self) -> RayPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load(self, paths: Sequence[str], settings: IndexSettings, progress: Callable[[str], None]) -> LoadResult:
        """Walk here, then load, clean and chunk batches of files as tasks; merged in walk order."""
        result = LoadResult(documents=[], problems=[], skipped=[])
        files = [(str(f), origin) for f, origin in iter_files(paths, result)]
        task = self._ray.remote(_load_and_chunk).options(max_retries=3)
        batches = [files[i : i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK)]
        outputs = self._gather([task.remote(b, settings) for b in batches], batches, progress)
        seen: set[str] = set()
        for _file, docs, problems, chunks in (entry for out in outputs for entry in out):
            result.problems.extend(problems)
            add_loaded(result, seen, docs)
            for doc, doc_chunks in zip(docs, chunks):
                self._chunks.setdefault(doc.doc_id, doc_chunks)
        return result

    def _gather(self, refs: list[Any], batches: list[list[tuple[str, str]]],
                progress: Callable[[str], None]) -> list[Loaded]:
        """Every task's output in submission order, counting files as their task finishes."""
        index = {ref: i for i, ref in enumerate(refs)}
        outputs: list[Loaded] = [[] for _ in refs]
        pending = list(refs)
        while pending:
            done, pending = self._ray.wait(pending, num_returns=1)
            outputs[index[done[0]]] = self._get(done[0])
            for file, _origin in batches[index[done[0]]]:
                progress(file)
        return outputs

    def chunk(self, docs: list[Document], settings: IndexSettings) -> Chunked:
        return [(d, self._chunks[d.doc_id]) for d in docs]

    def embed(self, calls: Iterator[list[Chunk]]) -> Iterator[tuple[list[Chunk], np.ndarray]]:
        """Round-robin over the actors with a few calls queued each; results in call order, so
        the driver commits documents in the order the in-process ingest does."""
        actors: list[Any] = []  # started with the first call: a run with nothing to embed loads no model
        in_flight: deque[tuple[list[Chunk], Any]] = deque()
        try:
            for n, call in enumerate(calls):
                actors = actors or self._actors()
                in_flight.append((call, actors[n % len(actors)].encode.remote([c.text for c in call])))
                if len(in_flight) >= CALLS_PER_ACTOR * len(actors):
                    done, ref = in_flight.popleft()
                    yield done, self._get(ref)
            while in_flight:
                done, ref = in_flight.popleft()
                yield done, self._get(ref)
        finally:
            for actor in actors:  # their CPUs go back to the cluster now, not when the driver exits
                self._ray.kill(actor)

    def _actors(self) -> list[Any]:
        """One actor per CPU of the cluster, each with its own single-threaded ONNX session."""
        cpus = max(1, int(self._ray.cluster_resources().get("CPU", 1)))
        actor = self._ray.remote(_Embedder).options(num_cpus=1, max_restarts=2, max_task_retries=2)
        return [actor.remote(self._settings.embedding, self._settings.embed_batch_size) for _ in range(cpus)]

    def _get(self, ref: Any) -> Any:
        try:
            return self._ray.get(ref)
        except self._ray.exceptions.RayError as exc:
            raise ClusterUnavailableError(
                f"a load or embedding step failed on the Ray cluster ({type(exc).__name__}: {str(exc)[:300]}); "
                "the documents committed so far are kept: fix the cause and re-run the same command to finish"
            ) from exc


def connect(ray: ModuleType, address: str) -> bool:
    """Join the Ray this process already has, or start/join one; True when we started it."""
    if ray.is_initialized():
        return False
    # Ray asks to report usage unless told not to; nothing leaves the machine unasked.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        if address == LOCAL:
            # The loopback address: no lookup of a routable one (which waits for a timeout
            # in a network namespace), and no port listening beyond this machine.
            # address "local": a new Ray even where `ray start` left one running.
            ray.init(address="local", num_cpus=os.cpu_count() or 1, include_dashboard=False,
                     _node_ip_address="127.0.0.1", log_to_driver=False, configure_logging=False)
        else:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = "start a local Ray" if address == LOCAL else f"reach the Ray cluster at {address}"
        raise ClusterUnavailableError(
            f"cannot {where} ({exc}); start the cluster with `ray start --head` and pass its "
            "address to --ray, or pass --ray alone for a Ray on this machine"
        ) from exc
    return True


def _load_and_chunk(files: list[tuple[str, str]], settings: IndexSettings) -> Loaded:
    """A task: load, clean and chunk a batch of (file, origin) pairs."""
    out: Loaded = []
    for file, origin in files:
        docs, problems = load_file(Path(file), origin, max_file_bytes(settings), settings.extractors)
        chunks = [chunk_document(d, settings.chunk_tokens, settings.chunk_overlap) for d in docs]
        out.append((file, docs, problems, chunks))
    return out


class _Embedder:
    """An actor: one encoder (an ONNX session on one thread) for the life of the pool."""

    def __init__(self, spec: str, batch_size: int) -> None:
        self._encoder = make_encoder(spec, batch_size, threads=1)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self._encoder.encode(texts)
