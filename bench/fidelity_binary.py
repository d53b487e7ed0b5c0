"""What the held-out fidelity sets' `make-binary.py` scripts share: PDFs with a fixed creation date
(so the same script makes the same bytes on every run) and DOCX files built from blocks.

``block_pdf`` and ``block_docx`` write the pages of the twentieth to twenty-seventh sets from one
block list (kind, value): "title", "h" (heading), "p" (paragraph), "date" (a date line), "note" (a
line marked neither body nor chrome), "th" (a table's header row), "row" (a table row), "break"
(next column, then next page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas


def canvas_maker(made: str, clock: str = "093000") -> type[canvas.Canvas]:
    """A reportlab canvas class (for ``SimpleDocTemplate.build(canvasmaker=...)``) whose PDFs
    say they were made on ``made`` (YYYY-MM-DD) at ``clock`` (HHMMSS, UTC), invariantly."""
    stamp = f"D:{made.replace('-', '')}{clock}+00'00'"

    class Stamped(canvas.Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)

    return Stamped


# A block is ("h1" | "h2" | "p", text) or ("row", [cells]): consecutive rows make one table.
Block = tuple[str, object]


def add_table(document: docx.document.Document, rows: list[list[str]], style: str) -> None:
    """The rows as one table of the document, in the given table style."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = style
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            table.cell(r, c).text = cell


def make_docx(path: Path, blocks: list[Block], header: str, footer: str, created: dt.datetime | None,
              table_style: str) -> None:
    """A DOCX of headings, paragraphs and tables, with a header and footer on its section and,
    when given, ``created`` as its creation and modification date."""
    document = docx.Document()
    if created is not None:
        document.core_properties.created = created
        document.core_properties.modified = created
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    rows: list[list[str]] = []
    for kind, value in [*blocks, ("end", "")]:
        if kind == "row" and isinstance(value, list):
            rows.append(value)
            continue
        if rows:
            add_table(document, rows, table_style)
            rows = []
        if kind in ("h1", "h2"):
            document.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(str(value))
    document.save(str(path))


def block_pdf(path: Path, blocks: Sequence[tuple[str, object]], header: tuple[str, str], footer: str, made: str,
              title: str, widths: Sequence[float], columns: int = 1) -> None:
    """Header and footer on every page; the title and date line at full width, then the blocks
    in ``columns`` columns (a "break" moves to the next column, then the next page)."""
    w, h = A4
    pdf = canvas_maker(made)(str(path), pagesize=A4)
    pdf.setTitle(title)
    gutter = 0.8 * cm
    col_w = (w - 4 * cm - (columns - 1) * gutter) / columns
    n, col = 1, 0
    top = h - 3 * cm

    def chrome() -> None:
        pdf.setFont("Helvetica", 8)
        pdf.setFillColor(colors.grey)
        pdf.drawString(2 * cm, h - 1.3 * cm, header[0])
        pdf.drawRightString(w - 2 * cm, h - 1.3 * cm, header[1])
        pdf.line(2 * cm, h - 1.5 * cm, w - 2 * cm, h - 1.5 * cm)
        pdf.drawCentredString(w / 2, 1.2 * cm, footer.format(n=n))
        pdf.setFillColor(colors.black)

    chrome()
    y = top
    for i, (kind, value) in enumerate(blocks):
        x = 2 * cm + col * (col_w + gutter)
        if kind == "break":
            if col + 1 < columns:
                col += 1
            else:
                pdf.showPage()
                n += 1
                col = 0
                top = h - 3 * cm
                chrome()
            y = top
        elif kind == "title":
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(2 * cm, y, str(value))
            y -= 24
        elif kind in ("date", "note"):
            pdf.setFont("Helvetica-Oblique", 10)
            pdf.drawString(x if kind == "note" else 2 * cm, y, str(value))
            y -= 22
            if kind == "date":
                top = y  # the columns start under the full-width title and date line
        elif kind == "h":
            y -= 6
            pdf.setFont("Helvetica-Bold", 12.5)
            pdf.drawString(x, y, str(value))
            y -= 18
        elif kind == "p":
            pdf.setFont("Helvetica", 10.5)
            for line in simpleSplit(str(value), "Helvetica", 10.5, col_w):
                pdf.drawString(x, y, line)
                y -= 14
            y -= 6
        elif kind in ("th", "row"):
            assert isinstance(value, list)
            cx = x
            if kind == "th":
                pdf.setFillColor(colors.HexColor("#dde6ee"))
                pdf.rect(x, y - 5, sum(widths), 17, stroke=0, fill=1)
                pdf.setFillColor(colors.black)
            pdf.setFont("Helvetica-Bold" if kind == "th" else "Helvetica", 10)
            for cell, cw in zip(value, widths):
                pdf.drawString(cx + 4, y, cell)
                cx += cw
            pdf.setLineWidth(0.4)
            pdf.line(x, y - 5, x + sum(widths), y - 5)
            y -= 18
            if kind == "row" and blocks[i + 1][0] != "row":
                y -= 8
    pdf.showPage()
    pdf.save()


def block_docx(path: Path, blocks: Sequence[tuple[str, object]], header: str | None, footer: str | None,
               created: dt.datetime, style: str) -> None:
    """A DOCX of the same blocks (tables from "th" and "row"), header and footer optional,
    ``created`` as its creation and modification date."""
    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    sec = d.sections[0]
    if header is not None:
        sec.header.paragraphs[0].text = header
    if footer is not None:
        sec.footer.paragraphs[0].text = footer
    rows: list[list[str]] = []
    for kind, value in [*blocks, ("end", "")]:
        if kind in ("th", "row"):
            assert isinstance(value, list)
            rows.append(value)
            continue
        if rows:
            add_table(d, rows, style)
            rows = []
        if kind == "title":
            d.add_heading(str(value), level=0)
        elif kind == "h":
            d.add_heading(str(value), level=1)
        elif kind in ("p", "date", "note"):
            d.add_paragraph(str(value))
    d.save(str(path))
