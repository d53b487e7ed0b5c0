"""The judge on sets that format cannot game, the new decision path beside the earlier judge.

    python -m evals.judge_eval [--limit N] [--split dev|check|both] [--out docs/EVALUATION.md]

Sets (``evals/judge_sets/``; ``python -m evals.judge_sets`` rebuilds the generated ones):
- ``qa_twins``: HaluEval's right short answer against a wrong span of the same type from the
  same knowledge passage, judged with the question;
- ``qa_sentences``: the same pairs as full sentences;
- ``perturb``: correct sentences of news articles and their perturbed twins (a name swapped
  within its type, a number changed, a date shifted, a negation flipped, doer and done-to
  swapped, an unsupported detail added);
- ``paraphrase``: meaning-preserving paraphrases written by hand.

Every figure is the verdict the product acts on (``Verdict.supported``). Beside the judges,
the trivial baselines that could fake a score: length, a final full stop, word overlap with
the sources (threshold fitted on dev) and "appears word for word in the sources". HaluEval
summarization (right against hallucinated summary) is a secondary figure: its right and wrong
summaries differ in style as well as in truth.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

from index.text import words_only

from .halueval import load
from .judge_meta import bigram_overlap, overlap
from .markdown import write_section

SETS_DIR = Path(__file__).with_name("judge_sets")
SETS = ("qa_twins", "qa_sentences", "perturb", "paraphrase")
JUDGES = {"new (meaning)": "meaning", "earlier (fitted)": "fitted"}
HEADING = "## Faithfulness judge on sets that format cannot game"

Record = dict[str, Any]
Decide = Callable[[Record], bool]


def load_sets(split: str, limit: int | None) -> list[Record]:
    records: list[Record] = []
    for path in sorted(SETS_DIR.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [r for r in rows if split == "both" or r["split"] == split]
        records += _limited(rows, limit)
    return records


def _limited(rows: list[Record], limit: int | None) -> list[Record]:
    """The records of the first ``limit`` sentences or questions of each set, each with all
    its twins (records of one share their id but for its last part)."""
    if limit is None:
        return rows
    keep: dict[str, set[str]] = defaultdict(set)
    out = []
    for r in rows:
        pair = r["id"].rsplit(":", 1)[0]
        if pair in keep[r["set"]] or len(keep[r["set"]]) < limit:
            keep[r["set"]].add(pair)
            out.append(r)
    return out


def judge_decider(mode: str) -> tuple[Decide, list[float]]:
    from assistant.components import build_judge
    from assistant.settings import load_settings

    judge = build_judge(f"offline:{mode}", load_settings())
    seconds: list[float] = []

    def decide(r: Record) -> bool:
        start = time.perf_counter()
        verdict = judge.judge(r["claim"], r["sources"], r["question"])
        seconds.append(time.perf_counter() - start)
        return verdict.supported

    return decide, seconds


def baselines(dev: Sequence[Record]) -> dict[str, Decide]:
    """Form-only deciders; thresholds fitted on dev, per set."""
    import numpy as np

    from assistant.judge.calibration import best_threshold

    def fitted(score: Callable[[Record], float]) -> Decide:
        cuts: dict[str, float] = {}
        for name in SETS:
            rows = [r for r in dev if r["set"] == name]
            if len({r["label"] for r in rows}) == 2:
                cuts[name] = best_threshold(np.array([score(r) for r in rows]), np.array([r["label"] for r in rows]))
        return lambda r: score(r) >= cuts.get(r["set"], 0.5)

    return {
        "shorter (words)": fitted(lambda r: -len(r["claim"].split())),
        "no final full stop": lambda r: not r["claim"].rstrip().endswith("."),
        "word overlap": fitted(lambda r: overlap(r["claim"], r["sources"])),
        "bigram overlap": fitted(lambda r: bigram_overlap(r["claim"], r["sources"])),
        "word for word": lambda r: words_only(r["claim"]) in words_only(" ".join(r["sources"])),
    }


def score(records: Sequence[Record], decide: Decide, desc: str) -> dict[tuple[str, str], list[bool]]:
    """(set, kind) -> whether each verdict was right."""
    out: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for r in tqdm(records, desc=desc, file=sys.stderr, mininterval=5):
        out[(r["set"], r["kind"])].append(decide(r) == bool(r["label"]))
    return out


def summary(right: dict[tuple[str, str], list[bool]]) -> dict[str, float]:
    """The figures of the issue: accuracy on each QA set, detection per perturbation kind,
    originals kept, paraphrases accepted."""
    out: dict[str, float] = {}
    for name in ("qa_twins", "qa_sentences"):
        cells = [v for (s, _), vs in right.items() if s == name for v in vs]
        if cells:
            out[name] = statistics.mean(cells)
    for (s, kind), vs in sorted(right.items()):
        if s in ("perturb", "paraphrase"):
            out[f"{s}:{kind}"] = statistics.mean(vs)
    paraphrases = [v for (s, _), vs in right.items() if s == "paraphrase" for v in vs]
    if paraphrases:
        out["paraphrase"] = statistics.mean(paraphrases)
    detected = [out[k] for k in out if k.startswith("perturb:") and k != "perturb:original"]
    if detected and "perturb:original" in out:  # rejecting everything detects every perturbation
        out["perturb (balanced)"] = (statistics.mean(detected) + out["perturb:original"]) / 2
    parts = [out[k] for k in ("qa_twins", "qa_sentences", "perturb (balanced)", "paraphrase") if k in out]
    if len(parts) == 4:  # what a form-only rule cannot fake on all four at once
        out["all four sets (mean)"] = statistics.mean(parts)
    return out


SUMMARY_BASELINES = {"word overlap": overlap, "bigram overlap": bigram_overlap}


def summarization(split: str, limit: int | None, modes: Sequence[str]) -> dict[str, float]:
    """HaluEval summarization: accuracy of the verdict over right and hallucinated summaries,
    and of the overlap baselines with their thresholds fitted on the dev summaries."""
    import numpy as np

    from assistant.components import build_judge
    from assistant.judge.calibration import best_threshold
    from assistant.settings import load_settings

    pairs = load("summarization", split, limit)
    dev = load("summarization", "dev", limit)
    out = {}
    for name, measure in SUMMARY_BASELINES.items():
        fit = np.array([measure(t, p.sources) for p in dev for t in (p.right, p.hallucinated)])
        cut = best_threshold(fit, np.array([1, 0] * len(dev)))
        right = [measure(p.right, p.sources) >= cut for p in pairs]
        wrong = [measure(p.hallucinated, p.sources) < cut for p in pairs]
        out[name] = statistics.mean(right + wrong)
        out[f"{name}:right kept"] = statistics.mean(right)
    for mode in modes:
        judge = build_judge(f"offline:{mode}", load_settings())
        right = [judge.judge(p.right, p.sources).supported for p in tqdm(pairs, desc=f"sum {mode}", file=sys.stderr)]
        wrong = [not judge.judge(p.hallucinated, p.sources).supported for p in pairs]
        out[mode] = statistics.mean(right + wrong)
        out[f"{mode}:right kept"] = statistics.mean(right)
    return out


def evaluate(split: str, limit: int | None, with_summaries: bool) -> dict[str, Any]:
    records = load_sets(split, limit)
    dev = load_sets("dev", limit)
    columns: dict[str, dict[str, float]] = {}
    speed: dict[str, float] = {}
    for label, mode in JUDGES.items():
        decide, seconds = judge_decider(mode)
        columns[label] = summary(score(records, decide, label))
        qa = [s for s, r in zip(seconds, records) if r["set"] == "qa_twins"]
        speed[label] = len(qa) / sum(qa) if qa else 0.0
    for label, decide in baselines(dev).items():
        columns[label] = summary(score(records, decide, label))
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        counts[r["set"]] += 1
        counts[f"{r['set']}:{r['kind']}"] += 1
    result: dict[str, Any] = {"columns": columns, "speed": speed, "counts": dict(counts), "split": split}
    if with_summaries:
        result["summarization"] = summarization("check" if split != "dev" else "dev", limit, list(JUDGES.values()))
    return result


TARGETS = {"qa_twins": 0.90, "qa_sentences": 0.85, "perturb:entity": 0.90, "perturb:number": 0.90,
           "perturb:date": 0.90, "perturb:negation": 0.90, "perturb:role": 0.80, "perturb:detail": 0.80,
           "paraphrase": 0.85}


def render(result: dict[str, Any], command: str) -> str:
    columns: dict[str, dict[str, float]] = result["columns"]
    names = list(columns)
    order = ("all four sets (mean)", "qa_twins", "qa_sentences", "perturb (balanced)", "perturb:", "paraphrase")
    rows = sorted({k for c in columns.values() for k in c},
                  key=lambda k: (next(i for i, p in enumerate(order) if k.startswith(p)), k))
    lines = [HEADING, "", f"Command: `{command}` ({time.strftime('%Y-%m-%d')}, 2 cores, split: {result['split']}). "
             "Each cell is the share of verdicts (`supported` or not, as `assistant judge` prints and "
             "verification acts on) that are right: accuracy over both members of each pair for the QA sets, "
             "the share of perturbed twins rejected for `perturb:KIND` (`perturb:original`: the unperturbed "
             "sentences kept), the share accepted for paraphrases.", "",
             "| set (records) | target | " + " | ".join(names) + " |",
             "| --- | ---: | " + " | ".join("---:" for _ in names) + " |"]
    for key in rows:
        target = TARGETS.get(key)
        cells = [f"{100 * columns[n][key]:.1f}%" if key in columns[n] else "" for n in names]
        if cells[0]:
            cells[0] = f"**{cells[0]}**"
        lines.append(f"| {key} ({result['counts'].get(key, '')}) | {f'{100 * target:.0f}%' if target else ''} | "
                     + " | ".join(cells) + " |")
    speed = result["speed"]
    lines += ["", "Speed on the QA twins (records/s, one process): "
              + ", ".join(f"{k} {v:.1f}" for k, v in speed.items()) + "."]
    if "summarization" in result:
        s = result["summarization"]
        lines += ["", "HaluEval summarization (secondary; right and hallucinated summaries differ in style too): "
                  f"new {100 * s['meaning']:.1f}% (right summaries kept {100 * s['meaning:right kept']:.1f}%), "
                  f"earlier {100 * s['fitted']:.1f}% (kept {100 * s['fitted:right kept']:.1f}%)"
                  + "".join(f", {name} {100 * s[name]:.1f}% (kept {100 * s[f'{name}:right kept']:.1f}%)"
                            for name in SUMMARY_BASELINES if name in s)
                  + " (balanced accuracy over right and hallucinated; baselines' thresholds fitted on dev)."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="check", choices=("dev", "check", "both"),
                    help="which half to report (design choices were made on dev)")
    ap.add_argument("--limit", type=int, default=None, help="records per set and kind")
    ap.add_argument("--summaries", action="store_true", help="also HaluEval summarization (slow)")
    ap.add_argument("--out", type=Path, default=None, help="write the section into this Markdown file")
    args = ap.parse_args(argv)
    command = "python -m evals.judge_eval " + " ".join(argv if argv is not None else sys.argv[1:])
    section = render(evaluate(args.split, args.limit, args.summaries), command.strip())
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
