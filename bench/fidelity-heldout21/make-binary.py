"""Write the PDF and DOCX pages of the twenty-first held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout21/make-binary.py

PDF: an English town council's planning committee agenda (two pages, a running header with the
council and committee names, a 'Page n of 2' footer, a summons line naming the meeting date and an
'Issued:' date line, numbered agenda items as headings, an applications table with a shaded header);
a German music school association's annual report (two pages, a running header with the association
and 'Jahresbericht 2025', a 'Seite n von 2' footer, a 'Stand:' date line, headings, a pupils table).
DOCX: a Polish housing community board's report (header and footer, the place-and-date line 'Gdańsk,
6 listopada 2026 r.', a costs table in 'Table Grid', core properties a week later); an English scout
group's treasurer's report (no header or footer, 'Date: 5th October 2026', an accounts table in
'Light List Accent 1', core properties two days earlier). PDFs are written in invariant mode with set
creation dates. The pages are written by ``bench.fidelity_binary.block_pdf`` and ``block_docx``.
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
AGENDA_NAME = "pdf-english-town-council-planning-committee-agenda-two-pages-running-header-council-and-committee-page-n-of-2-footer-summons-date-line-numbered-items-applications-table-shaded-header.pdf"
AGENDA_HEADER = ("Wrenfield Town Council", "Planning committee agenda")
AGENDA_FOOTER = "Page {n} of 2"
AGENDA = [
    ("title", "Agenda for the meeting of the Planning and Environment Committee"),
    ("note", "You are summoned to attend a meeting on Tuesday 1 December 2026 at 7pm in the Council Chamber."),
    ("date", "Issued: 24 November 2026"),
    ("h", "1. Apologies for absence"),
    ("p", "To receive and approve apologies from members who cannot attend."),
    ("h", "2. Declarations of interest"),
    ("p", "Members must declare any interest in the items on this agenda before they are discussed."),
    ("h", "3. Planning applications"),
    ("p", "The committee will consider the following applications and agree the council's comments to the district council."),
    ("th", ["Reference", "Site", "Proposal"]),
    ("row", ["24/03112/FUL", "14 Mill Lane", "Single-storey rear extension"]),
    ("row", ["24/03127/HOU", "The Old Forge, High Street", "Replacement windows"]),
    ("row", ["24/03150/TPO", "Wrenfield Primary School", "Fell one ash tree"]),
    ("break", ""),
    ("h", "4. Tree planting on the recreation ground"),
    ("p", "The tree warden will report on the planting of twelve native trees along the northern edge of the recreation ground."),
    ("p", "Volunteers who would like to help on the planting day can sign up with the clerk."),
    ("h", "5. Public participation"),
    ("p", "Members of the public may speak for up to three minutes on any item on the agenda."),
    ("p", "The meeting will be recorded, and the recording is kept for one month in line with the council's privacy notice."),
    ("note", "Helen Marsh, Town Clerk"),
]

JAHR_NAME = "pdf-german-musikschule-jahresbericht-two-pages-running-header-verein-and-report-seite-n-von-2-footer-stand-date-line-headings-student-numbers-table-ruled.pdf"
JAHR_HEADER = ("Musikschule Lindenau e. V.", "Jahresbericht 2025")
JAHR_FOOTER = "Seite {n} von 2"
JAHR = [
    ("title", "Bericht des Vorstands über das Schuljahr 2025"),
    ("date", "Stand: 14. Oktober 2026"),
    ("h", "Das Jahr im Überblick"),
    ("p", "Im Jahr 2025 haben 612 Schülerinnen und Schüler an der Musikschule Unterricht genommen."),
    ("p", "Das sind 38 mehr als im Vorjahr, vor allem wegen der neuen Kurse für Erwachsene."),
    ("h", "Schülerzahlen nach Fachbereichen"),
    ("th", ["Fachbereich", "Schüler", "Lehrkräfte"]),
    ("row", ["Streichinstrumente", "164", "12"]),
    ("row", ["Tasteninstrumente", "187", "14"]),
    ("row", ["Blasinstrumente", "121", "9"]),
    ("row", ["Gesang", "58", "4"]),
    ("row", ["Musikalische Früherziehung", "82", "5"]),
    ("h", "Finanzen"),
    ("p", "Die Stadt hat ihren Zuschuss um fünf Prozent erhöht, so dass die Gebühren stabil bleiben konnten."),
    ("break", ""),
    ("h", "Konzerte und Veranstaltungen"),
    ("p", "Beim Sommerfest im Schlosspark spielten alle Ensembles der Musikschule vor rund 900 Gästen."),
    ("p", "Die Termine aller Konzerte stehen im Newsletter, den Eltern im Sekretariat abonnieren können."),
    ("h", "Ausblick"),
    ("p", "Für 2026 plant der Vorstand einen zweiten Unterrichtsstandort im Stadtteil Nord."),
    ("note", "Für den Vorstand: Dr. Annette Brühl, Vorsitzende"),
]

# ---------------------------------------------------------------- DOCX

SPRAW_NAME = "docx-polish-wspolnota-mieszkaniowa-sprawozdanie-zarzadu-header-footer-miejscowosc-i-data-line-genitive-month-r-costs-table-grid-core-properties-week-later.docx"
SPRAW_HEADER = "Wspólnota Mieszkaniowa Słoneczna 12 – Sprawozdanie Zarządu"
SPRAW_FOOTER = "ul. Słoneczna 12, 80-001 Gdańsk · zarzad@sloneczna12.example.pl"
SPRAW = [
    ("title", "Sprawozdanie Zarządu z wykonania planu remontów w 2026 roku"),
    ("date", "Gdańsk, 6 listopada 2026 r."),
    ("h", "Remont elewacji"),
    ("p", "W tym roku zakończono ocieplenie i malowanie elewacji od strony podwórza."),
    ("p", "Prace trwały od kwietnia do września i zostały odebrane bez zastrzeżeń."),
    ("h", "Koszty remontów"),
    ("p", "Koszty poniesione w 2026 roku przedstawia poniższa tabela."),
    ("th", ["Pozycja", "Koszt"]),
    ("row", ["Elewacja od podwórza", "248 600 zł"]),
    ("row", ["Wymiana domofonów", "18 900 zł"]),
    ("row", ["Przegląd instalacji gazowej", "3 400 zł"]),
    ("row", ["Naprawa dachu nad klatką B", "12 750 zł"]),
    ("h", "Fundusz remontowy"),
    ("p", "Zarząd proponuje, aby zaliczka na fundusz remontowy od stycznia wynosiła 3,20 zł za metr kwadratowy."),
    ("p", "Dane osobowe właścicieli są przetwarzane wyłącznie w celu zarządzania nieruchomością, zgodnie z polityką prywatności wspólnoty."),
    ("note", "Za Zarząd: Krzysztof Nowicki"),
]

SCOUT_NAME = "docx-english-scout-group-treasurers-report-no-header-footer-date-line-ordinal-day-month-year-accounts-table-light-list-accent-core-properties-two-days-earlier.docx"
SCOUT = [
    ("title", "Treasurer's report to the annual general meeting"),
    ("date", "Date: 5th October 2026"),
    ("h", "Income and spending"),
    ("p", "The group ended the year with a surplus of £1,860, mainly thanks to the summer fete."),
    ("p", "Subscriptions stayed at £45 a term, and eleven families received help through the hardship fund."),
    ("th", ["Item", "Income", "Spending"]),
    ("row", ["Subscriptions", "£9,720", "£9,450"]),
    ("row", ["Fundraising", "£3,310", "£2,180"]),
    ("row", ["Camps and activities", "£6,940", "£7,320"]),
    ("row", ["Hall hire", "£2,400", "£2,400"]),
    ("h", "Camping equipment"),
    ("p", "We replaced four patrol tents and the large cooking shelter, which had been in use since 2009."),
    ("h", "Gift Aid"),
    ("p", "Parents who pay tax can sign a Gift Aid form, which adds a quarter to every subscription at no cost to them."),
    ("p", "We keep these forms securely and only share the details with HMRC, as our privacy notice explains."),
    ("note", "Priya Shah, Group Treasurer"),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / AGENDA_NAME, AGENDA, AGENDA_HEADER, AGENDA_FOOTER, "2026-11-24", "Planning and Environment Committee agenda", [3.4 * cm, 5.4 * cm, 6 * cm])
    block_pdf(PAGES / JAHR_NAME, JAHR, JAHR_HEADER, JAHR_FOOTER, "2026-10-15", "Jahresbericht 2025", [6 * cm, 3 * cm, 3 * cm])
    block_docx(PAGES / SPRAW_NAME, SPRAW, SPRAW_HEADER, SPRAW_FOOTER, dt.datetime(2026, 11, 13, 9, 15), "Table Grid")
    block_docx(PAGES / SCOUT_NAME, SCOUT, None, None, dt.datetime(2026, 10, 3, 20, 40), "Light List Accent 1")
