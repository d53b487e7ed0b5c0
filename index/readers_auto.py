"""The ``auto`` readers: maintained libraries per format, own rules only where they add.

- ``.txt``: any encoding (charset-normalizer); without the running header and footer of
  form-feed pages and a program's print header (:mod:`index.text_pages`); without a saved web page's site line and
  breadcrumb, and without a mail's signature block and the quoted message it ends with
  (:mod:`index.text_signature`); the
  rule-based chrome cleaner, which does better than the libraries on plain-text dumps of web
  pages; the stated date (dateutil), else a date line of its own among the closing lines.
- ``.html``/``.htm``: trafilatura (:mod:`index.extract_html`).
- ``.md``: markdown-it-py (:mod:`index.extract_markdown`).
- ``.pdf``: pypdf without repeated headers and footers (:mod:`index.extract_pdf`).
- ``.docx``: python-docx, tracked changes accepted, content controls opened and text boxes
  read where they are anchored (:mod:`index.docx_text_boxes`), a TOC field left out with its
  heading (:mod:`index.docx_toc`); tables
  row by row with their headers (a headerless key/value table as "label: value"); a date
  picker's date, else the stated date, else the date set in the document properties.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .clean import clean_text
from .closing_date import closing_date
from .dates import iso_date, names_other_event, stated_date
from .decoding import read_any_text
from .docx_text_boxes import lift_text_boxes
from .docx_toc import drop_toc_fields
from .docx_wrappers import drop_hidden_runs, open_wrappers, picked_dates
from .extract_html import extract_html
from .extract_markdown import extract_markdown
from .extract_pdf import read_pdf
from .front_matter import front_matter_date, split_front_matter
from .parsed import Parsed
from .readers_rules import read_docx
from .tables import first_row_is_header, key_value_text, table_text
from .text_breadcrumb import without_breadcrumb
from .text_footer import without_letter_footer
from .text_lynx import without_lynx_links
from .text_pages import without_page_breaks, without_print_header
from .text_signature import without_quoted_reply, without_signature
from .text_site_line import without_site_line


def _read_txt(file: Path) -> Parsed:
    text = without_letter_footer(without_lynx_links(read_any_text(file)))
    meta, raw = split_front_matter(without_print_header(without_page_breaks(text)))
    cleaned = clean_text(without_breadcrumb(without_site_line(without_quoted_reply(without_signature(raw)))))
    return Parsed(cleaned.text, meta.get("title") or cleaned.title,
                  iso_date(front_matter_date(meta)) or stated_date(raw) or closing_date(raw))


def _read_html(file: Path) -> Parsed:
    return extract_html(read_any_text(file))


def _read_markdown(file: Path) -> Parsed:
    return extract_markdown(read_any_text(file))


def _read_docx(file: Path) -> Parsed:
    """Tracked changes accepted and content controls opened (:mod:`index.docx_wrappers`); the
    date is a date picker's (unless its label names another event), else the stated one (at the
    top, else a closing place-and-date line), else the properties': the properties record when
    the file was saved, which is often a day after the date the text gives."""
    picked: list[tuple[str, str]] = []

    def prepare(body: Any) -> None:
        picked.extend(picked_dates(body))
        open_wrappers(body)
        drop_hidden_runs(body)
        lift_text_boxes(body)
        drop_toc_fields(body)

    parsed = read_docx(file, table=_docx_table, properties_date=True, prepare=prepare)
    own = [iso for label, iso in picked if not names_other_event(label)]
    date = (own[0] if own else "") or stated_date(parsed.text) or closing_date(parsed.text) or parsed.date
    return Parsed(parsed.text, parsed.title, date, parsed.url)


def _docx_table(table: Any) -> str:
    """Rows with their headers; a merged cell counts once (python-docx repeats it per column).

    Word tables do not say whether their first row is a header unless it is marked to repeat
    on each page. It is one when it is marked so, when it alone is bold, or when a column's
    first cell is words over figures; a table of three or more columns is taken to have one
    anyway (a data table), and so is a table of two rows (one record under its column names)
    unless a cell of its first row holds several paragraphs, which no column name does (then
    only its being marked or alone bold makes it a header).
    A two-column table of three rows or more without such a header is a key/value table
    ("Property | Flat 3", "Inspected by | K. Doyle"), and each row reads "label: value".
    """
    if _is_layout_table(table):
        return _layout_cells(table)
    rows, bold, across, marked = [], [], [], False
    for i, row in enumerate(table.rows):
        cells: list[str] = []
        spans: list[bool] = []
        previous, start = None, 0
        for cell in row.cells:
            if cell._tc is previous:  # horizontally merged: python-docx repeats it per column
                spans[start] = True
            else:
                start = len(cells)
            cells.append("" if cell._tc is previous else cell.text)
            spans.append(False)
            previous = cell._tc
        rows.append(cells)
        across.append(spans)
        runs = [run for cell in row.cells for p in cell.paragraphs for run in p.runs if run.text.strip()]
        bold.append(bool(runs) and all(run.bold or run.font.bold for run in runs))
        marked = marked or (i == 0 and row._tr.trPr is not None and "tblHeader" in row._tr.trPr.xml)
    width = max((sum(1 for c in row if c.strip()) for row in rows), default=0)
    filled = [row for row in rows if any(c.strip() for c in row)]
    # a column's name is one paragraph: a first row whose cell holds several (a CV's period
    # beside a post, its employer and what was done there) is a record, not column names, even
    # over figures ("2019 – 2022" under "2022 – now"), unless it alone is bold
    record = bool(table.rows) and any(
        sum(1 for p in cell.paragraphs if p.text.strip()) > 1 for cell in table.rows[0].cells)
    only_first_bold = len(bold) > 1 and bold[0] and not any(bold[1:])
    header = only_first_bold if record else first_row_is_header(rows, bold)
    if marked or header or width >= 3 or (len(filled) <= 2 and not record):
        return table_text(rows, has_header=True, across=across)
    return key_value_text(rows)


def _is_layout_table(table: Any) -> bool:
    """A table used to lay out a page, not to hold data: a cell holds a table of its own (a
    report in one column, a results table in the other)."""
    return any(cell.tables for row in table.rows for cell in row.cells)


def _layout_cells(table: Any) -> str:
    """A layout table read cell by cell, each cell's paragraphs and tables as blocks of their own
    (a merged cell once)."""
    blocks: list[str] = []
    seen: list[Any] = []
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            for item in cell.iter_inner_content():
                text = _docx_table(item) if getattr(item, "rows", None) is not None else " ".join(item.text.split())
                if text.strip():
                    blocks.append(text)
    return "\n\n".join(blocks)


AUTO_READERS: dict[str, Callable[[Path], Parsed]] = {
    ".txt": _read_txt, ".md": _read_markdown, ".markdown": _read_markdown,
    ".html": _read_html, ".htm": _read_html, ".pdf": read_pdf, ".docx": _read_docx,
}
