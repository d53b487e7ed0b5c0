"""The size limit of a JSON Lines file applies to each record (a document), not to the file."""

from __future__ import annotations

import json
from pathlib import Path

from index import Index, IndexSettings, load_paths

from .conftest import news_records


def _big_jsonl(path: Path, n: int, huge_at: tuple[int, ...]) -> None:
    """``n`` news records, with the lines in ``huge_at`` (1-based) padded past 100 KB."""
    with path.open("w", encoding="utf-8") as fh:
        for number, record in enumerate(news_records(n), start=1):
            if number in huge_at:
                record = {**record, "text": str(record["text"]) + " filler words" * 10_000}
            fh.write(json.dumps(record) + "\n")


def test_a_jsonl_over_the_limit_loads_every_record_under_it(tmp_path: Path) -> None:
    data = tmp_path / "news.jsonl"
    _big_jsonl(data, 1200, huge_at=(7, 1200))
    limit = 100 * 1024
    assert data.stat().st_size > 3 * limit  # the whole file is well over the limit
    result = load_paths([data], max_file_bytes=limit)
    assert len(result.documents) == 1198
    assert [p.line for p in result.problems] == [7, 1200]
    assert all(p.message.startswith("record is 127.") and "over the 100 KB limit per document" in p.message
               for p in result.problems)
    assert result.documents[6].title.startswith("Report 7:")  # the line after the big one loads


def test_an_overlong_last_line_without_newline_and_a_bad_byte_are_line_problems(tmp_path: Path) -> None:
    data = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "Officials met in Kyiv to discuss sanctions on Tuesday."})
    data.write_bytes(good.encode() + b"\n" + b'{"text": "caf\xe9"}\n' + good.replace("Kyiv", "Oslo").encode()
                     + b"\n" + b'{"text": "' + b"x" * 5000 + b'"}')
    result = load_paths([data], max_file_bytes=2048)
    assert len(result.documents) == 2
    assert [p.line for p in result.problems] == [2, 4]
    assert "not valid UTF-8" in result.problems[0].message and "4.9 KB" in result.problems[1].message


def test_ingest_indexes_a_jsonl_larger_than_max_file_mb(tmp_path: Path) -> None:
    data = tmp_path / "news.jsonl"
    _big_jsonl(data, 300, huge_at=(3,))
    settings = IndexSettings(store="memory", embedding="fake:64", max_file_mb=0.05)
    assert data.stat().st_size > 0.05 * 1024 * 1024
    with Index(settings) as index:
        report = index.ingest([str(data)])
    assert report.documents == 299
    assert len(report.problems) == 1 and ":3: record is" in report.problems[0]


def test_a_record_text_is_cleaned_like_a_text_file_but_never_emptied(tmp_path: Path) -> None:
    body = ("The lock keepers will work shorter shifts from April, the canal trust said on Monday, "
            "after a review of staffing on the northern locks.")
    records = [
        {"id": "a", "title": "Lock hours", "text": f"Lock hours\n\n{body}\n\nAdvertisement\n\n{body}\n\n"
                                                   "Share this article\n\nRead more: Canal cafe reopens"},
        {"id": "b", "text": "Short note."},  # nothing a cleaner would call prose: kept as it is
    ]
    file = tmp_path / "crawl.jsonl"
    file.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = load_paths([file]).documents
    assert body in docs[0].text
    for chrome in ("Advertisement", "Share this article", "Read more"):
        assert chrome not in docs[0].text, chrome
    assert docs[1].text == "Short note."


def test_a_record_with_no_date_field_is_dated_by_its_text_not_its_timestamp(tmp_path: Path) -> None:
    # Invented: a dataset keeping only text, url, a fetch "timestamp" and its source's name.
    body = "The lido will open for the summer on Saturday, a week later than planned after repairs."
    records = [
        {"text": f"News\nLido opening delayed\nPosted on May 2, 2025 by Editor\n{body}",
         "timestamp": "2025/09/30 11:02:05", "url": "https://example.org/lido", "source": "web"},
        {"text": f"Lido opening delayed\n{body}", "timestamp": "2025/09/30 11:02:06", "source": "web"},
        # an encyclopedia's record: the event its sentence reports is no date of the record
        {"text": "Harbour Lights is the third studio album by the singer Ona Vale, released on 4 March 2013 by "
                 "the label Roton, and her first to chart in Osk.", "url": "https://example.org/wiki/Harbour_Lights"},
    ]
    file = tmp_path / "records.jsonl"
    file.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = load_paths([file]).documents
    assert [d.date for d in docs] == ["2025-05-02", "", ""]
