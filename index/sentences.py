"""Sentence boundaries as character spans, so every piece of text keeps its offsets.

A regex splitter rather than punkt: it is fast, deterministic and knows the
abbreviations news text is full of (U.S., Mr., Gov., Jan.), which is what matters here.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st sen rep gov gen col lt sgt capt cmdr adm pres
    rev hon vs etc e.g i.e u.s u.k u.n e.u inc ltd co corp no nos fig vol ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est approx ca fl""".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes or brackets,
# whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•¿¡])")
_PARAGRAPH = re.compile(r"[^\n]+")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"'“‘":
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # Single letters ("J. Smith") and dotted initialisms ("U.S", "a.m"), also right after a full
    # stop that lost its space ("... and actor.H. Bruce Humberstone": the initial, not "actor.H").
    tail = word.rsplit(".", 1)[-1]
    return len(tail) == 1 and tail.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        first_punct = match.start()
        if _is_abbreviation(text, first_punct):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return spans


def split_sentences(text: str) -> list[Span]:
    """Spans ``(start, end)`` of the sentences of ``text``; a line break always ends one.

    Spans never include surrounding whitespace, so ``text[start:end].strip()`` is a no-op.
    """
    spans: list[Span] = []
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.extend(_split_paragraph(text, start, end))
    return spans
