"""Write the PDF and DOCX pages of the seventh held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout7/make-binary.py

The same tooling as the earlier held-out sets (reportlab platypus for PDFs, python-docx for DOCX),
with layouts none of them has: an inshore fisheries authority's two-page research note set in two
columns under a full-width title block on page 1, with numbered footnotes (superscript markers after
the full stop, all three notes drawn at the foot of page 1 above a short rule), a running header on page 2
only, the footer "Research Note 12 - page n of 2" on both, the date only as "Published 17 November
2025" in the title block, and a landings table inside the left column; PDF metadata three days
earlier. And a community foundation's Word summary of grant decisions whose first page has its own
header (the foundation's name and charity number) and later pages another, with the issue date in a
right-aligned paragraph ("Issued 3 November 2025") above the title, the panel's meeting date in the
first sentence, a Light Grid table of awards with a totals row, a second section in landscape with a
contacts table, and document properties that match neither date. PDFs are written in invariant mode
with a set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("col", parent=STYLES["BodyText"], fontName="Times-Roman", fontSize=10.5, leading=13.6,
                      spaceAfter=5)
HEAD = ParagraphStyle("colhead", parent=STYLES["Heading3"], fontName="Helvetica-Bold", fontSize=10, spaceBefore=6,
                      spaceAfter=3)

# ---------------------------------------------------------------- research note

NOTE_TITLE = "Brown crab landings and size limits in the Wash, 2023 to 2024"
NOTE_SUB = "Research Note 12 · Eastern Inshore Fisheries and Conservation Authority"
NOTE_DATE = "Published 17 November 2025"

NOTE_COL = [
    ("h", "Summary"),
    ("p", "Brown crab landings into Wash ports fell by 18% between 2023 and 2024, while landings of lobster rose "
          "slightly.<super>1</super>"),
    ("p", "The fall was largest at King's Lynn, where two of the five full-time potting vessels stopped fishing "
          "during the year."),
    ("p", "This note sets out the landings data, the results of the size sampling carried out at the quayside, "
          "and what they mean for the proposed increase in the minimum landing size."),
    ("h", "Background"),
    ("p", "Brown crab is caught with baited pots set in strings on the rough ground at the mouth of the Wash and "
          "along the Lincolnshire coast."),
    ("p", "Most of the catch is sold live to processors in Lincolnshire and Norfolk, and some is exported to Spain "
          "and Portugal."),
    ("p", "About forty vessels hold a permit to fish for crab and lobster in the district, but fewer than half of "
          "them fish all year."),
    ("h", "Landings"),
    ("p", "Landings are taken from the sales notes submitted by registered buyers and from the logbooks of "
          "vessels over ten metres."),
    ("table", None),
    ("p", "Lobster landings rose for the third year running, which fishers put down to the number of soft-shelled "
          "lobsters returned under the voluntary code agreed in 2022.<super>2</super>"),
    ("h", "Size sampling"),
    ("p", "Officers measured 2,406 brown crabs at the quayside between April and September 2024."),
    ("p", "The average carapace width was 142 millimetres, four millimetres less than in the 2019 survey."),
    ("p", "One crab in nine was within five millimetres of the current minimum landing size of 130 millimetres."),
    ("p", "A smaller average size together with lower landings is an early sign that the stock is being fished "
          "harder than it can sustain."),
    ("p", "The pattern is the same as the one seen on the north Norfolk coast before the 2018 closure of the "
          "inshore grounds there.<super>3</super>"),
    ("h", "Value of the fishery"),
    ("p", "The first-sale value of brown crab landed in the Wash was £2.9 million in 2024, down from £3.4 million "
          "the year before."),
    ("p", "Prices held up at about £2.75 a kilogram, so the fall in value follows the fall in landings."),
    ("h", "Options for the minimum size"),
    ("p", "The Authority's byelaw committee has asked for advice on raising the minimum landing size to 140 "
          "millimetres, in line with the neighbouring district."),
    ("p", "Using the 2024 sample, a 140 millimetre limit would have returned about 31% of the crabs landed by "
          "number but only 19% by weight, because the smaller crabs carry less meat."),
    ("p", "Most of that loss would fall in the first two years, after which the crabs returned would have "
          "grown into the larger size classes."),
    ("h", "Next steps"),
    ("p", "The committee will consider this note at its meeting in January."),
    ("p", "A public consultation on any change to the byelaw would follow in the spring, and no change could take "
          "effect before 2027."),
    ("p", "Questions about the data can be sent to the Authority's research team."),
    ("h", "Acknowledgements"),
    ("p", "We thank the buyers at Boston and King's Lynn who allowed officers to measure crabs on their premises, "
          "and the skippers who kept extra logbook records for this study."),
]

LANDINGS = [
    ["Species", "2023 (t)", "2024 (t)", "Change"],
    ["Brown crab", "1,284", "1,053", "-18%"],
    ["Lobster", "96", "101", "+5%"],
    ["Whelk", "2,310", "2,145", "-7%"],
    ["Cockle", "4,870", "5,020", "+3%"],
]

FOOTNOTES = {
    1: ["1 Landings by weight, live, from sales notes and logbooks. Figures for 2024 are provisional.",
        "2 Eastern IFCA, Voluntary code for returning soft-shelled lobsters, April 2022.",
        "3 North Norfolk Inshore Grounds Closure Order 2018, reviewed in Research Note 7 (2021)."],
}


def make_research_note(name: str = "pdf-twocol-research-note-footnotes.pdf") -> None:
    width, height = A4
    margin, gap = 1.8 * cm, 0.8 * cm
    col_w = (width - 2 * margin - gap) / 2
    foot_h = 3.4 * cm  # room for footnotes above the footer

    def decorate(pdf: canvas.Canvas, doc: BaseDocTemplate) -> None:
        pdf.saveState()
        if doc.page > 1:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(margin, height - 1.2 * cm, "Eastern IFCA · Research Note 12 · Brown crab in the Wash")
            pdf.setStrokeColor(colors.grey)
            pdf.line(margin, height - 1.35 * cm, width - margin, height - 1.35 * cm)
        notes = FOOTNOTES.get(doc.page, [])
        if notes:
            y = 1.6 * cm + 0.42 * cm * len(notes)
            pdf.setStrokeColor(colors.black)
            pdf.line(margin, y + 0.3 * cm, margin + 5 * cm, y + 0.3 * cm)
            pdf.setFont("Times-Roman", 7.5)
            for line in notes:
                pdf.drawString(margin, y, line)
                y -= 0.42 * cm
        pdf.setFont("Helvetica", 8)
        pdf.drawCentredString(width / 2, 0.9 * cm, f"Research Note 12 - page {doc.page} of 2")
        pdf.restoreState()

    title_h = 4.2 * cm
    body_h_first = height - 2 * cm - title_h - foot_h
    first = [Frame(margin, height - 2 * cm - title_h, width - 2 * margin, title_h, id="title"),
             Frame(margin, foot_h, col_w, body_h_first, id="left1"),
             Frame(margin + col_w + gap, foot_h, col_w, body_h_first, id="right1")]
    body_h = height - 2 * cm - foot_h
    later = [Frame(margin, foot_h, col_w, body_h, id="left"),
             Frame(margin + col_w + gap, foot_h, col_w, body_h, id="right")]
    doc = BaseDocTemplate(str(PAGES / name), pagesize=A4, title="Research Note 12: Brown crab in the Wash",
                          author="Eastern IFCA Research Team")
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=decorate),
                          PageTemplate("later", frames=later, onPage=decorate)])
    story: list[object] = [
        Paragraph(NOTE_SUB, ParagraphStyle("sub", parent=STYLES["Normal"], fontName="Helvetica", fontSize=9,
                                           textColor=colors.HexColor("#1d5c63"))),
        Spacer(1, 4),
        Paragraph(NOTE_TITLE, ParagraphStyle("t", parent=STYLES["Title"], alignment=0, fontSize=17, leading=21)),
        Paragraph(NOTE_DATE, ParagraphStyle("d", parent=STYLES["Normal"], fontName="Helvetica-Oblique",
                                            fontSize=9)),
        NextPageTemplate("later"),
        FrameBreak(),
    ]
    for kind, text in NOTE_COL:
        if kind == "h":
            story.append(Paragraph(text, HEAD))
        elif kind == "p":
            story.append(Paragraph(text, BODY))
        else:
            table = Table(LANDINGS, colWidths=[2.6 * cm, 1.6 * cm, 1.6 * cm, 1.4 * cm], hAlign="LEFT")
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
                                       ("FONTSIZE", (0, 0), (-1, -1), 8),
                                       ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                                       ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                       ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                                       ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            story += [Paragraph("Table 1: Landings into Wash ports, tonnes", HEAD), table, Spacer(1, 6)]
    doc.build(story, canvasmaker=canvas_maker("2025-11-14", "112000"))


# ---------------------------------------------------------------- grant decisions

AWARDS = [
    ["Applicant", "Project", "Requested", "Awarded"],
    ["Holbeach Youth Football Club", "Goalposts and nets for the under-9s", "£2,400", "£2,400"],
    ["Long Sutton Men's Shed", "Dust extraction for the workshop", "£3,150", "£2,500"],
    ["Crowland Abbey Bells", "Rehanging the fourth bell", "£5,000", "£3,000"],
    ["Spalding Foodbank", "Chest freezer and van fuel", "£1,800", "£1,800"],
    ["Total", "", "£12,350", "£9,700"],
]

CONTACTS = [
    ["Question about", "Contact", "Telephone"],
    ["Payments", "Finance Officer", "01775 309 412"],
    ["Monitoring reports", "Grants Officer", "01775 309 418"],
]


def make_grant_decisions(name: str = "docx-grant-panel-decisions-two-headers.docx") -> None:
    document = docx.Document()
    props = document.core_properties
    props.created = dt.datetime(2025, 10, 27, 15, 40)
    props.modified = dt.datetime(2025, 10, 31, 9, 2)
    props.title = "Grant decisions October 2025"
    props.author = "Grants Team"
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = ("South Holland Community Foundation · Registered charity "
                                                    "no. 1154021")
    section.header.paragraphs[0].text = "Grant decisions, October 2025 round"
    section.footer.paragraphs[0].text = "Community Grants Programme · grants@shcf.example · 01775 309 400"
    issued = document.add_paragraph("Issued 3 November 2025")
    issued.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_heading("Community grants: decisions of the October panel", level=1)
    document.add_paragraph("The grants panel met on 30 October 2025 and considered eleven applications to the "
                           "Community Grants Programme.")
    document.add_paragraph("Four applications were funded, in full or in part. The other seven will receive "
                           "feedback from the grants team by the end of November.")
    document.add_heading("Awards", level=2)
    table = document.add_table(rows=0, cols=4)
    table.style = "Light Grid Accent 1"
    for row in AWARDS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_paragraph("Where an award is less than the amount requested, the panel has said which items it "
                           "will pay for in the offer letter.")
    document.add_heading("Conditions", level=2)
    document.add_paragraph("Each award is paid in one instalment once the offer letter has been signed and "
                           "returned.")
    document.add_paragraph("Groups must spend the grant within twelve months and send a short report with "
                           "receipts or photographs.")
    document.add_paragraph("The next round opens on 1 December and closes on 30 January.")
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21.0)
    document.add_heading("Who to contact", level=2)
    contacts = document.add_table(rows=0, cols=3)
    contacts.style = "Table Grid"
    for row in CONTACTS:
        cells = contacts.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.save(str(PAGES / name))


def main() -> None:
    make_research_note()
    make_grant_decisions()


if __name__ == "__main__":
    main()
