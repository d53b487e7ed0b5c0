"""The store factory: a catalog (SQLite) plus a Chroma collection per generation.

Spec strings: a folder path or ``chroma:DIR`` (embedded, persistent),
``chroma+http://HOST:PORT`` (a Chroma server; the catalog stays in a local state
folder), and ``memory`` (in-process, for tests). Nothing else builds a Chroma client.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from .catalog import Generation
from .catalogs import Catalog, open_catalog
from .documents import Chunk
from .errors import ConfigError, StoreMismatchError, StoreUnavailableError
from .registry import Registry

_COLLECTION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}")
_SCHEMA_VERSION = 1
_UNFINISHED = "unfinished-ingest:"  # catalog meta key prefix, per collection


@dataclass(frozen=True)
class StoreLocation:
    kind: str  # "local", "http" or "memory"
    path: Path | None = None  # the local store folder, or the state folder of a server store
    host: str = ""
    port: int = 0

    def describe(self) -> str:
        if self.kind == "http":
            return f"chroma+http://{self.host}:{self.port}"
        return "memory" if self.kind == "memory" else str(self.path)


STORES: Registry[StoreLocation] = Registry("store")


def parse_store_spec(spec: str, state_dir: str = "") -> StoreLocation:
    """Turn ``--store`` into a location; unknown prefixes list the valid forms."""
    return STORES.build(spec, state_dir)


def _server(args: str, state_dir: str) -> StoreLocation:
    url = urlparse(args)
    if not url.hostname or not url.port:
        raise ConfigError(f"store chroma+http:{args} needs a host and port: chroma+http://127.0.0.1:8000")
    state = Path(state_dir or ".") / f"remote-{url.hostname}-{url.port}"
    return StoreLocation("http", state, url.hostname, url.port)


def _local(path: str, state_dir: str) -> StoreLocation:
    if not path:
        raise ConfigError("the store path is empty; pass --store PATH")
    return StoreLocation("local", Path(path).expanduser())


STORES.register("", _local, "PATH")
STORES.register("chroma", _local, "chroma:PATH")
STORES.register("chroma+http", _server, "chroma+http://HOST:PORT")
STORES.register("memory", lambda args, state_dir: StoreLocation("memory"), "memory")


def check_collection_name(name: str) -> str:
    if not _COLLECTION_NAME.fullmatch(name):
        raise ConfigError(
            f"collection name {name!r} is invalid: use 1-63 letters, digits, '-' or '_', "
            "starting with a letter or digit"
        )
    return name


def _client(location: StoreLocation) -> Any:
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    try:
        if location.kind == "http":
            return chromadb.HttpClient(host=location.host, port=location.port, settings=settings)
        if location.kind == "memory":
            return chromadb.EphemeralClient(settings=settings)
        assert location.path is not None
        return chromadb.PersistentClient(path=str(location.path / "chroma"), settings=settings)
    except Exception as exc:
        raise StoreUnavailableError(_unavailable(location, exc)) from exc


def _unavailable(location: StoreLocation, exc: Exception) -> str:
    if location.kind == "http":
        return (
            f"cannot reach the Chroma server at {location.host}:{location.port} ({exc}); "
            f"start it with `chroma run --host {location.host} --port {location.port}` or fix --store"
        )
    return f"cannot open the Chroma store in {location.path} ({exc}); is another program using it?"


class VectorCollection:
    """One Chroma collection holding the vectors of one generation, keyed by chunk id."""

    def __init__(self, collection: Any, location: StoreLocation) -> None:
        self._col = collection
        self._location = location

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            raise StoreUnavailableError(_unavailable(self._location, exc)) from exc

    def ids(self) -> set[str]:
        ids: set[str] = set()
        offset, page = 0, 5000
        while True:
            got = self._call(self._col.get, include=[], limit=page, offset=offset)["ids"]
            ids.update(got)
            if len(got) < page:
                return ids
            offset += page

    def count(self) -> int:
        return int(self._call(self._col.count))

    def items(self, page: int = 2000) -> Iterator[tuple[str, list[float]]]:
        """Every (chunk id, vector), read ``page`` at a time."""
        for offset in range(0, self.count(), page):
            got = self._call(self._col.get, include=["embeddings"], limit=page, offset=offset)
            vectors = got["embeddings"] if got["embeddings"] is not None else []
            for cid, vector in zip(got["ids"], vectors):
                yield cid, [float(x) for x in vector]

    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray, titles: dict[str, str]) -> None:
        self._call(
            self._col.upsert,
            ids=[c.chunk_id for c in chunks],
            embeddings=vectors,
            documents=[c.text for c in chunks],
            metadatas=[
                {"doc_id": c.doc_id, "ordinal": c.ordinal, "start": c.start, "end": c.end,
                 "title": titles.get(c.doc_id, "")}
                for c in chunks
            ],
        )

    def existing(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` the collection holds (a lookup by id, not a listing)."""
        wanted, found = sorted(ids), set()
        for b in range(0, len(wanted), 5000):
            found.update(self._call(self._col.get, ids=wanted[b : b + 5000], include=[])["ids"])
        return found

    def delete(self, ids: Sequence[str]) -> None:
        for b in range(0, len(ids), 5000):
            self._call(self._col.delete, ids=list(ids[b : b + 5000]))

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Nearest chunk ids with cosine similarity, best first."""
        if k <= 0:
            return []
        # Chroma returns fewer than n_results when the collection is smaller; asking count()
        # first would cost as much as the query itself.
        got = self._call(self._col.query, query_embeddings=[vector], n_results=k, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0])]


class Store:
    """A catalog plus the Chroma client that holds its vectors."""

    def __init__(self, location: StoreLocation, catalog: str = "") -> None:
        """``catalog`` is a ``--catalog`` spec; empty means the SQLite file in the store's folder."""
        self.location = location
        default = ":memory:" if location.kind == "memory" else str(Path(location.path or ".") / "catalog.sqlite")
        self.catalog: Catalog = open_catalog(catalog, default)
        try:
            self._client = _client(location)
        except StoreUnavailableError:
            self.catalog.close()
            raise
        self._prefix = "ca-" + (uuid.uuid4().hex[:8] if location.kind == "memory" else self.catalog.store_id())

    def close(self) -> None:
        self.catalog.close()

    def vectors(self, gen: Generation) -> VectorCollection:
        try:
            col = self._client.get_or_create_collection(
                gen.vector_name,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"collection": gen.collection, **{k: str(v) for k, v in gen.settings.items()}},
            )
        except Exception as exc:
            raise StoreUnavailableError(_unavailable(self.location, exc)) from exc
        return VectorCollection(col, self.location)

    def active(self, collection: str) -> Generation | None:
        return self.catalog.generation(check_collection_name(collection), "active")

    def collections(self) -> list[str]:
        return sorted({g.collection for g in self.catalog.generations() if g.state == "active"})

    def open_for_write(self, collection: str, wanted: dict[str, object], rebuild: bool) -> Generation:
        """The generation an ingest writes to: the active one, or a (resumed) new one on rebuild."""
        check_collection_name(collection)
        for old in self.catalog.expire(collection):  # retired a grace period ago, by us or a peer
            self._drop_vectors(old.vector_name)
        wanted = {**wanted, "schema": _SCHEMA_VERSION}
        active = self.catalog.generation(collection, "active")
        building = self.catalog.generation(collection, "building")
        if not rebuild and active is not None:
            check_settings(self.location, collection, active.settings, wanted)
            return active
        if building is not None and building.settings == wanted:
            gen = building  # resume a rebuild that was interrupted
        else:
            gen = self.catalog.create_generation(collection, wanted, f"{self._prefix}-{collection}")
        if active is None:
            # A first build is readable from its first commit: a killed first run leaves the
            # documents it committed, not an "empty" collection. A rebuild keeps the old
            # generation active until it is complete.
            self.activate(gen)
            gen = replace(gen, state="active")
        return gen

    def begin_ingest(self, collection: str, paths: list[str], rebuild: bool) -> None:
        """Note the run until ``end_ingest``; a note left behind means it was interrupted."""
        note = json.dumps({"paths": paths, "rebuild": rebuild})
        self.catalog.set_meta(f"{_UNFINISHED}{collection}", note)

    def end_ingest(self, collection: str) -> None:
        self.catalog.set_meta(f"{_UNFINISHED}{collection}", None)

    def unfinished(self, collection: str) -> dict[str, Any] | None:
        """The paths and options of an ingest that began and has not ended (killed or running)."""
        note = self.catalog.meta(f"{_UNFINISHED}{collection}")
        return None if note is None else dict(json.loads(note))

    def open_for_read(self, collection: str, wanted: dict[str, object]) -> Generation:
        gen = self.active(collection)
        if gen is None:
            names = ", ".join(self.collections()) or "none yet"
            raise ConfigError(
                f"collection {collection!r} in store {self.location.describe()} has no index "
                f"(collections: {names}); run `assistant index PATH --collection {collection}` first"
            )
        check_settings(self.location, collection, gen.settings, wanted)
        return gen

    def activate(self, gen: Generation) -> None:
        for old in self.catalog.activate(gen):
            self._drop_vectors(old.vector_name)
            self._drop_lexical(old.vector_name)

    def lexical_folder(self) -> Path | None:
        """Where the in-memory BM25 indexes are saved: beside the catalog (None: memory store)."""
        return self.location.path if self.location.kind != "memory" else None

    def _drop_lexical(self, name: str) -> None:
        folder = self.lexical_folder()
        if folder is not None:
            (folder / "lexical" / f"{name}.npz").unlink(missing_ok=True)

    def _drop_vectors(self, name: str) -> None:
        try:
            self._client.delete_collection(name)
        except Exception:  # already gone, e.g. a rebuild that never wrote a vector
            pass


def check_settings(
    location: StoreLocation, collection: str, stored: dict[str, object], wanted: dict[str, object]
) -> None:
    """Refuse to mix vectors or chunks made with different settings in one collection.

    Only the keys in ``wanted`` are compared: a reader cares about the embedding model,
    a writer about the chunking too."""
    diffs = [
        f"{key} {stored.get(key)!r} (asked: {wanted.get(key)!r})"
        for key in sorted(wanted)
        if stored.get(key) != wanted.get(key)
    ]
    if diffs:
        raise StoreMismatchError(
            f"collection {collection!r} in store {location.describe()} was built with other "
            f"settings: {'; '.join(diffs)}. Use the same settings, or re-index with --rebuild "
            "to rebuild it with the new ones"
        )
