"""The front matter of a printed document: its masthead's date, its contents page, and the
running head that repeats its masthead's name on the pages after the first.

- A newsletter's or a report's masthead sets its fields in one line between separators
  ("Issue 112 · Wednesday 1 April 2026 · Free to every household"): a field that is a full
  date and nothing else (a weekday may stand before it) dates the document, though the line is
  too long for a dateline and the PDF's metadata says when the file was made.
- A contents page lists the document's parts, each with the page it starts on ("Our finances
  ..... 4", or the title and its number in two columns): three or more such entries whose page
  numbers never go down and stay within the document's pages are its contents, not text; so
  is the short heading line right above them.
- A running head on a later page that opens with the first page's first line (the masthead's
  name) and goes on after a separator ("The Village Post · May 2025") is furniture, even when
  it is printed on one page only, so cannot be found by repetition.
"""

from __future__ import annotations

import re

from .dates import first_date

Row = list[tuple[float, str, bool]]  # a table row's cells (x, text, bold), as extract_pdf reads them
Line = str | Row

_TOP_LINES = 3  # the masthead and a running head stand among a page's first lines
_FIELD_SEPARATOR = re.compile(r"\s+[·•|]\s+|\s{2,}[-–—]\s{2,}")
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
_LEADER = re.compile(r"^(?P<title>\S.*?)\s*(?:\.{2,}|…+|\s)\s*(?P<page>\d{1,3})$")
_MIN_ENTRIES = 3
_HEADING_WORDS = 3
_HEAD_WORDS = 15  # a running head is a short line
_DATE_WORDS = 3


def masthead_date(pages: list[str]) -> str:
    """The full date that a field of the first page's opening lines holds alone (see the
    module's docstring); "" when none does."""
    if not pages:
        return ""
    lines = [ln.strip() for ln in pages[0].strip().replace("\r", "\n").split("\n") if ln.strip()]
    for line in lines[:_TOP_LINES]:
        fields = _FIELD_SEPARATOR.split(line)
        if len(fields) < 2:
            continue
        for field in fields:
            bare = _WEEKDAY.sub("", field.strip())
            found = first_date(bare)
            if found and len(bare.split()) <= _DATE_WORDS:  # the date alone: "1 April 2026", "April 1, 2026"
                return found
    return ""


def _entry(line: Line) -> int | None:
    """The page number of a contents entry ("Our finances ..... 4", or a row of a title and a
    number), else None."""
    if isinstance(line, str):
        found = _LEADER.match(line.strip())
        if not found or not re.search(r"[^\W\d_]", found.group("title")):
            return None
        return int(found.group("page"))
    texts = [text for _, text, _ in line]
    if len(texts) == 2 and texts[1].strip().isdigit() and re.search(r"[^\W\d_]", texts[0]):
        return int(texts[1])
    return None


def without_contents(page: list[Line], page_count: int) -> list[Line]:
    """``page`` without its contents entries and their heading, when it holds a contents list
    (see the module's docstring) and little else: the entries are most of its lines."""
    numbers = [_entry(line) for line in page]
    at = [i for i, n in enumerate(numbers) if n is not None]
    if len(at) < _MIN_ENTRIES or len(at) * 2 < len(page):
        return page
    found = [numbers[i] or 0 for i in at]
    if any(b < a for a, b in zip(found, found[1:])) or found[-1] > page_count or found[0] < 1:
        return page
    drop = set(at)
    before = at[0] - 1
    if before >= 0 and isinstance(page[before], str):
        heading = str(page[before])
        if 0 < len(heading.split()) <= _HEADING_WORDS and not any(c.isdigit() for c in heading):
            drop.add(before)
    return [line for i, line in enumerate(page) if i not in drop]


def without_masthead_heads(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages after the first without a running head that repeats the first page's first line
    and goes on after a separator (see the module's docstring)."""
    first = next((ln for ln in pages[0] if isinstance(ln, str) and ln.strip()), "") if pages else ""
    name = " ".join(str(first).split())
    if len(name.split()) < 2:
        return pages

    def head(line: Line, i: int) -> bool:
        if not isinstance(line, str) or i >= _TOP_LINES:
            return False
        text = " ".join(line.split())
        rest = text[len(name):]
        return text.startswith(name) and bool(re.match(r"\s*[·•|,–—-]\s", rest)) and len(text.split()) <= _HEAD_WORDS

    return [pages[0], *([ln for i, ln in enumerate(page) if not head(ln, i)] for page in pages[1:])]
