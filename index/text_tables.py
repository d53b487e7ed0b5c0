"""Tables in plain text laid out with spaces: a run of lines whose cells, split where two or
more spaces stand, start at the same columns; or with tabs: a run of lines with the same
number of cells between tabs; or with pipes: a run of lines that open and close with ``|`` and
hold as many cells between them ("| Day | Opens |", as a boilerplate remover writes an HTML
table, with or without a Markdown ``| --- |`` line under the first; or with pipes between the cells
only, "Day | Time | Venue", as a mail's text part prints a table).

    Village      Collection day        Warden
    Stara Wies   21 October (Tuesday)  Jan Kowalczyk

Rule lines ("-----", "+-----+-----+", box drawing's "├────┼────┤") inside a table, and the
frame lines around it, are no rows: a table runs on across them, so a header row over a rule and
a total row under one belong to it ("Total  32  118"), and a DOS program's frame drawn with
"|" or box drawing's "│" reads like a piped table, its first row the column names.

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
    memo's aligned "To:  ...", "Date:  ..." fields are no table. Rule lines between the rows
    (and the frame lines around them) do not end a run and belong to it, and so does a header
    line right over a rule with as many cells as the rows under it (its words, set flush left
    over figures set flush right, need not start at the rows' columns)."""
    lines = [_unframed(line) for line in lines]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if is_rule(lines[i]):
            i += 1
            continue
        first = i
        if i + 2 < len(lines) and is_rule(lines[i + 1]) and _aligned(lines[i + 2], lines[i + 2]) \
                and _cell_count(lines[i]) == _cell_count(lines[i + 2]):
            first = i + 2  # a header over a rule: the rows under the rule set the columns
        end, rows = first + 1, 1 + (first - i) // 2
        while end < len(lines):
            if _aligned(lines[first], lines[end]):
                end, rows = end + 1, rows + 1
            elif is_rule(lines[end]) and end + 1 < len(lines) and _aligned(lines[first], lines[end + 1]):
                end, rows = end + 2, rows + 1
            else:
                break
        piped = _is_piped(lines[first])
        if rows >= _MIN_ROWS and (piped or len(cells(lines[first])) >= 2) and not _fields(
                [ln for ln in lines[i:end] if not is_rule(ln)]):
            start = i - 1 if i > 0 and is_rule(lines[i - 1]) else i
            end = end + 1 if end < len(lines) and is_rule(lines[end]) else end
            runs.append((start, end))
            i = end
        else:
            i += 1
    return runs


# A rule: dashes, equals signs or box drawing's lines, maybe with "+", "|" or box corners where
# the columns cross; three of its strokes at least.
_RULE = re.compile(r"^\s*[-=+|:_\u2500-\u257f\s]*$")
_STROKES = re.compile(r"[-=_\u2500\u2501\u2550]")
_BOX_SIDES = str.maketrans({"\u2502": "|", "\u2503": "|", "\u2551": "|"})  # "│", "┃", "║" read as "|"


def is_rule(line: str) -> bool:
    """A table's rule or frame line ("-----", "+----+----+", "├────┼────┤")."""
    return bool(_RULE.match(line)) and len(_STROKES.findall(line)) >= 3


def _unframed(line: str) -> str:
    return line.translate(_BOX_SIDES)


def _cell_count(line: str) -> int:
    if _is_piped(line):
        return len(_piped(line))
    return len(_tabbed(line)) if "\t" in line else len(cells(line))


def _fields(lines: Sequence[str]) -> bool:
    """A memo's or a form's "Label:   value" lines: every first cell ends with a colon."""
    return all(not _is_piped(line) and cells(line)[0][1].endswith(":") for line in lines)


def _aligned(first: str, line: str) -> bool:
    """Cells starting, or ending (figures set flush right: "900" under "1 200"), at the same
    columns, or, in TAB-separated lines (where a tab stop moves
    with the text before it), the same number of cells between tabs."""
    if "\t" in first and "\t" in line:
        return len(_tabbed(first)) == len(_tabbed(line)) >= 2
    if _is_piped(first) or _is_piped(line):
        return _is_piped(first) and _is_piped(line) and len(_piped(first)) == len(_piped(line)) >= 2
    a, b = cells(first), cells(line)
    return len(a) == len(b) >= 2 and all(abs(x - y) <= _SLACK or abs(x + len(s) - y - len(t)) <= _SLACK
                                         for (x, s), (y, t) in zip(a, b))


_FRAMED_ROW = re.compile(r"^\s*\|.*\|\s*$")
# A row whose cells only pipes part, no frame around them ("Mon 7 Dec  | 19:30 | Quiz night"), as
# a mail's text part or a console prints a table: every cell holds words, each pipe has a space
# on both sides.
_INNER_PIPES = re.compile(r"^\s*[^|\s][^|]*(?:\s\|\s+[^|\s][^|]*)+$")


def _is_piped(line: str) -> bool:
    """A row of cells between pipes: framed ("| Day | Opens |") or parted only ("Day | Opens")."""
    return bool(_FRAMED_ROW.match(line) or _INNER_PIPES.match(line))


_RULE_CELL = re.compile(r"^:?-{3,}:?$")  # a Markdown table's "| --- |" line


def _piped(line: str) -> list[str]:
    inner = line.strip()[1:-1] if _FRAMED_ROW.match(line) else line.strip()
    return [c.strip() for c in inner.split("|")]


def _tabbed(line: str) -> list[str]:
    return [c for c in re.split(r"\t+", line.strip()) if c.strip()]


def rows_text(lines: Sequence[str]) -> list[str]:
    """A table run's rows, one line each: under the first line's column names when it is a
    header (no figure in any of its cells), else its cells by " | ". Rule and frame lines go."""
    lines = [_unframed(line) for line in lines if not is_rule(line)]
    if all(_is_piped(line) for line in lines):
        rows = [row for row in map(_piped, lines) if not all(_RULE_CELL.match(c) for c in row)]
        return table_text(rows, has_header=True).splitlines()
    rows = [_tabbed(line) if "\t" in line else [text for _, text in cells(line)] for line in lines]
    if not any(ch.isdigit() for cell in rows[0] for ch in cell):
        return table_text(rows, has_header=True).splitlines()
    return key_value_text(rows).splitlines()
