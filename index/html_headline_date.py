"""A page's date written on its own beside the headline.

Site builders (Tilda's "uptitle", many landing-page templates) set a news item's date as a
plain line right above or below its ``<h1>``, in a box no class marks as a date and with no
label ("12 May 2026" over "Summer opening hours"). The element next to the headline, among
its siblings, that holds nothing but a full date (a few words), dates the page.

Where the page's own headline is no ``<h1>`` (a wiki's tiddler title in an ``<h2>`` under a
sidebar's ``<h1>`` site name, a forum post's subject in an ``<h5>``), the headings whose text
is what the page's ``<title>`` names first are read the same way, from the outermost box that
holds nothing but the heading: a subtitle or post header beside it ("Jo Lee 3rd May 2026 at
9:10am", "« on: 3 May 2026, 19:42 »") dates the page. Pure functions on an lxml tree."""

from __future__ import annotations

import re
from typing import Any

from .dates import first_date

_DATE_LINE_WORDS = 8  # a date, its time and maybe the author's name ("Jo Lee 3rd May 2026 at 9:10am")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·»-]\s+|:\s+")


def headline_date(tree: Any, month_first: bool = False) -> str:
    """The full date of the element just before, else just after, the page's first ``<h1>``
    when that element is a short line of :data:`_DATE_LINE_WORDS` words or fewer, else of the
    element beside a heading the ``<title>`` names (see the module's docstring); ""
    otherwise."""
    h1 = next(iter(tree.iter("h1")), None)
    found = _beside(h1, month_first) if h1 is not None else ""
    for heading in _titled_headings(tree):
        found = found or _beside(_outer_box(heading), month_first)
    return found


def _beside(el: Any, month_first: bool) -> str:
    before = next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    after = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
    for near in (before, after):  # (comments between them are skipped)
        if near is None or near.tag in ("script", "style"):
            continue
        words = [w for w in near.text_content().split() if any(c.isalnum() for c in w)]
        if 0 < len(words) <= _DATE_LINE_WORDS:
            found = first_date(" ".join(words), month_first)
            if found:
                return found
    return ""


def _titled_headings(tree: Any) -> list[Any]:
    """The ``<h2>``-``<h6>`` headings whose text is the page's ``<title>``, or its part before
    the first separator ("Post title: Site name")."""
    page_title = " ".join((tree.findtext(".//title") or "").split())
    names = {page_title, _TITLE_SEPARATORS.split(page_title, maxsplit=1)[0]} - {""}
    return [h for h in tree.iter("h2", "h3", "h4", "h5", "h6") if " ".join(h.text_content().split()) in names]


def _outer_box(heading: Any) -> Any:
    """The outermost element holding nothing but ``heading``'s text (the heading itself when
    its parent holds more)."""
    text = " ".join(heading.text_content().split())
    box = heading
    for parent in heading.iterancestors():
        if parent.tag == "body" or " ".join(parent.text_content().split()) != text:
            break
        box = parent
    return box
