"""trafilatura's output tree as the page's blocks of text, in the page's order: each paragraph,
heading and list item a line, each data table its rows with their headers (:mod:`index.tables`),
and a page laid out in a table read cell by cell. Pure functions on lxml trees.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .html_text import INLINE_OUT, squash
from .tables import table_text

_TEXT_TAGS = frozenset({"p", "head", "quote", "code"})


def body_blocks(body: Any) -> list[str]:
    return [block for block in _walk([body]) if block]  # the body may itself be one paragraph


def _walk(el: Any) -> Iterator[str]:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "table" and _is_layout(child):
            for cell in child.iter("cell"):  # a page laid out in a table: its cells are the page
                yield from _walk(cell)
        elif tag == "table":
            yield table_text(*table_rows(child))
        elif tag == "list":
            yield from _list_items(child)
        elif tag in _TEXT_TAGS and not _has_blocks(child):
            yield squash(child)
        elif tag and _has_own_text(child):
            yield from _runs(child)
        elif tag:
            yield from _walk(child)


def _has_blocks(el: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag not in INLINE_OUT for c in el.iterdescendants())


def _runs(el: Any) -> Iterator[str]:
    """An element holding both text and blocks ("<body><p>..</p><p>..</p>Subscribe now</body>"):
    each run of its own text is a paragraph, each block child is walked on its own, so two
    paragraphs never run together ("lane.Shopkeepers")."""
    run = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in INLINE_OUT:
            yield " ".join("".join(run).split())
            yield from _walk([child])
            run = [child.tail or ""]
        else:
            run.append(squash(child) if isinstance(child.tag, str) else "")
            run.append(child.tail or "")
    yield " ".join("".join(run).split())


def _is_layout(table: Any) -> bool:
    """A table used for page layout (old templates), not data: its cells hold headings, lists
    or tables of their own, or paragraphs, unless it reads as a data table all the same."""
    cells = list(table.iter("cell"))
    if any(cell.find(tag) is not None for cell in cells for tag in ("head", "list", "table")):
        return True
    return any(cell.find("p") is not None for cell in cells) and not _is_data_table(table)


def _is_data_table(table: Any) -> bool:
    """A data table whose cells wrap their text in paragraphs (``<td><p>Item</p></td>``, or a
    ``<div>`` per cell, which trafilatura makes a paragraph): a header row (of ``<th>`` cells,
    or, in a table of three rows or more, of short column names in plain cells), the same
    number of cells in every row, at most one short paragraph in a cell. Rows of empty cells
    (an agenda's "Apologies") do not make it a layout."""
    rows = [list(row.iter("cell")) for row in table.iter("row")]
    if len(rows) < 2 or not rows[0]:
        return False
    if not all(c.get("role") == "head" for c in rows[0]) \
            and not (len(rows) >= 3 and all(_is_column_name(squash(c)) for c in rows[0])):
        return False
    if len({len(row) for row in rows}) != 1 or len(rows[0]) < 2:
        return False
    return all(len(cell.findall(".//p")) <= 1 and len(squash(cell).split()) <= _DATA_CELL_WORDS
               for row in rows for cell in row)


_DATA_CELL_WORDS = 30
_COLUMN_NAME_WORDS = 4


def _is_column_name(text: str) -> bool:
    """A header cell's text: a few words, not a sentence."""
    return 0 < len(text.split()) <= _COLUMN_NAME_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _has_own_text(el: Any) -> bool:
    """Text directly inside ``el`` (not only in its children): the element is a paragraph."""
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _list_items(el: Any) -> Iterator[str]:
    for item in el:
        nested = [sub for sub in item if sub.tag == "list"]
        for sub in nested:
            item.remove(sub)  # a sub-list's items are blocks of their own
        yield squash(item)
        for sub in nested:
            yield from _list_items(sub)


def table_rows(table: Any) -> tuple[list[list[str]], bool]:
    """The table's rows of cell texts, and whether its first row is a header: trafilatura's
    ``row`` and ``cell`` elements, or, where trafilatura left a table inside a paragraph as the
    page wrote it (an entry's text run in ``<br />`` lines around it), HTML's ``tr``, ``td`` and
    ``th``."""
    if next(table.iter("row"), None) is None and next(table.iter("tr"), None) is not None:
        html_rows = list(table.iter("tr"))
        rows = [[squash(cell) for cell in row if cell.tag in ("td", "th")] for row in html_rows]
        return rows, all(cell.tag == "th" for cell in html_rows[0] if isinstance(cell.tag, str))
    rows = [[squash(cell) for cell in row.iter("cell")] for row in table.iter("row")]
    first = next(iter(table.iter("row")), None)
    header = first is not None and any(c.get("role") == "head" for c in first.iter("cell"))
    return rows, header


def _source_positions(tree: Any) -> dict[str, int]:
    """Each element's one-line text -> the position of the first element of the page's body
    that reads so (not the ``<title>``)."""
    positions: dict[str, int] = {}
    body = tree.find("body")
    for i, el in enumerate((body if body is not None else tree).iter()):
        if isinstance(el.tag, str) and el.tag not in INLINE_OUT:
            positions.setdefault(squash(el), i)
    return positions


def in_source_order(blocks: list[str], tree: Any) -> list[str]:
    """trafilatura's blocks in the order the page shows them: on a page of several
    ``<article>`` entries (a live blog) it may put the standfirst after the first entry. A
    block not found as one element's text (a table) keeps its place after the one before it."""
    positions = _source_positions(tree)
    keys, last = [], -1
    for block in blocks:
        last = positions.get(block, last)
        keys.append(last)
    order = sorted(range(len(blocks)), key=lambda i: keys[i])
    return [blocks[i] for i in order]
