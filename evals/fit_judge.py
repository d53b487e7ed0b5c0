"""Fit the offline judge's calibration on the HaluEval dev slices and save it.

    python -m evals.fit_judge [--limit N]

Writes assistant/judge/calibration.json. Never fitted on the check slice.
"""

from __future__ import annotations

import argparse
import sys
import time

from assistant.claims import split_claims
from assistant.components import build_judge
from assistant.judge.calibration import Calibration, fit_profile
from assistant.judge.features import FEATURES
from assistant.judge.offline import OfflineJudge
from assistant.settings import load_settings

from .halueval import Pair, load

PROFILE_OF_TASK = {"qa": "question", "summarization": "document"}


def feature_rows(judge: OfflineJudge, pair: Pair, answer: str) -> list[list[float]]:
    claims = split_claims(answer) or [answer.strip()]
    _, analyses = judge.analyse(claims, pair.sources, pair.question)
    return [[a.features[k] for k in FEATURES] for a in analyses]


def collect(judge: OfflineJudge, pairs: list[Pair]) -> tuple[list[list[list[float]]], list[int]]:
    rows, labels = [], []
    for i, pair in enumerate(pairs):
        for label, answer in ((1, pair.right), (0, pair.hallucinated)):
            rows.append(feature_rows(judge, pair, answer))
            labels.append(label)
        if (i + 1) % 100 == 0:
            print(f"  {pair.task}: {i + 1}/{len(pairs)}", file=sys.stderr)
    return rows, labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="records per task (default: the whole dev slice)")
    args = ap.parse_args()
    judge = build_judge("offline", load_settings())
    assert isinstance(judge, OfflineJudge)  # the fit reads its feature rows
    profiles = {}
    started = time.time()
    for task, profile in PROFILE_OF_TASK.items():
        pairs = load(task, "dev", args.limit)
        rows, labels = collect(judge, pairs)
        profiles[profile] = fit_profile(rows, labels)
        print(f"{task}: fitted on {len(pairs)} records", file=sys.stderr)
    meta: dict[str, object] = {"fitted_on": "HaluEval dev slices (qa records 0-999, summarization records 0-499)",
            "command": "python -m evals.fit_judge" + (f" --limit {args.limit}" if args.limit else "")}
    Calibration(profiles, meta).save()
    print(f"saved assistant/judge/calibration.json in {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
