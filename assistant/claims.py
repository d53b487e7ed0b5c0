"""Splitting a response into atomic claims, and sources into sentences, with offsets."""

from __future__ import annotations

import re

from index.sentences import Span, split_sentences

from .markers import strip_markers

# Sources pasted together often lose the space after a full stop ("century.First").
# ("century.First", "on the U55 .The Reichstag", "and actor.H. Bruce Humberstone", "Pictures."The Watercolor" is",
# "Productions.A Kid in King Arthur's Court is")
_GLUED = re.compile(r"(?:(?<=[a-z0-9)\]”\"'])|(?<=[a-z0-9] ))([.!?])"
                    r"(?=[\"“]?[A-Z][a-z]|[A-Z]\.\s?[A-Z]|(?:A|An|I)\s+[A-Za-z])")
# what a split at a glued stop may not leave alone: an abbreviation that opens a name ("College.St. John's College")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")
# Independent clauses joined by a conjunction or a semicolon are separate facts.
_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas|although|though)\s+|\s+but\s+")
_MIN_CLAUSE_WORDS = 4


def source_sentences(text: str) -> list[Span]:
    """Sentence spans of a source, also split where a full stop lost its space."""
    spans: list[Span] = []
    for start, end in split_sentences(text):
        cursor = start
        for m in _GLUED.finditer(text, start, end):
            if text[m.end()] == '"' and text.count('"', cursor, m.start()) % 2:
                continue  # the quotation mark closes a quotation ('said "No."Then'): no new sentence opens there
            spans.append((cursor, m.end()))
            cursor = m.end()
        spans.append((cursor, end))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    merged: list[Span] = []
    for s, e in spans:  # "St." cut off its name: the next sentence starts with it
        before = merged[-1] if merged else None
        if before and _ABBREVIATION.fullmatch(text[before[0] : before[1]]) and text[before[1] : s].isspace():
            s = merged.pop()[0]
        merged.append((s, e))
    return merged


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
