"""What the held-out fidelity sets' `make-binary.py` scripts share: PDFs with a fixed creation date
(so the same script makes the same bytes on every run) and DOCX files built from blocks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
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
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = table_style
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            rows = []
        if kind in ("h1", "h2"):
            document.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(str(value))
    document.save(str(path))
