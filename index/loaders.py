"""Walk the paths the user gave and load every supported file into a :class:`Document`.

Per-file trouble (a corrupt PDF, a Latin-1 text file, a bad JSONL line) becomes a
:class:`Problem` with advice, never an exception: one bad file must not stop the rest.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .clean import clean_text, find_date
from .clean_html import clean_html
from .documents import Document, LoadResult, Problem, stable_id
from .errors import InputError

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".jsonl",
)
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
_TITLE_CHARS = 80
_SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)


@dataclass(frozen=True)
class _Parsed:
    """What a format reader extracted from one file, before it becomes a Document."""

    text: str
    title: str
    date: str = ""
    url: str = ""


def load_paths(
    paths: Sequence[str | os.PathLike[str]],
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    progress: Callable[[str], None] | None = None,
) -> LoadResult:
    """Load every supported file under ``paths`` (files or folders, walked in sorted order)."""
    result = LoadResult(documents=[], problems=[], skipped=[])
    seen: set[str] = set()
    for arg in paths:
        path = Path(arg)
        if not path.exists():
            result.problems.append(Problem(str(arg), "no such file or folder; check the path"))
            continue
        origin = str(path.resolve())
        for file in _files_under(path, result):
            if progress is not None:
                progress(str(file))
            for doc in _load_file(file, origin, max_file_bytes, result.problems):
                # The same file reached through two arguments is loaded once.
                if doc.doc_id in seen:
                    result.skipped.append(f"{doc.source} (already loaded)")
                    continue
                seen.add(doc.doc_id)
                result.documents.append(doc)
    return result


# ---------------------------------------------------------------- walking


def _files_under(path: Path, result: LoadResult) -> list[Path]:
    """The supported files of one argument; records skipped names and an empty folder."""
    if path.is_file():
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            return [path]
        result.problems.append(Problem(str(path.resolve()), _unsupported(path)))
        return []
    files = list(_walk(path, result.skipped))
    if not files:
        message = f"no supported documents here (supported: {_SUPPORTED_LIST})"
        result.problems.append(Problem(str(path.resolve()), message))
    return files


def _walk(folder: Path, skipped: list[str]) -> Iterator[Path]:
    # followlinks=False: a symlinked folder could point back up the tree and loop forever.
    for root, dirs, names in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in sorted(dirs):
            if name.startswith("."):
                skipped.append(f"{here / name} (hidden)")
            elif (here / name).is_symlink():
                skipped.append(f"{here / name} (symlinked folder, not followed)")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(names):
            file = here / name
            if name.startswith("."):
                skipped.append(f"{file} (hidden)")
            elif file.suffix.lower() not in SUPPORTED_SUFFIXES:
                kind = file.suffix.lower() or "without suffix"
                skipped.append(f"{file} (unsupported type {kind})")
            elif file.is_file():
                yield file


def _unsupported(path: Path) -> str:
    kind = path.suffix.lower() or "without a suffix"
    return f"unsupported file type {kind} (supported: {_SUPPORTED_LIST})"


# ---------------------------------------------------------------- one file


def _load_file(file: Path, origin: str, max_bytes: int, problems: list[Problem]) -> list[Document]:
    source = str(file.resolve())
    try:
        suffix = file.suffix.lower()
        if suffix == ".jsonl":  # each record is a document: the limit applies per record
            return _load_jsonl(file, source, origin, max_bytes, problems)
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"is {_human(size)}, over the {_human(max_bytes)} limit per file; "
                             "split it or raise --max-file-mb")
        parsed = _READERS[suffix](file)
    except InputError as exc:
        problems.append(Problem(source, str(exc)))
        return []
    except OSError as exc:
        problems.append(Problem(source, f"could not read the file ({exc.strerror or exc}); "
                                        "check its permissions"))
        return []
    if not parsed.text.strip():
        problems.append(Problem(source, "no text left after cleaning"))
        return []
    title = parsed.title or _first_line(parsed.text)
    return [Document(stable_id(source), parsed.text, title, source, origin,
                     url=parsed.url, date=parsed.date)]


def _human(n: int) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1].rstrip() + "…"


def _read_text(file: Path) -> str:
    """Strict UTF-8 (a BOM is dropped); binary or mis-encoded files raise InputError."""
    data = file.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text; remove it or give it the right "
                         "extension")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8 {file.name} > "
            f"{file.stem}.utf8{file.suffix}"
        ) from None


def _paragraphs(text: str) -> str:
    """Paragraphs split on blank lines, each one's whitespace collapsed."""
    parts = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    return "\n\n".join(p for p in parts if p)


# ---------------------------------------------------------------- formats


def _read_txt(file: Path) -> _Parsed:
    cleaned = clean_text(_read_text(file))
    return _Parsed(cleaned.text, cleaned.title, cleaned.date)


def _read_html(file: Path) -> _Parsed:
    cleaned = clean_html(_read_text(file))
    return _Parsed(cleaned.text, cleaned.title, cleaned.date, cleaned.url)


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),              # images carry no text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),          # [text](url) -> text
    (re.compile(r"(?<!\w)(\*\*|__)(\S(?:.*?\S)?)\1(?!\w)"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(\S(?:.*?\S)?)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)
_MD_BLOCK_START = re.compile(r"^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)")


def _read_markdown(file: Path) -> _Parsed:
    text = _read_text(file).replace("\r\n", "\n")
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
    return _Parsed(body, title or _first_line(body), find_date(meta.get("date", "")))


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


def _read_pdf(file: Path) -> _Parsed:
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
        raise InputError(f"could not read PDF: {_short(exc)}; is the file complete?") from None
    text = "\n\n".join(_unwrap(page) for page in pages if page.strip())
    if not text.strip():
        raise InputError("no text could be extracted (scanned image? run OCR first)")
    title = _pdf_title(str(meta.get("/Title") or ""))
    created = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(meta.get("/CreationDate") or ""))
    date = find_date("-".join(created.groups())) if created else ""
    return _Parsed(text, title or _first_substantial(text), date)


def _pdf_title(raw: str) -> str:
    """The /Title entry, unless it is a placeholder that PDF writers fill in."""
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", raw.strip())
    return "" if title.lower() in ("untitled", "untitled document", "anonymous") else title


def _short(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= 100 else message[:99] + "…"


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


def _first_substantial(text: str) -> str:
    for line in text.split("\n"):
        if len(line.split()) >= 3:
            return _first_line(line)
    return ""


def _read_docx(file: Path) -> _Parsed:
    import docx  # imported here: only DOCX folders pay for it

    try:
        document = docx.Document(str(file))
        blocks = [_docx_block(item) for item in document.iter_inner_content()]
        props = document.core_properties
    except Exception as exc:  # a damaged zip or XML raises many different types
        raise InputError(f"could not read DOCX: {_short(exc)}; is the file complete?") from None
    paragraphs = [(text, style) for text, style in blocks if text]
    text = "\n\n".join(t for t, _ in paragraphs)
    headings = [t for t, style in paragraphs if style == "title" or style.startswith("heading")]
    title = (props.title or "").strip() or (headings[0] if headings else _first_line(text))
    # python-docx's blank template carries a 2013 creation date and author "python-docx";
    # that date says nothing about the document.
    template = props.author == "python-docx" and not (props.title or "").strip()
    date = props.created.date().isoformat() if props.created and not template else ""
    return _Parsed(text, _first_line(title) if title else "", date)


def _docx_block(item: object) -> tuple[str, str]:
    """(text, lower-case style name) of a paragraph, or of a table as one row per line."""
    rows = getattr(item, "rows", None)
    if rows is not None:
        lines = []
        for row in rows:
            cells: list[str] = []
            for cell in row.cells:
                value = " ".join(cell.text.split())
                if value and value not in cells:  # merged cells repeat their text
                    cells.append(value)
            if cells:
                lines.append(" | ".join(cells))
        return "\n".join(lines), "table"
    style = getattr(getattr(item, "style", None), "name", "") or ""
    return " ".join(str(getattr(item, "text", "")).split()), style.lower()


# ---------------------------------------------------------------- jsonl


def _load_jsonl(file: Path, source: str, origin: str, max_bytes: int, problems: list[Problem]) -> list[Document]:
    """One document per line, read line by line. There is no cap on the whole file: its
    documents take the memory a folder of the same files would, and no line is held
    beyond ``max_bytes`` (a longer one is one problem naming its line; the rest load)."""
    docs: list[Document] = []
    first_line_of: dict[str, int] = {}
    for number, line in _jsonl_lines(file, max_bytes):
        if isinstance(line, InputError):
            problems.append(Problem(source, str(line), line=number))
            continue
        if not line.strip():
            continue
        try:
            record = _jsonl_record(line)
        except InputError as exc:
            problems.append(Problem(source, str(exc), line=number))
            continue
        key = str(record["id"]) if record.get("id") not in (None, "") else f"line {number}"
        if key in first_line_of:
            first = first_line_of[key]
            message = f"duplicate id {key!r} (first on line {first}); ids must be unique"
            problems.append(Problem(source, message, line=number))
            continue
        first_line_of[key] = number
        docs.append(_jsonl_document(record, key, source, origin))
    if not docs and not first_line_of and not any(p.source == source for p in problems):
        problems.append(Problem(source, 'no records found; every line needs {"text": ...}'))
    return docs


def _jsonl_lines(file: Path, max_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text) of each line, or the problem of a line over ``max_bytes`` or not
    UTF-8; no more than ``max_bytes`` of a line is ever held."""
    with file.open("rb") as fh:
        for number in itertools.count(1):
            raw = fh.readline(max_bytes + 2)  # the record, its newline, and a byte to spot a longer one
            if not raw:
                return
            if number == 1 and b"\x00" in raw[:8192]:
                raise InputError("looks like a binary file, not text; remove it or give it the right extension")
            yield number, _jsonl_line(raw, fh, number, max_bytes)


def _jsonl_line(raw: bytes, fh: BinaryIO, number: int, max_bytes: int) -> str | InputError:
    if len(raw.rstrip(b"\r\n")) > max_bytes:
        size = len(raw) + (0 if raw.endswith(b"\n") else _skip_line(fh))
        return InputError(f"record is {_human(size)}, over the {_human(max_bytes)} limit per document; "
                          "split it or raise --max-file-mb")
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"line is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start}); "
                          "JSON Lines files are UTF-8")


def _skip_line(fh: BinaryIO) -> int:
    """Read past the rest of an overlong line a block at a time; returns the bytes skipped."""
    skipped = 0
    while block := fh.readline(1 << 20):
        skipped += len(block)
        if block.endswith(b"\n"):
            break
    return skipped


def _jsonl_record(line: str) -> dict[str, object]:
    hint = 'every line needs {"text": ...}'
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(f"line is not valid JSON ({_short(exc)}); {hint}") from None
    if not isinstance(record, dict):
        raise InputError(f"line is not a JSON object; {hint}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'line has no "text" field; {hint}')
    return record


def _jsonl_document(record: dict[str, object], key: str, source: str, origin: str) -> Document:
    text = _paragraphs(str(record["text"]))
    url = record.get("url")
    url = url.strip() if isinstance(url, str) else ""
    title = record.get("title")
    title = " ".join(title.split()) if isinstance(title, str) else ""
    date = find_date(str(record.get("date") or ""))
    return Document(stable_id(source, key), text, title or _first_line(text),
                    url or f"{source}#{key}", origin, url=url, date=date)


_READERS: dict[str, Callable[[Path], _Parsed]] = {
    ".txt": _read_txt, ".md": _read_markdown, ".markdown": _read_markdown,
    ".html": _read_html, ".htm": _read_html, ".pdf": _read_pdf, ".docx": _read_docx,
}
