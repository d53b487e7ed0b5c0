"""The lexical half of retrieval, chosen by a spec string: ``bm25`` (default) or ``fts5``.

``bm25`` is :class:`index.bm25.BM25Index` held in memory and kept in step with the catalog,
which stays the source of truth. Chunk ids are content-addressed, so "in step" is a set
comparison: the committed chunk ids against the indexed ones. Before a search, whenever the
catalog has changed (any connection's commit; SQLite's ``data_version``), the index drops the
ids the catalog no longer holds and adds the ones it lacks, reading only their text. Nothing
else has to happen in the catalog's write transaction, so a kill at any instant leaves an
index that the next open brings back to the catalog's committed state: the file saved beside
the catalog is a cache of the last sync, never trusted on its own. One new document costs
its own chunks plus the id comparison, not a rebuild (bench/lexical.py measures both).

``fts5`` is the catalog's own lexical search (SQLite FTS5 in index/catalog.py), kept for
comparison. A Postgres catalog (index/catalog_pg.py) always uses its own full-text search.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Protocol

from .bm25 import BM25Index, Ranking
from .catalog import Catalog as SqliteCatalog
from .catalog import Generation
from .catalogs import Catalog
from .errors import ConfigError
from .registry import Registry

SYNC_BATCH = 2000  # chunk texts read from the catalog per query while catching up


class LexicalSearch(Protocol):
    def search(self, query: str, k: int) -> Ranking: ...


class Fts5Search:
    """BM25 by the catalog's FTS5 table."""

    def __init__(self, catalog: Catalog, gen: Generation) -> None:
        self.catalog, self.gen = catalog, gen

    def search(self, query: str, k: int) -> Ranking:
        return self.catalog.lexical_search(self.gen.gid, query, k)


class Bm25Search:
    """BM25 by an in-memory index, synced with the catalog before each search that follows a
    change, and saved to ``path`` (when given) after each sync that changed it."""

    def __init__(self, catalog: SqliteCatalog, gen: Generation, path: Path | None,
                 max_postings: int | None = None) -> None:
        self.catalog, self.gen, self.path, self.max_postings = catalog, gen, path, max_postings
        self._stamp: dict[str, object] = {"generation": gen.vector_name}
        self._index: BM25Index | None = None
        self._seen: object = None  # the catalog's change marker at the last sync
        self._lock = threading.Lock()  # the web app searches from several threads
        self.last_sync: dict[str, float] = {}

    def search(self, query: str, k: int) -> Ranking:
        with self._lock:
            index = self._synced()
            return index.search(query, k, self.max_postings)

    def sync(self) -> BM25Index:
        """Bring the index to the catalog's committed state now (ingest calls it at its end)."""
        with self._lock:
            return self._synced()

    def _synced(self) -> BM25Index:
        marker = self.catalog.change_marker()
        if self._index is not None and marker == self._seen:
            return self._index
        started = time.perf_counter()
        if self._index is None:
            self._index = self._load()
        removed, added = catch_up(self._index, self.catalog, self.gen.gid)
        if (removed or added) and self.path is not None:
            self._index.save(self.path, self._stamp)
        self._seen = marker
        self.last_sync = {"seconds": time.perf_counter() - started, "removed": removed, "added": added}
        return self._index

    def _load(self) -> BM25Index:
        loaded = BM25Index.load(self.path, self._stamp) if self.path is not None else None
        return loaded if loaded is not None else BM25Index()


def catch_up(index: BM25Index, catalog: SqliteCatalog, gid: int) -> tuple[int, int]:
    """Make ``index`` hold exactly the committed chunks of generation ``gid``; returns how
    many chunks it removed and added."""
    committed, indexed = catalog.chunk_ids(gid), index.ids()
    removed = index.remove(indexed - committed)
    missing, added = sorted(committed - indexed), 0
    for b in range(0, len(missing), SYNC_BATCH):
        chunks = catalog.chunks(gid, missing[b : b + SYNC_BATCH])
        added += index.add((c.chunk_id, c.text) for c in chunks.values())
    return removed, added


def index_path(folder: Path | None, gen: Generation) -> Path | None:
    """Where a generation's BM25 index is cached: beside the catalog, named by its generation."""
    return None if folder is None else folder / "lexical" / f"{gen.vector_name}.npz"


def _bm25(args: str, context: tuple[Catalog, Generation, Path | None]) -> LexicalSearch:
    catalog, gen, folder = context
    if not isinstance(catalog, SqliteCatalog):
        # A catalog shared by replicas (Postgres) searches its own full-text index: an
        # in-memory copy per replica could not see the other replicas' commits cheaply.
        return Fts5Search(catalog, gen)
    cap = None
    if args:
        if not args.isdigit() or int(args) <= 0:
            raise ConfigError(f"lexical bm25:{args}: the cap is a positive number of postings, e.g. bm25:4000")
        cap = int(args)
    return Bm25Search(catalog, gen, index_path(folder, gen), cap)


LEXICAL: Registry[LexicalSearch] = Registry("lexical")
LEXICAL.register("bm25", _bm25, "bm25 (bm25:MAX_POSTINGS caps the postings read)")
LEXICAL.register("fts5", lambda args, context: Fts5Search(context[0], context[1]), "fts5")
LEXICAL_SPECS = ("bm25", "fts5")


def make_lexical(spec: str, catalog: Catalog, gen: Generation, folder: Path | None) -> LexicalSearch:
    """The lexical search ``spec`` names, over generation ``gen``."""
    return LEXICAL.build(spec, (catalog, gen, folder))
