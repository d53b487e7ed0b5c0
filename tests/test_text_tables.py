"""Plain text: a space-aligned table keeps a row per line with its column names
(:mod:`index.text_tables`), and a notice's heading in capitals keeps its subject line."""

from __future__ import annotations

from index.clean import clean_text
from index.text_tables import rows_text, table_runs

NOTICE = """Millbrook Parish Council

NOTICE
of the reopening of the village hall after repairs

The parish council is pleased to announce that the village hall will reopen next month after the roof repairs.
The contractors finished the work a week early and under the agreed budget, so the hall can open sooner.

Opening sessions:

Group          Day          Organiser
Toddler club   Monday       Amy Hart
Knit club      Wednesday    Bill Oak
Youth club     Friday       Cara Lee

Bookings for private events can be made through the clerk by email or at the Tuesday surgery in the library.
The council thanks everyone who raised money for the repairs over the last two years of fundraising events.
"""


def test_a_space_aligned_table_keeps_each_row_on_a_line_with_its_column_names() -> None:
    text = clean_text(NOTICE).text
    assert "Group: Toddler club | Day: Monday | Organiser: Amy Hart" in text.splitlines()
    assert "Group: Youth club | Day: Friday | Organiser: Cara Lee" in text.splitlines()


def test_a_misaligned_row_ends_the_table_and_prose_with_double_spaces_is_no_table() -> None:
    lines = ["Group          Day          Organiser", "Toddler club   Monday       Amy Hart",
             "Youth club     Friday       Cara Lee", "Knit and natter  Wednesday  Bill Oak"]
    assert table_runs(lines) == [(0, 3)]  # the last row starts its cells at other columns
    prose = ["It rained.  The match was off.", "We went home.  Nobody minded at all.", "Tea was served.  It was warm."]
    assert table_runs(prose) == []
    memo = ["To:        All members", "From:      The secretary", "Date:      03-Mar-2025"]
    assert table_runs(memo) == []  # a memo's fields, not a table


def test_a_heading_in_capitals_keeps_the_subject_line_under_it() -> None:
    assert "NOTICE of the reopening of the village hall after repairs" in clean_text(NOTICE).text


def test_rules_and_frames_do_not_end_a_table_and_its_header_and_total_rows_belong_to_it() -> None:
    # Invented: a header over a dashed rule (words flush left over figures flush right) and a
    # total row under a closing rule.
    lines = ["   Item                 Boxes   Kilos", "   ------------------------------------",
             "   Apples                  12     140", "   Pears                    9      95",
             "   ------------------------------------", "   Total                   21     235"]
    assert table_runs(lines) == [(0, 6)]
    rows = rows_text(lines)
    assert "Item: Total | Boxes: 21 | Kilos: 235" in rows and "Item: Apples | Boxes: 12 | Kilos: 140" in rows
    # an ASCII frame and a box-drawing frame: the first framed row holds the column names
    ascii_frame = ["+--------+-------+", "| Stall  | Fee   |", "+--------+-------+", "| Cakes  | 5,00  |",
                   "| Books  | 3,00  |", "+--------+-------+"]
    assert table_runs(ascii_frame) == [(0, 6)]
    assert rows_text(ascii_frame) == ["Stall: Cakes | Fee: 5,00", "Stall: Books | Fee: 3,00"]
    box = ["┌────────┬───────┐", "│ Stall  │ Fee   │", "├────────┼───────┤", "│ Cakes  │ 5,00  │",
           "│ Books  │ 3,00  │", "└────────┴───────┘"]
    assert rows_text(box[table_runs(box)[0][0]:table_runs(box)[0][1]]) == ["Stall: Cakes | Fee: 5,00",
                                                                        "Stall: Books | Fee: 3,00"]


def test_a_lead_in_line_ending_in_a_colon_stays_over_its_table_at_the_end_of_a_text() -> None:
    # Invented: the table closes the notice and chrome follows it, so no prose stands after it.
    text = ("Harbour Rowing Club\n\nThe committee met on Thursday and agreed the crews for the spring regatta, "
            "which starts at the slipway at ten o'clock sharp.\n\nCrews entered so far:\n\n"
            "Boat          Stroke        Cox\nHeron         Ann Lowe      Tim Park\nCurlew        Dev Shah      "
            "Ria Moss\nTern          Joe Bell      Kit Hale\n\n(c) 2025 Harbour Rowing Club. All rights reserved.\n")
    kept = clean_text(text).text
    assert "Boat: Curlew | Stroke: Dev Shah | Cox: Ria Moss" in kept.splitlines()
    assert "Crews entered so far:" in kept.splitlines()


def test_figures_set_flush_right_of_different_widths_keep_their_rows() -> None:
    # Invented: figures right-aligned under their column names, some narrower ("850" under
    # "1 240"), so their starts lie more than a character apart while their ends line up.
    lines = ["   Branch             Loans    Returns", "   ------------------------------------",
             "   Riverside          1 240      1 198", "   Old Town             850        902",
             "   Hillcrest          1 015         97", "   ------------------------------------",
             "   Total              3 105      2 197"]
    assert table_runs(lines) == [(0, 7)]
    rows = rows_text(lines)
    assert "Branch: Old Town | Loans: 850 | Returns: 902" in rows
    assert "Branch: Hillcrest | Loans: 1 015 | Returns: 97" in rows
    assert "Branch: Total | Loans: 3 105 | Returns: 2 197" in rows
