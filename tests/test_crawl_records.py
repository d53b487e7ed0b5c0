"""Records of a web-crawl dataset (:mod:`index.crawl_records`): their ``date`` is the fetch
time, so the date the page's text states comes first; and what a boilerplate remover leaves in
such a text: a table as "| a | b |" lines without a rule line, share buttons with their
screen-reader hint (:mod:`index.text_tables`, :mod:`index.clean`)."""

from __future__ import annotations

import json
from pathlib import Path

from index.crawl_records import is_crawl_record
from index.loaders import load_paths

_TEXT = ("Library extends Saturday opening\nPublished on 4 May 2025 by Sam Ode\n"
         "The town library will open until five on Saturdays from next month, the council said.\n"
         "New hours\n| Day | Opens | Closes |\n| Monday | 9am | 6pm |\n| Saturday | 10am | 5pm |\n"
         "Extra staff have been hired with money from the community fund this spring.\n"
         "Click to share on Mastodon (Opens in new window)\nClick to print (Opens in new window)\n")


def _load(tmp_path: Path, record: dict[str, object]) -> tuple[str, str]:
    (tmp_path / "crawl.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    doc = load_paths([tmp_path / "crawl.jsonl"]).documents[0]
    return doc.text, doc.date


def test_a_crawl_record_is_dated_by_its_text_not_its_fetch_time(tmp_path: Path) -> None:
    crawl = {"text": _TEXT, "url": "https://example.org/n/1", "date": "2025-05-20T01:02:03Z",
             "file_path": "s3://bucket/crawl-data/segment/file-00001.warc.gz"}
    assert _load(tmp_path, crawl)[1] == "2025-05-04"
    export = {"text": _TEXT, "url": "https://example.org/n/1", "date": "2025-05-20"}  # a CMS export: its field
    assert _load(tmp_path, export)[1] == "2025-05-20"
    assert is_crawl_record({"text": "x", "Dump": "CRAWL-2025-01"})
    assert not is_crawl_record({"text": "see file.warc.gz", "title": "Archiving"})


def test_pipe_rows_without_a_rule_line_are_a_table_and_share_buttons_go(tmp_path: Path) -> None:
    text, _ = _load(tmp_path, {"text": _TEXT, "dump": "CRAWL-2025-20"})
    lines = text.split("\n\n")
    assert "Day: Monday | Opens: 9am | Closes: 6pm" in lines
    assert "Day: Saturday | Opens: 10am | Closes: 5pm" in lines
    assert "Extra staff have been hired with money from the community fund this spring." in lines
    assert "Opens in new window" not in text
