"""Write the PDF and DOCX pages of the eleventh held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout11/make-binary.py

Layouts none of the earlier held-out sets has: a town council's summons and agenda as a PDF whose
numbered items are a borderless two-column table (number, then the item's text with a hanging
indent, as a Word agenda exported to PDF looks), sub-items '6.1', '6.2' as a ruled table of planning
applications, the summons date 'Dated: 10 March 2026' above the clerk's name and a meeting date in the
summons sentence, and a footer with the council's address and 'Page N of 2'; a water company's
zone water-quality summary as a PDF with a two-row table header (a spanned 'Results' cell over
'Min', 'Mean' and 'Max'), superscript footnote markers in cells and footnotes under the table, a
report period and a 'Published:' line, and a running header. DOCX: a residents' association's
consultation response with reviewers' Word comments left in (a ``comments.xml`` part with
``commentRangeStart``/``commentRangeEnd`` around body words and a ``commentReference`` run), a
first-page-only header holding the association's letterhead and a different header on later pages,
a right-aligned date paragraph, Word-numbered paragraphs ('List Number') and a table; a rowing club's
committee report with hyperlinks (``w:hyperlink`` runs inside sentences), a bulleted list, and a
second section in landscape with its own header holding a wide table. PDFs are written in invariant
mode with a set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as Paragraph_
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body11", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5,
                      spaceAfter=7)
H2 = ParagraphStyle("h2e", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16)
WIDTH, HEIGHT = A4
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# ---------------------------------------------------------------- PDF: summons and agenda


def make_agenda(name: str = "pdf-town-council-summons-agenda-numbered-items-table.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.6 * cm, title="Planning Committee agenda",
                            author="Town Clerk")

    def footer(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2.2 * cm, 1.4 * cm, "Thornbury Town Council, Town Hall, 35 High Street, Thornbury BS35 2AR")
        pdf.drawRightString(WIDTH - 2.2 * cm, 1.4 * cm, f"Page {doc_.page} of 2")
        pdf.restoreState()

    big = ParagraphStyle("big", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=18, leading=22,
                         alignment=1)
    centre = ParagraphStyle("c", parent=BODY, alignment=1)
    item = ParagraphStyle("item", parent=BODY, spaceAfter=4)
    num = ParagraphStyle("num", parent=BODY, fontName="Helvetica-Bold", spaceAfter=4)
    small = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)

    items = [
        ("1.", "<b>Apologies for absence</b><br/>To receive and consider apologies for absence."),
        ("2.", "<b>Declarations of interest</b><br/>To receive declarations of interest in any item on this "
               "agenda."),
        ("3.", "<b>Minutes</b><br/>To approve the minutes of the meeting held on 17 February 2026 as a true "
               "record."),
        ("4.", "<b>Public participation</b><br/>Members of the public may speak for up to three minutes each on "
               "any item on this agenda, for a total of fifteen minutes."),
        ("5.", "<b>Castle Street car park</b><br/>To consider the district council's proposal to introduce "
               "charges on Sundays and to agree the town council's response."),
        ("6.", "<b>Planning applications</b><br/>To consider the following applications and agree comments "
               "to the planning authority."),
    ]
    rows = [[Paragraph(n, num), Paragraph(t, item)] for n, t in items]
    layout = Table(rows, colWidths=[1.2 * cm, 15.4 * cm])
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    apps = Table([
        [Paragraph("<b>Item</b>", small), Paragraph("<b>Reference</b>", small), Paragraph("<b>Address</b>", small),
         Paragraph("<b>Proposal</b>", small)],
        [Paragraph("6.1", small), Paragraph("P26/0412/HH", small), Paragraph("14 Gillingstool", small),
         Paragraph("Single-storey rear extension", small)],
        [Paragraph("6.2", small), Paragraph("P26/0457/F", small), Paragraph("Land at Butt Lane", small),
         Paragraph("Nine dwellings with access and parking", small)],
        [Paragraph("6.3", small), Paragraph("P26/0501/ADV", small), Paragraph("The Swan, 6 High Street", small),
         Paragraph("Two illuminated fascia signs", small)],
    ], colWidths=[1.3 * cm, 3.2 * cm, 4.4 * cm, 7.7 * cm])
    apps.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    later = Table([[Paragraph(n, num), Paragraph(t, item)] for n, t in [
        ("7.", "<b>Tree works in the conservation area</b><br/>To note the notices received for tree works at "
               "St Mary's churchyard and 22 Castle Street."),
        ("8.", "<b>Date of next meeting</b><br/>Tuesday 21 April 2026 at 7pm in the Council Chamber."),
    ]], colWidths=[1.2 * cm, 15.4 * cm])
    later.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        Paragraph("THORNBURY TOWN COUNCIL", big),
        Paragraph("Planning Committee", centre),
        Spacer(1, 12),
        Paragraph("To: all members of the Planning Committee", BODY),
        Paragraph("You are hereby summoned to attend a meeting of the Planning Committee to be held in the "
                  "Council Chamber, Town Hall, on Tuesday 17 March 2026 at 7pm, to transact the business set "
                  "out below.", BODY),
        Paragraph("Dated: 10 March 2026", BODY),
        Paragraph("Sarah Whitfield, Town Clerk", BODY),
        Spacer(1, 8),
        Paragraph("AGENDA", H2),
        layout,
        Spacer(1, 6),
        apps,
        Spacer(1, 10),
        Paragraph("Plans for these applications can be viewed on the district council's planning website or at "
                  "the Town Hall during office hours.", BODY),
        Spacer(1, 220),
        later,
        Spacer(1, 10),
        Paragraph("Meetings of the town council are open to the press and public, and may be recorded.", BODY),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=canvas_maker("2026-03-10", "114500"))


# ---------------------------------------------------------------- PDF: water quality summary, two-row header

WQ_HEAD = "Severnside Water  ·  Drinking water quality  ·  Supply zone SZ-114 Stroud West"


def make_water(name: str = "pdf-water-quality-zone-report-spanned-header-footnotes.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.6 * cm, bottomMargin=2.2 * cm, title="Water quality report SZ-114",
                            author="Severnside Water")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.setFillColor(colors.HexColor("#00507a"))
        pdf.drawString(2 * cm, HEIGHT - 1.5 * cm, WQ_HEAD)
        pdf.setFillColor(colors.black)
        pdf.drawCentredString(WIDTH / 2, 1.2 * cm, str(doc_.page))
        pdf.restoreState()

    title = ParagraphStyle("wt", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20)
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    note = ParagraphStyle("note", parent=BODY, fontSize=8.5, leading=11, spaceAfter=2)

    def c(text: str) -> Paragraph:
        return Paragraph(text, cell)

    data = [
        [c("<b>Parameter</b>"), c("<b>Units</b>"), c("<b>Standard (PCV)</b>"), c("<b>Results</b>"), "", "",
         c("<b>Samples</b>"), c("<b>Failing</b>")],
        ["", "", "", c("<b>Min</b>"), c("<b>Mean</b>"), c("<b>Max</b>"), "", ""],
        [c("Nitrate"), c("mg NO3/l"), c("50"), c("8.1"), c("21.4"), c("33.0"), c("24"), c("0")],
        [c("Lead<super>1</super>"), c("µg Pb/l"), c("10"), c("&lt;0.5"), c("1.2"), c("14.6"), c("24"), c("1")],
        [c("Coliform bacteria"), c("number/100ml"), c("0"), c("0"), c("0"), c("1"), c("52"), c("1")],
        [c("Hardness<super>2</super>"), c("mg Ca/l"), c("none"), c("96"), c("112"), c("131"), c("12"), c("-")],
        [c("Fluoride"), c("mg F/l"), c("1.5"), c("0.08"), c("0.11"), c("0.15"), c("12"), c("0")],
    ]
    table = Table(data, colWidths=[3.4 * cm, 2.5 * cm, 2.2 * cm, 1.5 * cm, 1.5 * cm, 1.5 * cm, 1.8 * cm, 1.6 * cm],
                  repeatRows=2)
    table.setStyle(TableStyle([("SPAN", (3, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                               ("SPAN", (2, 0), (2, 1)), ("SPAN", (6, 0), (6, 1)), ("SPAN", (7, 0), (7, 1)),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a8b99")),
                               ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dbe9f2")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [
        Paragraph("Your water quality: Stroud West (zone SZ-114)", title),
        Paragraph("Report period: 1 January to 31 December 2025", BODY),
        Paragraph("Published: 27 February 2026", BODY),
        Paragraph("Stroud West is supplied mainly from the Mythe treatment works, with some water from boreholes "
                  "at Ebley during the summer.", BODY),
        Paragraph("About 41,000 people live in this supply zone.", BODY),
        Paragraph("In 2025 we took 124 samples in this zone, and 122 of them met every standard.", BODY),
        Paragraph("Results for the main parameters", H2),
        table,
        Spacer(1, 6),
        Paragraph("1. The lead failure was traced to old lead pipes inside one property, and the owner was given "
                  "advice on replacing them.", note),
        Paragraph("2. Water in this zone is moderately hard; there is no standard for hardness.", note),
        Spacer(1, 8),
        Paragraph("What we did about the failures", H2),
        Paragraph("The coliform bacteria found at a customer's tap in Cainscross were not found again when we "
                  "resampled the next day, and the water was safe to drink.", BODY),
        Paragraph("We have replaced 2.3 kilometres of old cast iron mains in Stroud West since 2023.", BODY),
        Paragraph("If you have a question about your water, call us on 0345 602 9180.", BODY),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-02-25", "101500"))


# ---------------------------------------------------------------- DOCX: consultation response with comments


def _comment(document: docx.document.Document, paragraph: Paragraph_, start: int, end: int, text: str,
             author: str, initials: str) -> None:
    runs = paragraph.runs[start:end]
    document.add_comment(runs, text=text, author=author, initials=initials)


def make_response(name: str = "docx-consultation-response-comments-first-page-header.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 2, 26, 19, 10)
    document.core_properties.modified = dt.datetime(2026, 3, 4, 21, 2)
    document.core_properties.author = "Helen Marsh"
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.text = "Moorside Residents' Association"
    first.runs[0].bold = True
    first.runs[0].font.size = Pt(16)
    section.first_page_header.add_paragraph("c/o 12 Lister Terrace, Halifax HX3 6RT  ·  moorsidera@gmail.com")
    section.header.paragraphs[0].text = "Moorside RA – response to the bus network review (continued)"
    section.footer.paragraphs[0].text = "Moorside Residents' Association is an unincorporated community group."
    section.first_page_footer.paragraphs[0].text = ("Moorside Residents' Association is an unincorporated "
                                                    "community group.")
    date = document.add_paragraph("4 March 2026")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Bus Network Review Team\nWest Yorkshire Combined Authority\n"
                           "Wellington House, Leeds LS1 2DE")
    document.add_paragraph("Dear Review Team,")
    heading = document.add_paragraph()
    run = heading.add_run("Response to the Calderdale bus network review")
    run.bold = True
    intro = document.add_paragraph()
    intro.add_run("This is the response of Moorside Residents' Association, agreed at our committee meeting on ")
    intro.add_run("2 March 2026")
    intro.add_run(", to your consultation on the Calderdale bus network.")
    _comment(document, intro, 1, 2, "Check the date - was it the 2nd or the 3rd?", "Tom Akroyd", "TA")
    document.add_paragraph("We represent about 600 households on the Moorside estate, many of whom do not drive.")
    document.add_paragraph("Our main points are:")
    points = [
        "We oppose the plan to cut route 548 to one bus an hour in the evenings, because it is the only service "
        "to Calderdale Royal Hospital from the estate.",
        "We support the new route 550 to the railway station, but ask that it also serves Lister Terrace.",
        "We ask that the last bus from Halifax on Saturdays leaves no earlier than 11pm.",
    ]
    for text in points:
        document.add_paragraph(text, style="List Number")
    comp = document.add_paragraph()
    comp.add_run("The table below compares the present timetable with the one you propose. ")
    comp.add_run("Figures are buses per hour.")
    _comment(document, comp, 0, 2, "Should we add Sundays?", "Helen Marsh", "HM")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for r, cells in enumerate([["Route and time", "Now", "Proposed"], ["548 weekday daytime", "4", "3"],
                               ["548 weekday evening", "2", "1"], ["550 weekday daytime", "-", "2"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("A survey of our members in January found that 71 of the 112 who replied use route 548 "
                           "at least once a week.")
    document.add_paragraph("We would welcome a meeting with your officers before the final network is agreed.")
    document.add_paragraph("Yours faithfully,")
    document.add_paragraph("Helen Marsh\nSecretary, Moorside Residents' Association")
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: report with hyperlinks, landscape section


def _hyperlink(paragraph: Paragraph_, text: str, url: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink xmlns:w="{W}" xmlns:r="{R}" r:id="{r_id}" w:history="1"><w:r><w:rPr>'
        f'<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'))


def make_club(name: str = "docx-rowing-club-report-hyperlinks-landscape-section.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 2, 20, 9, 0)
    document.core_properties.modified = dt.datetime(2026, 3, 2, 18, 45)
    document.core_properties.author = "Club Captain"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Wharfe Valley Rowing Club"
    section.footer.paragraphs[0].text = "Members only – please do not forward"
    document.add_heading("Captain's report to the committee", level=1)
    document.add_paragraph("2 March 2026")
    document.add_heading("Water and boats", level=2)
    document.add_paragraph("The river was closed to rowing for 23 days this winter because of high water, "
                           "compared with 11 days last winter.")
    p = document.add_paragraph("Bookings are now made through the ")
    _hyperlink(p, "online booking system", "https://wharfevalleyrc.org.uk/book")
    p.add_run(", which replaced the paper sheet in the boathouse in January.")
    document.add_paragraph("The following repairs were finished over the winter:")
    for text in ("The coxless four 'Ilkley Lass' has a new rudder and footplates.",
                 "Both single sculls were resprayed after the flood damage.",
                 "The launch engine was serviced and passed its safety check."):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Coaching", level=2)
    q = document.add_paragraph("Twelve new members finished the learn-to-row course, and the next course starts "
                               "on 11 April; details are on the ")
    _hyperlink(q, "club website", "https://wharfevalleyrc.org.uk/learn")
    q.add_run(".")
    document.add_paragraph("We still need two more volunteer coaches for the junior squad on Saturday mornings.")
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21.0)
    landscape.header.is_linked_to_previous = False
    landscape.header.paragraphs[0].text = "Appendix A – regatta entries 2026"
    document.add_heading("Appendix A: regatta entries", level=2)
    table = document.add_table(rows=5, cols=6)
    table.style = "Light List Accent 1"
    for r, cells in enumerate([
        ["Regatta", "Date", "Venue", "Crews entered", "Entry fees", "Transport"],
        ["Head of the Wharfe", "28 March", "Otley", "6", "£210", "Trailer"],
        ["York Spring Regatta", "25 April", "York", "4", "£168", "Trailer"],
        ["Durham Regatta", "13 June", "Durham", "3", "£135", "Hired minibus"],
        ["Tyne Amateur", "4 July", "Newcastle", "2", "£90", "Members' cars"],
    ]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("Entry fees are paid by the club; crews pay their own transport.")
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_agenda()
    make_water()
    make_response()
    make_club()
