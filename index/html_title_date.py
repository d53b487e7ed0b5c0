"""A page's date written in its ``<title>``: a case-law or minutes archive names the day a
document was given in the browser title ("Smith v Jones [2025] EWHC 12 (KB) (24 October
2025)") and nowhere else as metadata; in the text the day may stand alone ("24/10/2025")
under a labelled date of something else (a hearing) and above dates of earlier events."""

from __future__ import annotations

from typing import Any

from .dates import first_date


def title_date(tree: Any, month_first: bool = False) -> str:
    """The first full date in the page's ``<title>``, as ISO; "" when it holds none."""
    title = next((el for el in tree.iter("title")), None)
    return first_date(title.text_content(), month_first) if title is not None else ""
