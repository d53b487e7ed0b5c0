"""PDF pages to paragraphs: pypdf's text, minus repeated page furniture, with headings kept.

- Page headers and footers are lines that repeat, page numbers aside, on most pages
  ("Technical Brief 14 - Page 1/2"); they go wherever they land, since a footer drawn
  early in the page's content stream can come out mid-paragraph.
- A short line without final punctuation, between a finished sentence and a capitalised
  line, is a heading and stays a block of its own.
- A word hyphenated at a line end is joined again, and so is a paragraph split by a page break.
- A table's cells, which pypdf writes one per line, are put back into rows by their positions
  on the page (cells drawn one after another on the same baseline); consecutive rows are one
  table, also across a page break (a header row repeated on the next page counts once), and
  each row is written with its column headers (:mod:`index.tables`).
- The date is the one the text states, else one the first page states on a short line of its
  own (a version line that paragraph joining ran into the title), else one the last page
  states on a short line of its own among its closing lines (a place-and-date line over a
  department's name), else the one the running
  header or footer repeats on every page ("TN-042 Rev. C, 2025-01-20"), else the metadata's
  (CreationDate, then ModDate).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from .closing_date import closing_date
from .dates import first_date, iso_date, stated_date
from .errors import InputError
from .parsed import Parsed, first_line, short_message
from .pdf_front_pages import masthead_date, without_contents, without_masthead_heads
from .tables import first_row_is_header, key_value_text, table_text

_REPEAT_SHARE = 0.6  # on at least this share of the pages (and at least two) ...
_FURNITURE_WORDS = 15  # ... a line this short is page furniture
_PAGE_NUMBER = re.compile(r"^\W*(page|p\.|seite|p[aá]gina)?\s*\d+(\s*(/|of|de|von)\s*\d+)?\W*$",
                          re.IGNORECASE)
_PAGE_OF = re.compile(r"\b(page|p[aá]gina)\s*\d+\s*(/|of|de)\s*\d+\b", re.IGNORECASE)
# A year on a line of its own is a title's or a heading's last line ("... 2023 to" / "2024"),
# not a page number: no short document runs to page 1900.
_YEAR_ALONE = re.compile(r"^\W*(?:19|20)\d\d\W*$")
_BULLET = re.compile(r"^[•●▪\-*]\s")
_SENTENCE_END = re.compile(r"[.!?:\"”]$")
_HEADING_WORDS = 12


def open_pdf(file: Path) -> tuple[list[str], Any]:
    """Each page's text and the document info; damaged or locked files raise InputError."""
    pages, _, meta = read_pages(file)
    return pages, meta


Row = list[tuple[float, str, bool]]  # the cells of one table row: (x, text, bold)


def read_pages(file: Path) -> tuple[list[str], list[list[Row]], Any]:
    """Each page's text, the table rows pypdf's text holds cell by cell, and the document info."""
    from pypdf import PdfReader  # imported here: only PDF folders pay for it

    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("is password-protected; save an unprotected copy")
        pages, rows = [], []
        footers: set[str] = set()
        for page in reader.pages:
            pieces: list[tuple[float, float, str, bool]] = []

            sized: list[tuple[float, float, str]] = []  # (y, font size, text)

            breaks: set[int] = set()  # pieces a line's end follows, drawn as a piece of its own

            def visit(text: str, cm: Any, tm: Any, font: Any, size: Any,
                      pieces: list[tuple[float, float, str, bool]] = pieces,
                      sized: list[tuple[float, float, str]] = sized, breaks: set[int] = breaks) -> None:
                if not text.strip():
                    if "\n" in text and pieces:
                        breaks.add(len(pieces) - 1)
                    return
                if text.strip():
                    x, y = _reading_frame(tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                                          tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
                                          float(tm[0]) * float(cm[0]) + float(tm[1]) * float(cm[2]),
                                          float(tm[0]) * float(cm[1]) + float(tm[1]) * float(cm[3]))
                    name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
                    pieces.append((x, y, text, "bold" in name.lower()))
                    scale = abs(float(tm[3]) * float(cm[3])) or 1.0
                    sized.append((y, float(size or 0) * scale, text))

            pages.append(page.extract_text(visitor_text=visit) or "")
            rows.append(_rows(_with_line_ends(pieces, breaks)))
            footers = _small_print_footer(sized, float(page.mediabox.height))
        if len(pages) == 1 and footers:  # a longer document's footers are found by their repeats
            pages[-1] = _without_footers(pages[-1], footers)
        meta: Any = reader.metadata or {}
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise InputError(f"could not read PDF: {short_message(exc)}; is the file complete?") from None
    return pages, rows, meta


def _with_line_ends(pieces: list[tuple[float, float, str, bool]],
                    breaks: set[int]) -> list[tuple[float, float, str, bool]]:
    """``pieces``, where no piece ends its line itself but line ends are drawn as pieces of
    their own (an OCR text layer: one text object per line, each line's end after it), with
    those ends put back on the pieces they close, so whole lines are told as on other pages."""
    if not breaks or any(text.endswith("\n") for _, _, text, _ in pieces):
        return pieces
    return [(x, y, f"{text}\n" if i in breaks else text, bold) for i, (x, y, text, bold) in enumerate(pieces)]


def _reading_frame(x: float, y: float, a: float, b: float) -> tuple[float, float]:
    """The point (x, y) of text whose baseline runs along (a, b) on the page, in the frame its
    lines are read in: a page turned a quarter (a landscape table drawn on a portrait page with
    /Rotate 90) draws its rows along the page's height, so their cells share a page x, not a y.
    Text turned by no right angle (a tilted stamp) keeps the page's frame."""
    if abs(b) < _AXIS * abs(a):
        return (x, y) if a >= 0 else (-x, -y)
    if abs(a) < _AXIS * abs(b):
        return (y, -x) if b > 0 else (-y, x)
    return x, y


_AXIS = 0.02  # a baseline within about a degree of an axis runs along it


def _without_footers(page: str, footers: set[str]) -> str:
    """``page`` without its footer lines, also where the text drawn first or last shares a
    line with one (a footer the content stream draws before the page's title)."""
    out = []
    for line in page.split("\n"):
        bare = " ".join(line.split())
        for footer in footers:
            if bare.startswith(footer) or bare.endswith(footer):
                bare = bare.removeprefix(footer).removesuffix(footer).strip()
        if bare:
            out.append(line if bare == " ".join(line.split()) else bare)
    return "\n".join(out)


def _small_print_footer(sized: list[tuple[float, float, str]], height: float) -> set[str]:
    """The lines a page sets in small print at its foot, below all its text in the body's
    size: a company's registration and VAT line under a one-page invoice, where no repeat
    tells a footer; and the few lines at its foot set smaller than all text above them (a
    notice's imprint under a table set nearly as small). Footnotes (a line opening with a
    number or a mark) are text, not footer."""
    weights: Counter[float] = Counter()
    for _, size, text in sized:
        weights[round(size, 1)] += len(text)
    if not weights or height <= 0:
        return set()
    body = weights.most_common(1)[0][0]
    lowest_body = min((y for y, size, _ in sized if size > _SMALL_PRINT * body), default=0.0)
    found = {" ".join(text.split()) for y, size, text in sized
             if size <= _SMALL_PRINT * body and y < lowest_body and y < _FOOT_SHARE * height}
    # and a line at the foot in a size smaller than all the text above it (a notice's imprint,
    # on a page whose table sets the most words in a size near it)
    foot = [(size, text) for y, size, text in sized if y < _FOOT_SHARE * height]
    above = [size for y, size, _ in sized if y >= _FOOT_SHARE * height]
    if above and len(foot) <= _FOOT_LINES:
        found |= {" ".join(text.split()) for size, text in foot if size < min(above)}
    return {line for line in found if line and not _FOOTNOTE.match(line)}


_SMALL_PRINT = 0.85  # of the body's font size
_FOOT_LINES = 3  # a foot's small print is this many pieces of text at the most
_FOOT_SHARE = 0.12  # of the page's height, from its bottom edge
_FOOTNOTE = re.compile(r"^(?:\d+|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])(?:\s|[.)])")


_SAME_LINE = 1.5  # points: cells of one row share their baseline
_WRAP_GAP = 16.0  # points: a cell's wrapped line stands this far below its first, at most
_CELL_WORDS = 12


def _rows(pieces: list[tuple[float, float, str, bool]]) -> list[Row]:
    """Runs of whole lines drawn one after another on one baseline: the cells of a table row.
    (Words set in another font inside a sentence are pieces of one line, not lines of their own.)"""
    found: list[Row] = []
    run: list[tuple[float, float, str, bool]] = []
    for piece in [*pieces, (0.0, float("nan"), "", False)]:
        whole = piece[2].endswith("\n") and 0 < len(piece[2].split()) <= _CELL_WORDS
        if run and whole and abs(piece[1] - run[-1][1]) <= _SAME_LINE and piece[0] > run[-1][0]:
            run.append(piece)
            continue
        if run and whole and abs(piece[0] - run[-1][0]) <= _SAME_LINE and 0 < run[-1][1] - piece[1] <= _WRAP_GAP:
            x, y, text, bold = run[-1]  # a cell's text wrapped onto the line below: still that cell
            run[-1] = (x, y, f"{text.rstrip()} {piece[2]}", bold and piece[3])
            continue
        if len(run) >= 2:
            found.append([(x, " ".join(text.split()), bold) for x, _, text, bold in run])
        run = [piece] if whole else []
    return found


def pdf_title(raw: str) -> str:
    """The /Title entry, unless it is a placeholder that PDF writers fill in."""
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", raw.strip())
    return "" if title.lower() in ("untitled", "untitled document", "anonymous") else title


def first_substantial(text: str) -> str:
    """The first line of three words or more, as a title."""
    for line in text.split("\n"):
        if len(line.split()) >= 3:
            return first_line(line)
    return ""


def read_pdf(file: Path) -> Parsed:
    """The ``auto`` PDF reader."""
    pages, rows, meta = read_pages(file)
    text = pdf_text(pages, rows)
    if not text.strip():
        raise InputError("no text could be extracted (scanned image? run OCR first)")
    title = _not_running(pdf_title(str(meta.get("/Title") or "")), pages, text)
    date = (stated_date(text) or opening_lines_date(pages) or masthead_date(pages) or closing_lines_date(pages)
            or furniture_date(pages) or meta_date(meta))
    return Parsed(text, title or first_substantial(text), date,
                  author=str(meta.get("/Author") or "").strip())


def _not_running(title: str, pages: list[str], text: str) -> str:
    """The /Title entry, unless it is only the running header every page repeats once (dropped
    from the text as furniture): a document's title line is its own first heading, not its
    header's. A first page that writes it twice heads its text with it as well."""
    counts = [[ln.strip() for ln in page.splitlines()].count(title) for page in pages]
    running = len(pages) > 1 and all(n == 1 for n in counts)
    return "" if running and title not in text else title


def pdf_text(pages: list[str], rows: list[list[Row]] | None = None) -> str:
    """The pages' text as paragraphs, without repeated headers and footers; ``rows`` (per page,
    from :func:`read_pages`) turn the lines of a table's cells back into rows."""
    lines = [[ln.strip() for ln in page.strip().replace("\r", "\n").split("\n")] for page in pages]
    marked = [_in_tables(_mark_rows(page, rows[i] if rows and i < len(rows) else []))
              for i, page in enumerate(lines)]
    furniture = _repeated([[ln if isinstance(ln, str) else _ROW for ln in page] for page in marked])
    marked = without_masthead_heads(_without_running_titles(marked))
    kept = [without_contents([ln for ln in page if not (isinstance(ln, str) and _is_furniture(ln, furniture))],
                             len(pages)) for page in marked]
    # One stream of lines, not one per page: a paragraph that runs over a page break
    # (with the footer between its halves) is one paragraph again; so is a table.
    stream = [ln for page in kept for ln in page]
    return _paragraphs(_tables(stream))


def _aligned(row: Row, first: Row) -> bool:
    """``row`` starts in the first column of the table whose first row is ``first``, and each of
    its cells (of the row with fewer) stands near a column of the other (figures set right or
    centred start a little off their header, the further the more their lengths differ)."""
    if abs(row[0][0] - first[0][0]) > _FIRST_COLUMN_SLACK:
        return False
    fewer, more = sorted((row, first), key=len)
    return all(min(abs(x - y) - _flush_right(text, other) for y, other, _ in more) <= _COLUMN_SLACK
               for x, text, _ in fewer)


def _flush_right(text: str, other: str) -> float:
    """How far apart two figures (cells opening with a digit or a currency sign) set flush right
    in one column may start: a character's width for each character more or fewer ("$25 per
    day" under "$150"); nothing for other cells."""
    figures = all(cell[:1].isdigit() or unicodedata.category(cell[:1]) == "Sc" for cell in (text, other) if cell)
    return _CHAR_WIDTH * abs(len(text) - len(other)) if figures else 0.0


_FIRST_COLUMN_SLACK, _COLUMN_SLACK, _CHAR_WIDTH = 6.0, 30.0, 6.0  # points


def _in_tables(page: list[str | Row]) -> list[str | Row]:
    """Rows stay rows only in a run of two or more aligned rows (a table); a lone one (a footer
    with its page number at the right) is its lines again."""
    out: list[str | Row] = []
    for run in _runs(page):
        if isinstance(run, str):
            out.append(run)
        elif len(run) == 1:
            out.extend(text for _, text, _ in run[0])
        else:
            out.extend(run)
    return out


def _runs(stream: list[str | Row]) -> list[str | list[Row]]:
    """The lines as they are, and each run of consecutive rows aligned with its first as one list."""
    out: list[str | list[Row]] = []
    i = 0
    while i < len(stream):
        item = stream[i]
        if isinstance(item, str):
            out.append(item)
            i += 1
            continue
        run = [item]
        i += 1
        while i < len(stream) and not isinstance(stream[i], str) and _aligned(stream[i], item):  # type: ignore[arg-type]
            run.append(stream[i])  # type: ignore[arg-type]
            i += 1
        out.append(run)
    return out


def _mark_rows(lines: list[str], rows: list[Row]) -> list[str | Row]:
    """The page's lines with each table row's run of cell lines replaced by the row."""
    out: list[str | Row] = []
    i = 0
    for row in rows:
        cells = [text for _, text, _ in row]
        at, end = next(((j, e) for j in range(i, len(lines)) if (e := _cell_lines(lines, j, cells)) is not None),
                       (None, None))
        if at is None or end is None:
            continue
        out.extend(lines[i:at])
        out.append(row)
        i = end
    out.extend(lines[i:])
    return out


def _cell_lines(lines: list[str], start: int, cells: list[str]) -> int | None:
    """Where the lines from ``start`` that spell ``cells`` in order end (a wrapped cell takes
    more than one line); None when they do not."""
    at = start
    for cell in cells:
        text = ""
        while at < len(lines) and len(text) < len(cell):
            text = f"{text} {' '.join(lines[at].split())}".strip()
            at += 1
            if not cell.startswith(text):
                return None
        if text != cell:
            return None
    return at


def _tables(stream: list[str | Row]) -> list[str]:
    """Consecutive aligned rows written as one table, across a page break too."""
    return [run if isinstance(run, str) else _table(run) if len(run) > 1 else "\n".join(t for _, t, _ in run[0])
            for run in _runs(stream)]


def _table(rows: list[Row]) -> str:
    """Cells placed in the columns of the widest row: in order when a row has a cell for every
    column (a figure set right starts nearer the next column's header than its own), else by
    their position (an empty cell draws nothing); a header row that a page break repeated is
    dropped."""
    columns = [x for x, _, _ in max(rows, key=len)]
    grid: list[list[str]] = []
    bold: list[bool] = []
    for row in rows:
        cells = [""] * len(columns)
        for i, (x, text, _) in enumerate(row):
            col = i if len(row) == len(columns) else min(range(len(columns)), key=lambda c: abs(columns[c] - x))
            cells[col] = f"{cells[col]} {text}".strip()
        if grid and cells == grid[0]:
            continue  # the header again, after a page break
        grid.append(cells)
        bold.append(all(b for _, _, b in row))
    if first_row_is_header(grid, bold):
        return _TABLE + table_text(grid, has_header=True)
    return _TABLE + key_value_text(grid)


_TABLE = "\x00table\x00"  # marks a table's lines for _paragraphs, which keeps them as they are


def opening_lines_date(pages: list[str]) -> str:
    """The date the first page states on a short line of its own among its opening lines, as the
    page draws them ("Version 0.3 for panel review · 2 March 2026" under the title), when joining
    wrapped lines into paragraphs put that line inside a longer one; running headers and footers
    (lines repeated on most pages) do not count. "" when none."""
    lines = [[ln.strip() for ln in page.strip().replace("\r", "\n").split("\n")] for page in pages]
    if not lines:
        return ""
    repeated = _repeated(lines)
    return stated_date("\n".join(ln for ln in lines[0] if ln and not _is_furniture(ln, repeated)))


def closing_lines_date(pages: list[str]) -> str:
    """The date of a short line of its own among the last page's closing lines, as the page
    draws them ("Borgå den 6 november 2026" over the department's name), when joining wrapped
    lines into paragraphs ran that line into the one under it; running headers and footers do
    not count (see :func:`index.closing_date.closing_date`). "" when none."""
    lines = [[ln.strip() for ln in page.strip().replace("\r", "\n").split("\n")] for page in pages]
    if not lines:
        return ""
    repeated = _repeated(lines)
    return closing_date("\n".join(ln for ln in lines[-1] if ln and not _is_furniture(ln, repeated)))


def furniture_date(pages: list[str]) -> str:
    """The date that the repeated header or footer lines state (a revision or issue date set in
    the running footer), when the pages' furniture agrees on one; "" when none."""
    lines = [[ln.strip() for ln in page.strip().replace("\r", "\n").split("\n")] for page in pages]
    repeated = _repeated(lines)
    dates = Counter(found for page in lines for found in {first_date(ln) for ln in page
                                                          if ln and _shape(ln) in repeated} if found)
    if not dates:
        return ""
    (best, count), *rest = dates.most_common()
    return best if count >= 2 and not (rest and rest[0][1] == count) else ""


def _shape(line: str) -> str:
    """A line with its numbers blanked, so "Page 1/2" and "Page 2/2" are the same line."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _repeated(pages: list[list[str]]) -> set[str]:
    """Shapes of short lines found in the same place (see :func:`_placed`) on most pages."""
    if len(pages) < 2:
        return set()
    counts = Counter(key for page in pages for key in _placed(page))
    needed = max(2, _REPEAT_SHARE * len(pages))
    return {key[0] for key, n in counts.items() if n >= needed and len(key[0].split()) <= _FURNITURE_WORDS}


_ROW = "\0row"  # a table's row, in the lines :func:`_repeated` counts (it keeps the others' places)


def _placed(page: list[str]) -> set[tuple[str, int | str]]:
    """A page's line shapes, each with its place counted from the top (0, 1, ...) and from the
    bottom (-1, -2, ...), and "edge" for one among the page's first or last lines: a running
    header or footer stands in the same place on every page, or at an edge (below a first
    page's letterhead), while a line that recurs in the text ("heures." ending a sentence on
    two pages) does neither."""
    lines = [ln for ln in page if ln]
    return {(_shape(ln), at) for i, ln in enumerate(lines) if ln != _ROW
            for at in (i, i - len(lines), *(("edge",) if i < _EDGE_LINES or i >= len(lines) - _EDGE_LINES else ()))}


_EDGE_LINES = 5  # a header's or a footer's lines are among the first or the last of its page


def _is_furniture(line: str, repeated: set[str]) -> bool:
    if not line:
        return False
    if _shape(line) in repeated or (_PAGE_NUMBER.match(line) and not _YEAR_ALONE.match(line)):
        return True
    return bool(_PAGE_OF.search(line)) and len(line.split()) <= _FURNITURE_WORDS


_TOP_LINES = 3  # a running header is among a page's first lines (the footer may come out first)
_PAGE_OF_TAIL = re.compile(rf"\s*[-–—|·,]?\s*{_PAGE_OF.pattern}\s*[-–—|·,]?\s*", re.IGNORECASE)


def _running_title(pages: list[list[str | Row]]) -> str:
    """The document's running title: what its "Page n of m" footer says besides the page
    number ("Bathing Bulletin 7/2025 - Page 2 of 2" -> "Bathing Bulletin 7/2025"), when every
    page after the first says the same; "" when none does."""
    names = set()
    for page in pages[1:]:
        found = [_PAGE_OF_TAIL.sub(" ", ln).strip() for ln in page if isinstance(ln, str) and _PAGE_OF.search(ln)
                 and len(ln.split()) <= _FURNITURE_WORDS]
        if not found:
            return ""
        names.add(found[0])
    name = names.pop() if len(names) == 1 else ""
    return name if len(name.split()) >= 2 else ""


def _without_running_titles(pages: list[list[str | Row]]) -> list[list[str | Row]]:
    """Pages after the first without a header line at their top that holds the running title
    (:func:`_running_title`) beside other words ("Seabourne Council - Bathing Bulletin 7/2025"):
    a running header, even where it is printed on one page only (the first has a letterhead)."""
    name = _running_title(pages)
    if not name:
        return pages

    def header(line: str | Row, i: int) -> bool:
        return isinstance(line, str) and i < _TOP_LINES and name in line and len(line.split()) <= _FURNITURE_WORDS

    return [pages[0], *([ln for i, ln in enumerate(page) if not header(ln, i)] for page in pages[1:])]


def _paragraphs(lines: list[str]) -> str:
    """Join hard-wrapped lines into paragraphs; headings stay blocks of their own.

    The last line of a paragraph rarely reaches the right margin, so a line clearly shorter
    than the typical line ends a paragraph when it ends a sentence.
    """
    lengths = sorted(len(ln) for ln in lines if ln and not ln.startswith(_TABLE))
    typical = lengths[len(lengths) // 2] if lengths else 0
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if line.startswith(_TABLE):
            paragraphs.extend((current, line))
            current = ""
            continue
        if not line or _BULLET.match(line) or _is_heading(lines, i, typical):
            paragraphs.append(current)
            current = ""
            if not line:
                continue
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line  # a word hyphenated at the line end
        else:
            current = f"{current} {line}".strip()
        ends = bool(_SENTENCE_END.search(line)) and len(line) < 0.8 * typical
        if ends or _is_heading(lines, i, typical):
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n\n".join(p.removeprefix(_TABLE) if p.startswith(_TABLE) else " ".join(p.split())
                       for p in paragraphs if p.strip())


def _is_heading(lines: list[str], i: int, typical: int) -> bool:
    line = lines[i]
    before = lines[i - 1] if i > 0 else ""
    after = lines[i + 1].removeprefix(_TABLE) if i + 1 < len(lines) else ""  # a table starts like a line
    return (
        0 < len(line.split()) <= _HEADING_WORDS
        and len(line) < 0.6 * typical
        and (line[:1].isupper() or line[:1].isdigit())
        and not re.search(r"[.!?,;:]$", line)
        and (after[:1].isupper() or after[:1].isdigit())
        and (not before or bool(_SENTENCE_END.search(before)) or _is_short(before, typical))
    )


def _is_short(line: str, typical: int) -> bool:
    return len(line) < 0.6 * typical and not re.search(r"[,;]$", line)


def meta_date(meta: Any) -> str:
    for key in ("/CreationDate", "/ModDate"):
        found = iso_date(str(meta.get(key) or ""))
        if found:
            return found
    return ""
