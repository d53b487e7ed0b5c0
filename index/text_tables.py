"""Tables in plain text laid out with spaces: a run of lines whose cells, split where two or
more spaces stand, start at the same columns; or with tabs: a run of lines with the same
number of cells between tabs; or with pipes: a run of lines that open and close with ``|`` and
hold as many cells between them ("| Day | Opens |", as a boilerplate remover writes an HTML
table, with or without a Markdown ``| --- |`` line under the first).

    Village      Collection day        Warden
    Stara Wies   21 October (Tuesday)  Jan Kowalczyk

Each row reads as one line with its column names (:func:`index.tables.table_text`), so a row
stays answerable once the text is cleaned and chunked. Pure functions on lines of text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .tables import key_value_text, table_text

_GAP = re.compile(r"\S+(?: \S+)*")  # a cell: words one space apart
_MIN_ROWS = 3  # a header and two rows, or three rows: fewer is not a table
_SLACK = 1  # columns may start a character apart (a letter wider in another font)


def cells(line: str) -> list[tuple[int, str]]:
    """The cells of ``line`` with the column each starts at; a tab counts as a gap."""
    return [(m.start(), m.group(0)) for m in _GAP.finditer(line.replace("\t", "    "))]


def table_runs(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of ``lines`` that form a space-aligned table: at least
    :data:`_MIN_ROWS` consecutive lines of two or more cells whose cells start at the same
    columns. Prose with two spaces after a full stop does not line up over three lines, and a
    memo's aligned "To:  ...", "Date:  ..." fields are no table."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        end = i + 1
        while end < len(lines) and _aligned(lines[i], lines[end]):
            end += 1
        piped = bool(_PIPE_ROW.match(lines[i]))
        if end - i >= _MIN_ROWS and (piped or len(cells(lines[i])) >= 2) and not _fields(lines[i:end]):
            runs.append((i, end))
            i = end
        else:
            i += 1
    return runs


def _fields(lines: Sequence[str]) -> bool:
    """A memo's or a form's "Label:   value" lines: every first cell ends with a colon."""
    return all(not _PIPE_ROW.match(line) and cells(line)[0][1].endswith(":") for line in lines)


def _aligned(first: str, line: str) -> bool:
    """Cells starting at the same columns, or, in TAB-separated lines (where a tab stop moves
    with the text before it), the same number of cells between tabs."""
    if "\t" in first and "\t" in line:
        return len(_tabbed(first)) == len(_tabbed(line)) >= 2
    if _PIPE_ROW.match(first) or _PIPE_ROW.match(line):
        return bool(_PIPE_ROW.match(first) and _PIPE_ROW.match(line)) and len(_piped(first)) == len(_piped(line)) >= 2
    a, b = cells(first), cells(line)
    return len(a) == len(b) >= 2 and all(abs(x - y) <= _SLACK for (x, _), (y, _) in zip(a, b))


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")  # a Markdown table's "| --- |" line


def _piped(line: str) -> list[str]:
    return [c.strip() for c in line.strip()[1:-1].split("|")]


def _tabbed(line: str) -> list[str]:
    return [c for c in re.split(r"\t+", line.strip()) if c.strip()]


def rows_text(lines: Sequence[str]) -> list[str]:
    """A table run's rows, one line each: under the first line's column names when it is a
    header (no figure in any of its cells), else its cells by " | "."""
    if all(_PIPE_ROW.match(line) for line in lines):
        rows = [row for row in map(_piped, lines) if not all(_RULE_CELL.match(c) for c in row)]
        return table_text(rows, has_header=True).splitlines()
    rows = [_tabbed(line) if "\t" in line else [text for _, text in cells(line)] for line in lines]
    if not any(ch.isdigit() for cell in rows[0] for ch in cell):
        return table_text(rows, has_header=True).splitlines()
    return key_value_text(rows).splitlines()
