"""Write the PDF and DOCX pages of the second held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout2/make-binary.py

The same tooling as ``bench/fidelity-heldout/make-binary.py`` (reportlab platypus for PDFs,
python-docx for DOCX), with layouts neither earlier set has: a three-page annual report with a
platypus ``Table`` of figures and a running footer that carries the page number inline; a
technical note whose only date is in its running footer ("TN-042 Rev. C, 2025-01-20"), repeated on
every page; a Word minutes document with an action table and a header and footer in its section
parts; a Word inspection report whose only date sits in a two-column key/value table as
"27/01/2025". PDFs are written in invariant mode with a set creation date, so the same script makes
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench import fidelity_binary  # noqa: E402
from bench.fidelity_binary import Block, canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()


def make_pdf(name: str, blocks: list[Block], header: str, footer: str, made: str, title: str,
             bottom: float) -> None:
    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        width, height = A4
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2 * cm, height - 1.3 * cm, header)
        pdf.setFont("Helvetica", 7.5)
        pdf.line(2 * cm, 1.55 * cm, width - 2 * cm, 1.55 * cm)
        pdf.drawString(2 * cm, 1.1 * cm, footer)
        pdf.drawRightString(width - 2 * cm, 1.1 * cm, f"Page {doc.page}")
        pdf.restoreState()

    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, title=title, author="Held-out set 2",
                            topMargin=2.2 * cm, bottomMargin=bottom * cm, leftMargin=2 * cm, rightMargin=2 * cm)
    story: list[Any] = []
    rows: list[list[str]] = []
    for kind, value in [*blocks, ("end", "")]:
        if kind == "row" and isinstance(value, list):
            rows.append(value)
            continue
        if rows:
            table = Table(rows, hAlign="LEFT", repeatRows=1)
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("FONTSIZE", (0, 0), (-1, -1), 9),
                                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
            story += [table, Spacer(1, 6)]
            rows = []
        if kind in ("h1", "h2", "p"):
            style = {"h1": STYLES["Heading1"], "h2": STYLES["Heading3"]}.get(kind, STYLES["BodyText"])
            story += [Paragraph(str(value), style), Spacer(1, 3)]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker(made))


def make_docx(name: str, blocks: list[Block], header: str, footer: str, created: dt.datetime | None) -> None:
    fidelity_binary.make_docx(PAGES / name, blocks, header, footer, created, table_style="Table Grid")


TRANSPORT: list[Block] = [
    ("h1", "Northfield Community Transport: Annual Report 2024"),
    ("p", "Published 3rd March 2025"),
    ("h2", "A word from the chair"),
    ("p", "This was the year our minibuses carried more people than ever before. Our drivers, nearly all of "
          "them volunteers, gave more than 9,000 hours between them, and without them none of the journeys in "
          "this report would have happened. We said goodbye to two of our longest-serving drivers in the "
          "autumn, and we welcomed eleven new ones after the recruitment drive at the county show."),
    ("h2", "Journeys in numbers"),
    ("p", "The table compares the two years. Dial-a-ride trips rose most, because the hospital moved its "
          "outpatient clinics to the new site on the ring road, which no bus serves."),
    ("row", ["Service", "2023", "2024", "Change"]),
    ("row", ["Dial-a-ride trips", "11,204", "12,960", "+15.7%"]),
    ("row", ["Group hire journeys", "1,318", "1,402", "+6.4%"]),
    ("row", ["Volunteer car trips", "3,877", "3,651", "-5.8%"]),
    ("row", ["Shopper bus passengers", "6,040", "6,315", "+4.6%"]),
    ("p", "Volunteer car trips fell because fewer volunteers were able to use their own cars after the "
          "mileage rate stayed at 45p while fuel prices rose."),
    ("h2", "Money"),
    ("p", "Income was £412,600, of which fares and hire charges brought in 38 per cent and the county council "
          "contract 44 per cent. Spending was £405,100, leaving a small surplus that goes into the fund for "
          "replacing the oldest minibus, which is now eleven years old and fails its inspection more often "
          "than it passes. Our reserves stand at four months of running costs, in line with our policy."),
    ("h2", "The year ahead"),
    ("p", "In 2025 we will trial a bookable evening service for shift workers at the industrial estate, "
          "paid for by the three largest employers there. We are also looking for a treasurer, as ours "
          "steps down at the annual meeting after nine years."),
]

PUMP: list[Block] = [
    ("h1", "Technical note TN-042: Air in the primary circuit of the HX-9 heat pump"),
    ("h2", "Scope"),
    ("p", "This note applies to HX-9 outdoor units made between 2022 and 2024, serial numbers starting HX9-22 "
          "to HX9-24. It tells installers how to recognise trapped air in the primary circuit and how to "
          "remove it without draining the system."),
    ("h2", "Symptoms"),
    ("p", "A unit with air in the primary circuit usually shows error E17 (low flow) within a few minutes of "
          "starting, most often after the system has been refilled or a component replaced. The circulating "
          "pump may be heard to rattle, and the flow temperature rises quickly while the return stays cold."),
    ("p", "Error E17 on its own can also mean a blocked strainer. Check the strainer first."),
    ("h2", "Procedure"),
    ("p", "Switch the unit to service mode by holding the OK and down keys for five seconds. The circulating "
          "pump then runs at full speed for twenty minutes with the compressor off. Open the automatic air "
          "vent on the top of the hydraulic module by one full turn and leave it open for the whole cycle. "
          "Top the system pressure up to 1.5 bar as air is released, and repeat the cycle if the pressure "
          "drops by more than 0.3 bar."),
    ("p", "Do not open the refrigerant side of the unit. The procedure concerns the water circuit only."),
    ("h2", "Parts"),
    ("p", "Units made before March 2023 may have the older air vent, part 4401-02, which sticks closed. "
          "Replace it with part 4401-05, supplied free under warranty."),
]

MINUTES: list[Block] = [
    ("h1", "Hollins Green Village Hall Committee"),
    ("p", "Minutes of the meeting held on Tuesday 4th February 2025 at 7.30pm in the small hall."),
    ("p", "Present: Jan Morris (chair), Dev Patel (treasurer), Alison Reed, Colin Fry, Mary Holt. "
          "Apologies: Sue Grant."),
    ("h2", "1. Heating"),
    ("p", "The boiler failed twice in January. Colin reported that the engineer has advised replacing it "
          "rather than repairing it again, at a cost of about £6,800. The committee agreed to apply to the "
          "parish council's community fund for half of the cost."),
    ("h2", "2. Bookings"),
    ("p", "Bookings were up on last year, mainly because the new yoga class uses the hall three mornings a "
          "week. The committee agreed to keep the hourly rate at £14 for local groups and raise it to £20 for "
          "private parties."),
    ("h2", "3. Actions"),
    ("row", ["Action", "Who", "By"]),
    ("row", ["Apply to the community fund for boiler costs", "Dev", "28 February"]),
    ("row", ["Get a second quote for the boiler", "Colin", "21 February"]),
    ("row", ["Update the booking form with the new rates", "Alison", "14 February"]),
    ("p", "The next meeting will be on Tuesday 4th March."),
]

INSPECTION: list[Block] = [
    ("h1", "Periodic property inspection"),
    ("row", ["Property", "Flat 3, 18 Quay Street, Bristol BS1 4QA"]),
    ("row", ["Inspection date", "27/01/2025"]),
    ("row", ["Inspected by", "Karen Doyle"]),
    ("row", ["Tenant present", "Yes"]),
    ("h2", "Summary"),
    ("p", "The flat is clean and well looked after. There is black mould on the bathroom ceiling above the "
          "shower, and the extractor fan does not run when the light is switched on. The tenant reports that "
          "the kitchen tap drips."),
    ("h2", "Findings by room"),
    ("row", ["Room", "Condition", "Action needed"]),
    ("row", ["Kitchen", "Good", "Replace tap washer"]),
    ("row", ["Bathroom", "Fair", "Treat mould, repair extractor fan"]),
    ("row", ["Bedroom", "Good", "None"]),
    ("row", ["Living room", "Good", "None"]),
    ("p", "The smoke alarms on both floors were tested and work. The carbon monoxide alarm by the boiler was "
          "also tested."),
    ("p", "We will arrange for a contractor to fix the fan and the tap within fourteen days and will contact "
          "the tenant to agree a time."),
]

PDFS: dict[str, dict[str, Any]] = {
    "pdf-transport-annual.pdf": dict(
        blocks=TRANSPORT, header="Annual Report 2024 - Northfield Community Transport",
        footer="Northfield Community Transport is a registered charity, number 1099871.", made="2025-03-10",
        title="Annual Report 2024", bottom=18),
    "pdf-technote-footer-date.pdf": dict(
        blocks=PUMP, header="Halden Heat Systems - Installer information",
        footer="TN-042 Rev. C, 2025-01-20. Supersedes Rev. B. Uncontrolled when printed.", made="2025-02-03",
        title="TN-042 Air in the primary circuit", bottom=20),
}

DOCX: dict[str, dict[str, Any]] = {
    "docx-hall-minutes.docx": dict(
        blocks=MINUTES, header="Hollins Green Village Hall - registered charity 523118",
        footer="Draft minutes - to be approved at the next meeting", created=dt.datetime(2025, 2, 7, 21, 5)),
    "docx-inspection-report.docx": dict(
        blocks=INSPECTION, header="Quayside Lettings Ltd - Property management",
        footer="Confidential to the landlord and tenant", created=None),
}


def main() -> None:
    for name, spec in PDFS.items():
        make_pdf(name, **spec)
    for name, spec in DOCX.items():
        make_docx(name, **spec)


if __name__ == "__main__":
    main()
