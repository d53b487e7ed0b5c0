"""Write the PDF and DOCX pages of the twenty-sixth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout26/make-binary.py

PDF: a Crown Court judge's sentencing remarks in a fraud on a newspaper's Christmas appeal (two
pages, a running header with the court and the case, a 'Page n of 2' footer, a 'Date: 30 November
2026' line and a case-number line, headings, a counts-and-sentences table with a shaded header); a Portuguese regional
statistics institute's tourism bulletin ('Destaque', two pages, a running header with the
institute and the series, a 'Destaque n.º 47/2026 · pág. n/2' footer, a 'Data de publicação: 30 de novembro de 2026' line, a
guests-and-nights table with spaces as thousands separators). DOCX: written evidence from a local
newspaper to a parliamentary committee inquiry (header and footer, 'Submitted: 24 November 2026',
numbered paragraphs, a circulation table in 'Table Grid', core properties three days earlier); a
Dutch town council's list of decisions (besluitenlijst: header and footer, 'Datum vergadering:
donderdag 26 november 2026', a decisions table in 'Light List Accent 1', core properties the next
day). PDFs are written in invariant mode with set creation dates. The pages are written by ``bench.fidelity_binary.block_pdf`` and ``block_docx``.
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
COURT_NAME = "pdf-english-crown-court-sentencing-remarks-two-pages-running-header-court-and-case-name-page-n-of-2-footer-date-d-month-yyyy-line-case-number-line-headings-counts-and-sentences-table-shaded-header.pdf"
COURT_HEADER = ("In the Crown Court at Hexley", "R v Dominic Fairley: sentencing remarks")
COURT_FOOTER = "Page {n} of 2"
COURT = [
    ("title", "Sentencing remarks of HHJ Arkwright KC"),
    ("date", "Date: 30 November 2026"),
    ("note", "Case number: T20267041"),
    ("h", "The offending"),
    ("p", "Mr Fairley, you were the treasurer of the Hexley Advertiser Christmas Appeal for eight years."),
    ("p", "Between 2021 and 2025 you transferred £61,400 of donations to your own account."),
    ("p", "The money had been given by readers to buy presents and food for families in the town."),
    ("h", "Aggravating and mitigating features"),
    ("p", "This was a serious breach of trust that was planned and repeated over four years."),
    ("p", "In your favour, you have no previous convictions and you pleaded guilty at the first opportunity."),
    ("th", ["Count", "Offence", "Sentence"]),
    ("row", ["Count 1", "Fraud by abuse of position", "2 years 8 months"]),
    ("row", ["Count 2", "False accounting", "1 year, concurrent"]),
    ("row", ["Count 3", "False accounting", "1 year, concurrent"]),
    ("break", ""),
    ("h", "Sentence"),
    ("p", "The total sentence is two years and eight months' imprisonment."),
    ("p", "You will serve up to half of that sentence in custody before you are released on licence."),
    ("p", "Confiscation proceedings will follow, and a timetable has been set for a hearing in March 2027."),
    ("note", "These remarks are published as delivered in open court."),
]

DESTAQUE_NAME = "pdf-portuguese-regional-statistics-institute-destaque-tourism-bulletin-two-pages-running-header-institute-and-series-destaque-number-pag-n-slash-2-footer-data-de-publicacao-d-de-month-de-yyyy-line-guests-table-space-thousands-shaded-header.pdf"
DESTAQUE_HEADER = ("Instituto Regional de Estatística da Beira Litoral", "Destaque · Atividade turística")
DESTAQUE_FOOTER = "Destaque n.º 47/2026 · pág. {n}/2"
DESTAQUE = [
    ("title", "Atividade turística: outubro de 2026"),
    ("date", "Data de publicação: 30 de novembro de 2026"),
    ("h", "Principais resultados"),
    ("p", "Os estabelecimentos de alojamento turístico da região registaram 182 400 hóspedes em outubro, mais 4,2% do que um ano antes."),
    ("p", "As dormidas de residentes no estrangeiro cresceram 7,8% e representaram 46% do total."),
    ("h", "Resultados por município"),
    ("p", "O quadro seguinte apresenta os hóspedes e as dormidas nos cinco municípios com maior procura."),
    ("th", ["Município", "Hóspedes", "Dormidas", "Variação"]),
    ("row", ["Aveleda", "61 250", "142 800", "+5,1%"]),
    ("row", ["Costa Nova do Vouga", "44 730", "118 260", "+9,4%"]),
    ("row", ["Serra da Lousinha", "27 140", "49 380", "-2,3%"]),
    ("row", ["Ribamar", "19 860", "41 070", "+3,6%"]),
    ("row", ["Fontelas", "12 420", "23 950", "-0,8%"]),
    ("break", ""),
    ("h", "Nota metodológica"),
    ("p", "Os dados resultam do inquérito mensal à permanência de hóspedes na hotelaria e no alojamento local."),
    ("p", "Os valores de outubro são provisórios e serão revistos na publicação de janeiro de 2027."),
    ("note", "Próximo destaque: 31 de dezembro de 2026"),
]

# ---------------------------------------------------------------- DOCX

EVIDENCE_NAME = "docx-english-local-newspaper-written-evidence-to-parliamentary-committee-inquiry-header-reference-footer-submitted-d-month-yyyy-line-numbered-paragraphs-circulation-table-grid-core-properties-three-days-earlier.docx"
EVIDENCE_HEADER = "Written evidence submitted by the Hexley Advertiser (LNI0042)"
EVIDENCE_FOOTER = "Culture, Media and Sport Committee · Inquiry into the sustainability of local news"
EVIDENCE = [
    ("title", "Written evidence from the Hexley Advertiser"),
    ("date", "Submitted: 24 November 2026"),
    ("h", "Summary"),
    ("p", "1. The Hexley Advertiser is an independent weekly newspaper that has served the town since 1889."),
    ("p", "2. Our print sales have fallen by half in ten years, while our website now reaches more readers than the paper ever did."),
    ("h", "Circulation and reach"),
    ("p", "3. The table below shows our average weekly print sales and monthly online readers."),
    ("th", ["Year", "Print sales", "Online readers", "Staff journalists"]),
    ("row", ["2016", "9,840", "41,000", "9"]),
    ("row", ["2021", "6,310", "88,500", "7"]),
    ("row", ["2026", "4,870", "126,300", "6"]),
    ("h", "What would help"),
    ("p", "4. Statutory public notices should be published in local papers and on their websites, not only on council websites."),
    ("p", "5. We ask the committee to recommend a tax relief for local publishers that employ journalists who cover courts and councils."),
    ("note", "Helen Marsh, Editor and Managing Director"),
]

BESLUITEN_NAME = "docx-dutch-town-council-besluitenlijst-raadsvergadering-header-footer-datum-vergadering-weekday-d-month-yyyy-line-agenda-headings-decisions-table-light-list-accent-core-properties-next-day.docx"
BESLUITEN_HEADER = "Gemeente Westerduin · Besluitenlijst gemeenteraad"
BESLUITEN_FOOTER = "Griffie gemeente Westerduin · Postbus 20, 4520 AA Westerduin"
BESLUITEN = [
    ("title", "Besluitenlijst van de openbare raadsvergadering"),
    ("date", "Datum vergadering: donderdag 26 november 2026"),
    ("note", "Voorzitter: burgemeester A. de Kruijf · Griffier: mr. S. Verhoeven"),
    ("h", "Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering om 19.30 uur en meldt dat twee raadsleden afwezig zijn."),
    ("h", "Besluiten"),
    ("p", "De raad heeft over de volgende voorstellen gestemd."),
    ("th", ["Onderwerp", "Besluit", "Stemming"]),
    ("row", ["Begroting 2027", "Aangenomen", "19 voor, 6 tegen"]),
    ("row", ["Verordening havengelden", "Aangenomen", "25 voor, 0 tegen"]),
    ("row", ["Motie gratis veerpont voor scholieren", "Verworpen", "11 voor, 14 tegen"]),
    ("row", ["Krediet renovatie bibliotheek", "Aangehouden", "geen stemming"]),
    ("h", "Sluiting"),
    ("p", "Het voorstel over de bibliotheek wordt in de vergadering van 17 december opnieuw besproken."),
    ("p", "De voorzitter sluit de vergadering om 22.40 uur."),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / COURT_NAME, COURT, COURT_HEADER, COURT_FOOTER, "2026-11-30", "Sentencing remarks of HHJ Arkwright KC", [3 * cm, 6.2 * cm, 4.4 * cm])
    block_pdf(PAGES / DESTAQUE_NAME, DESTAQUE, DESTAQUE_HEADER, DESTAQUE_FOOTER, "2026-12-01", "Atividade turística: outubro de 2026", [4.6 * cm, 3 * cm, 3 * cm, 2.6 * cm])
    block_docx(PAGES / EVIDENCE_NAME, EVIDENCE, EVIDENCE_HEADER, EVIDENCE_FOOTER, dt.datetime(2026, 11, 21, 15, 10), "Table Grid")
    block_docx(PAGES / BESLUITEN_NAME, BESLUITEN, BESLUITEN_HEADER, BESLUITEN_FOOTER, dt.datetime(2026, 11, 27, 9, 45), "Light List Accent 1")
