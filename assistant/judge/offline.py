"""The offline faithfulness judge: each claim aligned to the source sentences that can support
it (words plus sentence vectors), then checked for what it asserts (``meaning``): names,
numbers, dates, negation, roles, and any detail the evidence does not give. A claim with a
conflict is unsupported, and so is a response with such a claim: one decision path, the one
that is measured (``python -m evals.judge_eval``).

``mode="fitted"`` is the earlier judge (feature weights fitted on HaluEval, a response-level
score), kept only to be measured beside this one.

Models gather (sentence and word vectors), pure functions decide (``meaning``, ``features``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from index.encoder_cache import cached
from index.encoders import Encoder

from ..claims import split_claims
from ..nlp import parse_later, parse_many
from ..text import content_stems, stem, words
from . import meaning
from .calibration import Calibration, Profile, load_calibration
from .features import FEATURES, SourceIndex, best_sentences, claim_features, contradicted, index_sources
from .forms import written_lower
from .types import ClaimVerdict, Evidence, Verdict

_SHORT_CLAIM_WORDS = 6
_CANDIDATES = 8  # source sentences per claim that get embedded
ALIGNED = 2  # source sentences a claim is checked against (each with the sentence before it)
MODES = ("meaning", "fitted")
DETAIL_FLOOR, DETAIL_STEP, DETAIL_MAX = 0.5, 0.1, 3  # words of its own a claim may use, by its similarity
SLOT_SENTENCES = 12  # sentences a short answer's rivals are looked for in
NEAR_SHARE = 0.8  # a sentence this close (share of the best cosine) is about the same thing
NEAR_MIN = 0.55  # ... and at least this cosine
NEAR_WORDS = 0.3  # or one with this share of the claim's words
NEAR_MAX = 4  # such sentences added to a claim's evidence


@dataclass(frozen=True)
class ClaimAnalysis:
    text: str
    features: dict[str, float]
    best: int | None  # best-aligned sentence in the SourceIndex
    similarity: np.ndarray | None = None  # the claim's cosine with every source sentence (-1: not embedded)


class OfflineJudge:
    name = "offline"

    def __init__(self, encoder: Encoder, calibration: Calibration | None = None,
                 mode: str = "meaning") -> None:
        if mode not in MODES:
            raise ValueError(f"unknown judge mode {mode!r}; valid: {', '.join(MODES)}")
        # Sentence and word vectors come from the deployment's shared cache (the one
        # Components builds); a judge built on a bare encoder gets a cache of its own.
        self._encoder = cached(encoder)
        self.mode = mode
        self.calibration = calibration or load_calibration()

    @property
    def encoder(self) -> Encoder:
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
        index = _indexed(tuple(sources))
        candidates = [_candidates(c, index) for c in claims]
        pool = sorted(set().union(*candidates)) if candidates else []
        texts = [index.sentence(i) for i in pool]
        vectors = self.encoder.encode([*texts, *(_with_question(c, question) for c in claims)])  # one batch
        pool_vectors, claim_vectors = vectors[:len(texts)], vectors[len(texts):]
        analyses = []
        for claim, vector in zip(claims, claim_vectors):
            similarity = None
            if pool:
                similarity = np.full(len(index.spans), -1.0)
                similarity[pool] = pool_vectors @ vector
            feats, best = claim_features(claim, index, question, similarity)
            analyses.append(ClaimAnalysis(claim, feats, best, similarity))
        return index, analyses

    def _verdict(self, claims: list[str], sources: Sequence[str], question: str) -> Verdict:
        if not any(c.strip() for c in claims):
            return Verdict(0.0, False, [])
        if self.mode == "meaning":
            return self._meaning_verdict(claims, sources, question)
        index, analyses = self.analyse(claims, sources, question)
        profile = self.calibration.profile(question)
        verdicts = [_claim_verdict(a, index, profile) for a in analyses]
        score = profile.probability([_row(a) for a in analyses])
        return Verdict(score, score >= profile.threshold, verdicts)

    def _meaning_verdict(self, claims: list[str], sources: Sequence[str], question: str) -> Verdict:
        # a response that is one short span ("Delhi") answers the question: it must fill it
        answer_like = bool(question) and len(claims) == 1 and _short(claims[0])
        # What the checks will parse and is known before the vectors are: spaCy parses it on
        # another thread while the embedding model runs (the checks then find it parsed).
        about = _about(question, _indexed(tuple(sources))) if answer_like else []
        parsing = parse_later([*claims, *about, *([question.strip()] if answer_like else [])])
        index, analyses = self.analyse(claims, sources, question)
        parsing.result()
        verdicts = [self._check(a, index, question, answer_like) for a in analyses]
        score = min(v.score for v in verdicts) if verdicts else 0.0
        return Verdict(score, all(v.supported for v in verdicts), verdicts)

    def _check(self, a: ClaimAnalysis, index: SourceIndex, question: str, answer_like: bool = False) -> ClaimVerdict:
        """One claim against its aligned evidence: supported when nothing conflicts."""
        if a.best is None:
            return ClaimVerdict(a.text, False, 0.0, None, ("detail: the sources are empty",))
        aligned = _aligned(a, index, question)
        window = _window(aligned, index)
        # what the claim restates is checked against the sentences it restates; its names,
        # numbers and details may also come from other sentences about the same thing
        # ("Lavrov" in the list of the delegation), as a summary's do
        near, close = _near(a, index)
        wider = window + [i for i in near if i not in window][:NEAR_MAX]
        about = _about(question, index) if answer_like else []
        # one spaCy batch; the question too, which its analysis then finds parsed
        asked_text = [question.strip()] if answer_like else []
        claim_doc, *docs = parse_many([a.text, *(index.sentence(i) for i in wider), *about, *asked_text])
        about_docs, docs = docs[len(wider):len(wider) + len(about)], docs[:len(wider)]
        evidence = docs[:len(window)]
        asked = frozenset({w.lower() for w in words(question)} | {stem(w) for w in words(question)})
        # a name stands in the sentence that says the rest of the claim ("Drew Carey hosted the
        # show" is not supported by "Bob Barker hosted the show" after a sentence about Carey),
        # in the one before it when that one refers back ("He hosted ..."), or in a sentence
        # nearly as close to the claim
        named = [d for i, d in zip(wider, docs) if i == aligned[0] or i in close]
        lead = docs[wider.index(aligned[0])]
        before = [d for i, d in zip(wider, docs) if _right_before(i, aligned[0], index)]
        # A name, number or date the claim gives and its own sentence does not, where that
        # sentence has one of the same kind the claim leaves out, was put in its place ("in
        # Tarquin" for "in Ulster County", "In 1990" for "In 2006"). Otherwise one from anywhere
        # in the sources is one a summary gathered ("88" from an obituary's first line).
        out = meaning.omitted_facts(claim_doc, lead)
        everything = " ".join(index.sources)
        strict = " ".join(d.text for d in named)
        gathered = [index.sentence(i) for i in near if i != aligned[0]]
        # the sentence the claim copies most, when not its lead ("He was born in Mark Knopfler"
        # drawn to the sentence about Knopfler): a name in the slot of one of its names is a swap too
        copied = max(evidence, key=lambda d: meaning.copied_share(claim_doc, d))
        if copied is lead or meaning.copied_share(claim_doc, copied) <= meaning.copied_share(claim_doc, lead):
            copied = None
        names = _name_conflicts(claim_doc, lead, question, out["entity"], everything, before, gathered, copied)
        # A bare short answer ("2006") says nothing of the other dates of the sentence it aligns
        # to: it must stand in the sources, and fill the question (the slot check below)
        own = not answer_like
        numbers = meaning.number_conflicts(a.text, strict if out["number"] and own else everything, question)
        when = meaning.date_conflicts(a.text, strict if out["date"] and own else everything, question)
        conflicts = [*numbers, *when, *names,
                     *meaning.negation_conflicts(claim_doc, evidence),
                     *meaning.antonym_conflicts(claim_doc, evidence), *meaning.role_conflicts(claim_doc, evidence)]
        if not conflicts and answer_like:
            conflicts = meaning.slot_conflicts(question, a.text, about_docs)
        similarity = max(0.0, min(1.0, a.features["emb_best"]))
        if not conflicts:
            # a paraphrase's own words ("construction" for "work") are tolerated as far as the
            # claim still reads like its evidence; a phrase of new content is not
            allowed = 0 if _short(a.text) else _tolerated(similarity)  # a short answer has no words to spare
            added = meaning.details(claim_doc, docs, self._similar, asked, index.all_stems, allowed)
            conflicts = added if len(added) > allowed else []
        supported = not conflicts
        score = 0.5 + 0.5 * similarity if supported else 0.5 * similarity * (0.5 ** len(conflicts))
        s, start, end = index.spans[aligned[0]]
        evidence_span = Evidence(s, start, end, index.sources[s][start:end])
        return ClaimVerdict(a.text, supported, score, evidence_span, tuple(c.reason for c in conflicts))

    def _similar(self, words: Sequence[str], pool: Sequence[str]) -> dict[str, float]:
        """Each word's best cosine with any of ``pool`` (word vectors, cached; one batch)."""
        if not words or not pool:
            return {}
        vectors = self.encoder.encode([*words, *pool])
        best = (vectors[len(words):] @ vectors[:len(words)].T).max(axis=0)
        return {w: float(b) for w, b in zip(words, best)}



def _name_conflicts(claim: Any, lead: Any, question: str, left_out: Sequence[str], everything: str,
                    before: Sequence[Any], gathered: Sequence[str] = (), copied: Any = None) -> list[meaning.Conflict]:
    """Names the claim gives and its own sentence does not that stand in for one of that
    sentence: in the same slot of a copied sentence, or of a kind the sentence has and the
    claim leaves out; or that the sources never give (nor the sentence before introduces)."""
    out = []
    for c in meaning.name_conflicts(claim, lead, question):
        rival = meaning.slot_rival(claim, lead, c.claim)
        if rival:
            out.append(meaning.Conflict("entity", c.claim, rival))
        elif written_lower(c.claim, everything):
            continue  # "Suspect identified as ...": the sources' "suspect", a common word
        elif not (meaning.names_in(c.claim, everything) or _introduced(c, before)):
            out.append(c)
        elif _swapped(meaning.label_of(c.claim, claim), left_out) and not any(
                meaning.names_in(c.claim, g) for g in gathered):
            out.append(c)
    if copied is not None:
        said = {c.claim for c in out}
        for c in meaning.name_conflicts(claim, copied, question):
            rival = meaning.slot_rival(claim, copied, c.claim)
            if rival and c.claim not in said:
                out.append(meaning.Conflict("entity", c.claim, rival))
    return out


@functools.lru_cache(maxsize=32)
def _indexed(sources: tuple[str, ...]) -> SourceIndex:
    """The sources' index, built once for the answers judged against the same sources in a row
    (a question's right and wrong answers, an answer's claims judged one by one)."""
    return index_sources(sources)


def _aligned(a: ClaimAnalysis, index: SourceIndex, question: str) -> list[int]:
    """The sentences that best match the claim (its words, and its vector when given)."""
    stems = content_stems(f"{question} {a.text}" if question and _short(a.text) else a.text)
    ranked = best_sentences(stems, index, a.similarity)
    return ranked[:ALIGNED] if ranked else ([a.best] if a.best is not None else [])


def _about(question: str, index: SourceIndex) -> list[str]:
    """The source sentences most about the question, in source order."""
    ranked = best_sentences(content_stems(question), index, None)[:SLOT_SENTENCES]
    return [index.sentence(i) for i in sorted(ranked)]


def _tolerated(similarity: float) -> int:
    """How many words of its own a claim this close to its evidence may use."""
    return max(0, min(DETAIL_MAX, int((similarity - DETAIL_FLOOR) / DETAIL_STEP)))


def _swapped(label: str, left_out: Sequence[str]) -> bool:
    """A name of this kind could stand where one the evidence left out did: a person for a
    person, an organisation for a place (the recogniser confuses those), a name of unknown
    kind for either; not a person for a nationality ("Putin's" for a left-out "Russian")."""
    family = {_FAMILY.get(x, x) for x in left_out}
    return _FAMILY.get(label, label) in family or (label == "PROPN" and bool(family & {"person", "place"}))


_FAMILY = {"PERSON": "person", "ORG": "place", "GPE": "place", "LOC": "place", "FAC": "place"}


def _introduced(conflict: meaning.Conflict, before: Sequence[Any]) -> bool:
    """The name stands in the sentence before the claim's own ("According to Putin's adviser
    ..." before "The Russian team will include ...")."""
    return bool(before) and meaning.names_in(conflict.claim, before[0].text)


def _right_before(i: int, j: int, index: SourceIndex) -> bool:
    """Sentence ``i`` comes right before sentence ``j`` in the same source."""
    return i + 1 == j and index.spans[i][0] == index.spans[j][0]


def _near(a: ClaimAnalysis, index: SourceIndex) -> tuple[list[int], set[int]]:
    """Other sentences about the same thing as the claim: nearly as close by their vectors,
    or carrying a good share of its words (the sentences a summary merges), closest first;
    and those of them close by their vectors."""
    stems = set(content_stems(a.text))
    shared = np.array([len(stems & s) / max(1, len(stems)) for s in index.sentence_stems])
    close = np.zeros(len(shared), dtype=bool)
    if a.similarity is not None and len(a.similarity):
        close = a.similarity >= max(NEAR_SHARE * float(a.similarity.max()), NEAR_MIN)
    near = (shared >= NEAR_WORDS) | close
    return [int(i) for i in sorted(np.flatnonzero(near), key=lambda i: -shared[i])], set(np.flatnonzero(close).tolist())


def _window(aligned: list[int], index: SourceIndex) -> list[int]:
    """The aligned sentences with the sentence before each (a pronoun's name is there)."""
    out: list[int] = []
    for i in aligned:
        if i > 0 and _right_before(i - 1, i, index):
            out.append(i - 1)
        out.append(i)
    return list(dict.fromkeys(out))


def _candidates(claim: str, index: SourceIndex) -> set[int]:
    return set(best_sentences(content_stems(claim), index, None)[:_CANDIDATES])


def _short(claim: str) -> bool:
    """A short answer ("Delhi") rather than a statement."""
    return len(claim.split()) <= _SHORT_CLAIM_WORDS


def _with_question(claim: str, question: str) -> str:
    """A short answer ("Delhi") only means something next to its question."""
    if question and _short(claim):
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
