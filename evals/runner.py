"""Running a suite: ask each question, gather the judge's verdicts, score, build the report.

The assistant and the judge gather (answers, rankings, verdicts); ``evals.metrics`` decides.
One failing question is recorded with its error and the run goes on, so a report always
covers the whole suite.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.answer import Answer, Claim
from assistant.core import AskOptions, Assistant
from assistant.errors import USER_ERRORS
from assistant.judge.types import ClaimVerdict, Judge
from index.retrieval import Passage

from . import metrics as m
from .suite import Case

REPORT_FORMAT = "corpus-assistant-eval/1"
RANKING_DEPTH = 10  # documents ranked for hit@k, MRR@10 and nDCG@10
MAX_LIST = 8  # items of a list a lead sentence announces ("... are:") that count as its lead

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class EvalOptions:
    top_k: int = 6  # passages the generator is given, as in ``assistant ask --k``
    keep_unsupported: bool = False  # evaluate answers as drafted, unsupported claims kept


def run_suite(assistant: Assistant, cases: Sequence[Case], judge: Judge, options: EvalOptions,
              progress: Progress | None = None) -> list[dict[str, Any]]:
    """One record per case, in suite order."""
    records = []
    for done, case in enumerate(cases):
        if progress:
            progress("questions", done, len(cases))
        records.append(evaluate_case(assistant, case, judge, options))
    if progress:
        progress("questions", len(cases), len(cases))
    return records


def evaluate_case(assistant: Assistant, case: Case, judge: Judge, options: EvalOptions) -> dict[str, Any]:
    record: dict[str, Any] = {**case.to_dict(), "answer": None, "passages": {}, "retrieved": [],
                              "judged_claims": [], "metrics": {}, "error": None}
    try:
        start = time.perf_counter()
        answer = assistant.ask(case.question, case.history,
                               AskOptions(top_k=options.top_k, keep_unsupported=options.keep_unsupported))
        latency = 1000 * (time.perf_counter() - start)
        record.update(_score(assistant, case, judge, options, answer, latency))
    except (*USER_ERRORS, RuntimeError, ValueError, OSError) as exc:
        record["error"] = f"{type(exc).__name__}: {exc}"
    return record


def _score(assistant: Assistant, case: Case, judge: Judge, options: EvalOptions, answer: Answer,
           latency: float) -> dict[str, Any]:
    ranking = assistant.index.search(answer.query, k=RANKING_DEPTH)  # deeper than the answer read
    context = answer.passages
    passages = _cited_passages(answer, context)
    verdicts = [] if answer.abstained else judge_grounding(answer, passages, judge, case.question)
    supports = [] if answer.abstained else gather_support(answer, passages, verdicts, judge, case.question)
    ranked_docs = m.unique_docs(_ref(p) for p in ranking)
    found = m.facts_found(answer.answer, case.facts) if case.answerable and not answer.abstained else [False] * len(
        case.facts)
    scores: dict[str, Any] = {
        **m.retrieval_metrics(case.sources, ranked_docs, m.unique_docs(_ref(p) for p in context)),
        "faithfulness": m.faithfulness(supports), "citation_precision": m.citation_precision(supports),
        "citation_recall": m.citation_recall(supports),
        "token_f1": _token_f1(case, answer), "fact_recall": m.fact_recall(found) if case.answerable else None,
        "facts_found": found if case.answerable else [],
        "abstention_ok": m.abstention_ok(case.answerable, answer.abstained), "latency_ms": round(latency, 1),
        "abstained": answer.abstained, **_correctness(case, answer),
    }
    return {
        "answer": answer.to_dict(),
        "passages": {p.chunk_id: {"text": p.text, "start": p.start, "doc_id": p.doc_id} for p in passages.values()},
        "retrieved": [{"rank": i, "doc_id": d.doc_id, "title": d.title,
                       "expected": any(m.matches(e, d) for e in case.sources)} for i, d in enumerate(ranked_docs, 1)],
        "judged_claims": [_judged(c, v, s) for c, v, s in zip(answer.claims, verdicts, supports, strict=False)],
        "metrics": scores,
    }


def _correctness(case: Case, answer: Answer) -> dict[str, float | None]:
    """Did the answer lead with the fact asked for? ``answered_correctly``: a reference fact in
    the short answer or the first sentence; ``short_em``/``short_f1``: the short answer
    against the suite's ``answers`` (SQuAD normalisation), when it gives them."""
    answers = [a for a in case.extra.get("answers", []) if isinstance(a, str)]
    short = answer.short_answer.text if answer.short_answer and not answer.abstained else ""
    out: dict[str, float | None] = {"answered_correctly": None, "short_em": None, "short_f1": None}
    if case.answerable and case.facts:
        out["answered_correctly"] = 0.0 if answer.abstained else m.answered_correctly(lead_text(answer), case.facts)
    if case.answerable and answers:
        out["short_em"] = max(m.exact_match(short, a) for a in answers) if short else 0.0
        out["short_f1"] = max(m.token_f1(short, a) for a in answers) if short else 0.0
    return out


def lead_text(answer: Answer) -> str:
    """The short answer and the first sentence: the answer's first verified claim (splitting
    the text again would cut "U.S." in two), with the list it announces when it ends in a
    colon ("Among his probable demands are:" and the demands, one claim per line)."""
    claims = [c for c in answer.claims if c.supported]
    lead = claims[:1]
    if lead and lead[0].text.rstrip().endswith(":"):
        lead += [c for c in itertools.takewhile(lambda c: c.citations == lead[0].citations, claims[1:])][:MAX_LIST]
    short = answer.short_answer.text if answer.short_answer else answer.verdict.capitalize()
    return " ".join(x for x in (short, *(c.text for c in lead)) if x)


def _token_f1(case: Case, answer: Answer) -> float | None:
    if not (case.answerable and case.reference):
        return None
    return 0.0 if answer.abstained else m.token_f1(answer.answer, case.reference)


def _cited_passages(answer: Answer, context: Sequence[Passage]) -> dict[int, Passage]:
    """Citation number -> the passage it points at (abstentions cite the closest passages)."""
    by_chunk = {p.chunk_id: p for p in context}
    return {c.n: by_chunk[c.chunk_id] for c in answer.citations if c.chunk_id in by_chunk}


def judge_grounding(answer: Answer, passages: dict[int, Passage], judge: Judge, question: str) -> list[ClaimVerdict]:
    """The judge's verdict on each claim against all of the answer's sources."""
    if not answer.claims:
        return []
    if not passages:
        return [ClaimVerdict(c.text, False, 0.0, reasons=("the answer cites no passage",)) for c in answer.claims]
    return judge.judge_claims([c.text for c in answer.claims], [p.text for p in passages.values()], question)


def gather_support(answer: Answer, passages: dict[int, Passage], grounding: Sequence[ClaimVerdict], judge: Judge,
                   question: str) -> list[m.ClaimSupport]:
    """What each claim's metrics need: its grounding, and the judge on its citations together,
    each alone, and each left out."""
    return [_claim_support(claim.text, [passages[n].text for n in claim.citations if n in passages], v.supported,
                           judge, question) for claim, v in zip(answer.claims, grounding, strict=True)]


def _claim_support(text: str, cited: list[str], grounded: bool, judge: Judge, question: str) -> m.ClaimSupport:
    def supports(sources: list[str]) -> bool:
        return bool(sources) and judge.judge_claims([text], sources, question)[0].supported

    joint = supports(cited)
    if len(cited) == 1:  # the one citation is the joint set: no more judge calls needed
        return m.ClaimSupport(grounded, joint, (joint,), (False,))
    alone = tuple(supports([s]) for s in cited)
    without = tuple(supports(cited[:i] + cited[i + 1:]) for i in range(len(cited)))
    return m.ClaimSupport(grounded, joint, alone, without)


def _judged(claim: Claim, verdict: ClaimVerdict, support: m.ClaimSupport) -> dict[str, Any]:
    return {"text": claim.text, "citations": list(claim.citations), "supported": verdict.supported,
            "score": round(verdict.score, 4), "reasons": list(verdict.reasons),
            "cited_support": support.joint, "citation_alone": list(support.alone)}


def _ref(p: Passage) -> m.DocRef:
    return m.DocRef(p.doc_id, p.title, p.url, p.source)


def build_report(records: list[dict[str, Any]], suite: str, config: dict[str, Any]) -> dict[str, Any]:
    aggregates, counts = m.aggregate([{**r["metrics"], "answerable": r["answerable"]} for r in records])
    counts["questions"] = len(records)
    counts["errors"] = sum(r["error"] is not None for r in records)
    return {
        "format": REPORT_FORMAT, "suite": suite, "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": config, "aggregates": {k: _round(v) for k, v in aggregates.items()}, "counts": counts,
        "records": records,
    }


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)
