"""Tables an extractor wrote back cell by cell, one paragraph each.

When trafilatura's own extraction finds too little, it takes a fallback's (jusText's or
readability's) text instead, which reads a ``<table>`` as paragraphs, one per cell: "Date",
"Topic", "Price", "3 May", "Pottery", "12 €", ... A row is then no longer answerable, and a cell
every row repeats ("12 €") reads as a line the template repeats. A run of consecutive blocks
that is exactly the cells of one of the page's data tables, in order, is put back as that
table's rows (:func:`index.tables.table_text`). Pure functions on an lxml tree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .tables import table_text

_MIN_ROWS, _MIN_COLUMNS = 2, 2


def with_tables_rejoined(blocks: list[str], tree: Any, squash: Callable[[Any], str]) -> list[str]:
    """``blocks`` with each run that spells one data table's cells replaced by its rows."""
    for rows, header in _data_tables(tree, squash):
        cells = [cell for row in rows for cell in row if cell]
        at = _run_at(blocks, cells)
        if at >= 0:
            blocks = [*blocks[:at], table_text(rows, header), *blocks[at + len(cells):]]
    return blocks


def _data_tables(tree: Any, squash: Callable[[Any], str]) -> list[tuple[list[list[str]], bool]]:
    """The page's plain data tables: no table inside, :data:`_MIN_ROWS` rows or more (and a
    header row) of :data:`_MIN_COLUMNS` cells or more, the same number in each; with whether
    the first row is a header (all ``<th>``, or in a ``<thead>``)."""
    found = []
    for table in tree.iter("table"):
        if table.find(".//table") is not None:
            continue
        trs = list(table.iter("tr"))
        rows = [[squash(c) for c in tr if c.tag in ("td", "th")] for tr in trs]
        if len(rows) <= _MIN_ROWS or len({len(r) for r in rows}) != 1 or len(rows[0]) < _MIN_COLUMNS:
            continue
        first = [c for c in trs[0] if c.tag in ("td", "th")]
        header = all(c.tag == "th" for c in first) or trs[0].getparent().tag == "thead"
        found.append((rows, header))
    return found


def _run_at(blocks: list[str], cells: list[str]) -> int:
    """Where ``cells`` stand as consecutive blocks, or -1."""
    if not cells:
        return -1
    for at in range(len(blocks) - len(cells) + 1):
        if blocks[at:at + len(cells)] == cells:
            return at
    return -1
