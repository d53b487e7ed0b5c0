"""A web page saved as plain text can open with its breadcrumb trail ("Home > Notices > Water
cuts"): the site's navigation, not the document's title or text. A line among the first few
made of three or more short parts joined by ``>``, ``›``, ``»`` or the full-width ``＞`` is dropped,
and so is one whose parts are joined by a spaced slash ("Home / News / Notices"), more cautiously,
as a slash also joins alternatives: each part at most three words and opening with a capital (or
in a script without capitals), none a number.

The one line above a breadcrumb, when it is the text's first line, is the site's name (a
portal's header, "Riverside Council - Home"): the trail hangs under the site's header, never
under the document's title. It goes too when it is short and no sentence (at most
twelve words, no full stop at its end).

A trail one step deep ("Home > Notices", "Ana Sayfa > Duyurular") has only two parts. It is
taken only at the very top (the text's first line, or its second under a site line) with an
arrow (not a slash, not "→", which join alternatives and sequences), each part at most three
words, no figure in either and no quotation mark (French spaced guillemets are quotes)."""

from __future__ import annotations

import re

_STEP = re.compile(r"\s+[>›»＞]\s+")
_SLASH = re.compile(r"\s+/\s+")
_SLASH_PART_WORDS = 3
_HEAD_LINES = 3
_PART_WORDS = 5
_MIN_PARTS = 3
_SITE_LINE_WORDS = 12
_SHORT_PART_WORDS = 3
_SHORT_TRAIL_LINES = 2


def is_breadcrumb(line: str) -> bool:
    """Whether ``line`` reads as a breadcrumb trail: three or more short parts joined by arrows."""
    if re.search(r"[,;.!?]$|,\s", line.strip()):
        return False  # a sentence comparing things ("costs > income, she said") is no trail
    parts = _STEP.split(line.strip())
    if len(parts) >= _MIN_PARTS:
        return all(0 < len(p.split()) <= _PART_WORDS for p in parts)
    parts = _SLASH.split(line.strip())
    return len(parts) >= _MIN_PARTS and all(
        0 < len(p.split()) <= _SLASH_PART_WORDS and p[:1].isalpha() and not p[:1].islower() for p in parts)


def is_short_trail(line: str) -> bool:
    """Whether ``line`` reads as a one-step trail: two short parts joined by an arrow."""
    parts = _STEP.split(line.strip())
    return len(parts) == 2 and not re.search(r"[\d,;.!?«»\"“”„]", _STEP.sub(" ", line.strip())) \
        and all(0 < len(p.split()) <= _SHORT_PART_WORDS for p in parts)


def without_breadcrumb(raw: str) -> str:
    """``raw`` without a breadcrumb line among its first non-empty lines."""
    lines = raw.splitlines()
    opening = [i for i, ln in enumerate(lines) if ln.strip()][:_HEAD_LINES]
    drop = {i for i in opening if is_breadcrumb(lines[i])}
    drop |= {i for i in opening[:_SHORT_TRAIL_LINES] if is_short_trail(lines[i])}
    if len(opening) >= 2 and opening[1] in drop and opening[0] not in drop:
        site = lines[opening[0]].strip()
        if len(site.split()) <= _SITE_LINE_WORDS and not re.search(r"[.!?。]$", site):
            drop.add(opening[0])
    return "\n".join(ln for i, ln in enumerate(lines) if i not in drop) if drop else raw
