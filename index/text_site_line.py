"""A web page saved as plain text opens with its site line ("Riverside Residents - Notices"):
the site's name and the section, which the copyright line at the foot names again ("(c) 2025
Riverside Residents"). That line is the site's, not the document's title."""

from __future__ import annotations

import re

_PARTS = re.compile(r"\s+[-–—|:»]\s+")
_COPYRIGHT = re.compile(r"©|ⓒ|\(c\)|\bcopyright\b", re.IGNORECASE)
_TAIL_LINES = 5
_SITE_LINE_WORDS = 12


def without_site_line(raw: str) -> str:
    """``raw`` without its first line when that line is "Site - Section" and a copyright line
    among the last lines names the same site; ``raw`` unchanged otherwise."""
    lines = raw.splitlines()
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return raw
    line = lines[first].strip()
    parts = _PARTS.split(line)
    if len(parts) < 2 or len(line.split()) > _SITE_LINE_WORDS:
        return raw
    site = parts[0].casefold()
    tail = [ln.casefold() for ln in lines if ln.strip()][-_TAIL_LINES:]
    if len(site) >= 3 and any(_COPYRIGHT.search(ln) and site in ln for ln in tail):
        return "\n".join(lines[first + 1:])
    return raw
