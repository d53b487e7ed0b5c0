"""Subheadings a content extractor dropped from the middle of an article's text: an intranet
page's rich-text block ("<h2>Opening hours</h2>" between two paragraphs) can come out of
trafilatura with its paragraphs and without its headings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .html_text import next_element

_SUBHEADS = ("h2", "h3", "h4")
_HEADING_WORDS = 12


def with_inner_headings(blocks: list[str], tree: Any, squash: Callable[[Any], str]) -> list[str]:
    """``blocks`` with each short ``<h2>``-``<h4>`` put back before the paragraph (or table) it heads,
    when that paragraph and an earlier one of the same container were kept (so the heading
    stands inside the text, not in a box around it). ``squash``: an element's one-line text."""
    kept = set(blocks)
    bare = {_bare(b) for b in blocks}
    out = list(blocks)
    for heading in tree.iter(*_SUBHEADS):
        text = squash(heading)
        if not text or text in kept or _bare(text) in bare or len(text.split()) > _HEADING_WORDS:
            continue
        after = _next_kept_paragraph(heading, kept, squash) or _next_kept_table(heading, out, squash)
        if after is not None and _earlier_kept_paragraph(heading, kept, squash):
            out.insert(out.index(after), text)
            kept.add(text)
    return out


def _next_kept_paragraph(heading: Any, kept: set[str], squash: Callable[[Any], str]) -> str | None:
    nxt = next_element(heading)
    if nxt is None or nxt.tag != "p":
        return None
    text = squash(nxt)
    return text if text in kept else None


def _earlier_kept_paragraph(heading: Any, kept: set[str], squash: Callable[[Any], str]) -> bool:
    before = heading.itersiblings(preceding=True)
    return any(isinstance(el.tag, str) and el.tag == "p" and squash(el) in kept for el in before)


def _next_kept_table(heading: Any, blocks: list[str], squash: Callable[[Any], str]) -> str | None:
    """The kept block of the table right after ``heading`` ("<h3>Route data</h3><table>"): the one
    holding the cells of its first body row."""
    nxt = next_element(heading)
    if nxt is None or nxt.tag != "table":
        return None
    first = next((row for row in nxt.iter("tr") if any(True for _ in row.iter("td"))), None)
    cells = [squash(td) for td in first.iter("td")] if first is not None else []
    if not any(cells):
        return None
    return next((b for b in blocks if all(cell in b for cell in cells)), None)


def _bare(text: str) -> str:
    """A heading's words without the permalink mark a template appends to it ("Results #", "Results ¶")."""
    return text.rstrip("#¶§ ")
