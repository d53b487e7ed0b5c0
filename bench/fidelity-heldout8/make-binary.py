"""Write the PDF and DOCX pages of the eighth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout8/make-binary.py

Layouts none of the earlier held-out sets has: a slide deck exported to PDF (landscape pages drawn
straight on a reportlab canvas, one slide a page, a title slide carrying the only date, a running footer
and a bare slide number on every slide, one slide with a grid table); an election notice (a statement of
persons nominated) set with reportlab platypus as one wide ruled table of candidates between a notice
heading and the returning officer's signature block, with the imprint line repeated at the foot of both
pages. A council notice of motion in Word with tracked changes left in (deleted runs in ``w:del`` and
inserted runs in ``w:ins`` inside sentences, as a clerk's draft arrives), and a filled-in Word event
application form whose answers sit in content controls (``w:sdt``) in a two-column table, its date in a
date-picker control. PDFs are written in invariant mode with a set creation date, so the same script
makes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
STYLES = getSampleStyleSheet()

# ---------------------------------------------------------------- slide deck

SLIDES = [
    ("title", ["Riverside Park play area", "Options for the new play area", "Community drop-in, 21 January 2026"]),
    ("bullets", "Why we are replacing it", [
        "The play area opened in 1998 and most of its equipment is now at the end of its life.",
        "Two pieces were taken out of use last year after safety inspections.",
        "The council has set aside £180,000 for a new play area, with a further £40,000 promised by the Friends "
        "of Riverside Park.",
    ]),
    ("bullets", "What you told us in the autumn survey", [
        "412 people answered the survey between September and November.",
        "Most wanted more for children under five and somewhere for older children to sit and meet.",
        "Many asked for the play area to be moved away from the river bank.",
    ]),
    ("table", "The three options", [
        ["Option", "Cost", "Ready by"],
        ["A: Refurbish on the same site", "£165,000", "July 2026"],
        ["B: New play area by the tennis courts", "£214,000", "April 2027"],
        ["C: Nature play in the old orchard", "£198,000", "October 2026"],
    ]),
    ("bullets", "Next steps", [
        "Tell us which option you prefer by filling in a comment card today or online by 15 February.",
        "The council's environment committee will choose an option in March.",
        "Work will not start until the summer holidays are over, so the current play area stays open this summer.",
    ]),
]
SLIDE_FOOTER = "Riverside Park play area | Community drop-in"


def make_slides(name: str = "pdf-slides-landscape-play-area-options.pdf") -> None:
    width, height = landscape(A4)
    pdf = canvas_maker("2026-01-19", "161500")(str(PAGES / name), pagesize=(width, height))
    pdf.setTitle("Play area options - drop-in slides")
    pdf.setAuthor("Parks and Open Spaces")
    for number, (kind, *rest) in enumerate(SLIDES, start=1):
        pdf.setFillColor(colors.HexColor("#1f5f3a"))
        pdf.rect(0, height - 1.2 * cm, width, 1.2 * cm, stroke=0, fill=1)
        pdf.setFillColor(colors.black)
        if kind == "title":
            lines = rest[0]
            pdf.setFont("Helvetica-Bold", 34)
            pdf.drawCentredString(width / 2, height / 2 + 2 * cm, lines[0])
            pdf.setFont("Helvetica", 22)
            pdf.drawCentredString(width / 2, height / 2, lines[1])
            pdf.setFont("Helvetica", 16)
            pdf.drawCentredString(width / 2, height / 2 - 2 * cm, lines[2])
        else:
            heading, content = rest
            pdf.setFont("Helvetica-Bold", 26)
            pdf.drawString(2 * cm, height - 3.2 * cm, heading)
            y = height - 5 * cm
            if kind == "bullets":
                body = ParagraphStyle("slide", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=16,
                                      leading=21, leftIndent=0.8 * cm, bulletIndent=0)
                for item in content:
                    para = Paragraph(item, body, bulletText="•")
                    _, h = para.wrap(width - 5 * cm, height)
                    para.drawOn(pdf, 2 * cm, y - h)
                    y -= h + 0.6 * cm
            else:
                table = Table(content, colWidths=[11 * cm, 5 * cm, 5 * cm])
                table.setStyle(TableStyle([
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 15),
                    ("FONT", (0, 1), (-1, -1), "Helvetica", 15),
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeee4")),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]))
                _, h = table.wrap(width, height)
                table.drawOn(pdf, 2 * cm, y - h)
        pdf.setFont("Helvetica", 10)
        pdf.setFillColor(colors.grey)
        pdf.drawString(2 * cm, 1 * cm, SLIDE_FOOTER)
        pdf.drawRightString(width - 1.5 * cm, 1 * cm, str(number))
        pdf.setFillColor(colors.black)
        pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- statement of persons nominated

NOMINATED = [
    ["Name of candidate", "Home address", "Description (if any)", "Name of proposer (*) and seconder (**)",
     "Reason why no longer nominated"],
    ["ASHWORTH Daniel James", "14 Mill Street, Ludbury, LB4 2QT", "Liberal Democrats",
     "Carter Helen (*) Ng Samuel (**)", ""],
    ["BRIGGS Margaret Ann", "(address in the Ludbury district)", "Conservative Party Candidate",
     "Hollis Peter (*) Hollis Jean (**)", ""],
    ["OKAFOR Chidi", "3 Station Cottages, Ludbury, LB4 7RS", "Green Party",
     "Fenwick Alice (*) Moss Robert (**)", ""],
    ["PRYCE Thomas", "22 Abbey Close, Ludbury, LB4 1AB", "Labour Party",
     "Dunn Sarah (*) Keane Liam (**)", "Withdrawn"],
    ["VANCE Rosalind Mary", "The Old Forge, Abbey Lane, Ludbury, LB4 1AD", "Independent",
     "Marsh Colin (*) Marsh Irene (**)", ""],
]
IMPRINT = "Printed and published by the Returning Officer, Ludbury District Council, Civic Centre, Ludbury LB4 1XX"


def make_nominated(name: str = "pdf-election-notice-persons-nominated.pdf") -> None:
    head = ParagraphStyle("nh", parent=STYLES["Title"], fontName="Helvetica-Bold", fontSize=17, spaceAfter=6)
    sub = ParagraphStyle("ns", parent=STYLES["BodyText"], fontName="Helvetica-Bold", fontSize=12, alignment=1,
                         spaceAfter=4)
    body = ParagraphStyle("nb", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=6)
    cell = ParagraphStyle("nc", parent=body, fontSize=9, leading=11, spaceAfter=0)

    def decorate(pdf: Canvas, doc: SimpleDocTemplate) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica", 8)
        pdf.drawCentredString(landscape(A4)[0] / 2, 1.0 * cm, IMPRINT)
        pdf.restoreState()

    story = [
        Paragraph("STATEMENT OF PERSONS NOMINATED", head),
        Paragraph("Ludbury District Council", sub),
        Paragraph("Election of a District Councillor for the Abbey Ward", sub),
        Spacer(1, 6),
        Paragraph("The following is a statement of the persons nominated for election as a District Councillor "
                  "for the Abbey Ward.", body),
        Table([[Paragraph(c, cell) for c in row] for row in NOMINATED],
              colWidths=[5 * cm, 6.2 * cm, 5 * cm, 5.6 * cm, 3.6 * cm], repeatRows=1,
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 10),
        Paragraph("The persons above against whose names no entry is made in the last column have been and stand "
                  "validly nominated.", body),
        Paragraph("A poll will be held on Thursday 7 May 2026 between 7am and 10pm.", body),
        Paragraph("Where contested, the candidates' descriptions are shown as given on their nomination papers.",
                  body),
        Spacer(1, 10),
        Paragraph("Dated Thursday 9 April 2026", body),
        Paragraph("Alison Reeve, Returning Officer", body),
    ]
    doc = SimpleDocTemplate(str(PAGES / name), pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.6 * cm, bottomMargin=2 * cm, title="Statement of Persons Nominated",
                            author="Electoral Services")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvas_maker("2026-04-08", "142000"))


# ---------------------------------------------------------------- DOCX with tracked changes

AUTHOR = "J. Okonjo (Democratic Services)"


def _run(text: str, tag: str = "w:t") -> BaseOxmlElement:
    run = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def _tracked(paragraph: DocxParagraph, parts: list[tuple[str, str]], ident: list[int]) -> None:
    """Append ("keep" | "ins" | "del", text) parts to a paragraph as plain, inserted and deleted runs."""
    for kind, text in parts:
        if kind == "keep":
            paragraph._p.append(_run(text))
            continue
        wrapper = OxmlElement("w:ins" if kind == "ins" else "w:del")
        ident[0] += 1
        wrapper.set(qn("w:id"), str(ident[0]))
        wrapper.set(qn("w:author"), AUTHOR)
        wrapper.set(qn("w:date"), "2026-03-18T10:12:00Z")
        wrapper.append(_run(text, "w:t" if kind == "ins" else "w:delText"))
        paragraph._p.append(wrapper)


MOTION = [
    ("p", [("keep", "Notice of motion received 16 March 2026")]),
    ("h1", "Motion: Residents' parking in the Old Town"),
    ("p", [("keep", "Proposed by Councillor Ruth Kaye. Seconded by Councillor Imran Bashir.")]),
    ("h2", "This Council notes that"),
    ("p", [("keep", "Residents of the Old Town have reported that commuters park in their streets all day"),
           ("del", " and block their driveways"),
           ("keep", ", leaving them unable to park near their homes.")]),
    ("p", [("keep", "A petition signed by"), ("del", " 300"), ("ins", " 427"),
           ("keep", " residents asking for a residents' parking zone was presented to the Council in January.")]),
    ("p", [("keep", "The Council's parking survey in February found that "),
           ("ins", "on weekdays "),
           ("keep", "more than 80% of spaces in Castle Street, Tanner's Row and Wool Lane were taken by 9am.")]),
    ("h2", "This Council resolves to"),
    ("p", [("keep", "Ask officers to consult residents and businesses on a residents' parking zone covering the "
                    "Old Town"), ("del", " within three months"), ("ins", " before the end of June"),
           ("keep", ".")]),
    ("p", [("keep", "Ask officers to report the results of the consultation, with costs, to the Highways "
                    "Committee"), ("del", " at its next meeting"), ("ins", " in September"), ("keep", ".")]),
    ("p", [("keep", "Ask that permits for the first car in each household should cost no more than"),
           ("del", " £40"), ("ins", " £35"), ("keep", " a year.")]),
]


def make_motion(name: str = "docx-tracked-changes-motion-parking.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2026, 3, 20, 9, 5)
    document.core_properties.modified = dt.datetime(2026, 3, 20, 9, 5)
    document.core_properties.author = "Democratic Services"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Thornbury Town Council - Full Council, 25 March 2026 - Agenda item 9"
    section.footer.paragraphs[0].text = "DRAFT - tracked changes shown - not for publication"
    ident = [0]
    for kind, value in MOTION:
        if kind in ("h1", "h2"):
            document.add_heading(str(value), level=int(kind[1]))
        else:
            _tracked(document.add_paragraph(), value, ident)  # type: ignore[arg-type]
    document.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX form with content controls


def _sdt_cell(cell: docx.table._Cell, text: str, tag: str, date: str | None = None) -> None:
    """Replace a table cell's paragraph with a block content control holding ``text``."""
    cell._tc.remove(cell.paragraphs[0]._p)
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag.lower().replace(" ", "_"))
    pr.append(t)
    if date:
        d = OxmlElement("w:date")
        d.set(qn("w:fullDate"), f"{date}T00:00:00Z")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "dd/MM/yyyy")
        d.append(fmt)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "en-GB")
        d.append(lid)
        pr.append(d)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    p.append(_run(text))
    content.append(p)
    sdt.append(content)
    cell._tc.append(sdt)


FORM_FIELDS = [
    ("Name of event", "Riverside Food Fair", None),
    ("Organiser", "Wyeford Traders' Association", None),
    ("Date of event", "Saturday 13 June 2026", None),
    ("Location", "Riverside Meadow, Wyeford", None),
    ("Expected attendance", "1,500 to 2,000", None),
    ("Number of stalls", "42", None),
    ("Date of application", "02/04/2026", "2026-04-02"),
]


def make_form(name: str = "docx-form-content-controls-event-application.docx") -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2024, 11, 4, 15, 30)
    document.core_properties.modified = dt.datetime(2026, 4, 2, 20, 41)
    document.core_properties.title = "Events on council land - application form (template v3)"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Wyeford District Council - Events Safety Advisory Group"
    section.footer.paragraphs[0].text = "Form ESAG-1 (v3, November 2024) - OFFICIAL when completed"
    document.add_heading("Application to hold an event on council land", level=1)
    document.add_paragraph("Please complete every field and return the form at least eight weeks before the event.")
    document.add_heading("Part 1: The event", level=2)
    table = document.add_table(rows=len(FORM_FIELDS), cols=2)
    table.style = "Table Grid"
    for r, (label, answer, date) in enumerate(FORM_FIELDS):
        table.cell(r, 0).text = label
        _sdt_cell(table.cell(r, 1), answer, label, date)
    document.add_heading("Part 2: Description of the event", level=2)
    for text in [
        "The Riverside Food Fair is a one-day market of local food and drink producers, with cookery "
        "demonstrations and live music.",
        "This will be the fourth fair; the last one, in June 2025, passed off without any incidents.",
        "Stalls will be set out in two rows along the riverside path, leaving a clear route for emergency "
        "vehicles down the middle of the meadow.",
        "We will provide twelve trained stewards and a first aid tent run by St John Ambulance.",
    ]:
        document.add_paragraph(text)
    document.add_heading("Part 3: Declaration", level=2)
    document.add_paragraph("I confirm that the information in this form is correct and that the organiser holds "
                           "public liability insurance of at least £5 million.")
    document.save(str(PAGES / name))


if __name__ == "__main__":
    make_slides()
    make_nominated()
    make_motion()
    make_form()
