"""Date forms read by :mod:`index.dates`: a mail archive's ctime date, a Japanese date under
its label, Polish month names, and a record's day-month-year date."""

from __future__ import annotations

import json
from pathlib import Path

from index.dates import iso_date, stated_date
from index.loaders import load_paths


def test_a_ctime_date_with_its_time_and_zone_before_the_year_dates_a_message() -> None:
    message = ("[Gardeners] Compost bays\n\nJo Reed jo at example.org Tue Mar 4 19:22:05 GMT 2025\n\n"
               "Hello all, the bays are full.")
    assert stated_date(message) == "2025-03-04"
    assert iso_date("Wed Jan 8 07:00:00 2025") == "2025-01-08"  # no zone
    assert stated_date("The job ran at Mar 4 19:22 and failed 2025 times.") == ""


def test_a_japanese_date_under_its_label_with_a_full_width_colon() -> None:
    page = "川の水位が上昇\n\n掲載日：2024年6月3日（月）7:15\n最終更新：2024年6月4日（火）9:00\n本文。"
    assert stated_date(page, labelled_only=True) == "2024-06-03"
    assert stated_date("最終更新：2024年6月4日（火）", labelled_only=True) == "2024-06-04"


def test_polish_month_names_in_the_genitive_and_the_nominative() -> None:
    assert stated_date("Nowe Miasto, dnia 3 marca 2024 r.\n\nOGŁOSZENIE") == "2024-03-03"
    assert iso_date("12 września 2024") == "2024-09-12"
    assert iso_date("1 grudnia 2023") == "2023-12-01"


def test_a_jsonl_record_dated_day_month_year_with_hyphens(tmp_path: Path) -> None:
    record = {"title": "Bridge opens", "date": "03-11-2024", "text": "The bridge opened on Monday. It is long."}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert load_paths([tmp_path / "a.jsonl"]).documents[0].date == "2024-11-03"
