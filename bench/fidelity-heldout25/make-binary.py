"""Write the PDF and DOCX pages of the twenty-fifth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout25/make-binary.py

PDF: a university research centre's quarterly progress report on a local-news project (two pages,
a running header with the centre and 'Quarterly progress report', a 'Page n of 2' footer, a
'Report date: 20 November 2026' line, headings, an interviews table with a shaded header); a
regional newspaper's monthly audience report (two pages, a running header with the paper and
'Audience report, October 2026', a 'Page n of 2' footer, a 'Prepared Monday 16 November 2026' line,
headings, a traffic-by-channel table). DOCX: a newsroom memo on election-night staffing (header and
footer, To/From/Date/Subject block with 'Date: 18 November 2026', a rota table in 'Table Grid',
core properties the day before); a research team's reader-survey fieldwork report (header and
footer, 'Date: 12 November 2026', a responses table in 'Light Grid Accent 1', core properties a
week later). PDFs are written in invariant mode with set creation dates. The pages are written by ``bench.fidelity_binary.block_pdf`` and ``block_docx``.
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
LAB_NAME = "pdf-english-university-research-centre-quarterly-progress-report-two-pages-running-header-centre-and-report-title-page-n-of-2-footer-report-date-d-month-yyyy-line-interviews-table-shaded-header.pdf"
LAB_HEADER = ("Centre for Local News Research, University of Northbridge", "Quarterly progress report")
LAB_FOOTER = "Page {n} of 2"
LAB = [
    ("title", "NEWSLENS project: third quarterly report"),
    ("date", "Report date: 20 November 2026"),
    ("h", "Summary"),
    ("p", "The team finished coding the first 2,400 local news articles in the sample during the quarter."),
    ("h", "Interviews with editors"),
    ("p", "We interviewed editors at twelve newsrooms between July and October."),
    ("th", ["Region", "Newsrooms", "Interviews", "Status"]),
    ("row", ["North East", "3", "9", "Complete"]),
    ("row", ["Yorkshire", "4", "11", "Complete"]),
    ("row", ["East Midlands", "3", "7", "Complete"]),
    ("row", ["Cumbria", "2", "4", "Two pending"]),
    ("break", ""),
    ("h", "Risks and changes"),
    ("p", "Access to two paywalled archives is still under negotiation with the publishers."),
    ("p", "We have moved the public data release from March to May 2027 to allow a second round of checks."),
    ("h", "Next quarter"),
    ("p", "The team will present early findings at the Future of Journalism conference in Cardiff."),
    ("note", "Prepared by Dr Priya Natarajan, principal investigator"),
]

AUDIENCE_NAME = "pdf-english-regional-newspaper-monthly-audience-report-two-pages-running-header-paper-and-report-month-page-n-of-2-footer-prepared-weekday-d-month-yyyy-line-channels-table-shaded-header.pdf"
AUDIENCE_HEADER = ("Harbour City Herald", "Audience report, October 2026")
AUDIENCE_FOOTER = "Page {n} of 2"
AUDIENCE = [
    ("title", "Monthly audience report"),
    ("date", "Prepared Monday 16 November 2026"),
    ("h", "Headlines"),
    ("p", "Total page views rose 8 percent from September, driven by coverage of the county elections."),
    ("h", "Traffic by channel"),
    ("th", ["Channel", "Page views", "Change", "Share"]),
    ("row", ["Search", "412,000", "+6%", "38%"]),
    ("row", ["Direct", "298,000", "+11%", "27%"]),
    ("row", ["Social", "187,000", "-4%", "17%"]),
    ("row", ["Newsletters", "121,000", "+19%", "11%"]),
    ("break", ""),
    ("h", "Top stories"),
    ("p", "The most read story was the live coverage of the county council count, with 64,000 page views."),
    ("p", "Readers spent an average of 2 minutes 41 seconds on local government stories."),
    ("h", "Actions"),
    ("p", "The audience team will test a weekend edition of the morning newsletter in December."),
    ("note", "Audience team, Harbour City Herald"),
]

# ---------------------------------------------------------------- DOCX

MEMO_NAME = "docx-english-newsroom-memo-header-footer-to-from-date-subject-block-date-d-month-yyyy-election-night-rota-table-grid-core-properties-day-before.docx"
MEMO_HEADER = "Harbour City Herald · Internal memo"
MEMO_FOOTER = "Not for publication · Harbour City Herald newsroom, 1 Quay Street"
MEMO = [
    ("title", "Memo: county election night coverage"),
    ("note", "To: All news and visuals staff"),
    ("note", "From: Sam Adeyemi, Deputy Editor"),
    ("date", "Date: 18 November 2026"),
    ("note", "Subject: Staffing and deadlines for election night"),
    ("h", "Plan for the night"),
    ("p", "The count starts at 10pm at the Civic Centre, and we expect the first results shortly after midnight."),
    ("p", "We will run a live blog from 9pm and update the results pages as each ward declares."),
    ("th", ["Role", "Name", "Shift"]),
    ("row", ["Live blog editor", "Grace Lin", "20:00 to 03:00"]),
    ("row", ["Count reporter", "Tom Okafor", "21:30 to 04:00"]),
    ("row", ["Photographer", "Dev Patel", "21:30 to 01:00"]),
    ("row", ["Results desk", "Maria Santos", "22:00 to 04:00"]),
    ("h", "Deadlines"),
    ("p", "Print pages for the Friday edition close at 1.30am with whatever results are confirmed."),
    ("p", "Please claim overtime through the usual form by 11 December."),
    ("note", "Sam"),
]

SURVEY_NAME = "docx-english-research-team-reader-survey-fieldwork-report-header-footer-date-d-month-yyyy-line-responses-table-light-grid-accent-core-properties-week-later.docx"
SURVEY_HEADER = "Centre for Local News Research · Fieldwork report"
SURVEY_FOOTER = "University of Northbridge · Working document, not for citation"
SURVEY = [
    ("title", "Reader survey fieldwork report"),
    ("date", "Date: 12 November 2026"),
    ("h", "Fieldwork"),
    ("p", "The reader survey ran online and on paper in four towns from 5 to 30 October."),
    ("p", "We received 1,186 usable responses after removing duplicates and incomplete forms."),
    ("th", ["Town", "Responses", "Paper share", "Median age"]),
    ("row", ["Hexham", "312", "41%", "58"]),
    ("row", ["Morpeth", "287", "36%", "55"]),
    ("row", ["Alnwick", "244", "44%", "61"]),
    ("row", ["Blyth", "343", "22%", "47"]),
    ("h", "Early observations"),
    ("p", "Readers in all four towns named planning decisions as the local news they most wanted."),
    ("p", "Younger respondents were far more likely to get local news from community social media groups."),
    ("note", "Dr Aisha Rahman, survey lead"),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / LAB_NAME, LAB, LAB_HEADER, LAB_FOOTER, "2026-11-20", "NEWSLENS quarterly progress report", [5 * cm, 3 * cm, 3 * cm, 3.4 * cm])
    block_pdf(PAGES / AUDIENCE_NAME, AUDIENCE, AUDIENCE_HEADER, AUDIENCE_FOOTER, "2026-11-17", "Monthly audience report", [4 * cm, 3.4 * cm, 2.6 * cm, 2.4 * cm])
    block_docx(PAGES / MEMO_NAME, MEMO, MEMO_HEADER, MEMO_FOOTER, dt.datetime(2026, 11, 17, 16, 40), "Table Grid")
    block_docx(PAGES / SURVEY_NAME, SURVEY, SURVEY_HEADER, SURVEY_FOOTER, dt.datetime(2026, 11, 19, 10, 20), "Light Grid Accent 1")
