"""Writing one section of a Markdown results page (docs/EVALUATION.md, docs/BENCHMARKS.md)."""

from __future__ import annotations

from pathlib import Path


def write_section(path: Path, heading: str, section: str) -> None:
    """Replace (or append) the section that starts with ``heading``, leaving the others.

    A page that does not exist yet gets a title from its file name."""
    title = f"# {path.stem.title()}\n\n"
    text = path.read_text(encoding="utf-8") if path.exists() else title
    start = text.find(heading)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + ("" if end == -1 else text[end:])
    path.write_text(text, encoding="utf-8")
