"""A key/value table of ``<th scope="row">`` labels and ``<td>`` values reads "Label: value" per
row; its first row is not a header row (:func:`index.html_grids._row_labelled`)."""

from __future__ import annotations

from index.extract_html import extract_html

_PARAS = "".join(f"<p>The {w} kettle boiled a full litre in under three minutes in our kitchen tests this week.</p>"
                 for w in ("steel", "glass", "plastic"))


def _page(table: str) -> str:
    return (f"<html><head><title>Kettle review</title></head><body><article><h1>Kettle review</h1>{_PARAS}"
            f"<h2>Specifications</h2>{table}<p>We would buy the steel one again without a second thought.</p>"
            "</article></body></html>")


def test_row_labels_make_one_label_value_line_per_row() -> None:
    table = ("<table><tbody><tr><th scope='row'>Capacity</th><td>1.7 litres</td></tr>"
             "<tr><th scope='row'>Power</th><td>3 kW</td></tr><tr><th scope='row'>Weight</th><td>1.1 kg</td></tr>"
             "</tbody></table>")
    lines = extract_html(_page(table)).text.split("\n")
    assert "Capacity: 1.7 litres" in lines
    assert "Power: 3 kW" in lines and "Weight: 1.1 kg" in lines


def test_a_table_with_a_header_row_keeps_it_as_column_names() -> None:
    table = ("<table><tr><th>Model</th><th>Capacity</th></tr><tr><th>Steel</th><td>1.7 litres</td></tr>"
             "<tr><th>Glass</th><td>1.5 litres</td></tr></table>")
    lines = extract_html(_page(table)).text.split("\n")
    assert "Model: Steel | Capacity: 1.7 litres" in lines


def test_a_description_list_of_pairs_reads_as_label_value_lines() -> None:
    pairs = ("<dl><dt>Venue</dt><dd>Old Mill Hall</dd><dt>Doors open</dt><dd>7pm, bar until 11pm</dd>"
             "<dt>Tickets</dt><dd>£8, members £6</dd><dt>Parking</dt><dd>Behind the church</dd></dl>")
    lines = extract_html(_page(pairs)).text.split("\n")
    assert "Venue: Old Mill Hall" in lines and "Tickets: £8, members £6" in lines


def test_a_closing_or_printed_date_gives_way_to_the_labelled_publication_date() -> None:
    from index.dates import other_dates

    assert other_dates("Closing date: 30/04/2025\nPrinted from example.org on 02/05/2025 at 10:00") == {
        "2025-04-30", "2025-05-02"}
    story = "".join(f"<p>The orchestra rehearsed {n} new pieces for the spring concert in the square.</p>"
                    for n in ("two", "three", "four"))
    page = ("<html><head><title>Spring concert</title></head><body>"
            "<div>Printed from www.example.org on 09/05/2025 at 08:10</div><h1>Spring concert</h1>"
            f"<div>By Ann Lee<br>Published: 2nd May 2025</div>{story}</body></html>")
    assert extract_html(page).date == "2025-05-02"


def test_a_run_of_label_and_value_boxes_reads_as_label_value_lines() -> None:
    """A record's fields as boxes of two spans (:mod:`index.html_field_lists`): each reads
    "Label: value" on one line; a lone box or a run of boxes holding sentences stays as it was."""
    fields = "".join(f"<div class='field'><span class='label'>{label}</span><span class='value'>{value}</span></div>"
                     for label, value in (("Catalogue no.", "A-77"), ("Period", "late Bronze Age"),
                                          ("Found at", "Low Moor quarry"), ("Material", "bronze, leather"),
                                          ("Length", "21 cm")))
    notes = ("<div class='field'><span class='label'>Notes</span><div class='value'><p>The blade was found in "
             "two pieces and joined again by the museum's conservator in the spring.</p></div></div>")
    source = ("<div class='field'><span class='label'>Source</span><span class='value'>Given by the quarry owners "
              "in 1962, with the finder's letter.</span></div>")
    text = extract_html(_page(f"<div class='record'>{fields}{notes}{source}</div>")).text
    for line in ("Catalogue no.: A-77", "Period: late Bronze Age", "Found at: Low Moor quarry", "Length: 21 cm",
                 "Source: Given by the quarry owners in 1962, with the finder's letter."):
        assert line in text.splitlines()
    from lxml import html as lxml_html

    from index.html_field_lists import field_lists_as_tables
    tree = lxml_html.fromstring("<div><div><span>Posted</span><span>today</span></div><p>Text.</p></div>")
    field_lists_as_tables(tree)
    assert tree.find(".//table") is None  # one box is a byline, not a record
