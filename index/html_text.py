"""The text of an lxml element as the HTML extractor reads it, and the small walks over a tree
that every step of :mod:`index.extract_html` shares.

A leaf module of the HTML extractor: its steps (parsing, block walking, chrome, lead, dates)
and the ``html_*`` helpers import it; it imports none of them. Pure functions on an lxml tree.
"""

from __future__ import annotations

import re
from typing import Any

# Inline elements (trafilatura's highlight, link, line break, deletion, and HTML's own); every
# other element is a block that must not run into its neighbours.
INLINE_OUT = frozenset(
    "hi ref lb del a span b strong em i u s q small abbr sub sup cite mark time code label font ins kbd var dfn"
    " br".split())
BREAKS = frozenset({"lb", "br"})


def squash(el: Any) -> str:
    """The text of ``el`` on one line; a line break or a block inside it is a space."""
    parts: list[str] = []

    def add(node: Any) -> None:
        spaced = isinstance(node.tag, str) and (node.tag not in INLINE_OUT or node.tag in BREAKS)
        if spaced:
            parts.append(" ")
        if isinstance(node.tag, str):
            parts.append(node.text or "")
            for child in node:
                add(child)
                parts.append(child.tail or "")
        if spaced:
            parts.append(" ")

    parts.append(el.text or "")
    for child in el:
        add(child)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def visible_text(tree: Any) -> str:
    body = tree.find("body")
    if body is None:
        return ""
    return " ".join(t for el in body.iter() if el.tag not in ("script", "style")
                    for t in (el.text, el.tail) if t)


def is_prose(text: str) -> bool:
    return len(text.split()) >= 6 and text.rstrip("\"'’”)")[-1:] in ".!?"


def plain_words(text: str) -> str:
    """``text``'s words in lower case, one space apart: the form two texts are compared in when
    one may stand inside the other with other spacing, punctuation or case."""
    return " ".join(re.findall(r"\w+", text.lower()))


def next_element(el: Any) -> Any:
    """The element after ``el`` among its siblings (comments and processing instructions
    skipped); None when there is none."""
    return _sibling(el, forward=True)


def previous_element(el: Any) -> Any:
    """The element before ``el`` among its siblings (comments and processing instructions
    skipped); None when there is none."""
    return _sibling(el, forward=False)


def _sibling(el: Any, forward: bool) -> Any:
    node = el.getnext() if forward else el.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext() if forward else node.getprevious()
    return node
