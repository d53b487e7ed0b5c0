"""Write the PDF and DOCX pages of the twelfth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout12/make-binary.py

Layouts none of the earlier held-out sets has: a council's form letter as a PDF (a parking permit
renewal) with the letterhead drawn on the canvas, the recipient's address in a window-envelope position
beside a reference block ('Our ref', 'Your ref', 'Date', 'Contact') laid out as a borderless two-column
table, a ruled charges table, a signature block and a legal footer on every page; a food business's
product recall notice as a PDF with a boxed red banner, a two-column key/value 'Product details'
table, bulleted advice, and 'Date of notice' at the foot. DOCX: a swimming club's gala report laid out
as a borderless one-row, two-cell table with the report's paragraphs in the left cell and a results
table nested inside the right cell; a village hall's hire charges with a Word drop cap (a framed
paragraph holding the first letter, as Word makes it), a price list of tab-leader lines (label, a
dotted right tab, the price) instead of a table, and a two-column section for the conditions of hire.
PDFs are written in invariant mode with a set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Pt
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
BODY = ParagraphStyle("body12", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5,
                      spaceAfter=7)
SMALL = ParagraphStyle("small12", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
H2 = ParagraphStyle("h2t", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16)
WIDTH, HEIGHT = A4
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---------------------------------------------------------------- PDF: form letter


def make_letter(name: str = "pdf-form-letter-window-address-reference-block-parking-permit.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=4.2 * cm, bottomMargin=2.8 * cm, title="Parking permit renewal",
                            author="Parking Services")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(2.2 * cm, HEIGHT - 2.0 * cm, "Harrogate District Council")
        pdf.setFont("Helvetica", 9)
        pdf.drawString(2.2 * cm, HEIGHT - 2.6 * cm, "Parking Services, PO Box 787, Harrogate HG1 9RW")
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(2.2 * cm, 1.6 * cm, "Harrogate District Council is a data controller under the UK GDPR. "
                       "Read our privacy notice at harrogate.gov.uk/privacy.")
        pdf.drawString(2.2 * cm, 1.2 * cm, "Calls may be recorded for training and quality purposes.")
        pdf.restoreState()

    address = Paragraph("Mr D Ashworth<br/>14 Ripon Road<br/>Harrogate<br/>HG1 2JD", BODY)
    ref = Table([[Paragraph("Our ref:", SMALL), Paragraph("RP/2026/04471", SMALL)],
                 [Paragraph("Your ref:", SMALL), Paragraph("Permit HZ-3318", SMALL)],
                 [Paragraph("Date:", SMALL), Paragraph("9 March 2026", SMALL)],
                 [Paragraph("Contact:", SMALL), Paragraph("01423 500600", SMALL)]],
                colWidths=[2.0 * cm, 3.6 * cm])
    ref.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    top = Table([[address, ref]], colWidths=[10.8 * cm, 5.8 * cm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    charges = Table([
        [Paragraph("<b>Permit</b>", SMALL), Paragraph("<b>12 months</b>", SMALL), Paragraph("<b>6 months</b>", SMALL)],
        [Paragraph("First vehicle", SMALL), Paragraph("£72.00", SMALL), Paragraph("£40.00", SMALL)],
        [Paragraph("Second vehicle", SMALL), Paragraph("£108.00", SMALL), Paragraph("£58.00", SMALL)],
        [Paragraph("Visitor scratch cards (book of 20)", SMALL), Paragraph("£15.00", SMALL),
         Paragraph("not sold", SMALL)],
    ], colWidths=[7.0 * cm, 3.5 * cm, 3.5 * cm])
    charges.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    story = [
        top,
        Spacer(1, 18),
        Paragraph("Dear Mr Ashworth", BODY),
        Paragraph("<b>Your resident parking permit for zone H (Ripon Road) is due for renewal</b>", BODY),
        Paragraph("Your permit expires on 31 March 2026. To keep parking in zone H, please renew it before "
                  "that date.", BODY),
        Paragraph("You can renew online at harrogate.gov.uk/permits using the reference at the top of this "
                  "letter, or by phone on 01423 500600.", BODY),
        Paragraph("The charges from 1 April 2026 are:", BODY),
        charges,
        Spacer(1, 10),
        Paragraph("If you hold a blue badge, or your vehicle is fully electric, your first permit is free, but "
                  "you still need to renew it.", BODY),
        Paragraph("If we do not hear from you by 31 March 2026, your permit will lapse and you may receive a "
                  "penalty charge notice for parking in the zone without one.", BODY),
        Spacer(1, 8),
        Paragraph("Yours sincerely", BODY),
        Spacer(1, 16),
        Paragraph("Mark Fenwick<br/>Parking Services Manager", BODY),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-03-06", "161000"))


# ---------------------------------------------------------------- PDF: product recall notice


def make_recall(name: str = "pdf-product-recall-notice-boxed-banner-key-value-table.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm, title="Product recall - Glenlivet Bakery",
                            author="Glenlivet Bakery Ltd")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawCentredString(WIDTH / 2, 1.2 * cm, "Glenlivet Bakery Ltd · Unit 4, Speyside Business Park, "
                              "Aberlour AB38 9PR · Registered in Scotland SC481902")
        pdf.restoreState()

    banner_style = ParagraphStyle("banner", parent=BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                                  textColor=colors.white, alignment=1)
    sub = ParagraphStyle("sub", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=17, alignment=1,
                         textColor=colors.white)
    banner = Table([[Paragraph("PRODUCT RECALL", banner_style)],
                    [Paragraph("Glenlivet Bakery Oatcakes with Cheddar", sub)]], colWidths=[17 * cm])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#c8102e")),
                                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    key = ParagraphStyle("key", parent=BODY, fontName="Helvetica-Bold", spaceAfter=0)
    val = ParagraphStyle("val", parent=BODY, spaceAfter=0)
    details = Table([[Paragraph(k, key), Paragraph(v, val)] for k, v in [
        ("Product name", "Glenlivet Bakery Oatcakes with Cheddar"),
        ("Pack size", "200g"),
        ("Best before", "30 June 2026 and 14 July 2026"),
        ("Batch code", "L6041 and L6052"),
        ("Allergen", "Mustard"),
    ]], colWidths=[4.5 * cm, 12.5 * cm])
    details.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        banner,
        Spacer(1, 14),
        Paragraph("Glenlivet Bakery is recalling two batches of its Oatcakes with Cheddar because they contain "
                  "mustard, which is not mentioned on the label.", BODY),
        Paragraph("This means the product is a possible health risk for anyone with an allergy to mustard.", BODY),
        Paragraph("Product details", H2),
        details,
        Spacer(1, 10),
        Paragraph("What you should do", H2),
        Paragraph("• If you have bought the product and have an allergy to mustard, do not eat it.", BODY),
        Paragraph("• Return it to the store you bought it from for a full refund, with or without a receipt.", BODY),
        Paragraph("No other Glenlivet Bakery products are affected.", BODY),
        Paragraph("We apologise to our customers for any inconvenience. For more information, call our "
                  "customer line on 01340 881 244.", BODY),
        Spacer(1, 12),
        Paragraph("Date of notice: 5 March 2026", SMALL),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-03-04", "172000"))


# ---------------------------------------------------------------- DOCX: gala report, nested table


def _no_borders(table: docx.table.Table) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders xmlns:w="{W}"><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def make_gala(name: str = "docx-swimming-gala-report-layout-table-nested-results.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 3, 8, 20, 14)
    document.core_properties.modified = dt.datetime(2026, 3, 9, 7, 55)
    document.core_properties.author = "Gala Secretary"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Kendal Otters Swimming Club"
    section.footer.paragraphs[0].text = "Affiliated to Swim England North West · Club no. 2417"
    document.add_heading("Spring Gala report", level=1)
    document.add_paragraph("9 March 2026")
    layout = document.add_table(rows=1, cols=2)
    _no_borders(layout)
    left, right = layout.cell(0, 0), layout.cell(0, 1)
    left.paragraphs[0].text = ("Our spring gala against Lancaster and Penrith was held at Kendal Leisure Centre "
                               "on Saturday 7 March.")
    for text in ("Kendal won the gala with 312 points, ahead of Lancaster on 287 and Penrith on 241.",
                 "Fourteen of our swimmers set personal bests, and Ellie Crossfield broke the club record for "
                 "the girls' 11 and under 50m butterfly.",
                 "Thank you to the 22 volunteers who worked as timekeepers, judges and in the tuck shop."):
        left.add_paragraph(text)
    right.paragraphs[0].text = "Final points"
    right.paragraphs[0].runs[0].bold = True
    nested = right.add_table(rows=4, cols=3)
    nested.style = "Table Grid"
    for r, cells in enumerate([["Club", "Points", "Place"], ["Kendal Otters", "312", "1st"],
                               ["Lancaster City", "287", "2nd"], ["Penrith Marlins", "241", "3rd"]]):
        for c, text in enumerate(cells):
            nested.cell(r, c).text = text
    right.add_paragraph("Full results are on the noticeboard.")
    document.add_paragraph("The next gala is the Lakes League round at Penrith on Saturday 18 April.")
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: hire charges, drop cap, tab leaders, columns


def _drop_cap(document: docx.document.Document, letter: str, rest: str) -> None:
    cap = document.add_paragraph()
    cap._p.insert(0, parse_xml(
        f'<w:pPr xmlns:w="{W}"><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
        'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:after="0" w:line="827" w:lineRule="exact"/>'
        '<w:textAlignment w:val="baseline"/></w:pPr>'))
    run = cap.add_run(letter)
    run.font.size = Pt(40)
    document.add_paragraph(rest)


def _leader_line(document: docx.document.Document, label: str, price: str) -> None:
    p = document.add_paragraph()
    p._p.insert(0, parse_xml(f'<w:pPr xmlns:w="{W}"><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8500"/>'
                             '</w:tabs><w:spacing w:after="60"/></w:pPr>'))
    p.add_run(label)
    p.add_run().add_tab()
    p.add_run(price)


def make_hall(name: str = "docx-village-hall-hire-charges-drop-cap-tab-leaders-two-columns.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 2, 20, 10, 30)
    document.core_properties.modified = dt.datetime(2026, 3, 6, 12, 5)
    document.core_properties.author = "Bookings Secretary"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ambleside Road Village Hall · Registered charity no. 1049212"
    section.footer.paragraphs[0].text = "Bookings: 07700 914 228 · bookings@arvh.org.uk"
    document.add_heading("Hire charges from 1 April 2026", level=1)
    document.add_paragraph("Issued 6 March 2026")
    _drop_cap(document, "T", "he village hall is run by a small charity with volunteer trustees, and the hire "
              "charges pay for heating, cleaning and repairs. The charges below were agreed at the trustees' "
              "meeting in February and apply to all bookings from 1 April.")
    document.add_heading("Charges per hour", level=2)
    for label, price in [("Main hall, weekday daytime", "£16.00"), ("Main hall, evenings and weekends", "£22.00"),
                         ("Committee room", "£9.50"), ("Kitchen (with either room)", "£6.00"),
                         ("Local charities and groups", "£8.00")]:
        _leader_line(document, label, price)
    document.add_paragraph("A deposit of £100 is needed for parties and wedding receptions and is returned after "
                           "the hall has been checked.")
    columns = document.add_section(WD_SECTION.CONTINUOUS)
    columns._sectPr.append(parse_xml(f'<w:cols xmlns:w="{W}" w:num="2" w:space="708"/>'))
    document.add_heading("Conditions of hire", level=2)
    for text in ("The hirer must be over 18 and must stay on the premises for the whole booking.",
                 "Music must end by 11pm, and the hall must be empty by midnight.",
                 "Tables and chairs must be put away and the floor swept before you leave.",
                 "The hall is licensed for 120 people standing or 80 seated.",
                 "Smoking and vaping are not allowed anywhere in the building."):
        document.add_paragraph(text)
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_letter()
    make_recall()
    make_gala()
    make_hall()
