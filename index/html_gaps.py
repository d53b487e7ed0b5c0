"""Headings, short lists and paragraphs a content extractor dropped between kept blocks.

trafilatura can drop an element from the middle of an article while keeping its neighbours:
a heading made of a styled ``<span>`` over a table, a heading with the bulleted list under it
(a published Google Doc), the second of two headed boxes side by side ("What was claimed",
"Our verdict"). When an element's siblings before and after it were both kept (or it opens a
box whose sibling before it opens the same way and was kept, and the element after it was
kept), it stands inside the text, not in a box around it, and is put back. Only headings, paragraphs and
lists are put back, and none that sits in navigation or a promo box, that is mostly link
text, that the page hides from readers (``aria-hidden``), that its class calls a byline or
metadata, or that holds no letter (a rule of dots or dashes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .html_text import plain_words, previous_element

_FILLABLE = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "ul", "ol"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_GAP_ELEMENTS = 3  # at most this many elements in a row are put back ...
_GAP_WORDS = 80  # ... and this many words
_HEADING_WORDS = 12
_LINK_SHARE = 0.5
_LETTER = re.compile(r"[^\W\d_]")
_METADATA_MARKS = re.compile(r"meta|byline|author|date|time|posted|categor|tags?\b", re.IGNORECASE)

Squash = Callable[[Any], str]


def with_gaps_filled(blocks: list[str], tree: Any, squash: Squash, in_chrome: Callable[[Any, Any], bool]) -> list[str]:
    """``blocks`` with the elements dropped between two kept ones put back before the block of
    the kept one after them. ``squash``: an element's one-line text; ``in_chrome(el, root)``:
    whether ``el`` sits in navigation or a promo box."""
    out = list(blocks)
    body = tree.find("body")
    if body is None:
        return out
    joined = plain_words("\n".join(out))
    for parent in body.iter():
        if not isinstance(parent.tag, str):
            continue
        children = [c for c in parent if isinstance(c.tag, str) and squash(c)]
        for i, child in enumerate(children):
            if i + 1 >= len(children) or _kept(child, joined, squash):
                continue
            if not _kept_before(children, i, joined, squash):
                continue
            gap, j = [], i
            while j < len(children) and not _kept(children[j], joined, squash):
                gap.append(children[j])
                j += 1
            if j >= len(children) or not _fillable(gap, squash, in_chrome, body):
                continue
            at = _block_of(children[j], out, squash)
            if at is None:
                continue
            out[at:at] = [text for el in gap for text in _texts(el, squash)]
            joined = plain_words("\n".join(out))
    return out


def _kept_before(children: list[Any], i: int, joined: str, squash: Squash) -> bool:
    if i > 0:
        return _kept(children[i - 1], joined, squash)
    # the first element of a box: put back when the box before it is built the same way (a
    # heading of the same level first) and was kept, as the second of two headed boxes
    first = children[i]
    parent = first.getparent()
    before = parent.getprevious() if parent is not None else None
    while before is not None and not (isinstance(before.tag, str) and squash(before)):
        before = before.getprevious()
    if before is None or before.tag != parent.tag or not _kept(before, joined, squash):
        return False
    opening = next((c for c in before if isinstance(c.tag, str) and squash(c)), None)
    return opening is not None and opening.tag == first.tag


def _kept(el: Any, joined: str, squash: Squash) -> bool:
    """Whether ``el``'s words stand, in order, in the kept text ``joined`` (as words)."""
    words = plain_words(squash(el))
    return bool(words) and words in joined


def _fillable(gap: list[Any], squash: Squash, in_chrome: Callable[[Any, Any], bool], body: Any) -> bool:
    if not gap or len(gap) > _GAP_ELEMENTS:
        return False
    if sum(len(squash(el).split()) for el in gap) > _GAP_WORDS:
        return False
    for el in gap:
        text = squash(el)
        fillable = el.tag in _FILLABLE or _is_section_box(el, squash)
        if not fillable or in_chrome(el, body) or _hidden(el) or not _LETTER.search(text):
            return False  # a rule drawn with dots or dashes is no text
        if _METADATA_MARKS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return False  # a byline or a post's date and category line
        if el.tag in _HEADINGS and len(text.split()) > _HEADING_WORDS:
            return False
        links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if links > _LINK_SHARE * len(text):
            return False
    return True


def _is_section_box(el: Any, squash: Squash) -> bool:
    """A ``<div>`` or ``<section>`` right after a heading that only wraps that heading's
    paragraphs and lists (a wiki writes each section so: ``<h2>`` then ``<div class="level2"><ol>...``)."""
    if el.tag not in ("div", "section"):
        return False
    before = previous_element(el)
    if before is None or before.tag not in _ALL_HEADINGS:
        return False  # only a heading's own section: an ad slot's box between paragraphs is none
    children = [c for c in el if isinstance(c.tag, str) and squash(c)]
    return bool(children) and all(c.tag in _FILLABLE for c in children)


def _hidden(el: Any) -> bool:
    return any(node.get("aria-hidden") == "true" for node in (el, *el.iterancestors()))


def _texts(el: Any, squash: Squash) -> list[str]:
    if el.tag in ("div", "section"):
        return [text for child in el if isinstance(child.tag, str) and squash(child) for text in _texts(child, squash)]
    if el.tag in ("ul", "ol"):
        return [t for li in el if isinstance(li.tag, str) and (t := squash(li))]
    return [squash(el)]


def _block_of(el: Any, blocks: list[str], squash: Squash) -> int | None:
    """The index of the block that ``el``'s text opens."""
    words = plain_words(squash(el))
    for i, block in enumerate(blocks):
        own = plain_words(block)
        if own and (words.startswith(own) or own.startswith(words)):
            return i
    return None


_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SECTION_OPENERS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6"})


def with_section_headings(blocks: list[str], tree: Any, squash: Squash,
                          in_chrome: Callable[[Any, Any], bool]) -> list[str]:
    """``blocks`` with a dropped heading put back before the kept text of the section box right
    after it: a wiki (and some site builders) write a heading and then its section as a sibling
    ``<div>`` (``<h2>After use</h2><div class="level2"><p>...``), and an extractor that keeps the
    section's paragraphs can lose the heading over them. The heading must be short, have a
    letter, be visible, not sit in navigation or a promo box, not be classed as a date or
    byline, and not be mostly link text."""
    out = list(blocks)
    body = tree.find("body")
    if body is None:
        return out
    joined = plain_words("\n".join(out))
    for heading in body.iter(*_ALL_HEADINGS):
        text = squash(heading)
        if not text or _kept(heading, joined, squash) or len(text.split()) > _HEADING_WORDS:
            continue
        if not _LETTER.search(text) or in_chrome(heading, body) or _hidden(heading):
            continue
        if _METADATA_MARKS.search(f"{heading.get('class') or ''} {heading.get('id') or ''}"):
            continue  # a blog's date header over the day's posts
        if sum(len(" ".join(a.text_content().split())) for a in heading.iter("a")) > _LINK_SHARE * len(text):
            continue
        box = heading.getnext()
        while box is not None and not (isinstance(box.tag, str) and squash(box)):
            box = box.getnext()
        if box is None or box.tag not in ("div", "section"):
            continue
        opener = next((el for el in box.iter(*_SECTION_OPENERS) if squash(el)), None)
        if opener is None or not _kept(opener, joined, squash):
            continue
        at = _block_of(opener, out, squash)
        if at is None:
            continue
        out[at:at] = [text]
        joined = plain_words("\n".join(out))
    return out
