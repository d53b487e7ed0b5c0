"""Write the PDF and DOCX pages of the twenty-third held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout23/make-binary.py

PDF: a Portuguese parish council's (junta de freguesia) activity report (two pages, a running header
with the parish and 'Relatório Trimestral', a 'Página n de 2' footer, a 'Data: 12 de novembro de
2026' date line, headings, a works table with a shaded header); a Finnish sports club's autumn
report (two pages, a running header with the club and 'Syyskauden toimintakatsaus', a 'Sivu n / 2'
footer, 'Päivätty 4.11.2026', headings, a teams table). DOCX: a Lithuanian apartment owners'
association's report (header and footer, the place-and-date line 'Vilnius, 2026 m. lapkričio 12 d.',
a costs table in 'Table Grid', core properties two days later); a Slovak ski club's members' meeting
minutes (header only, the closing line 'V Žiline 7. novembra 2026', a fees table in 'Light List
Accent 1', core properties the same evening). PDFs are written in invariant mode with set creation
dates. The pages are written by ``bench.fidelity_binary.block_pdf`` and ``block_docx``.
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
JUNTA_NAME = "pdf-portuguese-junta-de-freguesia-relatorio-de-atividades-two-pages-running-header-pagina-n-de-2-data-long-date-line-obras-table-shaded-header.pdf"
JUNTA_HEADER = ("Junta de Freguesia de São Vicente", "Relatório Trimestral")
JUNTA_FOOTER = "Página {n} de 2"
JUNTA = [
    ("title", "Relatório de atividades do terceiro trimestre"),
    ("date", "Data: 12 de novembro de 2026"),
    ("h", "Espaço público"),
    ("p", "A Junta concluiu a repavimentação da Calçada do Monte e de duas escadinhas do bairro."),
    ("p", "Foram plantadas quarenta árvores novas no Jardim da Cerca da Graça."),
    ("h", "Obras realizadas"),
    ("th", ["Obra", "Custo", "Estado"]),
    ("row", ["Calçada do Monte", "48 200 euros", "Concluída"]),
    ("row", ["Escadinhas de São Tomé", "12 750 euros", "Concluída"]),
    ("row", ["Parque infantil da Graça", "31 400 euros", "Em curso"]),
    ("break", ""),
    ("h", "Ação social"),
    ("p", "O programa de refeições ao domicílio apoiou 86 idosos durante o trimestre."),
    ("p", "Os fregueses podem inscrever-se na newsletter da Junta para receber as novidades por email."),
    ("h", "Proteção de dados"),
    ("p", "Os dados pessoais recolhidos nos balcões são tratados de acordo com a política de privacidade da Junta."),
    ("note", "O Presidente da Junta, Rui Marques Fonseca"),
]

SEURA_NAME = "pdf-finnish-urheiluseura-syyskauden-toimintakatsaus-two-pages-running-header-sivu-n-2-footer-paivatty-d-m-yyyy-line-teams-table-shaded-header.pdf"
SEURA_HEADER = ("Kuopion Kisa-Veikot ry", "Syyskauden toimintakatsaus")
SEURA_FOOTER = "Sivu {n} / 2"
SEURA = [
    ("title", "Katsaus syyskauteen 2026"),
    ("date", "Päivätty 4.11.2026"),
    ("h", "Kauden kulku"),
    ("p", "Seuran joukkueet pelasivat syksyn aikana yhteensä 124 ottelua."),
    ("p", "Naisten joukkue nousi ensi kaudeksi kakkoseen ensimmäistä kertaa seuran historiassa."),
    ("h", "Joukkueet ja pelaajamäärät"),
    ("th", ["Joukkue", "Pelaajia", "Sarja"]),
    ("row", ["Naiset", "22", "Kolmonen"]),
    ("row", ["Miehet", "25", "Nelonen"]),
    ("row", ["P12", "31", "Piirisarja"]),
    ("row", ["T10", "18", "Harrastesarja"]),
    ("break", ""),
    ("h", "Talvikausi"),
    ("p", "Talven harjoitukset alkavat tekonurmella marraskuun toisella viikolla."),
    ("p", "Vanhemmat voivat ilmoittautua seuran uutiskirjeeseen jäsensivuilla."),
    ("h", "Kiitokset"),
    ("p", "Hallitus kiittää kaikkia vapaaehtoisia valmentajia ja talkoolaisia."),
    ("note", "Hallituksen puolesta, Mikko Räsänen"),
]

# ---------------------------------------------------------------- DOCX

VILNIUS_NAME = "docx-lithuanian-bendrija-pirmininko-ataskaita-header-footer-place-and-date-line-vilnius-yyyy-m-month-genitive-d-d-costs-table-grid-core-properties-two-days-later.docx"
VILNIUS_HEADER = "Daugiabučio namo savininkų bendrija „Žirmūnų 12“"
VILNIUS_FOOTER = "Pirmininkė Asta Jonaitienė · tel. +370 612 34567 · bendrija.zirmunu12@example.lt"
VILNIUS = [
    ("title", "Pirmininkės metinė veiklos ataskaita"),
    ("date", "Vilnius, 2026 m. lapkričio 12 d."),
    ("h", "Atlikti darbai"),
    ("p", "Šiais metais bendrija pakeitė laiptinių langus ir suremontavo stogą virš trečiosios laiptinės."),
    ("p", "Darbai baigti spalio mėnesį, nepadidinus kaupiamųjų įmokų."),
    ("h", "Išlaidos"),
    ("p", "Pagrindinės metų išlaidos pateiktos lentelėje."),
    ("th", ["Darbas", "Suma"]),
    ("row", ["Laiptinių langų keitimas", "14 300 Eur"]),
    ("row", ["Stogo remontas", "9 850 Eur"]),
    ("row", ["Lifto priežiūra", "2 400 Eur"]),
    ("h", "Kiti metai"),
    ("p", "Kitais metais siūloma atnaujinti kiemo apšvietimą ir dviračių stovus."),
    ("p", "Gyventojų asmens duomenys tvarkomi tik bendrijos valdymo tikslais, laikantis privatumo taisyklių."),
    ("note", "Pirmininkė Asta Jonaitienė"),
]

ZILINA_NAME = "docx-slovak-lyziarsky-klub-zapisnica-clenskej-schodze-header-only-fees-table-light-list-accent-closing-place-and-date-line-v-ziline-d-month-genitive-yyyy-core-properties-same-day.docx"
ZILINA_HEADER = "Lyžiarsky klub Mala Fatra Žilina – zápisnica"
ZILINA = [
    ("title", "Zápisnica z členskej schôdze"),
    ("h", "Príprava zimnej sezóny"),
    ("p", "Predseda informoval, že klub má zmluvu so strediskom Vrátna na celú sezónu."),
    ("p", "Tréningy detí začnú v prvú decembrovú sobotu, ak to dovolia snehové podmienky."),
    ("h", "Členské príspevky"),
    ("th", ["Kategória", "Príspevok"]),
    ("row", ["Dospelí", "60 eur"]),
    ("row", ["Deti do 15 rokov", "35 eur"]),
    ("row", ["Rodinné členstvo", "140 eur"]),
    ("h", "Rôzne"),
    ("p", "Členovia sa môžu prihlásiť na odber klubového newslettera u tajomníčky."),
    ("p", "Schôdza schválila nákup dvoch nových snežných skútrov na úpravu tratí."),
    ("note", "V Žiline 7. novembra 2026"),
    ("note", "Zapísala: Katarína Hrušková, tajomníčka"),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / JUNTA_NAME, JUNTA, JUNTA_HEADER, JUNTA_FOOTER, "2026-11-12", "Relatório de atividades do terceiro trimestre", [5.5 * cm, 3.5 * cm, 3 * cm])
    block_pdf(PAGES / SEURA_NAME, SEURA, SEURA_HEADER, SEURA_FOOTER, "2026-11-05", "Syyskauden toimintakatsaus", [4 * cm, 3 * cm, 4 * cm])
    block_docx(PAGES / VILNIUS_NAME, VILNIUS, VILNIUS_HEADER, VILNIUS_FOOTER, dt.datetime(2026, 11, 14, 10, 40), "Table Grid")
    block_docx(PAGES / ZILINA_NAME, ZILINA, ZILINA_HEADER, None, dt.datetime(2026, 11, 7, 21, 15), "Light List Accent 1")
