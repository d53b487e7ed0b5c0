"""Write the PDF and DOCX pages of the fifteenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout15/make-binary.py

Layouts none of the earlier held-out sets has: a US city's draft ordinance on pleading-style paper, two
US-letter pages whose every one of 26 double-spaced lines carries a line number in a ruled left margin
(the numbers drawn as one column before the text, as a pleading template's background is), with a
running 'DRAFT - Agenda Item' header, a 'Page n of 2' footer and a fee schedule set on the line grid;
a Finnish-Swedish bilingual municipal notice (kuulutus / kungörelse) in two parallel language columns,
each with its own small table and its own place-and-date line, under a bilingual banner and over a
bilingual footer. DOCX: a German sports club's fee rules (Beitragsordnung) as a draft with tracked
changes of every kind (an inserted paragraph, a deleted paragraph, a word replaced, a paragraph moved
with moveFrom/moveTo, a table cell changed and a table row inserted), even and odd page headers; a
Flemish neighbourhood newsletter with Title and Subtitle styles, a different first-page header, a
'Kort nieuws' sidebar made of framed paragraphs (w:framePr) and a floating table (w:tblpPr). PDFs are
written in invariant mode with a set creation date, so the same script makes the same bytes.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written so the pages stay byte-identical)

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm, inch
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- PDF: pleading-paper ordinance

def make_ordinance(name: str = "pdf-draft-ordinance-pleading-paper-line-numbered-margin-26-lines-running-header-fee-schedule-on-grid.pdf") -> None:
    w, h = letter
    left, right, top = 1.5 * inch, w - 1.0 * inch, h - 1.25 * inch
    lead, lines_per_page = 24, 26
    width = right - left
    pages: list[list[tuple[str, str, str | None]]] = [[], []]  # (kind, text, second column)

    def add(page: int, text: str, kind: str = "p") -> None:
        if kind == "c":
            pages[page].append(("c", text, None))
            return
        indent = text.startswith(" ")
        words_ = text.split()
        first = simpleSplit(" ".join(words_), "Times-Roman", 12, width - (0.5 * inch if indent else 0))[0]
        pages[page].append(("i" if indent else "l", first, None))
        rest = " ".join(words_)[len(first):].strip()
        for line in (simpleSplit(rest, "Times-Roman", 12, width) if rest else []):
            pages[page].append(("l", line, None))

    def blank(page: int) -> None:
        pages[page].append(("l", "", None))

    add(0, "ORDINANCE NO. 2026-41", "c")
    for line in simpleSplit("AN ORDINANCE OF THE CITY OF ALDER CREEK AMENDING CHAPTER 9.42 OF THE MUNICIPAL CODE RELATING TO SIDEWALK VENDING", "Times-Bold", 12, width - 0.8 * inch):
        pages[0].append(("c", line, None))
    blank(0)
    add(0, "        WHEREAS, state law limits the ways in which a city may regulate sidewalk vendors, and the City's current rules were written before that law took effect; and")
    add(0, "        WHEREAS, the City Council wishes to replace the current annual permit with a simpler permit that costs less for small vendors; and")
    add(0, "        WHEREAS, the Council held a study session on the proposal on September 15, 2026 and invited comment from vendors and neighborhood groups;")
    add(0, "        NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF ALDER CREEK DOES ORDAIN AS FOLLOWS:")
    add(0, "        Section 1. Section 9.42.030 of the Alder Creek Municipal Code is amended to read: A sidewalk vendor shall obtain a vending permit from the Finance Department before selling any food or goods on a public sidewalk.")
    add(0, "        Section 2. A vendor shall keep a clear path of at least four feet on every sidewalk where the vendor operates, and shall not operate within ten feet of a bus stop.")
    add(1, "        Section 3. The permit fees are as follows:")
    for label, fee in [("Stationary vendor, annual permit", "$150"), ("Roaming vendor, annual permit", "$95"),
                       ("Temporary event permit", "$25 per day"), ("Late renewal penalty", "$20")]:
        pages[1].append(("t", label, fee))
    add(1, "        Section 4. Permits issued before the effective date of this ordinance remain valid until they expire.")
    add(1, "        Section 5. This ordinance takes effect thirty days after its adoption.")
    blank(1)
    add(1, "        INTRODUCED at a regular meeting of the City Council of the City of Alder Creek on October 6, 2026.")
    blank(1)
    pages[1].append(("l", "ATTEST:", "APPROVED AS TO FORM:"))
    blank(1)
    pages[1].append(("l", "______________________________", "______________________________"))
    pages[1].append(("l", "Maria Delgado, City Clerk", "Owen Park, City Attorney"))

    maker = canvas_maker("2026-09-30", "171500")
    pdf = maker(str(PAGES / name), pagesize=letter)
    pdf.setTitle("Ordinance No. 2026-41 (draft)")
    pdf.setAuthor("City of Alder Creek, Office of the City Attorney")
    for n, lines in enumerate(pages, start=1):
        assert len(lines) <= lines_per_page, (n, len(lines))
        pdf.setFont("Helvetica", 9)
        pdf.drawString(left, h - 0.6 * inch, "DRAFT - Agenda Item 7.B")
        pdf.drawCentredString(w / 2, 0.55 * inch, f"Page {n} of 2")
        pdf.setLineWidth(0.6)
        pdf.line(left - 0.15 * inch, h - 0.8 * inch, left - 0.15 * inch, 0.8 * inch)
        pdf.line(left - 0.19 * inch, h - 0.8 * inch, left - 0.19 * inch, 0.8 * inch)
        pdf.line(right + 0.1 * inch, h - 0.8 * inch, right + 0.1 * inch, 0.8 * inch)
        pdf.setFont("Times-Roman", 11)
        for i in range(lines_per_page):
            pdf.drawRightString(left - 0.35 * inch, top - i * lead, str(i + 1))
        for i, (kind, text, second) in enumerate(lines):
            y = top - i * lead
            if kind == "c":
                pdf.setFont("Times-Bold", 12)
                pdf.drawCentredString(left + width / 2, y, text)
            elif kind == "t":
                pdf.setFont("Times-Roman", 12)
                pdf.drawString(left + 0.9 * inch, y, text)
                pdf.drawRightString(right - 0.6 * inch, y, second or "")
            else:
                pdf.setFont("Times-Roman", 12)
                pdf.drawString(left + (0.5 * inch if kind == "i" else 0), y, text)
                if second:
                    pdf.drawString(left + width / 2 + 0.2 * inch, y, second)
        pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- PDF: bilingual parallel columns

def make_kuulutus(name: str = "pdf-bilingual-finnish-swedish-kuulutus-kungorelse-parallel-language-columns-two-tables-two-date-lines.pdf") -> None:
    w, h = A4
    margin, gap = 1.8 * cm, 0.8 * cm
    col = (w - 2 * margin - gap) / 2
    top, bottom = h - 4.2 * cm, 2.4 * cm
    frames = [Frame(margin, bottom, col, top - bottom, id="fi", leftPadding=0, rightPadding=0),
              Frame(margin + col + gap, bottom, col, top - bottom, id="sv", leftPadding=0, rightPadding=0)]
    body = ParagraphStyle("b15", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("h15", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=8)
    right = ParagraphStyle("r15", parent=body, fontName="Helvetica-Oblique", spaceBefore=8)

    def banner(pdf, doc_) -> None:  # type: ignore[no-untyped-def]
        pdf.saveState()
        pdf.setFillColor(colors.Color(0.0, 0.32, 0.55))
        pdf.rect(margin, h - 3.2 * cm, w - 2 * margin, 1.5 * cm, stroke=0, fill=1)
        pdf.setFillColor(colors.white)
        pdf.setFont("Helvetica-Bold", 20)
        pdf.drawString(margin + 0.5 * cm, h - 2.65 * cm, "KUULUTUS")
        pdf.drawRightString(w - margin - 0.5 * cm, h - 2.65 * cm, "KUNGÖRELSE")
        pdf.setFillColor(colors.black)
        pdf.setStrokeColor(colors.grey)
        pdf.line(margin + col + gap / 2, top, margin + col + gap / 2, bottom)
        pdf.setFont("Helvetica", 8)
        pdf.drawCentredString(w / 2, 1.3 * cm, "Porvoon kaupunki · Borgå stad · PL 23 / PB 23, 06101 Porvoo / Borgå · www.porvoo.example")
        pdf.restoreState()

    def table(rows: list[list[str]]) -> Table:
        t = Table(rows, colWidths=[col * 0.58, col * 0.42])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    story = [
        Paragraph("Katujen kunnostustöitä Porvoon keskustassa", head),
        Paragraph("Porvoon kaupunki uusii marraskuussa vesijohtoja ja katupäällysteitä keskustan alueella.", body),
        Paragraph("Töiden aikana kadut ovat suljettuina ajoneuvoliikenteeltä, mutta kiinteistöihin pääsee jalan.", body),
        Paragraph("Suljetut kadut ja ajat:", body),
        table([["Katu", "Suljettuna"], ["Mannerheiminkatu", "16.–20.11."], ["Runeberginkatu", "18.–27.11."], ["Piispankatu", "23.–30.11."]]),
        Spacer(1, 8),
        Paragraph("Linja-autot kulkevat kiertoteitse Läntisen Aleksanterinkadun kautta.", body),
        Paragraph("Lisätietoja antaa katupäällikkö Jussi Lindqvist, puh. 040 489 2211.", body),
        Paragraph("Porvoossa 6. marraskuuta 2026", right),
        Paragraph("Kaupunkiympäristön toimiala", body),
        FrameBreak(),
        Paragraph("Gatuarbeten i Borgå centrum", head),
        Paragraph("Borgå stad förnyar vattenledningar och gatubeläggningar i centrum i november.", body),
        Paragraph("Under arbetet är gatorna stängda för fordonstrafik, men fastigheterna nås till fots.", body),
        Paragraph("Stängda gator och tider:", body),
        table([["Gata", "Stängd"], ["Mannerheimgatan", "16–20.11."], ["Runebergsgatan", "18–27.11."], ["Biskopsgatan", "23–30.11."]]),
        Spacer(1, 8),
        Paragraph("Bussarna kör en omväg via Västra Alexandersgatan.", body),
        Paragraph("Närmare upplysningar ger gatuchef Jussi Lindqvist, tfn 040 489 2211.", body),
        Paragraph("Borgå den 6 november 2026", right),
        Paragraph("Sektorn för stadsmiljö", body),
    ]
    doc = BaseDocTemplate(str(PAGES / name), pagesize=A4, title="Kuulutus / Kungörelse: katutyöt / gatuarbeten",
                          author="Porvoon kaupunki / Borgå stad")
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=banner)])
    doc.build(story, canvasmaker=canvas_maker("2026-11-05", "141000"))


# ---------------------------------------------------------------- DOCX helpers

def _r(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _rev(tag: str, rid: int, inner: str, author: str = "Kassenwart M. Hofmann", when: str = "2026-10-30T18:12:00Z") -> str:
    return f'<w:{tag} w:id="{rid}" w:author="{author}" w:date="{when}">{inner}</w:{tag}>'


def _dr(text: str) -> str:
    return f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'


def _p(inner: str, style: str | None = None, ppr_extra: str = "") -> str:
    sty = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{sty}{ppr_extra}</w:pPr>" if (sty or ppr_extra) else ""
    return f'<w:p xmlns:w="{W}">{ppr}{inner}</w:p>'


def _tc(inner: str, width: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{inner}</w:p></w:tc>'


# ---------------------------------------------------------------- DOCX: tracked-changes fee rules

def make_beitragsordnung(name: str = "docx-german-beitragsordnung-tracked-changes-ins-del-movefrom-moveto-cell-and-row-revisions-even-odd-headers.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 10, 28, 20, 40)
    document.core_properties.modified = dt.datetime(2026, 10, 30, 18, 15)
    document.core_properties.author = "Vorstand TSV Birkenau"
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    section.header.paragraphs[0].text = "TSV Birkenau 1921 e. V. · Beitragsordnung"
    section.even_page_header.paragraphs[0].text = "Entwurf – nur zur Beratung im Vereinsausschuss"
    section.footer.paragraphs[0].text = "Vorstand TSV Birkenau · Sportplatzweg 4 · 69488 Birkenau"
    section.even_page_footer.paragraphs[0].text = "Vorstand TSV Birkenau · Sportplatzweg 4 · 69488 Birkenau"
    body = document.element.body
    body.append(parse_xml(_p(_r("Beitragsordnung des TSV Birkenau 1921 e. V."), "Title")))
    body.append(parse_xml(_p(_r("Entwurf des Vorstands vom 2. November 2026 zur Beschlussfassung in der Mitgliederversammlung"), "Subtitle")))
    body.append(parse_xml(_p(_r("§ 1 Mitgliedsbeiträge"), "Heading1")))
    body.append(parse_xml(_p(_r("Die Mitgliedsbeiträge werden ") + _rev("del", 1, _dr("halbjährlich ")) + _rev("ins", 2, _r("jährlich "))
                             + _r("im Voraus zum 1. Februar per Lastschrift eingezogen."))))
    body.append(parse_xml(_p(_r("Die Jahresbeiträge betragen:"))))
    widths = [4800, 2600]
    rows = [
        "<w:tr>" + _tc(_r("Beitragsgruppe", True), widths[0]) + _tc(_r("Jahresbeitrag", True), widths[1]) + "</w:tr>",
        "<w:tr>" + _tc(_r("Erwachsene"), widths[0]) + _tc(_rev("del", 3, _dr("84 € ")) + _rev("ins", 4, _r("96 €")), widths[1]) + "</w:tr>",
        "<w:tr>" + _tc(_r("Jugendliche (14–17 Jahre)"), widths[0]) + _tc(_r("48 €"), widths[1]) + "</w:tr>",
        "<w:tr>" + _tc(_r("Kinder bis 13 Jahre"), widths[0]) + _tc(_r("36 €"), widths[1]) + "</w:tr>",
        '<w:tr><w:trPr><w:ins w:id="5" w:author="Kassenwart M. Hofmann" w:date="2026-10-30T18:12:00Z"/></w:trPr>'
        + _tc(_rev("ins", 6, _r("Familien")), widths[0]) + _tc(_rev("ins", 7, _r("180 €")), widths[1]) + "</w:tr>",
        "<w:tr>" + _tc(_r("Passive Mitglieder"), widths[0]) + _tc(_r("30 €"), widths[1]) + "</w:tr>",
    ]
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    body.append(parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                          f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + "</w:tbl>"))
    deleted_mark = '<w:rPr><w:del w:id="8" w:author="Kassenwart M. Hofmann" w:date="2026-10-30T18:12:00Z"/></w:rPr>'
    body.append(parse_xml(_p(_rev("del", 9, _dr("Für Familien gilt ein Höchstbeitrag von 250 Euro im Jahr.")), ppr_extra=deleted_mark)))
    inserted_mark = '<w:rPr><w:ins w:id="10" w:author="Kassenwart M. Hofmann" w:date="2026-10-30T18:12:00Z"/></w:rPr>'
    body.append(parse_xml(_p(_rev("ins", 11, _r("Die Aufnahmegebühr beträgt einmalig 20 Euro und entfällt für Kinder unter sechs Jahren.")), ppr_extra=inserted_mark)))
    moved_from = ('<w:moveFromRangeStart w:id="12" w:author="Vorsitzende S. Keller" w:date="2026-10-31T09:02:00Z" w:name="move1"/>'
                  + _rev("moveFrom", 13, _r("Ehrenmitglieder sind von der Beitragspflicht befreit."), "Vorsitzende S. Keller", "2026-10-31T09:02:00Z")
                  + '<w:moveFromRangeEnd w:id="12"/>')
    body.append(parse_xml(_p(moved_from, ppr_extra='<w:rPr><w:moveFrom w:id="14" w:author="Vorsitzende S. Keller" w:date="2026-10-31T09:02:00Z"/></w:rPr>')))
    body.append(parse_xml(_p(_r("§ 2 Ermäßigungen"), "Heading1")))
    body.append(parse_xml(_p(_r("Schüler, Studierende und Auszubildende zahlen auf Antrag bis zum 25. Lebensjahr den Jugendbeitrag."))))
    moved_to = ('<w:moveToRangeStart w:id="15" w:author="Vorsitzende S. Keller" w:date="2026-10-31T09:02:00Z" w:name="move1"/>'
                + _rev("moveTo", 16, _r("Ehrenmitglieder sind von der Beitragspflicht befreit."), "Vorsitzende S. Keller", "2026-10-31T09:02:00Z")
                + '<w:moveToRangeEnd w:id="15"/>')
    body.append(parse_xml(_p(moved_to, ppr_extra='<w:rPr><w:moveTo w:id="17" w:author="Vorsitzende S. Keller" w:date="2026-10-31T09:02:00Z"/></w:rPr>')))
    body.append(parse_xml(_p(_r("Über weitere Ermäßigungen in Härtefällen entscheidet der Vorstand auf schriftlichen Antrag."))))
    body.append(parse_xml(_p(_r("§ 3 Inkrafttreten"), "Heading1")))
    body.append(parse_xml(_p(_r("Diese Beitragsordnung tritt am 1. Januar 2027 in Kraft und ersetzt die Beitragsordnung vom 14. März 2019."))))
    body.append(body.sectPr)
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: newsletter with frames and a floating table

def make_wijkkrant(name: str = "docx-flemish-wijkkrant-title-subtitle-styles-first-page-header-framepr-sidebar-floating-table-tblppr.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 10, 27, 21, 0)
    document.core_properties.modified = dt.datetime(2026, 11, 2, 22, 35)
    document.core_properties.author = "Wijkraad Brugse Poort"
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Wijkraad Brugse Poort vzw · www.wijkraadbrugsepoort.example"
    section.header.paragraphs[0].text = "Wijkkrant Brugse Poort · nr. 41 · november 2026"
    section.footer.paragraphs[0].text = "V.U.: An De Smet, Ottergemsesteenweg 12, 9000 Gent · Niet op de openbare weg gooien."
    section.first_page_footer.paragraphs[0].text = "V.U.: An De Smet, Ottergemsesteenweg 12, 9000 Gent · Niet op de openbare weg gooien."
    body = document.element.body
    frame = ('<w:framePr w:w="3200" w:hSpace="240" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
             '<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="2F5496"/><w:left w:val="single" w:sz="6" w:space="4" w:color="2F5496"/>'
             '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="2F5496"/><w:right w:val="single" w:sz="6" w:space="4" w:color="2F5496"/></w:pBdr>'
             '<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>')
    body.append(parse_xml(_p(_r("Wijkkrant Brugse Poort"), "Title")))
    body.append(parse_xml(_p(_r("Nummer 41 · verschenen op 3 november 2026"), "Subtitle")))
    body.append(parse_xml(_p(_r("Kort nieuws", True), ppr_extra=frame)))
    body.append(parse_xml(_p(_r("De speeltuin aan het Piet Elshoutplein gaat op 20 november weer open, met een nieuwe klimtoren."), ppr_extra=frame)))
    body.append(parse_xml(_p(_r("Het buurtrestaurant in de Rooigemlaan zoekt vrijwilligers voor de afwas op donderdag."), ppr_extra=frame)))
    body.append(parse_xml(_p(_r("Phoenixstraat wordt fietsstraat"), "Heading1")))
    for text in [
        "Vanaf 1 december wordt de Phoenixstraat een fietsstraat, waar auto's fietsers niet meer mogen inhalen.",
        "De stad plaatst in de loop van november nieuwe borden en rode markeringen op het wegdek.",
        "Op de infoavond van 14 oktober vroegen veel buren om ook de snelheid in de zijstraten te controleren.",
    ]:
        body.append(parse_xml(_p(_r(text))))
    body.append(parse_xml(_p(_r("Afvalophaling tijdens de feestdagen"), "Heading1")))
    widths = [2600, 2600]
    cells = [["Gewone ophaaldag", "Nieuwe ophaaldag"], ["donderdag 25 december", "zaterdag 27 december"], ["donderdag 1 januari", "zaterdag 3 januari"]]
    rows = "".join("<w:tr>" + "".join(_tc(_r(t, i == 0), wd) for t, wd in zip(r, widths)) + "</w:tr>" for i, r in enumerate(cells))
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    body.append(parse_xml(f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                          '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="120"/>'
                          '<w:tblOverlap w:val="never"/><w:tblW w:w="5200" w:type="dxa"/></w:tblPr>'
                          f'<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>'))
    for text in [
        "Omdat de ophaaldag twee keer op een feestdag valt, haalt de afvaldienst het restafval en het pmd dan op zaterdag op.",
        "Zet uw afval de avond voordien buiten, maar niet vóór 20 uur.",
        "Heeft u vragen over de wijkkrant, spreek dan een van de vrijwilligers aan op de zaterdagmarkt.",
    ]:
        body.append(parse_xml(_p(_r(text))))
    body.append(body.sectPr)
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_ordinance()
    make_kuulutus()
    make_beitragsordnung()
    make_wijkkrant()
