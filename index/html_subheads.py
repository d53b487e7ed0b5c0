"""Subheadings a content extractor dropped from the middle of an article's text: an intranet
page's rich-text block ("<h2>Opening hours</h2>" between two paragraphs) can come out of
trafilatura with its paragraphs and without its headings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_SUBHEADS = ("h2", "h3", "h4")
_HEADING_WORDS = 12


def with_inner_headings(blocks: list[str], tree: Any, squash: Callable[[Any], str]) -> list[str]:
    """``blocks`` with each short ``<h2>``-``<h4>`` put back before the paragraph it heads,
    when that paragraph and an earlier one of the same container were kept (so the heading
    stands inside the text, not in a box around it). ``squash``: an element's one-line text."""
    kept = set(blocks)
    out = list(blocks)
    for heading in tree.iter(*_SUBHEADS):
        text = squash(heading)
        if not text or text in kept or len(text.split()) > _HEADING_WORDS:
            continue
        after = _next_kept_paragraph(heading, kept, squash)
        if after is not None and _earlier_kept_paragraph(heading, kept, squash):
            out.insert(out.index(after), text)
            kept.add(text)
    return out


def _next_kept_paragraph(heading: Any, kept: set[str], squash: Callable[[Any], str]) -> str | None:
    nxt = heading.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag != "p":
        return None
    text = squash(nxt)
    return text if text in kept else None


def _earlier_kept_paragraph(heading: Any, kept: set[str], squash: Callable[[Any], str]) -> bool:
    before = heading.itersiblings(preceding=True)
    return any(isinstance(el.tag, str) and el.tag == "p" and squash(el) in kept for el in before)
