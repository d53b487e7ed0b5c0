"""A printed document's front matter (:mod:`index.pdf_front_pages`): a masthead field holding a
date alone dates it, a contents page's entries and heading are not text, and a later page's
running head that repeats the masthead's name is furniture."""

from __future__ import annotations

from index.pdf_front_pages import Line, masthead_date, without_contents, without_masthead_heads


def test_a_date_alone_between_a_masthead_s_separators_dates_the_document() -> None:
    page = "The Millbrook Courier\nNo. 48 | Friday 6 June 2025 | Delivered free to 900 homes\nSummer fete returns"
    assert masthead_date([page, "Page 2"]) == "2025-06-06"
    assert masthead_date(["Field notes\nNo. 48 | June 2025 | Free\nText"]) == ""  # no full date
    assert masthead_date(["Minutes\nThe meeting on 6 June 2025 agreed the budget for the year\n"]) == ""


def test_a_contents_list_and_its_heading_go_but_a_table_of_figures_stays() -> None:
    page: list[Line] = ["Index of sections", "Welcome ..... 2", "Our volunteers ..... 3",
            [(72.0, "Money matters", False), (400.0, "5", False)], "Next year ..... 5"]
    assert without_contents(page, 6) == []
    figures: list[Line] = ["Boats", [(72.0, "Moorings", False), (400.0, "12", False)],
               [(72.0, "Visitors", False), (400.0, "340", False)], [(72.0, "Events", False), (400.0, "7", False)]]
    assert without_contents(figures, 6) == figures  # 340 is no page of a six-page document
    going_down: list[Line] = ["Welcome 4", "Volunteers 3", "Money 2"]
    assert without_contents(going_down, 6) == going_down


def test_a_running_head_that_repeats_the_masthead_name_goes_from_later_pages() -> None:
    pages: list[list[Line]] = [["The Millbrook Courier", "No. 48", "Summer fete returns"],
                                 ["The Millbrook Courier · June 2025", "Page 2", "The fete starts at noon."]]
    out = without_masthead_heads(pages)
    assert out[1] == ["Page 2", "The fete starts at noon."]
    assert out[0] == pages[0]
    prose: list[list[Line]] = [["The Millbrook Courier", "Text"],
                               ["The Millbrook Courier is printed on recycled paper by a local firm."]]
    assert without_masthead_heads(prose) == prose


def test_a_short_date_line_under_the_title_dates_the_pdf_before_its_metadata() -> None:
    # Invented pages as pypdf draws them: a running header on each page, a version line under
    # the title that paragraph joining runs into the title and the first sentence.
    from index.extract_pdf import opening_lines_date

    pages = ["Riverside Trust\nPage 1 of 2\nPlay area survey\nIssue 2 for trustees · 18 April 2025\n"
             "We asked 140 families which equipment their children use most and which they would add.",
             "Riverside Trust\nPage 2 of 2\nThe trustees will decide in May which items to buy first."]
    assert opening_lines_date(pages) == "2025-04-18"
    # a date in the running header, repeated on every page, is furniture here, not the first page's own line
    headed = ["Riverside Trust · 2 May 2025\nPlay area survey\nWe asked 140 families.",
              "Riverside Trust · 2 May 2025\nThe trustees will decide."]
    assert opening_lines_date(headed) == ""


def test_a_short_date_line_among_the_last_pages_closing_lines_dates_the_pdf() -> None:
    # Invented pages as pypdf draws them: a notice that closes with a place-and-date line over
    # the issuing office, which paragraph joining runs into one line; a running footer.
    from index.extract_pdf import closing_lines_date

    pages = ["Harbour notice\nThe slipway will be closed for repairs in May.\nHarbour Office · page 1",
             "Boats may use the north ramp while the work goes on.\nKirkwall, 12 April 2025\n"
             "Harbour Office\nHarbour Office · page 2"]
    assert closing_lines_date(pages) == "2025-04-12"
    dated_footer = [p.replace("Harbour Office · page", "Harbour Office · 2 May 2025 · page") for p in pages]
    assert closing_lines_date([p.replace("Kirkwall, 12 April 2025\n", "") for p in dated_footer]) == ""
