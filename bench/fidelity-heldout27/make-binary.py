"""Write the PDF and DOCX pages of the twenty-seventh held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout27/make-binary.py

PDF: a ferry company's annual-report extract (three pages, a running header with the company and
the report title, a 'Page n of 3' footer, a 'Published: 24 November 2026' line, a highlights table
and a routes table with shaded headers, a board-approval note); a district council's declaration
of result of poll (one page, a running header with the council and the notice title, a
'Notice EL/26/114 · page n' footer, a 'Dated: Friday 4 December 2026' line, a candidates table); a
French water syndicate's tender notice (avis d'appel public à la concurrence, two pages, a
'AAPC n° 2026-31 · page n/2' footer, a "Date d'envoi de l'avis : 27 novembre 2026" line, numbered
section headings, a lots table). DOCX: a police force's freedom-of-information response (header
with the reference, address footer, 'Date: 1 December 2026', figures table in 'Table Grid', core
properties the same day); a county council's invitation to tender (header with the tender
reference, footer, 'Date of issue: 25 November 2026', numbered paragraphs, lots table in 'Light
Grid Accent 1', core properties the day before). PDFs are written in invariant mode with set
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
# "break" (next page). A paragraph's leading number ("3.", "4.1") is not part of its truth.
ANNUAL_NAME = "pdf-english-ferry-company-plc-annual-report-excerpt-three-pages-running-header-company-and-report-title-page-n-of-3-footer-published-d-month-yyyy-line-chairs-statement-highlights-table-and-routes-table-shaded-headers.pdf"
ANNUAL_HEADER = ("Harbourline Ferries plc", "Annual Report and Accounts 2025/26")
ANNUAL_FOOTER = "Page {n} of 3"
ANNUAL = [
    ("title", "Strategic report (extract)"),
    ("date", "Published: 24 November 2026"),
    ("h", "Chair's statement"),
    ("p", "This was the busiest year in the company's history, with 2.9 million passengers carried on our five routes."),
    ("p", "Revenue rose by 8.4% to £186.2 million, helped by a full year of the new Hexmoor to Saltholm service."),
    ("p", "Fuel costs fell for the first time in four years, but wages and port charges continued to rise."),
    ("h", "Financial highlights"),
    ("p", "The table below compares the main figures with the previous year."),
    ("th", ["Measure", "2025/26", "2024/25"]),
    ("row", ["Revenue", "£186.2m", "£171.8m"]),
    ("row", ["Operating profit", "£21.7m", "£18.3m"]),
    ("row", ["Passengers carried", "2.91m", "2.64m"]),
    ("row", ["Dividend per share", "6.2p", "5.5p"]),
    ("break", ""),
    ("h", "Performance by route"),
    ("p", "Four of our five routes carried more passengers than in the previous year."),
    ("p", "The Eastmere crossing was closed for six weeks in February and March while the linkspan was rebuilt."),
    ("th", ["Route", "Passengers", "Punctuality"]),
    ("row", ["Hexmoor to Saltholm", "1,120,000", "94.1%"]),
    ("row", ["Carlow Bridge to Inchmore", "712,000", "96.8%"]),
    ("row", ["Eastmere to Skerry Point", "398,000", "88.2%"]),
    ("row", ["Hexmoor to Port Alda", "455,000", "92.5%"]),
    ("row", ["Inchmore to Holm Sound", "225,000", "97.3%"]),
    ("p", "Punctuality is the share of sailings that left within ten minutes of the timetable."),
    ("break", ""),
    ("h", "Outlook"),
    ("p", "Our first battery-electric ferry, the MV Saltholm Spirit, will enter service in the spring of 2027."),
    ("p", "The board expects passenger numbers to grow by a further 3% in the coming year."),
    ("p", "We will also begin a review of fares on the island routes, where the council's subsidy ends in 2028."),
    ("note", "Approved by the Board on 18 November 2026 and signed on its behalf by Fiona Galbraith, Chair."),
]

POLL_NAME = "pdf-english-district-council-declaration-of-result-of-poll-one-page-running-header-council-and-notice-title-notice-number-page-n-footer-returning-officer-preamble-candidates-votes-table-shaded-header-dated-weekday-d-month-yyyy-line.pdf"
POLL_HEADER = ("Eastmere District Council", "Declaration of result of poll")
POLL_FOOTER = "Notice EL/26/114 · page {n}"
POLL = [
    ("title", "Election of a District Councillor for the Carlow Bridge Ward"),
    ("date", "Dated: Friday 4 December 2026"),
    ("p", "I, the undersigned, being the Returning Officer at the above election held on Thursday 3 December 2026, give notice that the number of votes recorded for each candidate was as follows."),
    ("th", ["Candidate", "Description", "Votes", "Result"]),
    ("row", ["ASHWORTH, Janet Mary", "Liberal Democrats", "1,208", "Elected"]),
    ("row", ["DUNNE, Patrick", "Green Party", "964", "Not elected"]),
    ("row", ["OKAFOR, Grace", "Labour Party", "871", "Not elected"]),
    ("row", ["PELHAM, Giles Robert", "Conservative Party", "652", "Not elected"]),
    ("p", "The number of ballot papers rejected was 14, of which 9 were unmarked or void for uncertainty."),
    ("p", "The turnout was 31.6% of the 11,720 electors on the register."),
    ("p", "I declare that Janet Mary Ashworth is duly elected as the District Councillor for the Carlow Bridge Ward."),
    ("note", "Martin Keeble, Returning Officer, Civic Offices, Eastmere EM1 2AA"),
]

AAPC_NAME = "pdf-french-water-syndicate-avis-d-appel-public-a-la-concurrence-tender-notice-two-pages-running-header-syndicate-and-notice-type-aapc-number-page-n-slash-2-footer-date-d-envoi-d-month-yyyy-line-numbered-sections-lots-table-shaded-header.pdf"
AAPC_HEADER = ("Syndicat intercommunal des eaux du Val de Serre", "Avis d'appel public à la concurrence")
AAPC_FOOTER = "AAPC n° 2026-31 · page {n}/2"
AAPC = [
    ("title", "Renouvellement de canalisations d'eau potable 2027"),
    ("date", "Date d'envoi de l'avis : 27 novembre 2026"),
    ("h", "1. Pouvoir adjudicateur"),
    ("p", "Le syndicat assure la production et la distribution de l'eau potable dans quatorze communes."),
    ("h", "2. Objet du marché"),
    ("p", "Le marché porte sur le renouvellement de 9,6 kilomètres de canalisations en fonte et en PVC."),
    ("p", "Les travaux seront réalisés entre mars et novembre 2027, sans coupure d'eau de plus de quatre heures."),
    ("h", "3. Allotissement"),
    ("p", "Le marché est divisé en trois lots, qui peuvent être attribués à des entreprises différentes."),
    ("th", ["Lot", "Désignation", "Montant estimé HT"]),
    ("row", ["Lot 1", "Bourg de Val-de-Serre", "1 240 000 €"]),
    ("row", ["Lot 2", "Hameaux du plateau", "860 000 €"]),
    ("row", ["Lot 3", "Traversée de la Serre", "415 000 €"]),
    ("break", ""),
    ("h", "4. Critères d'attribution"),
    ("p", "Les offres seront jugées sur le prix pour 60 % et sur la valeur technique pour 40 %."),
    ("h", "5. Remise des offres"),
    ("p", "Les offres doivent être déposées sur la plateforme de dématérialisation avant le 8 janvier 2027 à 12 heures."),
    ("p", "Aucune offre sur support papier ne sera acceptée."),
    ("note", "Le président du syndicat, Bernard Lacombe"),
]

# ---------------------------------------------------------------- DOCX

FOI_NAME = "docx-english-police-force-freedom-of-information-response-letter-header-reference-footer-address-date-d-month-yyyy-line-request-and-response-headings-figures-table-grid-core-properties-same-day.docx"
FOI_HEADER = "Hexmoor Constabulary · Freedom of Information Unit · Reference FOI-2026-3318"
FOI_FOOTER = "Hexmoor Constabulary, Police Headquarters, Moor Road, Hexmoor HX5 1PQ"
FOI = [
    ("title", "Freedom of Information request FOI-2026-3318"),
    ("date", "Date: 1 December 2026"),
    ("h", "Your request"),
    ("p", "You asked how many thefts of catalytic converters were reported to Hexmoor Constabulary in each of the last three years."),
    ("h", "Our response"),
    ("p", "We hold the information you asked for, and it is set out in the table below."),
    ("th", ["Year", "Thefts reported", "Arrests", "Charged"]),
    ("row", ["2023", "1,142", "38", "21"]),
    ("row", ["2024", "806", "45", "29"]),
    ("row", ["2025", "517", "31", "24"]),
    ("p", "The figures are taken from our crime recording system and may change as investigations continue."),
    ("p", "If you are unhappy with this response, you may ask for an internal review within 40 working days."),
    ("note", "Information Compliance Officer"),
]

ITT_NAME = "docx-english-county-council-invitation-to-tender-bus-shelter-maintenance-header-tender-reference-footer-official-page-date-of-issue-d-month-yyyy-line-numbered-sections-lots-table-light-grid-accent-core-properties-day-before.docx"
ITT_HEADER = "Hexshire County Council · Tender reference HCC/T/2026/088"
ITT_FOOTER = "OFFICIAL · Procurement Services, County Hall, Hexmoor"
ITT = [
    ("title", "Invitation to tender: bus shelter cleaning and maintenance"),
    ("date", "Date of issue: 25 November 2026"),
    ("h", "1. Introduction"),
    ("p", "1.1 Hexshire County Council invites tenders for the cleaning, repair and inspection of 1,430 bus shelters across the county."),
    ("p", "1.2 The contract will run for three years from 1 April 2027, with an option to extend it by two more years."),
    ("h", "2. Lots"),
    ("p", "2.1 Suppliers may bid for one lot or for both lots."),
    ("th", ["Lot", "Area", "Shelters", "Estimated annual value"]),
    ("row", ["Lot 1", "North and West Hexshire", "810", "£214,000"]),
    ("row", ["Lot 2", "South and East Hexshire", "620", "£168,000"]),
    ("h", "3. How to respond"),
    ("p", "3.1 Tenders must be submitted through the council's e-tendering portal by noon on 8 January 2027."),
    ("p", "3.2 Questions about this tender must be asked through the portal by 18 December 2026."),
    ("p", "3.3 Late tenders will not be considered."),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / ANNUAL_NAME, ANNUAL, ANNUAL_HEADER, ANNUAL_FOOTER, "2026-11-24", "Harbourline Ferries plc: Strategic report (extract)", [5.4 * cm, 3.4 * cm, 3.4 * cm])
    block_pdf(PAGES / POLL_NAME, POLL, POLL_HEADER, POLL_FOOTER, "2026-12-04", "Declaration of result of poll: Carlow Bridge Ward", [5.2 * cm, 4.4 * cm, 2.4 * cm, 3 * cm])
    block_pdf(PAGES / AAPC_NAME, AAPC, AAPC_HEADER, AAPC_FOOTER, "2026-11-27", "Avis d'appel public à la concurrence n° 2026-31", [2.4 * cm, 6 * cm, 4.4 * cm])
    block_docx(PAGES / FOI_NAME, FOI, FOI_HEADER, FOI_FOOTER, dt.datetime(2026, 12, 1, 11, 20), "Table Grid")
    block_docx(PAGES / ITT_NAME, ITT, ITT_HEADER, ITT_FOOTER, dt.datetime(2026, 11, 24, 16, 5), "Light Grid Accent 1")
