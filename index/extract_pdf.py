"""PDF pages to paragraphs: pypdf's text, minus repeated page furniture, with headings kept.

- Page headers and footers are lines that repeat, page numbers aside, on most pages
  ("Technical Brief 14 - Page 1/2"); they go wherever they land, since a footer drawn
  early in the page's content stream can come out mid-paragraph.
- A short line without final punctuation, between a finished sentence and a capitalised
  line, is a heading and stays a block of its own.
- A word hyphenated at a line end is joined again, and so is a paragraph split by a page break.
- The date is the one the text states, else the metadata's (CreationDate, then ModDate).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from .dates import iso_date, stated_date
from .errors import InputError
from .parsed import Parsed, first_line, short_message

_REPEAT_SHARE = 0.6  # on at least this share of the pages (and at least two) ...
_FURNITURE_WORDS = 15  # ... a line this short is page furniture
_PAGE_NUMBER = re.compile(r"^\W*(page|p\.|seite|p[aá]gina)?\s*\d+(\s*(/|of|de|von)\s*\d+)?\W*$",
                          re.IGNORECASE)
_PAGE_OF = re.compile(r"\b(page|p[aá]gina)\s*\d+\s*(/|of|de)\s*\d+\b", re.IGNORECASE)
_BULLET = re.compile(r"^[•●▪\-*]\s")
_SENTENCE_END = re.compile(r"[.!?:\"”]$")
_HEADING_WORDS = 12


def open_pdf(file: Path) -> tuple[list[str], Any]:
    """Each page's text and the document info; damaged or locked files raise InputError."""
    from pypdf import PdfReader  # imported here: only PDF folders pay for it

    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("is password-protected; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta: Any = reader.metadata or {}
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise InputError(f"could not read PDF: {short_message(exc)}; is the file complete?") from None
    return pages, meta


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
    pages, meta = open_pdf(file)
    text = pdf_text(pages)
    if not text.strip():
        raise InputError("no text could be extracted (scanned image? run OCR first)")
    title = pdf_title(str(meta.get("/Title") or ""))
    date = stated_date(text) or meta_date(meta)
    return Parsed(text, title or first_substantial(text), date,
                  author=str(meta.get("/Author") or "").strip())


def pdf_text(pages: list[str]) -> str:
    """The pages' text as paragraphs, without repeated headers and footers."""
    lines = [[ln.strip() for ln in page.strip().replace("\r", "\n").split("\n")] for page in pages]
    furniture = _repeated(lines)
    # One stream of lines, not one per page: a paragraph that runs over a page break
    # (with the footer between its halves) is one paragraph again.
    return _paragraphs([ln for page in lines for ln in page if not _is_furniture(ln, furniture)])


def _shape(line: str) -> str:
    """A line with its numbers blanked, so "Page 1/2" and "Page 2/2" are the same line."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _repeated(pages: list[list[str]]) -> set[str]:
    """Shapes of short lines found on most pages."""
    if len(pages) < 2:
        return set()
    counts = Counter(s for page in pages for s in {_shape(ln) for ln in page if ln})
    needed = max(2, _REPEAT_SHARE * len(pages))
    return {s for s, n in counts.items() if n >= needed and len(s.split()) <= _FURNITURE_WORDS}


def _is_furniture(line: str, repeated: set[str]) -> bool:
    if not line:
        return False
    if _shape(line) in repeated or _PAGE_NUMBER.match(line):
        return True
    return bool(_PAGE_OF.search(line)) and len(line.split()) <= _FURNITURE_WORDS


def _paragraphs(lines: list[str]) -> str:
    """Join hard-wrapped lines into paragraphs; headings stay blocks of their own.

    The last line of a paragraph rarely reaches the right margin, so a line clearly shorter
    than the typical line ends a paragraph when it ends a sentence.
    """
    lengths = sorted(len(ln) for ln in lines if ln)
    typical = lengths[len(lengths) // 2] if lengths else 0
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
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
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _is_heading(lines: list[str], i: int, typical: int) -> bool:
    line = lines[i]
    before = lines[i - 1] if i > 0 else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
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
