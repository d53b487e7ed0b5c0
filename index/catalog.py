"""The catalog: a SQLite file that is the source of truth for what is indexed.

It holds, per collection generation, the documents (cleaned text and provenance),
their chunks with offsets, and an FTS5 table that is the BM25 lexical index. A
document's rows, its chunks and their lexical entries change in one transaction,
so the lexical index is always in step with the catalog, and a killed ingest
leaves the last committed state. Vectors live in Chroma under the same chunk ids;
Chroma may briefly hold extra (uncommitted) ids, which readers ignore and the next
ingest reuses or deletes.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import Chunk, Document
from .text import STOPWORDS
from .versions import VERSIONS_SCHEMA, CatalogVersions

_SCHEMA = """
CREATE TABLE IF NOT EXISTS generations(
    gid INTEGER PRIMARY KEY, collection TEXT NOT NULL, state TEXT NOT NULL,
    settings TEXT NOT NULL, vector_name TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    gid INTEGER NOT NULL, doc_id TEXT NOT NULL, origin TEXT, source TEXT, title TEXT,
    url TEXT, date TEXT, hash TEXT NOT NULL, text TEXT NOT NULL, n_chunks INTEGER,
    n_tokens INTEGER, indexed_at REAL, PRIMARY KEY(gid, doc_id));
CREATE TABLE IF NOT EXISTS chunks(
    rid INTEGER PRIMARY KEY, gid INTEGER NOT NULL, chunk_id TEXT NOT NULL,
    doc_id TEXT NOT NULL, ordinal INTEGER, start INTEGER, "end" INTEGER,
    n_tokens INTEGER, text TEXT NOT NULL, UNIQUE(gid, chunk_id));
CREATE INDEX IF NOT EXISTS chunks_by_doc ON chunks(gid, doc_id);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

@dataclass(frozen=True)
class Generation:
    """One build of a collection; a ``--rebuild`` makes a new one and swaps it in when done."""

    gid: int
    collection: str
    state: str  # "building" or "active"
    settings: dict[str, object]
    vector_name: str


@dataclass(frozen=True)
class StoredDocument:
    doc_id: str
    origin: str
    source: str
    title: str
    url: str
    date: str
    hash: str
    n_chunks: int
    n_tokens: int


COMMON_SHARE = 0.1  # a word in more of the chunks than this is too common to look up in BM25
MIN_TERMS = 4  # but a query always keeps its rarest few words
# ... and reads at most this many postings in all (rarest words first): what a BM25 search costs
# then stays flat as the corpus grows, instead of growing with every common word's postings.
MAX_POSTINGS = 4000


def query_words(text: str) -> list[str]:
    """The distinct content words of ``text``, lower case, in order (quoted when used in
    an FTS5 query, so no query syntax leaks in)."""
    return list(dict.fromkeys(w for w in re.findall(r"\w+", text.lower()) if w not in STOPWORDS))


@functools.lru_cache(maxsize=65536)  # nltk's Porter is pure Python: 0.5 ms a query uncached
def fts_stem(word: str) -> str | None:
    """The term FTS5's porter tokenizer indexes for ``word`` (Porter's original algorithm),
    or None for words whose folding we do not reproduce (diacritics). Like FTS5's, words
    under three letters pass unchanged ("s" of "Obama's" is "s", not "")."""
    if not word.isascii():
        return None
    return word if len(word) < 3 else str(_porter().stem(word))


@functools.cache
def _porter() -> Any:
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)


class Catalog(CatalogVersions):
    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.executescript(VERSIONS_SCHEMA)
        self._vocab: set[int] = set()  # generations whose fts5vocab table this connection has
        self._chunk_count: dict[int, int] = {}

    def store_id(self) -> str:
        """A random id for this catalog, so two catalogs never share Chroma collection names."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('store_id', lower(hex(randomblob(4))))")
            return str(db.execute("SELECT value FROM meta WHERE key='store_id'").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        """Set ``key``, or delete it when ``value`` is None."""
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key=?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def change_marker(self) -> tuple[int, int]:
        """A value that changes whenever a commit lands, by another connection (SQLite's
        ``data_version``) or this one: the in-memory BM25 index syncs when it moves."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._db.total_changes

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._db:
            yield self._db

    # -- generations ---------------------------------------------------------
    def generations(self, collection: str | None = None) -> list[Generation]:
        sql = "SELECT gid, collection, state, settings, vector_name FROM generations"
        rows = self._db.execute(sql + " ORDER BY gid").fetchall()
        gens = [Generation(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]
        return [g for g in gens if collection is None or g.collection == collection]

    def generation(self, collection: str, state: str) -> Generation | None:
        found = [g for g in self.generations(collection) if g.state == state]
        return found[-1] if found else None

    def create_generation(self, collection: str, settings: dict[str, object], prefix: str) -> Generation:
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO generations(collection, state, settings, vector_name, created) "
                "VALUES (?, 'building', ?, '', ?)",
                (collection, json.dumps(settings, sort_keys=True), time.time()),
            )
            gid = int(cur.lastrowid or 0)
            name = f"{prefix}-{gid}"
            db.execute("UPDATE generations SET vector_name=? WHERE gid=?", (name, gid))
            tokenizer = "porter unicode61 remove_diacritics 2"
            db.execute(f"CREATE VIRTUAL TABLE fts_{gid} USING fts5(text, tokenize='{tokenizer}')")
        return Generation(gid, collection, "building", settings, name)

    def activate(self, gen: Generation) -> list[Generation]:
        """Make ``gen`` the active generation of its collection; returns the retired ones."""
        retired = [g for g in self.generations(gen.collection) if g.gid != gen.gid]
        with self.transaction() as db:
            db.execute("UPDATE generations SET state='active' WHERE gid=?", (gen.gid,))
            for old in retired:
                self._drop_rows(db, old.gid)
        return retired

    @staticmethod
    def _drop_rows(db: sqlite3.Connection, gid: int) -> None:
        db.execute("DELETE FROM generations WHERE gid=?", (gid,))
        db.execute("DELETE FROM documents WHERE gid=?", (gid,))
        db.execute("DELETE FROM chunks WHERE gid=?", (gid,))
        db.execute("DELETE FROM file_versions WHERE gid=?", (gid,))
        db.execute(f"DROP TABLE IF EXISTS fts_{gid}")

    # -- documents -------------------------------------------------------------
    def documents(self, gid: int) -> dict[str, StoredDocument]:
        rows = self._db.execute(
            "SELECT doc_id, origin, source, title, url, date, hash, n_chunks, n_tokens "
            "FROM documents WHERE gid=? ORDER BY title, doc_id",
            (gid,),
        ).fetchall()
        return {r[0]: StoredDocument(*r) for r in rows}

    def documents_by_id(self, gid: int, doc_ids: Iterable[str]) -> dict[str, StoredDocument]:
        """Only the named documents (a search needs a handful, not the whole collection)."""
        columns = "doc_id, origin, source, title, url, date, hash, n_chunks, n_tokens"
        rows = self._rows_by_key(gid, "documents", columns, "doc_id", doc_ids)
        return {r[0]: StoredDocument(*r) for r in rows}

    def _rows_by_key(self, gid: int, table: str, columns: str, key: str, values: Iterable[str]) -> list[Any]:
        """Rows of ``table`` whose ``key`` is one of ``values``, in batches of IN (...)."""
        wanted = list(dict.fromkeys(values))
        rows: list[Any] = []
        for b in range(0, len(wanted), 500):  # stay far below SQLite's bound-parameter limit
            batch = wanted[b : b + 500]
            rows += self._db.execute(
                f"SELECT {columns} FROM {table} WHERE gid=? AND {key} IN ({','.join('?' * len(batch))})",
                (gid, *batch),
            ).fetchall()
        return rows

    def document_text(self, gid: int, doc_id: str) -> str | None:
        row = self._db.execute("SELECT text FROM documents WHERE gid=? AND doc_id=?", (gid, doc_id)).fetchone()
        return None if row is None else str(row[0])

    def chunk_ids(self, gid: int, doc_ids: Iterable[str] | None = None) -> set[str]:
        if doc_ids is None:
            rows = self._db.execute("SELECT chunk_id FROM chunks WHERE gid=?", (gid,)).fetchall()
            return {r[0] for r in rows}
        ids: set[str] = set()
        for doc_id in doc_ids:
            found = self._db.execute("SELECT chunk_id FROM chunks WHERE gid=? AND doc_id=?", (gid, doc_id))
            ids.update(r[0] for r in found)
        return ids

    def chunks(self, gid: int, chunk_ids: Iterable[str]) -> dict[str, Chunk]:
        """The named chunks that are committed; unknown ids are simply absent."""
        columns = 'chunk_id, doc_id, ordinal, start, "end", text, n_tokens'
        rows = self._rows_by_key(gid, "chunks", columns, "chunk_id", chunk_ids)
        return {r[0]: Chunk(*r) for r in rows}

    def counts(self, gid: int) -> tuple[int, int]:
        docs = self._db.execute("SELECT COUNT(*) FROM documents WHERE gid=?", (gid,)).fetchone()[0]
        chunks = self._db.execute("SELECT COUNT(*) FROM chunks WHERE gid=?", (gid,)).fetchone()[0]
        return int(docs), int(chunks)

    def put_documents(self, gid: int, items: list[tuple[Document, list[Chunk]]]) -> None:
        """Replace these documents (and their chunks and lexical entries) in one transaction."""
        self._chunk_count.pop(gid, None)
        with self.transaction() as db:
            self._delete_docs(db, gid, [doc.doc_id for doc, _ in items])
            for doc, chunks in items:
                self._insert_doc(db, gid, doc, chunks)

    def remove_documents(self, gid: int, doc_ids: list[str]) -> None:
        self._chunk_count.pop(gid, None)
        with self.transaction() as db:
            self._delete_docs(db, gid, doc_ids)

    @staticmethod
    def _delete_docs(db: sqlite3.Connection, gid: int, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            rids = db.execute("SELECT rid FROM chunks WHERE gid=? AND doc_id=?", (gid, doc_id)).fetchall()
            db.executemany(f"DELETE FROM fts_{gid} WHERE rowid=?", rids)
            db.execute("DELETE FROM chunks WHERE gid=? AND doc_id=?", (gid, doc_id))
            db.execute("DELETE FROM documents WHERE gid=? AND doc_id=?", (gid, doc_id))

    @staticmethod
    def _insert_doc(db: sqlite3.Connection, gid: int, doc: Document, chunks: list[Chunk]) -> None:
        db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (gid, doc.doc_id, doc.origin, doc.source, doc.title, doc.url, doc.date,
             doc.content_hash, doc.text, len(chunks), sum(c.n_tokens for c in chunks), time.time()),
        )
        for c in chunks:
            cur = db.execute(
                'INSERT INTO chunks(gid, chunk_id, doc_id, ordinal, start, "end", n_tokens, text) '
                "VALUES (?,?,?,?,?,?,?,?)",
                (gid, c.chunk_id, c.doc_id, c.ordinal, c.start, c.end, c.n_tokens, c.text),
            )
            db.execute(f"INSERT INTO fts_{gid}(rowid, text) VALUES (?, ?)", (cur.lastrowid, c.text))

    # -- lexical search ----------------------------------------------------------
    def lexical_search(self, gid: int, query: str, k: int) -> list[tuple[str, float]]:
        """BM25 (FTS5) top ``k`` chunk ids with positive scores, best first."""
        match = " OR ".join(f'"{w}"' for w in self.selective_words(gid, query_words(query)))
        if not match:
            return []
        # The top k rowids first, then their chunk ids: joining before the LIMIT would look up
        # every matching chunk (twice the time at 1,000 documents).
        rows = self._db.execute(
            f"SELECT c.chunk_id, t.s FROM (SELECT rowid AS r, bm25(fts_{gid}) AS s FROM fts_{gid} "
            f"WHERE fts_{gid} MATCH ? ORDER BY s LIMIT ?) t JOIN chunks c ON c.rid = t.r ORDER BY t.s",
            (match, k),
        ).fetchall()
        return [(r[0], -float(r[1])) for r in rows]

    def selective_words(self, gid: int, words: list[str], budget: int = MAX_POSTINGS) -> list[str]:
        """The query words worth a BM25 lookup: the rarest first, each in at most
        ``COMMON_SHARE`` of the chunks, while their postings add up to at most ``budget``;
        and always the rarest ``MIN_TERMS``.

        FTS5 reads the whole postings list of every term it is asked for, so a word in a
        third of the corpus ("said", "year") costs a third of a scan while adding almost
        nothing to BM25 (its IDF is near zero). Words no chunk holds are dropped; words whose
        frequency cannot be looked up are kept, in the order given."""
        if len(words) <= MIN_TERMS:
            return words
        freq = self._doc_freqs(gid, words)
        limit = COMMON_SHARE * self._n_chunks(gid)
        known = sorted((f, i) for i, w in enumerate(words) if (f := freq.get(w)) is not None and f > 0)
        keep, read = {i for _, i in known[:MIN_TERMS]}, 0
        for f, i in known:
            if f > limit or read + f > budget:
                break
            keep.add(i)
            read += f
        keep |= {i for i, w in enumerate(words) if freq.get(w) is None}
        return [w for i, w in enumerate(words) if i in keep]

    def _doc_freqs(self, gid: int, words: list[str]) -> dict[str, int | None]:
        """Chunks holding each word, from FTS5's own vocabulary (None: stem not found there)."""
        if gid not in self._vocab:
            self._db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_{gid}_vocab "
                             f"USING fts5vocab(main, fts_{gid}, 'row')")
            self._vocab.add(gid)
        stems = {w: fts_stem(w) for w in words}
        terms = sorted({t for t in stems.values() if t})
        rows = self._db.execute(
            f"SELECT term, doc FROM temp.fts_{gid}_vocab WHERE term IN ({','.join('?' * len(terms))})", terms,
        ).fetchall() if terms else []
        found = {t: int(n) for t, n in rows}
        return {w: found.get(s, 0) if s else None for w, s in stems.items()}

    def _n_chunks(self, gid: int) -> int:
        """Chunks in the generation, cached: the share above is a threshold, not a statistic."""
        if gid not in self._chunk_count:
            self._chunk_count[gid] = self.counts(gid)[1]
        return self._chunk_count[gid]
