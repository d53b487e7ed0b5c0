"""Faithfulness judge speed on HaluEval QA-sized inputs (records/s, 2 cores).

    python bench/judge.py --records 300 --out docs/BENCHMARKS.md
    python bench/judge.py --records 300 --baseline ../old-checkout --rounds 2   # this tree against another

A record is a question, its knowledge passage and two answers (right and hallucinated),
as in `make eval-judge`; each answer is judged separately, after a warm-up. With
``--baseline``, each round runs this script in both checkouts, each in its own process, the
order alternating (old-new, new-old, ...), so that the two share the machine's load: on
shared cores the ratio of a round is the figure, not the records/s.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
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


def run_in(tree: Path, records: int) -> dict[str, float]:
    """bench/judge.py of the checkout ``tree``, in a process of its own, with its figure."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "bench/judge.py", "--records", str(records)], cwd=tree, env=env,
                         capture_output=True, text=True, check=True).stdout
    found = re.search(r"\*\*([\d.]+) records/s\*\* \((\d+) records in\s+([\d.]+) s", out)
    if not found:
        raise SystemExit(f"no figure in the output of {tree}/bench/judge.py:\n{out}")
    return {"per_s": float(found[1]), "seconds": float(found[3]), "load": os.getloadavg()[0]}


def compare(baseline: Path, records: int, rounds: int) -> list[dict[str, dict[str, float]]]:
    here = Path(__file__).resolve().parents[1]
    out = []
    for i in range(rounds):
        order = [("old", baseline), ("new", here)] if i % 2 == 0 else [("new", here), ("old", baseline)]
        out.append({side: run_in(tree, records) for side, tree in order})
        print(out[-1], file=sys.stderr)
    return out


def render_comparison(rounds: list[dict[str, dict[str, float]]], baseline: str, command: str) -> str:
    rows = [f"| {'old first' if i % 2 == 0 else 'new first'} | {r['old']['per_s']:.1f} ({r['old']['seconds']:.1f} s, "
            f"load {r['old']['load']:.1f}) | {r['new']['per_s']:.1f} ({r['new']['seconds']:.1f} s, "
            f"load {r['new']['load']:.1f}) | {r['old']['seconds'] / r['new']['seconds']:.2f} |"
            for i, r in enumerate(rounds)]
    return "\n".join([f"Command: `{command}` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; old: "
                      f"{baseline}). Records/s of each run (1-minute load average when it ended):", "",
                      "| round | old | new | speed-up (old s / new s) |", "| --- | ---: | ---: | ---: |", *rows, ""])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=300)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--baseline", type=Path, help="another checkout to compare with, in one run")
    ap.add_argument("--rounds", type=int, default=2, help="with --baseline: runs of each, order alternating")
    args = ap.parse_args()
    if args.baseline:
        command = f"python bench/judge.py --records {args.records} --baseline OLD --rounds {args.rounds}"
        print(render_comparison(compare(args.baseline.resolve(), args.records, args.rounds), str(args.baseline),
                                command))
        return
    section = render(measure(args.records), f"python bench/judge.py --records {args.records}")
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
