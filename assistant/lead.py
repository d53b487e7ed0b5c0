"""The lead of a verified answer: the short answer inside it, and whether it addresses the question.

Pure functions over the question's analysis, the verified claims and the passages. The
extractive generator says where its short answer is; for a model's draft it is found in
the verified lead sentence and must stand word for word in the cited passage, so a short
answer is always a quotable span of a source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from index.retrieval import Passage
from index.text import verbatim_span

from .answer import Claim, ShortAnswer
from .nlp import parse
from .question import Analysis
from .spans import answer_spans, short_answer
from .text import content_stems, stem
from .verify import Checked


def draft_short(short: tuple[int, int, int] | None, lead: Checked) -> tuple[int, int, int] | None:
    """The generator's short answer, kept only when the verified lead quotes it from the same passage."""
    if short is None or lead.passage != short[0]:
        return None
    return short if lead.start <= short[1] and short[2] <= lead.end else None


def found_short(analysis: Analysis, lead: Checked, passages: Sequence[Passage]) -> tuple[int, int, int] | None:
    """The answer span of a (paraphrased) lead sentence, located in the passage it cites."""
    if lead.passage is None or analysis.explanatory:
        return None
    doc = parse(lead.text)
    at = short_answer(analysis, doc, answer_spans(analysis, doc))
    if at is None:
        return None
    span = verbatim_span(lead.text[at[0] : at[1]], passages[lead.passage - 1].text, ignore_case=True)
    return (lead.passage, *span) if span else None


def addresses(analysis: Analysis, lead_text: str) -> bool:
    """Whether a lead sentence speaks to the question: it holds the kind of thing asked for,
    or (for why/how and open questions) carries the question's focus."""
    if not analysis.explanatory and analysis.labels and not analysis.options:
        return bool(answer_spans(analysis, parse(lead_text)))
    focus = {stem(w) for w in analysis.focus} | {stem(w) for n in analysis.names() for w in n.split()}
    return not focus or bool(focus & set(content_stems(lead_text)))


def to_short_answer(at: tuple[int, int, int], n: int, passages: Sequence[Passage]) -> ShortAnswer:
    p = passages[at[0] - 1]
    return ShortAnswer(p.text[at[1] : at[2]], n, p.start + at[1], p.start + at[2])


def with_short(text: str, short: ShortAnswer | None) -> str:
    """The answer text led by its short answer, when that adds something to the lead sentence."""
    if short is None:
        return text
    words = short.text.rstrip(".")
    if re.search(r"[.!?][\"”’»]$", words):  # '“disgusting.”': the quote already ends the sentence
        return f"{words} [{short.n}] {text}"
    return f"{words}. [{short.n}] {text}"


def with_verdict(text: str, verdict: str, claims: Sequence[Claim]) -> str:
    """The answer text led by its yes or no, cited to the sentences that decide it."""
    if not verdict:
        return text
    cited = dict.fromkeys(n for c in claims if c.supported for n in c.citations)
    return " ".join([f"{verdict.capitalize()}.", *(f"[{n}]" for n in cited), text])


def as_of(date_text: str) -> str:
    """"2026-03-27" -> "27 March 2026" (as much of it as is known)."""
    parts = date_text.split("-")
    try:
        if len(parts) >= 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return f"{d.day} {d:%B} {d.year}"
        if len(parts) == 2:
            return f"{date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    except ValueError:
        return date_text
    return date_text
