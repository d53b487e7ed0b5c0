"""A paragraph of Markdown that is a bar of links to other pages, not text.

Handbooks and docs sites end a chapter with "See also: [Club rules](../rules.md) · [River
levels](./levels.md) · [Coaching](../coaching/)", and wikis open one with "[Home](/) | [Guides](/g)
| [FAQ](/faq)": three links or more with nothing between them but separators, after at most a
short label ending in a colon. It is a menu written inline (the web page's link bar, see
:mod:`index.html_link_labels`), whatever words the links hold."""

from __future__ import annotations

import re
from typing import Any

_BAR_LINKS = 3
_LABEL_WORDS = 4
_SEPARATORS = re.compile(r"^[\s|·•/»«>–—,;-]*$")


def is_link_bar(inline: Any) -> bool:
    """Whether markdown-it's ``inline`` token is three links or more, separated by separators
    only, after at most a label of :data:`_LABEL_WORDS` words ending in a colon."""
    outside: list[str] = []
    links, depth = 0, 0
    for child in inline.children or []:
        if child.type == "link_open":
            links, depth = links + (depth == 0), depth + 1
        elif child.type == "link_close":
            depth -= 1
        elif depth == 0:
            outside.append(" " if child.type in ("softbreak", "hardbreak") else child.content)
    if links < _BAR_LINKS:
        return False
    rest = "".join(outside)
    label, colon, after = rest.partition(":")
    if colon and len(label.split()) <= _LABEL_WORDS and _SEPARATORS.match(after):
        return True
    return bool(_SEPARATORS.match(rest))
