"""Pure scoring for the fidelity benchmark: hand-marked truth against one extracted text.

Every comparison is made on the *word form* of a text: case-folded, NFKC-normalised, and reduced to
its runs of letters and digits joined by single spaces, so "4.1 M", "4.1\u00a0M" and "4.1 m" are the
same and punctuation, quotes and line wrapping never decide a score. A phrase is *present* in a text
when its word form occurs in the text's word form as a whole run of words (so "car" is not found in
"cars").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> str:
    """The word form of ``text``: lower-case words and numbers, one space apart."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def present(phrase: str, text_words: str) -> bool:
    """Whether ``phrase`` occurs, as whole words in order, in an already word-formed text."""
    needle = words(phrase)
    return bool(needle) and f" {needle} " in f" {text_words} "


@dataclass(frozen=True)
class Row:
    """One table row: its label cell and the values that must stand beside it."""

    label: str
    values: tuple[str, ...]

    @property
    def cells(self) -> tuple[str, ...]:
        return (self.label, *self.values)


@dataclass(frozen=True)
class Truth:
    """The hand-marked annotation of one page (one ``truth/*.json`` file)."""

    page: str
    family: str
    template: str
    date: str | None
    body: tuple[str, ...]
    chrome: tuple[str, ...]
    tables: tuple[tuple[Row, ...], ...]

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Truth:
        tables = data.get("tables") or []
        assert isinstance(tables, list)
        rows = tuple(tuple(Row(str(r["label"]), tuple(str(v) for v in r["values"])) for r in table)
                     for table in tables)
        date = data.get("date")
        return cls(str(data["page"]), str(data["family"]), str(data.get("template", "")),
                   str(date) if date else None, _strings(data.get("body")), _strings(data.get("chrome")), rows)


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def load_truth(folder: Path) -> list[Truth]:
    """Every ``*.json`` annotation in ``folder``, in file-name order."""
    return [Truth.from_json(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))]


@dataclass(frozen=True)
class Extracted:
    """What one extractor made of one page: its title and text (a headline kept only as the
    title is kept), its date, or why it failed to load."""

    text: str
    date: str = ""
    failed: str = ""
    title: str = ""

    @property
    def read(self) -> str:
        """Everything a reader of the document sees: the title line, then the text."""
        if self.failed:
            return ""
        return f"{self.title}\n{self.text}" if self.title else self.text


def kept(sentence: str, text: str) -> bool:
    """A body sentence is kept when its words appear, in order and unbroken, in the text."""
    return present(sentence, words(text))


def removed(chrome: str, text: str) -> bool:
    """A chrome line is removed when its words, in order, appear nowhere in the text."""
    return not present(chrome, words(text))


def _holds(row: Row, line_words: str) -> bool:
    return all(present(cell, line_words) for cell in row.cells)


def row_answerable(row: Row, table: Iterable[Row], text: str) -> bool:
    """The row's label and all its values stand in one line of the text, and that line holds no
    other whole row of the table (a table flattened into one line answers nothing)."""
    others = [r for r in table if r != row]
    for line in text.splitlines():
        line_words = words(line)
        if _holds(row, line_words) and not any(_holds(o, line_words) for o in others):
            return True
    return False


def date_right(truth: str, extracted: str) -> bool:
    """The extracted document date (its day part) equals the stated one."""
    return bool(extracted) and extracted[:10] == truth


@dataclass(frozen=True)
class Score:
    """Counts over one page or many; add them up, then read the shares."""

    pages: int = 0
    failed: int = 0
    body_kept: int = 0
    body: int = 0
    chrome_removed: int = 0
    chrome: int = 0
    rows_ok: int = 0
    rows: int = 0
    dates_right: int = 0
    dated: int = 0
    dates_invented: int = 0
    undated: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def share(self, part: str, whole: str) -> float | None:
        total: int = getattr(self, whole)
        return getattr(self, part) / total if total else None


def score_page(truth: Truth, got: Extracted) -> Score:
    """A page that failed to load keeps no body, rows or date; its chrome lines are left out of the
    chrome share, so that failing never counts as removing."""
    failed = bool(got.failed)
    text = got.read
    text_words = words(text)
    rows = [(row, table) for table in truth.tables for row in table]
    return Score(
        pages=1,
        failed=int(failed),
        body_kept=sum(present(s, text_words) for s in truth.body),
        body=len(truth.body),
        chrome_removed=0 if failed else sum(not present(c, text_words) for c in truth.chrome),
        chrome=0 if failed else len(truth.chrome),
        rows_ok=sum(row_answerable(row, table, text) for row, table in rows),
        rows=len(rows),
        dates_right=int(truth.date is not None and not failed and date_right(truth.date, got.date)),
        dated=int(truth.date is not None),
        dates_invented=int(truth.date is None and bool(got.date) and not failed),
        undated=int(truth.date is None),
    )


def misses(truth: Truth, got: Extracted) -> list[str]:
    """What an extractor got wrong on one page, one short line each (for the report)."""
    if got.failed:
        return [f"failed to load: {got.failed}"]
    text_words = words(got.read)
    out = [f"body dropped: {_clip(s)}" for s in truth.body if not present(s, text_words)]
    out += [f"chrome kept: {_clip(c)}" for c in truth.chrome if present(c, text_words)]
    out += [f"row not answerable: {r.label}" for t in truth.tables for r in t if not row_answerable(r, t, got.read)]
    if truth.date is not None and not date_right(truth.date, got.date):
        out.append(f"date {got.date or 'none'}, stated {truth.date}")
    if truth.date is None and got.date:
        out.append(f"date {got.date}, none stated")
    return out


def _clip(text: str, n: int = 60) -> str:
    return f'"{text}"' if len(text) <= n else f'"{text[: n - 1].rstrip()}…"'
