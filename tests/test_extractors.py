"""The ``auto`` extractors per format: what is kept, what is removed, and the date.

Each test builds its file in ``tmp_path`` (PDFs with reportlab, DOCX with python-docx) and
loads it through :func:`index.loaders.load_paths`, the way ingest does.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from reportlab.pdfgen import canvas

from index import ConfigError, IndexSettings
from index.documents import Document, LoadResult
from index.loaders import load_paths

FORMATS = (".html", ".htm", ".md", ".txt", ".pdf", ".docx")

ARTICLE = """<html><head>
<title>Oslo raises its toll ring fees | Nordic Daily</title>
<meta property="og:site_name" content="Nordic Daily">
<meta name="author" content="Kari Nordmann">
<meta name="description"
  content="Drivers of petrol cars will pay NOK 58 at the toll ring from March, the city council said.">
<link rel="canonical" href="https://nordic.example/oslo-toll">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience.
  <a href="/privacy">Privacy policy</a> <button>Accept all</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li></ul></nav>
<header class="article-header"><h1>Oslo raises its toll ring fees</h1>
  <p class="byline">By Kari Nordmann. Published 5 February 2024</p></header>
<article>
<p class="standfirst">Drivers of petrol cars will pay NOK 58 at the toll ring from March, the city council said.</p>
<figure><img src="toll.jpg" alt="">
  <figcaption>The toll gantry at Ring 3 near Ulven, photographed on Monday.</figcaption></figure>
<p>The city council voted on Tuesday to raise the fees for the third time in two years. The money
goes to public transport and to new cycle lanes across the eastern districts of the city.</p>
<p>Electric cars will still pay less than half the petrol rate, though the gap narrows for the
first time since the ring was built in 1990, according to the council's own figures.</p>
<p>The council said privacy rules limit how long plates are kept.</p>
<table><thead><tr><th>Vehicle</th><th>Fee</th><th>Rush hour</th></tr></thead>
<tbody><tr><td>Petrol car</td><td>NOK 58</td><td>NOK 70</td></tr>
<tr><td>Electric car</td><td>NOK 24</td><td>NOK 30</td></tr></tbody></table>
<p>Residents can sign up for a discount at the service centre.</p>
</article>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Bus fares rise again in Bergen</a></li>
  <li><a href="/b">A new tunnel opens under the fjord</a></li></ul></aside>
<section id="comments"><h3>Leave a reply</h3><form><p>Your email address will not be published.</p>
  <textarea></textarea><input type="submit" value="Post comment"></form></section>
<div class="newsletter"><p>Sign up for our newsletter</p></div>
<footer><p>© 2023 Nordic Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""

BODY = "The harbour committee met on Thursday to discuss the new ferry timetable for the summer."


def _only(result: LoadResult) -> Document:
    assert result.problems == [], result.problems
    assert len(result.documents) == 1
    return result.documents[0]


def _blocks(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


# ---------------------------------------------------------------- the switch


def test_unknown_extractors_are_a_config_error_listing_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'magic'.*auto, rules"):
        load_paths([tmp_path], extractors="magic")
    with pytest.raises(ConfigError, match="auto, rules"):
        IndexSettings(store="memory", extractors="magic")
    assert IndexSettings(store="memory").extractors == "auto"


@pytest.mark.parametrize("extractors", ["auto", "rules"])
def test_both_extractor_sets_read_every_format(tmp_path: Path, extractors: str) -> None:
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.htm").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.md").write_text(f"# Notes\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(f"Notes\n\n{BODY}\n", encoding="utf-8")
    _pdf(tmp_path / "e.pdf", [["Notes", BODY]])
    _docx(tmp_path / "f.docx", [BODY])
    result = load_paths([tmp_path], extractors=extractors)
    assert result.problems == []
    assert sorted(Path(d.source).suffix for d in result.documents) == sorted(FORMATS)
    assert all("harbour committee" in d.text or "toll" in d.text for d in result.documents)


# ---------------------------------------------------------------- HTML


def test_html_keeps_standfirst_caption_table_and_short_sentences(tmp_path: Path) -> None:
    file = tmp_path / "toll.html"
    file.write_text(ARTICLE, encoding="utf-8")
    doc = _only(load_paths([file]))
    blocks = _blocks(doc)
    assert (doc.title, doc.url) == ("Oslo raises its toll ring fees", "https://nordic.example/oslo-toll")
    assert doc.date == "2024-02-05"  # the byline's, not the footer's "© 2023"
    for kept in ("Drivers of petrol cars will pay NOK 58 at the toll ring from March, the city council said.",
                 "The toll gantry at Ring 3 near Ulven, photographed on Monday.",
                 "The council said privacy rules limit how long plates are kept.",
                 "Residents can sign up for a discount at the service centre.",
                 "Vehicle: Petrol car | Fee: NOK 58 | Rush hour: NOK 70\n"
                 "Vehicle: Electric car | Fee: NOK 24 | Rush hour: NOK 30"):
        assert kept in blocks, kept
    assert any(b.startswith("The city council voted on Tuesday") for b in blocks)
    for chrome in ("cookies", "Accept all", "Home", "Sport", "Related articles", "Bus fares",
                   "Leave a reply", "will not be published", "Post comment", "newsletter",
                   "All rights reserved", "Privacy policy"):
        assert chrome not in doc.text, chrome


def test_html_standfirst_and_headline_in_a_page_header_are_kept(tmp_path: Path) -> None:
    standfirst = '<p class="standfirst">Drivers of petrol cars will pay NOK 58'
    start = ARTICLE.index(standfirst)
    end = ARTICLE.index("</p>", start) + len("</p>")
    page = ARTICLE[:start] + ARTICLE[end:]  # out of the article, into the header
    page = page.replace('<p class="byline">', ARTICLE[start:end] + '<p class="byline">')
    file = tmp_path / "header.html"
    file.write_text(page, encoding="utf-8")
    assert _blocks(_only(load_paths([file])))[:3] == [
        "Oslo raises its toll ring fees",
        "Drivers of petrol cars will pay NOK 58 at the toll ring from March, the city council said.",
        "The toll gantry at Ring 3 near Ulven, photographed on Monday."]


def test_html_without_a_stated_date_has_none(tmp_path: Path) -> None:
    file = tmp_path / "undated.html"
    file.write_text(ARTICLE.replace("Published 5 February 2024", ""), encoding="utf-8")
    assert _only(load_paths([file])).date == ""


def test_html_date_from_metadata(tmp_path: Path) -> None:
    file = tmp_path / "meta.html"
    page = ARTICLE.replace("Published 5 February 2024", "").replace(
        "<title>", '<meta property="article:published_time" content="2024-01-30T08:00:00+01:00"><title>')
    file.write_text(page, encoding="utf-8")
    assert _only(load_paths([file])).date == "2024-01-30"


def test_html_with_no_main_text_falls_back_to_the_rules(tmp_path: Path) -> None:
    file = tmp_path / "tiny.html"
    # trafilatura takes a lone block marked as comments for no article at all.
    file.write_text(f"<html><body><div class='comments'><p>{BODY}</p></div></body></html>", encoding="utf-8")
    assert _only(load_paths([file])).text == _only(load_paths([file], extractors="rules")).text == BODY


def test_html_with_an_xml_declaration_and_a_stale_charset(tmp_path: Path) -> None:
    file = tmp_path / "xhtml.html"
    page = ('<?xml version="1.0" encoding="utf-8"?><html><head><meta charset="iso-8859-1"></head>'
            f"<body><article><h1>Ferry café</h1><p>{BODY}</p></article></body></html>")
    file.write_text(page, encoding="utf-8")
    assert _blocks(_only(load_paths([file]))) == ["Ferry café", BODY]


# ---------------------------------------------------------------- Markdown


MARKDOWN = """---
title: Quarterly figures
---
# Results by region

Updated: 2024-02-05

Revenue rose in every region, led by the north.

| Region | Revenue | Margin |
|--------|--------:|-------:|
| North  | 4.1 M   | 12%    |
| South  | 3.2 M   | 9%     |

## Outlook

- Hiring continues in the *north*.
- Prices stay flat, see [the plan](https://example.org/plan).
"""


def test_markdown_tables_stay_tables_and_headings_stand_alone(tmp_path: Path) -> None:
    file = tmp_path / "figures.md"
    file.write_text(MARKDOWN, encoding="utf-8")
    doc = _only(load_paths([file]))
    assert (doc.title, doc.date) == ("Quarterly figures", "2024-02-05")
    assert _blocks(doc) == [
        "Results by region", "Updated: 2024-02-05",
        "Revenue rose in every region, led by the north.",
        "Region: North | Revenue: 4.1 M | Margin: 12%\nRegion: South | Revenue: 3.2 M | Margin: 9%",
        "Outlook", "Hiring continues in the north.", "Prices stay flat, see the plan."]
    rules = _only(load_paths([file], extractors="rules"))
    assert "Region: North" not in rules.text  # the rules flattened the table


# ---------------------------------------------------------------- DOCX


def _docx(path: Path, paragraphs: list[str], rows: list[tuple[str, ...]] = ()) -> Path:  # type: ignore[assignment]
    document = docx.Document()
    document.add_paragraph("Regional results", style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, values in zip(table.rows, rows):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.save(str(path))
    return path


def test_docx_table_rows_carry_their_headers_and_the_stated_date(tmp_path: Path) -> None:
    rows = [("Region", "Revenue", "Margin"), ("North", "4.1 M", "12%"), ("South", "3.2 M", "")]
    file = _docx(tmp_path / "results.docx", ["Published 5 February 2024.", BODY], rows)
    doc = _only(load_paths([file]))
    assert doc.date == "2024-02-05"
    assert _blocks(doc)[-1] == "Region: North | Revenue: 4.1 M | Margin: 12%\nRegion: South | Revenue: 3.2 M"


def test_a_docx_key_value_table_without_a_header_row_reads_label_value(tmp_path: Path) -> None:
    rows = [("Boat", "Morning Star, 9 m ketch"), ("Survey date", "14/05/2024"), ("Surveyor", "Ines Laker")]
    file = _docx(tmp_path / "survey.docx", [BODY], rows)
    assert _blocks(_only(load_paths([file])))[-1] == (
        "Boat: Morning Star, 9 m ketch\nSurvey date: 14/05/2024\nSurveyor: Ines Laker")
    # a two-column table whose first row alone is bold, or names a column of figures, has a header
    bold = _docx(tmp_path / "bold.docx", [BODY], [("Quay", "Warden"), ("East", "Ann Vik"), ("West", "Ole Berg")])
    document = docx.Document(str(bold))
    for cell in document.tables[0].rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    document.save(str(bold))
    assert _blocks(_only(load_paths([bold])))[-1] == "Quay: East | Warden: Ann Vik\nQuay: West | Warden: Ole Berg"
    figures = _docx(tmp_path / "figures.docx", [BODY], [("Quay", "Berths"), ("East", "40"), ("West", "25")])
    assert _blocks(_only(load_paths([figures])))[-1] == "Quay: East | Berths: 40\nQuay: West | Berths: 25"


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("latin-1", b""), ("cp1252", b""), ("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"),
])
def test_text_in_other_encodings_is_decoded(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = ("Le comité s’est réuni à Genève le jeudi pour discuter des tarifs du ferry, "
            "et la majorité a voté pour un départ chaque heure en été.")
    if encoding == "latin-1":
        text = text.replace("’", "'")  # Latin-1 has no curly quote
    file = tmp_path / f"{encoding}.txt"
    file.write_bytes(prefix + f"Tarifs du ferry\n\nPublié: 5 février 2024\n\n{text}\n".encode(encoding))
    doc = _only(load_paths([file]))
    assert text in _blocks(doc)
    assert doc.title == "Tarifs du ferry"


def test_binary_files_are_still_refused(tmp_path: Path) -> None:
    file = tmp_path / "image.txt"
    file.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (problem,) = load_paths([file]).problems
    assert problem.message.startswith("looks like a binary file, not text")


# ---------------------------------------------------------------- PDF


def _pdf(path: Path, pages: list[list[str]], footer: str = "", invariant: bool = False) -> Path:
    pdf = canvas.Canvas(str(path), invariant=invariant)  # invariant: CreationDate 2000-01-01
    for number, lines in enumerate(pages, start=1):
        if footer:  # drawn first, so it comes first in the page's content stream
            pdf.drawString(72, 40, footer.format(number, len(pages)))
        y = 800
        for line in lines:
            if line:
                pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


REPORT = [
    ["Ferry demand in the outer islands", "",
     "Published 5 February 2024",
     "The survey asked passengers on every route how often they travelled and",
     "why, and the answers were collected between the spring and the end of",
     "the season, with the last interviews held in the middle of January 2020.",
     "Methods",
     "Interviewers boarded each ferry twice a week and spoke to every tenth",
     "passenger, which gave a sample that matches the ticket sales closely and"],
    ["was checked against the counts kept by the harbour office every week.",
     "Results",
     "Most passengers travel for work, and the share of commuters grew on",
     "the routes with a new evening departure, which suggests that the time-",
     "table matters more than the fare for the people who use the service.",
     "The committee will publish the full tables in the spring."],
]


def test_pdf_drops_repeated_footer_keeps_headings_and_joins_hyphens(tmp_path: Path) -> None:
    file = _pdf(tmp_path / "brief.pdf", REPORT, footer="Technical Brief 14 - Page {}/{}")
    doc = _only(load_paths([file]))
    blocks = _blocks(doc)
    assert "Technical Brief" not in doc.text and "Page 1" not in doc.text
    assert "Methods" in blocks and "Results" in blocks
    assert any(b.endswith("in the middle of January 2020.") for b in blocks)
    assert "timetable matters more than the fare" in doc.text
    assert "ticket sales closely and was checked against the counts" in doc.text  # over the page break
    assert doc.date == "2024-02-05"  # the stated date, not the day the file was made
    assert doc.title == "Ferry demand in the outer islands"


def test_pdf_date_from_metadata_when_the_text_states_none(tmp_path: Path) -> None:
    pages = [[line for line in page if not line.startswith("Published")] for page in REPORT]
    file = _pdf(tmp_path / "undated.pdf", pages, invariant=True)
    assert _only(load_paths([file])).date == "2000-01-01"


def test_pdf_table_rows_keep_their_number_cells_across_a_page_break(tmp_path: Path) -> None:
    path = tmp_path / "orchard.pdf"
    pdf = canvas.Canvas(str(path))
    header, columns = ["Variety", "Trees", "Yield", "Share"], [72, 220, 290, 360]
    pages = [[["Bramley", "120", "4.1 t", "41%"]],
             [["Cox", "85", "2.2 t", "22%"], ["Egremont Russet", "60", "1.9 t", "19%"]]]
    for number, rows in enumerate(pages, start=1):
        pdf.drawString(72, 40, "Hill Farm orchard notes")  # a footer with its page number at the right
        pdf.drawString(500, 40, f"Page {number}")
        y = 800
        if number == 1:
            pdf.drawString(72, y, "The orchard gave a good crop this year, and the table lists each variety.")
            pdf.drawString(72, y - 16, "Crop by variety")
            y -= 46
        for row in [header, *rows]:  # the header row again on the second page
            for x, cell in zip(columns, row):
                pdf.drawString(x, y, cell)
            y -= 18
        pdf.drawString(72, y - 10, "Picking ran from August to the end of October with four helpers.")
        pdf.showPage()
    pdf.save()
    text = _only(load_paths([path])).text
    lines = text.split("\n")
    assert "Variety: Bramley | Trees: 120 | Yield: 4.1 t | Share: 41%" in lines
    assert "Variety: Cox | Trees: 85 | Yield: 2.2 t | Share: 22%" in lines
    assert "Variety: Egremont Russet | Trees: 60 | Yield: 1.9 t | Share: 19%" in lines
    assert "Page 1" not in text and "Hill Farm orchard notes" not in text
    assert "Variety | Trees" not in text and "The orchard gave a good crop this year" in text
    assert "Crop by variety" in text.split("\n\n")  # a heading over a table stays a heading


LEAD_PAGE = """<html><head><title>Canal tolls rise</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>Canal tolls rise in spring</h1>
<p class="dek">Narrowboat owners on the Wexley canal will pay twelve pounds more per lock from March,
the trust said.</p>
<div class="promo-box"><p>Subscribe today and get three months of unlimited reading for one pound.</p></div>
<figure><img src="x.jpg" alt="">
<figcaption>A narrowboat waits at Wexley top lock on a frosty morning.</figcaption></figure>
<div class="article__body">
<p>The canal trust said the rise would pay for repairs to eleven lock gates damaged in the floods of last winter.</p>
<p>Boaters' groups said the increase was steep but accepted that the gates needed work before the summer season.</p>
<p>The trust will publish the full list of charges on its website next week, along with a discount for members.</p>
</div></article></main>
<footer><p>Copyright Wexley Echo. All rights reserved by the publishers of this site.</p></footer>
</body></html>"""


def test_html_lead_between_headline_and_body_is_kept_without_promo_boxes() -> None:
    from index.extract_html import extract_html

    text = extract_html(LEAD_PAGE).text
    assert "Narrowboat owners on the Wexley canal will pay twelve pounds more" in text  # the standfirst
    assert "A narrowboat waits at Wexley top lock" in text  # the lead image's caption
    assert "Subscribe today" not in text and "Copyright" not in text
    assert text.index("Narrowboat owners") < text.index("The canal trust said")


def test_a_page_laid_out_in_a_table_reads_as_paragraphs_and_its_data_table_as_rows() -> None:
    from index.extract_html import extract_html

    page = """<html><head><title>Pool opens early</title></head><body><table><tr>
<td><div class="menu"><a href="/">Home</a><br><a href="/news">News</a></div></td>
<td><h2>Pool opens early</h2><p>Posted 3/5/2022</p>
<p>The town pool will open at six on weekdays from June, an hour earlier than last summer.</p>
<p>Lifeguards asked for the change after swimmers queued outside the doors most mornings in May.</p>
<table border="1"><tr><th>Day</th><th>Opens</th></tr><tr><td>Monday</td><td>6am</td></tr></table>
</td></tr></table></body></html>"""
    text = extract_html(page).text
    assert "The town pool will open at six on weekdays from June, an hour earlier than last summer." in text
    assert "Day: Monday | Opens: 6am" in text and "2022The" not in text.replace(" ", "")


def test_a_labelled_date_may_name_what_it_dates() -> None:
    from index.dates import stated_date

    assert stated_date("Annual report\nDate of issue: 12 March 2024.\nEvery sample met the standard.") == "2024-03-12"
    assert stated_date("In a long sentence the date of the match was 5 May 2020 for all the fans there.") == ""


def test_a_table_built_from_divs_reads_as_rows_with_headers() -> None:
    from index.extract_html import extract_html

    page = """<html><head><title>Bridge tolls by vehicle</title></head><body>
<div class="nav"><div><a href="/">Home</a></div><div><a href="/roads">Roads</a></div></div>
<div class="main"><h1>Bridge tolls by vehicle</h1>
<p>The Kessock crossing will charge every vehicle from April, the first toll since the bridge was freed in 2008.</p>
<div class="grid">
 <div class="row"><div>Vehicle</div><div>Toll</div><div>Season ticket</div></div>
 <div class="row"><div>Car</div><div>2.40 pounds</div><div>180 pounds</div></div>
 <div class="row"><div>Van</div><div>3.10 pounds</div><div>240 pounds</div></div>
 <div class="row"><div>Lorry</div><div>7.90 pounds</div><div>610 pounds</div></div>
</div>
<p>Buses and bicycles will cross free of charge, the transport board said on Friday evening.</p></div>
</body></html>"""
    text = extract_html(page).text
    for row in ("Vehicle: Car | Toll: 2.40 pounds | Season ticket: 180 pounds",
                "Vehicle: Lorry | Toll: 7.90 pounds | Season ticket: 610 pounds"):
        assert row in text.splitlines()
    assert "Buses and bicycles will cross free of charge" in text


def test_a_link_column_of_a_table_layout_and_repeated_template_lines_are_chrome() -> None:
    from index.extract_html import extract_html

    posts = "".join(f"""<div class="post"><p>{line}</p><div class="tools">Share this update</div></div>"""
                    for line in ("The ferry to Lismore is cancelled this afternoon because of the gale warning.",
                                 "A relief sailing will leave Oban at eight tomorrow morning if the wind drops.",
                                 "Passengers with tickets for today can use them on any sailing this week."))
    page = f"""<html><head><title>Ferry news</title></head><body><table><tr>
<td><a href="/">Home</a><br><a href="/timetables">Timetables</a><br><a href="/fares">Fares and tickets</a>
<div>Book a cabin online today.</div></td>
<td><h2>Ferry news</h2>{posts}</td></tr></table></body></html>"""
    text = extract_html(page).text
    assert "A relief sailing will leave Oban at eight tomorrow morning if the wind drops." in text
    assert "Book a cabin" not in text and "Share this update" not in text


def test_a_web_page_saved_as_text_keeps_its_headline_and_the_article_after_a_share_bar(tmp_path: Path) -> None:
    file = tmp_path / "dump.txt"
    file.write_text("Skip to main content\nMenu\nHome | Local | Sport | Business | Weather\n"
                    "Lighthouse keeper's cottage to become a museum\n\n"
                    "The cottage at Ardnave Point will open as a museum next summer, the island trust said.\n\n"
                    "Share this story\nFacebook\nEmail\n\n"
                    "The trust raised 310,000 pounds for the work from local donors and a lottery grant.\n\n"
                    "Most read\n1. School bus route changes\n\nCopyright 2025 Island Times. All rights reserved.\n",
                    encoding="utf-8")
    doc = _only(load_paths([file]))
    assert doc.title == "Lighthouse keeper's cottage to become a museum"
    assert "310,000 pounds" in doc.text
    assert "Skip to" not in doc.text and "Share this story" not in doc.text and "Copyright" not in doc.text


def test_a_news_dateline_opening_the_first_paragraph_dates_the_article() -> None:
    from index.dates import stated_date

    assert stated_date("Ferry strike ends\n\nOBAN, Scotland, March 3, 2021 - Crews returned to work on Tuesday "
                       "after a four-day strike over rotas and pay.") == "2021-03-03"
    assert stated_date("Rates held\n\nLONDON (Reuters) - 3 March 2021 - The central bank kept its rate at 0.1 "
                       "per cent for the ninth month running.") == "2021-03-03"
    # a date inside a sentence about events is not the article's date
    assert stated_date("Rates held\n\nIn London, Leeds and York on 3 March 2021, crowds queued at the banks "
                       "for the whole of the morning.") == ""


def test_a_docx_from_the_blank_template_has_no_date_even_with_a_title_and_author(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title, document.core_properties.author = "Pool report", "Leisure services"
    document.add_paragraph(BODY)
    document.save(str(tmp_path / "pool.docx"))
    assert _only(load_paths([tmp_path / "pool.docx"])).date == ""  # not the template's 2013-12-23


def test_a_short_opening_sentence_ending_in_a_date_dates_the_document() -> None:
    from index.dates import stated_date

    assert stated_date("Harbour survey\n\nResults in brief, 14 June 2023. Written for the harbour board "
                       "after the spring count.\n\nWhat we counted") == "2023-06-14"
    # a long sentence ending in a date tells of an event, not of the document
    assert stated_date("Harbour survey\n\nThe old ferry kept running between the two piers for many "
                       "years until it was sold on 14 June 2023.") == ""


def test_a_dotted_date_is_read_day_first() -> None:
    from index.dates import iso_date, stated_date

    assert iso_date("04.11.2024") == "2024-11-04"
    assert stated_date("Rundschreiben\n\nStand: 04.11.2024\n\nSehr geehrte Damen und Herren,") == "2024-11-04"


def test_html_date_from_an_element_the_template_marks_as_a_date(tmp_path: Path) -> None:
    file = tmp_path / "wire.html"
    body = " ".join(["The port handled more containers than in any month before."] * 4)
    file.write_text(f"""<html><body>
<h1>Port volumes rise</h1>
<div class="story-date">June 3, 2024 7:02 AM GMT+2 · Updated 2 hours ago</div>
<div class="text"><p>{body}</p><p>{body}</p></div>
</body></html>""", "utf-8")
    assert _only(load_paths([file])).date == "2024-06-03"


def test_paragraphs_never_run_together_when_the_text_also_holds_loose_words() -> None:
    from lxml import etree

    from index.extract_html import extract_html
    from index.html_blocks import body_blocks
    from index.html_text import squash

    page = """<html><head><title>Quarry road to close</title></head><body><div class="story">
<h1>Quarry road to close</h1>
<p>The quarry road will close to lorries from June, the district council said on Friday.</p>
<p>Residents of Pike Lane asked for the closure after two crashes at the bend last winter.</p>
<p>The council will look at the closure again after a year of traffic counts.</p>
<div class="box"><p>Thanks for reading our local reporting every week.</p><a href="/give">Give now</a></div>
</div></body></html>"""
    text = extract_html(page).text
    assert "winter.The" not in text and "Friday.Residents" not in text
    assert "The council will look at the closure again after a year of traffic counts." in text.split("\n\n")
    # trafilatura's own output may hold loose words beside its paragraphs, and <lb/> line breaks
    body = etree.fromstring("<body><p>One sentence here.</p><p>Another one, <hi>set</hi> apart.</p>"
                            "Loose words<p>Signed,<lb/>Ann</p></body>")
    assert body_blocks(body) == ["One sentence here.", "Another one, set apart.", "Loose words", "Signed, Ann"]
    assert squash(etree.fromstring("<div><p>A.</p><p>B.</p></div>")) == "A. B."


def test_numeric_dates_with_slashes_are_day_first_unless_the_locale_says_month_first() -> None:
    from index.dates import iso_date, stated_date

    assert iso_date("05/06/2024") == "2024-06-05"
    assert iso_date("05/06/2024", month_first=True) == "2024-05-06"
    assert iso_date("28/06/2024", month_first=True) == "2024-06-28"  # 28 cannot be a month
    assert iso_date("14/14/2024") == ""
    assert stated_date("Boiler service record\n\nService date: 28/06/2024\nEngineer: P. Lund") == "2024-06-28"
    assert stated_date("PRESS RELEASE\nFor immediate release 05/06/2024\nThe library reopens.",
                       month_first=True) == "2024-05-06"
    # a weekday beside the date settles the order whatever the locale: 5 June 2024 was a Wednesday
    assert stated_date("Notice\nIssued Wednesday 05/06/2024\nThe library reopens.", month_first=True) == "2024-06-05"
    assert stated_date("Notice\nIssued Mon., 05/06/2024\nThe library reopens.") == "2024-05-06"


def test_month_names_in_french_german_italian_and_spanish() -> None:
    from index.dates import iso_date, stated_date

    assert iso_date("7 février 2024") == iso_date("7. Februar 2024") == "2024-02-07"
    assert iso_date("1er août 2023") == iso_date("1º de agosto de 2023") == "2023-08-01"
    assert iso_date("12 dicembre 2022") == iso_date("12. Dezember 2022") == "2022-12-12"
    assert stated_date("Association des pêcheurs\nAnnecy, le 7 février 2024\n\nOrdre du jour") == "2024-02-07"


def test_a_colon_label_and_an_iso_time_date_the_document() -> None:
    from index.dates import stated_date

    assert stated_date("Sprint review\n\nWhen: 2024-06-11T14:30 (UTC)\nWho: the whole team") == "2024-06-11"
    assert stated_date("Sprint review\n\nWe met when the build was green and talked.") == ""


def test_the_occasion_an_opening_sentence_records_dates_the_document() -> None:
    from index.dates import stated_date

    assert stated_date("Allotment society\n\nMinutes of the annual meeting held on Thursday 6th June 2024 "
                       "at 8pm in the pavilion, with twenty-two members present.") == "2024-06-06"
    assert stated_date("Pier report\n\nThe inspection of the north pier took place on 3 May 2024, after the "
                       "storm had lifted several deck boards.") == "2024-05-03"
    # the pinned cases stay: a date in a sentence about events is not the document's
    assert stated_date("Rates held\n\nIn London, Leeds and York on 3 March 2021, crowds queued at the banks "
                       "for the whole of the morning.") == ""


@pytest.mark.parametrize(("lang", "date"), [("en-US", "2024-05-06"), ("en-GB", "2024-06-05"), ("fr", "2024-06-05")])
def test_an_html_page_in_us_english_writes_numeric_dates_month_first(lang: str, date: str) -> None:
    from index.extract_html import extract_html

    body = " ".join(["The library on Elm Street reopens after a year of building work on its roof."] * 3)
    page = f"""<html lang="{lang}"><head><title>Library reopens</title></head><body>
<table><tr><td>FOR IMMEDIATE RELEASE</td><td>05/06/2024</td></tr></table>
<article><h1>Library reopens</h1><p>{body}</p><p>{body}</p></article></body></html>"""
    assert extract_html(page).date == date


@pytest.mark.parametrize(("other", "date"), [("Fri, 10/04/2024", "2024-03-12"), ("Wed, 10/04/2024", "2024-12-03")])
def test_weekdays_beside_a_page_s_numeric_dates_settle_their_order_when_the_locale_does_not(
        other: str, date: str) -> None:
    from index.dates import numeric_order
    from index.extract_html import extract_html

    # 12 March and 3 December 2024 were both Tuesdays; 4 October was a Friday, 10 April a Wednesday
    assert numeric_order(f"Posted Tue, 03/12/2024. Reply on {other}") is (date == "2024-03-12")
    assert numeric_order("Posted Tue, 03/12/2024") is None  # either reading fits
    assert numeric_order("Fri, 10/04/2024 and Wed, 10/04/2024") is None  # they disagree
    body = " ".join(["The allotment society will open its new tool shed to members this spring."] * 3)
    page = f"""<html lang="en"><head><title>New tool shed</title></head><body>
<article><h1>New tool shed</h1><div class="meta">By gkerr, Tue, 03/12/2024 - 09:10</div>
<p>{body}</p><p>{body}</p></article>
<section class="comments"><div class="comment">Submitted by pw on {other} - 18:02
<p>Good news.</p></div></section></body></html>"""
    assert extract_html(page).date == date


def test_a_labelled_dotted_date_with_a_two_digit_year_and_an_ordinal_of_month_date() -> None:
    from index.dates import iso_date, stated_date

    assert stated_date("RECEIPT\nReceipt no. 4471\nReceipt date: 03.02.24\nTotal 12.50") == "2024-02-03"
    assert iso_date("03.02.24") == "2024-02-03"
    assert stated_date("Release notes\nVersion 3.02.24 fixes the login page.") == ""  # no label: a version
    assert stated_date("Allotment bulletin - 3rd of March, 2024\nThe shed is open.") == "2024-03-03"


def test_affiliate_notices_ad_labels_social_calls_feed_notes_and_guest_book_entries_are_chrome() -> None:
    from index.extract_html import extract_html

    para = ("The plum trees in the orchard behind the village hall gave the biggest crop in ten years, "
            "and the jam group made more than two hundred jars for the autumn fair.")
    page = f"""<html lang="en"><head><title>Plum jam season</title></head><body>
<p class="feed-note">Village news. This is a web feed: paste its address into your feed reader.</p>
<article><h1>Plum jam season</h1>
<p class="note"><em>This post contains affiliate links, so I may earn a small commission.</em></p>
<p>{para}</p><div class="slot-x"><span>ADVERTISEMENT</span></div><p>{para.replace("plum", "damson")}</p>
<p>Made this jam? Follow us on Instagram and show us your jars!</p>
<p>{para.replace("jam", "chutney")}</p><p class="item-id">guid: https://village.example/?p=41</p></article>
<section id="guestbook" class="guestbook"><h2>Guest Book</h2>
<div class="entry"><p>What a lovely idea, we will come and buy some jars.</p>
<p>Ann Lowe, Sep. 2, 2024</p></div>
</section></body></html>"""
    text = extract_html(page).text
    assert para in text and para.replace("jam", "chutney") in text
    for chrome in ("affiliate", "ADVERTISEMENT", "Instagram", "web feed", "guid:", "lovely idea", "Ann Lowe"):
        assert chrome not in text, chrome
    # an article about affiliate links keeps its long paragraphs
    long = ("Affiliate links pay a blog a share of each sale, and readers often do not know that the "
            "writer earns money when they buy. The advertising standards body says a post must say so "
            "clearly at the top, not in small print at the foot of the page where nobody reads it.")
    assert long in extract_html(page.replace(f"<p>{para}</p>", f"<p>{para}</p><p>{long}</p>", 1)).text


def test_a_standfirst_without_a_full_stop_outside_the_microdata_article_body_is_kept() -> None:
    from index.extract_html import extract_html

    para = ("The ferry across the estuary at Ruddock returned to service on Monday after the council "
            "replaced the worn chain that pulls it from bank to bank.")
    page = f"""<html lang="en-GB"><head><title>Chain ferry back - Estuary Times</title></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Chain ferry back in service after repairs</h1>
<p class="dek" itemprop="description">Cyclists can cross at Ruddock again for the first time since March</p>
<div class="byline">by Jo Penn</div>
<div itemprop="articleBody"><p>{para}</p><p>{para.replace("Monday", "Tuesday")}</p></div>
</article></body></html>"""
    text = extract_html(page).text
    assert "Cyclists can cross at Ruddock again for the first time since March" in text
    assert para in text
    # an unmarked short line under the headline is not taken for one
    assert "Jo Penn" not in text


def test_toml_and_yaml_front_matter_are_metadata_not_body(tmp_path: Path) -> None:
    (tmp_path / "hugo.md").write_text(
        '+++\ntitle = "Pond dipping day"\ndate = 2024-07-02T09:00:00Z\ndraft = true\n'
        'tags = ["ponds", "children"]\n[params]\n  hero = "pond.jpg"\n+++\n\n'
        f"{BODY}\n\n| Creature | Count |\n|---|---:|\n| Newts | 14 |\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text(
        f"---\ntitle: Ferry notes\ndate: 2024-07-03\nlayout: post\n---\n\n{BODY}\n", encoding="utf-8")
    docs = {Path(d.source).name: d for d in load_paths([tmp_path]).documents}
    hugo, notes = docs["hugo.md"], docs["notes.txt"]
    assert (hugo.title, hugo.date) == ("Pond dipping day", "2024-07-02")
    assert (notes.title, notes.date) == ("Ferry notes", "2024-07-03")
    for doc in (hugo, notes):
        assert BODY in doc.text
        for meta in ("draft", "tags", "hero", "layout", "+++", "---"):
            assert meta not in doc.text, meta
    assert "Creature: Newts | Count: 14" in hugo.text


def test_a_text_that_opens_with_a_rule_has_no_front_matter() -> None:
    from index.front_matter import split_front_matter

    text = "---\nThe ferry ran late all week, and the harbour office said why.\n---\nMore text."
    assert split_front_matter(text) == ({}, text)


def test_a_pdf_dated_only_in_its_running_footer_takes_the_footer_date(tmp_path: Path) -> None:
    pages = [[line for line in page if not line.startswith("Published")] for page in REPORT]
    file = _pdf(tmp_path / "footer.pdf", pages, footer="Survey note SN-7, issue 2, 12/03/2024 - page {} of {}",
                invariant=True)
    doc = _only(load_paths([file]))
    assert doc.date == "2024-03-12"  # not the metadata's 2000-01-01
    assert "SN-7" not in doc.text


def test_a_docx_without_a_stated_date_takes_the_date_set_in_its_properties(tmp_path: Path) -> None:
    import datetime as dt

    document = docx.Document()  # author "python-docx", no title: only the date was set
    document.core_properties.created = dt.datetime(2024, 9, 2, 18, 0)
    document.add_paragraph(BODY)
    document.save(str(tmp_path / "set.docx"))
    assert _only(load_paths([tmp_path / "set.docx"])).date == "2024-09-02"


def test_wiki_section_edit_links_are_not_part_of_the_headings() -> None:
    from index.extract_html import extract_html

    para = ("The mill was built on the river in 1820 and ground corn for the three villages of the valley "
            "until the flood of 1911 took away its wheel.")
    page = f"""<html><head><title>Ashford Mill - Valley Wiki</title></head><body><div id="content">
<h1>Ashford Mill</h1><p>{para}</p>
<h2><span class="headline">History</span><span class="edit-section">[<a
 href="/w/index.php?title=Ashford_Mill&action=edit&section=1">edit</a>]</span></h2>
<p>{para}</p>
<h2>Today <small>[<a href="/w/index.php?title=Ashford_Mill&amp;veaction=edit&amp;section=2">edit
 source</a>]</small></h2>
<p>{para}</p></div></body></html>"""
    blocks = extract_html(page).text.split("\n\n")
    assert "History" in blocks and "Today" in blocks
    assert not any("edit" in b or "[" in b for b in blocks)


def test_an_email_footer_a_button_and_a_promo_box_are_chrome_by_their_markup() -> None:
    from index.extract_html import extract_html

    para = ("The allotment society will open its new seed store on Saturday morning, and members can "
            "collect their spring orders from ten until noon at the gate by the pond.")
    email = f"""<html><head><title>Plot Post</title></head><body><table width="100%"><tr><td>
<table class="layoutBlock"><tr><td class="textContent"><h1>Plot Post</h1><p>{para}</p><p>{para}</p>
<p>Best wishes,<br>Rosa (secretary)</p></td></tr></table>
<table class="btnBlock"><tr><td><a class="btn" href="https://plots.example/orders">Order seed potatoes</a>
</td></tr></table>
</td></tr><tr><td>
<table class="layoutBlock"><tr><td class="textContent">
You get this email because you hold a plot at Brook Lane.<br>Our postal address is: 9 Brook Lane, Ashby<br>
Change how you get these emails: <a href="https://plots.example/prefs">update your preferences</a> or
<a href="https://plots.example/unsubscribe?u=1">unsubscribe from this list</a>.</td></tr></table>
</td></tr></table></body></html>"""
    text = extract_html(email).text
    assert para in text and "Rosa (secretary)" in text
    for chrome in ("Order seed potatoes", "You get this email", "postal address", "unsubscribe", "preferences"):
        assert chrome not in text, chrome
    story = f"""<html><head><title>Seed store opens</title></head><body><div class="main">
<h1>Seed store opens</h1><div class="body"><p>{para}</p><p>{para.replace('spring', 'summer')}</p></div>
<div class="membership-promo"><h3>Join us</h3><p>Become a member for just five pounds a year.</p>
<a href="/join">Join now</a></div></div></body></html>"""
    text = extract_html(story).text
    assert para in text and "five pounds a year" not in text and "Join now" not in text


def test_a_caption_in_spans_beside_its_credit_is_kept_without_the_credit() -> None:
    from index.extract_html import extract_html

    para = ("The ferry crossed to the island twice a day all through the winter, and the skipper "
            "never once missed the morning tide in twenty years.")
    page = f"""<html><head><title>The last skipper</title></head><body><article><h1>The last skipper</h1>
<p>{para}</p>
<figure><img src="a.jpg" alt=""><figcaption><span class="caption-text">The skipper at the wheel on her last
crossing in March.</span> <span class="caption-credit">Photo: Ann Vik/Island Press</span></figcaption></figure>
<p>{para}</p>
<div class="media"><img src="b.jpg" alt=""><div class="image-caption"><span>Passengers wave from the pier
at the end of the run.</span><span class="photo-credit">Lars Berg</span></div></div>
<p>{para}</p><span class="section-caption">Island life</span><h2>After the ferry</h2>
<p>{para}</p></article></body></html>"""
    text = extract_html(page).text
    assert "Island life" not in text  # a label classed as a caption, with no photo near it
    assert "The skipper at the wheel on her last crossing in March." in text
    assert "Passengers wave from the pier at the end of the run." in text
    assert "Ann Vik" not in text and "Lars Berg" not in text


def test_a_table_whose_first_row_is_one_cell_across_reads_it_as_a_caption() -> None:
    from index.tables import table_text

    rows = [["Ashford Mill", ""], ["Built", "1820"], ["Wheel", "Overshot, 14 ft"]]
    assert table_text(rows, has_header=True) == "Ashford Mill\nBuilt: 1820\nWheel: Overshot, 14 ft"
    # headerless rows of two cells read "label: value"; wider ones keep every cell, repeats too
    assert table_text([["Built", "1820"], ["North", "12", "12"]], has_header=False) == "Built: 1820\nNorth | 12 | 12"
    # a header with one named column over a column of labels is still a header
    assert table_text([["", "2024"], ["North", "4.1"]]) == "North | 2024: 4.1"


def test_dates_in_memo_headers_meeting_openings_and_without_a_year() -> None:
    from index.dates import stated_date, yearless_date

    # a memo's "dd-Mon-yyyy" date under its label
    assert stated_date("MEMO\n\nTo: Kitchen staff\nDate:    04-Mar-2024\nSubject: New fridge") == "2024-03-04"
    # the body that met on a day dates the notice that records it
    assert stated_date("Allotment committee decision\n\nThe allotment committee met on 7 May 2024 and agreed "
                       "to let four new plots.\nThe waiting list is now closed.") == "2024-05-07"
    # a year-less date read with the one year of the page's that its weekday fits
    assert yearless_date("Wednesday, 6 March", "News / 2023 / 2024 / 2022") == "2024-03-06"
    assert yearless_date("Wed 6 Mar", "2019 2024") == ""  # 6 March was a Wednesday in both
    assert yearless_date("Wednesday, 6 March", "no year here") == ""


def test_markdown_front_matter_date_under_other_common_keys(tmp_path: Path) -> None:
    keys = (("pubDate", "'Mar 4 2024'"), ("publishDate", "2024-03-04"), ("date_published", '"4 March 2024"'))
    for key, value in keys:
        page = tmp_path / f"{key}.md"
        page.write_text(f"---\ntitle: 'Allotments'\n{key}: {value}\nupdatedDate: 'Mar 9 2024'\n---\n\n"
                        "Four new plots were let this spring to families on the waiting list.\n", encoding="utf-8")
        assert load_paths([page], extractors="auto").documents[0].date == "2024-03-04", key


def test_a_top_bar_today_date_loses_to_the_post_date_beside_the_headline() -> None:
    from index.extract_html import extract_html

    para = "The parish council agreed on Monday to repaint the bus shelter on Mill Road before the autumn fair."
    page = f"""<html lang="en-US"><head><title>Bus shelter to be repainted</title></head><body>
<div class="top-bar"><div class="today-date">Friday, March 8, 2024</div></div>
<div class="wrap"><article><header><h1>Bus shelter to be repainted</h1>
<div class="meta"><span class="post-date">March 5, 2024 4:10 pm</span></div></header>
<div class="content"><p>{para}</p><p>{para}</p><p>{para}</p></div></article></div></body></html>"""
    assert extract_html(page).date == "2024-03-05"


def test_a_date_without_its_year_takes_the_year_the_page_files_it_under() -> None:
    from index.extract_html import extract_html

    para = "Students from the robotics club built a rover that climbed the library steps on its first try."
    page = f"""<html><head><title>Rover climbs the steps</title></head><body>
<ol class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/2024/">2024</a></li></ol>
<main><h1>Rover climbs the steps</h1><p class="news-date">Wednesday, 6 March</p>
<p>{para}</p><p>{para}</p><p>{para}</p></main>
<footer><p>Archive: <a href="/news/2023/">2023</a> <a href="/news/2022/">2022</a></p></footer></body></html>"""
    assert extract_html(page).date == "2024-03-06"  # 6 March was a Monday in 2023, a Sunday in 2022


def test_a_data_table_whose_cells_hold_paragraphs_and_empty_rows_stays_a_table() -> None:
    from index.extract_html import extract_html

    para = "The licensing sub-committee will hear the applications below in the order listed on the day."
    page = f"""<html><head><title>Licensing hearings</title></head><body><main><h1>Licensing hearings</h1>
<p>{para}</p><p>{para}</p>
<table><thead><tr><th>No.</th><th>Application</th><th>Premises</th><th>Decision</th></tr></thead><tbody>
<tr><td>1.</td><td><p>Minutes of the last hearing</p></td><td></td><td></td></tr>
<tr><td>2.</td><td><p>Late opening until 2am</p></td><td>The Anchor, Quay Street</td><td>Granted</td></tr>
<tr><td>3.</td><td><p>Outdoor music licence</p></td><td>Mill Park bandstand</td><td>Refused</td></tr>
</tbody></table></main></body></html>"""
    text = extract_html(page).text
    assert "Application: Late opening until 2am | Premises: The Anchor, Quay Street | Decision: Granted" in text
    assert "Application: Outdoor music licence | Premises: Mill Park bandstand | Decision: Refused" in text


def test_a_subtitle_heading_under_the_headline_is_kept_and_dates_the_page() -> None:
    from index.extract_html import extract_html

    para = "Residents may ask one question each about the items below if they register by noon the day before."
    page = f"""<html><head><title>Meeting details</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/meetings">Meetings</a></div>
<div id="content"><h1 class="title">Meeting details</h1>
<div class="subtitle"><h2 class="subtitle-text">Licensing Sub-Committee - Monday, 4th March, 2024 10.00 am</h2></div>
<div class="links"><ul><li><a href="/agenda.pdf">Agenda</a></li><li><a href="/pack.pdf">Reports pack</a></li></ul></div>
<div class="entry-content"><p><strong>Venue:</strong> Committee Room 2, Civic Centre.</p><p>{para}</p><p>{para}</p>
</div></div></body></html>"""
    parsed = extract_html(page)
    assert "Licensing Sub-Committee - Monday, 4th March, 2024 10.00 am" in parsed.text
    assert parsed.date == "2024-03-04"


LIVE_PAGE = """<html><head><title>Flood warnings: rivers peak overnight - live</title></head><body>
<header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><div class="top"><h1>Flood warnings: rivers peak overnight - live</h1>
<div class="standfirst"><p>Three rivers are expected to peak before dawn; sandbags handed out in four towns</p></div>
</div>
<div class="filter"><label><input type="checkbox"> Key events only</label>
<p>Please enable JavaScript to use this feature</p></div>
<div class="live-body">
<article class="entry"><header><a href="#e3"><time datetime="2024-02-09T21:10:00Z">21.10</time></a></header>
<p>The Environment Agency says the Severn at Bewdley is now expected to peak at 5.1 metres around 3am.</p>
<p>That would be the highest level since 2020, though the new barriers should hold it back from the quay.</p>
</article>
<article class="entry"><header><a href="#e2"><time datetime="2024-02-09T18:40:00Z">18.40</time></a>
<h2>Sandbags for Upton and Tewkesbury</h2></header>
<p>The district council has opened two depots where residents can collect up to ten sandbags a household.</p>
<p>Volunteers have been filling bags at the leisure centre since lunchtime, the council said this evening.</p>
<aside class="pullquote"><blockquote><p>We would rather hand out too many than too few tonight.</p></blockquote></aside>
<p>The depots will stay open until midnight and reopen at seven tomorrow morning for anyone who still needs them.</p>
</article>
<article class="entry"><header><a href="#e1"><time datetime="2024-02-09T08:05:00Z">08.05</time></a>
<h2>Warnings across the Midlands</h2></header>
<p>Good morning. Twelve severe flood warnings are in force along the Severn and the Avon this morning.</p>
<p>Forecasters expect another inch of rain on the hills of mid Wales before the rain clears east this evening.</p>
</article>
</div></main><footer><p>All rights reserved by the publisher of this site.</p></footer></body></html>"""


def test_a_live_blog_keeps_entry_headings_pull_quotes_and_its_standfirst_under_the_headline() -> None:
    from index.extract_html import extract_html

    text = extract_html(LIVE_PAGE).text
    assert "Sandbags for Upton and Tewkesbury" in text and "Warnings across the Midlands" in text
    assert text.index("Sandbags for Upton") < text.index("The district council has opened two depots")
    assert "We would rather hand out too many than too few tonight." in text
    assert text.index("Three rivers are expected to peak") < text.index("The Environment Agency says")


def test_reaction_counters_and_javascript_notes_are_chrome() -> None:
    from index.extract_html import extract_html

    text = extract_html(LIVE_PAGE).text
    assert "Please enable JavaScript" not in text
    post = "The hedge along the lane has been cut back hard this spring and the sparrows have nowhere left to nest."
    page = f"""<html><head><title>Where did the sparrows go?</title></head><body><main>
<h1>Where did the sparrows go?</h1><div class="thread">
<div class="post"><p>{post}</p><p>{post}</p></div><div class="reactions">4 Likes</div>
<div class="post"><p>{post}</p></div><div class="reactions">12 likes</div></div></main></body></html>"""
    text = extract_html(page).text
    assert post in text and "Likes" not in text and "likes" not in text


def test_a_press_office_box_after_the_story_is_chrome() -> None:
    from index.extract_html import extract_html

    para = "The village hall will reopen in May after a new roof and a lift were fitted over the winter months."
    page = f"""<html><head><title>Hall reopens in May</title></head><body><main><article>
<h1>Hall reopens in May</h1><p>{para}</p><p>{para}</p><p>{para}</p>
<div class="info-panel"><h3>Press enquiries</h3><p>Communications team, 01632 960 555, press@hall.example</p></div>
</article></main></body></html>"""
    text = extract_html(page).text
    assert para in text and "Press enquiries" not in text and "Communications team" not in text


def test_a_memo_keeps_its_subject_line_as_the_title() -> None:
    from index.clean import clean_text

    memo = ("MEMO\n\nTo:      All kitchen staff\nFrom:    Catering Manager\nDate:    04-Mar-2024\n"
            "Subject: New dishwasher - what changes on Monday\n\n"
            "The new dishwasher arrives on Monday morning and the old one will be taken away the same afternoon.\n\n"
            "Please stack trays on the left-hand rack only, because the right-hand rack is for glasses from now on.\n")
    cleaned = clean_text(memo)
    assert cleaned.title == "New dishwasher - what changes on Monday"
    assert cleaned.text.startswith("New dishwasher - what changes on Monday")
    assert "The new dishwasher arrives on Monday morning" in cleaned.text
    # a text with one "Re:" line and no other header fields is no memo
    notice = "The village shop opening hours\n\nRe: Sundays\n\nThe shop opens at nine every day of the week but Sunday."
    assert clean_text(notice).title == "The village shop opening hours"


def test_a_letters_last_short_paragraph_before_its_sign_off_is_kept() -> None:
    from index.clean import clean_text

    letter = ("Allotment Society\n\nDear members,\n\n"
              "The water troughs will be switched back on next week after the frost damage to the pipes was repaired "
              "by two volunteers over the weekend. Thank you both.\n\n"
              "Plot rents for the coming year stay at forty pounds, and the shed on the top field is open again.\n\n"
              "Keys are with Ann at plot 12.\n\nKind regards,\nThe committee\n")
    text = clean_text(letter).text
    assert "Keys are with Ann at plot 12." in text
    assert "Kind regards" not in text


def test_an_action_link_ending_a_line_is_chrome_but_a_link_in_a_sentence_is_not() -> None:
    from index.extract_html import extract_html

    para = "The quiz night raises money for the new lifeboat and teams of up to six are welcome on the night."
    page = f"""<html><head><title>Lifeboat quiz night</title></head><body><main><article>
<h1>Lifeboat quiz night</h1><p>{para}</p>
<p><strong>Where:</strong> The Anchor Inn, Harbour Road. <a href="/map">View directions</a></p>
<p>{para}</p><p>Tickets are on sale at <a href="/shop">the harbour shop</a></p><p>{para}</p>
</article></main></body></html>"""
    text = extract_html(page).text
    assert "Where: The Anchor Inn, Harbour Road." in text and "View directions" not in text
    assert "Tickets are on sale at the harbour shop" in text


def test_a_docx_note_merged_across_columns_is_not_labelled_as_one_column(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hall bookings for March")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Room", "Group", "Time")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Main hall", "Tuesday Choir", "7pm")):
        cell.text = text
    table.rows[2].cells[0].text = "Small room"
    note = table.rows[2].cells[1].merge(table.rows[2].cells[2])
    note.text = "Closed for repainting all month"
    path = tmp_path / "bookings.docx"
    document.save(str(path))
    text = load_paths([path], extractors="auto").documents[0].text
    assert "Room: Main hall | Group: Tuesday Choir | Time: 7pm" in text
    assert "Room: Small room | Closed for repainting all month" in text


def test_a_site_header_heading_is_not_taken_for_an_entry_heading() -> None:
    from index.extract_html import extract_html

    text = extract_html(LIVE_PAGE.replace('<header class="site">', '<header class="site"><h2>Wexley Gazette</h2>')).text
    assert "Wexley Gazette" not in text and "Sandbags for Upton and Tewkesbury" in text


def test_a_date_the_metadata_states_in_words_is_not_taken_for_chrome() -> None:
    from index.html_dates import over_chrome_date
    from index.html_prepare import parse

    page = """<html><head><meta name="date" content="March 8, 2024"></head><body><article><h1>Shelter</h1>
<span class="post-date">March 5, 2024</span><p>Text.</p></article></body></html>"""
    assert over_chrome_date("2024-03-08", parse(page), True) == "2024-03-08"
    assert over_chrome_date("2024-03-08", parse(page.replace("March 8, 2024", "x")), True) == "2024-03-05"


def test_wiki_macros_and_a_wiki_page_footer_are_not_body() -> None:
    from index.extract_markdown import extract_markdown

    prose = "The bike shed roof leaks again and the committee will ask the landlord to repair it."
    text = (f"[[_TOC_]]\n\n# Garden committee\n\n[TOC]\n\n{prose}\n\n{{{{toc}}}}\n\n## Next steps\n\n{prose}\n\n"
            "---\n_Edit this page on the wiki. Last edited by ana-p._\n")
    parsed = extract_markdown(text)
    assert parsed.text.count(prose) == 2 and "Next steps" in parsed.text
    for macro in ("TOC", "toc", "Edit this page", "ana-p"):
        assert macro not in parsed.text, macro
    # a sentence that talks about editing stays when prose follows it
    kept = extract_markdown(f"# Notes\n\nLast edited by the secretary, then read out.\n\n{prose}\n").text
    assert "Last edited by the secretary" in kept


def test_a_one_page_pdf_drops_its_small_print_footer_but_keeps_a_footnote(tmp_path: Path) -> None:
    from index.extract_pdf import read_pdf

    path = tmp_path / "receipt.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 10)
    lines = ["Receipt for the hire of the village hall", "Thank you for booking the main hall for the craft fair.",
             "The deposit of 50 pounds will be returned after the hall has been checked.",
             "Please leave the kitchen as you found it and take all rubbish home."]
    for i, line in enumerate(lines):
        pdf.drawString(72, 760 - 16 * i, line)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(72, 640, "1 The hall seats one hundred and twenty people.")
    pdf.drawString(150, 40, "Hallkeepers Ltd - Registered in England 01234567 - VAT GB 123 4567 89")
    pdf.showPage()
    pdf.save()
    text = read_pdf(path).text
    assert "Thank you for booking the main hall for the craft fair." in text
    assert "The hall seats one hundred and twenty people." in text  # small print, but not at the foot
    assert "Registered in England" not in text
    # a longer document's small-print footer is found by its repeats on every page, the last one's too
    two = tmp_path / "two.pdf"
    pdf = canvas.Canvas(str(two))
    for page in range(2):
        pdf.setFont("Helvetica", 10)
        for i, line in enumerate(lines[1:]):
            pdf.drawString(72, 760 - 16 * i, f"{line} (part {page + 1})")
        pdf.setFont("Helvetica", 7)
        pdf.drawString(150, 40, "Hallkeepers Ltd - Registered in England 01234567")
        pdf.showPage()
    pdf.save()
    text = read_pdf(two).text
    assert "(part 2)" in text and "Registered in England" not in text


def test_an_embargo_line_dates_a_press_release_and_a_time_may_precede_the_date() -> None:
    from index.dates import stated_date

    embargoed = "NEWS RELEASE\nEmbargoed until 00:01 BST 9 October 2024\nA new ferry ..."
    assert stated_date(embargoed, labelled_only=True) == "2024-10-09"  # a label, as in a page's byline
    assert stated_date("Published: 10:30 am on 5 May 2024\nThe council ...", labelled_only=True) == "2024-05-05"


def test_a_byline_date_marked_in_another_language_beats_an_update_date() -> None:
    """``class="fecha"`` (Spanish) marks a date as ``class="date"`` does, and the first date a
    page had is its date: "Actualizado: 05/03/2024" is when it was changed, not published."""
    from index.extract_html import extract_html

    page = ("<html lang='es'><body><main><article><h1>La feria del libro vuelve a la plaza</h1>"
            "<div class='firma'><p class='autor'>Ana Ruiz</p><p class='fecha'>3 de marzo de 2024</p></div>"
            "<p>La feria del libro vuelve a la plaza mayor con cuarenta casetas y un programa de lecturas.</p>"
            "<p>Actualizado: 05/03/2024</p>"
            "<p>Los organizadores esperan más visitantes que el año pasado, cuando llovió tres de los cinco días.</p>"
            "</article></main></body></html>")
    assert extract_html(page).date == "2024-03-03"


_STORY = ("<p>The harbour board has agreed to dredge the inner basin this winter, the first time in eleven years.</p>"
          "<p>Work starts in November and the fishing fleet will moor at the outer pier until it is done.</p>")


def _page(inside: str, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Basin to be dredged</title></head><body><main><article>"
            f"<h1>Basin to be dredged</h1>{inside}</article></main></body></html>")


@pytest.mark.parametrize("label", ["Publicidad", "Publicité", "ANZEIGE", "Werbung", "Pubblicità", "Advertentie"])
def test_an_ad_slots_lone_label_in_other_european_languages_is_chrome(label: str) -> None:
    from index.extract_html import extract_html

    text = extract_html(_page(_STORY.replace("</p><p>", f"</p><div class='slot'><span>{label}</span></div><p>"))).text
    assert label not in text and "outer pier" in text
    # the word inside a sentence is not a label
    assert "La publicidad" in extract_html(_page(_STORY + "<p>La publicidad del puerto costará mil euros.</p>")).text


def test_a_sponsor_read_and_a_forms_consent_line_are_chrome() -> None:
    from index.extract_html import extract_html

    sponsor = "<p>This show is brought to you by Harbour Chandlery. Use code HARBOUR5 for five per cent off.</p>"
    consent = ("<p>By clicking \"Send\", you agree to our terms of use and confirm that you have read our privacy "
               "policy.</p>")
    text = extract_html(_page(_STORY + sponsor + consent)).text
    assert "Chandlery" not in text and "By clicking" not in text and "outer pier" in text
    # a sentence about codes is not a promo code
    assert "use code names" in extract_html(_page(_STORY + "<p>The pilots use code names for each berth.</p>")).text


def test_a_reading_time_leaves_a_byline_and_a_line_of_its_own() -> None:
    from index.chrome_lines import without_reading_time
    from index.extract_html import extract_html

    byline = "<p class='credits'>Words by Ann Low · Photographs by Tom Bell · 12 minute read</p>"
    text = extract_html(_page(byline + "<p>4 min read</p>" + _STORY)).text
    assert "minute read" not in text and "min read" not in text and "Words by Ann Low" in text
    assert without_reading_time("Von Anna Berg · Lesezeit: 4 Min.") == "Von Anna Berg"
    assert without_reading_time("Region: North | Share: 5 min") == "Region: North | Share: 5 min"


def test_a_caption_in_a_classed_box_inside_its_figcaption_is_kept() -> None:
    from index.extract_html import extract_html

    figure = ("<div class='block picture-block'><figure class='block-figure'><img src='dredger.jpg' alt=''>"
              "<figcaption class='caption-wrapper'><div class='picture-caption'><p>The dredger arrives at the "
              "basin mouth.</p></div></figcaption></figure></div>")
    text = extract_html(_page(_STORY + figure)).text
    assert "The dredger arrives at the basin mouth." in text.split("\n\n")


def test_a_box_classed_notice_or_disclaimer_is_chrome_but_not_a_noticeboard() -> None:
    from index.extract_html import extract_html

    notice = "<p class='notice'>This record is a draft and may be changed before the board approves it.</p>"
    text = extract_html(_page(notice + _STORY)).text
    assert "draft" not in text and "outer pier" in text
    board = "<div class='noticeboard'><p>The chandlery on the quay opens on Sundays from the first of May.</p></div>"
    assert "opens on Sundays" in extract_html(_page(_STORY + board)).text


def test_a_bylines_fields_written_without_spaces_are_lines_of_their_own() -> None:
    """A byline's spans with no space between them ("<span>Porto</span><span>2 de março de
    2024</span>") are set apart by the stylesheet: each is a line, so the date reads as written
    and the update after it is not taken for the page's date."""
    from index.extract_html import extract_html

    byline = ("<div class='assinatura'><span class='autor'>Rui Costa</span><span class='local'>Porto</span>"
              "<span class='data'>2 de março de 2024 - 10:05</span>"
              "<span class='upd'>Atualizado: 04/03/2024 18:00</span></div>")
    parsed = extract_html(_page(byline + _STORY, lang="pt"))
    assert "Porto\n\n2 de março de 2024 - 10:05" in parsed.text
    assert parsed.date == "2024-03-02"
    # a row of fields with no date is left as the template wrote it
    votes = "<div class='votes'><span class='count'>22</span><span class='mark'>Accepted answer</span></div>"
    assert "Accepted answer" not in extract_html(_page(votes + _STORY)).text.split("\n\n")


def test_a_questions_asked_date_beats_an_answers_date_in_the_text() -> None:
    """On a Q&A page the question's "Asked" date between its title and its text is the page's,
    not the date of the answer below it that trafilatura reads from the text; "asked on" in a
    sentence is no label."""
    from index.dates import stated_date
    from index.extract_html import extract_html

    page = ("<html><body><div id='main'><h1>Why does my tide clock run fast?</h1>"
            "<div class='stats'>Asked Feb 2, 2024 at 09:12 · Viewed 211 times</div>"
            "<div class='post'><p>My tide clock gains about an hour every fortnight, even with a new battery in it.</p>"
            "</div><div class='answer'><p>Tide clocks run on a lunar cycle, so they look fast against a normal "
            "clock.</p><div class='info'>answered <span>Feb 5, 2024 at 18:30</span> by harbourmaster</div></div>"
            "</div></body></html>")
    assert extract_html(page).date == "2024-02-02"
    assert stated_date("The council was asked on 3 March 2024 to agree the plan.", labelled_only=True) == ""


def test_a_year_alone_on_a_pdf_title_s_last_line_is_no_page_number(tmp_path: Path) -> None:
    """A title broken before its last word, a year ("... from 2019 to" / "2024"), keeps the year:
    a number that is a year is no page number."""
    pages = [["Ferry fares in the outer islands, from 2019 to", "2024", "", *REPORT[0][3:]], REPORT[1]]
    text = load_paths([_pdf(tmp_path / "fares.pdf", pages)], extractors="auto").documents[0].text
    assert "from 2019 to 2024" in " ".join(text.split())


def test_a_saved_pages_site_line_named_again_in_its_copyright_line_is_no_title(tmp_path: Path) -> None:
    notice = ("Riverside Residents - Notices\n\nLift repairs in Block B\n\nThe lift in Block B will be out of "
              "service from Monday while the engineers replace its doors. Please use the lift in Block A.\n\n"
              "Views: 41\n(c) 2025 Riverside Residents, Leeds\n")
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    doc = load_paths([tmp_path / "notice.txt"], extractors="auto").documents[0]
    assert doc.title == "Lift repairs in Block B" and "Notices" not in doc.text
    # a first line whose name the foot does not repeat stays the title
    other = notice.replace("(c) 2025 Riverside Residents", "Printed by Leeds")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    assert load_paths([tmp_path / "b.txt"], extractors="auto").documents[0].title == "Riverside Residents - Notices"


def test_a_docx_closing_line_dated_this_nth_day_beats_its_core_properties_date(tmp_path: Path) -> None:
    # Invented: club notes whose only stated date is the legal closing line, saved a week earlier.
    import datetime as dt

    file = _docx(tmp_path / "notes.docx", [BODY, "Dated this 9th day of October 2025", "Ann Roe, Secretary"])
    document = docx.Document(str(file))
    document.core_properties.created = dt.datetime(2025, 10, 2, 9, 0)
    document.save(str(file))
    assert _only(load_paths([file], extractors="auto")).date == "2025-10-09"


def test_a_docx_closing_place_and_date_line_beats_its_core_properties_date(tmp_path: Path) -> None:
    # Invented: a committee's minutes closing with "Place, date" in Catalan, saved the next day.
    import datetime as dt

    items = [f"Punt {n}: el Consell aprova la proposta número {n} per unanimitat dels presents." for n in range(1, 15)]
    file = _docx(tmp_path / "acta.docx", [BODY, *items, "Ordino, 3 de març de 2026", "La secretària, Anna Puig"])
    document = docx.Document(str(file))
    document.core_properties.created = dt.datetime(2026, 3, 4, 9, 0)
    document.save(str(file))
    assert _only(load_paths([file], extractors="auto")).date == "2026-03-03"
