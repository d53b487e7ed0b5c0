"""Write the PDF and DOCX pages of the tenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout10/make-binary.py

Layouts none of the earlier held-out sets has: a river trust's two-page press release as a PDF with a
letterhead drawn on the first page only (logo block, name, address line and a rule), a 'PRESS RELEASE'
label and the release date, a small ruled table of fish counts, 'ENDS', notes to editors and a media
contact on the second page, and a footer drawn on both pages (charity line and 'Page N of 2'); a
council's schedule of cemetery charges as a PDF whose one long table runs over two pages with its
header row repeated on the second (``repeatRows=1``), a running header on both pages and the page
numbers in the outer corners as in a booklet (right on page 1, left on page 2). DOCX: a primary
school's newsletter whose 'Dates for your diary' and 'Lost property' boxes are Word text boxes (each
written as Word writes them: an ``mc:AlternateContent`` with a DrawingML ``wps:txbx`` choice and a VML
``v:textbox`` fallback, both holding the same ``w:txbxContent``, anchored in an otherwise empty
paragraph), with the school's name in the section header and its contact line in the footer; a
highways report with a table of contents field (a complex ``TOC`` field whose cached result lists the
headings with tab leaders and page numbers) and footnotes (a ``footnotes.xml`` part with the two
separator notes and two real ones, referenced from body runs). PDFs are written in invariant mode with
a set creation date, so the same script makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt
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
BODY = ParagraphStyle("body10", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5,
                      spaceAfter=7)
H2 = ParagraphStyle("h2t", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16)
WIDTH, HEIGHT = A4

# ---------------------------------------------------------------- PDF: two-page press release


def make_release(name: str = "pdf-press-release-letterhead-two-pages-salmon-counts.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=5.2 * cm, bottomMargin=2.6 * cm, title="Press release: salmon counts",
                            author="Tweedside Rivers Trust")

    def footer(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.setFillColor(colors.HexColor("#555555"))
        pdf.drawString(2.3 * cm, 1.4 * cm, "Tweedside Rivers Trust is a registered Scottish charity, SC041882")
        pdf.drawRightString(WIDTH - 2.3 * cm, 1.4 * cm, f"Page {doc_.page} of 2")
        pdf.restoreState()

    def first(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFillColor(colors.HexColor("#2a6f4f"))
        pdf.circle(3.1 * cm, HEIGHT - 2.3 * cm, 0.8 * cm, stroke=0, fill=1)
        pdf.setFillColor(colors.HexColor("#2a6f4f"))
        pdf.setFont("Helvetica-Bold", 18)
        pdf.drawString(4.3 * cm, HEIGHT - 2.2 * cm, "Tweedside Rivers Trust")
        pdf.setFont("Helvetica", 9)
        pdf.setFillColor(colors.black)
        pdf.drawString(4.3 * cm, HEIGHT - 2.8 * cm, "Drygrange Steading, Melrose TD6 9DJ  ·  01896 848 271  ·  "
                                                     "www.tweedsiderivers.org.uk")
        pdf.setStrokeColor(colors.HexColor("#2a6f4f"))
        pdf.setLineWidth(1.5)
        pdf.line(2.3 * cm, HEIGHT - 3.4 * cm, WIDTH - 2.3 * cm, HEIGHT - 3.4 * cm)
        pdf.restoreState()
        footer(pdf, doc_)

    label = ParagraphStyle("lab", parent=BODY, fontName="Helvetica-Bold", fontSize=11,
                           textColor=colors.HexColor("#2a6f4f"))
    head = ParagraphStyle("rel", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=17, leading=21)
    counts = Table([["Year", "Salmon", "Sea trout"], ["2023", "4,212", "1,987"], ["2024", "3,640", "2,104"],
                    ["2025", "5,118", "2,330"]], colWidths=[3 * cm, 3 * cm, 3 * cm])
    counts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                                ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    rel = ParagraphStyle("relbody", parent=BODY, fontName="Times-Roman", fontSize=12, leading=17.5, spaceAfter=9)
    def p(t: str, s: ParagraphStyle = rel) -> Paragraph:
        return Paragraph(t, s)

    story = [
        p("PRESS RELEASE", label),
        p("For immediate release: Monday 9 March 2026"),
        p("Best salmon run for a decade after weir is removed", head),
        p("Fish counters on the Gala Water recorded 5,118 salmon passing upstream in 2025, the highest count since "
          "the counter was installed in 2014."),
        p("The rise follows the removal of the old mill weir at Netherdale in the summer of 2024, which had blocked "
          "fish from reaching 11 kilometres of spawning gravels."),
        p("Sea trout numbers also rose for the third year in a row, to 2,330."),
        p("Counts at the Gala Water fish counter:"),
        counts,
        Spacer(1, 10),
        p("Dr Fiona Ainslie, the trust's senior biologist, said: \"Removing the weir was the single most useful "
          "thing we could do for this river, and the fish have answered faster than we hoped.\""),
        p("Volunteers also planted 6,000 native trees along the banks last winter to shade the water and keep it "
          "cool in summer."),
        p("Local angling clubs have reported more fish in the pools above Netherdale than at any time in living "
          "memory, and several young salmon have been seen as far upstream as Stow."),
        p("The trust now plans to remove two smaller weirs on the Leader Water, subject to funding."),
        p("A public talk on the results will be held at Galashiels Academy on Thursday 26 March at 7pm, and "
          "everyone is welcome."),
        p("The work at Netherdale was paid for by the Scottish Government's Nature Restoration Fund and the "
          "Esmée Fairbairn Foundation."),
        p("Anglers are reminded that all salmon caught on the Gala Water must be returned to the river."),
        p("ENDS", label),
        p("Notes to editors", H2),
        p("1. Tweedside Rivers Trust works to protect and improve the rivers and streams of the Tweed catchment."),
        p("2. The fish counter uses a resistivity sensor and underwater camera to count fish as they pass."),
        p("3. Photographs of the weir removal are available on request."),
        p("Media contact: Kirsty Blaikie, 07700 913 442, press@tweedsiderivers.org.uk"),
    ]
    doc.build(story, onFirstPage=first, onLaterPages=footer, canvasmaker=canvas_maker("2026-03-06", "152000"))


# ---------------------------------------------------------------- PDF: a table over two pages, booklet numbers

CHARGES_HEAD = "Harbourside Borough Council  ·  Bereavement Services  ·  Fees and Charges 2026/27"


def make_charges(name: str = "pdf-fees-table-two-pages-repeated-header-outer-page-numbers.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.6 * cm, bottomMargin=2.4 * cm, title="Cemetery charges 2026-27",
                            author="Bereavement Services")

    def furniture(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8.5)
        pdf.drawCentredString(WIDTH / 2, HEIGHT - 1.5 * cm, CHARGES_HEAD)
        pdf.setFont("Helvetica-Bold", 10)
        if doc_.page % 2:
            pdf.drawRightString(WIDTH - 1.5 * cm, 1.2 * cm, str(doc_.page))
        else:
            pdf.drawString(1.5 * cm, 1.2 * cm, str(doc_.page))
        pdf.restoreState()

    cell = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=11.5, spaceAfter=0)
    rows = [["Service", "Resident", "Non-resident", "VAT"]]
    items = [
        ("Exclusive right of burial, 50 years (full grave)", "£1,240.00", "£2,480.00", "No"),
        ("Exclusive right of burial, 50 years (cremated remains plot)", "£520.00", "£1,040.00", "No"),
        ("Transfer of exclusive right of burial", "£68.00", "£68.00", "No"),
        ("Interment, adult, single depth", "£895.00", "£1,790.00", "No"),
        ("Interment, adult, double depth", "£1,015.00", "£2,030.00", "No"),
        ("Interment, child under 18", "No charge", "No charge", "No"),
        ("Interment of cremated remains", "£255.00", "£510.00", "No"),
        ("Saturday interment supplement", "£390.00", "£390.00", "No"),
        ("Bank holiday interment supplement", "£560.00", "£560.00", "No"),
        ("Late arrival, per 30 minutes", "£95.00", "£95.00", "No"),
        ("Use of chapel, 30 minutes", "£142.00", "£142.00", "No"),
        ("Use of chapel, additional 30 minutes", "£95.00", "£95.00", "No"),
        ("Organist", "£80.00", "£80.00", "Yes"),
        ("Webcast of service", "£65.00", "£65.00", "Yes"),
        ("Exhumation of full coffin (excluding licence)", "£2,150.00", "£2,150.00", "No"),
        ("Exhumation of cremated remains", "£410.00", "£410.00", "No"),
        ("Permit for headstone, lawn section", "£175.00", "£175.00", "No"),
        ("Permit for headstone, traditional section", "£215.00", "£215.00", "No"),
        ("Permit for additional inscription", "£72.00", "£72.00", "No"),
        ("Permit for kerb set", "£240.00", "£240.00", "No"),
        ("Memorial bench, 10 years, with plaque", "£1,350.00", "£1,350.00", "Yes"),
        ("Memorial tree, 10 years, with plaque", "£495.00", "£495.00", "Yes"),
        ("Memorial plaque on wall of remembrance, 10 years", "£310.00", "£310.00", "Yes"),
        ("Renewal of memorial plaque, 5 years", "£150.00", "£150.00", "Yes"),
        ("Search of burial registers, per name", "£28.00", "£28.00", "No"),
        ("Certified copy of register entry", "£32.00", "£32.00", "No"),
        ("Grave location plan", "£24.00", "£24.00", "No"),
        ("Scattering of cremated remains, garden of rest", "£96.00", "£192.00", "No"),
        ("Witnessed scattering, garden of rest", "£140.00", "£280.00", "No"),
        ("Grave tending, planting twice a year", "£160.00", "£160.00", "Yes"),
        ("Grave tending, turfing and levelling", "£210.00", "£210.00", "Yes"),
        ("Removal and refixing of memorial for interment", "£120.00", "£120.00", "Yes"),
        ("Vault construction, single", "£3,400.00", "£3,400.00", "Yes"),
        ("Use of canopy and grass matting", "£55.00", "£55.00", "No"),
        ("Administration of burial of ashes by funeral director", "£45.00", "£45.00", "No"),
        ("Reservation of plot adjoining existing grave", "£1,240.00", "Not available", "No"),
        ("Green burial area, exclusive right, 50 years", "£980.00", "£1,960.00", "No"),
        ("Green burial area, native tree marker", "£85.00", "£85.00", "Yes"),
        ("Green burial area, interment", "£895.00", "£1,790.00", "No"),
        ("Exclusive right of burial, 50 years (woodland plot)", "£760.00", "£1,520.00", "No"),
        ("Interment outside normal hours, per hour", "£150.00", "£150.00", "No"),
        ("Cancellation within 48 hours of interment", "£180.00", "£180.00", "No"),
    ]
    rows += [[Paragraph(s, cell), a, b, v] for s, a, b, v in items]
    table = Table(rows, colWidths=[9.2 * cm, 2.6 * cm, 2.8 * cm, 1.4 * cm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a8a99")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    title = ParagraphStyle("tt", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20)
    def p(t: str, s: ParagraphStyle = BODY) -> Paragraph:
        return Paragraph(t, s)

    story = [
        p("Cemetery and burial charges 2026/27", title),
        p("Issued: 2 March 2026"),
        p("These charges apply to Harbourside, Westcliff and Northmoor cemeteries from 1 April 2026 until "
          "31 March 2027."),
        p("A resident is a person who lived in the borough at the time of death, or who had lived in the borough "
          "for at least ten years before moving into a care home outside it."),
        table,
        Spacer(1, 10),
        p("All fees must be paid before the interment takes place, by the funeral director or the applicant."),
        p("Charges were approved by the Cabinet on 24 February 2026 and are reviewed every year."),
        p("For bookings, call the Bereavement Services office on 01752 304 880, Monday to Friday, 9am to 4pm."),
    ]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=canvas_maker("2026-02-27", "101500"))


# ---------------------------------------------------------------- DOCX: newsletter with text boxes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _txbx_content(paras: list[tuple[str, bool]]) -> str:
    out = []
    for text, bold in paras:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        out.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    return "<w:txbxContent>" + "".join(out) + "</w:txbxContent>"


def _text_box_run(shape_id: int, name: str, paras: list[tuple[str, bool]], height_cm: float) -> str:
    content = _txbx_content(paras)
    cx, cy = int(15.9 * 360000), int(height_cm * 360000)
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps">'
        f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF4D6"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C98B00"/></a:solidFill></a:ln>'
        f'</wps:spPr><wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe"/>'
        f'<v:shape id="Text Box {shape_id}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'style="position:absolute;margin-left:0;margin-top:0;width:450.75pt;'
        f'height:{height_cm * 28.35:.2f}pt;z-index:{shape_id};'
        'mso-wrap-style:square" fillcolor="#fff4d6" strokecolor="#c98b00" strokeweight="1pt">'
        f'<v:textbox>{content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
    )


def make_newsletter(name: str = "docx-school-newsletter-text-boxes-dates-diary.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 3, 4, 15, 40)
    document.core_properties.modified = dt.datetime(2026, 3, 5, 8, 55)
    document.core_properties.author = "School Office"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Oakfield Primary School  ·  Newsletter"
    section.footer.paragraphs[0].text = ("Oakfield Primary School, Beech Road, Hexley HX4 2PL  ·  01423 556 120  ·  "
                                         "office@oakfield.sch.uk")
    title = document.add_paragraph()
    run = title.add_run("Oakfield News")
    run.bold = True
    run.font.size = Pt(26)
    document.add_paragraph("Issue 21  ·  Friday 6 March 2026")
    document.add_heading("A message from Mrs Patel", level=2)
    for text in (
        "What a week it has been! Thank you to every family who helped with World Book Day costumes; the hall "
        "was full of pirates, wizards and one very convincing Gruffalo.",
        "Our Year 6 pupils have worked hard on their mock tests, and I am proud of how calmly they tackled them.",
    ):
        document.add_paragraph(text)
    box = document.add_paragraph()
    box._p.append(parse_xml(_text_box_run(1, "Text Box 1", [
        ("Dates for your diary", True),
        ("Tuesday 10 March: Year 3 trip to the Roman fort at Vindolanda.", False),
        ("Thursday 19 March: parents' evening, 3.30pm to 7pm.", False),
        ("Friday 27 March: Easter bonnet parade and last day of term.", False),
    ], 3.6)))
    document.add_heading("Road safety", level=2)
    document.add_paragraph("Please do not park on the zig-zag lines outside the school gate, even for a minute. "
                           "The council's camera car will be visiting again after half term.")
    document.add_heading("House points", level=2)
    document.add_paragraph("The house points totals at the end of this half term are:")
    table = document.add_table(rows=5, cols=2)
    table.style = "Light Grid Accent 1"
    for r, cells in enumerate([["House", "Points"], ["Brigantes", "1,204"], ["Parisi", "1,187"],
                               ["Carvetii", "1,142"], ["Corieltauvi", "1,098"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("Congratulations to Brigantes, who will enjoy an extra playtime next Friday.")
    box2 = document.add_paragraph()
    box2._p.append(parse_xml(_text_box_run(2, "Text Box 2", [
        ("Lost property", True),
        ("The lost property box is overflowing with unnamed jumpers.", False),
        ("Anything not collected by 27 March will go to the PTA's second-hand uniform sale.", False),
    ], 2.4)))
    document.add_paragraph("Have a lovely weekend.")
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: report with a TOC field and footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_part(document: docx.document.Document, notes: list[str]) -> None:
    body = [f'<w:footnotes xmlns:w="{W}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0">'
            '<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, text in enumerate(notes, start=1):
        body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
    body.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, "".join(body).encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _add_footnote_ref(paragraph: Paragraph_, note_id: int) -> None:
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


def _toc(document: docx.document.Document, entries: list[tuple[str, str]]) -> None:
    heading = document.add_paragraph("Contents")
    heading.runs[0].bold = True
    heading.runs[0].font.size = Pt(14)
    for i, (text, page) in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entries) - 1 else ""
        xml = (f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" '
               f'w:pos="9016"/></w:tabs></w:pPr>{begin}<w:r><w:t>{_esc(text)}</w:t></w:r><w:r><w:tab/></w:r>'
               f'<w:r><w:t>{page}</w:t></w:r>{end}</w:p>')
        placeholder = document.add_paragraph()._p
        placeholder.getparent().replace(placeholder, parse_xml(xml))


def make_report(name: str = "docx-highways-report-toc-field-footnotes-speed-survey.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 2, 12, 11, 5)
    document.core_properties.modified = dt.datetime(2026, 2, 17, 16, 30)
    document.core_properties.author = "Highways Officer"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ashby Parva Parish Council – Highways Committee"
    section.footer.paragraphs[0].text = "OFFICIAL – for publication"
    document.add_heading("Mill Lane speed survey", level=0)
    document.add_paragraph("Report to the Highways Committee, meeting of 3 March 2026")
    document.add_paragraph("Date of report: 16 February 2026")
    _toc(document, [("1. Summary", "1"), ("2. Method", "1"), ("3. Results", "2"), ("4. Recommendations", "2")])
    document.add_heading("1. Summary", level=1)
    document.add_paragraph("Most drivers on Mill Lane keep to the 30mph limit, but one in five drives faster "
                           "than 35mph on the stretch past the primary school.")
    document.add_heading("2. Method", level=1)
    first = document.add_paragraph("A speed detection unit was fixed to the lamp post outside number 42 for "
                                   "seven days from 19 January 2026.")
    _add_footnote_ref(first, 1)
    document.add_paragraph("The unit recorded 9,846 vehicles in both directions.")
    document.add_heading("3. Results", level=1)
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for r, cells in enumerate([["Period", "Vehicles", "Average speed", "Over 35mph"],
                               ["Weekday morning", "2,318", "27mph", "14%"],
                               ["Weekday evening", "2,902", "29mph", "19%"],
                               ["Weekend", "1,611", "32mph", "26%"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    weekend = document.add_paragraph("Speeds were highest at weekends, when there is less parked traffic.")
    _add_footnote_ref(weekend, 2)
    document.add_heading("4. Recommendations", level=1)
    document.add_paragraph("The committee is asked to request a community speed watch scheme from the police.")
    document.add_paragraph("The committee is also asked to ask the county council for a 20mph zone outside the "
                           "school.")
    _footnotes_part(document, [
        "The unit was lent by the county council's road safety team and was calibrated before use.",
        "On-street parking was counted at 8am and 6pm each day.",
    ])
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_release()
    make_charges()
    make_newsletter()
    make_report()
