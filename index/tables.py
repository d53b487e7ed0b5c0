"""Tables as text a person can quote: one line per row, each cell with its column header.

"Region: North | Revenue: 4.1 M | Margin: 12%" keeps a row answerable on its own after
chunking, where a flattened table loses which figure belongs to which column. The same
form serves Markdown, HTML and DOCX tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def table_text(rows: Sequence[Sequence[str]], has_header: bool = True,
               across: Sequence[Sequence[bool]] = ()) -> str:
    """The rows of a table, one line each; the first row is the header when ``has_header``.
    ``across`` marks the body cells merged across several columns (a note over a row's last
    columns): no one column's value, so they stand without a column name."""
    flags = [list(across[i]) if i < len(across) else [] for i in range(len(rows))]
    pairs = [([" ".join(cell.split()) for cell in row], f) for row, f in zip(rows, flags)]
    pairs = [pair for pair in pairs if any(pair[0])]
    cleaned = [row for row, _ in pairs]
    if not cleaned:
        return ""
    if has_header and len(cleaned) > 1 and _is_caption_row(cleaned[0], cleaned[1:]):
        # one cell across the table (an infobox's name): a caption line, not column headers
        return "\n".join((cleaned[0][0], key_value_text(cleaned[1:])))
    if not has_header or len(cleaned) == 1:
        return key_value_text(cleaned)
    header = cleaned[0]
    return "\n".join(_row_line(header, row, f) for row, f in pairs[1:])


def _is_caption_row(first: Sequence[str], body: Sequence[Sequence[str]]) -> bool:
    filled = [i for i, cell in enumerate(first) if cell]
    return filled == [0] and all(sum(1 for c in row if c) >= 2 for row in body)


def _row_line(header: Sequence[str], row: Sequence[str], across: Sequence[bool] = ()) -> str:
    cells = []
    for i, value in enumerate(row):
        if not value:
            continue
        name = header[i] if i < len(header) and not (i < len(across) and across[i]) else ""
        cells.append(f"{name}: {value}" if name and name != value else value)
    return " | ".join(cells)


# A row as :func:`_row_line` writes it under its header: two or more "Header: value" cells joined by " | "
_ROW_CELL = re.compile(r"[^:|\n]{1,40}:\s\S")


def is_row_line(line: str) -> bool:
    """Whether a line of extracted text is a table's row written under its header ("Date: Tuesday
    12 January 2027 | Place: Civic Hall")."""
    cells = line.split(" | ")
    return len(cells) >= 2 and all(_ROW_CELL.match(cell.strip()) for cell in cells)


_NUMERIC = re.compile(r"^[\W\d]*\d[\W\d]*(?:[a-zA-Z%]{0,3})$")  # "1,318", "+6.4%", "27/01/2025", "12 M"


def is_numeric(cell: str) -> bool:
    """A figure, a percentage or a numeric date rather than words."""
    return bool(_NUMERIC.match(" ".join(cell.split())))


def first_row_is_header(rows: Sequence[Sequence[str]], bold: Sequence[bool] | None = None) -> bool:
    """Whether the first row of a table names its columns, for tables whose markup does not say.

    It does when it alone is bold (``bold`` is per row: every non-empty cell bold), or when a
    column's first cell is words while every cell below it is a figure ("Change" over "+6.4%").
    A key/value table ("Property | Flat 3", "Inspected by | A. Shah") has neither, so its rows
    read "label: value" on their own instead of under the first row's cells.
    """
    body = [row for row in rows[1:] if any(c.strip() for c in row)]
    if not rows or not body:
        return False
    if bold is not None and len(bold) == len(rows) and bold[0] and not any(bold[1:]):
        return True
    for col, head in enumerate(rows[0]):
        below = [row[col] for row in body if col < len(row) and row[col].strip()]
        if head.strip() and not is_numeric(head) and below and all(is_numeric(c) for c in below):
            return True
    return False


def key_value_text(rows: Sequence[Sequence[str]]) -> str:
    """A headerless table, one line per row: "label: value" for two cells (a label ending in
    a colon keeps just the one), else the cells by " | "."""
    lines = []
    for row in rows:
        cells = [c for c in (" ".join(c.split()) for c in row) if c]
        if len(cells) == 2:
            lines.append(f"{cells[0].rstrip(':')}: {cells[1]}")
        elif cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)
