"""Document dates: what the document states, read with python-dateutil, as YYYY-MM-DD.

A date comes from the text ("published 5 February 2024", "Updated: 2024-02-05"), from page
metadata or from PDF metadata ("D:20240205..."); never from the file's time, which says when
a copy was made. A document that states no date gets "", which fails any date filter.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser

_HEAD_CHARS = 5000  # a date line sits near the top ...
_TAIL_CHARS = 1500  # ... or in the closing lines ("Last updated ...")
_HEAD_LINES = 12  # an unlabelled date counts only in the opening lines ...
_DATELINE_WORDS = 12  # ... on a short line (a byline, a dateline), not in a sentence about events


class _Names(parser.parserinfo):  # type: ignore[misc]  # dateutil ships no stubs here
    """dateutil's English month names plus Spanish ones, and Spanish "5 de febrero de 2024"."""

    MONTHS = [
        (*names, *spanish)
        for names, spanish in zip(parser.parserinfo.MONTHS, (
            ("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",), ("junio",),
            ("julio",), ("agosto", "ago"), ("septiembre", "setiembre"), ("octubre",),
            ("noviembre",), ("diciembre", "dic"),
        ))
    ]
    JUMP = [*parser.parserinfo.JUMP, "de", "del"]


_NAMES = _Names()
_MONTH = "|".join(sorted((re.escape(n) for m in _Names.MONTHS for n in m), key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_CANDIDATE = (
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|{_DAY}\s+(?:de\s+)?(?:{_MONTH})\.?,?\s+(?:de\s+)?\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}"
)
_ANY_DATE = re.compile(rf"(?<![\w-])(?:{_CANDIDATE})(?![\w-])", re.IGNORECASE)
_PUBLISHED = r"first published|published|posted|dated|date|issued|released|publicado|fecha"
_UPDATED = r"last updated|last modified|updated|modified|revised|actualizado"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_LABELLED = [
    # "Published on 5 May 2024", "Date: 2024-05-05", "Date of issue: 12 March 2024"
    re.compile(rf"\b(?:{labels})\b(?:\s+(?:on|el)|\s+of\s+[a-z]+)?\s*[:\-–]?\s*{_WEEKDAY}((?:{_CANDIDATE}))(?![\w-])",
               re.IGNORECASE)
    for labels in (_PUBLISHED, _UPDATED)  # the first date a document had is its date
]
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_EARLY, _LATE = dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2)


def iso_date(value: str) -> str:
    """One date value (metadata, an ISO timestamp, "5 February 2024", "D:2024...") as ISO.

    A value missing its day, month or year ("March 2024") is not a date: dateutil fills a
    missing part from its default, so parsing with two defaults tells which parts were there.
    """
    value = value.strip()
    pdf = _PDF_DATE.match(value)
    if pdf:
        value = "-".join(pdf.groups())
    dotted = _DOTTED.fullmatch(value)  # "03.02.2025": day first wherever dots are written
    if dotted:
        value = "-".join(reversed(dotted.groups()))
    try:
        early = parser.parse(value, parserinfo=_NAMES, default=_EARLY)
        late = parser.parse(value, parserinfo=_NAMES, default=_LATE)
    except (ValueError, OverflowError, TypeError):
        return ""
    if early.date() != late.date() or not 1900 < early.year < 2200:
        return ""
    return str(early.date().isoformat())


def stated_date(text: str, labelled_only: bool = False) -> str:
    """The date a text states for itself: a labelled one first, else a dateline's."""
    ends = text[:_HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:] if len(text) > _HEAD_CHARS else text
    for pattern in _LABELLED:
        for match in pattern.finditer(ends):
            found = iso_date(_ordinal_free(match.group(1)))
            if found:
                return found
    if labelled_only:
        return ""
    lines = text.strip().splitlines()[:_HEAD_LINES]
    head = "\n".join(ln for ln in lines if len(ln.split()) <= _DATELINE_WORDS)
    for match in _ANY_DATE.finditer(head):
        found = iso_date(_ordinal_free(match.group(0)))
        if found:
            return found
    found = _date_sentence([ln for ln in lines if ln.strip()])
    if found:
        return found
    for line in lines:  # a news dateline opening a paragraph: "AUGUSTA, Ga., April 14, 2002 - Tiger Woods ..."
        at = _ANY_DATE.search(line)
        if at and _DATELINE_PLACE.match(line[:at.start()]) and _DATELINE_END.match(line[at.end():]):
            found = iso_date(_ordinal_free(at.group(0)))
            if found:
                return found
    return ""


def first_date(text: str) -> str:
    """The first full date written in ``text`` (day, month and year), as ISO; "" when none."""
    for match in _ANY_DATE.finditer(text):
        found = iso_date(_ordinal_free(match.group(0)))
        if found:
            return found
    return ""


def _date_sentence(lines: list[str]) -> str:
    """A short sentence of the opening paragraphs that ends with a full date: "Summary of
    responses, 2 January 2025.", "Meeting held on 7 March 2023." (a report's own date written
    as a sentence of its opening paragraph, not as a line of its own)."""
    for line in lines[1:_OPENING_PARAGRAPHS + 1]:  # the first line is the title
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[:_OPENING_SENTENCES]:
            body = sentence.rstrip(" .")
            at = ([None, *_ANY_DATE.finditer(body)])[-1]
            if at is not None and at.end() == len(body) and len(body.split()) <= _DATE_SENTENCE_WORDS:
                found = iso_date(_ordinal_free(at.group(0)))
                if found:
                    return found
    return ""


_OPENING_PARAGRAPHS = 4  # non-empty lines after the title
_OPENING_SENTENCES = 2
_DATE_SENTENCE_WORDS = 8


# The place before a dateline's date: up to five capitalised words, commas, "(AP)"; nothing else.
_DATELINE_PLACE = re.compile(r"^\s*(?:(?:[A-Z][\w.'’-]*|\([A-Z][\w ]{0,20}\))[,\s]+){1,5}(?:[-–—]\s*)?$")
_DATELINE_END = re.compile(r"^\s*(?:[.,:]|\s[-–—])\s")


def _ordinal_free(value: str) -> str:
    return re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", value)
