"""Walk the paths the user gave and load every supported file into a :class:`Document`.

Per-file trouble (a corrupt PDF, a binary file, a bad JSONL line) becomes a
:class:`Problem` with advice, never an exception: one bad file must not stop the rest.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from .clean import clean_text, find_date
from .crawl_records import is_crawl_record
from .dates import iso_date, stated_date
from .documents import Document, LoadResult, Problem, stable_id
from .errors import InputError
from .extractors import DEFAULT_EXTRACTORS, Reader, readers
from .front_matter import DATE_KEYS
from .parsed import first_line as _first_line
from .parsed import short_message as _short
from .record_html import epoch_date, html_paragraphs, is_html

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".jsonl",
)
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
_SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)
_DATE_LINE_WORDS = 12  # a byline or date line ("Posted on May 2, 2025 by Editor"), not a sentence


def load_paths(
    paths: Sequence[str | os.PathLike[str]],
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    progress: Callable[[str], None] | None = None,
    extractors: str = DEFAULT_EXTRACTORS,
) -> LoadResult:
    """Load every supported file under ``paths`` (files or folders, walked in sorted order).

    ``extractors`` picks how each format becomes text: ``auto`` (maintained libraries) or
    ``rules`` (the earlier hand-written cleaner); see :mod:`index.extractors`.
    """
    by_suffix = readers(extractors)
    result = LoadResult(documents=[], problems=[], skipped=[])
    seen: set[str] = set()
    for file, origin in iter_files(paths, result):
        if progress is not None:
            progress(str(file))
        add_loaded(result, seen, _load_file(file, origin, max_file_bytes, result.problems, by_suffix))
    return result


def load_file(file: Path, origin: str, max_file_bytes: int, extractors: str) -> tuple[list[Document], list[Problem]]:
    """One file's documents and problems: the unit of work a worker process can take."""
    problems: list[Problem] = []
    return _load_file(file, origin, max_file_bytes, problems, readers(extractors)), problems


def add_loaded(result: LoadResult, seen: set[str], docs: list[Document]) -> None:
    """Add one file's documents; the same file reached through two arguments is loaded once."""
    for doc in docs:
        if doc.doc_id in seen:
            result.skipped.append(f"{doc.source} (already loaded)")
            continue
        seen.add(doc.doc_id)
        result.documents.append(doc)


# ---------------------------------------------------------------- walking


def iter_files(paths: Sequence[str | os.PathLike[str]], result: LoadResult) -> Iterator[tuple[Path, str]]:
    """(file, origin) of every supported file under ``paths``, in sorted order; missing paths,
    skipped names and empty folders are noted in ``result`` as the walk reaches them."""
    for arg in paths:
        path = Path(arg)
        if not path.exists():
            result.problems.append(Problem(str(arg), "no such file or folder; check the path"))
            continue
        origin = str(path.resolve())
        for file in _files_under(path, result):
            yield file, origin


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


def _load_file(file: Path, origin: str, max_bytes: int, problems: list[Problem],
               by_suffix: dict[str, Reader]) -> list[Document]:
    source = str(file.resolve())
    try:
        suffix = file.suffix.lower()
        if suffix == ".jsonl":  # each record is a document: the limit applies per record
            return _load_jsonl(file, source, origin, max_bytes, problems)
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"is {_human(size)}, over the {_human(max_bytes)} limit per file; "
                             "split it or raise --max-file-mb")
        parsed = by_suffix[suffix](file)
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


def _paragraphs(text: str) -> str:
    """Paragraphs split on blank lines, each one's whitespace collapsed."""
    parts = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    return "\n\n".join(p for p in parts if p)


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


def _record_date(record: dict[str, object]) -> str:
    for key in DATE_KEYS:
        value = record.get(key)
        found = epoch_date(value) or (iso_date(value) if isinstance(value, str) and not value.isdigit() else "")
        if found:
            return found
    return ""


def _jsonl_document(record: dict[str, object], key: str, source: str, origin: str) -> Document:
    # A record's text is often a crawled page's: it gets the cleaning a text file gets (no
    # "Advertisement", "Share this article", "Read more: ..."), unless that would leave nothing.
    raw = str(record["text"])
    if is_html(raw):  # a CMS export's post body: read as HTML (see index.record_html)
        raw = html_paragraphs(raw)
    text = clean_text(raw).text or _paragraphs(raw)
    url = record.get("url")
    url = url.strip() if isinstance(url, str) else ""
    title = record.get("title")
    title = " ".join(title.split()) if isinstance(title, str) else ""
    # python-dateutil reads what the exports write ("14-10-2025", "2025-10-14T08:00:00Z",
    # "Tue, 14 Oct 2025 08:00:00 +0000"); the rules' reader finds a date inside a phrase.
    # A record without a "date" may date itself in another field, as Unix time from a CMS
    # export ("published": 1788853500).
    stated = str(record.get("date") or "").strip()
    date = iso_date(stated) or find_date(stated) or _record_date(record)
    # A crawl's "date" is when the crawler fetched the page: the page's own comes first. A record
    # with no date field at all (a dataset keeping only text, url and a crawl "timestamp") is
    # dated by a date line of its text ("Posted on March 3, 2026 by ..."), never by an event a
    # sentence reports: an encyclopedia's "... released on 4 March 2013 by Roton." is undated.
    if is_crawl_record(record):
        date = stated_date(raw) or date
    elif not date:
        date = stated_date("\n".join(ln for ln in raw.splitlines() if len(ln.split()) <= _DATE_LINE_WORDS))
    return Document(stable_id(source, key), text, title or _first_line(text),
                    url or f"{source}#{key}", origin, url=url, date=date)

