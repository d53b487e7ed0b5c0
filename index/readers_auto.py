"""The ``auto`` readers: maintained libraries per format, own rules only where they add.

- ``.txt``: any encoding (charset-normalizer); the rule-based chrome cleaner, which does
  better than the libraries on plain-text dumps of web pages; the stated date (dateutil).
- ``.html``/``.htm``: trafilatura (:mod:`index.extract_html`).
- ``.md``: markdown-it-py (:mod:`index.extract_markdown`).
- ``.pdf``: pypdf without repeated headers and footers (:mod:`index.extract_pdf`).
- ``.docx``: python-docx; tables row by row with their headers; the stated date, else
  the document properties'.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .clean import clean_text
from .dates import stated_date
from .decoding import read_any_text
from .extract_html import extract_html
from .extract_markdown import extract_markdown
from .extract_pdf import read_pdf
from .parsed import Parsed
from .readers_rules import read_docx
from .tables import table_text


def _read_txt(file: Path) -> Parsed:
    raw = read_any_text(file)
    cleaned = clean_text(raw)
    return Parsed(cleaned.text, cleaned.title, stated_date(raw))


def _read_html(file: Path) -> Parsed:
    return extract_html(read_any_text(file))


def _read_markdown(file: Path) -> Parsed:
    return extract_markdown(read_any_text(file))


def _read_docx(file: Path) -> Parsed:
    parsed = read_docx(file, table=_docx_table)
    date = stated_date(parsed.text) or parsed.date
    return Parsed(parsed.text, parsed.title, date, parsed.url)


def _docx_table(table: Any) -> str:
    """Rows with their headers; a merged cell counts once (python-docx repeats it per column)."""
    rows = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            cells.append("" if cell._tc is previous else cell.text)  # horizontally merged
            previous = cell._tc
        rows.append(cells)
    return table_text(rows, has_header=True)


AUTO_READERS: dict[str, Callable[[Path], Parsed]] = {
    ".txt": _read_txt, ".md": _read_markdown, ".markdown": _read_markdown,
    ".html": _read_html, ".htm": _read_html, ".pdf": read_pdf, ".docx": _read_docx,
}
