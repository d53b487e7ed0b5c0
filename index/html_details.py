"""A page's details panel: a short description list that restates the page's own date.

Press offices and government sites close a release with a box of its record ("Details",
"Date of publication 18 November 2026", "Reference IP/26/5912"): the page's metadata set out
for the reader, label by label, not its text. A description list (``<dl>``) of at most
:data:`_MAX_PAIRS` term/value pairs, one of whose values is a full date that is the page's
date, goes with the heading that opens its box and names it, right above it. (A list of dates
under the headline without a heading of its own, "Opened 3 Mar 2026 / Closes 14 Apr 2026", is
the page's own text.) Pure functions on an lxml tree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .dates import first_date

_MAX_PAIRS = 6
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def without_details_panels(blocks: list[str], tree: Any, date: str, squash: Callable[[Any], str],
                           month_first: bool = False) -> list[str]:
    """``blocks`` without the texts of the page's details panels (above); unchanged when the
    page has no ``date``."""
    if not date:
        return blocks
    dropped: set[str] = set()
    for dl in tree.iter("dl"):
        kids = [k for k in dl if isinstance(k.tag, str)]
        values = [k for k in kids if k.tag == "dd"]
        if not values or len(values) > _MAX_PAIRS or any(k.tag not in ("dt", "dd") for k in kids):
            continue
        if not any(first_date(squash(v), month_first) == date for v in values):
            continue
        box = dl.getparent()
        first = next((c for c in box if isinstance(c.tag, str)), None) if box is not None else None
        if first is not None and first.tag in _HEADINGS and first.getnext() is dl:
            dropped.update(squash(el) for el in (first, *kids))
    return [b for b in blocks if b not in dropped] if dropped else blocks
