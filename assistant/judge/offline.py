"""The offline faithfulness scorer: claims aligned to source sentences, checked feature by
feature, and combined with weights calibrated on labelled data.

Models gather (sentence vectors), pure functions decide (``features``, ``calibration``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.encoders import Encoder

from .calibration import Calibration, Profile, load_calibration
from .claims import split_claims
from .features import FEATURES, SourceIndex, best_sentences, claim_features, contradicted, index_sources
from .text import content_stems
from .types import ClaimVerdict, Evidence, Verdict

_SHORT_CLAIM_WORDS = 6
_CACHE_SIZE = 50_000
_CANDIDATES = 8  # source sentences per claim that get embedded


@dataclass(frozen=True)
class ClaimAnalysis:
    text: str
    features: dict[str, float]
    best: int | None  # best-aligned sentence in the SourceIndex


class OfflineJudge:
    name = "offline"

    def __init__(self, encoder: Encoder | None = None, calibration: Calibration | None = None) -> None:
        self._encoder = encoder
        self.calibration = calibration or load_calibration()
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            from index.encoders import MiniLMEncoder

            self._encoder = MiniLMEncoder()
        return self._encoder

    # -- public ---------------------------------------------------------------
    def judge(self, answer: str, sources: Sequence[str], question: str = "") -> Verdict:
        return self._verdict(split_claims(answer) or [answer.strip()], sources, question)

    def judge_claims(self, claims: Sequence[str], sources: Sequence[str], question: str = "") -> list[ClaimVerdict]:
        return self._verdict(list(claims), sources, question).claims

    # -- steps -----------------------------------------------------------------
    def analyse(
        self, claims: Sequence[str], sources: Sequence[str], question: str = ""
    ) -> tuple[SourceIndex, list[ClaimAnalysis]]:
        """Features of every claim against the sources (used by the verdict and by fitting).

        Only the sentences that share the most words with some claim are embedded: a
        lexical prefilter, then an embedding re-rank, which keeps long documents cheap."""
        index = index_sources(sources)
        candidates = [_candidates(c, index) for c in claims]
        pool = sorted(set().union(*candidates)) if candidates else []
        pool_vectors = self._encode([index.sentence(i) for i in pool])
        claim_vectors = self._encode([_with_question(c, question) for c in claims])
        analyses = []
        for claim, vector in zip(claims, claim_vectors):
            similarity = None
            if pool:
                similarity = np.full(len(index.spans), -1.0)
                similarity[pool] = pool_vectors @ vector
            feats, best = claim_features(claim, index, question, similarity)
            analyses.append(ClaimAnalysis(claim, feats, best))
        return index, analyses

    def _verdict(self, claims: list[str], sources: Sequence[str], question: str) -> Verdict:
        if not any(c.strip() for c in claims):
            return Verdict(0.0, False, [])
        index, analyses = self.analyse(claims, sources, question)
        profile = self.calibration.profile(question)
        verdicts = [_claim_verdict(a, index, profile) for a in analyses]
        score = profile.probability([_row(a) for a in analyses])
        return Verdict(score, score >= profile.threshold, verdicts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            for text, vector in zip(todo, self.encoder.encode(todo)):
                self._vectors[text] = vector
            while len(self._vectors) > _CACHE_SIZE:
                self._vectors.popitem(last=False)
        if not texts:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])


def _candidates(claim: str, index: SourceIndex) -> set[int]:
    return set(best_sentences(content_stems(claim), index, None)[:_CANDIDATES])


def _with_question(claim: str, question: str) -> str:
    """A short answer ("Delhi") only means something next to its question."""
    if question and len(claim.split()) <= _SHORT_CLAIM_WORDS:
        return f"{question} {claim}"
    return claim


def _row(a: ClaimAnalysis) -> list[float]:
    return [a.features[k] for k in FEATURES]


def _claim_verdict(a: ClaimAnalysis, index: SourceIndex, profile: Profile) -> ClaimVerdict:
    score = profile.probability([_row(a)])
    if contradicted(a.features):
        score = min(score, profile.threshold / 2)  # a veto: the verdict and the score agree
    evidence = None
    if a.best is not None:
        s, start, end = index.spans[a.best]
        evidence = Evidence(s, start, end, index.sources[s][start:end])
    return ClaimVerdict(a.text, score >= profile.threshold, score, evidence, _reasons(a.features))


def _reasons(f: dict[str, float]) -> tuple[str, ...]:
    reasons = []
    if f["novel_numbers"]:
        reasons.append("a number the sources do not contain")
    if f["novel_entities"]:
        reasons.append("a name the sources do not mention")
    if f["negation_flip"]:
        reasons.append("negation differs from the closest source sentence")
    if f["antonym"]:
        reasons.append("uses the opposite of a word in the closest source sentence")
    if f["order_swap"]:
        reasons.append("who did what to whom is swapped")
    if f["cov_new"] < 0.5:
        reasons.append("most of its content words are not in the sources")
    return tuple(reasons)
