"""Tables as text a person can quote: one line per row, each cell with its column header.

"Region: North | Revenue: 4.1 M | Margin: 12%" keeps a row answerable on its own after
chunking, where a flattened table loses which figure belongs to which column. The same
form serves Markdown, HTML and DOCX tables.
"""

from __future__ import annotations

from collections.abc import Sequence


def table_text(rows: Sequence[Sequence[str]], has_header: bool = True) -> str:
    """The rows of a table, one line each; the first row is the header when ``has_header``."""
    cleaned = [[" ".join(cell.split()) for cell in row] for row in rows]
    cleaned = [row for row in cleaned if any(row)]
    if not cleaned:
        return ""
    if not has_header or len(cleaned) == 1:
        return "\n".join(" | ".join(cell for cell in row if cell) for row in cleaned)
    header, body = cleaned[0], cleaned[1:]
    return "\n".join(_row_line(header, row) for row in body)


def _row_line(header: Sequence[str], row: Sequence[str]) -> str:
    cells = []
    for i, value in enumerate(row):
        if not value:
            continue
        name = header[i] if i < len(header) else ""
        cells.append(f"{name}: {value}" if name and name != value else value)
    return " | ".join(cells)
