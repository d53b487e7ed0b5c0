"""Citation verification: every claim of a draft is checked against the passages it cites.

A claim no passage supports is removed (or kept and marked, on request); a citation that
points at the wrong passage is moved to the passage that supports the claim. What is left
is numbered afresh, so [1] is the first source the answer uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.retrieval import Passage
from index.text import verbatim_span

from .answer import Citation, Claim
from .claims import source_sentences
from .judge.types import ClaimVerdict, Judge
from .markers import UNSUPPORTED, after_stop, split_markers
from .text import content_stems


@dataclass(frozen=True)
class DraftClaim:
    text: str
    cited: list[int]  # 1-based passage numbers as the generator wrote them


@dataclass(frozen=True)
class Checked:
    text: str
    passage: int | None  # 1-based passage that supports it, None when none does
    score: float
    start: int = 0  # supporting span, offsets in the passage text
    end: int = 0


def parse_draft(text: str) -> list[DraftClaim]:
    """Sentences of a draft with the [n] markers each carries (markers removed from the text).

    A marker closes its sentence even when the sentence has no full stop (a headline-like
    line followed by "[2]"), so two cited fragments are never glued into one claim."""
    claims: list[DraftClaim] = []
    for before, cited in split_markers(after_stop(text)):  # "in 1932 [1]." -> "in 1932. [1]"
        segment = _sentences(before)
        if segment:
            claims.extend(DraftClaim(s, []) for s in segment[:-1])
            claims.append(DraftClaim(segment[-1], cited))
        elif claims:  # "[1][2]" or a marker after the full stop belongs to the sentence before
            claims[-1].cited.extend(cited)
    return claims


def _sentences(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in source_sentences(text) if re.search(r"\w", text[s:e])]


def check_claim(claim: DraftClaim, passages: Sequence[Passage], judge: Judge) -> Checked:
    """The passage that supports the claim: a cited one if any does, else any other one.

    A "claim" without a single content word ("X.", "Yes.") states nothing a source could
    support, so it is never kept."""
    if not content_stems(claim.text):
        return Checked(claim.text, None, 0.0)
    valid = [n for n in dict.fromkeys(claim.cited) if 1 <= n <= len(passages)]
    for n in valid:
        span = verbatim_span(claim.text, passages[n - 1].text)
        if span:  # a quoted sentence is supported by definition; no model needed
            return Checked(claim.text, n, 1.0, *span)
    order = valid + [n for n in range(1, len(passages) + 1) if n not in valid]
    verdict = judge.judge_claims([claim.text], [passages[n - 1].text for n in order])[0]
    if not verdict.supported or verdict.evidence is None:
        return Checked(claim.text, None, verdict.score)
    n = order[verdict.evidence.source]
    return Checked(claim.text, n, verdict.score, verdict.evidence.start, verdict.evidence.end)


def assemble(
    checked: Sequence[Checked], passages: Sequence[Passage], keep_unsupported: bool = False
) -> tuple[str, list[Claim], list[Citation], list[str]]:
    """The verified answer text, its claims and its citations, renumbered from 1."""
    numbers: dict[int, int] = {}
    spans: dict[int, tuple[int, int]] = {}
    claims, parts, notes = [], [], []
    for c in checked:
        if c.passage is None:
            notes.append(f"removed an unsupported claim: {c.text!r}" if not keep_unsupported
                         else f"unsupported claim kept and marked: {c.text!r}")
            if keep_unsupported:
                claims.append(Claim(c.text, [], False, round(c.score, 4)))
                parts.append(f"{c.text} {UNSUPPORTED}")
            continue
        n = numbers.setdefault(c.passage, len(numbers) + 1)
        old = spans.get(c.passage, (c.start, c.end))
        spans[c.passage] = (min(old[0], c.start), max(old[1], c.end))
        claims.append(Claim(c.text, [n], True, round(c.score, 4)))
        parts.append(f"{c.text} [{n}]")
    citations = [_citation(n, passages[p - 1], spans[p]) for p, n in numbers.items()]
    return " ".join(parts), claims, citations, notes


def _citation(n: int, p: Passage, span: tuple[int, int]) -> Citation:
    start, end = span
    return Citation(n, p.doc_id, p.title, p.source, p.url, p.chunk_id, p.start + start, p.start + end,
                    p.text[start:end], round(p.score, 6), p.date, p.version)


def closest_citations(passages: Sequence[Passage], limit: int = 3) -> list[Citation]:
    """For an abstention: the closest passages, quoted whole, so users can judge for themselves."""
    return [_citation(i, p, (0, len(p.text))) for i, p in enumerate(passages[:limit], start=1)]


__all__ = ["Checked", "ClaimVerdict", "DraftClaim", "assemble", "check_claim", "closest_citations",
           "parse_draft"]
