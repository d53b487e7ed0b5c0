"""Write the PDF and DOCX pages of the twenty-second held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout22/make-binary.py

PDF: a Spanish irrigation community's general assembly summary (two pages, a running header with the
community and 'Junta General Ordinaria', a 'Página n de 2' footer, a 'Fecha: 9 de noviembre de 2026'
date line, headings, a watering-turns table with a shaded header); an English hospital trust's
infection prevention report (two pages, a running header with the trust and the report's name, a
'Page n of 2' footer, 'Report date: 30/10/2026', headings, a wards table). DOCX: a Croatian
residential building manager's report (header and footer, the place-and-date line 'U Splitu,
10. studenoga 2026.', a costs table in 'Table Grid', core properties four days later); an Irish
GAA club's secretary's notes (header only, headings, a fixtures table in 'Light Grid Accent 1',
the closing line 'Dated this 2nd day of November 2026', core properties a week earlier). PDFs are
written in invariant mode with set creation dates. The pages are written by ``bench.fidelity_binary.block_pdf`` and ``block_docx``.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written)

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from reportlab.lib.units import cm

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import block_docx, block_pdf  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"

# A block is (kind, value): "title", "h" (heading), "p" (paragraph), "date" (a date line),
# "note" (a line marked neither body nor chrome), "th" (a table's header row), "row" (a table row),
# "break" (next page).
RIEGO_NAME = "pdf-spanish-comunidad-de-regantes-junta-general-resumen-two-pages-running-header-pagina-n-de-2-fecha-date-line-turnos-table-shaded-header.pdf"
RIEGO_HEADER = ("Comunidad de Regantes del Canal de Almenara", "Junta General Ordinaria")
RIEGO_FOOTER = "Página {n} de 2"
RIEGO = [
    ("title", "Resumen de acuerdos de la Junta General"),
    ("date", "Fecha: 9 de noviembre de 2026"),
    ("h", "Estado del canal principal"),
    ("p", "El presidente informó de que las obras de revestimiento del canal principal terminaron en octubre."),
    ("p", "Las pérdidas de agua en el tramo reparado han bajado a menos de la mitad."),
    ("h", "Turnos de riego para la próxima campaña"),
    ("p", "La Junta aprobó el nuevo reparto de turnos por sectores, que se aplicará desde el mes de marzo."),
    ("th", ["Sector", "Día de riego", "Horas"]),
    ("row", ["Sector Norte", "Lunes y jueves", "6 a 14"]),
    ("row", ["Sector Centro", "Martes y viernes", "6 a 14"]),
    ("row", ["Sector Sur", "Miércoles y sábado", "14 a 22"]),
    ("break", ""),
    ("h", "Cuotas del ejercicio"),
    ("p", "La cuota ordinaria se mantiene en 48 euros por hectárea para el año que viene."),
    ("p", "Los comuneros que deseen recibir las circulares por correo electrónico pueden darse de alta en la oficina."),
    ("h", "Ruegos y preguntas"),
    ("p", "Varios comuneros pidieron que se limpien las acequias secundarias antes de la primavera."),
    ("note", "El Secretario, Julián Ortega Bravo"),
]

IPC_NAME = "pdf-english-hospital-trust-infection-prevention-report-two-pages-running-header-page-n-of-2-footer-report-date-dd-mm-yyyy-line-wards-table-shaded-header.pdf"
IPC_HEADER = ("Northfield Hospitals NHS Trust", "Infection prevention and control report")
IPC_FOOTER = "Page {n} of 2"
IPC = [
    ("title", "Quarterly report to the Trust Board"),
    ("date", "Report date: 30/10/2026"),
    ("h", "Summary for the quarter"),
    ("p", "There were no cases of MRSA bloodstream infection in the quarter for the third quarter running."),
    ("p", "Cases of C. difficile rose slightly, with most cases on the two elderly care wards."),
    ("h", "Results by ward"),
    ("th", ["Ward", "C. difficile cases", "Hand hygiene audit"]),
    ("row", ["Ash Ward", "3", "94%"]),
    ("row", ["Beech Ward", "2", "97%"]),
    ("row", ["Cedar Ward", "0", "99%"]),
    ("row", ["Maple Ward", "1", "92%"]),
    ("break", ""),
    ("h", "Actions for next quarter"),
    ("p", "The team will repeat the cleaning audit on Ash Ward and Maple Ward in November."),
    ("p", "Ward managers will sign up all new staff for hand hygiene training in their first week."),
    ("h", "Patient information"),
    ("p", "Patient details in this report have been removed in line with the Trust's privacy notice."),
    ("note", "Dr Helen Carter, Director of Infection Prevention and Control"),
]

# ---------------------------------------------------------------- DOCX

SPLIT_NAME = "docx-croatian-stambena-zgrada-izvjesce-upravitelja-header-footer-place-and-date-line-u-splitu-genitive-month-costs-table-grid-core-properties-four-days-later.docx"
SPLIT_HEADER = "Stambena zgrada Put Firula 18 – Izvješće upravitelja"
SPLIT_FOOTER = "Upravitelj: Dalmacija Stan d.o.o., Split · uprava@dalmacijastan.example.hr"
SPLIT = [
    ("title", "Izvješće o radovima na zgradi u 2026. godini"),
    ("date", "U Splitu, 10. studenoga 2026."),
    ("h", "Obnova krova"),
    ("p", "Tijekom ljeta zamijenjen je pokrov krova i postavljena nova limena opšivka."),
    ("p", "Radovi su završeni u rujnu, dva tjedna prije roka."),
    ("h", "Troškovi održavanja"),
    ("p", "Troškovi plaćeni iz zajedničke pričuve prikazani su u tablici."),
    ("th", ["Stavka", "Iznos"]),
    ("row", ["Zamjena pokrova", "31.400 EUR"]),
    ("row", ["Servis dizala", "1.850 EUR"]),
    ("row", ["Čišćenje stubišta", "2.160 EUR"]),
    ("row", ["Popravak interfona", "420 EUR"]),
    ("h", "Pričuva za iduću godinu"),
    ("p", "Upravitelj predlaže da pričuva od siječnja iznosi 0,75 EUR po četvornom metru."),
    ("p", "Osobni podaci suvlasnika obrađuju se samo radi upravljanja zgradom, u skladu s pravilima o privatnosti."),
    ("note", "Za upravitelja: Ivana Perić"),
]

GAA_NAME = "docx-english-irish-gaa-club-secretarys-notes-header-only-fixtures-table-light-grid-accent-dated-this-ordinal-day-of-month-year-closing-line-core-properties-week-earlier.docx"
GAA_HEADER = "Cill Rónáin GAA Club – Secretary's Notes"
GAA = [
    ("title", "Club notes for the November committee meeting"),
    ("h", "Under-14 county final"),
    ("p", "Our under-14 footballers lost the county final by a single point after extra time."),
    ("p", "The committee thanks the parents who drove the team to every away match this season."),
    ("h", "Winter fixtures"),
    ("th", ["Date", "Team", "Opponent"]),
    ("row", ["Sunday 15 November", "Senior hurlers", "Kilmacud Rovers"]),
    ("row", ["Sunday 22 November", "Junior footballers", "St Brendan's"]),
    ("row", ["Saturday 28 November", "Camogie team", "Naomh Pádraig"]),
    ("h", "Club lotto"),
    ("p", "This week's lotto jackpot of €4,200 was not won and rises to €4,400 next week."),
    ("p", "Members who want the notes by email each week can sign up at the bar or with the secretary."),
    ("note", "Dated this 2nd day of November 2026"),
    ("note", "Siobhán Kelly, Club Secretary"),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / RIEGO_NAME, RIEGO, RIEGO_HEADER, RIEGO_FOOTER, "2026-11-10", "Resumen de acuerdos de la Junta General", [4.5 * cm, 5.5 * cm, 3 * cm])
    block_pdf(PAGES / IPC_NAME, IPC, IPC_HEADER, IPC_FOOTER, "2026-10-30", "Infection prevention and control report", [4 * cm, 4.5 * cm, 4.5 * cm])
    block_docx(PAGES / SPLIT_NAME, SPLIT, SPLIT_HEADER, SPLIT_FOOTER, dt.datetime(2026, 11, 14, 11, 5), "Table Grid")
    block_docx(PAGES / GAA_NAME, GAA, GAA_HEADER, None, dt.datetime(2026, 10, 26, 21, 30), "Light Grid Accent 1")
