"""Write the PDF and DOCX pages of the ninth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout9/make-binary.py

Layouts none of the earlier held-out sets has: a charity's annual review as a PDF with a cover page
(title, subtitle and the publication date only), a contents page (a two-column table of section titles
and page numbers), then body pages under a running header and a footer with the trust's web address and a
page number, one page holding two figure tables; a village newsletter set in three columns (reportlab
frames) under a masthead on the first page and a running head on the second, its articles flowing from
column to column and one column holding a small diary table; a planning decision notice (a council
letterhead and a reference footer drawn on both pages, a two-column ruled table of application details,
numbered conditions each followed by its reason, the decision date near the end). DOCX: the minutes of
a residents' association AGM whose agenda items are Word numbered paragraphs ("List Number", the numbers
made by Word, not in the text) with a "List Number 2" sub-list and an action table; a solicitor's letter
whose letterhead is a borderless table in the section header, with references, an ordinal date
("5th March 2026"), an address block and a regulatory footer. PDFs are written in invariant mode with a
set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.shared import Length, Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body9", parent=STYLES["BodyText"], fontName="Times-Roman", fontSize=10.5, leading=14)
H2 = ParagraphStyle("h2n", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=13, leading=16)
WIDTH, HEIGHT = A4

# ---------------------------------------------------------------- annual review with cover and contents

REVIEW_HEAD = "Kettleness Harbour Trust Annual Review  |  April 2025 to March 2026"


def make_review(name: str = "pdf-cover-contents-annual-review-harbour-trust.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                            topMargin=2.6 * cm, bottomMargin=2.4 * cm, title="Annual Review 2025-26",
                            author="Kettleness Harbour Trust")

    def cover(pdf: Canvas, _doc: object) -> None:
        pdf.saveState()
        pdf.setFillColor(colors.HexColor("#1d4e6b"))
        pdf.rect(0, HEIGHT - 9 * cm, WIDTH, 9 * cm, stroke=0, fill=1)
        pdf.setFillColor(colors.white)
        pdf.setFont("Helvetica-Bold", 30)
        pdf.drawString(2.4 * cm, HEIGHT - 5 * cm, "Kettleness Harbour Trust")
        pdf.setFont("Helvetica", 20)
        pdf.drawString(2.4 * cm, HEIGHT - 6.4 * cm, "Annual Review 2025–26")
        pdf.setFillColor(colors.black)
        pdf.setFont("Helvetica", 12)
        pdf.drawString(2.4 * cm, 4 * cm, "Published 18 March 2026")
        pdf.drawString(2.4 * cm, 3.4 * cm, "Registered charity no. 1187654")
        pdf.restoreState()

    def later(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8.5)
        pdf.setFillColor(colors.HexColor("#1d4e6b"))
        pdf.drawString(2.4 * cm, HEIGHT - 1.5 * cm, REVIEW_HEAD)
        pdf.line(2.4 * cm, HEIGHT - 1.65 * cm, WIDTH - 2.4 * cm, HEIGHT - 1.65 * cm)
        pdf.setFillColor(colors.black)
        pdf.drawString(2.4 * cm, 1.3 * cm, "www.kettlenessharbour.org.uk")
        pdf.drawRightString(WIDTH - 2.4 * cm, 1.3 * cm, str(doc_.page))
        pdf.restoreState()

    grid = TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                       ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                       ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
                       ("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    contents = Table([["Chair’s foreword", "3"], ["The year in numbers", "3"], ["Our finances", "4"],
                      ["Looking ahead", "4"]], colWidths=[12 * cm, 2 * cm])
    contents.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 11), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    numbers = Table([["", "2025–26", "2024–25"], ["Boats berthed", "142", "131"], ["Visiting yachts", "388", "402"],
                     ["Volunteer hours", "3,120", "2,870"], ["School visits", "26", "19"]],
                    colWidths=[7 * cm, 3 * cm, 3 * cm])
    numbers.setStyle(grid)
    money = Table([["", "2025–26", "2024–25"], ["Mooring fees", "£86,400", "£81,900"], ["Grants", "£41,000", "£18,500"],
                   ["Donations and legacies", "£12,750", "£14,200"], ["Repairs to the east pier", "£97,200", "£22,600"],
                   ["Staff and running costs", "£38,900", "£36,300"]], colWidths=[7 * cm, 3 * cm, 3 * cm])
    money.setStyle(grid)
    story = [
        PageBreak(),
        Paragraph("Contents", H2), Spacer(1, 0.4 * cm), contents, PageBreak(),
        Paragraph("Chair’s foreword", H2),
        Paragraph("This has been the year the east pier was finally made safe. After two winters behind "
                  "barriers, it reopened to walkers and anglers in September, and the fishing boats can once "
                  "again land at every state of the tide.", BODY),
        Paragraph("None of it would have happened without our 64 volunteers, who gave more than three thousand "
                  "hours between them, or without the grant from the Coastal Communities Fund.", BODY),
        Paragraph("The year in numbers", H2),
        Paragraph("More boats berthed in the harbour than in any year since the trust took it over in 2011.", BODY),
        Spacer(1, 0.3 * cm), numbers, PageBreak(),
        Paragraph("Our finances", H2),
        Paragraph("Income rose by a third, almost all of it from the pier grant, which was spent on the repairs "
                  "in the same year.", BODY),
        Spacer(1, 0.3 * cm), money, Spacer(1, 0.3 * cm),
        Paragraph("The trust ended the year with free reserves of £48,300, enough for about fifteen months of "
                  "running costs.", BODY),
        Paragraph("Looking ahead", H2),
        Paragraph("Next year we will replace the slipway winch and start a survey of the west breakwater, which "
                  "is showing its age.", BODY),
        Paragraph("We also hope to open the old lifeboat station as a small visitor centre by the summer of 2027.",
                  BODY),
    ]
    doc.build(story, onFirstPage=cover, onLaterPages=later, canvasmaker=canvas_maker("2026-03-16", "110000"))


# ---------------------------------------------------------------- three-column newsletter

def make_newsletter(name: str = "pdf-threecol-village-newsletter-bugle.pdf") -> None:
    margin, gap, top_first = 1.6 * cm, 0.6 * cm, 5.2 * cm
    col = (WIDTH - 2 * margin - 2 * gap) / 3
    body = ParagraphStyle("nl", parent=BODY, fontSize=10.5, leading=13.6)
    head = ParagraphStyle("nlh", parent=H2, fontSize=11.5, leading=14, spaceBefore=6)

    def frames(top: float) -> list[Frame]:
        return [Frame(margin + i * (col + gap), 2.2 * cm, col, HEIGHT - top - 2.2 * cm, id=f"c{i}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(3)]

    def first(pdf: Canvas, _doc: object) -> None:
        pdf.saveState()
        pdf.setFont("Times-Bold", 34)
        pdf.drawCentredString(WIDTH / 2, HEIGHT - 2.9 * cm, "The Brackenfield Bugle")
        pdf.setFont("Helvetica", 9.5)
        pdf.drawCentredString(WIDTH / 2, HEIGHT - 3.7 * cm,
                              "Issue 112  ·  Wednesday 1 April 2026  ·  Free to every household in the parish")
        pdf.setLineWidth(1.5)
        pdf.line(margin, HEIGHT - 4.1 * cm, WIDTH - margin, HEIGHT - 4.1 * cm)
        footer(pdf)
        pdf.restoreState()

    def later(pdf: Canvas, doc_: BaseDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(margin, HEIGHT - 1.4 * cm, "The Brackenfield Bugle  ·  April 2026")
        pdf.drawRightString(WIDTH - margin, HEIGHT - 1.4 * cm, f"Page {doc_.page}")
        pdf.line(margin, HEIGHT - 1.6 * cm, WIDTH - margin, HEIGHT - 1.6 * cm)
        footer(pdf)
        pdf.restoreState()

    def footer(pdf: Canvas) -> None:
        pdf.setFont("Helvetica-Oblique", 8)
        pdf.drawCentredString(WIDTH / 2, 1.3 * cm,
                              "Copy for the May issue to editor@brackenfieldbugle.org.uk by 20 April")

    doc = BaseDocTemplate(str(PAGES / name), pagesize=A4, title="Brackenfield Bugle 112", author="Bugle team")
    doc.addPageTemplates([PageTemplate(id="first", frames=frames(top_first), onPage=first, autoNextPageTemplate="rest"),
                          PageTemplate(id="rest", frames=frames(2.2 * cm), onPage=later)])
    diary = Table([["Sat 11 Apr", "Plant sale, church porch"], ["Thu 16 Apr", "Parish council, village hall"],
                   ["Sun 26 Apr", "Litter pick from the green"]], colWidths=[1.8 * cm, col - 1.8 * cm])
    diary.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.2),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def p(text: str) -> Paragraph:
        return Paragraph(text, body)

    story = [
        Paragraph("Post office to reopen in the village hall", head),
        p("The post office counter closed when the shop on Church Lane was sold last autumn, and since then "
          "pensioners have had to take the bus to Ashover to collect parcels and pay bills."),
        p("From Tuesday 14 April a postmaster from Matlock will run a counter in the village hall every Tuesday "
          "and Friday morning, from 9.30 until 12.30."),
        p("The parish council has agreed to let the hall's small meeting room at no charge for the first year, "
          "and volunteers will serve tea in the main hall while people wait."),
        p("If the counter is used, Post Office Ltd has said it will consider adding a third morning next spring."),
        Paragraph("Footpath 12 is open again", head),
        p("The footbridge over the brook on footpath 12 has been rebuilt by the county council's rights of way "
          "team, six months after it was washed away in the October floods."),
        p("The new bridge is a little wider than the old one and has a handrail on both sides, so it is easier "
          "for walkers with dogs and pushchairs."),
        Paragraph("Dates for your diary", head),
        diary,
        Spacer(1, 0.2 * cm),
        Paragraph("Cricket club needs players", head),
        p("Brackenfield Cricket Club is looking for players of all ages for the new season, which starts on the "
          "first Saturday in May."),
        p("Nets are on Wednesday evenings from 6pm on the recreation ground, and anyone is welcome to come and "
          "try; the club can lend pads, gloves and a bat."),
        Paragraph("Speed watch results", head),
        p("Volunteers from the speed watch group checked traffic on Main Road for twelve hours in March and "
          "recorded 96 drivers going faster than 35mph in the 30mph limit."),
        p("Their details have been passed to the police, who will send each of them a warning letter."),
        p("The group would welcome more volunteers, especially people who can help on weekday mornings."),
        Paragraph("From the school", head),
        p("Class 3 spent a week in March learning about the old lead mines on the moor, and their drawings will "
          "be shown in the church during April."),
        p("The school is also collecting old mobile phones for recycling, to raise money for a new playground "
          "shelter; there is a box by the office."),
        p("Thank you to everyone who came to the spring fair, which raised £1,240 for books for the library."),
        Paragraph("Bin collections over Easter", head),
        p("There will be no collections on Good Friday, 3 April, or on Easter Monday, 6 April."),
        p("Bins due on those days will be emptied on the Saturday after, so please put them out by 7am."),
        p("Garden waste collections start again for the summer in the week of 13 April."),
        Paragraph("A letter from the allotments", head),
        p("The allotment society has four half plots free this year, at £18 each for the season, and would "
          "particularly like to hear from families who have not grown vegetables before."),
        p("Members share tools, seed and advice, and there is a water trough at each end of the site."),
        Paragraph("Church roof appeal reaches its target", head),
        p("The appeal to repair the roof of St Mary's has reached its target of £64,000, two years after lead "
          "was stolen from the south aisle."),
        p("Most of the money came from a heritage grant, but more than £9,000 was raised in the village through "
          "concerts, a sponsored walk and the Christmas tree festival."),
        p("Scaffolding will go up in May, and the church will stay open for services while the work is done."),
        p("The churchwardens would like to thank everyone who gave, and especially the children of the school, "
          "who raised £312 with a sponsored spell."),
        Paragraph("Village hall news", head),
        p("The hall committee has bought forty new chairs that are lighter and easier to stack than the old "
          "ones, which will be sold for £2 each on the morning of the plant sale."),
        p("The hall can now be booked online through the parish website, and the rate for village groups stays "
          "at £9 an hour."),
        p("A new defibrillator has been fitted on the outside wall by the main door, and a free training session "
          "on how to use it will be held in the hall in May."),
        p("The committee is looking for a new treasurer, as Margaret Hollis is stepping down after eleven years; "
          "anyone interested should speak to her or to the chair."),
        Paragraph("Lost and found", head),
        p("A set of keys on a red climbing clip was found by the bus shelter on 18 March and has been handed in "
          "at the pub."),
        p("A grey cat with a white chest has been missing from Hill Top Farm since the middle of March; please "
          "check your sheds and garages."),
    ]
    doc.build(story, canvasmaker=canvas_maker("2026-03-27", "184500"))


# ---------------------------------------------------------------- planning decision notice

def make_decision(name: str = "pdf-planning-decision-notice-conditions.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=4.2 * cm, bottomMargin=2.6 * cm, title="Decision notice 26/00412/FUL",
                            author="Planning Services")

    def furniture(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica-Bold", 15)
        pdf.drawString(2.2 * cm, HEIGHT - 1.9 * cm, "Wealdbridge District Council")
        pdf.setFont("Helvetica", 9)
        pdf.drawString(2.2 * cm, HEIGHT - 2.5 * cm,
                       "Planning Services, Council Offices, Station Road, Wealdbridge WB4 2QT")
        pdf.drawString(2.2 * cm, HEIGHT - 2.95 * cm, "planning@wealdbridge.gov.uk  ·  01892 700 400")
        pdf.line(2.2 * cm, HEIGHT - 3.3 * cm, WIDTH - 2.2 * cm, HEIGHT - 3.3 * cm)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2.2 * cm, 1.5 * cm, "Ref: 26/00412/FUL")
        pdf.drawRightString(WIDTH - 2.2 * cm, 1.5 * cm, f"Page {doc_.page} of 2")
        pdf.restoreState()

    title = ParagraphStyle("t", parent=H2, fontSize=14, alignment=TA_CENTER)
    small = ParagraphStyle("s", parent=BODY, fontSize=10, leading=13)
    cell = ParagraphStyle("c", parent=BODY, fontSize=10, leading=12.5)
    details = Table([[Paragraph("<b>" + k + "</b>", cell), Paragraph(v, cell)] for k, v in [
        ("Application number", "26/00412/FUL"),
        ("Proposal", "Single-storey rear extension and conversion of the garage to a home office"),
        ("Site address", "Hollybank, 7 Furnace Lane, Wealdbridge WB4 6LS"),
        ("Applicant", "Mr and Mrs D. Akintola"),
        ("Decision", "Granted, subject to conditions"),
    ]], colWidths=[4.4 * cm, 12.2 * cm])
    details.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    conditions = [
        ("The development hereby permitted shall begin before the end of three years from the date of this "
         "permission.", "To comply with section 91 of the Town and Country Planning Act 1990."),
        ("The development shall be carried out in accordance with drawings 2201/01 and 2201/04 Rev B.",
         "For the avoidance of doubt and in the interests of proper planning."),
        ("The external walls of the extension shall be finished in materials to match the existing house.",
         "To protect the character of the area."),
        ("The converted garage shall be used only as a home office ancillary to the house and not as a separate "
         "dwelling.", "The site is too small for a second dwelling with its own parking and garden."),
        ("No work on the extension shall take place on Sundays or bank holidays, or outside the hours of 8am to "
         "6pm on other days.", "To protect the living conditions of neighbours."),
    ]
    story: list[object] = [
        Paragraph("Town and Country Planning Act 1990", title),
        Paragraph("Notice of decision: full planning permission", title),
        Spacer(1, 0.4 * cm), details, Spacer(1, 0.5 * cm),
        Paragraph("The council, as local planning authority, hereby grants planning permission for the development "
                  "described above, subject to the following conditions.", small),
        Paragraph("Conditions", H2),
    ]
    for n, (condition, reason) in enumerate(conditions, 1):
        story.append(Paragraph(f"{n}. {condition}", small))
        story.append(Paragraph(f"<i>Reason: {reason}</i>", ParagraphStyle("r", parent=small, leftIndent=0.6 * cm)))
        story.append(Spacer(1, 0.15 * cm))
    story += [
        Paragraph("Informatives", H2),
        Paragraph("This permission does not give consent under the Building Regulations, which must be sought "
                  "separately.", small),
        Paragraph("The applicant is reminded that the Party Wall etc. Act 1996 may apply to the work on the shared "
                  "boundary with number 5.", small),
        Spacer(1, 0.5 * cm),
        Paragraph("Date of decision: 23 February 2026", small),
        Spacer(1, 0.6 * cm),
        Paragraph("Rebecca Thorne", small),
        Paragraph("Head of Planning Services", small),
        Spacer(1, 0.4 * cm),
        Paragraph("If you disagree with any of the conditions, you may appeal to the Planning Inspectorate within "
                  "six months of the date of this notice.", small),
    ]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=canvas_maker("2026-02-24", "081200"))


# ---------------------------------------------------------------- DOCX: AGM minutes with Word numbering

def make_minutes(name: str = "docx-agm-minutes-numbered-items-actions.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 1, 24, 10, 2)
    document.core_properties.modified = dt.datetime(2026, 1, 24, 10, 48)
    document.core_properties.author = "Secretary"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Marsh Lane Residents’ Association"
    section.footer.paragraphs[0].text = "Draft minutes – to be approved at the next general meeting"
    document.add_heading("Minutes of the Annual General Meeting", level=1)
    document.add_paragraph("Wednesday 21 January 2026, 7.30pm, St Luke’s Church Hall")
    document.add_paragraph("Present: 23 members and two guests from the borough council. Chair: Ruth Adeyemi.")

    def item(title: str, *paras: str, subs: tuple[str, ...] = ()) -> None:
        heading = document.add_paragraph(style="List Number")
        heading.add_run(title).bold = True
        for sub in subs:
            document.add_paragraph(sub, style="List Number 2")
        for text in paras:
            document.add_paragraph(text)

    item("Apologies for absence", "Apologies were received from eight members.")
    item("Minutes of the last AGM", "The minutes of the meeting held on 22 January 2025 were approved as a correct "
         "record.")
    item("Chair’s report",
         "The chair thanked the committee for a busy year, in which the association held four litter picks and "
         "persuaded the council to repair the street lights on the footpath to the station.",
         subs=("Membership has grown from 148 to 171 households.",
               "The summer street party raised £860 for the hospice.",
               "The Marsh Lane noticeboard has been replaced."))
    item("Treasurer’s report",
         "The treasurer reported a balance of £2,314 at the end of December, and the accounts were accepted.")
    item("Parking on the verges",
         "Members discussed vans parking on the grass verges near the school, which has churned them into mud.",
         "It was agreed to ask the council to put in wooden posts along the worst stretch.")
    item("Election of officers",
         "Ruth Adeyemi was re-elected as chair, Peter Lomax as treasurer and Nadia Farouk as secretary.")
    document.add_heading("Actions", level=2)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for r, cells in enumerate([["Action", "Who", "By when"],
                               ["Write to the council about posts on the verges", "Nadia Farouk", "End of February"],
                               ["Book the hall for the spring litter pick", "Peter Lomax", "6 March"],
                               ["Update the membership list and email addresses", "Ruth Adeyemi", "31 March"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("The meeting closed at 9.05pm.")
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: letter with a letterhead table in the header

def make_letter(name: str = "docx-solicitor-letter-letterhead-header-table.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 3, 4, 16, 20)
    document.core_properties.modified = dt.datetime(2026, 3, 5, 9, 3)
    document.core_properties.author = "EB"
    section = document.sections[0]
    header = section.header
    assert section.page_width is not None and section.left_margin is not None and section.right_margin is not None
    width = Length(section.page_width - section.left_margin - section.right_margin)
    head = header.add_table(rows=1, cols=2, width=width)
    left, right = head.rows[0].cells
    left.text = "HARTLEY & BYRNE"
    left.paragraphs[0].runs[0].bold = True
    left.paragraphs[0].runs[0].font.size = Pt(18)
    left.add_paragraph("Solicitors")
    right.text = "12 Castle Street"
    for line in ("Thornbury BS35 1HB", "Tel 01454 410 220", "enquiries@hartleybyrne.co.uk"):
        right.add_paragraph(line)
    section.footer.paragraphs[0].text = ("Hartley & Byrne Solicitors LLP is authorised and regulated by the Solicitors "
                                         "Regulation Authority (SRA number 612345). Partners: E. Byrne, J. Hartley.")
    for text in ("Our ref: EB/2231/HOL", "Your ref: JO/14MR", "", "5th March 2026", "",
                 "Mr J. Okafor", "14 Mill Road", "Thornbury", "BS35 2DF", "", "Dear Mr Okafor"):
        document.add_paragraph(text)
    subject = document.add_paragraph()
    subject.add_run("Re: Boundary hedge at 14 Mill Road, Thornbury").bold = True
    for text in (
        "Thank you for your letter of 26 February and the photographs of the hedge between your garden and "
        "number 16.",
        "We have looked at the title plans for both properties at the Land Registry. The boundary is shown as a "
        "straight line, and the hedge stands almost entirely on your side of it.",
        "This means that the hedge is yours, and your neighbour does not have the right to cut it down or to "
        "remove it without your agreement.",
        "Your neighbour may trim branches that overhang their garden, but only up to the boundary line, and "
        "should offer you the cuttings.",
        "We suggest that you write to your neighbour first, and we have enclosed a draft letter you may wish to "
        "use. If the hedge is cut again, please let us know and we will write to them on your behalf.",
        "Our fee for this advice is £180 plus VAT, as set out in our letter of engagement.",
        "", "Yours sincerely", "", "Eleanor Byrne", "Partner",
    ):
        document.add_paragraph(text)
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_review()
    make_newsletter()
    make_decision()
    make_minutes()
    make_letter()
