"""The rule-based readers: today's extraction, kept as the ``rules`` extractors.

The fidelity benchmark compares them with the library-based ``auto`` readers in one run,
so they stay exactly as they were when the libraries came in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .clean import clean_text, find_date
from .clean_html import clean_html
from .errors import InputError
from .extract_pdf import first_substantial, open_pdf, pdf_title
from .parsed import Parsed, first_line, read_utf8, short_message


def _read_txt(file: Path) -> Parsed:
    cleaned = clean_text(read_utf8(file))
    return Parsed(cleaned.text, cleaned.title, cleaned.date)


def _read_html(file: Path) -> Parsed:
    cleaned = clean_html(read_utf8(file))
    return Parsed(cleaned.text, cleaned.title, cleaned.date, cleaned.url)


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),              # images carry no text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),          # [text](url) -> text
    (re.compile(r"(?<!\w)(\*\*|__)(\S(?:.*?\S)?)\1(?!\w)"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(\S(?:.*?\S)?)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)
_MD_BLOCK_START = re.compile(r"^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)")


def _read_markdown(file: Path) -> Parsed:
    text = read_utf8(file).replace("\r\n", "\n")
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end():]
    heading = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.MULTILINE)
    body = _markdown_paragraphs(text)
    title = meta.get("title") or (_md_inline(heading.group(1)) if heading else "")
    return Parsed(body, title or first_line(body), find_date(meta.get("date", "")))


def _md_inline(line: str) -> str:
    for pattern, repl in _MD_INLINE:
        line = pattern.sub(repl, line)
    return line


def _markdown_paragraphs(text: str) -> str:
    """Blank-line paragraphs; headings and list items stand alone; code fences kept verbatim."""
    paragraphs: list[str] = []
    current: list[str] = []
    in_code = False

    def flush() -> None:
        if current:
            joined = "\n".join(current) if in_code else " ".join(" ".join(current).split())
            if joined.strip():
                paragraphs.append(joined)
            current.clear()

    for line in text.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            flush()
            in_code = not in_code
            continue
        if in_code:
            current.append(line.rstrip())
        elif not line.strip() or _MD_BLOCK_START.match(line):
            flush()
            stripped = re.sub(r"^\s*(#{1,6}\s+|[-*+]\s+|>\s?)", "", line).rstrip("# ").strip()
            if stripped:
                current.append(_md_inline(stripped))
        else:
            current.append(_md_inline(line.strip()))
    flush()
    return "\n\n".join(paragraphs)


def _read_pdf(file: Path) -> Parsed:
    pages, meta = open_pdf(file)
    text = "\n\n".join(_unwrap(page) for page in pages if page.strip())
    if not text.strip():
        raise InputError("no text could be extracted (scanned image? run OCR first)")
    title = pdf_title(str(meta.get("/Title") or ""))
    created = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(meta.get("/CreationDate") or ""))
    date = find_date("-".join(created.groups())) if created else ""
    return Parsed(text, title or first_substantial(text), date)


def _unwrap(page: str) -> str:
    """Join a page's hard-wrapped lines into paragraphs.

    The last line of a paragraph rarely reaches the right margin, so a line clearly
    shorter than the page's typical line ends a paragraph when it ends a sentence, or
    when it is a heading (very short, and the next line starts with a capital).
    """
    lines = [ln.strip() for ln in page.replace("\r", "\n").split("\n")]
    lengths = sorted(len(ln) for ln in lines if ln)
    typical = lengths[len(lengths) // 2] if lengths else 0
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line or re.match(r"^[•●▪\-*]\s", line):
            paragraphs.append(current)
            current = ""
            if not line:
                continue
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line  # a word hyphenated at the line end
        else:
            current = f"{current} {line}".strip()
        following = lines[i + 1] if i + 1 < len(lines) else ""
        ends_sentence = bool(re.search(r"[.!?:\"”]$", line)) and len(line) < 0.8 * typical
        heading = len(line) < 0.6 * typical and following[:1].isupper()
        if ends_sentence or heading:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


TableRows = Callable[[Any], str]


def read_docx(file: Path, table: TableRows | None = None, properties_date: bool = False,
              prepare: Callable[[Any], None] | None = None) -> Parsed:
    """A DOCX file's paragraphs and tables; ``table`` writes a table (default: cells by " | ");
    ``prepare`` is given the opened document's body element first (the ``auto`` reader's).

    The date is the document properties' creation date unless it is python-docx's blank
    template's. With ``properties_date`` (the ``auto`` reader) a date someone set in the
    properties (created, else modified) counts whatever the author field says; the rules
    reader also refuses any date of a file whose author is "python-docx" and title empty.
    """
    import docx  # imported here: only DOCX folders pay for it

    try:
        document = docx.Document(str(file))
        if prepare is not None:
            prepare(document.element.body)
        blocks = [_docx_block(item, table or _table_rows) for item in document.iter_inner_content()]
        props = document.core_properties
    except Exception as exc:  # a damaged zip or XML raises many different types
        raise InputError(f"could not read DOCX: {short_message(exc)}; is the file complete?") from None
    paragraphs = [(text, style) for text, style in blocks if text]
    text = "\n\n".join(t for t, _ in paragraphs)
    headings = [t for t, style in paragraphs if style == "title" or style.startswith("heading")]
    title = (props.title or "").strip() or (headings[0] if headings else first_line(text))
    # python-docx's blank template carries a 2013 creation date and author "python-docx";
    # that date says nothing about the document, whatever else was filled in.
    template = (props.author == "python-docx" and not (props.title or "").strip()) or (
        props.created is not None and props.created.replace(tzinfo=None) == _DOCX_TEMPLATE_CREATED)
    date = props.created.date().isoformat() if props.created and not template else ""
    if properties_date:
        set_dates = [d for d in (props.created, props.modified)
                     if d is not None and d.replace(tzinfo=None) != _DOCX_TEMPLATE_CREATED]
        date = set_dates[0].date().isoformat() if set_dates else ""
    return Parsed(text, first_line(title) if title else "", date)


_DOCX_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15)  # python-docx's default template


def _docx_block(item: object, table: TableRows) -> tuple[str, str]:
    """(text, lower-case style name) of a paragraph, or of a table as one row per line."""
    if getattr(item, "rows", None) is not None:
        return table(item), "table"
    style = getattr(getattr(item, "style", None), "name", "") or ""
    return " ".join(str(getattr(item, "text", "")).split()), style.lower()


def _table_rows(table: Any) -> str:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if value and value not in cells:  # merged cells repeat their text
                cells.append(value)
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)


RULES_READERS: dict[str, Callable[[Path], Parsed]] = {
    ".txt": _read_txt, ".md": _read_markdown, ".markdown": _read_markdown,
    ".html": _read_html, ".htm": _read_html, ".pdf": _read_pdf, ".docx": read_docx,
}
