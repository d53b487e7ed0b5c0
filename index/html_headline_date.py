"""A page's date written on its own beside the headline.

Site builders (Tilda's "uptitle", many landing-page templates) set a news item's date as a
plain line right above or below its ``<h1>``, in a box no class marks as a date and with no
label ("12 May 2026" over "Summer opening hours"). The element next to the headline, among
its siblings, that holds nothing but a full date (a few words), dates the page. Pure
functions on an lxml tree."""

from __future__ import annotations

from typing import Any

from .dates import first_date

_DATE_LINE_WORDS = 6


def headline_date(tree: Any, month_first: bool = False) -> str:
    """The full date of the element just before, else just after, the page's first ``<h1>``
    when that element is a short line of :data:`_DATE_LINE_WORDS` words or fewer; ""
    otherwise."""
    h1 = next(iter(tree.iter("h1")), None)
    if h1 is None:
        return ""
    before = next((el for el in h1.itersiblings(preceding=True) if isinstance(el.tag, str)), None)
    after = next((el for el in h1.itersiblings() if isinstance(el.tag, str)), None)
    for el in (before, after):  # (comments between them are skipped)
        if el is None or el.tag in ("script", "style"):
            continue
        text = " ".join(el.text_content().split())
        if 0 < len(text.split()) <= _DATE_LINE_WORDS:
            found = first_date(text, month_first)
            if found:
                return found
    return ""
