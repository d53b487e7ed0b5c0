"""A headed table box the extractor dropped right after the article it kept.

A catalogue record keeps its holdings in a box of their own after the record and its action
links (``<div id="holdings"><h2>Copies</h2><table>...``): trafilatura keeps the record and drops
that box, so which library holds the book, and whether it is out, is lost. A box that is only a
heading over one table with a header row, standing after the kept box as its sibling with at
most a list of links (the record's actions) between them, and with nothing kept after it, is
part of the article, and its heading and rows are put back after the kept text. A box in
navigation or a promo box, or hidden from readers, stays out. Pure functions on an lxml tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from .html_text import plain_words, previous_element

Squash = Callable[[Any], str]
Rows = Callable[[Any], str]
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_MIN_ROWS = 2  # a header row and at least two rows of data
_KEPT_WORDS = 20  # the box before is the article: this many of its words were kept


def with_trailing_tables(blocks: list[str], tree: Any, squash: Squash, rows: Rows,
                         in_chrome: Callable[[Any, Any], bool]) -> list[str]:
    """``blocks`` with each dropped headed table box after the kept article put back at their
    end (above). ``rows``: a table's lines; ``in_chrome(el, root)``: whether ``el`` sits in
    navigation or a promo box."""
    body = tree.find("body")
    if body is None:
        return blocks
    out = list(blocks)
    for box in _table_boxes(body.iter("div", "section")):
        joined = plain_words("\n".join(out))
        if plain_words(squash(box)) in joined or in_chrome(box, body) or _hidden(box):
            continue
        if _after_article(box, joined, squash) and not _kept_after(box, joined, squash):
            heading, table = [c for c in box if isinstance(c.tag, str)]
            out += [squash(heading), rows(table)]
    return out


def _table_boxes(candidates: Iterable[Any]) -> list[Any]:
    """The boxes that hold a heading and then one table with a header row and two or more rows."""
    found = []
    for box in candidates:
        children = [c for c in box if isinstance(c.tag, str)]
        if len(children) != 2 or children[0].tag not in _HEADINGS or children[1].tag != "table":
            continue
        table = children[1]
        if next(table.iter("th"), None) is not None and len(list(table.iter("tr"))) > _MIN_ROWS:
            found.append(box)
    return found


def _after_article(box: Any, joined: str, squash: Squash) -> bool:
    """Whether the sibling before ``box`` (past at most one list of links) was kept, with at
    least :data:`_KEPT_WORDS` of its words."""
    before = previous_element(box)
    if before is not None and before.tag in ("ul", "ol") and _all_links(before):
        before = previous_element(before)
    if before is None:
        return False
    words = plain_words(squash(before))
    return len(words.split()) >= _KEPT_WORDS and words in joined


def _kept_after(box: Any, joined: str, squash: Squash) -> bool:
    after = box.getnext()
    while after is not None:
        words = plain_words(squash(after)) if isinstance(after.tag, str) else ""
        if words and words in joined:
            return True
        after = after.getnext()
    return False


def _all_links(el: Any) -> bool:
    text = re.sub(r"\s+", "", el.text_content())
    return bool(text) and re.sub(r"\s+", "", "".join(a.text_content() for a in el.iter("a"))) == text


def _hidden(el: Any) -> bool:
    return any(node.get("aria-hidden") == "true" or node.get("hidden") is not None
               for node in (el, *el.iterancestors()))
