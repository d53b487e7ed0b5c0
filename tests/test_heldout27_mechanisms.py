"""The mechanisms the twenty-seventh held-out set asked for, each on an invented input: a date
labelled as the day a record was created beside a later update stamp, an event's run of two dates
joined by a word for "to" in a date-marked element, a table's "Date:" column that dates its rows
and not the page, and a PDF line that recurs in the middle of two pages (a sentence's last word
wrapped alone), which is text and not a running header or footer; and a plain text's bulleted
list of whole sentences under a short heading line, which is body however short its items."""

from __future__ import annotations

from index.clean import clean_text
from index.extract_html import extract_html
from index.extract_pdf import pdf_text

PROSE = ("<p>The ferry between Eastport and Milltown will run twice an hour from the first of March, the "
         "harbour board said on Tuesday after a long meeting.</p>"
         "<p>Passengers have asked for more crossings since the bridge closed for repairs last spring, and "
         "the board said the new timetable would stay in place until the bridge reopens.</p>"
         "<p>The first boat will leave Eastport at six in the morning and the last will return from "
         "Milltown shortly before midnight on weekdays and weekends alike.</p>")


def _page(head: str, rest: str = "", title: str = "Ferry to run twice an hour", lang: str = "en-GB") -> str:
    return (f"<html lang='{lang}'><head><title>{title} - Coast Courier</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><article><h1>{title}</h1>{head}{PROSE}{rest}</article></main>"
            "<footer><p>Coast Courier, 4 Quay Road</p></footer></body></html>")


def test_a_date_labelled_created_wins_over_a_later_update_stamp() -> None:
    page = _page("<p class='meta'><span>Oprettet 14.03.2026 kl. 21:10</span> · "
                 "<span>Opdateret 16.03.2026 kl. 08:02</span></p>", lang="da")
    assert extract_html(page).date == "2026-03-14"


def test_an_event_run_joined_by_a_word_for_to_is_no_publication_date() -> None:
    page = _page("<p class='fechas'>Del 3 de marzo de 2026 al 9 de agosto de 2026 · Sala 2</p>", lang="es")
    assert extract_html(page).date == ""


TABLE = ("<h2>Drop-in sessions</h2><table><thead><tr><th>Date</th><th>Place</th></tr></thead><tbody>"
         "<tr><td>Tuesday 12 May 2026</td><td>Eastport Library</td></tr>"
         "<tr><td>Friday 15 May 2026</td><td>Milltown Hall</td></tr></tbody></table>")


def test_a_tables_date_column_dates_its_rows_not_the_page() -> None:
    page = _page(TABLE, rest="<aside><dl><dt>Published</dt><dd>2 April 2026</dd></dl></aside>")
    assert extract_html(page).date == "2026-04-02"


HEADER = "Eastport Harbour Board\nNotice to mariners\nNotice 7 · page {n}/2\n"
BODY_1 = ("Dredging\nThe main channel will be dredged between March and May, with the work halted for\n"
          "no more than four\nhours.\nThe buoys\n"
          "The green buoys at the harbour mouth will be moved ten metres to the east.\n"
          "The red buoys will stay where they are.\nThe pilot launch will mark the new line.\n"
          "Masters should keep to the marked channel.\nSmall craft may use the inshore passage.\n")
BODY_2 = ("Anchorage\nShips waiting to enter should anchor in the outer roads no later than twelve\n"
          "hours.\nThe harbour office answers on channel 14 at all times.\nPilots board at the fairway buoy.\n"
          "Tugs are available on request.\nFees are unchanged this year.\nThe harbour master signs this notice.\n")


def test_a_line_recurring_mid_page_on_two_pages_is_text_not_furniture() -> None:
    text = pdf_text([HEADER.format(n=1) + BODY_1, HEADER.format(n=2) + BODY_2])
    assert "no more than four hours." in " ".join(text.split())
    assert "Notice 7" not in text and "Eastport Harbour Board" not in text


BULLETIN = """EASTPORT HARBOUR BOARD
Notice 7/2026
Issued: Monday 2 March 2026

STORM SURGE ON THE EAST COAST

A storm surge is expected along the east coast on Tuesday night, with the highest tide at about two in the morning.

Water may come over the sea wall at the old quay and along the promenade for an hour either side of high water.

Advice
- Keep clear of the sea wall.
- Move cars off the promenade tonight.
- Boat owners should check moorings.

END OF NOTICE
Harbour office: tel. 01234 567 890
"""


def test_a_bulleted_list_of_whole_sentences_under_its_heading_is_body() -> None:
    text = clean_text(BULLETIN).text
    assert "Advice" in text
    assert "Move cars off the promenade tonight." in text
