"""Write the PDF and DOCX pages of the twenty-fourth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout24/make-binary.py

PDF: a Luxembourgish municipality's summary of council decisions (two pages, a running header with
the commune and 'Resumé vun der Gemengerotssëtzung', a 'Säit n vun 2' footer, a 'Publizéiert den
13. November 2026' line, headings, a votes table with a shaded header); an Irish-language community
co-operative's quarterly report (two pages, a running header with the co-operative and 'Tuarascáil
Ráithe', a 'Leathanach n as 2' footer, 'Dáta: 10 Samhain 2026', headings, a projects table with euro
amounts). DOCX: a Punjabi (Gurmukhi) gurdwara treasurer's half-year report (header and footer, the
date line 'ਮਿਤੀ: 15 ਨਵੰਬਰ 2026', an expenses table in 'Table Grid' with pound amounts, core properties
the next day); a Catalan (Andorran) commune's council minutes (header and footer, the closing line
'Encamp, 16 de novembre de 2026', a grants table in 'Light Grid Accent 1', core properties the next
morning). PDFs are written in invariant mode with set creation dates. ``make_pdf`` and ``make_docx``
are the twenty-third set's, unchanged.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written)

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"

# A block is (kind, value): "title", "h" (heading), "p" (paragraph), "date" (a date line),
# "note" (a line marked neither body nor chrome), "th" (a table's header row), "row" (a table row),
# "break" (next page).
GEMENG_NAME = "pdf-luxembourgish-gemeng-resume-gemengerotssetzung-two-pages-running-header-sait-n-vun-2-footer-publizeiert-den-d-month-yyyy-line-votes-table-jo-nee-enthalung-shaded-header.pdf"
GEMENG_HEADER = ("Gemeng Uewersauer", "Resumé vun der Gemengerotssëtzung")
GEMENG_FOOTER = "Säit {n} vun 2"
GEMENG = [
    ("title", "Beschlëss vum Gemengerot"),
    ("date", "Publizéiert den 13. November 2026"),
    ("h", "Finanzen a Schoul"),
    ("p", "An der Sëtzung vum 6. November huet de Gemengerot de rektifiéierte Budget 2026 mat néng Stëmme gestëmmt."),
    ("p", "D'Gemeng investéiert dëst Joer méi an d'Renovatioun vun der Primärschoul zu Bigonville."),
    ("h", "Resultater vun den Ofstëmmungen"),
    ("th", ["Punkt", "Jo", "Nee", "Enthalung"]),
    ("row", ["Rektifiéierte Budget 2026", "9", "0", "2"]),
    ("row", ["Konventioun Maison relais", "11", "0", "0"]),
    ("row", ["Neie Waasserpräis", "7", "3", "1"]),
    ("break", ""),
    ("h", "Mobilitéit an der Gemeng"),
    ("p", "Vum 1. Januar un fiert de Rufbus och samschdes tëscht Esch-Sauer an Ettelbréck."),
    ("p", "D'Awunner kënnen sech op der Internetsäit vun der Gemeng fir de Newsletter aschreiwen."),
    ("h", "Nächst Sëtzung"),
    ("p", "Déi nächst ëffentlech Sëtzung vum Gemengerot ass fir den 11. Dezember geplangt."),
    ("note", "De Buergermeeschter, Marc Schmit"),
]

COMHAR_NAME = "pdf-irish-gaeilge-comharchumann-forbartha-tuarascail-raithe-two-pages-running-header-leathanach-n-as-2-footer-data-d-month-yyyy-line-projects-table-euro-amounts-shaded-header.pdf"
COMHAR_HEADER = ("Comharchumann Forbartha Chorca Dhuibhne", "Tuarascáil Ráithe")
COMHAR_FOOTER = "Leathanach {n} as 2"
COMHAR = [
    ("title", "Tuarascáil an tríú ráithe 2026"),
    ("date", "Dáta: 10 Samhain 2026"),
    ("h", "Forbairt pobail"),
    ("p", "Osclaíodh an t-ionad pobail nua i mBaile an Fheirtéaraigh i mí Mheán Fómhair."),
    ("p", "Tá ceithre ghrúpa déag ag úsáid an ionaid gach seachtain faoi láthair."),
    ("h", "Tionscadail na ráithe"),
    ("th", ["Tionscadal", "Costas", "Stádas"]),
    ("row", ["Ionad pobail", "€185,000", "Críochnaithe"]),
    ("row", ["Cosán siúlóide an Chuasa", "€42,500", "Ar siúl"]),
    ("row", ["Scéim teanga do theaghlaigh", "€18,200", "Ar siúl"]),
    ("break", ""),
    ("h", "Seirbhísí Gaeilge"),
    ("p", "Chláraigh seasca teaghlach sa scéim tacaíochta teanga don bhliain acadúil seo."),
    ("p", "Is féidir clárú le nuachtlitir an chomharchumainn ar ár suíomh gréasáin."),
    ("h", "An chéad ráithe eile"),
    ("p", "Beidh cruinniú poiblí ar siúl sa halla i mí Eanáir faoi phlean forbartha an cheantair."),
    ("note", "Máire Ní Shé, Bainisteoir"),
]

# ---------------------------------------------------------------- DOCX

GURDWARA_NAME = "docx-punjabi-gurmukhi-gurdwara-khazanchi-chhimahi-report-header-footer-miti-d-month-yyyy-date-line-expenses-table-grid-pound-amounts-core-properties-next-day.docx"
GURDWARA_HEADER = "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਲੈਸਟਰ"
GURDWARA_FOOTER = "ਰਜਿਸਟਰਡ ਚੈਰਿਟੀ ਨੰਬਰ 1012345 · 33 Metcalf Street, Leicester"
GURDWARA = [
    ("title", "ਖ਼ਜ਼ਾਨਚੀ ਦੀ ਛਿਮਾਹੀ ਰਿਪੋਰਟ"),
    ("date", "ਮਿਤੀ: 15 ਨਵੰਬਰ 2026"),
    ("h", "ਆਮਦਨ ਅਤੇ ਖ਼ਰਚ"),
    ("p", "ਪਿਛਲੇ ਛੇ ਮਹੀਨਿਆਂ ਵਿੱਚ ਸੰਗਤ ਵੱਲੋਂ ਦਿੱਤੇ ਦਾਨ ਵਿੱਚ ਪਿਛਲੇ ਸਾਲ ਨਾਲੋਂ ਵਾਧਾ ਹੋਇਆ ਹੈ।"),
    ("p", "ਮੁੱਖ ਖ਼ਰਚੇ ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਵਿੱਚ ਦਰਜ ਹਨ।"),
    ("th", ["ਮੱਦ", "ਰਕਮ"]),
    ("row", ["ਲੰਗਰ ਦਾ ਰਾਸ਼ਨ", "£12,400"]),
    ("row", ["ਬਿਜਲੀ ਅਤੇ ਗੈਸ", "£6,850"]),
    ("row", ["ਛੱਤ ਦੀ ਮੁਰੰਮਤ", "£9,300"]),
    ("h", "ਅਗਲੇ ਛੇ ਮਹੀਨੇ"),
    ("p", "ਕਮੇਟੀ ਨੇ ਲੰਗਰ ਹਾਲ ਦੀ ਰਸੋਈ ਲਈ ਨਵੇਂ ਚੁੱਲ੍ਹੇ ਖ਼ਰੀਦਣ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ।"),
    ("p", "ਸੰਗਤ ਦੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਸਿਰਫ਼ ਗੁਰਦੁਆਰੇ ਦੇ ਕੰਮਾਂ ਲਈ ਵਰਤੀ ਜਾਂਦੀ ਹੈ।"),
    ("note", "ਸ. ਹਰਜੀਤ ਸਿੰਘ ਗਿੱਲ, ਖ਼ਜ਼ਾਨਚੀ"),
]

ENCAMP_NAME = "docx-catalan-andorra-comu-acta-sessio-ordinaria-consell-header-footer-closing-place-and-date-line-encamp-d-de-month-de-yyyy-grants-table-light-grid-accent-core-properties-next-morning.docx"
ENCAMP_HEADER = "Comú d'Encamp · Acta de la sessió ordinària del Consell de Comú"
ENCAMP_FOOTER = "Comú d'Encamp · Plaça dels Arcs, 1 · AD200 Encamp · Tel. +376 731 000"
ENCAMP = [
    ("title", "Acta de la sessió ordinària del Consell"),
    ("p", "Presideix la sessió la cònsol major, amb l'assistència de deu consellers i del secretari general."),
    ("h", "Subvencions a entitats"),
    ("p", "El Consell aprova per unanimitat les subvencions ordinàries a les entitats de la parròquia per a l'any 2027."),
    ("th", ["Entitat", "Import"]),
    ("row", ["Esbart Dansaire d'Encamp", "8.500 euros"]),
    ("row", ["Club d'Escacs Encamp", "3.200 euros"]),
    ("row", ["Associació de la Gent Gran", "6.750 euros"]),
    ("h", "Obres i urbanisme"),
    ("p", "S'aprova l'adjudicació de les obres de millora del passeig del riu Valira d'Orient."),
    ("p", "Les obres començaran al març i duraran aproximadament quatre mesos."),
    ("note", "Encamp, 16 de novembre de 2026"),
    ("note", "El secretari general, Jordi Riba Pons"),
]


def make_pdf(name: str, blocks: Sequence[tuple[str, object]], header: tuple[str, str], footer: str, made: str, title: str, widths: Sequence[float], columns: int = 1) -> None:
    """Header and footer on every page; the title and date line at full width, then the blocks
    in ``columns`` columns (a "break" moves to the next column, then the next page)."""
    w, h = A4
    pdf = canvas_maker(made)(str(PAGES / name), pagesize=A4)
    pdf.setTitle(title)
    gutter = 0.8 * cm
    col_w = (w - 4 * cm - (columns - 1) * gutter) / columns
    n, col = 1, 0
    top = h - 3 * cm

    def chrome() -> None:
        pdf.setFont("Helvetica", 8)
        pdf.setFillColor(colors.grey)
        pdf.drawString(2 * cm, h - 1.3 * cm, header[0])
        pdf.drawRightString(w - 2 * cm, h - 1.3 * cm, header[1])
        pdf.line(2 * cm, h - 1.5 * cm, w - 2 * cm, h - 1.5 * cm)
        pdf.drawCentredString(w / 2, 1.2 * cm, footer.format(n=n))
        pdf.setFillColor(colors.black)

    chrome()
    y = top
    for i, (kind, value) in enumerate(blocks):
        x = 2 * cm + col * (col_w + gutter)
        if kind == "break":
            if col + 1 < columns:
                col += 1
            else:
                pdf.showPage()
                n += 1
                col = 0
                top = h - 3 * cm
                chrome()
            y = top
        elif kind == "title":
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(2 * cm, y, str(value))
            y -= 24
        elif kind in ("date", "note"):
            pdf.setFont("Helvetica-Oblique", 10)
            pdf.drawString(x if kind == "note" else 2 * cm, y, str(value))
            y -= 22
            if kind == "date":
                top = y  # the columns start under the full-width title and date line
        elif kind == "h":
            y -= 6
            pdf.setFont("Helvetica-Bold", 12.5)
            pdf.drawString(x, y, str(value))
            y -= 18
        elif kind == "p":
            pdf.setFont("Helvetica", 10.5)
            for line in simpleSplit(str(value), "Helvetica", 10.5, col_w):
                pdf.drawString(x, y, line)
                y -= 14
            y -= 6
        elif kind in ("th", "row"):
            assert isinstance(value, list)
            cx = x
            if kind == "th":
                pdf.setFillColor(colors.HexColor("#dde6ee"))
                pdf.rect(x, y - 5, sum(widths), 17, stroke=0, fill=1)
                pdf.setFillColor(colors.black)
            pdf.setFont("Helvetica-Bold" if kind == "th" else "Helvetica", 10)
            for cell, cw in zip(value, widths):
                pdf.drawString(cx + 4, y, cell)
                cx += cw
            pdf.setLineWidth(0.4)
            pdf.line(x, y - 5, x + sum(widths), y - 5)
            y -= 18
            if kind == "row" and blocks[i + 1][0] != "row":
                y -= 8
    pdf.showPage()
    pdf.save()


def make_docx(name: str, blocks: Sequence[tuple[str, object]], header: str | None, footer: str | None, created: dt.datetime, style: str) -> None:
    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    sec = d.sections[0]
    if header is not None:
        sec.header.paragraphs[0].text = header
    if footer is not None:
        sec.footer.paragraphs[0].text = footer
    rows: list[list[str]] = []
    for kind, value in [*blocks, ("end", "")]:
        if kind in ("th", "row"):
            assert isinstance(value, list)
            rows.append(value)
            continue
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = style
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
            rows = []
        if kind == "title":
            d.add_heading(str(value), level=0)
        elif kind == "h":
            d.add_heading(str(value), level=1)
        elif kind in ("p", "date", "note"):
            d.add_paragraph(str(value))
    d.save(str(PAGES / name))


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    make_pdf(GEMENG_NAME, GEMENG, GEMENG_HEADER, GEMENG_FOOTER, "2026-11-13", "Beschlëss vum Gemengerot", [6 * cm, 2 * cm, 2 * cm, 2.6 * cm])
    make_pdf(COMHAR_NAME, COMHAR, COMHAR_HEADER, COMHAR_FOOTER, "2026-11-11", "Tuarascáil Ráithe", [6 * cm, 3 * cm, 3.2 * cm])
    make_docx(GURDWARA_NAME, GURDWARA, GURDWARA_HEADER, GURDWARA_FOOTER, dt.datetime(2026, 11, 16, 19, 5), "Table Grid")
    make_docx(ENCAMP_NAME, ENCAMP, ENCAMP_HEADER, ENCAMP_FOOTER, dt.datetime(2026, 11, 17, 9, 5), "Light Grid Accent 1")
