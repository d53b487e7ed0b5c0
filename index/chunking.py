"""Sentence-aware chunking sized in tiktoken tokens, keeping exact character offsets.

Every chunk is ``document.text[start:end]``: chunks are spans of whole sentences
(a sentence longer than the budget is cut at word boundaries), packed greedily up
to ``chunk_tokens``, and each chunk after the first starts with the trailing
sentences of the previous one, up to ``chunk_overlap`` tokens.
"""

from __future__ import annotations

import re

from .documents import Chunk, Document
from .errors import ConfigError
from .sentences import Span, split_sentences
from .tokens import count_tokens_batch

_WORD = re.compile(r"\S+")


def _split_long(text: str, span: Span, limit: int) -> list[tuple[Span, int]]:
    """Cut one over-long sentence into word-boundary pieces of at most ``limit`` tokens."""
    words = [m.span() for m in _WORD.finditer(text, span[0], span[1])]
    counts = count_tokens_batch([" " + text[s:e] for s, e in words])
    pieces: list[tuple[Span, int]] = []
    piece_start, total = words[0][0], 0
    prev_end = words[0][1]
    for (s, e), n in zip(words, counts):
        if total and total + n > limit:
            pieces.append(((piece_start, prev_end), total))
            piece_start, total = s, 0
        total += n
        prev_end = e
    pieces.append(((piece_start, prev_end), total))
    return pieces


def _units(text: str, limit: int) -> list[tuple[Span, int]]:
    """Sentences with their token counts, long ones already cut to fit."""
    spans = split_sentences(text)
    counts = count_tokens_batch([text[s:e] for s, e in spans])
    units: list[tuple[Span, int]] = []
    for span, n in zip(spans, counts):
        units.extend(_split_long(text, span, limit) if n > limit else [(span, n)])
    return units


def _pack(units: list[tuple[Span, int]], limit: int, overlap: int) -> list[list[int]]:
    """Greedy packing of unit indices into windows, each starting with an overlap tail."""
    windows: list[list[int]] = []
    current: list[int] = []
    size = 0
    for i, (_, n) in enumerate(units):
        if current and size + n > limit:
            windows.append(current)
            current, size = _overlap_tail(units, current, overlap, limit - n)
        current.append(i)
        size += n
    if current:
        windows.append(current)
    return windows


def _overlap_tail(
    units: list[tuple[Span, int]], window: list[int], overlap: int, room: int
) -> tuple[list[int], int]:
    tail: list[int] = []
    size = 0
    for i in reversed(window[1:]):  # never repeat a whole window
        n = units[i][1]
        if size + n > min(overlap, room):
            break
        tail.insert(0, i)
        size += n
    return tail, size


def chunk_document(document: Document, chunk_tokens: int, chunk_overlap: int) -> list[Chunk]:
    """The chunks of ``document``; ids are content-addressed so a changed text gets new ids."""
    if chunk_tokens < 16 or not 0 <= chunk_overlap < chunk_tokens:
        raise ConfigError(
            f"chunk size {chunk_tokens} / overlap {chunk_overlap} is invalid: "
            "use --chunk-tokens >= 16 and 0 <= --chunk-overlap < --chunk-tokens"
        )
    text = document.text
    units = _units(text, chunk_tokens)
    prefix = f"{document.doc_id}-{document.content_hash[:12]}"
    chunks = []
    for ordinal, window in enumerate(_pack(units, chunk_tokens, chunk_overlap)):
        start, end = units[window[0]][0][0], units[window[-1]][0][1]
        n_tokens = sum(units[i][1] for i in window)
        chunks.append(
            Chunk(f"{prefix}-{ordinal:04d}", document.doc_id, ordinal, start, end, text[start:end], n_tokens)
        )
    return chunks
