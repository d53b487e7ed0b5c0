"""Eval metrics as pure functions: models gather verdicts, these turn them into numbers.

Retrieval metrics rank *documents* (a document counts once, at its best chunk's rank)
against the suite's expected ``sources``. Citation metrics follow ALCE (Gao et al., 2023,
"Enabling Large Language Models to Generate Text with Citations"): a claim's citation
recall is whether its cited passages together support it; a citation is precise unless
it neither supports the claim alone nor is needed by the others. Correctness is SQuAD's
token F1 plus whether the suite's key facts appear in the answer.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from assistant.markers import strip_markers

# The per-question metrics a report aggregates, and whether higher is better.
HIGHER_IS_BETTER = {
    "hit@1": True, "hit@5": True, "recall@5": True, "mrr@10": True, "ndcg@10": True, "context_recall": True,
    "faithfulness": True, "citation_precision": True, "citation_recall": True,
    "token_f1": True, "fact_recall": True, "abstention_ok": True,
    "answered_correctly": True, "short_em": True, "short_f1": True,
}
AGGREGATE_HIGHER_IS_BETTER = {
    **{k: v for k, v in HIGHER_IS_BETTER.items() if k != "abstention_ok"},
    "abstention_accuracy": True, "answered_answerable": True, "abstained_unanswerable": True,
    "abstention_precision": True, "abstention_recall": True,
    "latency_p50_ms": False, "latency_p95_ms": False,
}

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans({c: " " for c in string.punctuation + "’‘“”–—"})


# -- documents ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocRef:
    doc_id: str
    title: str = ""
    url: str = ""
    source: str = ""


def matches(expected: str, doc: DocRef) -> bool:
    """A suite's source names a document by id, or by part of its title, url or path."""
    if expected == doc.doc_id:
        return True
    needle = _fold(expected)
    return any(needle in _fold(field) for field in (doc.title, doc.url, doc.source) if field)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").casefold().split())


def unique_docs(docs: Iterable[DocRef]) -> list[DocRef]:
    """Documents in first-seen order: a ranking of chunks becomes a ranking of documents."""
    seen: dict[str, DocRef] = {}
    for d in docs:
        seen.setdefault(d.doc_id, d)
    return list(seen.values())


def source_ranks(expected: Sequence[str], ranking: Sequence[DocRef]) -> list[int | None]:
    """For each expected source, the 1-based rank of the first document it matches."""
    return [next((i for i, d in enumerate(ranking, 1) if matches(e, d)), None) for e in expected]


# -- retrieval -----------------------------------------------------------------------


def hit_at_k(ranks: Sequence[int | None], k: int) -> float:
    return float(any(r is not None and r <= k for r in ranks))


def recall_at_k(ranks: Sequence[int | None], k: int) -> float:
    return sum(r is not None and r <= k for r in ranks) / len(ranks) if ranks else 0.0


def mrr_at_k(ranks: Sequence[int | None], k: int) -> float:
    found = [r for r in ranks if r is not None and r <= k]
    return 1.0 / min(found) if found else 0.0


def ndcg_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Binary relevance: each expected source found at rank r adds 1/log2(r + 1)."""
    dcg = sum(1.0 / math.log2(r + 1) for r in set(ranks) if r is not None and r <= k)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(ranks), k) + 1))
    return dcg / ideal if ideal else 0.0


def retrieval_metrics(expected: Sequence[str], ranking: Sequence[DocRef],
                      context: Sequence[DocRef]) -> dict[str, float | None]:
    """Ranking metrics over the retrieved documents, and how many expected sources reached the
    generator (``context``: the documents of the passages it was given)."""
    if not expected:
        return dict.fromkeys(("hit@1", "hit@5", "recall@5", "mrr@10", "ndcg@10", "context_recall"))
    ranks = source_ranks(expected, ranking)
    return {
        "hit@1": hit_at_k(ranks, 1), "hit@5": hit_at_k(ranks, 5), "recall@5": recall_at_k(ranks, 5),
        "mrr@10": mrr_at_k(ranks, 10), "ndcg@10": ndcg_at_k(ranks, 10),
        "context_recall": recall_at_k(source_ranks(expected, context), len(context)),
    }


# -- faithfulness and citations --------------------------------------------------------


@dataclass(frozen=True)
class ClaimSupport:
    """What a judge said about one claim.

    ``grounded``: the answer's sources (all passages it cites) support the claim.
    ``joint``: the claim's own cited passages, together, support it (False when uncited).
    ``alone[i]``: citation i alone supports it. ``without[i]``: the other citations,
    without i, still support it (False when i is the only one)."""

    grounded: bool
    joint: bool
    alone: tuple[bool, ...] = ()
    without: tuple[bool, ...] = ()


def faithfulness(claims: Sequence[ClaimSupport]) -> float | None:
    """Share of claims the answer's sources support; None when the answer makes no claim."""
    return sum(c.grounded for c in claims) / len(claims) if claims else None


def citation_recall(claims: Sequence[ClaimSupport]) -> float | None:
    """ALCE: share of claims whose citations, taken together, support them."""
    return sum(c.joint for c in claims) / len(claims) if claims else None


def citation_precision(claims: Sequence[ClaimSupport]) -> float | None:
    """ALCE: share of citations that support their claim alone or are needed by the others;
    a citation of a claim its citations do not support is never precise."""
    total = sum(len(c.alone) for c in claims)
    if not total:
        return None
    precise = sum(c.joint and (alone or not without)
                  for c in claims for alone, without in zip(c.alone, c.without, strict=True))
    return precise / total


# -- correctness ------------------------------------------------------------------------


def normalize(text: str) -> list[str]:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles; plus no [n]."""
    text = strip_markers(text, " ").lower().translate(_PUNCT)
    return _ARTICLES.sub(" ", text).split()


def token_f1(prediction: str, reference: str) -> float:
    pred, ref = normalize(prediction), normalize(reference)
    common = sum((Counter(pred) & Counter(ref)).values())
    if not common:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def exact_match(prediction: str, reference: str) -> float:
    """SQuAD exact match: the normalised texts are equal."""
    return float(bool(normalize(reference)) and normalize(prediction) == normalize(reference))


def contains_answer(text: str, references: Sequence[str]) -> bool:
    """Whether any reference stands in the text word for word, after SQuAD normalisation."""
    words = " " + " ".join(normalize(text)) + " "
    return any(f" {' '.join(normalize(r))} " in words for r in references if normalize(r))


_FULL_NAME = re.compile(r"[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’-]*\.?|de|van|von|da|del|la|le)){1,4}")
_NAME_TITLES = frozenset("senator president general sir dr mr mrs ms lord lady king queen prince princess "
                         "judge governor mayor captain rev reverend saint st".split())


def contains_person(text: str, reference: str) -> bool:
    """The text names the person of ``reference`` in another form of their full name:
    middle names, initials or a numeral left out or added, a title before it ("Barack Obama" for
    "Barack Hussein Obama II", "Senator David Boren" for "David Lyle Boren"). Only full names
    (two words or more, both sides) count; a reference that is not written as a name never does."""
    from assistant.answerability import same_person  # the answers' own rule for one person

    if not _FULL_NAME.fullmatch(reference.strip()):
        return False
    for m in _FULL_NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower().rstrip(".") in _NAME_TITLES:
            words = words[1:]
        # the run may go on into the next sentence ("Barack Obama In 1986 ..."): each of its heads
        if any(same_person(" ".join(words[:n]), reference) for n in range(2, len(words) + 1)):
            return True
    return False


def answered_correctly(lead: str, facts: Sequence[str]) -> float | None:
    """A reference fact (``a | b`` alternatives) appears in the lead: the short answer plus
    the first sentence. An answer that buries the fact in its fourth sentence does not count."""
    return float(any(facts_found(lead, facts))) if facts else None


def abstention_scores(answerable: Sequence[bool], abstained: Sequence[bool]) -> dict[str, float | None]:
    """Precision: the share of abstentions that were on unanswerable questions. Recall: the
    share of unanswerable questions abstained on."""
    on_unanswerable = sum(not a and b for a, b in zip(answerable, abstained, strict=True))
    total_abstained, unanswerable = sum(abstained), sum(not a for a in answerable)
    return {"precision": on_unanswerable / total_abstained if total_abstained else None,
            "recall": on_unanswerable / unanswerable if unanswerable else None}


def facts_found(answer: str, facts: Sequence[str]) -> list[bool]:
    """Whether each fact (``a | b`` for alternatives) appears in the answer, word for word
    after normalisation, so "Elmendorf-Richardson" matches "Elmendorf Richardson"."""
    return [contains_answer(answer, fact.split("|")) for fact in facts]


def fact_recall(found: Sequence[bool]) -> float | None:
    return sum(found) / len(found) if found else None


def abstention_ok(answerable: bool, abstained: bool) -> float:
    """Answered what the documents answer; abstained on what they do not."""
    return float(abstained != answerable)


# -- aggregates --------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def aggregate(records: Sequence[Mapping[str, object]]) -> tuple[dict[str, float | None], dict[str, int]]:
    """Suite-level figures from per-question metric dicts (``None`` = not applicable), and
    how many questions each figure is computed over."""
    values: dict[str, list[float]] = {name: [] for name in HIGHER_IS_BETTER}
    for metrics in records:
        for name in values:
            v = metrics.get(name)
            if isinstance(v, int | float):
                values[name].append(float(v))
    out: dict[str, float | None] = {name: mean(vs) for name, vs in values.items()}
    out["abstention_accuracy"] = out.pop("abstention_ok")
    out.update(_abstention_split(records))
    judged = [m for m in records if isinstance(m.get("abstained"), bool) and isinstance(m.get("answerable"), bool)]
    out.update({f"abstention_{k}": v for k, v in abstention_scores(
        [bool(m["answerable"]) for m in judged], [bool(m["abstained"]) for m in judged]).items()})
    latencies = [float(v) for m in records if isinstance(v := m.get("latency_ms"), int | float)]
    out["latency_p50_ms"], out["latency_p95_ms"] = percentile(latencies, 50), percentile(latencies, 95)
    counts = {name: len(vs) for name, vs in values.items()}
    counts["abstention_accuracy"] = counts.pop("abstention_ok")
    for answerable, name in ((True, "answered_answerable"), (False, "abstained_unanswerable")):
        counts[name] = sum(m.get("answerable") is answerable and m.get("abstention_ok") is not None for m in records)
    counts["latency"] = len(latencies)
    counts["abstention_precision"] = sum(bool(m.get("abstained")) for m in judged)
    counts["abstention_recall"] = sum(m.get("answerable") is False for m in judged)
    return out, counts


def _abstention_split(records: Sequence[Mapping[str, object]]) -> dict[str, float | None]:
    """Abstention accuracy split: answered the answerable, abstained on the unanswerable."""
    def rate(answerable: bool) -> float | None:
        return mean(float(v) for m in records
                    if m.get("answerable") is answerable and isinstance(v := m.get("abstention_ok"), int | float))
    return {"answered_answerable": rate(True), "abstained_unanswerable": rate(False)}
