"""The catalog in Postgres, shared by every replica (psycopg 3 with a connection pool).

The same tables as the SQLite catalog, with documents and chunks partitioned by generation
(``chunks_g<gid>``): retiring a generation drops its partitions, not millions of rows. The
lexical index is a stored ``tsvector`` column with a GIN index, ranked with ``ts_rank``; the
rare-word cap of the SQLite catalog stays (:func:`choose_words`), with word frequencies read
from ``pg_stats`` (what ANALYZE keeps of the tsvector column) instead of FTS5's vocabulary.

Several processes share it, hence three things the SQLite file never needed:
- an advisory lock per collection, held by an ingest from its first read to its last write;
- an intent log (``pending``) of chunk ids whose vectors an ingest writes or deletes, so a
  killed ingest's leftovers in Chroma are found without listing Chroma;
- a grace period: a retired generation stays (rows and vectors) for ``grace`` seconds, so a
  replica that read it as active a moment ago finishes its search on it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .catalog import COMMON_SHARE, MAX_POSTINGS, MIN_TERMS, Generation, StoredDocument, query_words
from .documents import Chunk, Document
from .errors import ConfigError, StoreUnavailableError
from .versions import SUPERSEDED, DocVersion, FileVersion

try:
    import psycopg
    from psycopg_pool import ConnectionPool
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ConfigError(
        "a postgresql:// catalog needs psycopg 3: pip install 'corpus-assistant[scale]'"
    ) from exc

POOL_SIZE = 10  # connections per process and database, shared by its threads
GRACE_SECONDS = 60.0  # far longer than any search; a replica re-reads the active generation per search
STATS_SECONDS = 60.0  # how long word frequencies from pg_stats are reused
_SCHEMA_LOCK = 0x0CA7A106  # an advisory lock id: replicas starting together create the schema once

_SCHEMA = """
CREATE TABLE IF NOT EXISTS generations(
    gid BIGSERIAL PRIMARY KEY, collection TEXT NOT NULL, state TEXT NOT NULL,
    settings TEXT NOT NULL, vector_name TEXT NOT NULL, created DOUBLE PRECISION NOT NULL,
    retired DOUBLE PRECISION);
CREATE TABLE IF NOT EXISTS documents(
    gid BIGINT NOT NULL, doc_id TEXT NOT NULL, origin TEXT, source TEXT, title TEXT,
    url TEXT, date TEXT, hash TEXT NOT NULL, text TEXT NOT NULL, n_chunks INTEGER,
    n_tokens INTEGER, indexed_at DOUBLE PRECISION, PRIMARY KEY(gid, doc_id)) PARTITION BY LIST (gid);
CREATE TABLE IF NOT EXISTS chunks(
    gid BIGINT NOT NULL, chunk_id TEXT NOT NULL, doc_id TEXT NOT NULL, ordinal INTEGER,
    start INTEGER, "end" INTEGER, n_tokens INTEGER, text TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    PRIMARY KEY(gid, chunk_id)) PARTITION BY LIST (gid);
CREATE INDEX IF NOT EXISTS chunks_by_doc ON chunks(gid, doc_id);
CREATE INDEX IF NOT EXISTS chunks_tsv ON chunks USING gin(tsv);
CREATE TABLE IF NOT EXISTS pending(gid BIGINT NOT NULL, chunk_id TEXT NOT NULL, PRIMARY KEY(gid, chunk_id));
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS file_versions(
    gid BIGINT NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL, origin TEXT NOT NULL,
    sha256 TEXT NOT NULL, created DOUBLE PRECISION NOT NULL, PRIMARY KEY(gid, origin));
CREATE INDEX IF NOT EXISTS file_versions_by_name ON file_versions(gid, name, version);
CREATE INDEX IF NOT EXISTS documents_by_origin ON documents(gid, origin);
"""
_NOW = "extract(epoch FROM clock_timestamp())"  # the database's clock: replicas' clocks may differ
_DOC_COLUMNS = "doc_id, origin, source, title, url, date, hash, n_chunks, n_tokens"
_CHUNK_COLUMNS = 'chunk_id, doc_id, ordinal, start, "end", text, n_tokens'


def split_spec(spec: str) -> tuple[str, float]:
    """The libpq URL and the grace period of ``postgresql://...[?grace=SECONDS]``."""
    url = urlsplit(spec)
    query = parse_qsl(url.query)
    grace = [v for k, v in query if k == "grace"]
    try:
        seconds = float(grace[-1]) if grace else GRACE_SECONDS
    except ValueError as exc:
        raise ConfigError(f"catalog {spec!r}: grace must be a number of seconds, e.g. ?grace=60") from exc
    rest = urlencode([(k, v) for k, v in query if k != "grace"])
    return urlunsplit(url._replace(query=rest)), seconds


def choose_words(words: list[str], freq: dict[str, int | None], n_chunks: int,
                 budget: int = MAX_POSTINGS) -> list[str]:
    """The SQLite catalog's rare-word cap, as a pure function: the rarest words first, each in
    at most ``COMMON_SHARE`` of the chunks, while their postings add up to at most ``budget``;
    always the rarest ``MIN_TERMS``; words of frequency 0 dropped, of unknown frequency kept."""
    if len(words) <= MIN_TERMS:
        return words
    limit = COMMON_SHARE * n_chunks
    known = sorted((f, i) for i, w in enumerate(words) if (f := freq.get(w)) is not None and f > 0)
    keep, read = {i for _, i in known[:MIN_TERMS]}, 0
    for f, i in known:
        if f > limit or read + f > budget:
            break
        keep.add(i)
        read += f
    keep |= {i for i, w in enumerate(words) if freq.get(w) is None}
    return [w for i, w in enumerate(words) if i in keep]


class _SharedPools:
    """One connection pool per database and process: the web server opens an ``Index`` per
    worker thread, and a pool (with its own threads) for each would multiply the connections."""

    _lock = threading.Lock()
    _pools: dict[str, tuple[ConnectionPool[Any], int]] = {}

    @classmethod
    def acquire(cls, url: str, size: int) -> ConnectionPool[Any]:
        with cls._lock:
            pool, users = cls._pools.get(url) or (None, 0)
            if pool is None:
                pool = ConnectionPool(url, min_size=1, max_size=size, open=True, kwargs={"connect_timeout": 10})
            cls._pools[url] = (pool, users + 1)
            return pool

    @classmethod
    def release(cls, url: str) -> None:
        with cls._lock:
            pool, users = cls._pools.pop(url, (None, 0))
            if pool is not None and users > 1:
                cls._pools[url] = (pool, users - 1)
            elif pool is not None:
                pool.close()


def _unavailable(url: str, exc: Exception) -> StoreUnavailableError:
    where = urlsplit(url)._replace(netloc=urlsplit(url).hostname or "").geturl()  # no password in messages
    return StoreUnavailableError(
        f"cannot use the Postgres catalog {where} ({exc}); start Postgres there, or fix --catalog"
    )


class PgCatalog:
    def __init__(self, spec: str, pool_size: int = POOL_SIZE) -> None:
        self._url, self.grace = split_spec(spec)
        self._stats: dict[int, tuple[float, dict[str, float], float, int]] = {}
        try:
            with psycopg.connect(self._url, connect_timeout=10) as conn:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                conn.execute(_SCHEMA)
        except psycopg.Error as exc:
            raise _unavailable(self._url, exc) from exc
        self._pool = _SharedPools.acquire(self._url, pool_size)

    @contextmanager
    def _tx(self) -> Iterator[psycopg.Connection[Any]]:
        """One transaction on a pooled connection; a lost server becomes the error that names it."""
        try:
            with self._pool.connection() as conn:
                yield conn
        except psycopg.OperationalError as exc:
            raise _unavailable(self._url, exc) from exc

    def _all(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        with self._tx() as conn:
            return conn.execute(sql, params).fetchall()

    def close(self) -> None:
        _SharedPools.release(self._url)

    def store_id(self) -> str:
        with self._tx() as conn:
            conn.execute("INSERT INTO meta VALUES ('store_id', substr(md5(random()::text), 1, 8)) "
                         "ON CONFLICT DO NOTHING")
            row = conn.execute("SELECT value FROM meta WHERE key='store_id'").fetchone()
        assert row is not None
        return str(row[0])

    def meta(self, key: str) -> str | None:
        rows = self._all("SELECT value FROM meta WHERE key=%s", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self._tx() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key=%s", (key,))
            else:
                conn.execute("INSERT INTO meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value=%s",
                             (key, value, value))

    # -- generations -----------------------------------------------------------
    def generations(self, collection: str | None = None) -> list[Generation]:
        sql = "SELECT gid, collection, state, settings, vector_name FROM generations"
        rows = (self._all(sql + " ORDER BY gid") if collection is None
                else self._all(sql + " WHERE collection=%s ORDER BY gid", (collection,)))
        return [Generation(int(r[0]), r[1], r[2], json.loads(r[3]), r[4]) for r in rows]

    def generation(self, collection: str, state: str) -> Generation | None:
        rows = self._all("SELECT gid, collection, state, settings, vector_name FROM generations "
                         "WHERE collection=%s AND state=%s ORDER BY gid DESC LIMIT 1", (collection, state))
        return Generation(int(rows[0][0]), rows[0][1], rows[0][2], json.loads(rows[0][3]), rows[0][4]) if rows else None

    def create_generation(self, collection: str, settings: dict[str, object], prefix: str) -> Generation:
        with self._tx() as conn:
            row = conn.execute(
                "INSERT INTO generations(collection, state, settings, vector_name, created) "
                "VALUES (%s, 'building', %s, '', %s) RETURNING gid",
                (collection, json.dumps(settings, sort_keys=True), time.time()),
            ).fetchone()
            assert row is not None
            gid = int(row[0])
            name = f"{prefix}-{gid}"
            conn.execute("UPDATE generations SET vector_name=%s WHERE gid=%s", (name, gid))
            for table in ("documents", "chunks"):
                conn.execute(f"CREATE TABLE {table}_g{gid} PARTITION OF {table} FOR VALUES IN ({gid})")
        return Generation(gid, collection, "building", settings, name)

    def activate(self, gen: Generation) -> list[Generation]:
        """Make ``gen`` active; the others of its collection retire now and are dropped once
        their grace period is over. Returns the generations dropped (their vectors go next)."""
        with self._tx() as conn:
            conn.execute("UPDATE generations SET state='active', retired=NULL WHERE gid=%s", (gen.gid,))
            conn.execute(f"UPDATE generations SET state='retired', retired={_NOW} WHERE collection=%s "
                         "AND gid<>%s AND state<>'retired'", (gen.collection, gen.gid))
        return self.expire(gen.collection)

    def expire(self, collection: str) -> list[Generation]:
        """Drop the retired generations of ``collection`` whose grace period is over."""
        due = self._all("SELECT gid, collection, state, settings, vector_name FROM generations "
                        f"WHERE collection=%s AND state='retired' AND retired <= {_NOW} - %s ORDER BY gid",
                        (collection, self.grace))
        gens = [Generation(int(r[0]), r[1], r[2], json.loads(r[3]), r[4]) for r in due]
        for gen in gens:
            with self._tx() as conn:
                conn.execute("DELETE FROM generations WHERE gid=%s", (gen.gid,))
                conn.execute("DELETE FROM pending WHERE gid=%s", (gen.gid,))
                conn.execute("DELETE FROM file_versions WHERE gid=%s", (gen.gid,))
                conn.execute(f"DROP TABLE IF EXISTS chunks_g{gen.gid}, documents_g{gen.gid}")
            self._stats.pop(gen.gid, None)
        return gens

    # -- documents ---------------------------------------------------------------
    def documents(self, gid: int) -> dict[str, StoredDocument]:
        rows = self._all(f"SELECT {_DOC_COLUMNS} FROM documents WHERE gid=%s ORDER BY title, doc_id", (gid,))
        return {r[0]: StoredDocument(*r) for r in rows}

    def documents_by_id(self, gid: int, doc_ids: Iterable[str]) -> dict[str, StoredDocument]:
        rows = self._all(f"SELECT {_DOC_COLUMNS} FROM documents WHERE gid=%s AND doc_id = ANY(%s)",
                         (gid, list(dict.fromkeys(doc_ids))))
        return {r[0]: StoredDocument(*r) for r in rows}

    def document_text(self, gid: int, doc_id: str) -> str | None:
        rows = self._all("SELECT text FROM documents WHERE gid=%s AND doc_id=%s", (gid, doc_id))
        return str(rows[0][0]) if rows else None

    def chunk_ids(self, gid: int, doc_ids: Iterable[str] | None = None) -> set[str]:
        if doc_ids is None:
            return {r[0] for r in self._all("SELECT chunk_id FROM chunks WHERE gid=%s", (gid,))}
        return {r[0] for r in self._all("SELECT chunk_id FROM chunks WHERE gid=%s AND doc_id = ANY(%s)",
                                        (gid, list(doc_ids)))}

    def chunks(self, gid: int, chunk_ids: Iterable[str]) -> dict[str, Chunk]:
        rows = self._all(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE gid=%s AND chunk_id = ANY(%s)",
                         (gid, list(dict.fromkeys(chunk_ids))))
        return {r[0]: Chunk(*r) for r in rows}

    def counts(self, gid: int) -> tuple[int, int]:
        rows = self._all("SELECT (SELECT COUNT(*) FROM documents WHERE gid=%s), "
                         "(SELECT COUNT(*) FROM chunks WHERE gid=%s)", (gid, gid))
        return int(rows[0][0]), int(rows[0][1])

    def put_documents(self, gid: int, items: list[tuple[Document, list[Chunk]]]) -> None:
        """Replace these documents and their chunks (and so their lexical entries) in one transaction."""
        with self._tx() as conn:
            _delete_docs(conn, gid, [doc.doc_id for doc, _ in items])
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO documents VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                    [(gid, d.doc_id, d.origin, d.source, d.title, d.url, d.date, d.content_hash, d.text,
                      len(cs), sum(c.n_tokens for c in cs), time.time()) for d, cs in items])
                cur.executemany(
                    'INSERT INTO chunks(gid, chunk_id, doc_id, ordinal, start, "end", n_tokens, text) '
                    "VALUES (%s,%s,%s,%s,%s,%s,%s,%s)",
                    [(gid, c.chunk_id, c.doc_id, c.ordinal, c.start, c.end, c.n_tokens, c.text)
                     for _, cs in items for c in cs])

    def remove_documents(self, gid: int, doc_ids: list[str]) -> None:
        with self._tx() as conn:
            _delete_docs(conn, gid, doc_ids)

    # -- lexical search ------------------------------------------------------------
    def lexical_search(self, gid: int, query: str, k: int) -> list[tuple[str, float]]:
        """``ts_rank`` top ``k`` chunk ids with positive scores, best first."""
        words = [w for w in self.selective_words(gid, query_words(query)) if w != "or"]
        if not words or k <= 0:
            return []
        with self._tx() as conn:
            # The planner prices `tsv @@ q` per row as if it were cheap and picks a sequential scan
            # even for a few hundred matches of 5,000 chunks; testing every row's tsvector costs
            # more than the GIN lookup (p50 -40% at 1,000 articles, bench/lexical_pg.py).
            conn.execute("SET LOCAL enable_seqscan = off")
            # websearch syntax: each word a term (\w+ holds no quote or minus), "or" between them.
            rows = conn.execute(
                f"SELECT chunk_id, ts_rank(tsv, q) AS s FROM chunks_g{gid}, "
                "websearch_to_tsquery('english', %s) AS q WHERE tsv @@ q ORDER BY s DESC, chunk_id LIMIT %s",
                (" or ".join(words), k),
            ).fetchall()
        return [(r[0], float(r[1])) for r in rows if float(r[1]) > 0]

    def selective_words(self, gid: int, words: list[str], budget: int = MAX_POSTINGS) -> list[str]:
        """The query words worth a lookup (see :func:`choose_words`), frequencies from pg_stats."""
        if len(words) <= MIN_TERMS:
            return words
        shares, floor, n_chunks = self._word_stats(gid)
        if not shares:  # never analyzed: nothing known, every word kept
            return words
        lexemes = dict(self._all(
            "SELECT w, array(SELECT lexeme FROM unnest(to_tsvector('english', w))) FROM unnest(%s::text[]) AS w",
            (words,)))
        freq: dict[str, int | None] = {w: _chunks_holding(lexemes.get(w) or [], shares, floor, n_chunks)
                                       for w in words}
        return choose_words(words, freq, n_chunks, budget)

    def _word_stats(self, gid: int) -> tuple[dict[str, float], float, int]:
        """(share of chunks per common lexeme, a bound for the others, chunks), from pg_stats."""
        cached = self._stats.get(gid)
        if cached is None or time.monotonic() - cached[0] > STATS_SECONDS:
            rows = self._all(
                "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
                "FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename "
                "WHERE s.schemaname = current_schema() AND s.tablename = %s AND s.attname = 'tsv'",
                (f"chunks_g{gid}",))
            elems, shares, tuples = rows[0] if rows and rows[0][0] else ([], [], 0)
            freqs = dict(zip(elems, shares))
            cached = (time.monotonic(), freqs, float(shares[len(elems)]) if freqs else 0.0, max(int(tuples), 0))
            self._stats[gid] = cached
        return cached[1], cached[2], cached[3]

    def analyze(self, gid: int) -> None:
        """Refresh the planner's statistics, and so the word frequencies, of a generation."""
        with self._tx() as conn:
            conn.execute(f"ANALYZE chunks_g{gid}")
        self._stats.pop(gid, None)

    # -- several writers -------------------------------------------------------------
    @contextmanager
    def ingest_lock(self, collection: str) -> Iterator[None]:
        """One ingest per collection across every process (a session-level advisory lock, so a
        killed ingest releases it with its connection)."""
        try:
            conn = psycopg.connect(self._url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise _unavailable(self._url, exc) from exc
        with conn:
            conn.execute("SELECT pg_advisory_lock(hashtext('corpus-assistant'), hashtext(%s))", (collection,))
            yield

    def note_pending(self, gid: int, chunk_ids: Iterable[str]) -> None:
        """Log that vectors of these ids are about to be written or deleted."""
        ids = list(chunk_ids)
        if ids:
            with self._tx() as conn:
                conn.execute("INSERT INTO pending SELECT %s, unnest(%s::text[]) ON CONFLICT DO NOTHING", (gid, ids))

    def pending(self, gid: int) -> set[str]:
        """Logged ids the catalog does not hold: what Chroma may hold that nobody references."""
        rows = self._all("SELECT chunk_id FROM pending p WHERE gid=%s AND NOT EXISTS "
                         "(SELECT 1 FROM chunks c WHERE c.gid=p.gid AND c.chunk_id=p.chunk_id)", (gid,))
        return {r[0] for r in rows}

    def clear_pending(self, gid: int) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM pending WHERE gid=%s", (gid,))


    # -- versions of uploaded files (index.versions says what they mean) ---------
    def file_versions(self, gid: int, name: str) -> list[FileVersion]:
        rows = self._all(
            "SELECT v.name, v.version, v.origin, v.sha256, v.created, "
            "(SELECT COUNT(*) FROM documents d WHERE d.gid = v.gid AND d.origin = v.origin), "
            f"{SUPERSEDED} FROM file_versions v WHERE v.gid = %s AND v.name = %s ORDER BY v.version, v.created",
            (gid, name))
        return [FileVersion(*r) for r in rows]

    def record_file_version(self, gid: int, name: str, version: int, origin: str, sha256: str) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM file_versions WHERE gid=%s AND (origin=%s OR (name=%s AND version=%s))",
                         (gid, origin, name, version))
            conn.execute("INSERT INTO file_versions VALUES (%s, %s, %s, %s, %s, %s)",
                         (gid, name, version, origin, sha256, time.time()))

    def doc_versions(self, gid: int, doc_ids: Iterable[str] | None = None) -> dict[str, DocVersion]:
        sql = (f"SELECT d.doc_id, v.name, v.version, {SUPERSEDED} FROM documents d "
               "JOIN file_versions v ON v.gid = d.gid AND v.origin = d.origin WHERE d.gid = %s")
        rows = (self._all(sql, (gid,)) if doc_ids is None
                else self._all(sql + " AND d.doc_id = ANY(%s)", (gid, list(dict.fromkeys(doc_ids)))))
        return {r[0]: DocVersion(*r) for r in rows}


def _chunks_holding(lexemes: list[str], shares: dict[str, float], floor: float, n_chunks: int) -> int:
    """About how many chunks hold a word that stems to ``lexemes``: 0 for a stopword (no lexeme);
    from its share in pg_stats; and a word the stats do not list is rarer than all they do list,
    so at most ``floor`` (their smallest share), at least one chunk."""
    if not lexemes:
        return 0
    return max(1, max(round(shares.get(x, floor) * n_chunks) for x in lexemes))


def _delete_docs(conn: psycopg.Connection[Any], gid: int, doc_ids: list[str]) -> None:
    conn.execute("DELETE FROM chunks WHERE gid=%s AND doc_id = ANY(%s)", (gid, doc_ids))
    conn.execute("DELETE FROM documents WHERE gid=%s AND doc_id = ANY(%s)", (gid, doc_ids))
