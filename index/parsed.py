"""What a format reader hands back, and the small helpers every reader shares.

A leaf module: the rule-based readers, the library-based readers and the loader all
import it, and it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TITLE_CHARS = 80


@dataclass(frozen=True)
class Parsed:
    """What a format reader extracted from one file, before it becomes a Document."""

    text: str
    title: str
    date: str = ""
    url: str = ""
    author: str = ""  # read where a format states them; a Document does not carry them (yet)
    site: str = ""


def first_line(text: str) -> str:
    """The first line of ``text``, cut to a title's length."""
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def short_message(exc: Exception) -> str:
    """An exception's message on one line, short enough for a Problem."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= 100 else message[:99] + "…"


def read_utf8(file: Path) -> str:
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
