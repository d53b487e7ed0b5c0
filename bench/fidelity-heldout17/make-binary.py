"""Write the PDF and DOCX pages of the seventeenth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout17/make-binary.py

PDF: French municipal council minutes (procès-verbal) of two pages with a running header naming the
commune and the sitting, a 'Page n sur 2' footer, numbered deliberations ('Délibération n° 2026-0xx'),
a subsidies table and a vote-count table, and the posting date ('Affiché le …') after the sitting's
date; a Brazilian Portuguese sports club price list whose table has a two-row header (grouped
'Sócios' / 'Não sócios' over 'Mensal' / 'Trimestral') drawn as a ruled grid, with a 'Publicada em'
date and a later 'valid from' date. DOCX: an Italian museum press release with the museum's name as a
large 'logo' text in the page header, a 'Luogo, data' line and a bordered press-contact table (core
properties three days earlier); a German swimming-pool association's annual report with a cover
section, a next-page section break, a table of contents as a complex TOC field (fldChar begin /
instrText / separate / cached TOC-styled entries with page numbers / end), headers and footers on the
second section only, and two tables. PDFs are written in invariant mode with set creation dates.
"""
# ruff: noqa: E501  (the pages' hand-written lines, kept as written so the pages stay byte-identical)

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fidelity_binary import canvas_maker  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- PDF: council minutes

def make_minutes(name: str = "pdf-french-proces-verbal-conseil-municipal-two-pages-running-header-commune-seance-numbered-deliberations-subsidies-and-vote-tables-page-n-sur-2-affiche-le.pdf") -> None:
    w, h = A4
    pdf = canvas_maker("2026-03-13", "101500")(str(PAGES / name), pagesize=A4)
    pdf.setTitle("Procès-verbal du conseil municipal du 10 mars 2026")
    pdf.setAuthor("Mairie de Saint-Aubin-sur-Vèze")

    def chrome(n: int) -> None:
        pdf.setFont("Helvetica", 8)
        pdf.drawString(2 * cm, h - 1.2 * cm, "Commune de Saint-Aubin-sur-Vèze")
        pdf.drawRightString(w - 2 * cm, h - 1.2 * cm, "Conseil municipal - séance du 10 mars 2026")
        pdf.line(2 * cm, h - 1.4 * cm, w - 2 * cm, h - 1.4 * cm)
        pdf.drawCentredString(w / 2, 1.0 * cm, f"Page {n} sur 2")

    def lines(y: float, items: list[tuple[str, str]]) -> float:
        for font, text in items:
            if not text:
                y -= 8
                continue
            size = 11 if font == "b" else 10
            pdf.setFont({"b": "Helvetica-Bold", "r": "Helvetica", "i": "Helvetica-Oblique"}[font], size)
            pdf.drawString(2.5 * cm, y, text)
            y -= size + 4
        return y

    chrome(1)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawCentredString(w / 2, h - 3.0 * cm, "PROCÈS-VERBAL DU CONSEIL MUNICIPAL")
    pdf.setFont("Helvetica", 11)
    pdf.drawCentredString(w / 2, h - 3.7 * cm, "Séance du mardi 10 mars 2026 à 20 h 00")
    y = lines(h - 5.0 * cm, [
        ("r", "Présents : M. Girard (maire), Mme Perrin, M. Lemaire, Mme Fabre, M. Roussel, Mme Caron, M. Noël."),
        ("r", "Excusée : Mme Aubry (pouvoir à Mme Perrin). Secrétaire de séance : M. Roussel."),
        ("", ""),
        ("r", "Le quorum étant atteint, le maire ouvre la séance à 20 h 05."),
        ("", ""),
        ("b", "Délibération n° 2026-011 : compte administratif 2025"),
        ("r", "Le conseil municipal approuve le compte administratif 2025, qui présente un excédent de"),
        ("r", "fonctionnement de 184 320 euros."),
        ("r", "Le maire ayant quitté la salle, le vote est présidé par Mme Perrin, première adjointe."),
        ("", ""),
        ("b", "Délibération n° 2026-012 : tarifs de la cantine scolaire"),
        ("r", "Le prix du repas est porté à 3,60 euros à compter du 1er septembre 2026."),
        ("r", "Un tarif réduit de 1,20 euro est maintenu pour les familles dont le quotient familial est"),
        ("r", "inférieur à 700 euros."),
        ("", ""),
        ("b", "Délibération n° 2026-013 : subventions aux associations"),
        ("r", "Le conseil municipal attribue les subventions suivantes pour l'année 2026 :"),
    ])
    y -= 6
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(3 * cm, y, "Association")
    pdf.drawString(11 * cm, y, "Montant")
    pdf.line(3 * cm, y - 4, 15 * cm, y - 4)
    pdf.setFont("Helvetica", 10)
    for assoc, amount in [("Comité des fêtes", "2 500 €"), ("Club de football de la Vèze", "1 800 €"),
                          ("Bibliothèque pour tous", "900 €"), ("Amicale des sapeurs-pompiers", "600 €")]:
        y -= 15
        pdf.drawString(3 * cm, y, assoc)
        pdf.drawString(11 * cm, y, amount)
    pdf.showPage()

    chrome(2)
    y = lines(h - 2.8 * cm, [
        ("b", "Délibération n° 2026-014 : éclairage public"),
        ("r", "Le conseil municipal décide de remplacer les 212 lanternes de l'éclairage public par des"),
        ("r", "lampes à LED et d'éteindre l'éclairage de 23 h 30 à 5 h 30, sauf sur la route départementale."),
        ("r", "Le coût des travaux est estimé à 96 000 euros, dont 40 % financés par le syndicat d'énergie."),
        ("", ""),
        ("b", "Résultat des votes"),
    ])
    y -= 6
    xs = [3 * cm, 9 * cm, 11.5 * cm, 14 * cm]
    pdf.setFont("Helvetica-Bold", 10)
    for x, t in zip(xs, ["Délibération", "Pour", "Contre", "Abstention"]):
        pdf.drawString(x, y, t)
    pdf.line(3 * cm, y - 4, 17 * cm, y - 4)
    pdf.setFont("Helvetica", 10)
    for row in [("2026-011", "7", "0", "0"), ("2026-012", "6", "1", "1"), ("2026-013", "8", "0", "0"), ("2026-014", "5", "2", "1")]:
        y -= 15
        for x, t in zip(xs, row):
            pdf.drawString(x, y, t)
    y = lines(y - 30, [
        ("r", "Questions diverses : la fête du village aura lieu le samedi 27 juin."),
        ("r", "L'ordre du jour étant épuisé, la séance est levée à 22 h 10."),
        ("", ""),
        ("i", "Affiché le 13 mars 2026."),
        ("", ""),
        ("r", "Le maire, Bernard Girard                                   Le secrétaire de séance, Luc Roussel"),
    ])
    pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- PDF: price list with a two-row header

def make_prices(name: str = "pdf-brazilian-portuguese-clube-tabela-de-precos-two-row-grouped-header-socios-nao-socios-mensal-trimestral-ruled-grid-publicada-em-valid-from-date.pdf") -> None:
    w, h = A4
    pdf = canvas_maker("2026-02-20", "140000")(str(PAGES / name), pagesize=A4)
    pdf.setTitle("Tabela de preços 2026")
    pdf.setAuthor("Associação Atlética Vila Serena")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(2 * cm, h - 2 * cm, "ASSOCIAÇÃO ATLÉTICA VILA SERENA")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(2 * cm, h - 2.5 * cm, "Rua das Paineiras, 410 - Vila Serena - Campinas/SP - CNPJ 12.345.678/0001-90")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(2 * cm, h - 4 * cm, "Tabela de preços das modalidades 2026")
    pdf.setFont("Helvetica-Oblique", 10)
    pdf.drawString(2 * cm, h - 4.7 * cm, "Publicada em 20 de fevereiro de 2026")
    pdf.setFont("Helvetica", 10.5)
    y = h - 5.8 * cm
    for line in ["Os novos valores passam a valer a partir de 1º de março de 2026 e foram aprovados pelo conselho deliberativo.",
                 "O plano trimestral tem desconto de cerca de dez por cento em relação ao pagamento mensal.",
                 "Dependentes de sócios até 12 anos pagam o valor de sócio em todas as modalidades."]:
        pdf.drawString(2 * cm, y, line)
        y -= 15
    # the grid: first column spans both header rows; each group spans two columns
    x = [2 * cm, 7.5 * cm, 10.25 * cm, 13 * cm, 15.75 * cm, 18.5 * cm]
    top = y - 12
    rh = 18
    rows = [["Natação infantil", "R$ 120", "R$ 330", "R$ 160", "R$ 440"],
            ["Natação adulto", "R$ 140", "R$ 380", "R$ 185", "R$ 510"],
            ["Hidroginástica", "R$ 110", "R$ 300", "R$ 150", "R$ 410"],
            ["Tênis (aulas em grupo)", "R$ 210", "R$ 570", "R$ 270", "R$ 740"],
            ["Judô", "R$ 95", "R$ 260", "R$ 130", "R$ 355"]]
    bottom = top - rh * (2 + len(rows))
    pdf.setLineWidth(0.6)
    pdf.rect(x[0], bottom, x[-1] - x[0], top - bottom)
    for xi in x[1:-1]:
        pdf.line(xi, bottom, xi, top if xi in (x[1], x[3]) else top - rh)
    pdf.line(x[1], top - rh, x[-1], top - rh)
    for i in range(2, 2 + len(rows)):
        pdf.line(x[0], top - rh * i, x[-1], top - rh * i)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(x[0] + 4, top - rh * 1.3, "Modalidade")
    pdf.drawCentredString((x[1] + x[3]) / 2, top - rh + 5, "Sócios")
    pdf.drawCentredString((x[3] + x[5]) / 2, top - rh + 5, "Não sócios")
    for i, label in enumerate(["Mensal", "Trimestral", "Mensal", "Trimestral"]):
        pdf.drawCentredString((x[1 + i] + x[2 + i]) / 2, top - 2 * rh + 5, label)
    pdf.setFont("Helvetica", 10)
    for r, row in enumerate(rows):
        yy = top - rh * (3 + r) + 5
        pdf.drawString(x[0] + 4, yy, row[0])
        for i, cell in enumerate(row[1:]):
            pdf.drawRightString(x[2 + i] - 6, yy, cell)
    y = bottom - 24
    pdf.setFont("Helvetica", 10.5)
    for line in ["A taxa de matrícula de R$ 50 é cobrada apenas de quem não é sócio.",
                 "As mensalidades vencem no dia 10 de cada mês e podem ser pagas por Pix ou boleto na secretaria."]:
        pdf.drawString(2 * cm, y, line)
        y -= 15
    pdf.setFont("Helvetica", 8)
    pdf.drawCentredString(w / 2, 1.2 * cm, "Secretaria: (19) 3200-4100 - secretaria@vilaserena.example - seg. a sex., 8h às 20h")
    pdf.showPage()
    pdf.save()


# ---------------------------------------------------------------- DOCX: press release

def _cell_border_table(table) -> None:  # type: ignore[no-untyped-def]
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders xmlns:w="{W}">{borders}</w:tblBorders>'))


def make_press_release(name: str = "docx-italian-museo-comunicato-stampa-header-logo-text-large-bold-luogo-data-line-contatti-stampa-bordered-table-core-properties-earlier.docx") -> None:
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 3, 6, 16, 20)
    d.core_properties.modified = dt.datetime(2026, 3, 6, 17, 5)
    d.core_properties.author = "Giulia Rota"
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    run = hp.add_run("MUSEO CIVICO DI VALLEVERDE")
    run.bold = True
    run.font.size = Pt(20)
    sec.header.add_paragraph("Ufficio Stampa")
    sec.footer.paragraphs[0].text = "Piazza Garibaldi 3 · 24030 Valleverde (BG) · www.museovalleverde.example"
    p = d.add_paragraph()
    r = p.add_run("COMUNICATO STAMPA")
    r.bold = True
    d.add_paragraph("Valleverde, 9 marzo 2026")
    d.add_heading("Riapre la sala dei mosaici romani dopo due anni di restauro", level=1)
    for text in [
        "Sabato 21 marzo il Museo civico di Valleverde riapre al pubblico la sala dei mosaici romani, chiusa dal 2024 per il restauro dei pavimenti e degli impianti.",
        "Il restauro, costato 420.000 euro, è stato finanziato per metà dalla Regione Lombardia e per metà dal Comune.",
        "I tre grandi mosaici della villa di Campolungo sono ora esposti su pedane basse, così che i visitatori possono vederli da vicino senza calpestarli.",
        "La direttrice Anna Maffeis ha spiegato che la nuova illuminazione permette di distinguere le tessere di vetro da quelle di pietra.",
        "Nel fine settimana della riapertura l'ingresso sarà gratuito e sono previste visite guidate ogni ora dalle 10 alle 17.",
    ]:
        d.add_paragraph(text)
    d.add_heading("Contatti per la stampa", level=2)
    t = d.add_table(rows=3, cols=3)
    _cell_border_table(t)
    for i, row in enumerate([["Nome", "Telefono", "Email"],
                             ["Giulia Rota", "035 410 2231", "stampa@museovalleverde.example"],
                             ["Marco Pesenti", "335 708 1144", "m.pesenti@museovalleverde.example"]]):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    d.add_paragraph("Immagini ad alta risoluzione disponibili su richiesta.")
    d.save(str(PAGES / name))


# ---------------------------------------------------------------- DOCX: annual report with a TOC field

def _toc_entry(text: str, page: str, anchor: str) -> str:
    return (f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:tab/></w:r>'
            f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>')


def make_report(name: str = "docx-german-freibad-foerderverein-jahresbericht-cover-section-next-page-break-toc-complex-field-cached-entries-pageref-header-footer-second-section-only-tables.docx") -> None:
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 2, 11, 9, 0)
    d.core_properties.modified = dt.datetime(2026, 2, 28, 21, 30)
    d.core_properties.title = "Jahresbericht 2025"
    body = d.element.body
    cover = d.sections[0]
    cover.header.is_linked_to_previous = False
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Förderverein Freibad Lindenau e.V.").bold = True
    d.add_heading("Jahresbericht 2025", level=0)
    d.add_paragraph("Vorgelegt zur Mitgliederversammlung am 20. März 2026")
    d.add_paragraph("Stand: 28. Februar 2026")
    d.add_paragraph("Inhaltsverzeichnis").runs[0].bold = True
    anchors = [("Mitgliederentwicklung", "2", "_Toc1"), ("Die Badesaison 2025", "2", "_Toc2"), ("Finanzen", "3", "_Toc3"), ("Ausblick auf 2026", "3", "_Toc4")]
    begin = (f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>')
    body.sectPr.addprevious(parse_xml(begin))
    for text, page, anchor in anchors:
        body.sectPr.addprevious(parse_xml(_toc_entry(text, page, anchor)))
    body.sectPr.addprevious(parse_xml(f'<w:p xmlns:w="{W}"><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'))
    main = d.add_section(WD_SECTION.NEW_PAGE)
    main.header.is_linked_to_previous = False
    main.footer.is_linked_to_previous = False
    main.header.paragraphs[0].text = "Förderverein Freibad Lindenau e.V. · Jahresbericht 2025"
    main.footer.paragraphs[0].text = "Vereinsregister Amtsgericht Leipzig VR 4471 · Bankverbindung auf Anfrage"

    def heading(text: str, anchor: str) -> None:
        h = d.add_heading(text, level=1)
        h._p.insert(1, parse_xml(f'<w:bookmarkStart xmlns:w="{W}" w:id="{anchor[-1]}" w:name="{anchor}"/>'))
        h._p.append(parse_xml(f'<w:bookmarkEnd xmlns:w="{W}" w:id="{anchor[-1]}"/>'))

    def table(rows: list[list[str]]) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                t.cell(i, j).text = val

    heading("Mitgliederentwicklung", "_Toc1")
    d.add_paragraph("Unser Verein ist im vergangenen Jahr erneut kräftig gewachsen und hatte am Jahresende 765 Mitglieder.")
    table([["Mitglieder", "31.12.2024", "31.12.2025"], ["Erwachsene", "412", "455"], ["Kinder und Jugendliche", "188", "231"], ["Familienmitgliedschaften", "64", "79"]])
    d.add_paragraph("Besonders viele Familien sind nach dem Sommerfest im Juli beigetreten.")
    heading("Die Badesaison 2025", "_Toc2")
    d.add_paragraph("Das Freibad war vom 17. Mai bis zum 7. September geöffnet und zählte 48.300 Besucher, so viele wie seit 2018 nicht mehr.")
    d.add_paragraph("Mit unseren Spenden wurden eine neue Rutsche für das Kinderbecken und zwölf Sonnenschirme für die Liegewiese gekauft.")
    heading("Finanzen", "_Toc3")
    table([["Posten", "Betrag"], ["Mitgliedsbeiträge", "14.230 €"], ["Spenden", "9.815 €"], ["Ausgaben für das Bad", "21.460 €"]])
    d.add_paragraph("Der Verein schließt das Jahr mit einem Überschuss von 2.585 Euro ab, der in die Rücklage für die Sanierung der Umkleiden fließt.")
    heading("Ausblick auf 2026", "_Toc4")
    d.add_paragraph("Für 2026 plant der Vorstand einen Schwimmkurs für Erwachsene und ein zweites Nachtschwimmen im August.")
    d.save(str(PAGES / name))


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    make_minutes()
    make_prices()
    make_press_release()
    make_report()
