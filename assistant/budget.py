"""Fit numbered passages and earlier turns into a generator's context window.

Pure functions over token counts (tiktoken, through ``index.tokens``, the project's one
tiktoken user). Passage ``[n]`` is ``passages[n - 1]`` of the list the retriever returned,
and packing never renumbers: it keeps a prefix of the list, so a passage that survives,
whole or cut, keeps its number and the citations in a draft still point at the right one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from index.retrieval import Passage
from index.sentences import split_sentences
from index.tokens import count_tokens, encoding

from .answer import Turn

__all__ = ["MIN_CUT_TOKENS", "PASSAGE_SEPARATOR", "format_passage", "pack_history", "pack_passages", "truncate"]

# A passage cut shorter than this is more likely to mislead (a dangling half-fact) than to
# help, so below it the passage is dropped instead.
MIN_CUT_TOKENS = 40
PASSAGE_SEPARATOR = "\n\n"

Render = Callable[[int, Passage], str]


def format_passage(n: int, passage: Passage) -> str:
    """``[n] (title, date) text``: the form a model sees and cites by number."""
    label = ", ".join(part for part in (passage.title, passage.date) if part)
    header = f"[{n}] ({label}) " if label else f"[{n}] "
    return header + " ".join(passage.text.split())


def pack_passages(passages: Sequence[Passage], budget_tokens: int, reserve_tokens: int,
                  render: Render = format_passage) -> tuple[list[Passage], list[str]]:
    """The passages that fit in ``budget_tokens - reserve_tokens``, in rank order, and notes on cuts.

    Each passage costs the tokens of ``render(n, passage)`` plus a separator. The first
    passage that does not fit whole is cut at a sentence boundary (between words if its first
    sentence alone is too long) when at least ``MIN_CUT_TOKENS`` of room are left, else
    dropped; every passage after it is dropped.
    """
    room = budget_tokens - reserve_tokens
    kept: list[Passage] = []
    for n, passage in enumerate(passages, start=1):
        cost = _cost(n, passage, render)
        if cost <= room:
            kept.append(passage)
            room -= cost
            continue
        notes: list[str] = []
        cut = truncate(n, passage, room, render)
        if cut is not None:
            kept.append(cut)
            notes.append(f"passage [{n}] cut to {_cost(n, cut, render):,} of {cost:,} tokens")
        first_dropped = n + 1 if cut is not None else n
        if first_dropped <= len(passages):
            notes.append(f"{_span(first_dropped, len(passages))} dropped: over the "
                         f"{budget_tokens:,}-token context budget")
        return kept, notes
    return kept, []


def truncate(n: int, passage: Passage, room: int, render: Render = format_passage) -> Passage | None:
    """``passage`` cut to its longest sentence prefix costing at most ``room``; None if too little fits."""
    if room - _cost(n, replace(passage, text=""), render) < MIN_CUT_TOKENS:
        return None
    best: Passage | None = None
    for _, end in split_sentences(passage.text):  # costs only grow, so stop at the first overflow
        candidate = _prefix(passage, end)
        if _cost(n, candidate, render) > room:
            break
        best = candidate
    if best is None or count_tokens(best.text) < MIN_CUT_TOKENS:
        # The first sentences alone are too long (tables, run-on text): cut between words
        # rather than waste the room or drop a passage that has something to say.
        best = _word_cut(n, passage, room, render) or best
    return best


def pack_history(history: Sequence[Turn], budget_tokens: int,
                 per_turn_tokens: int = 0) -> tuple[list[Turn], list[str]]:
    """The most recent turns that fit in ``budget_tokens`` (oldest dropped first), and a note."""
    room = budget_tokens
    start = len(history)
    while start > 0:
        cost = count_tokens(history[start - 1].content) + per_turn_tokens
        if cost > room:
            break
        room -= cost
        start -= 1
    if start == 0:
        return list(history), []
    kind = "turn" if start == 1 else "turns"
    return list(history[start:]), [f"{start} earliest conversation {kind} left out to fit the context window"]


def _cost(n: int, passage: Passage, render: Render) -> int:
    return count_tokens(render(n, passage) + PASSAGE_SEPARATOR)


def _prefix(passage: Passage, end: int) -> Passage:
    # Offsets stay true to the source document, so a citation's quote can still be located.
    text = passage.text[:end].rstrip()
    return replace(passage, text=text, end=passage.start + len(text))


def _word_cut(n: int, passage: Passage, room: int, render: Render) -> Passage | None:
    """The longest prefix ending at a word boundary that costs at most ``room``."""
    header = _cost(n, replace(passage, text=""), render)
    tokens = encoding().encode_ordinary(passage.text)
    # Decoding a token prefix gives about the right length (a token may split a multibyte
    # character), so it only picks where to start looking for a word boundary in the text.
    end = _word_end(passage.text, len(encoding().decode(tokens[: max(room - header, 0)])) + 1)
    while end > 0 and _cost(n, _prefix(passage, end), render) > room:
        end = _word_end(passage.text, end)
    return _prefix(passage, end) if end > 0 else None


def _word_end(text: str, limit: int) -> int:
    """The position of the last whitespace before ``limit``, or 0."""
    return max(0, *(text.rfind(c, 0, limit) for c in " \n\t"))


def _span(first: int, last: int) -> str:
    return f"passage [{first}]" if first == last else f"passages [{first}]-[{last}]"
