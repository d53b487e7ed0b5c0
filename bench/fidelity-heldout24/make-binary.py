"""Write the PDF and DOCX pages of the twenty-fourth held-out fidelity set (truth in ``truth/``).

    python bench/fidelity-heldout24/make-binary.py

PDF: a Luxembourgish municipality's summary of council decisions (two pages, a running header with
the commune and 'Resumé vun der Gemengerotssëtzung', a 'Säit n vun 2' footer, a 'Publizéiert den
13. November 2026' line, headings, a votes table with a shaded header); an Irish-language community
co-operative's quarterly report (two pages, a running header with the co-operative and 'Tuarascáil
Ráithe', a 'Leathanach n as 2' footer, 'Dáta: 10 Samhain 2026', headings, a projects table with euro
amounts). DOCX: a Punjabi (Gurmukhi) gurdwara treasurer's half-year report (header and footer, the
date line 'ਮਿਤੀ: 15 ਨਵੰਬਰ 2026', an expenses table in 'Table Grid' with pound amounts, core properties
the next day); a Catalan (Andorran) commune's council minutes (header and footer, the closing line
'Encamp, 16 de novembre de 2026', a grants table in 'Light Grid Accent 1', core properties the next
morning). PDFs are written in invariant mode with set creation dates. The pages are written by ``bench.fidelity_binary.block_pdf`` and ``block_docx``.
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
GEMENG_NAME = "pdf-luxembourgish-gemeng-resume-gemengerotssetzung-two-pages-running-header-sait-n-vun-2-footer-publizeiert-den-d-month-yyyy-line-votes-table-jo-nee-enthalung-shaded-header.pdf"
GEMENG_HEADER = ("Gemeng Uewersauer", "Resumé vun der Gemengerotssëtzung")
GEMENG_FOOTER = "Säit {n} vun 2"
GEMENG = [
    ("title", "Beschlëss vum Gemengerot"),
    ("date", "Publizéiert den 13. November 2026"),
    ("h", "Finanzen a Schoul"),
    ("p", "An der Sëtzung vum 6. November huet de Gemengerot de rektifiéierte Budget 2026 mat néng Stëmme gestëmmt."),
    ("p", "D'Gemeng investéiert dëst Joer méi an d'Renovatioun vun der Primärschoul zu Bigonville."),
    ("h", "Resultater vun den Ofstëmmungen"),
    ("th", ["Punkt", "Jo", "Nee", "Enthalung"]),
    ("row", ["Rektifiéierte Budget 2026", "9", "0", "2"]),
    ("row", ["Konventioun Maison relais", "11", "0", "0"]),
    ("row", ["Neie Waasserpräis", "7", "3", "1"]),
    ("break", ""),
    ("h", "Mobilitéit an der Gemeng"),
    ("p", "Vum 1. Januar un fiert de Rufbus och samschdes tëscht Esch-Sauer an Ettelbréck."),
    ("p", "D'Awunner kënnen sech op der Internetsäit vun der Gemeng fir de Newsletter aschreiwen."),
    ("h", "Nächst Sëtzung"),
    ("p", "Déi nächst ëffentlech Sëtzung vum Gemengerot ass fir den 11. Dezember geplangt."),
    ("note", "De Buergermeeschter, Marc Schmit"),
]

COMHAR_NAME = "pdf-irish-gaeilge-comharchumann-forbartha-tuarascail-raithe-two-pages-running-header-leathanach-n-as-2-footer-data-d-month-yyyy-line-projects-table-euro-amounts-shaded-header.pdf"
COMHAR_HEADER = ("Comharchumann Forbartha Chorca Dhuibhne", "Tuarascáil Ráithe")
COMHAR_FOOTER = "Leathanach {n} as 2"
COMHAR = [
    ("title", "Tuarascáil an tríú ráithe 2026"),
    ("date", "Dáta: 10 Samhain 2026"),
    ("h", "Forbairt pobail"),
    ("p", "Osclaíodh an t-ionad pobail nua i mBaile an Fheirtéaraigh i mí Mheán Fómhair."),
    ("p", "Tá ceithre ghrúpa déag ag úsáid an ionaid gach seachtain faoi láthair."),
    ("h", "Tionscadail na ráithe"),
    ("th", ["Tionscadal", "Costas", "Stádas"]),
    ("row", ["Ionad pobail", "€185,000", "Críochnaithe"]),
    ("row", ["Cosán siúlóide an Chuasa", "€42,500", "Ar siúl"]),
    ("row", ["Scéim teanga do theaghlaigh", "€18,200", "Ar siúl"]),
    ("break", ""),
    ("h", "Seirbhísí Gaeilge"),
    ("p", "Chláraigh seasca teaghlach sa scéim tacaíochta teanga don bhliain acadúil seo."),
    ("p", "Is féidir clárú le nuachtlitir an chomharchumainn ar ár suíomh gréasáin."),
    ("h", "An chéad ráithe eile"),
    ("p", "Beidh cruinniú poiblí ar siúl sa halla i mí Eanáir faoi phlean forbartha an cheantair."),
    ("note", "Máire Ní Shé, Bainisteoir"),
]

# ---------------------------------------------------------------- DOCX

GURDWARA_NAME = "docx-punjabi-gurmukhi-gurdwara-khazanchi-chhimahi-report-header-footer-miti-d-month-yyyy-date-line-expenses-table-grid-pound-amounts-core-properties-next-day.docx"
GURDWARA_HEADER = "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਲੈਸਟਰ"
GURDWARA_FOOTER = "ਰਜਿਸਟਰਡ ਚੈਰਿਟੀ ਨੰਬਰ 1012345 · 33 Metcalf Street, Leicester"
GURDWARA = [
    ("title", "ਖ਼ਜ਼ਾਨਚੀ ਦੀ ਛਿਮਾਹੀ ਰਿਪੋਰਟ"),
    ("date", "ਮਿਤੀ: 15 ਨਵੰਬਰ 2026"),
    ("h", "ਆਮਦਨ ਅਤੇ ਖ਼ਰਚ"),
    ("p", "ਪਿਛਲੇ ਛੇ ਮਹੀਨਿਆਂ ਵਿੱਚ ਸੰਗਤ ਵੱਲੋਂ ਦਿੱਤੇ ਦਾਨ ਵਿੱਚ ਪਿਛਲੇ ਸਾਲ ਨਾਲੋਂ ਵਾਧਾ ਹੋਇਆ ਹੈ।"),
    ("p", "ਮੁੱਖ ਖ਼ਰਚੇ ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਵਿੱਚ ਦਰਜ ਹਨ।"),
    ("th", ["ਮੱਦ", "ਰਕਮ"]),
    ("row", ["ਲੰਗਰ ਦਾ ਰਾਸ਼ਨ", "£12,400"]),
    ("row", ["ਬਿਜਲੀ ਅਤੇ ਗੈਸ", "£6,850"]),
    ("row", ["ਛੱਤ ਦੀ ਮੁਰੰਮਤ", "£9,300"]),
    ("h", "ਅਗਲੇ ਛੇ ਮਹੀਨੇ"),
    ("p", "ਕਮੇਟੀ ਨੇ ਲੰਗਰ ਹਾਲ ਦੀ ਰਸੋਈ ਲਈ ਨਵੇਂ ਚੁੱਲ੍ਹੇ ਖ਼ਰੀਦਣ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ।"),
    ("p", "ਸੰਗਤ ਦੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਸਿਰਫ਼ ਗੁਰਦੁਆਰੇ ਦੇ ਕੰਮਾਂ ਲਈ ਵਰਤੀ ਜਾਂਦੀ ਹੈ।"),
    ("note", "ਸ. ਹਰਜੀਤ ਸਿੰਘ ਗਿੱਲ, ਖ਼ਜ਼ਾਨਚੀ"),
]

ENCAMP_NAME = "docx-catalan-andorra-comu-acta-sessio-ordinaria-consell-header-footer-closing-place-and-date-line-encamp-d-de-month-de-yyyy-grants-table-light-grid-accent-core-properties-next-morning.docx"
ENCAMP_HEADER = "Comú d'Encamp · Acta de la sessió ordinària del Consell de Comú"
ENCAMP_FOOTER = "Comú d'Encamp · Plaça dels Arcs, 1 · AD200 Encamp · Tel. +376 731 000"
ENCAMP = [
    ("title", "Acta de la sessió ordinària del Consell"),
    ("p", "Presideix la sessió la cònsol major, amb l'assistència de deu consellers i del secretari general."),
    ("h", "Subvencions a entitats"),
    ("p", "El Consell aprova per unanimitat les subvencions ordinàries a les entitats de la parròquia per a l'any 2027."),
    ("th", ["Entitat", "Import"]),
    ("row", ["Esbart Dansaire d'Encamp", "8.500 euros"]),
    ("row", ["Club d'Escacs Encamp", "3.200 euros"]),
    ("row", ["Associació de la Gent Gran", "6.750 euros"]),
    ("h", "Obres i urbanisme"),
    ("p", "S'aprova l'adjudicació de les obres de millora del passeig del riu Valira d'Orient."),
    ("p", "Les obres començaran al març i duraran aproximadament quatre mesos."),
    ("note", "Encamp, 16 de novembre de 2026"),
    ("note", "El secretari general, Jordi Riba Pons"),
]


if __name__ == "__main__":
    PAGES.mkdir(exist_ok=True)
    block_pdf(PAGES / GEMENG_NAME, GEMENG, GEMENG_HEADER, GEMENG_FOOTER, "2026-11-13", "Beschlëss vum Gemengerot", [6 * cm, 2 * cm, 2 * cm, 2.6 * cm])
    block_pdf(PAGES / COMHAR_NAME, COMHAR, COMHAR_HEADER, COMHAR_FOOTER, "2026-11-11", "Tuarascáil Ráithe", [6 * cm, 3 * cm, 3.2 * cm])
    block_docx(PAGES / GURDWARA_NAME, GURDWARA, GURDWARA_HEADER, GURDWARA_FOOTER, dt.datetime(2026, 11, 16, 19, 5), "Table Grid")
    block_docx(PAGES / ENCAMP_NAME, ENCAMP, ENCAMP_HEADER, ENCAMP_FOOTER, dt.datetime(2026, 11, 17, 9, 5), "Light Grid Accent 1")
