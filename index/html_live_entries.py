"""A live blog's entries, put back whole where a content extractor dropped parts of them.

A live-updates page writes each update as its own ``<article>`` or ``<section>``: a timestamp
(a ``<time>`` element), the update's own heading, its paragraphs, and at times a quotation or
a table. trafilatura reads a page of several such entries nested in the page's article poorly
(it may keep a few paragraphs and drop the headings, quotations and tables between them), and
whatever the template, those entries are the page's body. So: two or more sibling
``<article>``/``<section>`` elements that each hold a ``<time>``, a heading that is not a link
(a teaser card's headline links elsewhere; an entry's does not) and a paragraph are the entries,
and each entry's headings, paragraphs, quotations, list items and tables that are not in the
kept text are put back in the page's order. Nothing in navigation, a promo/share box, a form,
an aside or a button is taken, nor the entry's timestamp line, a line classed as metadata, or
a paragraph inside a quotation or table (those come whole).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .html_text import plain_words

Squash = Callable[[Any], str]
InChrome = Callable[[Any, Any], bool]
TableText = Callable[[Any], str]

_ENTRY_TAGS = ("article", "section")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CONTENT = (*_HEADINGS, "p", "blockquote", "li", "table")
_WHOLE = ("blockquote", "table")  # taken whole: nothing inside them is taken again
_LINK_SHARE = 0.5
_METADATA_MARKS = re.compile(r"meta|byline|author|date|time|posted|categor|tags?\b", re.IGNORECASE)


def live_entries(tree: Any, squash: Squash, in_chrome: InChrome) -> list[Any]:
    """The page's live-blog entries, in the page's order."""
    body = tree.find("body")
    if body is None:
        return []
    found: list[Any] = []
    for parent in body.iter():
        if not isinstance(parent.tag, str):
            continue
        for tag in _ENTRY_TAGS:
            entries = [c for c in parent if c.tag == tag and _is_entry(c, squash)]
            if len(entries) >= 2 and not in_chrome(parent, body):
                found.extend(entries)
    return found


def _is_entry(el: Any, squash: Squash) -> bool:
    if el.find(".//time") is None or next(el.iter("p"), None) is None:
        return False
    heading = next(el.iter(*_HEADINGS), None)
    if heading is None or not squash(heading):
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in heading.iter("a"))
    return links <= _LINK_SHARE * len(squash(heading))


def with_live_entries(blocks: list[str], tree: Any, squash: Squash, in_chrome: InChrome,
                      table_text: TableText) -> list[str]:
    """``blocks`` with every entry's missing text put back in the page's order: before the
    first kept block that stands after it in the page (a block not found as an element's text,
    a table, keeps the place of the one before it)."""
    entries = live_entries(tree, squash, in_chrome)
    if not entries:
        return blocks
    body = tree.find("body")
    order = {el: i for i, el in enumerate(body.iter())}
    first_at: dict[str, int] = {}
    for el, i in order.items():
        if isinstance(el.tag, str):
            first_at.setdefault(squash(el), i)
    keyed: list[tuple[int, str]] = []
    last = -1
    for block in blocks:
        last = first_at.get(block, last)
        keyed.append((last, block))
    joined = plain_words("\n".join(blocks))
    for entry in entries:
        for el in _content(entry, body, in_chrome):
            text = table_text(el) if el.tag == "table" else squash(el)
            words = plain_words(text)
            if not words or words in joined:
                continue
            at = order[el]
            index = next((k for k, (key, _) in enumerate(keyed) if key > at), len(keyed))
            keyed.insert(index, (at, text))
            joined += "\n" + words
    return [block for _, block in keyed]


def _content(entry: Any, body: Any, in_chrome: InChrome) -> list[Any]:
    out = []
    for el in entry.iter(*_CONTENT):
        if _inside_whole(el, entry):
            continue
        if el.tag == "li" and el.find(".//p") is not None:
            continue  # its paragraphs are taken one by one
        if in_chrome(el, body) or _METADATA_MARKS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        if _only_time(el):
            continue
        out.append(el)
    return out


def _inside_whole(el: Any, entry: Any) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is entry:
            return False
        if ancestor.tag in _WHOLE:
            return True
    return False


def _only_time(el: Any) -> bool:
    """A line that is only its timestamp ("11:48 p.m. ET" in a ``<time>``)."""
    times = " ".join(" ".join(t.text_content().split()) for t in el.iter("time"))
    return bool(times) and plain_words(times) == plain_words(el.text_content())
