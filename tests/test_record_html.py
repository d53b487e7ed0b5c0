"""A JSON Lines record whose text is a CMS export's HTML, and whose date is Unix time in
another field (:mod:`index.record_html`)."""

from __future__ import annotations

import json
from pathlib import Path

from index.loaders import load_paths
from index.record_html import epoch_date, is_html


def test_a_records_html_text_is_read_as_html_and_its_epoch_field_dates_it(tmp_path: Path) -> None:
    html = ("<p>The village shop reopened on Saturday under a community group.</p>"
            "<div class=\"ad-slot\">Advertisement</div>"
            "<p>Volunteers will staff the counter on weekday mornings, and a manager will be paid.</p>"
            "<p><strong>Read more:</strong> <a href=\"/x\">Post office counter to close in June</a></p>"
            "<p class=\"share-row\">Share this story: <a href=\"#\">Facebook</a></p>")
    record = {"title": "Shop reopens", "published": 1741507200, "modified": 1741593600, "text": html}
    (tmp_path / "posts.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    doc = load_paths([tmp_path / "posts.jsonl"]).documents[0]
    assert doc.text.split("\n\n") == [
        "The village shop reopened on Saturday under a community group.",
        "Volunteers will staff the counter on weekday mornings, and a manager will be paid."]
    assert doc.date == "2025-03-09"


def test_what_counts_as_html_and_as_unix_time() -> None:
    assert is_html("<p>One.</p><p>Two.</p>")
    assert not is_html("Use <b>bold</b> sparingly, and 3 < 4.")
    assert epoch_date(1741507200) == epoch_date("1741507200") == epoch_date(1741507200000) == "2025-03-09"
    assert epoch_date("2025") == epoch_date(True) == epoch_date("12 May") == ""
