"""Faithfulness judge speed on HaluEval QA-sized inputs (records/s, 2 cores).

    python bench/judge.py --records 300 --out docs/BENCHMARKS.md

A record is a question, its knowledge passage and two answers (right and hallucinated),
as in `make eval-judge`; each answer is judged separately, after a warm-up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evals.markdown import write_section  # noqa: E402

HEADING = "## Faithfulness judge speed"


def measure(records: int) -> dict[str, float]:
    from assistant.components import build_judge
    from assistant.settings import load_settings
    from evals.halueval import load

    pairs = load("qa", "check", records + 10)
    judge = build_judge("offline", load_settings())
    for p in pairs[:10]:  # warm-up: model load, first ONNX runs
        judge.judge(p.right, p.sources, p.question)
    started = time.perf_counter()
    for p in pairs[10:]:
        judge.judge(p.right, p.sources, p.question)
        judge.judge(p.hallucinated, p.sources, p.question)
    seconds = time.perf_counter() - started
    return {"records": len(pairs) - 10, "seconds": seconds, "per_s": (len(pairs) - 10) / seconds}


def render(r: dict[str, float], command: str) -> str:
    verdict = "met" if r["per_s"] >= 20 else f"missed by {20 - r['per_s']:.1f}/s"
    return f"""{HEADING}

Command: `{command}` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores). HaluEval QA check-slice
records (question, knowledge passage, a right and a hallucinated answer, each judged), offline
judge, after 10 warm-up records: **{r['per_s']:.1f} records/s** ({int(r['records'])} records in
{r['seconds']:.1f} s; target >= 20 records/s: {verdict}).
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=300)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    section = render(measure(args.records), f"python bench/judge.py --records {args.records}")
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
