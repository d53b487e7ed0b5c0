"""Furniture of a personal wiki's notes (Obsidian, Dendron, Foam) that the file holds but the
note's own text is not:

- A note embed on a line of its own, ``![[templates.meeting-header]]``: the app draws another
  note (or an image) in its place, whose text this file does not hold, the way an outliner's
  ``((block-uid))`` reference is read in :mod:`index.markdown_source`.
- A closing section whose items are each nothing but a page link, ``## Backlinks`` over
  ``- [[Orchard (Root)|orchard]]``: the links the app gathers (backlinks, a hub's child list),
  a menu of other notes, as a related-links list is on a web page. The heading goes with it.

Lines stay where they were (blank), outside code fences they are never looked for.
"""

from __future__ import annotations

import re

_EMBED_LINE = re.compile(r"^\s{0,3}(?:!\[\[[^\[\]\n]+\]\]\s*)+$")
_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[\[[^\[\]\n]+\]\]\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")


def without_wiki_furniture(text: str) -> str:
    """``text`` without note embeds and a closing link-list section (above)."""
    lines = text.split("\n")
    if not any("[[" in ln for ln in lines):
        return text
    fenced = _in_fences(lines)
    lines = ["" if not fenced[i] and _EMBED_LINE.match(ln) else ln for i, ln in enumerate(lines)]
    return "\n".join(_without_link_list_tail(lines, fenced))


def _in_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it stands inside (or opens or closes) a code fence."""
    out, inside = [], False
    for line in lines:
        fence = bool(_FENCE.match(line))
        out.append(inside or fence)
        inside = inside != fence
    return out


def _without_link_list_tail(lines: list[str], fenced: list[bool]) -> list[str]:
    """``lines`` without the last heading's section when every line under it is a page-link item."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if _HEADING.match(lines[i]) and not fenced[i]), None)
    if last is None:
        return lines
    rest = [ln for ln in lines[last + 1:] if ln.strip()]
    if not rest or not all(_LINK_ITEM.match(ln) for ln in rest):
        return lines
    return lines[:last]
