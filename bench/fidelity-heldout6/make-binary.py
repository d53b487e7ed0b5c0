"""Write the PDF and DOCX pages of the sixth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout6/make-binary.py

The same tooling as the earlier held-out sets (reportlab platypus for PDFs, python-docx for DOCX),
with layouts none of them has: a district council's two-page bathing-water bulletin whose first page
carries a letterhead block (council name, department, address) drawn only there, later pages a running
header instead, and every page the footer "Bathing Water Bulletin 7/2025 - Page n of 2"; the issue
date only in a "Date of issue: 26/08/2025" line (numeric, day first) under the title; a results table
of nine beaches with sample dates in its cells that breaks across the page with its header row
repeated, and a footnote line under it; PDF metadata a day before the issue date. And a parish clerk's
Word report whose opening is a borderless two-column memo table (To / From / Date of report / Meeting),
the report date in a table cell and a later meeting date beside it, numbered Heading 2 sections, List
Bullet paragraphs, a bold "Recommendation:" run inside paragraphs, a Table Grid budget table with a
totals row, a running header and footer in the section, and document properties that match neither
date. PDFs are written in invariant mode with a set creation date, so the same script makes the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from reportlab.graphics.shapes import Drawing, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()


def _p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


# ---------------------------------------------------------------- bathing water bulletin

BULLETIN_INTRO = [
    ("h1", "Bathing water quality results"),
    ("p", "<b>Date of issue:</b> 26/08/2025"),
    ("p", "This bulletin gives the results of the weekly samples taken at the district's nine designated bathing "
          "waters between 11 and 22 August. All samples were analysed by the Environment Agency's laboratory at "
          "Starcross."),
    ("p", "Eight of the nine beaches met the excellent standard in every sample this fortnight. Harbour Beach "
          "failed one sample after heavy rain on 17 August, when the storm overflow at Quay Road discharged into "
          "the harbour for six hours."),
    ("p", "Results are given in colony-forming units per 100 millilitres (cfu/100ml). Lower numbers mean cleaner "
          "water."),
]

RESULTS = [
    ["Bathing water", "Sampled", "E. coli", "Enterococci", "Result"],
    ["North Sands", "19/08/2025", "18", "<10", "Excellent"],
    ["Abbey Cove", "19/08/2025", "36", "10", "Excellent"],
    ["Harbour Beach", "18/08/2025", "1,240", "310", "Poor"],
    ["Harbour Beach (resample)", "21/08/2025", "27", "<10", "Excellent"],
    ["Long Strand", "20/08/2025", "45", "18", "Excellent"],
    ["Rock Pool Bay", "20/08/2025", "<10", "<10", "Excellent"],
    ["Gull Point", "21/08/2025", "63", "27", "Excellent"],
    ["Seabourne Central", "21/08/2025", "82", "36", "Excellent"],
    ["Seabourne West", "22/08/2025", "54", "9", "Excellent"],
    ["Mill Bay", "22/08/2025", "9", "<10", "Excellent"],
]

BULLETIN_AFTER = [
    ("small", "Single samples are compared with the excellent standard for coastal waters: E. coli 250 and "
              "enterococci 100 cfu/100ml."),
    ("h2", "Advice against bathing"),
    ("p", "An advice against bathing was in place at Harbour Beach from 18 to 21 August. Signs were put up at both "
          "entrances and the warning was shown on the Swimfo website."),
    ("p", "The resample on 21 August was within the excellent standard, and the signs were taken down the same "
          "afternoon."),
    ("p", "The water company has been asked to explain why the Quay Road overflow discharged during a storm that "
          "was smaller than the ones it is designed to hold."),
    ("h2", "Next bulletin"),
    ("p", "Sampling continues weekly until the end of the bathing season on 30 September. The next bulletin will "
          "cover the samples taken up to 5 September."),
]


def _map() -> Drawing:
    """The bulletin's location map, as a shaded panel with a coastline (no text in it)."""
    drawing = Drawing(15 * cm, 9 * cm)
    drawing.add(Rect(0, 0, 15 * cm, 9 * cm, fillColor=colors.HexColor("#dbe9f4"), strokeColor=colors.grey))
    drawing.add(PolyLine([0, 3 * cm, 3 * cm, 4 * cm, 6 * cm, 3.4 * cm, 9 * cm, 5 * cm, 12 * cm, 4.4 * cm,
                          15 * cm, 6 * cm], strokeColor=colors.HexColor("#6b8e23"), strokeWidth=2))
    return drawing


def make_bulletin(name: str = "pdf-bathing-water-bulletin-letterhead.pdf") -> None:
    width, height = A4

    def footer(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.setFont("Helvetica", 8)
        pdf.drawCentredString(width / 2, 1.1 * cm, f"Bathing Water Bulletin 7/2025 - Page {doc.page} of 2")

    def first(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawRightString(width - 2 * cm, height - 1.7 * cm, "Seabourne District Council")
        pdf.setFont("Helvetica", 9)
        pdf.drawRightString(width - 2 * cm, height - 2.2 * cm, "Environmental Health")
        pdf.drawRightString(width - 2 * cm, height - 2.6 * cm, "Council Offices, The Esplanade, Seabourne SB1 2AA")
        pdf.setStrokeColor(colors.HexColor("#1f5f8b"))
        pdf.setLineWidth(2)
        pdf.line(2 * cm, height - 3.0 * cm, width - 2 * cm, height - 3.0 * cm)
        footer(pdf, doc)
        pdf.restoreState()

    def later(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2 * cm, height - 1.3 * cm, "Seabourne District Council - Bathing Water Bulletin 7/2025")
        pdf.line(2 * cm, height - 1.45 * cm, width - 2 * cm, height - 1.45 * cm)
        footer(pdf, doc)
        pdf.restoreState()

    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, title="Bathing Water Bulletin 7/2025",
                            author="Environmental Health", topMargin=3.6 * cm, bottomMargin=2.2 * cm)
    styles = {"h1": "Heading1", "h2": "Heading2", "p": "BodyText"}
    story: list[object] = [_p(text, styles[kind]) for kind, text in BULLETIN_INTRO]
    story += [_map(), Paragraph("Figure 1: The district's nine designated bathing waters.", STYLES["Italic"]),
              Spacer(1, 6), _p("Results", "Heading2")]
    table = Table(RESULTS, colWidths=[5 * cm, 2.6 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.lightgrey),
                               ("ALIGN", (2, 1), (3, -1), "RIGHT"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    story.append(table)
    for kind, text in BULLETIN_AFTER:
        if kind == "small":
            story.append(Paragraph(text, STYLES["Italic"]))
        else:
            story.append(_p(text, styles[kind]))
    doc.build(story, onFirstPage=first, onLaterPages=later, canvasmaker=canvas_maker("2025-08-25", "161500"))


# ---------------------------------------------------------------- clerk's report

MEMO = [
    ["To:", "Members of Ashby Parva Parish Council"],
    ["From:", "Clerk and Responsible Financial Officer"],
    ["Date of report:", "29 September 2025"],
    ["Meeting:", "6 October 2025, 7.30pm, Village Hall"],
]

BUDGET = [
    ["Budget heading", "Budget 2025-26", "Spent to 31 August", "Remaining"],
    ["Grass cutting", "£3,600", "£2,100", "£1,500"],
    ["Street lighting", "£1,250", "£610", "£640"],
    ["Village hall grant", "£1,000", "£1,000", "£0"],
    ["Clerk's salary", "£6,480", "£2,700", "£3,780"],
    ["Total", "£12,330", "£6,410", "£5,920"],
]


def _recommend(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run("Recommendation: ").bold = True
    paragraph.add_run(text)


def make_clerks_report(name: str = "docx-clerks-report-memo-table.docx") -> None:
    document = docx.Document()
    props = document.core_properties
    props.created = dt.datetime(2025, 9, 22, 10, 5)
    props.modified = dt.datetime(2025, 9, 30, 8, 47)
    props.title = "Clerk's report"
    props.author = "Parish Clerk"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ashby Parva Parish Council · clerk@ashbyparva-pc.example · 01455 209118"
    section.footer.paragraphs[0].text = "Clerk's report to Council - October 2025 meeting - Agenda item 7"
    document.add_heading("Clerk's report", level=1)
    memo = document.add_table(rows=0, cols=2)
    for label, value in MEMO:
        cells = memo.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    document.add_heading("1. Finance", level=2)
    document.add_paragraph("The budget monitoring figures to the end of August are below. Spending is in line "
                           "with the budget except for the village hall grant, which was paid in full in April as "
                           "agreed.")
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in BUDGET:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_paragraph("Payments made since the last meeting:")
    for text in ["Grass cutting, August: £700.00", "Street lighting energy, quarter to June: £152.50",
                 "Clerk's salary, September: £540.00"]:
        document.add_paragraph(text, style="List Bullet")
    _recommend(document, "that the Council approves the payments listed and notes the budget position.")
    document.add_heading("2. Highways", level=2)
    document.add_paragraph("The county council has confirmed that the potholes on Lutterworth Road will be repaired "
                           "in October. The damaged signpost at the Gilmorton turn is on their list but has no date.")
    document.add_paragraph("Two residents have asked for a salt bin at the top of Church Lane. A bin costs about "
                           "£180 and the county would fill it free of charge.")
    _recommend(document, "that the Council buys a salt bin for Church Lane from the highways budget.")
    document.add_heading("3. Correspondence", level=2)
    document.add_paragraph("A letter from the village hall committee thanks the Council for its grant, which paid "
                           "for the new kitchen floor.")
    document.add_paragraph("The Clerk will be on leave from 13 to 24 October. Urgent matters should go to the "
                           "Chairman.")
    document.save(str(PAGES / name))


def main() -> None:
    make_bulletin()
    make_clerks_report()


if __name__ == "__main__":
    main()
