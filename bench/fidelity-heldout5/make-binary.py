"""Write the PDF and DOCX pages of the fifth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout5/make-binary.py

The same tooling as the earlier held-out sets (reportlab platypus for PDFs, python-docx for DOCX),
with layouts none of them has: two pages of a community land trust's board minutes with a running
header (trust name at the left, "Board minutes" at the right) and a footer ("Draft - not yet approved
by the Board" and "Page n") on every page, the meeting date inside the title sentence ("held on
Tuesday 15 July 2025"), numbered minute items and a table of actions (owner and due date) on page 2;
a Word annual report whose cover page carries the title, the organisation and "Published 3 September
2025" on their own lines before a page break, with a running header and footer in the section, a
visitor-figures table and document properties older than the cover date. PDFs are written in
invariant mode with a set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()


def _table(rows: list[list[str]], widths: list[float] | None = None) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


# ---------------------------------------------------------------- board minutes

MINUTES_PAGE1 = [
    ("h1", "Board minutes"),
    ("p", "Minutes of the meeting of the Board held on Tuesday 15 July 2025 at 7pm in the Institute, Main Street."),
    ("p", "<b>Present:</b> A. Whitehead (chair), J. Cowperthwaite, R. Dent, M. Iqbal, S. Noble. "
          "<b>Apologies:</b> P. Airey."),
    ("h2", "1. Minutes of the last meeting"),
    ("p", "The minutes of the meeting held on 17 June were approved as a correct record."),
    ("h2", "2. Barn conversion"),
    ("p", "The architect's revised drawings for the four homes in the old barn were presented. The Board agreed to "
          "submit the planning application by the end of August."),
    ("p", "R. Dent reported that the bat survey found a roost in the east gable. The ecologist advised that work on "
          "that end of the barn must wait until the bats leave in October."),
    ("h2", "3. Finance"),
    ("p", "The treasurer reported that the trust holds enough money to pay for the planning application and the "
          "survey work. A grant application for the build costs will go to the county council in September."),
    ("p", "The Board agreed to open a second bank account for the community share offer."),
]

MINUTES_PAGE2 = [
    ("h2", "4. Allocation policy"),
    ("p", "The draft policy gives first priority to people who have lived or worked in the parish for three years. "
          "It will go out for consultation with members before the next meeting."),
    ("h2", "5. Any other business"),
    ("p", "M. Iqbal will represent the trust at the county housing forum in October."),
    ("p", "The meeting closed at 8.50pm."),
]

ACTIONS = [
    ["No.", "Action", "Owner", "Due"],
    ["25/14", "Submit planning application", "A. Whitehead", "29 August"],
    ["25/15", "Book ecologist for October visit", "R. Dent", "1 August"],
    ["25/16", "Open share offer bank account", "S. Noble", "12 September"],
    ["25/17", "Send allocation policy to members", "J. Cowperthwaite", "5 September"],
]


def make_minutes(name: str = "pdf-board-minutes-land-trust.pdf") -> None:
    width, height = A4

    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(2 * cm, height - 1.4 * cm, "Lune Valley Community Land Trust")
        pdf.setFont("Helvetica", 9)
        pdf.drawRightString(width - 2 * cm, height - 1.4 * cm, "Board minutes")
        pdf.line(2 * cm, height - 1.6 * cm, width - 2 * cm, height - 1.6 * cm)
        pdf.setFont("Helvetica-Oblique", 8)
        pdf.drawString(2 * cm, 1.2 * cm, "Draft - not yet approved by the Board")
        pdf.setFont("Helvetica", 8)
        pdf.drawRightString(width - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        pdf.restoreState()

    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, title="Board minutes", author="Company Secretary",
                            topMargin=2.4 * cm, bottomMargin=2.2 * cm)
    styles = {"h1": "Heading1", "h2": "Heading2", "p": "BodyText"}
    story: list[object] = [_p(text, styles[kind]) for kind, text in MINUTES_PAGE1]
    story += [PageBreak()] + [_p(text, styles[kind]) for kind, text in MINUTES_PAGE2]
    story += [Spacer(1, 8), _p("Actions", "Heading2"), _table(ACTIONS, [1.6 * cm, 7 * cm, 4 * cm, 3 * cm])]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker("2025-07-22"))


# ---------------------------------------------------------------- annual report

VISITORS = [
    ["Site", "2023-24", "2024-25"],
    ["Museum", "18,420", "21,305"],
    ["Boathouse", "6,110", "7,890"],
    ["Schools visits", "2,240", "2,615"],
]


def make_report(name: str = "docx-annual-report-cover-date.docx") -> None:
    document = docx.Document()
    props = document.core_properties
    props.created = dt.datetime(2025, 8, 11, 14, 0)
    props.modified = dt.datetime(2025, 8, 28, 17, 25)
    props.title = "Annual report 2024-25"
    props.author = "Museum Office"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Windermere Steam Museum - Annual report 2024-25"
    section.footer.paragraphs[0].text = "Registered charity 512345"
    document.add_paragraph("Annual report 2024-25", style="Title")
    document.add_paragraph("Windermere Steam Museum Trust")
    cover = document.add_paragraph("Published 3 September 2025")
    cover.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cover.add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Chair's introduction", level=1)
    for text in [
        "This was the museum's busiest year since it reopened after the flood. More than thirty thousand people "
        "visited the museum and the boathouse, and nearly every primary school in the district came on a trip.",
        "The restoration of the steam launch Esperance was finished in May, and she carried passengers on the lake "
        "for the first time in forty years.",
        "None of this would have happened without our ninety volunteers.",
    ]:
        document.add_paragraph(text)
    document.add_heading("Visitors", level=1)
    document.add_paragraph("Visitor numbers rose at every site.")
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in VISITORS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_heading("Looking ahead", level=1)
    for text in [
        "Next year we will rebuild the slipway at the boathouse, which is now unsafe.",
        "We will also start recording the memories of the families who built and crewed the lake's steamers.",
    ]:
        document.add_paragraph(text)
    document.save(str(PAGES / name))


def main() -> None:
    make_minutes()
    make_report()


if __name__ == "__main__":
    main()
