"""The mechanisms the twenty-fourth held-out set asked for, each on an invented input: month
names of Punjabi, Gujarati, Yiddish and Kazakh, a year-first Kazakh date, a forum's pager, a
plain text's centred heading and its paragraph of one-sentence lines, a newsletter source's
subject and template links, Starlight's "lastUpdated", a ``<fieldset>`` used as a content box,
an alert bar above the headline, tab panels' headings, and a headline that is no ``<h1>``."""

from __future__ import annotations

from index.chrome_lines import is_chrome_line
from index.clean import clean_text
from index.dates import stated_date
from index.extract_html import extract_html
from index.extract_markdown import extract_markdown

PROSE = ("The volunteers meet at the community hall every second Saturday of the month, and new members "
         "are always welcome to join them for tea after the work is done.")


def test_punjabi_gujarati_and_yiddish_month_names_date_a_text() -> None:
    assert stated_date("ਮੀਟਿੰਗ ਦੀ ਰਿਪੋਰਟ\n\nਮਿਤੀ: 4 ਮਾਰਚ 2026\n\nਸਭ ਮੈਂਬਰ ਹਾਜ਼ਰ ਸਨ।") == "2026-03-04"
    assert stated_date("સભાની સૂચના\n\nતારીખ: 9 જાન્યુઆરી, 2026\n\nસભા હોલમાં થશે.") == "2026-01-09"
    assert stated_date("די נייעס\n\nזונטיק, 7 אפריל 2026\n\nדער קלוב עפנט זיך.") == "2026-04-07"


def test_a_yiddish_ordinal_day_reads_as_its_number() -> None:
    assert stated_date("די נייעס\n\nדאנערשטיק, 23סטן מערץ 2026\n\nדער קלוב עפנט זיך.") == "2026-03-23"


def test_a_kazakh_date_written_year_first_with_its_year_word() -> None:
    assert stated_date("Хабарландыру\n\nАстана қ., 2026 жылғы 5 наурыз\n\nЖиналыс сағат 18:00-де.") == "2026-03-05"


def test_a_forum_pager_is_chrome_whatever_its_label() -> None:
    assert is_chrome_line("Seiten: [1] 2 3")
    assert is_chrome_line("Pages: 1 [2]")
    assert not is_chrome_line("Seiten 1 bis 3 beschreiben die Anlage.")


def test_a_centred_one_word_heading_is_the_title_over_the_letterhead() -> None:
    raw = ("ASSOCIATION OF ALLOTMENT HOLDERS\nGarden Lane 4, Riverton\n" + "=" * 50 + "\n\n"
           "                          NOTICE\n\n" + PROSE + "\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "NOTICE"
    assert cleaned.text.startswith("NOTICE")


def test_a_paragraph_of_short_whole_sentences_is_prose() -> None:
    raw = ("Тұрғындарға хабарлама\n\nКелесі аптада ауладағы балалар алаңы толықтай жөндеуден өтеді.\n"
           "Жұмыс кезінде алаңға кіруге рұқсат етілмейді.\n\nБасқарма\n")
    text = clean_text(raw).text
    assert "Келесі аптада ауладағы балалар алаңы толықтай жөндеуден өтеді." in text
    assert "Жұмыс кезінде алаңға кіруге рұқсат етілмейді." in text


def test_a_newsletter_source_is_titled_by_its_subject_without_its_template_links() -> None:
    source = ("---\nsubject: \"Harbour Notes 12: the new pontoon\"\npublish_date: 2026-02-03T07:00:00Z\n---\n\n"
              "[Read this online]({{ web_url }})\n\n" + PROSE + "\n\n---\n\n"
              "You get this because you signed up at the harbour office. [Leave the list]({{ unsubscribe_url }})\n")
    parsed = extract_markdown(source)
    assert parsed.title == "Harbour Notes 12: the new pontoon"
    assert "Read this online" not in parsed.text and "signed up" not in parsed.text
    assert PROSE in parsed.text


def test_a_starlight_page_is_dated_by_last_updated() -> None:
    parsed = extract_markdown("---\ntitle: Boat checks\nlastUpdated: 2026-05-06\n---\n\n" + PROSE + "\n")
    assert parsed.date == "2026-05-06"


def _page(body: str, title: str = "Pond survey") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_fieldset_without_controls_is_a_box_of_content() -> None:
    html = _page("<main><h1>Pond survey</h1><p>" + PROSE + "</p>"
                 "<fieldset><legend>Key facts</legend><table><tr><th><label>Area</label></th><td>2 ha</td></tr>"
                 "<tr><th><label>Depth</label></th><td>3 m</td></tr></table></fieldset>"
                 "<fieldset><legend>Topics</legend><ul><li>Newts and frogs in the shallows</li>"
                 "<li>Dragonflies over the reeds</li></ul></fieldset></main>")
    text = extract_html(html).text
    assert "Area: 2 ha" in text
    assert "Newts and frogs in the shallows" in text


def test_an_alert_bar_above_the_headline_is_chrome() -> None:
    html = _page("<main><article><div role=\"alert\"><p>Check the car park opening hours before you travel</p>"
                 "</div><h1>Pond survey</h1><p>" + PROSE + "</p></article></main>")
    assert "car park" not in extract_html(html).text


def test_tab_panel_headings_and_an_empty_tab_are_chrome() -> None:
    html = _page("<main><h1>Pond survey</h1><div class=\"tabs\"><ul><li><a href=\"#t1\">Overview</a></li>"
                 "<li><a href=\"#t2\">Comments (0)</a></li></ul>"
                 "<div id=\"t1\"><h2>Overview</h2><p>" + PROSE + "</p></div>"
                 "<div id=\"t2\"><h2>Comments</h2><p>Nobody has commented yet.</p></div></div></main>")
    text = extract_html(html).text
    assert "Overview" not in text and "commented" not in text
    assert PROSE in text


def test_a_wiki_tiddler_under_a_sidebar_site_name_is_titled_and_dated_by_its_own_heading() -> None:
    html = _page("<section><div class=\"frame\"><div class=\"title\"><span><h2>Pond survey</h2></span></div>"
                 "<div class=\"subtitle\"><a href=\"x\">Sam Hill</a> 4th May 2026 at 9:15am</div>"
                 "<div class=\"body\"><p>" + PROSE + "</p></div></div></section>"
                 "<section class=\"sidebar\"><h1>Riverton Wildlife Group</h1><p>notes</p></section>",
                 title="Pond survey: Riverton Wildlife Group")
    parsed = extract_html(html)
    assert parsed.title == "Pond survey"
    assert parsed.date == "2026-05-04"


def test_a_forum_thread_under_its_forum_masthead_is_titled_and_dated_by_its_first_post() -> None:
    html = _page("<div id=\"header\"><h1><a href=\"/\">Riverton Anglers</a></h1></div>"
                 "<div id=\"content\"><h2><span>Pond survey</span></h2><p>Started by Sam (read 40 times)</p>"
                 "<div class=\"post\"><div class=\"keyinfo\"><h5><a href=\"#m1\">Pond survey</a></h5>"
                 "<a class=\"small\" href=\"#m1\">« on: 4 May 2026, 19:42 »</a></div>"
                 "<div class=\"inner\">" + PROSE + "</div></div></div>")
    parsed = extract_html(html)
    assert parsed.title == "Pond survey"
    assert parsed.date == "2026-05-04"
