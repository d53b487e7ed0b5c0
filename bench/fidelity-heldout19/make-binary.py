"""Write the PDF and DOCX pages of the nineteenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout19/make-binary.py

PDF: an English housing association's rent review letter to tenants (two pages, a running header
with the association's name and 'Rent review 2027', a 'Page n of 2' footer, an 'Issued:' date line,
headings, a weekly rent table with a shaded header); a Danish housing co-operative's board minutes
(two pages, a running header with the co-operative's name and 'Referat', a 'Side n af 2' footer, a
'Dato:' line with a dotted day, a budget table). DOCX: an English parish council clerk's report
(header and footer, a 'Prepared for the meeting on Tuesday 10 November 2026' line, a grants table in
'Table Grid', core properties a week earlier); a French parents' association's meeting minutes
(header and footer, a 'Réunion du jeudi 5 novembre 2026' line, an attendance and budget table in
'Light List Accent 1', core properties the next day). PDFs are written in invariant mode with set
creation dates.
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
RENT_NAME = "pdf-english-housing-association-rent-review-letter-two-pages-running-header-page-n-of-2-issued-date-line-weekly-rent-table-shaded-header.pdf"
RENT_HEADER = ("Fernhill Homes Housing Association", "Rent review 2027")
RENT_FOOTER = "Page {n} of 2"
RENT = [
    ("title", "Your rent from April 2027"),
    ("date", "Issued: 2 November 2026"),
    ("h", "Why your rent is changing"),
    ("p", "Each year we review the rent and service charges for every home we let."),
    ("p", "From 6 April 2027 the weekly rent for most of our homes will rise by 4.2 per cent, which is the most the government allows this year."),
    ("p", "The extra income pays for new kitchens and bathrooms in 340 homes and for the repairs team we took on in the spring."),
    ("h", "What you will pay"),
    ("p", "The table shows the average weekly rent by size of home, before any service charge."),
    ("th", ["Home", "Rent now", "Rent from April", "Increase"]),
    ("row", ["One-bedroom flat", "£98.40", "£102.53", "£4.13"]),
    ("row", ["Two-bedroom flat", "£112.75", "£117.49", "£4.74"]),
    ("row", ["Two-bedroom house", "£121.60", "£126.71", "£5.11"]),
    ("row", ["Three-bedroom house", "£134.20", "£139.84", "£5.64"]),
    ("p", "Your own new rent is shown on the enclosed notice, which also lists any service charges for cleaning, lighting or grounds maintenance."),
    ("break", ""),
    ("h", "If you receive benefits"),
    ("p", "If you receive Universal Credit, you must report your new rent in your online journal after 6 April, or your housing costs will not change."),
    ("p", "If you receive Housing Benefit, we will tell the council about the new rent for you."),
    ("h", "Help with paying"),
    ("p", "Our money advice team can check that you are getting all the support you are entitled to and help you set up a payment plan."),
    ("p", "You can also sign up for our tenants' newsletter to hear about energy grants and other help as soon as it is available."),
    ("note", "Marcia Fenwick, Director of Housing"),
]

ANDEL_NAME = "pdf-danish-andelsboligforening-referat-bestyrelsesmoede-two-pages-running-header-side-n-af-2-footer-dato-line-dotted-day-budget-table.pdf"
ANDEL_HEADER = ("Andelsboligforeningen Solsikken", "Bestyrelsesmøde oktober 2026")
ANDEL_FOOTER = "Side {n} af 2"
ANDEL = [
    ("title", "Referat af bestyrelsesmøde"),
    ("date", "Dato: 19. oktober 2026"),
    ("h", "1. Godkendelse af dagsorden"),
    ("p", "Dagsordenen blev godkendt uden ændringer."),
    ("h", "2. Udskiftning af vinduer i opgang C og D"),
    ("p", "Bestyrelsen har indhentet tre tilbud på udskiftning af vinduerne i opgang C og D."),
    ("p", "Det billigste tilbud er fra Hvidovre Vinduer ApS og lyder på 1.480.000 kr. inklusive moms."),
    ("p", "Bestyrelsen indstiller, at arbejdet sættes i gang i april, og at det finansieres med et lån på 20 år."),
    ("h", "3. Budget for 2027"),
    ("p", "Kassereren gennemgik udkastet til budget for 2027, som skal godkendes på generalforsamlingen."),
    ("th", ["Post", "Budget 2026", "Budget 2027"]),
    ("row", ["Boligafgift", "2.412.000 kr.", "2.508.000 kr."]),
    ("row", ["Renter og afdrag", "1.105.000 kr.", "1.190.000 kr."]),
    ("row", ["Vedligeholdelse", "380.000 kr.", "420.000 kr."]),
    ("row", ["Forsikringer", "164.000 kr.", "171.000 kr."]),
    ("p", "Boligafgiften stiger med 4 procent fra 1. januar for at dække det nye lån og de højere forsikringer."),
    ("break", ""),
    ("h", "4. Vaskeriet"),
    ("p", "To af vaskemaskinerne i kælderen er gået i stykker og erstattes af nye maskiner i november."),
    ("p", "Beboerne kan fremover booke vasketider i foreningens app i stedet for på tavlen i vaskeriet."),
    ("h", "5. Eventuelt"),
    ("p", "Der var ønske om at lave en fælles arbejdsdag i gården i foråret, og Lene undersøger datoer."),
    ("p", "Nyhedsbrevet sendes fremover kun på mail til de andelshavere, der har tilmeldt sig, og hænges desuden op i opgangene."),
    ("note", "Referent: Mads Kristiansen"),
]

# ---------------------------------------------------------------- DOCX

CLERK_NAME = "docx-english-parish-council-clerks-report-header-footer-prepared-for-meeting-weekday-date-line-grants-table-grid-core-properties-week-earlier.docx"
CLERK_HEADER = "Little Haddon Parish Council – Clerk's report"
CLERK_FOOTER = "Little Haddon Parish Council · clerk@littlehaddon-pc.example · 01632 960 412"
CLERK = [
    ("title", "Clerk's report to the full council"),
    ("date", "Prepared for the meeting on Tuesday 10 November 2026"),
    ("h", "Playing field drainage"),
    ("p", "The contractor finished the new drains along the north side of the playing field on 21 October."),
    ("p", "The pitch has stayed playable through the recent heavy rain, and the football club has thanked the council."),
    ("h", "Small grants round"),
    ("p", "Five applications were received by the closing date, asking for £3,150 in total against a budget of £2,500."),
    ("p", "The grants panel recommends the following awards."),
    ("th", ["Applicant", "Asked for", "Recommended"]),
    ("row", ["Little Haddon Toddler Group", "£600", "£600"]),
    ("row", ["Haddon Allotment Society", "£950", "£700"]),
    ("row", ["St Michael's Bell Ringers", "£400", "£400"]),
    ("row", ["Haddon Youth Football", "£1,200", "£800"]),
    ("p", "The fifth application came from a business outside the parish and is not eligible under the scheme's rules."),
    ("h", "Website and privacy"),
    ("p", "The council's website now has a privacy notice and a page where residents can sign up for meeting agendas by email."),
    ("p", "Councillors are asked to approve the notice at this meeting."),
    ("note", "Sarah Whitlock, Clerk and Responsible Financial Officer"),
]

PARENTS_NAME = "docx-french-association-parents-eleves-compte-rendu-reunion-header-footer-reunion-du-jeudi-date-line-budget-table-light-list-core-properties-next-day.docx"
PARENTS_HEADER = "Association des parents d'élèves de l'école Jules-Ferry – Compte rendu"
PARENTS_FOOTER = "APE Jules-Ferry · 12 rue des Tilleuls, 69100 Villeurbanne · ape.julesferry@example.fr"
PARENTS = [
    ("title", "Compte rendu de la réunion du bureau"),
    ("date", "Réunion du jeudi 5 novembre 2026"),
    ("h", "Marché de Noël"),
    ("p", "Le marché de Noël aura lieu le vendredi 11 décembre dans la cour de l'école, de 16 h 30 à 19 h."),
    ("p", "Chaque classe tiendra un stand, et les bénéfices financeront la sortie de fin d'année."),
    ("h", "Budget de l'année scolaire"),
    ("p", "La trésorière a présenté le budget prévisionnel, adopté à l'unanimité des membres présents."),
    ("th", ["Poste", "Recettes", "Dépenses"]),
    ("row", ["Cotisations", "1 850 €", "0 €"]),
    ("row", ["Marché de Noël", "2 400 €", "650 €"]),
    ("row", ["Kermesse", "3 100 €", "1 200 €"]),
    ("row", ["Sorties scolaires", "0 €", "4 800 €"]),
    ("p", "Le solde de l'année dernière, soit 1 320 euros, reste sur le compte pour les imprévus."),
    ("h", "Communication avec les familles"),
    ("p", "La lettre d'information sera désormais envoyée par courriel aux familles qui s'y sont inscrites, et affichée au portail de l'école."),
    ("p", "Les adresses sont utilisées uniquement par l'association, conformément à notre politique de confidentialité."),
    ("note", "La secrétaire, Nadia Benali"),
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


def make_docx(name: str, blocks: Sequence[tuple[str, object]], header: str, footer: str, created: dt.datetime, style: str) -> None:
    block_docx(PAGES / name, blocks, header, footer, created, style)


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    make_pdf(RENT_NAME, RENT, RENT_HEADER, RENT_FOOTER, "2026-11-02", "Your rent from April 2027", [5 * cm, 3.2 * cm, 3.8 * cm, 3 * cm])
    make_pdf(ANDEL_NAME, ANDEL, ANDEL_HEADER, ANDEL_FOOTER, "2026-10-21", "Referat af bestyrelsesmøde 19. oktober 2026", [5 * cm, 3.8 * cm, 3.8 * cm])
    make_docx(CLERK_NAME, CLERK, CLERK_HEADER, CLERK_FOOTER, dt.datetime(2026, 11, 3, 16, 20), "Table Grid")
    make_docx(PARENTS_NAME, PARENTS, PARENTS_HEADER, PARENTS_FOOTER, dt.datetime(2026, 11, 6, 21, 5), "Light List Accent 1")
