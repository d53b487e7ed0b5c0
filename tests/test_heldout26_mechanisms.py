"""The mechanisms the twenty-sixth held-out set asked for, each on an invented input: a date
labelled as published beside a recording date in one date-marked element, a span of life dates
in a date-marked element, the dates of an infobox's and an info block's labelled fields, a bar
of download and print links, a plain text's section headings in capitals, and a table whose
cells only pipes part; a live blog's entries whole (headings, quotations, tables), and a Markdown
paragraph that is only a download link to a file, and an email's last layout cell of link lines
under the one with its headline."""

from __future__ import annotations

from index.clean import clean_text
from index.extract_html import extract_html
from index.extract_markdown import extract_markdown
from index.text_tables import rows_text, table_runs

PROSE = ("<p>The ferry between Eastport and Milltown will run twice an hour from the first of March, the "
         "harbour board said on Tuesday after a long meeting.</p>"
         "<p>Passengers have asked for more crossings since the bridge closed for repairs last spring, and "
         "the board said the new timetable would stay in place until the bridge reopens.</p>"
         "<p>The first boat will leave Eastport at six in the morning and the last will return from "
         "Milltown shortly before midnight on weekdays and weekends alike.</p>")


def _page(head: str, rest: str = "", title: str = "Ferry to run twice an hour") -> str:
    return (f"<html lang='en-GB'><head><title>{title} - Coast Courier</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><article><h1>{title}</h1>{head}{PROSE}{rest}</article></main>"
            "<footer><p>Coast Courier, 4 Quay Road</p></footer></body></html>")


def test_a_date_labelled_published_wins_over_a_recording_date_in_one_marked_element() -> None:
    page = _page("<p class='dates'>Filmed 2 February 2026 · Published 14 Mar 2026</p>")
    assert extract_html(page).date == "2026-03-14"


def test_a_span_of_two_dates_in_a_marked_element_is_no_publication_date() -> None:
    page = _page("<p class='life-dates'>June 5, 1931 – January 30, 2026</p>"
                 "<p class='posted'>Posted on February 3, 2026</p>")
    assert extract_html(page).date == "2026-02-03"


def test_a_labelled_field_date_of_the_subject_does_not_date_the_page() -> None:
    infobox = ("<table class='infobox'><tr><th>Opened</th><td>4 May 1902</td></tr>"
               "<tr><th>Closed</th><td>9 September 1988</td></tr></table>")
    assert extract_html(_page(infobox)).date == ""
    info = ("<div class='info'><p><strong>Quando</strong> sabato 6 giugno 2026</p>"
            "<p><strong>Dove</strong> Molo 3</p></div>")
    assert extract_html(_page(info)).date == ""
    # a field whose label names the page's own date still dates it
    own = "<table><tr><th>Published</th><td>4 May 2026</td></tr><tr><th>Desk</th><td>Transport</td></tr></table>"
    assert extract_html(_page(own)).date == "2026-05-04"


def test_a_bar_of_download_and_print_links_is_no_text() -> None:
    bar = "<p class='tools'><a href='#print'>Print this notice</a> <a href='/files/ferry.pdf'>Save as PDF</a></p>"
    player = ("<div class='player'><button>Play</button> <span>00:00 / 12:40</span> "
              "<a href='/ep4.mp3'>Get the audio</a></div>")
    text = extract_html(_page(bar + player)).text
    assert "Print this notice" not in text and "Save as PDF" not in text and "Get the audio" not in text
    # a sentence of its own around a file link stays
    kept = ("<p>The full timetable is in <a href='/files/timetable.pdf'>the board's document</a> "
            "for anyone who asks.</p>")
    assert "for anyone who asks" in extract_html(_page(kept)).text


SECTION = ("The hall on Mill Lane will host the winter fair on Saturday, with stalls from thirty local makers "
           "and a choir from the primary school.")


def test_section_headings_in_capitals_over_prose_are_kept() -> None:
    raw = (f"Milltown Community Bulletin\n\n{SECTION}\n\nMARKET NEWS\n\n{SECTION}\n\n"
           f"FROM THE LIBRARY\n{SECTION}\n")
    text = clean_text(raw).text
    assert "MARKET NEWS" in text and "FROM THE LIBRARY" in text


def test_a_table_whose_cells_only_pipes_part_is_read_as_rows() -> None:
    lines = ["Day        | Time  | Stall",
             "-----------+-------+--------------",
             "Tue 3 Mar  | 09:00 | Bread and cakes for sale",
             "Thu 5 Mar  | 10:30 | Books",
             "Sat 7 Mar  | 08:00 | Plants and seedlings"]
    assert table_runs(lines) == [(0, 5)]
    assert "Day: Thu 5 Mar | Time: 10:30 | Stall: Books" in rows_text(lines)


def test_a_field_the_template_marks_as_its_date_still_dates_the_page() -> None:
    marked = "<dl class='item-dates'><dt>Launched</dt><dd>3 Mar 2026</dd><dt>Ends</dt><dd>14 Apr 2026</dd></dl>"
    assert extract_html(_page(marked)).date == "2026-03-03"


def _entry(key: str, clock: str, heading: str, body: str) -> str:
    return (f"<article class='post' id='{key}'><p class='stamp'><time datetime='2026-05-09T{clock}:00+01:00'>"
            f"{clock}</time></p><h3>{heading}</h3>{body}"
            "<div class='share-tools'><span>Share this post</span> <a href='#'>Email</a></div></article>")


def test_a_live_blogs_entries_are_body_whatever_the_template() -> None:
    entries = [
        _entry("p4", "22:10", "Harbour board backs the new timetable",
               "<p>The board voted to keep the half-hourly crossings through the summer season.</p>"
               "<table><tr><th>Member</th><th>Vote</th></tr><tr><td>Agnes Dore</td><td>For</td></tr>"
               "<tr><td>Pim Lutwidge</td><td>Against</td></tr><tr><td>Cora Vell</td><td>For</td></tr></table>"),
        _entry("p3", "19:40", "Ferry crews join the meeting",
               "<p>Two skippers told the board that the late boat is often half empty on Sundays.</p>"),
        _entry("p2", "16:05", "Fares to stay the same",
               "<p>The treasurer said the extra crossings would be paid for from the harbour fund.</p>"
               "<blockquote>We will not ask passengers to pay more for a better service, she said.</blockquote>"),
    ]
    page = ("<html lang='en-GB'><head><title>Live: harbour board meets - Coast Courier</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article class='live'>"
            "<h1>Live: harbour board meets on the ferry timetable</h1>"
            "<p class='when'>Started <time datetime='2026-05-09T09:00:00+01:00'>9 May 2026 09:00</time></p>"
            "<section class='summary'><h2>In brief</h2><ul><li>The harbour board meets tonight to settle the "
            "ferry timetable for the summer.</li><li>Crews and passengers have asked for more crossings since "
            "the bridge closed.</li></ul></section>"
            "<nav class='key-points'><h2>Key moments</h2><ul><li><a href='#p4'>Harbour board backs the new "
            "timetable</a></li></ul></nav>"
            f"<div class='stream'>{''.join(entries)}</div></article></main>"
            "<footer><p>Coast Courier, 4 Quay Road</p></footer></body></html>")
    text = extract_html(page).text
    for kept in ("Ferry crews join the meeting", "Fares to stay the same",
                 "We will not ask passengers to pay more for a better service, she said.",
                 "Member: Pim Lutwidge | Vote: Against",
                 "Two skippers told the board that the late boat is often half empty on Sundays."):
        assert kept in text
    assert "Share this post" not in text
    assert text.index("Ferry crews join the meeting") < text.index("Two skippers")


def test_a_markdown_paragraph_that_is_only_a_link_to_a_file_is_no_text() -> None:
    md = ("# Night desk handbook\n\nThe night editor signs off the front page before the presses start at "
          "one in the morning.\n\n[Rota template.xlsx](/api/files.get?id=81ab)\n\n"
          "[Handover notes](/files/handover-notes.pdf) · [Print copy](/files/handover-notes.docx)\n\n"
          "The full rota is in [the shared sheet](/files/rota.xlsx) that the desk keeps up to date.\n")
    text = extract_markdown(md).text
    assert "Rota template.xlsx" not in text and "Handover notes" not in text
    assert "The full rota is in the shared sheet that the desk keeps up to date." in text


def test_an_emails_last_layout_cell_of_link_lines_is_its_footer() -> None:
    def email(footer: str) -> str:
        return ("<html lang='en'><head><title>Harbour notes no. 12</title></head><body>"
                "<table role='presentation' width='600'><tr><td><h1>Ferry to run twice an hour</h1>"
                f"{PROSE}</td></tr><tr><td>{footer}</td></tr></table></body></html>")
    footer = ("<p><a href='#'>Send this to a friend</a></p>"
              "<p>You get this letter because you asked for the harbour notes.</p>"
              "<p><a href='#'>Change what you get</a> | <a href='#'>Stop these letters</a></p>"
              "<p>Coast Courier Ltd, 4 Quay Road</p>")
    text = extract_html(email(footer)).text
    assert "Send this to a friend" not in text and "Stop these letters" not in text
    assert "You get this letter because you asked" not in text
    assert "The first boat will leave Eastport" in text
    # a last cell of prose with one link is the letter's own
    signoff = ("<p>Write back to tell us what you think of the new timetable; we read every letter.</p>"
               "<p>See you next week, the harbour desk.</p><p><a href='#'>Read the timetable</a></p>")
    assert "we read every letter" in extract_html(email(signoff)).text
