"""Tables a page writes in other markup, rewritten as tables before trafilatura reads the page:
a description list of label/value pairs, a key/value table whose header cells label rows, a
grid of ``<div>`` rows of the same number of cells, and a list of label/value fields
(:mod:`index.html_field_lists`). Then each row reads "Label: value" (:mod:`index.tables`).
Pure functions on an lxml tree, which :func:`as_tables` edits in place.
"""

from __future__ import annotations

from typing import Any

from .html_field_lists import field_lists_as_tables


def as_tables(tree: Any) -> None:
    """Rewrite the page's tables in other markup as ``<table>`` rows (see the module's docstring)."""
    for pairs in [dl for dl in tree.iter("dl") if _dl_pairs(dl)]:
        _dl_as_table(pairs)
    for table in [t for t in tree.iter("table") if _row_labelled(t)]:
        for th in table.iter("th"):
            th.tag = "td"  # its first row is a row like the others, not the column names
    for grid in [el for el in tree.iter("div", "ul", "ol", "section") if _grid_rows(el)]:
        _as_table(grid)
    field_lists_as_tables(tree)  # after the grids: a grid of label/value boxes is one already


_DL_TERM_WORDS = 5
# Four pairs or more: a record's summary (a job's salary, hours, contract, dates); a list of two
# or three pairs stays as it was read (term and value each a line), as the earlier pages' are.
_DL_PAIRS = 4


def _dl_pairs(dl: Any) -> bool:
    """A description list of label/value pairs: only ``<dt>``/``<dd>`` children, each short
    term followed by one description, :data:`_DL_PAIRS` pairs or more."""
    kids = [k for k in dl if isinstance(k.tag, str)]
    tags = [k.tag for k in kids]
    return (len(kids) >= 2 * _DL_PAIRS and tags == ["dt", "dd"] * (len(kids) // 2)
            and all(0 < len(k.text_content().split()) <= _DL_TERM_WORDS for k in kids[::2]))


def _dl_as_table(dl: Any) -> None:
    """A description list of pairs as a table of rows labelled by their terms ("Salary:
    £27,000" rather than the term and its value on lines of their own)."""
    from lxml import etree

    kids = [k for k in dl if isinstance(k.tag, str)]
    dl.tag = "table"
    for term, value in zip(kids[::2], kids[1::2]):
        row = etree.Element("tr")
        term.addprevious(row)
        term.tag, value.tag = "th", "td"
        term.set("scope", "row")
        row.append(term)
        row.append(value)


def _row_labelled(table: Any) -> bool:
    """A key/value table: two rows or more, each a header cell and then data cells only
    (``<tr><th scope="row">Weight</th><td>4 kg</td></tr>``). Its header cells label their rows,
    not columns, so each row reads "Weight: 4 kg" and the first is no header row."""
    rows = [[c.tag for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")] for row in table.iter("tr")]
    if len(rows) < 2 or table.find(".//table") is not None:
        return False
    return all(len(cells) >= 2 and cells[0] == "th" and "th" not in cells[1:] for cells in rows)


# A table built from <div>s (a CSS grid): at least this many rows of the same number of cells.
_GRID_MIN_ROWS, _GRID_MAX_CELLS, _CELL_MAX_WORDS = 3, 12, 12
_INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "small", "abbr", "sup", "sub", "br"})


def _grid_rows(el: Any) -> list[Any]:
    """The rows of a table laid out in block elements: every child of ``el`` holds the same
    number (2 or more) of short leaf cells, so the children read as rows and columns."""
    rows = [child for child in el if isinstance(child.tag, str)]
    if len(rows) < _GRID_MIN_ROWS or any(row.tag not in ("div", "li") for row in rows):
        return []
    widths = set()
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str)]
        if not 2 <= len(cells) <= _GRID_MAX_CELLS or (row.text or "").strip():
            return []
        if any((c.tag in _INLINE and not _label_value(cells))
               or any(g.tag not in _INLINE for g in c.iterdescendants() if isinstance(g.tag, str))
               or len(c.text_content().split()) > _CELL_MAX_WORDS for c in cells):
            return []
        widths.add(len(cells))
    return rows if len(widths) == 1 else []


def _label_value(cells: list[Any]) -> bool:
    """Two inline cells, a label without figures and a value with one ("Prep time" "30 minutes",
    "Servings" "8"): a details list's row, though its cells are spans, not blocks."""
    if len(cells) != 2 or any(c.tag not in _INLINE or c.tag == "a" or c.find(".//a") is not None for c in cells):
        return False  # a link and its file size ("Agenda pack" "PDF 6 MB") are a download list
    label, value = (c.text_content().strip() for c in cells)
    return bool(label) and not any(ch.isdigit() for ch in label) and any(ch.isdigit() for ch in value)


def _as_table(grid: Any) -> None:
    rows = _grid_rows(grid)
    first_cells = [c.text_content() for c in rows[0]]
    later = " ".join(c.text_content() for row in rows[1:] for c in row)
    head_class = any(word in (rows[0].get("class") or "").lower().split() for word in ("th", "head", "header"))
    header = head_class or (not any(ch.isdigit() for ch in "".join(first_cells)) and any(ch.isdigit() for ch in later))
    grid.tag = "table"
    for i, row in enumerate(rows):
        row.tag = "tr"
        for cell in row:
            if isinstance(cell.tag, str):
                cell.tag = "th" if i == 0 and header else "td"
