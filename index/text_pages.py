"""A plain text paginated with form feeds, as a DOS program or a line printer wrote it: each
page under the same running header ("Parish Council - Annual Report 2025" over a rule) and over
the same footer, its page number aside ("- page 1 of 2 -"). The header and footer lines are page
furniture, not text, wherever they stand, the first page's too; and a paragraph that runs over a
page break is one paragraph again, its halves joined across the footer and the next header. A
program's print header over a rule at the top of the text, its last field the page number, goes
too (:func:`without_print_header`).
"""

from __future__ import annotations

import re

from .text_tables import is_rule

_EDGE_LINES = 3  # a running header or footer is among a page's first or last lines
_FURNITURE_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’»)\]]*$")


def _shape(line: str) -> str:
    """A line with its numbers blanked, so "page 1 of 2" and "page 2 of 2" are the same line."""
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """The indexes of a page's first and last few lines with words (rules are no such line)."""
    worded = [i for i, line in enumerate(lines) if line.strip() and not is_rule(line)]
    return worded[:_EDGE_LINES], worded[-_EDGE_LINES:]


def _repeated(pages: list[list[str]], top: bool) -> set[str]:
    """Shapes of short lines that stand at the top (or bottom) of every page."""
    shapes = []
    for lines in pages:
        head, foot = _edges(lines)
        shapes.append({_shape(lines[i]) for i in (head if top else foot)
                       if len(lines[i].split()) <= _FURNITURE_WORDS})
    return set.intersection(*shapes) if shapes else set()


def without_page_breaks(text: str) -> str:
    """``text`` without the running header and footer of its form-feed pages, a paragraph split
    by a page break joined again; a text without form feeds, or whose pages share no header or
    footer line, comes back as it was (the form feeds as line breaks)."""
    if "\f" not in text:
        return text
    pages = [page.replace("\r\n", "\n").replace("\r", "\n").split("\n") for page in text.split("\f")]
    pages = [lines for lines in pages if any(line.strip() for line in lines)]
    if len(pages) < 2:
        return text.replace("\f", "\n")
    heads, feet = _repeated(pages, top=True), _repeated(pages, top=False)
    if not heads and not feet:
        return text.replace("\f", "\n")
    kept: list[list[str]] = []
    for lines in pages:
        head, foot = _edges(lines)
        drop = {i for i in head if _shape(lines[i]) in heads} | {i for i in foot if _shape(lines[i]) in feet}
        for i in sorted(drop):  # a rule right under a header or over a footer goes with it
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and is_rule(lines[j]):
                    drop.add(j)
        page = [line for i, line in enumerate(lines) if i not in drop]
        while page and not page[0].strip():
            page.pop(0)
        while page and not page[-1].strip():
            page.pop()
        kept.append(page)
    out = kept[0]
    for page in kept[1:]:
        if not page:
            continue
        runs_on = bool(out) and not _SENTENCE_END.search(out[-1].rstrip()) and page[0].strip()[:1].islower()
        out = [*out, *([] if runs_on else [""]), *page]
    return "\n".join(out)


# A program's print header: the text's opening line or lines over a rule, laid out in fields
# set apart by wide gaps, the last of them the page's number ("CLUBDESK v3   Printed: 12.03.2026
# 14:05   Page 1", "HARBOUR SAILING CLUB        Page 1"), as accounting and records programs print
# it on every sheet; what the document says starts under the rule.
_HEADER_LINES = 3
_FIELDS = re.compile(r"\s{3,}")
_PAGE_FIELD = re.compile(r"^[^\W\d_]{1,6}\.?\s?\d{1,3}$")


def without_print_header(text: str) -> str:
    """``text`` without a program's print header over a rule at its top (see above)."""
    lines = text.split("\n")
    worded = [i for i, line in enumerate(lines) if line.strip()][: _HEADER_LINES + 1]
    rule = next((i for i in worded if is_rule(lines[i])), None)
    if rule is None or rule == worded[0]:
        return text
    above = [lines[i] for i in worded if i < rule]
    if not any(len(fields := _FIELDS.split(line.strip())) >= 2 and _PAGE_FIELD.match(fields[-1]) for line in above):
        return text
    return "\n".join(lines[rule + 1:])
