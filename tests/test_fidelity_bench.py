"""The fidelity benchmark's pure scoring, on hand-written inputs, and its hand-marked set."""

from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

import pytest

from bench.fidelity import SET, raw_text
from bench.fidelity_score import (
    Extracted,
    Row,
    Truth,
    date_right,
    kept,
    load_truth,
    misses,
    removed,
    row_answerable,
    score_page,
    words,
)

TABLE = (Row("North", ("4.1 M", "12%")), Row("South", ("6.3 M", "9%")))


def test_words_ignore_case_punctuation_and_wrapping() -> None:
    assert words("“Region: North”,\n4.1\u00a0M — 12%") == "region north 4 1 m 12"


def test_a_sentence_is_kept_when_its_words_run_unbroken() -> None:
    sentence = "Revenue rose to 18.6 M in the third quarter."
    assert kept(sentence, "Intro.\nRevenue rose to\n18.6 M in the third quarter!")
    assert not kept(sentence, "Revenue rose to 18.6 M in the third")  # cut short
    # a page footer left in the middle of the sentence loses it
    assert not kept(sentence, "Revenue rose to 18.6 M\nBrief 14 - Page 1/2\nin the third quarter.")


def test_chrome_is_removed_only_when_its_words_are_gone() -> None:
    assert removed("Sign up for our newsletter", "Residents can sign up for a compost bin.")
    assert not removed("Sign up for our newsletter", "Body.\nSIGN UP for our newsletter!\nMore.")
    assert removed("Advertisement", "Advertisements are banned on the pier.")  # whole words only


def test_a_row_is_answerable_on_its_own_line() -> None:
    text = "Region: North | Revenue: 4.1 M | Margin: 12%\nRegion: South | Revenue: 6.3 M | Margin: 9%"
    assert row_answerable(TABLE[0], TABLE, text)
    assert not row_answerable(TABLE[0], TABLE, "North\n4.1 M\n12%")  # cells on separate lines
    flattened = "Region Revenue Margin North 4.1 M 12% South 6.3 M 9%"
    assert not row_answerable(TABLE[0], TABLE, flattened)  # the whole table in one line
    assert not row_answerable(TABLE[0], TABLE, "North 4.1 M 13%")


def test_a_date_is_right_on_its_day() -> None:
    assert date_right("2024-02-05", "2024-02-05")
    assert date_right("2024-02-05", "2024-02-05T09:30:00+00:00")
    assert not date_right("2024-02-05", "2026-11-20")
    assert not date_right("2024-02-05", "")


TRUTH = Truth("p.html", "html", "test", "2024-02-05", ("Ferries run hourly.", "A toll starts in June."),
              ("Accept all cookies", "Most read"), (TABLE,))


def test_score_page_counts_each_kind() -> None:
    got = Extracted("Ferries run hourly.\nMost read\nNorth: 4.1 M, 12%\nSouth 6.3 M 9%", date="2024-02-05")
    s = score_page(TRUTH, got)
    assert (s.body_kept, s.body, s.chrome_removed, s.chrome) == (1, 2, 1, 2)
    assert (s.rows_ok, s.rows, s.dates_right, s.dated, s.failed) == (2, 2, 1, 1, 0)
    assert misses(TRUTH, got) == ['body dropped: "A toll starts in June."', 'chrome kept: "Most read"']


def test_a_headline_kept_as_the_title_counts() -> None:
    truth = Truth("p.html", "html", "test", None, ("Toll starts in June",), (), ())
    assert score_page(truth, Extracted("Body.", title="Toll starts in June")).body_kept == 1


def test_a_failed_page_keeps_nothing_and_removes_nothing() -> None:
    s = score_page(TRUTH, Extracted("Ferries run hourly.", date="2024-02-05", failed="not valid UTF-8"))
    assert (s.failed, s.body_kept, s.rows_ok, s.dates_right) == (1, 0, 0, 0)
    assert (s.chrome_removed, s.chrome) == (0, 0)  # left out of the chrome share
    assert misses(TRUTH, Extracted("", failed="not valid UTF-8")) == ["failed to load: not valid UTF-8"]


def test_a_date_given_where_none_is_stated_is_counted() -> None:
    undated = Truth("p.txt", "text", "test", None, (), (), ())
    assert score_page(undated, Extracted("x", date="2025-01-01")).dates_invented == 1
    assert score_page(undated, Extracted("x")).dates_invented == 0


# ---------------------------------------------------------------- the set itself

TRUTHS = load_truth(SET / "truth")


def test_the_set_has_twenty_pages_each_annotated() -> None:
    pages = {p.name for p in (SET / "pages").iterdir()}
    assert len(TRUTHS) >= 20
    assert {t.page for t in TRUTHS} == pages
    assert {t.family for t in TRUTHS} == {"html", "pdf", "markdown", "docx", "text"}
    assert all(t.body for t in TRUTHS)
    assert sum(bool(t.tables) for t in TRUTHS) >= 6
    assert sum(t.date is not None for t in TRUTHS) >= 0.7 * len(TRUTHS)
    assert sum(p.stat().st_size for p in (SET / "pages").iterdir()) < 400_000


# The held-out sets (bench/fidelity-heldout, bench/fidelity-heldout2, ...): same layout, own truth.
HELD_OUT = sorted(p for p in SET.parent.glob("fidelity-heldout*") if (p / "truth").is_dir())
ALL = [(SET, t) for t in TRUTHS] + [(folder, t) for folder in HELD_OUT for t in load_truth(folder / "truth")]


@pytest.mark.parametrize("folder", HELD_OUT, ids=lambda p: p.name)
def test_each_held_out_set_annotates_every_page(folder: Path) -> None:
    truths = load_truth(folder / "truth")
    assert truths and {t.page for t in truths} == {p.name for p in (folder / "pages").iterdir()}
    assert all(t.body for t in truths) and (folder / "notes.md").exists()


def _declared_encoding(folder: Path, page: str) -> str | None:
    """The "encoding" a truth file names for its text page, if any (raw_text guesses UTF-8, then
    cp1252, which misreads a page in another single-byte encoding such as cp1250)."""
    for file in (folder / "truth").glob("*.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("page") == page:
            return data.get("encoding")
    return None


def _every_part(path: Path, encoding: str | None = None) -> str:
    """The page's raw text (a text page in the encoding its truth declares, when it declares one);
    for DOCX also its section header and footer parts, where the held-out sets keep their running
    chrome (raw_text reads the document body only)."""
    text = path.read_bytes().decode(encoding) if encoding and path.suffix == ".txt" else raw_text(path)
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            parts = [z.read(n).decode("utf-8") for n in sorted(z.namelist())
                     if re.fullmatch(r"word/(header|footer)\d*\.xml", n)]
        text = "\n".join(html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", x))) for x in parts) + "\n" + text
    return text


@pytest.mark.parametrize(("folder", "truth"), ALL, ids=lambda x: x.page if isinstance(x, Truth) else x.name)
def test_the_annotation_matches_its_page(folder: Path, truth: Truth) -> None:
    """Every marked line is in the file; body sentences are whole once the chrome is cut out (a
    PDF footer may split one); no chrome line hides inside a body sentence, where it could never
    count as removed."""
    raw = words(_every_part(Path(folder / "pages" / truth.page), _declared_encoding(folder, truth.page)))
    for line in truth.chrome:
        assert f" {words(line)} " in f" {raw} ", line
        raw = f" {raw} ".replace(f" {words(line)} ", " ").strip()
        assert not any(f" {words(line)} " in f" {words(s)} " for s in truth.body), line
    for sentence in truth.body:
        assert kept(sentence, raw), sentence
    for row in (r for table in truth.tables for r in table):
        assert all(f" {words(c)} " in f" {raw} " for c in row.cells), row


def test_every_record_of_a_jsonl_file_is_scored_with_the_first_records_date(tmp_path: Path) -> None:
    import json

    from bench.fidelity import load_with

    page = tmp_path / "two.jsonl"
    records = [{"title": "Bridge reopens", "date": "2024-03-04",
                "text": "The old bridge reopened to walkers on Monday after a year of repairs to its arches."},
               {"title": "Market moves", "date": "2024-03-05",
                "text": "The Saturday market moves to the station car park for the summer while the square is paved."}]
    page.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = load_with("auto", page)
    assert "reopened to walkers" in out.text and "Market moves" in out.text and "station car park" in out.text
    assert out.date == "2024-03-04" and out.title == "Bridge reopens"
