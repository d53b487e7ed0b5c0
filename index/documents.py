"""Value types that flow through ingestion: documents with provenance, and their chunks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A cleaned document and where it came from.

    ``text`` is the cleaned text every chunk offset points into. ``origin`` is the
    path the user asked to index (a folder or file); documents that vanish from an
    origin are removed on the next index run of that origin.
    """

    doc_id: str
    text: str
    title: str
    source: str
    origin: str
    url: str = ""
    date: str = ""

    @property
    def content_hash(self) -> str:
        """Hash of everything that, when changed, means the document must be re-embedded."""
        h = hashlib.sha256()
        for part in (self.text, self.title, self.source, self.url, self.date):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True)
class Chunk:
    """A contiguous span of a document: ``document.text[start:end] == text``."""

    chunk_id: str
    doc_id: str
    ordinal: int
    start: int
    end: int
    text: str
    n_tokens: int


@dataclass(frozen=True)
class Problem:
    """A file (or a line of one) that could not be loaded, with what to do about it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class LoadResult:
    """What walking the input paths produced."""

    documents: list[Document]
    problems: list[Problem]
    skipped: list[str]


def stable_id(*parts: str) -> str:
    """A short id that is the same on every machine for the same parts."""
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:16]
