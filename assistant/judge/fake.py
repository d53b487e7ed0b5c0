"""A deterministic, content-sensitive judge for unit tests: word overlap, no model."""

from __future__ import annotations

from collections.abc import Sequence

from ..claims import source_sentences, split_claims
from ..text import content_stems
from .types import ClaimVerdict, Evidence, Verdict


class OverlapJudge:
    """A claim is supported when ``threshold`` of its content words stand in one source sentence."""

    name = "fake"

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold

    def judge(self, answer: str, sources: Sequence[str], question: str = "") -> Verdict:
        claims = self.judge_claims(split_claims(answer) or [answer], sources, question)
        score = sum(c.supported for c in claims) / len(claims) if claims else 0.0
        return Verdict(score, all(c.supported for c in claims), claims)

    def judge_claims(self, claims: Sequence[str], sources: Sequence[str], question: str = "") -> list[ClaimVerdict]:
        return [self._claim(c, sources) for c in claims]

    def _claim(self, claim: str, sources: Sequence[str]) -> ClaimVerdict:
        stems = set(content_stems(claim))
        best: tuple[float, Evidence | None] = (0.0, None)
        for i, text in enumerate(sources):
            for s, e in source_sentences(text):
                have = set(content_stems(text[s:e]))
                share = len(stems & have) / len(stems) if stems else 0.0
                if share > best[0]:
                    best = (share, Evidence(i, s, e, text[s:e]))
        return ClaimVerdict(claim, best[0] >= self.threshold, best[0], best[1])
