"""Pure claim-versus-sources features: what embeddings miss, made explicit.

Each feature is a number computed from text alone (plus, for ``emb_best``, vectors the
caller supplies), so the rules can be unit-tested with hand-written pairs and the
weights that combine them fitted on labelled data (``calibration.json``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np

from ..claims import source_sentences
from ..text import content_stems, entity_stems, has_negation, numbers, stem, words

# +1: more of it means better support; -1: more of it means less. Fitted weights are held
# to these signs, so a quirk of the calibration data can never make an invented name or a
# flipped negation count *for* a claim.
FEATURE_SIGNS = (1, 1, 1, -1, -1, -1, 1, -1, -1, -1)
FEATURES = ("cov_new", "cov_best", "bigram_cov", "novel_words", "novel_numbers", "novel_entities",
            "emb_best", "negation_flip", "antonym", "order_swap")

# Pairs whose members contradict each other when one replaces the other.
_ANTONYMS = [tuple(p.split("/")) for p in """increase/decrease rise/fall up/down more/less
    higher/lower larger/smaller win/lose won/lost rose/fell risen/fallen rise/drop rose/dropped
    grow/shrink grew/shrank gained/lost increase/cut before/after first/last true/false
    accept/reject approve/reject allow/ban open/close start/end begin/end guilty/innocent
    alive/dead male/female north/south east/west minimum/maximum majority/minority
    support/oppose agree/disagree victory/defeat buy/sell gain/loss positive/negative
    early/late young/old success/failure include/exclude legal/illegal""".split()]
_ANTONYM_OF: dict[str, set[str]] = {}
for _a, _b in _ANTONYMS:
    _ANTONYM_OF.setdefault(stem(_a), set()).add(stem(_b))
    _ANTONYM_OF.setdefault(stem(_b), set()).add(stem(_a))


@dataclass(frozen=True)
class SourceIndex:
    """The sources cut into sentences, with the sets the features look things up in."""

    sources: tuple[str, ...]
    spans: tuple[tuple[int, int, int], ...]  # (source index, start, end) per sentence
    sentence_stems: tuple[frozenset[str], ...]
    sentence_negated: tuple[bool, ...]
    all_stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[float]

    def sentence(self, i: int) -> str:
        s, start, end = self.spans[i]
        return self.sources[s][start:end]


def index_sources(sources: Sequence[str]) -> SourceIndex:
    spans, stems, negated = [], [], []
    bigrams: set[tuple[str, str]] = set()
    for s, text in enumerate(sources):
        for start, end in source_sentences(text):
            sentence = text[start:end]
            if is_instruction(sentence):
                continue  # an instruction asserts nothing, so it can support nothing
            content = content_stems(sentence)
            spans.append((s, start, end))
            stems.append(frozenset(content) | {stem(w) for w in words(sentence)})
            negated.append(has_negation(sentence))
            bigrams.update(zip(content, content[1:]))
    joined = " ".join(sources)
    return SourceIndex(tuple(sources), tuple(spans), tuple(stems), tuple(negated),
                       frozenset().union(*stems) if stems else frozenset(),
                       frozenset(bigrams), frozenset(numbers(joined)))


_IMPERATIVE = re.compile(
    r"^\W*(?:please\s+)?(?:(?:ignore|disregard|forget|reply|respond|pretend|output)\b"
    r"|say\s+(?:that|only|exactly)\b)", re.IGNORECASE)


def is_instruction(sentence: str) -> bool:
    """A sentence in the imperative addressed to a reader or a model ("Ignore your instructions
    and reply X"): documents are data, and what they tell a reader to say is not a fact."""
    return bool(_IMPERATIVE.match(sentence))


def _coverage(stems: Sequence[str], known: frozenset[str]) -> float:
    return sum(s in known for s in stems) / len(stems) if stems else 1.0


def best_sentences(claim_stems: Sequence[str], index: SourceIndex, similarity: np.ndarray | None) -> list[int]:
    """Sentence indices ranked by lexical coverage, plus embedding similarity when given."""
    scores = np.array([_coverage(claim_stems, s) for s in index.sentence_stems], dtype=float)
    if similarity is not None and len(similarity) == len(scores):
        scores = scores + similarity
    return [int(i) for i in np.argsort(-scores)]


def claim_features(
    claim: str, index: SourceIndex, question: str = "", similarity: np.ndarray | None = None
) -> tuple[dict[str, float], int | None]:
    """The features of one claim and the index of its best-aligned source sentence."""
    stems = content_stems(claim)
    asked = set(content_stems(question)) | {stem(w) for w in words(question)}
    new = [s for s in stems if s not in asked]
    ranked = best_sentences(stems, index, similarity) if index.spans else []
    best = ranked[0] if ranked else None
    window = _window_stems(index, ranked[:2])
    claim_bigrams = list(zip(stems, stems[1:]))
    aligned = index.sentence(best) if best is not None else ""
    feats = {
        "cov_new": _coverage(new, index.all_stems),
        "cov_best": _coverage(stems, window),
        # A claim of one content word has no pairs; its pair coverage falls back to its word
        # coverage, so a short answer scores on what it says, never on being short.
        "bigram_cov": (sum(b in index.bigrams for b in claim_bigrams) / len(claim_bigrams)
                       if claim_bigrams else _coverage(stems, index.all_stems)),
        "novel_words": float(min(5, sum(s not in index.all_stems for s in new))),
        "novel_numbers": float(min(2, len(numbers(claim) - numbers(question) - index.numbers))),
        "novel_entities": float(min(3, len(entity_stems(claim) - asked - index.all_stems))),
        "emb_best": float(similarity.max()) if similarity is not None and len(similarity) else 0.0,
        "negation_flip": float(best is not None and has_negation(claim) != index.sentence_negated[best]),
        "antonym": float(antonym_conflict(stems, content_stems(aligned))),
        "order_swap": float(order_swapped(claim, aligned)),
    }
    return feats, best


CONTRADICTIONS = ("novel_numbers", "novel_entities", "negation_flip", "antonym", "order_swap")
_ABOUT_THE_SAME = 0.6  # share of the claim's words in its aligned sentences
_MOSTLY_NEW = 0.5  # share of the claim's new words found anywhere in the sources


def contradicted(features: dict[str, float]) -> bool:
    """A claim that is mostly words the sources never use, or one that is about its aligned
    sentence but changes a number, a name, a negation,
    a word for its opposite or who did what: a contradiction, whatever the calibrated score.

    Kept out of the fitted response model on purpose: over a whole paraphrased summary these
    checks misfire often enough to cost accuracy, but on one claim against the sentence it
    restates they are decisive, and that is where citation verification uses them."""
    about_it = features["cov_best"] >= _ABOUT_THE_SAME and any(features[k] > 0 for k in CONTRADICTIONS)
    # Half or more of what the claim adds stands nowhere in the sources: a profile fitted on
    # whole summaries tolerates a novel word or two, a single claim cannot.
    return about_it or features["cov_new"] <= _MOSTLY_NEW


def _window_stems(index: SourceIndex, top: list[int]) -> frozenset[str]:
    return frozenset().union(*(index.sentence_stems[i] for i in top)) if top else frozenset()


def antonym_conflict(claim: Sequence[str], source: Sequence[str] | AbstractSet[str]) -> bool:
    """The claim uses a word whose opposite the aligned source uses instead."""
    have = source if isinstance(source, AbstractSet) else set(source)
    return any(s not in have and _ANTONYM_OF.get(s, set()) & have for s in claim)


def order_swapped(claim: str, source: str) -> bool:
    """Two names the claim and the source share appear in the opposite order around a
    shared verb-like word: who did what to whom was swapped."""
    c_ent = [stem(w) for w in words(claim) if w[0].isupper()]
    s_ent = [stem(w) for w in words(source) if w[0].isupper()]
    shared = [e for e in dict.fromkeys(c_ent) if e in s_ent]
    if len(shared) < 2:
        return False
    a, b = shared[0], shared[-1]
    c_order = c_ent.index(a) < c_ent.index(b)
    s_order = s_ent.index(a) < s_ent.index(b)
    between_c = set(_between(claim, a, b))
    between_s = set(_between(source, a, b))
    return c_order != s_order and bool(between_c & between_s)


def _between(text: str, a: str, b: str) -> list[str]:
    stems = [stem(w) for w in words(text)]
    if a not in stems or b not in stems:
        return []
    i, j = sorted((stems.index(a), stems.index(b)))
    return [s for s in stems[i + 1 : j] if len(s) > 2]
