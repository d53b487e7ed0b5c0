"""A related-links box's heading left behind: ``<h2>Associated links</h2><ul><li><a>...</a></li>
...</ul>``. The extractor drops the list, all links, as navigation, but can keep the heading over
it, which then heads nothing and names the box, not the page's text. A kept heading goes when
every word of its section (the siblings after it up to the next heading, or up to a box that
opens with a heading of its own) is the text of links or buttons and none of that section was
kept.

Where the links are cards, each a block of its own wrapped in one link (``<a href="..."><p>Next
post's title</p><p>Oct 30, 2026</p></a>``: a "More from the journal" row of other posts), the
extractor may keep their text as paragraphs; the heading and those paragraphs go together: a
card's whole text is a link to another page, not a part of this one. Pure functions on an lxml
tree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .dates import iso_date

Squash = Callable[[Any], str]
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CARD_BLOCKS = ("p", "div", "h2", "h3", "h4", "h5", "h6", "span")
_MIN_CARDS = 2


def without_link_list_headings(blocks: list[str], tree: Any, squash: Squash) -> list[str]:
    """``blocks`` without the headings of dropped link lists, and without the headings of
    link-card rows with the cards' paragraphs (above)."""
    body = tree.find("body")
    if body is None:
        return blocks
    kept = set(blocks)
    orphans = {squash(h) for h in body.iter(*_HEADINGS)
               if squash(h) in kept and _heads_dropped_links(h, kept, squash)}
    for heading in body.iter(*_HEADINGS):
        if squash(heading) in kept:
            orphans |= _dated_teasers(heading, squash)
    blocks = [b for b in blocks if b not in orphans] if orphans else blocks
    for heading in body.iter(*_HEADINGS):
        blocks = _without_card_row(blocks, heading, squash)
    return blocks


def _heads_dropped_links(heading: Any, kept: set[str], squash: Squash) -> bool:
    section = _section(heading)
    if not section:
        return False
    text = " ".join(squash(el) for el in section).split()
    links = " ".join(squash(a) for el in section for a in el.iter("a", "button")).split()
    return bool(text) and text == links and not any(squash(part) in kept for el in section for part in el.iter())


def _dated_teasers(heading: Any, squash: Squash) -> set[str]:
    """``heading`` and the entries of its section, when each entry is a link to another page and
    that page's date ("<a>New databases on trial</a> <span>20.11.2026</span>"): a list of
    other pages' teasers, whose heading names the box, not the page's text; else none."""
    entries = [el for box in _section(heading) for el in _entries(box)]
    if not entries or not all(_dated_link(el, squash) for el in entries):
        return set()
    return {squash(heading), *(squash(el) for el in entries)}


def _entries(box: Any) -> list[Any]:
    """A list's items, or the box itself when it holds no list."""
    return list(box.iter("li")) or [box]


def _dated_link(entry: Any, squash: Squash) -> bool:
    links = list(entry.iter("a"))
    if len(links) != 1 or not squash(links[0]):
        return False
    rest = squash(entry).replace(squash(links[0]), "", 1).strip()
    return bool(rest) and bool(iso_date(rest))


def _without_card_row(blocks: list[str], heading: Any, squash: Squash) -> list[str]:
    """``blocks`` without ``heading`` and the kept paragraphs of the link cards its section
    holds and nothing else (at least :data:`_MIN_CARDS`), when they follow it as kept."""
    title = squash(heading)
    if title not in blocks:
        return blocks
    section = _section(heading)
    cards = [a for el in section for a in el.iter("a")]
    text = " ".join(squash(el) for el in section).split()
    if len(cards) < _MIN_CARDS or text != " ".join(squash(a) for a in cards).split() \
            or not all(any(isinstance(c.tag, str) and c.tag in _CARD_BLOCKS for c in a) for a in cards):
        return blocks
    parts = {squash(part) for a in cards for part in a.iter() if isinstance(part.tag, str)}
    at = blocks.index(title)
    end = at + 1
    while end < len(blocks) and blocks[end] in parts:
        end += 1
    return [*blocks[:at], *blocks[end:]] if end > at + 1 else blocks


def _section(heading: Any) -> list[Any]:
    """The element siblings after ``heading`` up to the next heading or a box that opens with
    one; [] if text stands loose among them."""
    out: list[Any] = []
    el = heading.getnext()
    while el is not None and isinstance(el.tag, str) and el.tag not in ("h1", *_HEADINGS) \
            and not _opens_with_heading(el):
        if (el.tail or "").strip():
            return []
        out.append(el)
        el = el.getnext()
    return out


def _opens_with_heading(el: Any) -> bool:
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and first.tag in ("h1", *_HEADINGS) and not (el.text or "").strip()
