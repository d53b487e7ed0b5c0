"""Write the PDF and DOCX pages of the fidelity set (their hand-marked truth is in ``truth/``).

    python bench/fidelity/make-binary.py

The generated files are committed; run this only after changing a page here. PDFs are written in
reportlab's invariant mode with a set creation date, so the same script makes the same bytes (the DOCX
zips differ only in their timestamps). Most PDFs carry a later "file made" date in their metadata than
the date their text states (the trap the issue describes); one states its date only in the metadata.
A paragraph that reaches the foot of a page continues on the next, so a footer left in the text lands
in the middle of it. The columns of the water report's table are separate strings, as most PDF writers
set them; its rows are not scored (the issue asks tables to stay tables in Markdown, HTML and DOCX).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGES = Path(__file__).resolve().parent / "pages"
WIDTH, HEIGHT = A4
# A short text area (the lower half of each page stays empty), so that a few paragraphs make
# several pages and a paragraph is cut by a page break.
LEFT, LINE, WRAP, BOTTOM = 72, 15, 88, 500

# A block is ("h", text) for a heading, ("p", text) for a paragraph, ("row", [cells]) for one row
# of a table set in columns.
Block = tuple[str, object]



def _wrap(text: str, width: int = WRAP) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines


def _layout(blocks: list[Block]) -> list[list[tuple[str, str, float]]]:
    """(font, line, y) per page; "ROW" as the font marks a table row to set in columns."""
    pages: list[list[tuple[str, str, float]]] = [[]]
    y = HEIGHT - 110.0
    for kind, value in blocks:
        if kind == "row":
            lines, font = [" | ".join(value)] if isinstance(value, list) else [], "ROW"
        else:
            lines, font = _wrap(str(value)), "Helvetica-Bold" if kind == "h" else "Helvetica"
        y -= 10 if kind == "h" else 0
        for line in lines:
            if y < BOTTOM:
                pages.append([])
                y = HEIGHT - 110.0
            pages[-1].append((font, line, y))
            y -= LINE
        y -= 6 if kind != "row" else 0
    return pages


def make_pdf(name: str, blocks: list[Block], header: str, footer: str, made: str, title: str) -> None:
    pages = _layout(blocks)
    pdf = canvas.Canvas(str(PAGES / name), pagesize=A4, invariant=1)
    pdf.setTitle(title)
    pdf.setAuthor("Fidelity set")
    stamp = f"D:{made.replace('-', '')}093000+00'00'"
    pdf.setDateFormatter(lambda *_: stamp)
    for number, page in enumerate(pages, 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(LEFT, HEIGHT - 50, header)
        for font, line, y in page:
            if font == "ROW":
                pdf.setFont("Helvetica", 10)
                for i, cell in enumerate(line.split(" | ")):
                    pdf.drawString(LEFT + 130 * i, y, cell)
                continue
            pdf.setFont(font, 12 if font.endswith("Bold") else 10)
            pdf.drawString(LEFT, y, line)
        # Drawn last, as many writers do, so the footer comes at the end of the page's text stream.
        pdf.setFont("Helvetica", 8)
        pdf.drawString(LEFT, 40, footer.format(page=number, pages=len(pages)))
        pdf.showPage()
    pdf.save()


def make_docx(name: str, blocks: list[Block], created: dt.datetime | None, title: str) -> None:
    document = docx.Document()
    if created is not None:  # otherwise python-docx's template properties stay (no date of ours)
        document.core_properties.created = created
        document.core_properties.author = "Fidelity set"
        document.core_properties.title = title
    rows: list[list[str]] = []
    for kind, value in [*blocks, ("end", "")]:
        if kind == "row" and isinstance(value, list):
            rows.append(value)
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            rows = []
        if kind == "h":
            document.add_heading(str(value), level=1)
        elif kind == "p":
            document.add_paragraph(str(value))
    document.save(str(PAGES / name))


TECH_BRIEF: list[Block] = [
    ("h", "Technical Brief 14: Bus lane enforcement cameras on the A62 corridor"),
    ("p", "Published 5 February 2024 by the Northgate Transport Authority, Network Performance Unit."),
    ("h", "Summary"),
    ("p", "Enforcement cameras on the A62 bus lanes cut average bus journey times by 4.2 minutes at the "
          "evening peak. The gain held for the whole twelve-month trial and did not fade after the first "
          "quarter, as it did on the A58 in 2019."),
    ("h", "Methods"),
    ("p", "Journey times come from the ticket machines of 38 buses, matched to timetable stops, for the "
          "twelve months before the cameras and the twelve months after they were switched on in January 2020. "
          "Each trip was timed between the first and the last stop inside the corridor, so delays elsewhere on "
          "the route do not count. Trips with fewer than five recorded stops were dropped as incomplete."),
    ("p", "We excluded school holidays and the six weeks of roadworks at Holbeck junction, which would otherwise "
          "have flattered the before period. Weather was similar in both years, with 31 and 29 days of heavy "
          "rain respectively, so we made no adjustment for it. Passenger numbers on the corridor rose by "
          "3 per cent over the trial, roughly in line with the rest of the network. "
          "Penalty notices fell from 1,140 in the first month to 210 in the last, which suggests that drivers "
          "learned the rules rather than that enforcement lapsed."),
    ("h", "Findings"),
    ("p", "The morning peak gained less, 1.9 minutes, because the lanes were already mostly clear before 9am."),
    ("p", "Cyclists, who may use the bus lanes, reported fewer close passes in the authority's annual survey."),
    ("h", "Recommendation"),
    ("p", "We recommend cameras on the A64 and A65 corridors, starting with the four junctions where buses lose "
          "most time."),
]

WATER: list[Block] = [
    ("h", "Annual Water Quality Report 2023"),
    ("p", "Date of issue: 12 March 2024."),
    ("p", "Every sample taken at our six treatment works in 2023 met the legal standard for nitrate, and all but "
          "two met the standard for lead at the customer's tap."),
    ("h", "Results by works"),
    ("row", ["Works", "Nitrate mg/l", "Samples"]),
    ("row", ["Elmbridge", "18.2", "412"]),
    ("row", ["Harrow Vale", "24.9", "388"]),
    ("row", ["Kingsmead", "11.6", "405"]),
    ("p", "The two lead failures were both in houses built before 1970 with lead supply pipes, and both passed "
          "after the pipes were replaced at our cost. We wrote to the 2,600 households in the same streets "
          "offering the same free replacement, and 410 have taken it up so far. Lead pipes are the owner's "
          "responsibility inside the property boundary, but we will pay for that part too until 2026."),
    ("h", "Complaints"),
    ("p", "We received 1,023 complaints about taste or colour, 14 per cent fewer than in 2022, most of them "
          "after the mains flushing in Kingsmead in June. Discoloured water is usually iron sediment stirred up "
          "when the flow in a main changes direction, and it is not harmful. We now flush mains at night and "
          "warn the streets affected a week ahead by letter and text message."),
    ("p", "Customers can ask for a free tap test by calling the water quality line."),
]

MINUTES: list[Block] = [
    ("h", "Minutes of the Finance Committee"),
    ("p", "Meeting held on 7 March 2023 at the Guildhall, Rowley. Present: six members and the treasurer."),
    ("h", "1. Budget monitoring"),
    ("p", "The treasurer reported an underspend of 86,000 pounds on the parks budget, caused by two vacant "
          "gardener posts. Both posts have been advertised twice without a suitable applicant, and the parks "
          "manager has asked whether the grade could be reviewed. Members noted that the contractor who covers "
          "the grass cutting charges more per hour than the two posts would cost. The committee agreed to carry "
          "40,000 pounds of the underspend forward to buy a second ride-on mower."),
    ("h", "2. Reserves policy"),
    ("p", "Members agreed that general reserves should not fall below three months of running costs, about "
          "1.2 million pounds."),
    ("h", "3. Date of next meeting"),
    ("p", "The next meeting will be held in the Guildhall in June."),
]

LEAFLET: list[Block] = [
    ("h", "Friends of Harbourside Library: autumn programme"),
    ("p", "Our autumn talks take place on the first Wednesday of each month in the reading room, starting at "
          "7pm. Tickets cost 3 pounds and members come free."),
    ("p", "In October the local historian Ruth Alder will talk about the shipyards that once lined the river, "
          "with photographs from the library's own archive. She has spent three years cataloguing the "
          "yard records, which were found in a solicitor's cellar in 2019 and given to the library. The talk "
          "will cover the launch of the last ship built on the river, the collier Mary Greaves, in 1961, and "
          "the closure of the yard two years later, when 640 men lost their jobs. Former yard workers and "
          "their families are especially welcome and are invited to bring their own photographs. "
          "In November the poet Sam Idowu reads from his new collection about the estuary."),
    ("h", "Book sale"),
    ("p", "The annual book sale raised 2,310 pounds last year, which paid for the new children's corner."),
]

DOCX_GRANTS: list[Block] = [
    ("h", "Community grants awarded, round 2"),
    ("p", "The panel awarded 9 grants worth 48,500 pounds in all from 31 applications."),
    ("row", ["Applicant", "Project", "Award"]),
    ("row", ["Dunmore Youth Club", "Minibus repairs", "7,500 pounds"]),
    ("row", ["St Anne's Food Bank", "Cold store", "12,000 pounds"]),
    ("row", ["Riverside Choir", "Concert hire", "1,800 pounds"]),
    ("p", "Unsuccessful applicants may apply again in round 3, which opens in January."),
]

DOCX_MEMO: list[Block] = [
    ("h", "Memo: winter gritting routes"),
    ("p", "Dated 3 October 2023. From the highways manager to all depot supervisors."),
    ("p", "From November the priority one network grows to 412 km, because the new estate roads at Fenwick "
          "are now adopted."),
    ("row", ["Depot", "Gritters", "Route length"]),
    ("row", ["Fenwick", "6", "148 km"]),
    ("row", ["Oakley", "5", "131 km"]),
    ("row", ["Marsh End", "4", "133 km"]),
    ("p", "Please make sure every driver has read the new route cards before the first frost."),
]

DOCX_POLICY: list[Block] = [
    ("h", "Volunteer expenses policy"),
    ("p", "Volunteers can claim mileage at 45 pence a mile for the first 10,000 miles in a year."),
    ("p", "Claims must reach the office within two months, with receipts for anything other than mileage."),
    ("p", "Our privacy notice explains how we store your bank details; we delete them when you stop "
          "volunteering."),
]

PDFS = {
    "pdf-tech-brief-14.pdf": dict(
        blocks=TECH_BRIEF, header="NTA Network Performance Unit | Technical briefs series",
        footer="Northgate Transport Authority - Technical Brief 14 - Page {page}/{pages}", made="2026-11-20",
        title="Technical Brief 14"),
    "pdf-water-quality.pdf": dict(
        blocks=WATER, header="Riverside Water Board | Annual Water Quality Report 2023",
        footer="Page {page} of {pages}", made="2024-03-28", title="Annual Water Quality Report 2023"),
    "pdf-council-minutes.pdf": dict(
        blocks=MINUTES, header="DRAFT - subject to approval at the next meeting",
        footer="Rowley Town Council - Finance Committee minutes - page {page}", made="2023-03-09",
        title="Finance Committee minutes"),
    "pdf-library-leaflet.pdf": dict(
        blocks=LEAFLET, header="Harbourside Friends leaflet no. 37",
        footer="Registered charity 1098765 - www.harbourside-friends.example", made="2022-09-15",
        title="Autumn programme"),
}

DOCX = {
    "docx-community-grants.docx": dict(blocks=DOCX_GRANTS, created=dt.datetime(2024, 7, 2, 10, 0),
                                       title="Community grants awarded, round 2"),
    "docx-gritting-memo.docx": dict(blocks=DOCX_MEMO, created=None, title=""),
    "docx-expenses-policy.docx": dict(blocks=DOCX_POLICY, created=None, title=""),
}


def main() -> None:
    for name, spec in PDFS.items():
        make_pdf(name, **spec)  # type: ignore[arg-type]
    for name, spec in DOCX.items():
        make_docx(name, **spec)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
