"""Write the PDF and DOCX pages of the sixteenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout16/make-binary.py

Layouts none of the earlier held-out sets has: an Aranese (Occitan) council letter as a scanner and OCR
program leave it, one page whose visible content is a 1-bit raster image of the letter (letterhead,
reference, place and date, address block, body, a small table, a signature scrawl and a rubber
'ENTRADA' registration stamp with a later date) under an invisible OCR text layer (text render mode 3,
drawn line by line at the image's positions), with the OCR program as Producer and the OCR run's date
as CreationDate; a Cebuano transport notice of two pages whose second page is a portrait page carrying
/Rotate 90 with its timetable drawn turned, so it reads as landscape only once the viewer applies the
rotation. DOCX: a Kurmanji Kurdish CV laid out as a borderless two-column table (periods on the left,
posts and notes on the right), with soft hyphens (w:softHyphen) inside long words, place names wrapped
in w:smartTag elements, line breaks (w:br) in the contact cell and no stated date (core properties say
September); Scots community council minutes whose items are auto-numbered 'List Number' paragraphs
(the numbers exist only in numbering.xml), with a hidden (w:vanish) clerk's note, an actions table and
a header and footer. PDFs are written in invariant mode with set creation dates, so the same script
makes the same bytes.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written so the pages stay byte-identical)

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import docx
import reportlab
from docx.oxml import parse_xml
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VERA = Path(reportlab.__file__).resolve().parent / "fonts"


# ---------------------------------------------------------------- PDF: scanned letter with an OCR layer

def make_ocr_letter(name: str = "pdf-aranese-occitan-scanned-letter-1bit-raster-image-invisible-ocr-text-layer-render-mode-3-entrada-stamp-later-date-ocrmypdf-producer.pdf") -> None:
    w, h = A4
    dpi = 100
    px_w, px_h = int(w / 72 * dpi), int(h / 72 * dpi)
    scale = dpi / 72  # points -> pixels
    regular = ImageFont.truetype(str(VERA / "Vera.ttf"), int(10.5 * scale))
    bold = ImageFont.truetype(str(VERA / "VeraBd.ttf"), int(13 * scale))
    small = ImageFont.truetype(str(VERA / "Vera.ttf"), int(8.5 * scale))
    stamp_font = ImageFont.truetype(str(VERA / "VeraBd.ttf"), int(11 * scale))

    # (x pt, y pt from top, text, font, size pt, bold?)
    left = 2.5 * cm
    lines: list[tuple[float, float, str, str]] = [
        (left, 2.2 * cm, "CONSELH GENERAU D'ARAN", "hb"),
        (left, 2.8 * cm, "Plaça dera Glèisa, 1 · 25530 Vielha · Tel. 973 64 18 01", "s"),
        (left, 4.2 * cm, "Ref.: MOB/2026/0412", "r"),
        (12.0 * cm, 4.2 * cm, "Vielha, 16 de noveme de 2026", "r"),
        (12.0 * cm, 5.4 * cm, "Sr. Joan Moga Barrau", "r"),
        (12.0 * cm, 5.9 * cm, "Carrèr Major, 12", "r"),
        (12.0 * cm, 6.4 * cm, "25539 Betren", "r"),
        (left, 8.0 * cm, "Objècte: Servici de quitada dera nhèu en Betren", "r"),
        (left, 9.0 * cm, "Senhor,", "r"),
        (left, 10.0 * cm, "Vos escriuem entà informar-vos deth nau servici de quitada dera nhèu enes carrèrs", "r"),
        (left, 10.5 * cm, "de Betren entath ivèrn 2026-2027. Eth servici comence eth 1 de deseme e s'acabe", "r"),
        (left, 11.0 * cm, "eth 31 de març.", "r"),
        (left, 11.8 * cm, "Es maquines passaràn prumèr pes carrèrs mès importants, en aguest orde:", "r"),
        (left + 1.0 * cm, 12.6 * cm, "Carrèr Major", "r"),
        (left + 7.0 * cm, 12.6 * cm, "prioritat 1", "r"),
        (left + 11.0 * cm, 12.6 * cm, "a 6.00", "r"),
        (left + 1.0 * cm, 13.1 * cm, "Plaça dera Glèisa", "r"),
        (left + 7.0 * cm, 13.1 * cm, "prioritat 1", "r"),
        (left + 11.0 * cm, 13.1 * cm, "a 6.30", "r"),
        (left + 1.0 * cm, 13.6 * cm, "Camin de Santa Maria", "r"),
        (left + 7.0 * cm, 13.6 * cm, "prioritat 2", "r"),
        (left + 11.0 * cm, 13.6 * cm, "a 8.00", "r"),
        (left, 14.5 * cm, "Es vesins an de deishar es veïculs enes parcatges senhalats quan i a mès de 10", "r"),
        (left, 15.0 * cm, "centimètres de nhèu. Se auetz besonh d'ajuda entà netejar era entrada dera vòsta", "r"),
        (left, 15.5 * cm, "casa, podetz telefonar ath 973 64 18 20.", "r"),
        (left, 16.3 * cm, "Vos mercejam era vòsta collaboracion.", "r"),
        (left, 17.3 * cm, "Cordialament,", "r"),
        (left, 19.6 * cm, "Maria Nart Sans", "r"),
        (left, 20.1 * cm, "Conselhèra de Mobilitat", "r"),
        (left, 27.6 * cm, "Aran, un país dins un país · www.conselharan.example", "s"),
    ]
    fonts = {"r": (regular, 10.5), "hb": (bold, 13), "s": (small, 8.5)}

    image = Image.new("L", (px_w, px_h), 255)
    draw = ImageDraw.Draw(image)
    for x, y, text, kind in lines:
        font, _ = fonts[kind]
        draw.text((x * scale, y * scale), text, font=font, fill=0)
    draw.line([(left * scale, 3.3 * cm * scale), ((w - left) * scale, 3.3 * cm * scale)], fill=0, width=2)
    # the signature scrawl
    sx, sy = left * scale, 18.6 * cm * scale
    draw.line([(sx, sy + 20), (sx + 40, sy - 10), (sx + 70, sy + 25), (sx + 110, sy - 5), (sx + 160, sy + 15), (sx + 210, sy)], fill=0, width=3)
    # the registration stamp, a box tilted by the scanner's skew
    stamp = Image.new("L", (int(6.4 * cm * scale), int(1.9 * cm * scale)), 255)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle([2, 2, stamp.width - 3, stamp.height - 3], outline=0, width=3)
    sd.text((14, 10), "ENTRADA 17 NOV. 2026", font=stamp_font, fill=0)
    sd.text((14, 10 + 18 * scale), "Núm. 3391", font=stamp_font, fill=0)
    stamp = stamp.rotate(-4, expand=True, fillcolor=255)
    image.paste(stamp, (int(12.6 * cm * scale), int(0.9 * cm * scale)))
    stamp_lines = [(12.8 * cm, 1.55 * cm, "ENTRADA 17 NOV. 2026"), (12.8 * cm, 2.25 * cm, "Núm. 3391")]
    image = image.rotate(0.35, resample=Image.BICUBIC, fillcolor=255).point(lambda v: 0 if v < 150 else 255, "1")  # type: ignore[attr-defined]  # Pillow stubs: Image.Resampling.BICUBIC
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)

    maker = canvas_maker("2026-11-20", "081204")
    pdf = maker(str(PAGES / name), pagesize=A4)
    pdf.setCreator("ocrmypdf 16.6.2 / ScanSnap Manager")
    pdf.setProducer("ocrmypdf 16.6.2 / Tesseract OCR-hOCR 5.4.1 / pikepdf 9.4")
    pdf.drawImage(ImageReader(buffer), 0, 0, width=w, height=h)
    # one text object per OCR line, as the OCR renderer writes them, in the image's top-to-bottom order
    for x, y, line, size in [*((x, y, t, 11.0) for x, y, t in stamp_lines), *((x, y, t, fonts[k][1]) for x, y, t, k in lines)]:
        text = pdf.beginText()
        text.setTextRenderMode(3)
        text.setFont("Helvetica", size)
        text.setTextOrigin(x, h - y - size * 0.85)
        text.textOut(line)
        pdf.drawText(text)
    pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- PDF: notice with a rotated timetable page

def make_timetable(name: str = "pdf-cebuano-lgu-transport-notice-portrait-page-then-rotate-90-page-landscape-timetable-grid-running-header-panid-n-sa-2.pdf") -> None:
    w, h = A4
    maker = canvas_maker("2026-10-30", "103000")
    pdf = maker(str(PAGES / name), pagesize=A4)
    pdf.setTitle("Pahibalo: bag-ong ruta sa modern jeepney")
    pdf.setAuthor("Munisipyo sa Minglanilla")

    def chrome(n: int, width: float, height: float) -> None:
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2 * cm, height - 1.2 * cm, "MTTO Pahibalo Blg. 2026-17")
        pdf.drawRightString(width - 2 * cm, height - 1.2 * cm, "Munisipyo sa Minglanilla, Sugbo")
        pdf.drawCentredString(width / 2, 1.0 * cm, f"Panid {n} sa 2")

    # page 1, portrait
    chrome(1, w, h)
    y = h - 3.0 * cm
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawCentredString(w / 2, y, "MUNISIPYO SA MINGLANILLA")
    pdf.setFont("Helvetica", 9)
    pdf.drawCentredString(w / 2, y - 13, "Opisina sa Trapiko ug Transportasyon")
    y -= 2.0 * cm
    pdf.setFont("Helvetica-Bold", 14)
    for line in ["Bag-ong ruta sa modern jeepney gikan sa Minglanilla", "paingon sa Lungsod sa Sugbo"]:
        pdf.drawString(2.5 * cm, y, line)
        y -= 18
    y -= 6
    pdf.setFont("Helvetica-Oblique", 10)
    pdf.drawString(2.5 * cm, y, "Gipetsahan: Nobyembre 3, 2026")
    y -= 26
    pdf.setFont("Helvetica", 11)
    body = [
        "Sugod sa Disyembre 1, 2026, adunay bag-ong ruta sa modern jeepney gikan sa",
        "Minglanilla paingon sa Lungsod sa Sugbo. Ang ruta moagi sa Talisay ug sa South Road",
        "Properties aron malikayan ang trapiko sa N. Bacalso Avenue.",
        "",
        "Ang plete kay PHP 15 alang sa unang upat ka kilometro ug PHP 2 matag dugang kilometro.",
        "Ang mga estudyante, senior citizen ug mga PWD adunay 20 porsyento nga diskwento.",
        "",
        "Ang tibuok iskedyul sa biyahe makita sa sunod nga panid.",
        "Alang sa mga pangutana, tawag sa (032) 272 0000.",
    ]
    for line in body:
        pdf.drawString(2.5 * cm, y, line)
        y -= 16
    y -= 30
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(2.5 * cm, y, "ENGR. RAMIL T. ABELLANA")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(2.5 * cm, y - 13, "Hepe, MTTO")
    pdf.showPage()

    # page 2: a portrait page carrying /Rotate 90, its content drawn turned a quarter counter-clockwise
    pdf.setPageSize((h, w))  # reportlab swaps the box of a page turned by 90, so this gives a portrait MediaBox
    pdf.setPageRotation(90)
    pdf.saveState()
    pdf.translate(w, 0)
    pdf.rotate(90)
    lw, lh = h, w  # the landscape page as the reader sees it
    chrome(2, lw, lh)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(2.5 * cm, lh - 3.0 * cm, "Iskedyul sa biyahe (Lunes hangtod Sabado)")
    heads = ["Biyahe", "Minglanilla Terminal", "Talisay", "SRP", "Carbon (Sugbo)"]
    rows = [["Una", "5:00", "5:20", "5:45", "6:10"], ["Ikaduha", "5:30", "5:50", "6:15", "6:40"],
            ["Ikatulo", "6:00", "6:20", "6:45", "7:10"], ["Ikaupat", "6:30", "6:50", "7:15", "7:40"]]
    xs = [2.5 * cm, 7.0 * cm, 12.5 * cm, 17.0 * cm, 21.5 * cm]
    ty = lh - 5.0 * cm
    pdf.setFont("Helvetica-Bold", 11)
    for x, text in zip(xs, heads):
        pdf.drawString(x, ty, text)
    pdf.setLineWidth(0.8)
    pdf.line(2.5 * cm, ty - 6, lw - 2.5 * cm, ty - 6)
    pdf.setFont("Helvetica", 11)
    for row in rows:
        ty -= 22
        for x, text in zip(xs, row):
            pdf.drawString(x, ty, text)
        pdf.setLineWidth(0.3)
        pdf.line(2.5 * cm, ty - 7, lw - 2.5 * cm, ty - 7)
    ty -= 36
    pdf.drawString(2.5 * cm, ty, "Ang biyahe matag 30 minutos hangtod alas 9:00 sa gabii.")
    pdf.drawString(2.5 * cm, ty - 16, "Walay biyahe sa Domingo ug sa mga holiday.")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- DOCX helpers

def _r(text: str, bold: bool = False, extra: str = "") -> str:
    rpr = f"<w:rPr>{'<w:b/>' if bold else ''}{extra}</w:rPr>" if (bold or extra) else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _soft(text: str, bold: bool = False) -> str:
    """Runs for ``text`` with a soft hyphen (w:softHyphen) wherever it holds '|'."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = text.split("|")
    out = ""
    for i, part in enumerate(parts):
        out += f'<w:r>{rpr}<w:t xml:space="preserve">{part}</w:t></w:r>'
        if i < len(parts) - 1:
            out += f"<w:r>{rpr}<w:softHyphen/></w:r>"
    return out


def _tag(text: str, element: str) -> str:
    return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:smartTag>')


def _p(inner: str, style: str | None = None, ppr_extra: str = "") -> str:
    sty = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{sty}{ppr_extra}</w:pPr>" if (sty or ppr_extra) else ""
    return f"<w:p>{ppr}{inner}</w:p>"


def _tc(paragraphs: list[str], width: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def _table(rows: list[list[list[str]]], widths: list[int], borders: bool) -> str:
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    if borders:
        tbl_borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        tbl_borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = "".join("<w:tr>" + "".join(_tc(cell, wd) for cell, wd in zip(row, widths)) + "</w:tr>" for row in rows)
    return (f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{tbl_borders}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def _add(body, xml: str) -> None:  # type: ignore[no-untyped-def]
    """Parse ``xml`` (a paragraph or table naming the w: namespace) into the body, before its sectPr."""
    body.sectPr.addprevious(parse_xml(xml))


# ---------------------------------------------------------------- DOCX: CV in a layout table

def make_cv(name: str = "docx-kurmanji-kurdish-cv-borderless-two-column-layout-table-soft-hyphens-smarttag-places-line-breaks-core-properties-only-date-nodate.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 9, 14, 19, 5)
    document.core_properties.modified = dt.datetime(2026, 9, 21, 22, 40)
    document.core_properties.author = "Rojda Ehmed"
    document.core_properties.title = "CV - Rojda Ehmed"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Curriculum Vitae – Rojda Ehmed"
    section.footer.paragraphs[0].text = "rojda.ehmed@example.com · +90 555 000 00 00"
    body = document.element.body
    _add(body, f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="Title"/></w:pPr>{_r("Rojda Ehmed")}</w:p>')
    contact = (_r("Endezyara avahiyan") + '<w:r><w:br/></w:r>' + _r("Navnîşan: Kolana Gazî 14, ") + _tag("Amed", "City")
               + '<w:r><w:br/></w:r>' + _r("Ajokarî: B"))
    _add(body, f'<w:p xmlns:w="{W}">{contact}</w:p>')

    def heading(text: str) -> None:
        _add(body, f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_r(text)}</w:p>')

    heading("Derbarê min de")
    _add(body, f'<w:p xmlns:w="{W}">{_soft("Ez endezyareke avahiyan im û heft sal ezmûna min di avakirina pir û rêyan de heye.")}</w:p>')
    _add(body, f'<w:p xmlns:w="{W}">{_soft("Ez li karekî li şaredariyeke mezin digerim ku tê de projeyên bine|saziyê bi rê ve bibim.")}</w:p>')
    heading("Ezmûna karî")
    left, right = 2200, 7000
    rows = [
        [[_p(_r("2022 – niha", True))],
         [_p(_r("Endezyara projeyê, Şaredariya ") + _tag("Amedê", "City")),
          _p(_r("Min avakirina pira nû ya li ser çemê ") + _tag("Dîcleyê", "place") + _r(" bi rê ve bir.")),
          _p(_soft("Proje bi butçeya 48 mîlyon lîreyî di wextê xwe de hate bi|dawîkirin."))]],
        [[_p(_r("2019 – 2022", True))],
         [_p(_r("Endezyara qadê, Şîrketa Avahiyê Zagros")),
          _p(_r("Min kontrola kalîteya betonê û plana karê rojane amade kir."))]],
    ]
    _add(body, _table(rows, [left, right], borders=False))
    heading("Perwerde")
    rows = [[[_p(_r("2015 – 2019", True))],
             [_p(_soft("Lîsans, Endezya|riya Avahiyan, Zanîngeha ") + _tag("Dîcleyê", "place")),
              _p(_r("Teza min li ser xurtkirina pirên kevn ên kevirî bû."))]]]
    _add(body, _table(rows, [left, right], borders=False))
    heading("Ziman")
    rows = [[[_p(_r("Ziman", True))], [_p(_r("Ast", True))]],
            [[_p(_r("Kurmancî"))], [_p(_r("Zimanê dayikê"))]],
            [[_p(_r("Tirkî"))], [_p(_r("Pir baş"))]],
            [[_p(_r("Îngilîzî"))], [_p(_r("Baş (B2)"))]]]
    _add(body, _table(rows, [3000, 3000], borders=True))
    heading("Jêhatîbûn")
    _add(body, f'<w:p xmlns:w="{W}">{_r("AutoCAD, SAP2000 û Primavera P6; rêveberiya tîmên heta 30 karkeran.")}</w:p>')
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: minutes with auto-numbered items

def make_minutes(name: str = "docx-scots-community-cooncil-minutes-list-number-auto-numbering-hidden-vanish-clerk-note-actions-table-header-footer-draft.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 11, 5, 20, 15)
    document.core_properties.modified = dt.datetime(2026, 11, 6, 9, 30)
    document.core_properties.author = "Clerk, Auchtermuchty Community Cooncil"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Auchtermuchty Community Cooncil"
    section.footer.paragraphs[0].text = "Draft minutes – subject tae approval at the next meetin"
    document.add_paragraph("Minutes o the Ordinar Meetin", style="Title")
    document.add_paragraph("Haudit on Tuesday 3 November 2026 in the Toun Hall at 7pm")
    document.add_paragraph("Present: Cllr J. Brodie (Convener), M. Pattullo, A. Sinclair, R. Soutar")
    document.add_paragraph("Apologies: D. Rollo")
    body = document.element.body
    _add(body, f'<w:p xmlns:w="{W}"><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>'
               + _r("[Note fae the clerk: tak this oot afore the minutes gang oot.]", extra="<w:vanish/><w:color w:val=\"C00000\"/>") + "</w:p>")
    for item in [
        "The minutes o the last meetin wis agreed as a true record.",
        "The Convener said the fitpath alang the Burn wis still shut efter the flood in September.",
        "Fife Council haes promised tae sort the brig afore the end o the year.",
        "Members agreed tae pit up a Christmas tree at the Cross again this year.",
        "A resident askit if the bus tae Cupar could rin later on Setturdays, an the Cooncil will write tae Stagecoach.",
    ]:
        document.add_paragraph(item, style="List Number")
    document.add_heading("Actions agreed", level=2)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for r, cells in enumerate([["Action", "Wha", "By when"],
                               ["Write tae Stagecoach aboot the Setturday bus", "A. Sinclair", "30 November"],
                               ["Order the Christmas tree", "R. Soutar", "20 November"],
                               ["Chase Fife Council aboot the brig", "J. Brodie", "Next meetin"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("The next meetin will be on Tuesday 1 December 2026 at 7pm in the Toun Hall.")
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_ocr_letter()
    make_timetable()
    make_cv()
    make_minutes()
