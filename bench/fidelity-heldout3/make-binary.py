"""Write the PDF and DOCX pages of the third held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout3/make-binary.py

The same tooling as the earlier held-out sets (reportlab platypus for PDFs, python-docx for DOCX),
with layouts neither has: a two-page housing co-op newsletter set in two columns (platypus
``BaseDocTemplate`` with two frames per page), a logo line drawn in the running header, a small
table inside a column and "Page n of 2" in the footer, dated "12.06.2025" under its masthead; a
landscape A4 bus-timetable consultation paper whose wide table of eight rows breaks across pages
1 and 2 with its header row repeated, a boxed logo mark and organisation name in the header, and
"Issued 2 June 2025" in its opening block; a Word decision notice with a grants table whose header
row is marked to repeat, a ward cell merged down two rows and a cell merged across three columns.
PDFs are written in invariant mode with a set creation date, so the same script makes the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NextPageTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()


def _table(rows: list[list[str]], size: float = 8.5) -> Table:
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), size),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


# ---------------------------------------------------------------- two-column newsletter

COOP_FIRST = [
    ("title", "Riverside News"),
    ("p", "Issue 14 &middot; 12.06.2025"),
]
COOP_COLUMNS = [
    ("h", "From the chair"),
    ("p", "It has been a busy spring. We finished the roof repairs on Block A a week early and under budget, "
          "thanks largely to a dry April, and the scaffolding came down in time for the summer. Several members "
          "have asked whether the same contractor will do Block B. The committee will decide that in the "
          "autumn, once we know what the survey finds."),
    ("p", "I also want to thank everyone who came to the general meeting. Sixty-one members voted, the most for "
          "six years, and the meeting ran for less than two hours for the first time that anyone can remember."),
    ("p", "Finally, a reminder that the office is now open on Wednesday evenings until seven, for members who "
          "cannot get there during the day."),
    ("h", "New boilers for Weir Street"),
    ("p", "All twenty-four flats on Weir Street will get new gas boilers this summer. The old ones are more than "
          "fifteen years old, and last winter eleven of them broke down at least once. The work takes one day per "
          "flat, and the contractor will write to each household with a date at least two weeks ahead."),
    ("p", "If the date does not suit you, ring the office and we will swap it. Nobody will be left without heating "
          "or hot water overnight."),
    ("h", "Service charges from July"),
    ("p", "The general meeting agreed the new weekly service charges. The garden charge goes up because we now pay "
          "for the hedges to be cut twice a year instead of once."),
    ("row", ["Charge", "Now", "From July"]),
    ("row", ["Cleaning", "£3.10", "£3.25"]),
    ("row", ["Gardens", "£1.40", "£1.90"]),
    ("row", ["Door entry", "£0.85", "£0.85"]),
    ("h", "Bike store"),
    ("p", "The new bike store behind Block B has space for thirty bikes. Keys are available from the office for a "
          "deposit of £10, which you get back when you return the key."),
    ("p", "Please do not leave bikes in the stairwells any more. The fire officer who inspected the blocks in "
          "April said they are a danger if people need to get out quickly."),
    ("h", "Committee places"),
    ("p", "Three places on the management committee are open this year. Committee members meet once a month "
          "and do not need any experience, only an interest in how the co-op is run. Nominations close at the "
          "end of the month."),
    ("h", "Rent account statements"),
    ("p", "Statements will now come every three months instead of every six. They show every payment and charge "
          "since the last statement. If you pay by standing order, please check that the amount matches the new "
          "weekly total, including the service charges above."),
    ("p", "Members who are behind with their rent should talk to the office early. We would much rather agree a "
          "plan than send a letter, and the earlier we talk the easier it is."),
    ("h", "Repairs line"),
    ("p", "The out-of-hours repairs line now goes to a new contractor, Ouse Property Care. The number is the same. "
          "For a leak, a loss of power or a door that will not lock, ring at any time; anything else can wait for "
          "the office to open."),
    ("p", "Last month the contractor answered ninety per cent of calls within a minute and reached every "
          "emergency within four hours."),
    ("h", "Parking permits"),
    ("p", "New parking permits go out with this newsletter. Each flat gets one permit, and visitors can park in "
          "the bays marked for them for up to a day. Cars without a permit will get a warning the first time "
          "and a letter from the office the second time."),
    ("p", "If you need a second permit because of a disability or a carer's visits, please ask the office. "
          "There is no charge for either permit."),
    ("h", "Dates for your diary"),
    ("p", "The summer barbecue is on the green behind Block C on the last Saturday of July, from two in the "
          "afternoon. Bring something to share if you can. The next committee meeting is open to all members "
          "and takes place in the community room."),
    ("h", "Garden day"),
    ("p", "Thank you to the nineteen members who turned up for the garden day in May. Between us we planted two "
          "hundred bulbs, cleared the pond and built a bench from the old fence panels."),
]


def make_coop(name: str = "pdf-twocol-coop-newsletter.pdf") -> None:
    width, height = A4
    gutter, margin = 0.8 * cm, 1.8 * cm
    col = (width - 2 * margin - gutter) / 2

    def decorate(pdf: canvas.Canvas, doc: BaseDocTemplate) -> None:
        pdf.saveState()
        pdf.setFillColor(colors.HexColor("#1d5c8c"))
        pdf.rect(margin, height - 1.55 * cm, 0.45 * cm, 0.45 * cm, fill=1, stroke=0)
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(margin + 0.65 * cm, height - 1.45 * cm, "RIVERSIDE HOUSING CO-OPERATIVE")
        pdf.setFillColor(colors.black)
        pdf.setFont("Helvetica", 8)
        pdf.drawRightString(width - margin, height - 1.45 * cm, "Members' newsletter")
        pdf.line(margin, height - 1.75 * cm, width - margin, height - 1.75 * cm)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(margin, 1.1 * cm, "Riverside Housing Co-operative Ltd, 2 Weir Street, Bedford MK40 1XX")
        pdf.drawRightString(width - margin, 1.1 * cm, f"Page {doc.page} of 2")
        pdf.restoreState()

    top = height - 2.2 * cm
    masthead = Frame(margin, top - 2.4 * cm, width - 2 * margin, 2.4 * cm, id="masthead")
    body_h = top - 2.4 * cm - 1.8 * cm
    first = PageTemplate("first", [masthead,
                                   Frame(margin, 1.8 * cm, col, body_h, id="l1"),
                                   Frame(margin + col + gutter, 1.8 * cm, col, body_h, id="r1")], onPage=decorate)
    later_h = top - 1.8 * cm
    later = PageTemplate("later", [Frame(margin, 1.8 * cm, col, later_h, id="l2"),
                                   Frame(margin + col + gutter, 1.8 * cm, col, later_h, id="r2")], onPage=decorate)
    doc = BaseDocTemplate(str(PAGES / name), pagesize=A4, pageTemplates=[first, later],
                          title="Riverside News, issue 14", author="Held-out set 3")
    story: list[Any] = [_p(COOP_FIRST[0][1], "Title"), _p(COOP_FIRST[1][1]), NextPageTemplate("later"),
                        FrameBreak()]
    rows: list[list[str]] = []
    for kind, value in [*COOP_COLUMNS, ("end", "")]:
        if kind == "row" and isinstance(value, list):
            rows.append(value)
            continue
        if rows:
            story += [_table(rows), Spacer(1, 6)]
            rows = []
        if kind == "h":
            story += [_p(str(value), "Heading3")]
        elif kind == "p":
            story += [_p(str(value)), Spacer(1, 2)]
    doc.build(story, canvasmaker=canvas_maker("2025-06-19"))


# ---------------------------------------------------------------- landscape timetable paper

TIMETABLE_ROWS = [
    ["Stop", "Route", "Now: first bus", "Now: last bus", "Proposed: first bus", "Proposed: last bus",
     "Change"],
    ["Ashcombe, The Green", "21", "06:40", "22:10", "06:10", "23:10", "Earlier and later"],
    ["Bramley Cross", "21", "06:52", "22:22", "06:22", "23:22", "Earlier and later"],
    ["Colton Hospital", "21A", "07:05", "21:35", "06:35", "23:35", "Earlier and later"],
    ["Dunmore Retail Park", "33", "08:15", "19:45", "08:15", "20:45", "Later in the evening"],
    ["Eastgate Bus Station", "33", "07:30", "23:00", "07:30", "23:00", "No change"],
    ["Fenwick Road", "34", "07:10", "18:40", "07:40", "18:40", "Later in the morning"],
    ["Greys Lane Estate", "34", "07:18", "18:48", "07:48", "18:48", "Later in the morning"],
    ["Harlow Street", "35", "09:00", "17:00", "-", "-", "Withdrawn"],
    ["Ingham Park and Ride", "21", "06:45", "22:15", "06:15", "23:15", "Earlier and later"],
    ["Jubilee Bridge", "33", "07:42", "23:12", "07:42", "23:42", "Later in the evening"],
    ["Kingsway North", "34", "07:25", "18:55", "07:55", "18:55", "Later in the morning"],
    ["Linden Avenue", "35", "09:08", "17:08", "-", "-", "Withdrawn"],
    ["Market Cross", "21A", "07:12", "21:42", "06:42", "23:42", "Earlier and later"],
    ["Northfield Schools", "34", "07:33", "19:03", "08:03", "19:03", "Later in the morning"],
    ["Orchard Way", "33", "08:22", "19:52", "08:22", "20:52", "Later in the evening"],
    ["Priory Road", "21", "06:58", "22:28", "06:28", "23:28", "Earlier and later"],
]


def make_timetable(name: str = "pdf-landscape-timetable.pdf") -> None:
    width, height = landscape(A4)

    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setStrokeColor(colors.HexColor("#7a1f5c"))
        pdf.setLineWidth(1.2)
        pdf.rect(2 * cm, height - 1.65 * cm, 0.9 * cm, 0.6 * cm, fill=0, stroke=1)
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawCentredString(2.45 * cm, height - 1.45 * cm, "WCT")
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(3.2 * cm, height - 1.45 * cm, "Wexley Combined Transport Authority")
        pdf.setFont("Helvetica", 8)
        pdf.drawRightString(width - 2 * cm, height - 1.45 * cm, "Consultation paper TC/25/04")
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(2 * cm, 1.0 * cm, "OFFICIAL")
        pdf.drawCentredString(width / 2, 1.0 * cm, f"- {doc.page} -")
        pdf.drawRightString(width - 2 * cm, 1.0 * cm, "www.wexleytransport.example/consult")
        pdf.restoreState()

    doc = SimpleDocTemplate(str(PAGES / name), pagesize=landscape(A4), title="TC/25/04 Evening and early buses",
                            author="Held-out set 3", topMargin=2.2 * cm, bottomMargin=1.8 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm)
    story: list[Any] = [
        _p("Earlier and later buses on routes 21 to 35: consultation", "Heading1"),
        _p("Issued 2 June 2025. Responses by 14 July 2025."),
        Spacer(1, 4),
        _p("We want to change the first and last times of five bus routes from September, so that people "
           "who start work at the hospital and the retail park before seven or finish after ten can get there "
           "and home by bus. The changes cost nothing extra, because the morning journeys on routes 34 and 35 "
           "carry very few passengers and their buses and drivers would be used on route 21 instead."),
        _p("Why we are proposing this", "Heading2"),
        _p("Last autumn we asked people who work shifts how they get to work. Of the 1,140 who answered, 410 "
           "said they drive only because there is no bus early or late enough, and 96 said they had turned down "
           "a job for the same reason. The hospital and the retail park both asked us to look at the first and "
           "last buses, and both have agreed to tell their staff about the changes."),
        _p("The table shows the first and last bus from each stop now and as proposed. Times are on weekdays; "
           "weekend times do not change."),
        Spacer(1, 4),
        _table(TIMETABLE_ROWS, size=9),
        Spacer(1, 8),
        _p("Route 35 would be withdrawn. It carried an average of four passengers a journey last year, and every "
           "stop on it is within 400 metres of a stop on route 34."),
        _p("Other changes", "Heading2"),
        _p("Route 33 would run an hour later in the evening, because the shops at Dunmore Retail Park now close "
           "at eight. Routes 34 and 35 would start half an hour later in the morning, when the first buses are "
           "almost empty."),
        _p("Buses on route 21 would run every twenty minutes until nine in the evening and every forty minutes "
           "after that. Today they run every half an hour all day and stop shortly after ten."),
        _p("What happens next", "Heading2"),
        _p("You can respond online, by email or on the paper form available in libraries. We will publish a "
           "summary of the responses and our decision in August. If the changes go ahead, new timetables will "
           "be at every stop a fortnight before they start."),
    ]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker("2025-06-04"))


# ---------------------------------------------------------------- DOCX with merged cells

GRANTS_HEADER = ["Ward", "Group", "Project", "Award"]


def make_grants(name: str = "docx-merged-grants.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2025, 6, 13, 11, 20)
    document.core_properties.modified = dt.datetime(2025, 6, 13, 11, 20)
    document.core_properties.title = "Community Chest decision notice"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Harnby Borough Council - Communities Team"
    section.footer.paragraphs[0].text = ("Decision notice CC-2025-06. Published under the Local Authorities "
                                         "(Executive Arrangements) Regulations 2012.")
    document.add_heading("Community Chest grants: decision notice", level=1)
    document.add_paragraph("The Community Chest panel met on 10 June 2025 and agreed the following awards from "
                           "this year's fund of £20,000.")
    document.add_paragraph("Grants are for one year and must be spent by 31 March 2026. Groups will receive an "
                           "award letter and the first payment within four weeks.")
    document.add_heading("Awards", level=2)
    table = document.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    for c, text in enumerate(GRANTS_HEADER):
        table.cell(0, c).text = text
        for run in table.cell(0, c).paragraphs[0].runs:
            run.bold = True
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    body: list[list[str | None]] = [
        ["Northgate", "Northgate Youth Club", "Summer sports week", "£2,500"],
        [None, "St Anne's Lunch Club", "New kitchen equipment", "£1,800"],
        ["Riverside", "Riverside Allotment Society", "Water butts and a tool store", "£950"],
        ["Oakwell", "Oakwell Village Hall", "Accessible toilet", "£4,000"],
        ["Eastwood", "No applications received this year", None, None]]
    for r, cells in enumerate(body, start=1):
        for c, value in enumerate(cells):
            if value is not None:
                table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # Northgate down two rows
    merged = table.cell(5, 1).merge(table.cell(5, 3))  # one note across group, project and award
    merged.text = "No applications received this year"
    document.add_paragraph("The panel did not fund an application for a minibus, because the fund cannot pay for "
                           "vehicles. The applicant has been told about the county's community transport grant.")
    document.add_paragraph("The next round opens in September.")
    document.save(str(PAGES / name))


def main() -> None:
    make_coop()
    make_timetable()
    make_grants()


if __name__ == "__main__":
    main()
