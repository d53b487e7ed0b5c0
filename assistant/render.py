"""Answers as Markdown with real footnotes and a Sources list."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .answer import Answer, Citation

_MARKER = re.compile(r"\s?\[(\d+)\]")


def answer_markdown(answer: Answer) -> str:
    if answer.abstained:
        body = answer.answer
        sources = "\n".join(f"- {_source_line(c)}" for c in answer.citations)
        return f"{body}\n\nClosest passages:\n\n{sources}\n" if sources else body + "\n"
    body = _MARKER.sub(lambda m: f"[^{m.group(1)}]", answer.answer)
    if answer.as_of:
        body += f"\n\n_As of {answer.as_of}._"
    notes = "\n".join(f'[^{c.n}]: {_source_line(c)}: "{_quote(c.quote)}"' for c in answer.citations)
    listing = "\n".join(f"{i}. {line}" for i, line in enumerate(_sources(answer.citations), start=1))
    return f"{body}\n\n{notes}\n\n**Sources**\n\n{listing}\n"


def _sources(citations: list[Citation]) -> list[str]:
    """One line per document, with the footnotes that cite it."""
    notes: dict[str, list[Citation]] = {}
    for c in citations:
        notes.setdefault(c.doc_id, []).append(c)
    return [f"{_source_line(cs[0])}: {', '.join(f'[^{c.n}]' for c in cs)}" for cs in notes.values()]


def _source_line(c: Citation) -> str:
    where = c.url or c.source
    date = f", {c.date}" if c.date else ""
    return f"{c.title or 'Untitled'}{date} ({where})"


def _quote(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split()).replace('"', "'")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
