"""Splitting a response into atomic claims, and sources into sentences, with offsets."""

from __future__ import annotations

import re

from index.sentences import Span, split_sentences

from .markers import strip_markers

# Sources pasted together often lose the space after a full stop ("century.First").
# ("century.First", "on the U55 .The Reichstag", "and actor.H. Bruce Humberstone")
_GLUED = re.compile(r"(?:(?<=[a-z0-9)\]”\"'])|(?<=[a-z0-9] ))([.!?])(?=[A-Z][a-z]|[A-Z]\.\s?[A-Z])")
# Independent clauses joined by a conjunction or a semicolon are separate facts.
_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|though)\s+|\s+but\s+")
_MIN_CLAUSE_WORDS = 4


def source_sentences(text: str) -> list[Span]:
    """Sentence spans of a source, also split where a full stop lost its space."""
    spans: list[Span] = []
    for start, end in split_sentences(text):
        cursor = start
        for m in _GLUED.finditer(text, start, end):
            spans.append((cursor, m.end()))
            cursor = m.end()
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_claims(text: str) -> list[str]:
    """Sentences, further split into clauses where a sentence joins several facts.

    A clause too short to stand alone (fewer than four words) stays with its sentence,
    so "Delhi" or "He resigned, but only in 2019" are not torn apart into fragments.
    """
    text = strip_markers(text)
    claims: list[str] = []
    for start, end in source_sentences(text):
        claims.extend(_clauses(text[start:end]))
    return [c for c in claims if re.search(r"\w", c)]


def _clauses(sentence: str) -> list[str]:
    parts = [p.strip(" ,;") for p in _CLAUSE.split(sentence)]
    if len(parts) == 1 or any(len(p.split()) < _MIN_CLAUSE_WORDS for p in parts):
        return [sentence.strip()]
    return parts
