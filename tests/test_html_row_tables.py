"""A key/value table of ``<th scope="row">`` labels and ``<td>`` values reads "Label: value" per
row; its first row is not a header row (:func:`index.extract_html._row_labelled`)."""

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
