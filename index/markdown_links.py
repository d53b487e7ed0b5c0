"""A paragraph of Markdown that is a bar of links to other pages, not text.

Handbooks and docs sites end a chapter with "See also: [Club rules](../rules.md) · [River
levels](./levels.md) · [Coaching](../coaching/)", and wikis open one with "[Home](/) | [Guides](/g)
| [FAQ](/faq)": three links or more with nothing between them but separators, after at most a
short label ending in a colon. It is a menu written inline (the web page's link bar, see
:mod:`index.html_link_labels`), whatever words the links hold. A paragraph that is one back
link and nothing else ("[← All posts](/posts/)", "[Back to the blog](/blog/)") is the template's
way back to a listing, as on a web page. A paragraph that is nothing but links to files ("[Report
2026.pdf](/files/report-2026.pdf)", "[Template.docx](/api/attachments.redirect?id=7f3c)") is an
attachment's download link, the web page's download bar (:func:`index.html_link_labels.file_link_texts`)."""

from __future__ import annotations

import re
from typing import Any

from .html_link_labels import FILE_TARGET, is_back_text

_BAR_LINKS = 3
_LABEL_WORDS = 4
_SEPARATORS = re.compile(r"^[\s|·•/»«>–—,;-]*$")


def _top_links(inline: Any) -> tuple[list[tuple[str, str]], str, int]:
    """The links of markdown-it's ``inline`` token that stand in no other link, as (target,
    text); the text outside every link (a line break read as a space); the depth of links
    still open at its end (0 when they all close)."""
    links: list[tuple[str, str]] = []
    outside: list[str] = []
    depth = 0
    for child in inline.children or []:
        if child.type == "link_open":
            if depth == 0:
                links.append((str(child.attrs.get("href") or "").strip(), ""))
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        elif depth and links:
            links[-1] = (links[-1][0], links[-1][1] + child.content)
        elif depth == 0:
            outside.append(" " if child.type in ("softbreak", "hardbreak") else child.content)
    return links, "".join(outside), depth


def is_link_bar(inline: Any) -> bool:
    """Whether markdown-it's ``inline`` token is three links or more, separated by separators
    only, after at most a label of :data:`_LABEL_WORDS` words ending in a colon."""
    links, rest, _ = _top_links(inline)
    if len(links) < _BAR_LINKS:
        return False
    label, colon, after = rest.partition(":")
    if colon and len(label.split()) <= _LABEL_WORDS and _SEPARATORS.match(after):
        return True
    return bool(_SEPARATORS.match(rest))


def is_back_link(inline: Any) -> bool:
    """Whether markdown-it's ``inline`` token is one link whose text is a back link's (the words
    of :func:`index.html_link_labels.is_back_text`, or a left arrow and a short label), with
    nothing outside it."""
    children = inline.children or []
    if not children or children[0].type != "link_open" or children[-1].type != "link_close":
        return False
    if sum(1 for c in children if c.type == "link_open") != 1:
        return False
    text = " ".join("".join(c.content for c in children[1:-1] if c.type in ("text", "code_inline")).split())
    return is_back_text(text) or (len(text.split()) <= _BACK_WORDS and bool(_BACK_ARROW.match(text)))


_BACK_WORDS = 6
# a short label after a left-pointing arrow ("← All posts", "« Overview"): the arrow a template
# draws for the way back
_BACK_ARROW = re.compile(r"^\s*[←‹«⟵◀⇐]\s*\w")


# a link's whole text that is a file's name: words, then a dot and a file extension
_FILE_NAME = re.compile(r"^[^/\\]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|zip|epub|mp3|m4a|ogg|wav|mp4|rtf|txt)$",
                        re.IGNORECASE)


def is_file_link(inline: Any) -> bool:
    """Whether markdown-it's ``inline`` token is only links to files, separators between them: each
    link's target ends in a file's extension (:data:`index.html_link_labels.FILE_TARGET`) or its
    whole text is a file's name (an attachment served through a redirect address)."""
    links, outside, depth = _top_links(inline)
    return bool(links) and depth == 0 and all(FILE_TARGET.search(href) or _FILE_NAME.match(" ".join(text.split()))
                                              for href, text in links) and bool(_SEPARATORS.match(outside))
