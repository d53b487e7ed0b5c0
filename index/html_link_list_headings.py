"""A related-links box's heading left behind: ``<h2>Associated links</h2><ul><li><a>...</a></li>
...</ul>``. The extractor drops the list, all links, as navigation, but can keep the heading over
it, which then heads nothing and names the box, not the page's text. A kept heading goes when
every word of its section (the siblings after it up to the next heading) is link text and none
of that section was kept. Pure functions on an lxml tree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Squash = Callable[[Any], str]
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def without_link_list_headings(blocks: list[str], tree: Any, squash: Squash) -> list[str]:
    """``blocks`` without the headings of dropped link lists (above)."""
    body = tree.find("body")
    if body is None:
        return blocks
    kept = set(blocks)
    orphans = {squash(h) for h in body.iter(*_HEADINGS)
               if squash(h) in kept and _heads_dropped_links(h, kept, squash)}
    return [b for b in blocks if b not in orphans] if orphans else blocks


def _heads_dropped_links(heading: Any, kept: set[str], squash: Squash) -> bool:
    section = _section(heading)
    if not section:
        return False
    text = " ".join(squash(el) for el in section).split()
    links = " ".join(squash(a) for el in section for a in el.iter("a")).split()
    return bool(text) and text == links and not any(squash(part) in kept for el in section for part in el.iter())


def _section(heading: Any) -> list[Any]:
    """The element siblings after ``heading`` up to the next heading; [] if text stands loose among them."""
    out: list[Any] = []
    el = heading.getnext()
    while el is not None and isinstance(el.tag, str) and el.tag not in ("h1", *_HEADINGS):
        if (el.tail or "").strip():
            return []
        out.append(el)
        el = el.getnext()
    return out
