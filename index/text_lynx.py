"""A web page saved with a text browser's dump (``lynx -dump``, ``links -dump`` with numbered
links) marks each link in the text with its number, ``[7]News``, and lists the addresses under a
``References`` heading at the end. The marks show which text was a link, the one thing the dump
keeps of the page's structure, so it is read here the way link density is read in HTML:

- The ``References`` list goes: addresses, not text.
- A line that opens with a link mark and is not followed by more of its paragraph is a link on
  a line of its own: a menu item, a skip link, a "[12]Subscribe [13]Sign in" bar, an entry of a
  related-links list ("1. [15]Road to close"), the ``#[1]RSS`` line the dump makes of the
  page's ``<link>`` elements. It goes, unless it ends as a sentence does (a body paragraph
  whose last wrapped line starts with a link).
- The other marks go, their words stay: a link inside a sentence is part of it.
- ``[IMG]`` (and ``[INLINE]``, ``[LINK]``), which stand for an image with no alt text, go.

Text that is no such dump comes back unchanged.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\[\d{1,4}\]")
_REFERENCES = re.compile(r"^(?:References|Visible links:?)\s*$")
_ADDRESS = re.compile(r"^\s*\d{1,4}\.\s+\S+:\S*\s*$")
_LINK_LINE = re.compile(r"^\s*(?:[#*+o-]|\d{1,3}\.)?\s*\[\d{1,4}\]\S")
_PLACEHOLDER = re.compile(r"\[(?:IMG|INLINE|LINK)\]")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")
_MIN_MARKS = 3


def _references_at(lines: list[str]) -> int | None:
    """Where the closing ``References`` list starts: a heading at the margin followed by
    numbered addresses and nothing else."""
    for i in range(len(lines) - 1, -1, -1):
        if _REFERENCES.match(lines[i]):
            rest = [ln for ln in lines[i + 1:] if ln.strip()]
            return i if rest and all(_ADDRESS.match(ln) for ln in rest) else None
    return None


def _is_lone_link(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a link on a line of its own: it opens with a mark, and the line
    after it is blank or opens with a mark too (no more of a paragraph follows it)."""
    if not _LINK_LINE.match(lines[i]) or _SENTENCE_END.search(lines[i]):
        return False
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return not after.strip() or bool(_LINK_LINE.match(after))


def without_lynx_links(raw: str) -> str:
    """``raw`` without a text browser's link furniture (above), or unchanged if it is no dump."""
    lines = raw.splitlines()
    cut = _references_at(lines)
    if cut is None or len(_MARK.findall("\n".join(lines[:cut]))) < _MIN_MARKS:
        return raw
    lines = [_PLACEHOLDER.sub("", ln).rstrip() for ln in lines[:cut]]
    kept = ["" if _is_lone_link(lines, i) else _MARK.sub("", ln) for i, ln in enumerate(lines)]
    return "\n".join(kept)

