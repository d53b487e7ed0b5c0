"""Verdict types shared by every faithfulness judge (offline scorer, LLM judge, NLI slot)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Evidence:
    """The source span that best supports (or fails to support) a claim."""

    source: int  # index into the sources list
    start: int  # character offsets into that source
    end: int
    text: str


@dataclass(frozen=True)
class ClaimVerdict:
    text: str
    supported: bool
    score: float  # in [0, 1]: how well the sources support the claim
    evidence: Evidence | None = None
    reasons: tuple[str, ...] = ()  # why not supported, e.g. "number 7 not in sources"


@dataclass(frozen=True)
class Verdict:
    score: float  # in [0, 1]
    supported: bool
    claims: list[ClaimVerdict] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "score": round(self.score, 4),
            "supported": self.supported,
            "claims": [
                {"text": c.text, "supported": c.supported, "score": round(c.score, 4),
                 "evidence": asdict(c.evidence) if c.evidence else None,
                 "reasons": list(c.reasons)}
                for c in self.claims
            ],
        }


class Judge(Protocol):
    """Decides, claim by claim, whether ``sources`` support ``answer``."""

    name: str

    def judge(self, answer: str, sources: Sequence[str], question: str = "") -> Verdict: ...

    def judge_claims(self, claims: Sequence[str], sources: Sequence[str], question: str = "") -> list[ClaimVerdict]: ...
