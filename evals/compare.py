"""Comparing a report with a baseline report: aggregate deltas, and the questions that got worse."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import SuiteError
from .markdown import write_section
from .metrics import AGGREGATE_HIGHER_IS_BETTER, HIGHER_IS_BETTER

# A per-question change smaller than this is not called a regression or an improvement:
# token F1 moves by a few points when an answer gains or loses a word.
MIN_CHANGE = 0.05


def load_report(path: Path) -> dict[str, Any]:
    """A report.json, given as the file or the folder that holds it."""
    file = path / "report.json" if path.is_dir() else path
    try:
        report: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SuiteError(f"no report at {file}; give the --report folder of an earlier `assistant eval` run") from exc
    except json.JSONDecodeError as exc:
        raise SuiteError(f"{file} is not a report.json ({exc.msg}); give an `assistant eval` report folder") from exc
    if not isinstance(report, dict) or "records" not in report:
        raise SuiteError(f"{file} is not an `assistant eval` report (it has no \"records\")")
    return report


def write_reports_section(
    doc: str, heading: str, section: Callable[[list[dict[str, Any]], str], str], reports_help: str, command: str,
    argv: list[str] | None = None,
) -> None:
    """The command line of a script that turns `assistant eval` reports into one section of a docs page."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", nargs="+", type=Path, help=reports_help)
    ap.add_argument("--out", type=Path, default=Path("docs/EVALUATION.md"))
    ap.add_argument("--command", default=command, help="the command that made the reports, for the page")
    args = ap.parse_args(argv)
    write_section(args.out, heading, section([load_report(p) for p in args.reports], args.command))


def compare(new: dict[str, Any], old: dict[str, Any], old_path: str = "") -> dict[str, Any]:
    old_records = {r["id"]: r for r in old["records"]}
    regressions, improvements = [], []
    for record in new["records"]:
        before = old_records.get(record["id"])
        if before is not None:
            worse, better = question_changes(before, record)
            regressions += worse
            improvements += better
    return {
        "baseline": {"path": old_path, "created": old.get("created"), "config": old.get("config", {})},
        "deltas": aggregate_deltas(new["aggregates"], old["aggregates"]),
        "regressions": regressions,
        "improvements": improvements,
        "only_new": [r["id"] for r in new["records"] if r["id"] not in old_records],
        "only_old": sorted(set(old_records) - {r["id"] for r in new["records"]}),
    }


def aggregate_deltas(new: dict[str, Any], old: dict[str, Any]) -> dict[str, dict[str, Any]]:
    deltas = {}
    for name, higher in AGGREGATE_HIGHER_IS_BETTER.items():
        a, b = old.get(name), new.get(name)
        if isinstance(a, int | float) and isinstance(b, int | float):
            delta = b - a
            deltas[name] = {"old": a, "new": b, "delta": round(delta, 4),
                            "better": delta > 0 if higher else delta < 0, "worse": delta < 0 if higher else delta > 0}
    return deltas


def question_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The metrics of one question that fell (or rose) by at least ``MIN_CHANGE``; a question
    that now fails with an error is a regression whatever its metrics were."""
    base = {"id": new["id"], "question": new["question"]}
    if new.get("error") and not old.get("error"):
        return [{**base, "metric": "error", "old": None, "new": new["error"]}], []
    worse: list[dict[str, Any]] = []
    better: list[dict[str, Any]] = []
    for name in HIGHER_IS_BETTER:
        a, b = old.get("metrics", {}).get(name), new.get("metrics", {}).get(name)
        if isinstance(a, int | float) and isinstance(b, int | float) and abs(b - a) >= MIN_CHANGE:
            (worse if b < a else better).append({**base, "metric": name, "old": a, "new": b})
    return worse, better


def format_comparison(comparison: dict[str, Any]) -> str:
    """The terminal summary of a comparison: aggregate deltas, then each regression."""
    lines = [f"compared with {comparison['baseline']['path'] or 'the baseline'}:"]
    for name, d in comparison["deltas"].items():
        if d["delta"]:
            mark = "better" if d["better"] else "worse"
            lines.append(f"  {name:<24} {_fmt(d['old'])} -> {_fmt(d['new'])}  ({mark})")
    regressions = comparison["regressions"]
    lines.append(f"{len(regressions)} regression(s)" + (":" if regressions else ""))
    lines += [f"  {r['id']}: {r['metric']} {_fmt(r['old'])} -> {_fmt(r['new'])}  ({r['question']})"
              for r in regressions]
    return "\n".join(lines)


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)
