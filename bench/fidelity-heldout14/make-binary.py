"""Write the PDF and DOCX pages of the fourteenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout14/make-binary.py

Layouts none of the earlier held-out sets has: a community benefit fund's grants report as a three-page
PDF with a large diagonal 'DRAFT' watermark drawn on every page under the text, a two-part running
header and a 'Page n of 3' footer with the charity number on every page; harbour byelaws as a two-page
PDF in the old statute layout, each numbered paragraph beside a marginal note in a narrow left column,
a running header and footer, and a schedule of charges. DOCX: an Italian condominium meeting's minutes
(verbale) whose vote table has a title cell spanning all columns (gridSpan), a caption numbered by a SEQ
field, a footer built from PAGE and NUMPAGES complex fields, the meeting date written out in words in the
opening formula and core properties two days later; a Spanish food bank's volunteer rota with its issue
date in a date-picker content control (w:date), a whole-row spanned note in the rota table, and a link
made as a HYPERLINK complex field whose instruction text is in the file. PDFs are written in invariant
mode with a set creation date, so the same script makes the same bytes.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written so the pages stay byte-identical)

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("b14", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
SMALL = ParagraphStyle("s14", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
NOTE = ParagraphStyle("n14", parent=BODY, fontName="Helvetica-Oblique", fontSize=8.5, leading=10.5, spaceAfter=0)
SERIF = ParagraphStyle("t14", parent=BODY, fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=0)
H1 = ParagraphStyle("h114", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=18, leading=22)
H2 = ParagraphStyle("h214", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=13, leading=17)
SERIF_H1 = ParagraphStyle("th114", parent=H1, fontName="Times-Bold", fontSize=16, leading=20, alignment=1)
SERIF_C = ParagraphStyle("tc14", parent=SERIF, alignment=1, spaceAfter=6)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_grants(name: str = "pdf-grants-report-three-pages-diagonal-draft-watermark-running-header-page-n-of-3.pdf") -> None:
    w, h = A4
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.6 * cm, bottomMargin=2.4 * cm, title="Grants awarded in 2025-26",
                            author="Carn Ddu Community Benefit Fund")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFillColor(colors.Color(0.85, 0.85, 0.85))
        pdf.setFont("Helvetica-Bold", 110)
        pdf.translate(w / 2, h / 2)
        pdf.rotate(45)
        pdf.drawCentredString(0, -35, "DRAFT")
        pdf.restoreState()
        pdf.saveState()
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(2.2 * cm, h - 1.4 * cm, "Carn Ddu Community Benefit Fund")
        pdf.drawRightString(w - 2.2 * cm, h - 1.4 * cm, "Annual grants report")
        pdf.line(2.2 * cm, h - 1.6 * cm, w - 2.2 * cm, h - 1.6 * cm)
        pdf.drawString(2.2 * cm, 1.4 * cm, "Registered charity no. 1187423")
        pdf.drawRightString(w - 2.2 * cm, 1.4 * cm, f"Page {doc_.page} of 3")
        pdf.restoreState()

    table = Table([["Area", "Applications", "Awarded", "Amount"],
                   ["Llanfair", "11", "9", "£41,250"],
                   ["Pentre Isaf", "8", "7", "£33,800"],
                   ["Cwm Rhyd", "7", "6", "£26,400"],
                   ["Bryn Melyn", "5", "5", "£18,550"],
                   ["Total", "31", "27", "£120,000"]], colWidths=[5 * cm, 3.5 * cm, 3 * cm, 3.5 * cm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 10), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = [
        Paragraph("Grants awarded in 2025–26", H1),
        Paragraph("Version 0.3 for panel review · 2 March 2026", SMALL),
        Spacer(1, 12),
        Paragraph("The fund receives £5,000 a year for each megawatt installed at the Carn Ddu wind farm, which this year came to £120,000.", BODY),
        Paragraph("The panel met four times and considered 31 applications from community groups in the four neighbouring community council areas.", BODY),
        Paragraph("Twenty-two applications were funded in full, five in part and four were declined because they fell outside the fund's rules.", BODY),
        Spacer(1, 6),
        Paragraph("Where the money went", H2),
        table,
        PageBreak(),
        Paragraph("Largest awards", H2),
        Paragraph("The largest single award, £12,000, paid for a new heating system at Llanfair village hall, which had been closed for two winters.", BODY),
        Paragraph("Cwm Rhyd football club received £8,500 towards floodlights, on condition that the pitch is also made available to the primary school.", BODY),
        Paragraph("Smaller awards of under £1,000 went to a toddler group, two choirs, a litter-picking group and the Pentre Isaf allotment society.", BODY),
        PageBreak(),
        Paragraph("Next year", H2),
        Paragraph("From April the panel will meet every two months instead of quarterly, so that groups wait less for a decision.", BODY),
        Paragraph("The application form will also be shortened, and groups asking for less than £500 will be able to apply online.", BODY),
        Paragraph("Comments on this version should reach the fund officer by 16 March.", SMALL),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-02-27", "161000"))


def make_byelaws(name: str = "pdf-harbour-byelaws-marginal-notes-left-column-numbered-paragraphs-schedule-of-charges.pdf") -> None:
    w, h = A4
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2.4 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.3 * cm, title="Pleasure Craft Byelaws 2026",
                            author="Fernmouth Harbour Commissioners")

    def page(pdf: Canvas, doc_: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Times-Italic", 9)
        pdf.drawCentredString(w / 2, h - 1.4 * cm, "Byelaws · Fernmouth")
        pdf.setFont("Times-Roman", 9)
        pdf.drawCentredString(w / 2, 1.3 * cm, f"FHC/BL/2026/1 · page {doc_.page}")
        pdf.restoreState()

    def clause(note: str, number: str, text: str) -> Table:
        t = Table([[Paragraph(note, NOTE), Paragraph(f"<b>{number}.</b>  {text}", SERIF)]], colWidths=[3.6 * cm, 13 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LINEAFTER", (0, 0), (0, 0), 0.3, colors.grey)]))
        return t

    charges = Table([["Type of craft", "Up to 6 m", "Over 6 m"],
                     ["Sailing dinghy or keelboat", "£48", "£96"],
                     ["Motor boat", "£72", "£144"],
                     ["Personal watercraft", "£120", "not permitted"],
                     ["Kayak, canoe or paddleboard", "£15", "£15"]], colWidths=[7.5 * cm, 3.5 * cm, 3.5 * cm])
    charges.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Times-Roman"), ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"),
                                 ("FONTSIZE", (0, 0), (-1, -1), 10.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                 ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story = [
        Paragraph("Fernmouth Harbour Pleasure Craft Byelaws 2026", SERIF_H1),
        Spacer(1, 4),
        Paragraph("Made by the Fernmouth Harbour Commissioners on 4 March 2026 under section 83 of the Harbours, Docks and Piers Clauses Act 1847.", SERIF_C),
        Paragraph("<i>Coming into force: 1 May 2026</i>", SERIF_C),
        Spacer(1, 10),
        clause("Citation and commencement", "1", "These byelaws may be cited as the Fernmouth Harbour Pleasure Craft Byelaws 2026 and come into force on 1 May 2026."),
        clause("Interpretation", "2", "In these byelaws, “pleasure craft” means any vessel used for sport or recreation, including a paddleboard, kayak or personal watercraft."),
        clause("Speed limit", "3", "No person shall navigate a pleasure craft at a speed exceeding 6 knots through the water inside the harbour limits."),
        clause("Moorings", "4", "No person shall moor a pleasure craft to any buoy, pontoon or quay wall without the permission of the harbour master."),
        clause("Launching personal watercraft", "5", "A personal watercraft may only be launched from the public slipway at Quay Street and must carry its registration number on both sides."),
        clause("Registration", "6", "Every pleasure craft kept in the harbour for more than 14 days in a year shall be registered with the harbour office and the charge in the Schedule paid."),
        clause("Penalty", "7", "Any person who breaks any of these byelaws shall be liable on summary conviction to a fine not exceeding level 3 on the standard scale."),
        PageBreak(),
        Paragraph("<b>Schedule: annual registration charges</b>", SERIF_C),
        Spacer(1, 6),
        charges,
        Spacer(1, 10),
        Paragraph("Charges are for the calendar year and are not refunded if a craft leaves the harbour before the end of the year.", SERIF),
        Spacer(1, 16),
        Paragraph("The common seal of the Fernmouth Harbour Commissioners was affixed on 4 March 2026 in the presence of:", SERIF),
        Paragraph("R. Penhale, Chair", SERIF),
        Paragraph("D. Kitto, Clerk to the Commissioners", SERIF),
    ]
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=canvas_maker("2026-03-05", "102000"))


# ---------------------------------------------------------------- DOCX

def _run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _field(instr: str, shown: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{shown}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _p(inner: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p xmlns:w="{W}">{ppr}{inner}</w:p>'


def _tc(text: str, width: int, span: int = 1, bold: bool = False, shade: str | None = None) -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{fill}</w:tcPr><w:p>{_run(text, bold)}</w:p></w:tc>'


def _tbl(rows: list[str], widths: list[int]) -> str:
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    return (f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>")


def make_verbale(name: str = "docx-italian-verbale-assemblea-condominio-gridspan-vote-table-seq-caption-page-numpages-footer.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 3, 7, 10, 15)
    document.core_properties.modified = dt.datetime(2026, 3, 7, 10, 15)
    document.core_properties.author = "Studio Ferri Amministrazioni"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Condominio Via dei Tigli 14 – Milano · Amministratore: Studio Ferri Amministrazioni"
    footer = section.footer.paragraphs[0]
    footer.text = ""
    footer._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:t xml:space="preserve">Verbale assemblea ordinaria – Pagina </w:t></w:r>'))
    for part in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r><w:t>1</w:t></w:r>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
                 '<w:r><w:t xml:space="preserve"> di </w:t></w:r>',
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>',
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r><w:t>2</w:t></w:r>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
        footer._p.append(parse_xml(part.replace("<w:r>", f'<w:r xmlns:w="{W}">', 1)))
    document.add_heading("Verbale dell'assemblea ordinaria del 5 marzo 2026", level=1)
    for text in [
        "L'anno 2026, il giorno 5 del mese di marzo, alle ore 21:00, presso la sala comune del condominio, si è riunita in seconda convocazione l'assemblea ordinaria dei condomini.",
        "Sono presenti, in proprio o per delega, 18 condomini su 24, per complessivi 742,50 millesimi.",
        "Assume la presidenza il sig. Franco Bellini, che chiama a fungere da segretaria la sig.ra Anna Colombo.",
        "Il presidente constata la regolarità della convocazione e dichiara l'assemblea validamente costituita.",
    ]:
        document.add_paragraph(text)
    document.add_heading("Ordine del giorno", level=2)
    for text in ["Approvazione del rendiconto consuntivo 2025", "Approvazione del preventivo 2026 e del piano di riparto",
                 "Rifacimento della facciata su via dei Tigli: scelta dell'impresa"]:
        document.add_paragraph(text, style="List Number")
    body = document.element.body
    body.append(parse_xml(_p(_run("Tabella ") + _field("SEQ Tabella \\* ARABIC", "1") + _run(" – Esito delle votazioni"), "Caption")))
    widths = [3600, 1800, 1800, 1800]
    rows = [
        _tc("Esito delle votazioni (millesimi)", sum(widths), span=4, bold=True, shade="D9E2F3"),
        "".join(_tc(t, wd, bold=True) for t, wd in zip(["Punto", "Favorevoli", "Contrari", "Astenuti"], widths)),
        "".join(_tc(t, wd) for t, wd in zip(["Rendiconto 2025", "742,50", "0,00", "0,00"], widths)),
        "".join(_tc(t, wd) for t, wd in zip(["Preventivo 2026", "690,25", "32,00", "20,25"], widths)),
        "".join(_tc(t, wd) for t, wd in zip(["Impresa Edilnord per la facciata", "512,75", "151,50", "78,25"], widths)),
    ]
    body.append(parse_xml(_tbl(rows, widths)))
    for text in [
        "Sul terzo punto l'assemblea approva il preventivo dell'impresa Edilnord S.r.l. per 186.400 euro, IVA inclusa, con inizio dei lavori previsto per giugno.",
        "L'amministratore è incaricato di richiedere le detrazioni fiscali previste e di comunicare ai condomini il piano delle rate.",
        "Non essendovi altro da deliberare, la seduta è tolta alle ore 23:10.",
    ]:
        body.append(parse_xml(_p(_run(text))))
    body.append(parse_xml(_p(_run("Il presidente") + '<w:r><w:br/></w:r>' + _run("Franco Bellini") + '<w:r><w:tab/></w:r>'
                             + _run("La segretaria") + '<w:r><w:br/></w:r>' + _run("Anna Colombo"))))
    body.append(body.sectPr)
    document.save(str(PAGES / name))


def _date_control(iso: str, shown: str) -> str:
    return ('<w:sdt><w:sdtPr><w:alias w:val="Fecha de emisión"/><w:tag w:val="fecha_emision"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d\' de \'MMMM\' de \'yyyy"/><w:lid w:val="es-ES"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{_run(shown)}</w:sdtContent></w:sdt>')


def make_rota(name: str = "docx-spanish-banco-alimentos-turnos-date-picker-content-control-hyperlink-field-spanned-row.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 2, 26, 19, 5)
    document.core_properties.modified = dt.datetime(2026, 2, 28, 11, 30)
    document.core_properties.author = "Marta Ruiz"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Asociación Banco de Alimentos Villaverde · CIF G-87654321"
    section.footer.paragraphs[0].text = "C/ Alcalde Sainz de Baranda 3, 28021 Madrid · voluntariado@bavillaverde.org"
    document.add_heading("Turnos de voluntariado: marzo y abril de 2026", level=1)
    body = document.element.body
    body.append(parse_xml(_p(_run("Fecha de emisión: ") + _date_control("2026-03-01", "1 de marzo de 2026"))))
    for text in [
        "Gracias a todas las personas que se apuntaron en la reunión de febrero; con vuestra ayuda cubrimos ya casi todos los turnos de reparto.",
        "Este cuadrante sustituye al que enviamos el 20 de febrero, que tenía un error en los turnos del sábado.",
    ]:
        body.append(parse_xml(_p(_run(text))))
    widths = [1900, 2300, 2300, 2600]
    cells = [["Semana", "Martes (recogida)", "Jueves (clasificación)", "Sábado (reparto)"],
             ["3–7 marzo", "Lucía y Andrés", "Pilar", "Equipo del instituto"],
             ["10–14 marzo", "Rafa", "Pilar y Tomás", "Lucía, Andrés y Marta"],
             ["17–21 marzo", "Sin cubrir", "Tomás", "Equipo de la parroquia"],
             ["24–28 marzo", "Marta", "Pilar", "Rafa y Julián"]]
    rows = ["".join(_tc(t, wd, bold=(i == 0), shade="E2EFD9" if i == 0 else None) for t, wd in zip(r, widths)) for i, r in enumerate(cells)]
    rows.append(_tc("Semana Santa (30 marzo – 5 abril): el banco permanece cerrado", sum(widths), span=4, shade="F2F2F2"))
    body.append(parse_xml(_tbl(rows, widths)))
    for text in [
        "El turno del martes 17 de marzo sigue sin cubrir; si podéis, avisad a Marta lo antes posible.",
        "Recordad que en la clasificación es obligatorio llevar calzado cerrado y que los guantes los pone la asociación.",
        "En abril empezamos a repartir también en el local de la calle Paterna, así que necesitaremos más gente los sábados.",
    ]:
        body.append(parse_xml(_p(_run(text))))
    body.append(parse_xml(_p(_run("Contacto"), "Heading2")))
    body.append(parse_xml(_p(_run("Para cambios de turno, escribid al grupo de WhatsApp de voluntariado o llamad a Marta al 611 204 387."))))
    body.append(parse_xml(_p(_run("Apuntaos también en línea: ") + _field('HYPERLINK "https://bavillaverde.org/turnos"', "bavillaverde.org/turnos"))))
    body.append(body.sectPr)
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_grants()
    make_byelaws()
    make_verbale()
    make_rota()
