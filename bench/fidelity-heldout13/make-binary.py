"""Write the PDF and DOCX pages of the thirteenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout13/make-binary.py

Layouts none of the earlier held-out sets has: a hospital's A5 patient information leaflet as a PDF
(two pages, a shaded 'Key points' box, question headings, a reference/published/review footer drawn on
every page, the trust name drawn at the top); an academic workshop programme as a PDF with a schedule
grid whose session cells span several rows (SPAN) and a 'page x of y' footer. DOCX: a school trip risk
assessment form with a vertically merged hazard column (vMerge), checkbox content controls (w14:checkbox
inside w:sdt) and a date in core properties long before the assessment date; a Dutch housing
association's rent letter made by mail merge, its fields left as fields (MERGEFIELD as fldSimple, the
letter's DATE as a complex field with its cached result). PDFs are written in invariant mode with a set
creation date, so the same script makes the same bytes.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written so the pages stay byte-identical)

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("b13", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("s13", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
H1 = ParagraphStyle("h113", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20)
H2 = ParagraphStyle("h213", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=15)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def make_leaflet(name: str = "pdf-patient-information-leaflet-a5-key-points-box-review-date-footer.pdf") -> None:
    w, h = A5
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A5, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title="Having a colonoscopy",
                            author="Patient Information Team")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawRightString(w - 1.5 * cm, h - 1.2 * cm, "Northmoor Hospitals NHS Foundation Trust")
        pdf.setFont("Helvetica", 7)
        pdf.drawString(1.5 * cm, 1.2 * cm, "Ref: PIL-0871 · Published: 2 March 2026 · Review date: March 2029")
        pdf.drawRightString(w - 1.5 * cm, 1.2 * cm, f"Page {doc_.page}")
        pdf.restoreState()

    box = Table([[Paragraph("<b>Key points</b>", BODY)],
                 [Paragraph("You must stop eating solid food the day before your test.", BODY)],
                 [Paragraph("You will need someone to take you home if you have sedation.", BODY)],
                 [Paragraph("The test usually takes between 30 and 45 minutes.", BODY)]], colWidths=[11.8 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f1fa")),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#005eb8"))]))
    story = [
        Paragraph("Having a colonoscopy", H1),
        Paragraph("Information for patients, Endoscopy Unit", BODY),
        box,
        Spacer(1, 8),
        Paragraph("What is a colonoscopy?", H2),
        Paragraph("A colonoscopy is a test that lets the doctor look at the lining of your large bowel using a thin, "
                  "flexible tube with a camera at its tip.", BODY),
        Paragraph("Small samples of tissue, called biopsies, may be taken during the test and sent to the laboratory.", BODY),
        Paragraph("How do I prepare?", H2),
        Paragraph("We will send you a bowel preparation medicine with instructions on when to take it.", BODY),
        Paragraph("If you take iron tablets, stop them seven days before your appointment.", BODY),
        Paragraph("If you have diabetes or take medicine to thin your blood, please call the unit at least a week "
                  "before your test.", BODY),
        Paragraph("What happens afterwards?", H2),
        Paragraph("You may feel bloated for a few hours because of the air used to open the bowel during the test.", BODY),
        Paragraph("If you had sedation, you must not drive, drink alcohol or sign legal documents for 24 hours.", BODY),
        Paragraph("Contact us", H2),
        Paragraph("Endoscopy Unit, Level 2, Northmoor General Hospital. Telephone 01632 960 418, Monday to Friday, "
                  "8am to 6pm.", BODY),
        Paragraph("If you would like this leaflet in another language or format, please ask a member of staff.", SMALL),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-02-27", "111500"))


def make_programme(name: str = "pdf-workshop-programme-schedule-grid-spanned-session-cells-page-x-of-y.pdf") -> None:
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title="Coastal Sediments Workshop 2026 programme",
                            author="Organising committee")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2 * cm, A4[1] - 1.3 * cm, "Coastal Sediments Workshop 2026 · Aberystwyth")
        pdf.drawRightString(A4[0] - 2 * cm, 1.3 * cm, f"Page {doc_.page} of 1")
        pdf.restoreState()

    def p(text: str) -> Paragraph:
        return Paragraph(text, SMALL)

    grid = Table([
        [p("<b>Time</b>"), p("<b>Room A (Main hall)</b>"), p("<b>Room B (Seminar room)</b>")],
        [p("09:00"), p("Registration and coffee"), ""],
        [p("09:30"), p("Keynote: Fifty years of shingle beach monitoring, Prof. Eleri Morgan"), ""],
        [p("10:30"), p("Session 1: Estuary mud and storms (chair: Dr Tom Pryce)"), p("Session 2: Field methods and drones (chair: Dr Ana Ruiz)")],
        [p("11:00"), "", ""],
        [p("12:30"), p("Lunch in the atrium"), ""],
        [p("13:30"), p("Poster session"), p("Early-career mentoring lunch")],
        [p("15:00"), p("Panel: Managed retreat in Wales"), ""],
        [p("16:30"), p("Close and walk to the harbour"), ""],
    ], colWidths=[2.0 * cm, 7.5 * cm, 7.5 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                              ("SPAN", (1, 1), (2, 1)), ("SPAN", (1, 2), (2, 2)), ("SPAN", (1, 3), (1, 4)),
                              ("SPAN", (2, 3), (2, 4)), ("SPAN", (1, 5), (2, 5)), ("SPAN", (1, 7), (2, 7)),
                              ("SPAN", (1, 8), (2, 8))]))
    story = [
        Paragraph("Coastal Sediments Workshop 2026", H1),
        Paragraph("Programme for Thursday 16 April, Physical Sciences Building", BODY),
        Paragraph("Version 3, 4 March 2026", SMALL),
        Spacer(1, 8),
        Paragraph("The workshop brings together researchers, engineers and coastal managers working on sediment "
                  "movement around the Welsh coast.", BODY),
        Paragraph("Talks in sessions 1 and 2 run in parallel and last 15 minutes each, with five minutes for questions.", BODY),
        grid,
        Spacer(1, 10),
        Paragraph("Posters should be no larger than A0 portrait and can be put up from 08:45.", BODY),
        Paragraph("The harbour walk after the close is optional and takes about an hour.", BODY),
        Paragraph("Changes since version 2: the panel moved from 14:30 to 15:00, and the mentoring lunch was added.", BODY),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-03-04", "150500"))


def _cell_xml(text: str, vmerge: str | None = None, width: int = 2400) -> str:
    vm = "" if vmerge is None else (f'<w:vMerge w:val="{vmerge}"/>' if vmerge else "<w:vMerge/>")
    runs = f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>" if text else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}</w:tcPr><w:p>{runs}</w:p></w:tc>'


def _checkbox(checked: bool, label: str) -> str:
    mark = "\u2612" if checked else "\u2610"
    return (f'<w:p xmlns:w="{W}" xmlns:w14="{W14}"><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{mark}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> {label}</w:t></w:r></w:p>')


def make_risk(name: str = "docx-school-trip-risk-assessment-vmerge-hazards-checkbox-content-controls.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2024, 9, 2, 8, 40)
    document.core_properties.modified = dt.datetime(2024, 9, 2, 8, 40)
    document.core_properties.author = "Educational Visits Coordinator"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Castlebrook Primary School · Educational visits"
    section.footer.paragraphs[0].text = "Template EV3 (rev. Sept 2024) · Keep a copy with the visit file"
    document.add_heading("Risk assessment: Year 5 visit to Dovedale", level=1)
    document.add_paragraph("Date of assessment: 3 March 2026")
    document.add_paragraph("Date of visit: Thursday 23 April 2026. Group: 58 pupils, 6 staff and 4 parent helpers.")
    document.add_paragraph("The visit is a river study on the Dove below the stepping stones, followed by a walk "
                           "to Ilam Park for lunch.")
    rows = [
        ("Hazard", "Who is at risk", "Control measures"),
        ("Water", "Pupils", "No pupil enters water deeper than the knee; staff stand downstream with a throw line."),
        (None, "Staff", "Two staff hold a current outdoor first aid certificate."),
        ("Getting lost", "Pupils", "Groups of eight with a named adult; head counts at every stop."),
        ("Slips on the stepping stones", "Pupils", "Pupils cross in single file with an adult at each end."),
    ]
    body = []
    for i, (hazard, who, control) in enumerate(rows):
        if hazard is None:
            first = _cell_xml("", vmerge="")
        else:
            first = _cell_xml(hazard, vmerge="restart" if i == 1 else None)
        body.append(f"<w:tr>{first}{_cell_xml(who)}{_cell_xml(control, width=5200)}</w:tr>")
    tbl = (f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/><w:gridCol w:w="5200"/></w:tblGrid>'
           + "".join(body) + "</w:tbl>")
    document.element.body.append(parse_xml(tbl))
    document.add_paragraph("The coach company's own risk assessment and insurance certificate have been checked.")
    document.add_heading("Checks before the visit", level=2)
    for checked, label in [(True, "Parental consent forms returned"), (True, "Medical information copied for each group"),
                           (False, "Weather forecast checked on the morning of the visit")]:
        document.element.body.append(parse_xml(_checkbox(checked, label)))
    document.add_paragraph("If the river is above the marker post at the stepping stones, the river study will be replaced "
                           "by the woodland trail.")
    document.add_paragraph("Approved by the head teacher, Mrs J. Okonjo.")
    body_el = document.element.body
    body_el.append(body_el.sectPr)  # keep the section properties last
    document.save(str(PAGES / name))


def _merge(field: str, shown: str) -> str:
    return (f'<w:fldSimple w:instr=" MERGEFIELD {field} "><w:r><w:t xml:space="preserve">{shown}</w:t></w:r></w:fldSimple>')


def _para(inner: str) -> str:
    return f'<w:p xmlns:w="{W}">{inner}</w:p>'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def make_rent(name: str = "docx-dutch-huurbrief-mail-merge-mergefields-date-field-cached.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 2, 18, 14, 2)
    document.core_properties.modified = dt.datetime(2026, 2, 18, 14, 2)
    document.core_properties.author = "Team Verhuur"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Woonstichting De Linge · Postbus 412 · 4200 AK Gorinchem"
    section.footer.paragraphs[0].text = "KvK 11023344 · IBAN NL20 RABO 0123 4567 89 · www.delinge-wonen.nl"
    body = document.element.body
    for inner in [
        _merge("Aanhef_naam", "De heer P. van Dijk"),
        _merge("Adres", "Lingedijk 48"),
        _merge("Postcode_plaats", "4201 HK Gorinchem"),
        "",
        _run("Gorinchem, ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>11 maart 2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
        _run("Huurdernummer: ") + _merge("Huurdernummer", "204871"),
        _run("Onderwerp: jaarlijkse huuraanpassing per 1 juli 2026"),
        "",
        _run("Geachte ") + _merge("Aanhef", "heer Van Dijk") + _run(","),
        _run("Elk jaar passen wij op 1 juli de huur aan. In deze brief leest u wat uw nieuwe huur wordt."),
        _run("De huur van uw woning aan de ") + _merge("Adres", "Lingedijk 48") + _run(" stijgt met 4,1 procent."),
        _run("Dit percentage is lager dan de maximale verhoging die de overheid voor 2026 toestaat."),
    ]:
        body.append(parse_xml(_para(inner)))
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for r, cells in enumerate([["Onderdeel", "Nu", "Per 1 juli 2026"], ["Kale huur", "€ 712,40", "€ 741,61"],
                               ["Servicekosten", "€ 38,50", "€ 38,50"], ["Totaal per maand", "€ 750,90", "€ 780,11"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for inner in [
        _run("Bent u het niet eens met de huurverhoging? Dan kunt u tot 1 juli 2026 bezwaar maken bij ons."),
        _run("Heeft u een laag inkomen, dan kunt u misschien huurtoeslag krijgen van de Belastingdienst."),
        _run("Met vriendelijke groet,"),
        _run("Team Verhuur"),
    ]:
        body.append(parse_xml(_para(inner)))
    body.append(body.sectPr)
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_leaflet()
    make_programme()
    make_risk()
    make_rent()
