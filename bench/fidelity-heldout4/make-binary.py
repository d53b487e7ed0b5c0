"""Write the PDF and DOCX pages of the fourth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout4/make-binary.py

The same tooling as the earlier held-out sets (reportlab platypus for PDFs, python-docx for DOCX),
with layouts none of them has: a two-page university registry circular with a drawn crest and the
university's name as a logo line in the running header, the circular's reference and "Page n of 2"
in the footer, the issue date as "14th July 2025" in a label/value block under the title and an
annex table on page 2; a one-page supplier invoice with a right-aligned "Invoice date: 01.07.25"
block (two-digit year), a line-item table with a totals block and a bank-details footer; a Word
letter whose sender address and date ("11 July 2025") are right-aligned paragraphs at the top,
with a reference line, a salutation and "Yours sincerely". PDFs are written in invariant mode with
a set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
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
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


# ---------------------------------------------------------------- university circular

CIRCULAR_PAGE1 = [
    ("h1", "Resit examinations and progression decisions, summer 2025"),
    ("p", "<b>Circular:</b> AR/25/07 &nbsp;&nbsp; <b>Date of issue:</b> 14th July 2025 &nbsp;&nbsp; "
          "<b>To:</b> Heads of School, programme leaders and school administrators"),
    ("h2", "Purpose"),
    ("p", "This circular sets out how resit examinations will run this summer and when progression decisions will be "
          "confirmed to students. It replaces circular AR/24/09, which covered the same matters last year."),
    ("h2", "Resit examinations"),
    ("p", "Resit examinations will take place on campus in the Sports Hall and the Examination Centre. Students who "
          "have a learning support plan will sit their examinations in the Library Building, as during the main "
          "examination period."),
    ("p", "Schools must send the Registry the final list of resit candidates for each module by the deadline in the "
          "annex. Late lists cannot be timetabled, and students on a late list will have to resit next year."),
    ("p", "There will be no online resit examinations this year. Students who are abroad and cannot return should "
          "apply to defer their resit to the next available sitting."),
    ("h2", "Progression decisions"),
    ("p", "Progression boards must meet within five working days of the last resit examination. The Registry will "
          "publish each student's decision on the student portal on the same day for every school, so that no "
          "student hears before another."),
    ("p", "Schools must not tell students their decision by email or in person before the portal is updated. "
          "Students who ask should be referred to the Registry helpdesk."),
    ("h2", "Appeals"),
    ("p", "Students may appeal a progression decision within ten working days of its publication. Appeals go to the "
          "Academic Appeals Office, not to the school, and schools should direct any student who wishes to appeal "
          "there."),
]
CIRCULAR_ANNEX = [
    ["Task", "Deadline", "Responsible"],
    ["Final resit lists to Registry", "25 July 2025", "School administrators"],
    ["Resit timetable published", "1 August 2025", "Registry"],
    ["Resit examinations", "18 to 29 August 2025", "Registry"],
    ["Progression boards", "5 September 2025", "Heads of School"],
    ["Decisions on the portal", "8 September 2025", "Registry"],
]


def make_circular(name: str = "pdf-university-circular-resits.pdf") -> None:
    width, height = A4

    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFillColor(colors.HexColor("#5b2a86"))
        pdf.circle(2.3 * cm, height - 1.3 * cm, 0.32 * cm, fill=1, stroke=0)
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(2.9 * cm, height - 1.42 * cm, "UNIVERSITY OF ESKDALE")
        pdf.setFont("Helvetica", 9)
        pdf.drawRightString(width - 2 * cm, height - 1.42 * cm, "Academic Registry")
        pdf.setStrokeColor(colors.HexColor("#5b2a86"))
        pdf.line(2 * cm, height - 1.8 * cm, width - 2 * cm, height - 1.8 * cm)
        pdf.setFont("Helvetica", 8)
        pdf.setFillColor(colors.black)
        pdf.drawString(2 * cm, 1.2 * cm, "Registry circular AR/25/07")
        pdf.drawRightString(width - 2 * cm, 1.2 * cm, f"Page {doc.page} of 2")
        pdf.restoreState()

    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, title="AR/25/07 Resit examinations",
                            author="Academic Registry", topMargin=2.6 * cm, bottomMargin=2.2 * cm)
    story: list[object] = []
    for kind, text in CIRCULAR_PAGE1:
        story.append(_p(text, {"h1": "Heading1", "h2": "Heading2", "p": "BodyText"}[kind]))
    story += [PageBreak(), _p("Annex: key dates", "Heading2"),
              _p("All deadlines are at 5pm on the day shown."),
              _table(CIRCULAR_ANNEX, [6.5 * cm, 4.5 * cm, 5 * cm]), Spacer(1, 12),
              _p("Questions about this circular should go to the Registry helpdesk.")]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker("2025-07-15"))


# ---------------------------------------------------------------- invoice

INVOICE_ITEMS = [
    ["Description", "Qty", "Unit price", "Amount"],
    ["Hire of marquee, 6 m by 12 m", "1", "£420.00", "£420.00"],
    ["Trestle tables", "12", "£6.50", "£78.00"],
    ["Folding chairs", "80", "£1.20", "£96.00"],
    ["Delivery and collection", "1", "£55.00", "£55.00"],
]


def make_invoice(name: str = "pdf-invoice-marquee-hire.pdf") -> None:
    width, height = A4

    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 7.5)
        pdf.drawCentredString(width / 2, 1.5 * cm,
                              "Dale Events Hire Ltd · Registered in England 08812345 · VAT GB 318 4471 02")
        pdf.drawCentredString(width / 2, 1.1 * cm, "Bank: Northern Mutual · Sort code 40-11-62 · Account 71834420")
        pdf.restoreState()

    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, title="Invoice INV-2025-0418", author="Dale Events Hire")
    right = STYLES["BodyText"].clone("right", alignment=2)
    head = Table([[Paragraph("<b>Dale Events Hire</b><br/>Unit 4, Station Yard<br/>Hawes DL8 3NT", STYLES["BodyText"]),
                   Paragraph("<b>INVOICE</b><br/>Invoice no: INV-2025-0418<br/>"
                             "Invoice date: 01.07.25<br/>Due date: 31.07.25", right)]], colWidths=[8.5 * cm, 8.5 * cm])
    story: list[object] = [
        head, Spacer(1, 18),
        _p("<b>Bill to:</b> Askrigg Show Committee, c/o The Old School, Askrigg DL8 3HT"),
        Spacer(1, 8),
        _p("Event: Askrigg Agricultural Show, Saturday 28 June 2025"),
        Spacer(1, 10),
        _table(INVOICE_ITEMS, [8 * cm, 1.5 * cm, 3 * cm, 3 * cm]),
        Spacer(1, 8),
        Table([["Subtotal", "£649.00"], ["VAT at 20%", "£129.80"], ["Total due", "£778.80"]],
              colWidths=[3 * cm, 3 * cm], hAlign="RIGHT",
              style=TableStyle([("FONTNAME", (0, 2), (-1, 2), "Helvetica-Bold"), ("ALIGN", (1, 0), (1, -1), "RIGHT")])),
        Spacer(1, 16),
        _p("Thank you for hiring from us again. The marquee was returned in good order, so your deposit of "
           "£100 has been refunded separately."),
        _p("Please pay within 30 days by bank transfer, quoting the invoice number."),
    ]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker("2025-07-02"))


# ---------------------------------------------------------------- Word letter

def make_letter(name: str = "docx-letter-date-topright.docx") -> None:
    document = docx.Document()
    props = document.core_properties
    props.created = dt.datetime(2025, 7, 8, 16, 5)
    props.modified = dt.datetime(2025, 7, 10, 9, 40)
    props.title = "Letter to residents"
    props.author = "Highways Team"
    for line in ["Highways and Transport", "County Hall", "Northallerton DL7 8AD", "", "11 July 2025"]:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ["The Occupier", "Thoralby Lane", "Aysgarth"]:
        document.add_paragraph(line)
    document.add_paragraph("Our ref: HT/TL/0925")
    document.add_paragraph("Dear Resident,")
    subject = document.add_paragraph()
    subject.add_run("Resurfacing of Thoralby Lane").bold = True
    for text in [
        "We will resurface Thoralby Lane between the bridge and the junction with the A684 from Monday 4 August. "
        "The work will take five days, and the lane will be closed to traffic between 8am and 6pm.",
        "You will be able to reach your property on foot at all times. If you need to get a vehicle in or out during "
        "the day, please speak to the site supervisor, who will let you through when it is safe.",
        "Bin collections will not change. The contractor will move bins to the end of the closure on collection day "
        "and return them afterwards.",
        "If you have a blue badge or a medical appointment that week, please ring us on 01609 780780 and we will "
        "make sure you can get out.",
        "We are sorry for the disruption, and thank you for your patience while the work is done.",
        "Yours sincerely,",
        "Karen Metcalfe",
        "Area Highways Manager",
    ]:
        document.add_paragraph(text)
    document.save(str(PAGES / name))


def main() -> None:
    make_circular()
    make_invoice()
    make_letter()


if __name__ == "__main__":
    main()
