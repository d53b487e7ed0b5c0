"""A notice's or letter's date written on a line of its own at the end, under the signature
("15 сентября 2025 г.", "3 March 2025", "V Praze dne 6. 3. 2026"), where nothing at the top
dates it."""

from __future__ import annotations

from .dates import first_date

_TAIL_LINES = 6  # the closing lines, before a web page's view count, print links and copyright
_DATE_LINE_WORDS = 5  # a date, maybe a place or a year mark ("г."), no sentence


def closing_date(text: str, month_first: bool = False) -> str:
    """The date of the last short line among the closing lines that holds a full date, as
    ISO; "" when none does. A copyright line's year is no full date, so it never counts."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][-_TAIL_LINES:]
    for line in reversed(lines):
        if _words(line) <= _DATE_LINE_WORDS:
            found = first_date(line, month_first)
            if found:
                return found
    return ""


def _words(line: str) -> int:
    """A line's words with its figures counted as one, the date's: a date spaced as Czech and
    Slovak write it ("V Praze dne 6. 3. 2026") is one word, not three."""
    worded = sum(1 for word in line.split() if any(c.isalpha() for c in word))
    return worded + (worded < len(line.split()))
