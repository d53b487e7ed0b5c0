"""Briefings: several verified answers as one document with footnoted sources.

A briefing is built from ``Answer`` objects only, so it carries nothing verification did not
keep: every sentence is a supported claim, every footnote is one of its citations (the quoted
span of a real passage), and a question the documents do not answer is shown as such, with
no passages. Footnotes are numbered through the whole briefing; sources are listed once.
Building is pure; ``assistant.brief_render`` (Markdown, HTML, and the one ``render`` entry) and
``assistant.brief_docx`` write the formats.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from index.text import verbatim_span

from .answer import Answer, version_label
from .errors import BriefingError

NOT_ANSWERED = "Not answered by the sources."
MAX_QUESTIONS = 100


@dataclass(frozen=True)
class BriefItem:
    question: str
    section: str = ""
    note: str = ""


@dataclass(frozen=True)
class Source:
    number: int
    doc_id: str
    title: str
    outlet: str
    date: str
    location: str  # url, else the file path
    version: int = 1  # of an uploaded file with several versions

    @property
    def name(self) -> str:
        """The title, and "v2" when the cited document is a later version of an upload."""
        return (self.title or self.doc_id) + version_label(self.version)


@dataclass(frozen=True)
class Footnote:
    n: int  # numbered through the whole briefing
    source: int  # Source.number
    quote: str
    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A piece of an answer: text, then the footnotes that follow it."""

    text: str
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class BriefEntry:
    item: BriefItem
    answered: bool
    segments: list[Segment]
    footnotes: list[Footnote]


@dataclass(frozen=True)
class Briefing:
    title: str
    made: str  # "when and from which corpus"
    entries: list[BriefEntry]
    sources: list[Source] = field(default_factory=list)

    @property
    def footnotes(self) -> list[Footnote]:
        return [f for e in self.entries for f in e.footnotes]


# -- questions files ----------------------------------------------------------------


def load_questions(path: Path) -> tuple[str, list[BriefItem]]:
    """(title or "", items) from a text file (one question per line, ``## Heading`` starts a
    section, ``#`` comments) or a YAML file (``title``, ``questions``: strings or
    ``{question, section, note}``, or ``sections``: ``[{heading, questions}]``)."""
    if not path.is_file():
        raise BriefingError(f"no questions file at {path}; write one question per line in a .txt file")
    text = path.read_text(encoding="utf-8")
    title, items = _yaml(text, path) if path.suffix.lower() in (".yaml", ".yml") else ("", _lines(text))
    if not items:
        raise BriefingError(f"{path} holds no questions; write one question per line")
    if len(items) > MAX_QUESTIONS:
        raise BriefingError(f"{path} has {len(items)} questions; a briefing takes at most {MAX_QUESTIONS}")
    return title, items


def _lines(text: str) -> list[BriefItem]:
    items, section = [], ""
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("##"):
            section = line.lstrip("#").strip()
        elif line and not line.startswith("#"):
            items.append(BriefItem(line, section))
    return items


def _yaml(text: str, path: Path) -> tuple[str, list[BriefItem]]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise BriefingError(f"{path} is not valid YAML: {exc}") from exc
    if data is None:
        data = {}
    if isinstance(data, list):
        data = {"questions": data}
    if not isinstance(data, dict):
        raise BriefingError(f"{path}: expected a mapping with \"questions\" or \"sections\"")
    items = _yaml_items(data.get("questions", []), "", path)
    for sec in data.get("sections", []) or []:
        if not isinstance(sec, dict) or not sec.get("heading"):
            raise BriefingError(f"{path}: each section needs a \"heading\" and \"questions\"")
        items += _yaml_items(sec.get("questions", []), str(sec["heading"]), path)
    return str(data.get("title") or ""), items


def _yaml_items(entries: object, section: str, path: Path) -> list[BriefItem]:
    if not isinstance(entries, list):
        raise BriefingError(f"{path}: \"questions\" must be a list")
    items = []
    for e in entries:
        if isinstance(e, str) and e.strip():
            items.append(BriefItem(e.strip(), section))
        elif isinstance(e, dict) and isinstance(e.get("question"), str) and e["question"].strip():
            items.append(BriefItem(e["question"].strip(), str(e.get("section") or section), str(e.get("note") or "")))
        else:
            raise BriefingError(f"{path}: each question is a string or has a \"question\" string; got {e!r}")
    return items


# -- building ------------------------------------------------------------------------


def build_briefing(title: str, items: Sequence[BriefItem], answers: Sequence[Answer], made: str) -> Briefing:
    sources: dict[str, Source] = {}
    entries, next_n = [], 1
    for item, answer in zip(items, answers, strict=True):
        entry = _entry(item, answer, sources, next_n)
        next_n += len(entry.footnotes)
        entries.append(entry)
    return Briefing(title, made, entries, list(sources.values()))


def _entry(item: BriefItem, answer: Answer, sources: dict[str, Source], first: int) -> BriefEntry:
    """One footnote per claim and citation, quoting the span that supports that claim."""
    if answer.abstained:  # the closest passages of an abstention are not sources of anything
        return BriefEntry(item, False, [Segment(NOT_ANSWERED)], [])
    cited = {c.n: c for c in answer.citations}
    segments_: list[Segment] = []
    notes: list[Footnote] = []
    for claim in answer.claims:
        numbers = []
        for c in (cited[n] for n in claim.citations if n in cited):
            if c.doc_id not in sources:
                sources[c.doc_id] = Source(len(sources) + 1, c.doc_id, c.title, outlet(c.url), c.date,
                                           c.url or c.source, c.version)
            start, end = claim_span(claim.text, c.quote)
            notes.append(Footnote(first + len(notes), sources[c.doc_id].number, c.quote[start:end], c.doc_id,
                                  c.start + start, c.start + end))
            numbers.append(notes[-1].n)
        segments_.append(Segment(claim.text if not segments_ else " " + claim.text, tuple(numbers)))
    return BriefEntry(item, True, segments_, notes)


def claim_span(claim: str, quote: str) -> tuple[int, int]:
    """Where the claim stands in the citation's quote, word for word; else the whole quote
    (a citation's quote spans every claim that cites the passage)."""
    return verbatim_span(claim, quote) or (0, len(quote))


def outlet(url: str) -> str:
    """The site a document comes from ("" for a local file: its path is its location)."""
    return urlparse(url).netloc.lower().removeprefix("www.") if url else ""


def source_line(s: Source) -> str:
    """"Title. outlet, date. location" without empty parts."""
    parts = [s.name, ", ".join(p for p in (s.outlet, s.date) if p), s.location]
    return ". ".join(p for p in parts if p)


# -- making one ---------------------------------------------------------------------------

def make_briefing(assistant: Any, items: Sequence[BriefItem], title: str = "",
                  progress: Callable[[str, int, int], None] | None = None, when: datetime | None = None) -> Briefing:
    """Ask every question (verified answers only) and build the briefing."""
    answers = []
    for i, item in enumerate(items):
        if progress:
            progress("questions", i, len(items))
        answers.append(assistant.ask(item.question))
    if progress:
        progress("questions", len(items), len(items))
    return build_briefing(title or "Briefing", items, answers, made_line(assistant.index.stats(), when))


def made_line(stats: dict[str, Any], when: datetime | None = None) -> str:
    """When and from which corpus a briefing was made (``stats``: ``Index.stats()``)."""
    when = when or datetime.now(UTC)
    return (f"Made on {when:%Y-%m-%d %H:%M} UTC by corpus-assistant from the collection '{stats['collection']}' "
            f"({stats['n_documents']} documents) in {stats['store']}. Every sentence is quoted from a source "
            "and checked against it.")
