"""Plain-text notices and newsletters: a saved page's breadcrumb trail is not the title
(:mod:`index.text_breadcrumb`); a heading in capitals over a table, or a one-word heading
over the subject line, stays; a printed paper's imprint and recycling line go
(:func:`index.clean.clean_text`); a TAB-separated table is one whose lines hold as many cells
between tabs, wherever the tab stops fall (:mod:`index.text_tables`)."""

from __future__ import annotations

from pathlib import Path

from index.clean import clean_text
from index.loaders import load_paths
from index.text_breadcrumb import is_breadcrumb

_PROSE = ("The water supply to the lower town will be switched off on Thursday from nine in the morning "
          "until two in the afternoon while a valve is replaced.")


def test_a_breadcrumb_trail_over_a_notice_is_dropped_and_its_heading_stays(tmp_path: Path) -> None:
    notice = f"Home > Notices > Water works\n\nNOTICE\n\nWater off in the lower town\n\n{_PROSE}\n\nThe water board\n"
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    doc = load_paths([tmp_path / "notice.txt"]).documents[0]
    assert doc.text.split("\n\n")[:3] == ["NOTICE", "Water off in the lower town", _PROSE]
    assert doc.title == "Water off in the lower town"
    assert is_breadcrumb("Αρχική › Ανακοινώσεις › Νερό")
    assert not is_breadcrumb("Profits > costs > zero this year, he said")


def test_a_capitals_heading_over_a_table_stays_and_the_imprint_goes() -> None:
    letter = (f"Dear friends,\n\n{_PROSE}\n\nWith love,\nAnn\n\nCOFFEE MORNINGS\n"
              "Day\tPlace\tHost\n2 May\tChurch hall\tJean Cole\n9 May\tThe Old School\tRob Hart\n"
              "16 May\tChurch hall\tMary Bell\n\n————\nThe Village Voice is printed by Hill Press Ltd.\n"
              "Please recycle this newsletter when you have read it.\n")
    text = clean_text(letter).text
    assert "COFFEE MORNINGS" in text.split("\n\n")
    assert "Day: 9 May | Place: The Old School | Host: Rob Hart" in text.splitlines()  # tabs, not columns
    assert "printed by" not in text and "recycle" not in text
