"""Write the PDF and DOCX pages of the eighteenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout18/make-binary.py

PDF: a Dutch water board's newsletter to ratepayers (two pages, a running header with the board's
name and the issue month, a 'pagina n van 2' footer, a 'Datum:' line, headings, a water-level table
drawn with ruled lines); an English primary school's governors' report to parents (two pages, a
running header naming the school and the report, 'Page n of 2', a 'Date:' line, an attendance table
with a shaded header). DOCX: a Norwegian housing co-operative's minutes of its annual general
meeting (header and footer, a place-and-date line 'Oslo, 4. mars 2026', numbered items as headings,
a vote table in 'Table Grid'); an English school PTA treasurer's report (header and footer, a
'Presented to the PTA committee on 26th January 2026' line, an income table with a totals row, core
properties a week earlier). PDFs are written in invariant mode with set creation dates.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written)

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import block_docx, canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"

# A block is (kind, value): "title", "h" (heading), "p" (paragraph), "date" (a date line),
# "note" (a line marked neither body nor chrome), "th" (a table's header row), "row" (a table row),
# "break" (next page).
WATER_NAME = "pdf-dutch-waterschap-nieuwsbrief-ingelanden-two-pages-running-header-board-and-month-pagina-n-van-2-footer-datum-line-ruled-peilen-table.pdf"
WATER_HEADER = ("Waterschap Lingemeer · Nieuwsbrief voor ingelanden", "maart 2026")
WATER_FOOTER = "pagina {n} van 2"
WATER = [
    ("title", "Nieuwsbrief voor ingelanden"),
    ("date", "Datum: 3 maart 2026"),
    ("h", "Nieuwe peilen voor de polder Oosterwaard"),
    ("p", "Het algemeen bestuur heeft op 18 februari een nieuw peilbesluit voor de polder Oosterwaard vastgesteld."),
    ("p", "De nieuwe peilen gaan in op 1 april 2026 en gelden voor tien jaar."),
    ("p", "In de meeste peilvakken blijft het zomerpeil gelijk, maar het winterpeil gaat omhoog om het inklinken van de veenbodem te remmen."),
    ("th", ["Peilvak", "Zomerpeil", "Winterpeil (oud)", "Winterpeil (nieuw)"]),
    ("row", ["Oosterwaard-Noord", "-1,10 m NAP", "-1,35 m NAP", "-1,20 m NAP"]),
    ("row", ["Oosterwaard-Zuid", "-1,25 m NAP", "-1,50 m NAP", "-1,35 m NAP"]),
    ("row", ["Kadebuurt", "-0,80 m NAP", "-0,95 m NAP", "-0,95 m NAP"]),
    ("p", "Boeren met percelen in Oosterwaard-Zuid kunnen tot 1 juni een tegemoetkoming aanvragen voor extra drainage."),
    ("h", "Werk aan de dijk bij Hoornsluis"),
    ("p", "Vanaf 16 maart versterken we de dijk tussen Hoornsluis en het gemaal De Hoop over een lengte van 1,8 kilometer."),
    ("p", "Het fietspad op de dijk is tijdens het werk afgesloten en fietsers worden omgeleid via de Molenweg."),
    ("break", ""),
    ("h", "Waterschapsbelasting 2026"),
    ("p", "De aanslagen voor de waterschapsbelasting worden eind maart verstuurd."),
    ("p", "Wie de aanslag in tien termijnen wil betalen, kan zich tot 30 april aanmelden voor automatische incasso."),
    ("p", "Ontvangt u deze nieuwsbrief liever digitaal, meld u dan aan via het ingelandenloket op onze website."),
    ("h", "Vragen?"),
    ("p", "U kunt ons op werkdagen bellen tussen 8.30 en 17.00 uur."),
]

SCHOOL_NAME = "pdf-english-primary-school-governors-report-to-parents-two-pages-running-header-school-and-term-page-n-of-2-date-line-shaded-attendance-table.pdf"
SCHOOL_HEADER = ("Hollins Park Primary School", "Governors' report to parents – Spring 2026")
SCHOOL_FOOTER = "Page {n} of 2"
SCHOOL = [
    ("title", "Governors' Report to Parents"),
    ("date", "Date: 12 February 2026"),
    ("h", "A message from the chair of governors"),
    ("p", "This report tells you what the governing body has worked on since September and what we plan to do before the summer."),
    ("p", "Governors are volunteers, and we meet as a full board six times a year, with smaller committees in between."),
    ("h", "Attendance"),
    ("p", "Attendance across the school was 95.1 per cent in the autumn term, slightly above the national figure for primary schools."),
    ("th", ["Year group", "Autumn 2024", "Autumn 2025"]),
    ("row", ["Reception", "93.8%", "94.6%"]),
    ("row", ["Years 1 and 2", "94.9%", "95.3%"]),
    ("row", ["Years 3 and 4", "95.2%", "95.0%"]),
    ("row", ["Years 5 and 6", "95.6%", "95.4%"]),
    ("p", "Persistent absence fell from 14 per cent to 11 per cent of pupils after the school started phoning families on the first morning of an absence."),
    ("break", ""),
    ("h", "The new library"),
    ("p", "The old computer suite has been turned into a library with 2,400 books, most of them donated or bought with money raised at the summer fair."),
    ("p", "Pupils in Year 6 run the library at lunchtime and have chosen the first twenty new titles."),
    ("h", "Vacancy for a parent governor"),
    ("p", "We have one vacancy for a parent governor from April, and any parent or carer of a pupil at the school can stand."),
    ("p", "Nomination forms are available from the school office and must be returned by 6 March."),
    ("p", "Your email address is only used to send you school information, in line with the school's privacy notice."),
    ("note", "Helen Okafor, Chair of Governors"),
]


def make_pdf(name: str, blocks: Sequence[tuple[str, object]], header: tuple[str, str], footer: str, made: str, title: str, widths: list[float]) -> None:
    w, h = A4
    pdf = canvas_maker(made)(str(PAGES / name), pagesize=A4)
    pdf.setTitle(title)
    n = 1

    def chrome() -> None:
        pdf.setFont("Helvetica", 8)
        pdf.setFillColor(colors.grey)
        pdf.drawString(2 * cm, h - 1.3 * cm, header[0])
        pdf.drawRightString(w - 2 * cm, h - 1.3 * cm, header[1])
        pdf.line(2 * cm, h - 1.5 * cm, w - 2 * cm, h - 1.5 * cm)
        pdf.drawCentredString(w / 2, 1.2 * cm, footer.format(n=n))
        pdf.setFillColor(colors.black)

    chrome()
    y = h - 3 * cm
    for kind, value in blocks:
        if kind == "break":
            pdf.showPage()
            n += 1
            chrome()
            y = h - 3 * cm
        elif kind == "title":
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(2 * cm, y, str(value))
            y -= 24
        elif kind in ("date", "note"):
            pdf.setFont("Helvetica-Oblique", 10)
            pdf.drawString(2 * cm, y, str(value))
            y -= 22
        elif kind == "h":
            y -= 6
            pdf.setFont("Helvetica-Bold", 12.5)
            pdf.drawString(2 * cm, y, str(value))
            y -= 18
        elif kind == "p":
            pdf.setFont("Helvetica", 10.5)
            for line in simpleSplit(str(value), "Helvetica", 10.5, w - 4 * cm):
                pdf.drawString(2 * cm, y, line)
                y -= 14
            y -= 6
        elif kind in ("th", "row"):
            assert isinstance(value, list)
            x = 2 * cm
            if kind == "th":
                pdf.setFillColor(colors.HexColor("#dde6ee"))
                pdf.rect(2 * cm, y - 5, sum(widths), 17, stroke=0, fill=1)
                pdf.setFillColor(colors.black)
            pdf.setFont("Helvetica-Bold" if kind == "th" else "Helvetica", 10)
            for cell, cw in zip(value, widths):
                pdf.drawString(x + 4, y, cell)
                x += cw
            pdf.setLineWidth(0.4)
            pdf.line(2 * cm, y - 5, 2 * cm + sum(widths), y - 5)
            y -= 18
            if kind == "row" and blocks[blocks.index((kind, value)) + 1][0] != "row":
                y -= 8
    pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- DOCX

COOP_NAME = "docx-norwegian-borettslag-protokoll-generalforsamling-header-footer-place-and-date-line-numbered-sak-headings-vote-table-grid-list-bullets.docx"
COOP_HEADER = "Lindeberg Borettslag – Protokoll fra ordinær generalforsamling 2026"
COOP_FOOTER = "Lindeberg Borettslag · org.nr. 948 112 775 · styret@lindeberg-brl.example"
COOP = [
    ("title", "Protokoll fra ordinær generalforsamling i Lindeberg Borettslag"),
    ("note", "Møtet ble holdt i fellesrommet i blokk C onsdag 4. mars 2026 kl. 18.00."),
    ("p", "Til stede var 46 andelseiere, hvorav 9 ved fullmakt."),
    ("h", "Sak 4: Årsregnskap for 2025"),
    ("p", "Styreleder gikk gjennom regnskapet, som viser et overskudd på 312 400 kroner."),
    ("p", "Generalforsamlingen godkjente årsregnskapet uten merknader."),
    ("h", "Sak 5: Utskifting av vinduer"),
    ("p", "Styret foreslo å skifte alle vinduer i blokk A og B i 2027, finansiert med et nytt lån på 9,5 millioner kroner."),
    ("p", "Felleskostnadene vil øke med om lag 450 kroner i måneden for en treromsleilighet."),
    ("h", "Sak 6: Ladepunkter for elbil"),
    ("p", "Forslaget om 24 nye ladepunkter i garasjen ble vedtatt, og kostnadene dekkes av dem som leier plass med lader."),
    ("h", "Avstemninger"),
    ("th", ["Sak", "For", "Mot", "Blanke"]),
    ("row", ["Sak 4", "46", "0", "0"]),
    ("row", ["Sak 5", "31", "12", "3"]),
    ("row", ["Sak 6", "39", "5", "2"]),
    ("p", "Andelseiere som ønsker å få styrets nyhetsbrev på e-post, kan melde seg på hos forretningsfører."),
    ("date", "Oslo, 4. mars 2026"),
    ("note", "Kari Nordby, møteleder          Ole Haugen, protokollfører"),
]

PTA_NAME = "docx-english-school-pta-treasurers-report-header-footer-presented-on-ordinal-date-line-income-table-with-totals-row-light-grid-accent-core-properties-earlier.docx"
PTA_HEADER = "Friends of Ashcombe School (PTA)"
PTA_FOOTER = "Registered charity no. 1123456 · treasurer@friendsofashcombe.example"
PTA = [
    ("title", "Treasurer's Report, Autumn Term 2025"),
    ("date", "Presented to the PTA committee on 26th January 2026"),
    ("p", "The PTA raised £7,940 in the autumn term, our best autumn since the school expanded to two forms of entry."),
    ("p", "After costs, £6,115 is available to spend, and the committee has already agreed to put £4,000 towards new playground equipment."),
    ("h", "Income by event"),
    ("th", ["Event", "Takings", "Costs", "Profit"]),
    ("row", ["Autumn disco", "£1,210", "£340", "£870"]),
    ("row", ["Christmas fair", "£4,860", "£1,125", "£3,735"]),
    ("row", ["Uniform sale", "£630", "£0", "£630"]),
    ("row", ["Quiz night", "£1,240", "£360", "£880"]),
    ("row", ["Total", "£7,940", "£1,825", "£6,115"]),
    ("h", "Notes on the accounts"),
    ("p", "The Christmas fair costs include £480 for the hire of the bouncy castle, which we will not book again because of the weather risk."),
    ("p", "Gift Aid on donations from the quiz night has not yet been claimed and should add about £95."),
    ("p", "Parents who want to help count money after events can sign up on the list in the school office."),
    ("note", "Sam Whitlock, Treasurer"),
]


def make_docx(name: str, blocks: Sequence[tuple[str, object]], header: str, footer: str, created: dt.datetime, style: str) -> None:
    block_docx(PAGES / name, blocks, header, footer, created, style)


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    make_pdf(WATER_NAME, WATER, WATER_HEADER, WATER_FOOTER, "2026-03-03", "Nieuwsbrief voor ingelanden – maart 2026", [4.5 * cm, 3.2 * cm, 3.8 * cm, 3.8 * cm])
    make_pdf(SCHOOL_NAME, SCHOOL, SCHOOL_HEADER, SCHOOL_FOOTER, "2026-02-12", "Governors' Report to Parents – Spring 2026", [5 * cm, 3.5 * cm, 3.5 * cm])
    make_docx(COOP_NAME, COOP, COOP_HEADER, COOP_FOOTER, dt.datetime(2026, 3, 4, 20, 15), "Table Grid")
    make_docx(PTA_NAME, PTA, PTA_HEADER, PTA_FOOTER, dt.datetime(2026, 1, 19, 21, 40), "Light Grid Accent 1")
