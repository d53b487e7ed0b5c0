"""Write the PDF and DOCX pages of the held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout/make-binary.py

A different writer from ``bench/fidelity/make-binary.py``: the PDFs are laid out by reportlab's
platypus (flowing paragraphs that split across pages, heading styles, running header and footer
drawn by a page callback, a centred page number), as report tools do. PDFs are written in invariant
mode with a set creation date, so the same script makes the same bytes. The DOCX files carry a
running header and footer in their section parts, as Word letters and reports do.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench import fidelity_binary  # noqa: E402
from bench.fidelity_binary import Block, canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()



def make_pdf(name: str, blocks: list[Block], header: str, footer: str, made: str, title: str) -> None:
    def decorate(pdf: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        width, height = A4
        pdf.saveState()
        pdf.setFont("Helvetica-Oblique", 8)
        pdf.drawRightString(width - 2 * cm, height - 1.3 * cm, header)
        pdf.line(2 * cm, height - 1.45 * cm, width - 2 * cm, height - 1.45 * cm)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2 * cm, 1.2 * cm, footer)
        pdf.drawCentredString(width / 2, 0.7 * cm, f"- {doc.page} -")
        pdf.restoreState()

    # A short frame (a tall bottom margin) so a few paragraphs fill several pages.
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=A4, title=title, author="Held-out set",
                            topMargin=2.2 * cm, bottomMargin=19 * cm, leftMargin=2 * cm, rightMargin=2 * cm)
    story = []
    for kind, text in blocks:
        style = {"h1": STYLES["Heading1"], "h2": STYLES["Heading2"]}.get(kind, STYLES["BodyText"])
        story += [Paragraph(str(text), style), Spacer(1, 4)]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker(made, "141500"))


def make_docx(name: str, blocks: list[Block], header: str, footer: str, created: dt.datetime | None) -> None:
    fidelity_binary.make_docx(PAGES / name, blocks, header, footer, created, table_style="Light Grid Accent 1")


SURVEY: list[Block] = [
    ("h1", "Hedgerow bird survey 2024: interim findings"),
    ("p", "Prepared for the Wealden Farmland Partnership. Issued 19 August 2024."),
    ("h2", "1. Background"),
    ("p", "Volunteers walked the same 42 hedgerow transects in April, May and June, as they have every year "
          "since 2018, counting every bird seen or heard within 25 metres of the hedge. This year 61 volunteers "
          "took part, the most so far, and every transect was walked at least twice. Counts started within an "
          "hour of sunrise and were abandoned in rain or in wind above force four, so that the conditions stay "
          "comparable between years and between farms."),
    ("h2", "2. Results"),
    ("p", "Yellowhammers were recorded on 31 of the 42 transects, up from 24 in 2023. The increase was largest "
          "on farms that leave their hedges uncut until late winter, where the birds can still find seed in "
          "January and February. Linnets held steady, and whitethroats returned in their usual numbers after a "
          "poor year."),
    ("p", "Turtle doves were not recorded anywhere."),
    ("p", "Hedges wider than two metres held nearly twice as many breeding pairs as narrow ones, whatever the "
          "farm type. Hedges cut every year held the fewest, and those cut every third year the most, which "
          "matches what other surveys in the south-east have found. Gaps of more than ten metres seemed to "
          "matter less than we expected, although the sample is small."),
    ("h2", "3. Next steps"),
    ("p", "The full report, with the winter counts, will follow in March."),
]

BUDGET: list[Block] = [
    ("h1", "Parish budget consultation"),
    ("p", "Summary of responses, 2 January 2025. Prepared by the parish clerk for the council meeting of 6 January."),
    ("h2", "What we asked"),
    ("p", "We asked residents whether the parish precept should rise by 4 per cent to pay for a second litter "
          "picker and longer opening hours at the youth hut. The survey ran for five weeks in November and "
          "December, online and on paper at the shop and the surgery."),
    ("h2", "What you told us"),
    ("p", "We received 318 responses, from about one household in six. Of these, 204 supported the rise, 87 "
          "opposed it and 27 had no view. Support was strongest among families with children under sixteen, "
          "and weakest in Low Street, where several people said the money should go on the road drainage "
          "instead. Many wrote that the youth hut should open on Saturdays as well as weekday evenings. A "
          "number of older residents asked for a bench at the bus stop on the green, which costs little and "
          "which the council can pay for from this year's budget."),
    ("p", "The council will decide on the precept at its meeting on 20 January."),
]

NOTICE: list[Block] = [
    ("h1", "Allotment rent review 2025"),
    ("p", "Issued 14 May 2024 by the Allotments Officer, Parks and Open Spaces."),
    ("p", "Rents will rise from 1 January 2025. This is the first increase since 2019, and it covers the higher "
          "cost of water and of repairing fences and gates on the older sites."),
    ("row", ["Plot size", "Rent now", "Rent from 2025", "Concession"]),
    ("row", ["Full plot (250 m²)", "£64", "£72", "£36"]),
    ("row", ["Half plot (125 m²)", "£34", "£38", "£19"]),
    ("row", ["Raised bed", "£15", "£17", "£8.50"]),
    ("h2", "Who can get the concession"),
    ("p", "Tenants who receive Pension Credit, Universal Credit or a disability benefit pay half rent. Send a "
          "copy of your award letter with your renewal form."),
    ("p", "Water troughs will be turned on from 1 April to 31 October, as now."),
]

LETTER: list[Block] = [
    ("p", "Dear Ms Patel,"),
    ("p", "Thank you for your letter about the loose paving outside 14 to 22 Rowan Avenue."),
    ("p", "Our inspector visited on Tuesday and agreed that six slabs are a trip hazard. They have been marked "
          "and will be relaid within 28 days, which is our standard for a category two defect."),
    ("p", "If someone is injured before then, please report it straight away so that we can come out the same day."),
    ("p", "Yours sincerely,"),
    ("p", "Gareth Lloyd, Highways Inspector"),
]

PDFS: dict[str, dict[str, Any]] = {
    "pdf-bird-survey.pdf": dict(
        blocks=SURVEY, header="Wealden Farmland Partnership - Hedgerow bird survey 2024 (interim)",
        footer="Not for citation before the final report. Contact: surveys@wealden-fp.example", made="2024-09-02",
        title="Hedgerow bird survey 2024"),
    "pdf-parish-budget.pdf": dict(
        blocks=BUDGET, header="Ashcombe Parish Council",
        footer="Agenda item 7 - Budget consultation - for decision", made="2024-12-30",
        title="Parish budget consultation"),
}

DOCX: dict[str, dict[str, Any]] = {
    "docx-allotment-rents.docx": dict(
        blocks=NOTICE, header="Eastmoor City Council - Parks and Open Spaces",
        footer="OFFICIAL - Page 1", created=dt.datetime(2024, 6, 3, 11, 20)),
    "docx-paving-letter.docx": dict(
        blocks=LETTER, header="Highways Department, Civic Centre, Eastmoor EM1 2ZZ",
        footer="Please quote reference HW/2291/PT in any reply", created=None),
}


def main() -> None:
    for name, spec in PDFS.items():
        make_pdf(name, **spec)
    for name, spec in DOCX.items():
        make_docx(name, **spec)


if __name__ == "__main__":
    main()
