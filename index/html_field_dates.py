"""The dates an HTML page gives as the values of its subject's labelled fields, not as its own.

An infobox row (``<th>Founded</th><td>12 March 1868</td>``, any row of two cells), a description list's entry
(``<dt>Born</dt><dd>...</dd>``) or an info block's line opened by a bold label (``<p><strong>
When</strong> Saturday 12 December 2026</p>``) states a date of the thing the page is about:
when a paper was founded, a person born, an event held. Such a date is the page's own only when
its label says so ("Published", "Date", "Last updated", see :func:`index.dates.names_own_date`),
or where the template marks the field or the list holding it as the page's dates by its class or
id (``<dl class="dates"><dt>Opened</dt>...``, ``<p class="item__date"><strong>Foilsithe:</strong>
...``), whatever language the label is in.
Pure functions of the page's lxml tree.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import first_date, names_own_date

_LABEL_WORDS = 4  # a field's label is a few words ("Ceased publication", "Date of birth")
_VALUE_WORDS = 12  # and its value a short one (a date, a time, a place)
_RUN_IN = ("strong", "b", "label")
# A template's mark of its date stamp in a class or id (:mod:`index.html_dates` reads it too),
# in English, Spanish, German and Dutch
DATE_MARKS = re.compile(r"date|time|stamp|byline|posted|published|fecha|datum")
_MARK_LEVELS = 3  # the field, its row or list, and the box around it


def field_dates(tree: Any, month_first: bool = False) -> set[str]:
    """The ISO dates ``tree`` states as the values of fields whose label does not name the
    page's own date (see the module's docstring)."""
    found: set[str] = set()
    for holder, label, value in _fields(tree):
        if _date_marked(holder):
            continue
        label = " ".join(label.split()).rstrip(":")
        if not label or len(label.split()) > _LABEL_WORDS or len(value.split()) > _VALUE_WORDS:
            continue
        if names_own_date(label):
            continue
        date = first_date(value, month_first)
        if date:
            found.add(date)
    return found


def _date_marked(el: Any) -> bool:
    for level, node in enumerate([el, *el.iterancestors()]):
        if level >= _MARK_LEVELS:
            return False
        if DATE_MARKS.search(f"{node.get('class') or ''} {node.get('id') or ''}".lower()):
            return True
    return False


def _fields(tree: Any) -> list[tuple[Any, str, str]]:
    """(element, label, value) of each table row of two cells (a label and its value), each ``<dt>``/``<dd>`` pair and
    each paragraph or list item opened by a bold run-in label."""
    pairs: list[tuple[Any, str, str]] = []
    for row in tree.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str)]
        if len(cells) == 2 and all(c.tag in ("th", "td") for c in cells):  # a row header may be made a cell
            pairs.append((cells[1], cells[0].text_content(), cells[1].text_content()))
    for term in tree.iter("dt"):
        value = term.getnext()
        if value is not None and value.tag == "dd":
            pairs.append((value, term.text_content(), value.text_content()))
    for block in tree.iter("p", "li"):
        first = next((c for c in block if isinstance(c.tag, str)), None)
        if first is None or first.tag not in _RUN_IN or (block.text or "").strip():
            continue
        rest = block.text_content()[len(first.text_content()):] if block.text_content().startswith(
            first.text_content()) else ""
        pairs.append((block, first.text_content(), rest))
    return pairs
