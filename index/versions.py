"""Versions of an uploaded file: the catalog's record of which file replaced which.

An upload whose name is already taken is not written over its predecessor: it is saved at
a path of its own and indexed as new documents, and a ``file_versions`` row says "the file
at this origin is version N of that name". Whether a version is superseded is never
stored; it is read off the catalog: a version is superseded once a later version of the same
name has a committed document, at the time that document was indexed. So it flips in the
very transaction that commits the successor, a killed ingest leaves the old version current,
and a successor that could not be read never hides the file it was meant to replace.

Documents with no row (everything the CLI indexes, uploads from before versions) are
version 1 and current.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass

VERSIONS_SCHEMA = """
CREATE TABLE IF NOT EXISTS file_versions(
    gid INTEGER NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL, origin TEXT NOT NULL,
    sha256 TEXT NOT NULL, created REAL NOT NULL, PRIMARY KEY(gid, origin));
CREATE INDEX IF NOT EXISTS file_versions_by_name ON file_versions(gid, name, version);
CREATE INDEX IF NOT EXISTS documents_by_origin ON documents(gid, origin);
"""

# When each version was superseded: the first indexing of any later version of its name
# (plain SQL, shared by the SQLite and Postgres catalogs).
SUPERSEDED = (
    "(SELECT MIN(e.indexed_at) FROM file_versions w JOIN documents e ON e.gid = w.gid AND e.origin = w.origin "
    "WHERE w.gid = v.gid AND w.name = v.name AND w.version > v.version)"
)


@dataclass(frozen=True)
class FileVersion:
    """One version of a named file, with what of it is indexed."""

    name: str
    version: int
    origin: str  # the path it was indexed from (its documents' origin)
    sha256: str  # of the file's bytes
    created: float
    documents: int  # committed documents from it; 0 while indexing, or when it could not be read
    superseded: float | None  # when a later version was indexed; None while it is current


@dataclass(frozen=True)
class DocVersion:
    """The version a document belongs to."""

    doc_id: str
    name: str
    version: int
    superseded: float | None


class CatalogVersions:
    """The version methods of ``Catalog`` (mixed in; they share its SQLite connection)."""

    _db: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def file_versions(self, gid: int, name: str) -> list[FileVersion]:
        """Every recorded version of ``name``, oldest first."""
        rows = self._db.execute(
            f"SELECT v.name, v.version, v.origin, v.sha256, v.created, "
            f"(SELECT COUNT(*) FROM documents d WHERE d.gid = v.gid AND d.origin = v.origin), {SUPERSEDED} "
            "FROM file_versions v WHERE v.gid = ? AND v.name = ? ORDER BY v.version, v.created",
            (gid, name),
        ).fetchall()
        return [FileVersion(*r) for r in rows]

    def record_file_version(self, gid: int, name: str, version: int, origin: str, sha256: str) -> None:
        """Say that the file at ``origin`` is ``version`` of ``name`` (before indexing it: the
        row matters only once a document from ``origin`` is committed). A row left by a version
        that failed to index is replaced."""
        with self.transaction() as db:
            db.execute("DELETE FROM file_versions WHERE gid = ? AND name = ? AND version = ?", (gid, name, version))
            db.execute("INSERT OR REPLACE INTO file_versions VALUES (?, ?, ?, ?, ?, ?)",
                       (gid, name, version, origin, sha256, time.time()))

    def doc_versions(self, gid: int, doc_ids: Iterable[str] | None = None) -> dict[str, DocVersion]:
        """The version of each of ``doc_ids`` (of every document when None) that came from a
        versioned file; documents that did not are absent (version 1, current)."""
        sql = (f"SELECT d.doc_id, v.name, v.version, {SUPERSEDED} FROM documents d "
               "JOIN file_versions v ON v.gid = d.gid AND v.origin = d.origin WHERE d.gid = ?")
        found = {}
        for batch in _batches(doc_ids):
            where = "" if batch is None else f" AND d.doc_id IN ({','.join('?' * len(batch))})"
            for row in self._db.execute(sql + where, (gid, *(batch or ()))):
                found[row[0]] = DocVersion(*row)
        return found


def _batches(doc_ids: Iterable[str] | None, size: int = 500) -> Iterator[list[str] | None]:
    """``doc_ids`` in batches (SQLite bounds the parameters of a query); None means all."""
    if doc_ids is None:
        yield None
        return
    wanted = list(dict.fromkeys(doc_ids))
    for b in range(0, len(wanted), size):
        yield wanted[b : b + size]
