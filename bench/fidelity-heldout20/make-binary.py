"""Write the PDF and DOCX pages of the twentieth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout20/make-binary.py

PDF: a Norwegian village association's members' newsletter in two columns (two pages, a running
header with the association's name and 'Medlemsblad nr. 4', a 'Side n av 2' footer, a full-width title
and an 'Utgitt' date line above the columns, headings, a narrow two-column table inside a column); an English harbour board's
moorings report (two pages, a running header with the board's name and 'Moorings report 2026', a
'Page n of 2' footer, a 'Date:' line, headings, a fees table with a shaded header). DOCX: a
Portuguese sailing club's board minutes (header and footer, the place-and-date line 'Aveiro, 12 de
novembro de 2026', a budget table in 'Table Grid', core properties two days later); an English
community garden's volunteer rota memo (no header or footer, a 'Date: 24/11/2026' line day first, a
rota table in 'Light Grid Accent 1', core properties three days earlier). PDFs are written in
invariant mode with set creation dates.
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
# "break" (next page; in the two-column PDF, next column).
GRENDE_NAME = "pdf-norwegian-grendelag-medlemsblad-two-column-layout-two-pages-running-header-lag-and-issue-number-side-n-av-2-footer-full-width-title-utgitt-date-line-narrow-table-in-column.pdf"
GRENDE_HEADER = ("Lyngvik grendelag", "Medlemsblad nr. 4")
GRENDE_FOOTER = "Side {n} av 2"
GRENDE = [
    ("title", "Nytt fra grenda før jul"),
    ("date", "Utgitt 20. november 2026"),
    ("h", "Grendehuset har fått nytt tak"),
    ("p", "Dugnadsgjengen la det nye taket på grendehuset i oktober, to uker før det første snøfallet."),
    ("p", "Arbeidet kostet 186 000 kroner, og sparebankstiftelsen dekket nesten halvparten."),
    ("p", "Takk til alle som stilte opp med kaffe, vafler og sterke armer i tre helger på rad."),
    ("h", "Utleie av grendehuset"),
    ("p", "Fra nyttår gjelder disse prisene for leie av grendehuset."),
    ("th", ["Leie", "Pris"]),
    ("row", ["Medlem, hel dag", "1 200 kr"]),
    ("row", ["Ikke medlem, hel dag", "2 000 kr"]),
    ("row", ["Møte, inntil fire timer", "400 kr"]),
    ("row", ["Minnesamvær", "gratis"]),
    ("p", "Nøkkelen hentes hos Kari på Nordgården dagen før."),
    ("break", ""),
    ("h", "Tenning av julegrana"),
    ("p", "Vi tenner julegrana ved butikken søndag 29. november klokka fem."),
    ("p", "Barnekoret synger, og det blir gløgg og pepperkaker til alle."),
    ("break", ""),
    ("h", "Medlemskontingent for 2027"),
    ("p", "Årsmøtet vedtok at kontingenten blir 300 kroner per husstand også neste år."),
    ("p", "Kontingenten kan betales med Vipps eller til kontoen som står på giroen."),
    ("h", "Medlemsbladet på e-post"),
    ("p", "Du kan melde deg på for å få medlemsbladet på e-post i stedet for i postkassen."),
    ("p", "Vi bruker adressene bare til å sende ut bladet og deler dem ikke med andre."),
    ("break", ""),
    ("h", "Skiløypene i vinter"),
    ("p", "Løypemaskinen er reparert, og vi kjører opp løyper så snart det ligger nok snø."),
    ("p", "Meld gjerne fra i Facebook-gruppa hvis du ser trær som har falt over løypa."),
    ("note", "For styret, Ingrid Haugland, leder"),
]

MOORINGS_NAME = "pdf-english-harbour-board-moorings-report-two-pages-running-header-board-and-report-year-page-n-of-2-footer-date-line-mooring-fees-table-shaded-header.pdf"
MOORINGS_HEADER = ("Porthcarrow Harbour Board", "Moorings report 2026")
MOORINGS_FOOTER = "Page {n} of 2"
MOORINGS = [
    ("title", "Report on moorings and fees for 2027"),
    ("date", "Date: 3 December 2026"),
    ("h", "Summary"),
    ("p", "The harbour let 212 swinging moorings and 48 pontoon berths this season, the highest number since the new pontoon opened."),
    ("p", "The waiting list for pontoon berths has grown to 31 boats, and most of them are under eight metres."),
    ("h", "Inspection of the moorings"),
    ("p", "Every swinging mooring was lifted and inspected by the harbour staff between February and April."),
    ("p", "Fourteen chains and six sinkers were replaced, and the cost was met from the maintenance reserve."),
    ("h", "Proposed fees"),
    ("p", "The board proposes an increase of 3.5 per cent for 2027, in line with the harbour's rising insurance costs."),
    ("th", ["Mooring", "Fee 2026", "Fee 2027"]),
    ("row", ["Swinging mooring, up to 8 m", "£640", "£662"]),
    ("row", ["Swinging mooring, over 8 m", "£820", "£849"]),
    ("row", ["Pontoon berth, up to 8 m", "£1,450", "£1,501"]),
    ("row", ["Pontoon berth, over 8 m", "£1,930", "£1,998"]),
    ("break", ""),
    ("h", "Visitors"),
    ("p", "Visiting boats stayed a total of 1,870 nights, slightly fewer than last year because of a wet August."),
    ("p", "Visitors can now book and pay for a berth online, and the harbour office no longer takes cash."),
    ("h", "Recommendations"),
    ("p", "The board is asked to approve the fees in the table and to open the waiting list for one more year."),
    ("p", "Mooring holders will be sent their invoices in January, and anyone who has signed up for email notices will receive theirs that way."),
    ("note", "Tom Pascoe, Harbour Master"),
]

# ---------------------------------------------------------------- DOCX

ATA_NAME = "docx-portuguese-clube-naval-ata-reuniao-direcao-header-footer-place-and-long-date-line-aveiro-budget-table-grid-core-properties-two-days-later.docx"
ATA_HEADER = "Clube Naval de Aveiro – Ata da Direção"
ATA_FOOTER = "Clube Naval de Aveiro · Cais da Fonte Nova · 3810-200 Aveiro · secretaria@cnaveiro.example.pt"
ATA = [
    ("title", "Ata da reunião da Direção n.º 11/2026"),
    ("date", "Aveiro, 12 de novembro de 2026"),
    ("h", "Obras no cais"),
    ("p", "O presidente informou que as obras de reparação do cais flutuante terminaram na semana passada."),
    ("p", "A empresa responsável substituiu vinte e dois flutuadores e toda a madeira do passadiço principal."),
    ("h", "Orçamento para 2027"),
    ("p", "O tesoureiro apresentou a proposta de orçamento, que será votada na assembleia geral de dezembro."),
    ("th", ["Rubrica", "2026", "2027"]),
    ("row", ["Quotas dos sócios", "38 400 €", "40 200 €"]),
    ("row", ["Escola de vela", "22 750 €", "25 000 €"]),
    ("row", ["Manutenção de embarcações", "14 900 €", "16 300 €"]),
    ("row", ["Seguros", "6 200 €", "6 500 €"]),
    ("p", "A Direção aprovou por unanimidade propor um aumento de cinco euros na quota anual."),
    ("h", "Comunicação com os sócios"),
    ("p", "A partir de janeiro, as convocatórias passam a ser enviadas por correio eletrónico aos sócios que o autorizaram."),
    ("p", "Os dados pessoais dos sócios continuam a ser usados apenas para a gestão do clube, de acordo com a política de privacidade aprovada em 2024."),
    ("note", "O secretário, Rui Tavares"),
]

ROTA_NAME = "docx-english-community-garden-volunteer-rota-memo-no-header-footer-date-line-dd-mm-yyyy-day-first-rota-table-light-grid-accent-core-properties-three-days-earlier.docx"
ROTA = [
    ("title", "Winter volunteer rota for the community garden"),
    ("date", "Date: 24/11/2026"),
    ("note", "To: all volunteers. From: Bea Okafor, volunteer coordinator."),
    ("h", "Winter sessions"),
    ("p", "From December the garden will be open for volunteering on two mornings a week instead of four."),
    ("p", "Each session runs from 10am to 12.30pm, and the polytunnel will be heated on the coldest days."),
    ("th", ["Week starting", "Tuesday lead", "Saturday lead"]),
    ("row", ["7 December", "Sam Hartley", "Ines Barros"]),
    ("row", ["14 December", "Ola Nowak", "Sam Hartley"]),
    ("row", ["4 January", "Ines Barros", "Dev Patel"]),
    ("row", ["11 January", "Dev Patel", "Ola Nowak"]),
    ("h", "Jobs for the winter"),
    ("p", "The main jobs are mulching the raised beds, mending the fence by the pond and sorting the seed store."),
    ("p", "If you cannot make your session, please swap with someone on the list and let me know."),
    ("p", "New volunteers can sign up at the garden gate or through the form on our website."),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / GRENDE_NAME, GRENDE, GRENDE_HEADER, GRENDE_FOOTER, "2026-11-19", "Nytt fra grenda før jul", [4.6 * cm, 3.4 * cm], columns=2)
    block_pdf(PAGES / MOORINGS_NAME, MOORINGS, MOORINGS_HEADER, MOORINGS_FOOTER, "2026-12-03", "Report on moorings and fees for 2027", [6 * cm, 3.2 * cm, 3.2 * cm])
    block_docx(PAGES / ATA_NAME, ATA, ATA_HEADER, ATA_FOOTER, dt.datetime(2026, 11, 14, 10, 40), "Table Grid")
    block_docx(PAGES / ROTA_NAME, ROTA, None, None, dt.datetime(2026, 11, 21, 17, 5), "Light Grid Accent 1")
