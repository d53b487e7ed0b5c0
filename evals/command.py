"""``assistant eval``: run a suite, write report.json and report.html, compare, gate on bounds."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from assistant.core import Assistant
from assistant.judge.factory import make_judge
from assistant.settings import Settings

from .compare import compare, format_comparison, load_report
from .metrics import AGGREGATE_HIGHER_IS_BETTER
from .runner import EvalOptions, build_report, run_suite
from .suite import SuiteError, load_suite

# What the terminal summary shows, in order, with how to print each figure.
SUMMARY = (
    ("answered_correctly", "%"), ("short_em", "%"), ("short_f1", "%"), ("faithfulness", "%"),
    ("citation_precision", "%"), ("citation_recall", "%"), ("hit@1", "%"),
    ("recall@5", "%"), ("mrr@10", "f"), ("ndcg@10", "f"), ("context_recall", "%"), ("token_f1", "f"),
    ("fact_recall", "%"), ("abstention_accuracy", "%"), ("answered_answerable", "%"),
    ("abstained_unanswerable", "%"), ("abstention_precision", "%"), ("abstention_recall", "%"),
    ("latency_p50_ms", "ms"), ("latency_p95_ms", "ms"),
)


def parse_bounds(items: list[str], flag: str) -> dict[str, float]:
    """``["faithfulness=0.99"]`` -> ``{"faithfulness": 0.99}``, naming the valid metrics on a typo."""
    bounds = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or name not in AGGREGATE_HIGHER_IS_BETTER:
            raise SuiteError(f"{flag} {item!r}: write METRIC=VALUE with METRIC one of "
                             f"{', '.join(AGGREGATE_HIGHER_IS_BETTER)}")
        try:
            bounds[name] = float(value)
        except ValueError as exc:
            raise SuiteError(f"{flag} {item!r}: {value!r} is not a number") from exc
    return bounds


def missed_bounds(aggregates: dict[str, Any], under: dict[str, float], over: dict[str, float]) -> list[str]:
    """Each bound the run missed, as a sentence; a figure the run could not compute misses."""
    missed = []
    for name, bound in under.items():
        value = aggregates.get(name)
        if value is None or value < bound:
            missed.append(f"{name} is {_show(value)}, under the bound {bound}")
    for name, bound in over.items():
        value = aggregates.get(name)
        if value is None or value > bound:
            missed.append(f"{name} is {_show(value)}, over the bound {bound}")
    return missed


def format_summary(report: dict[str, Any]) -> str:
    agg, counts = report["aggregates"], report["counts"]
    lines = [f"{counts['questions']} questions, {counts['errors']} errors ({report['suite']})"]
    for name, kind in SUMMARY:
        value = agg.get(name)
        n = counts.get("latency" if kind == "ms" else name)
        text = "n/a" if value is None else f"{value:.1%}" if kind == "%" else f"{value:.0f} ms" if kind == "ms" \
            else f"{value:.3f}"
        lines.append(f"  {name:<24} {text:>9}   over {n} questions")
    return "\n".join(lines)


def write_report(folder: Path, report: dict[str, Any], comparison: dict[str, Any] | None) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    data = {**report, "comparison": comparison} if comparison else report
    json_path, html_path = folder / "report.json", folder / "report.html"
    json_path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    from .report_html import render_html

    html_path.write_text(render_html(report, comparison), encoding="utf-8")
    return json_path, html_path


def run_eval(args: Any, settings: Settings) -> int:
    """Exit status: 0 done and within bounds; 1 a bound missed or a question errored; 2 bad input."""
    from assistant.progress import ProgressBar

    cases = load_suite(Path(args.suite))
    under, over = parse_bounds(args.fail_under, "--fail-under"), parse_bounds(args.fail_over, "--fail-over")
    baseline = load_report(Path(args.compare)) if args.compare else None
    options = EvalOptions(top_k=args.k, keep_unsupported=args.keep_unsupported)
    with Assistant.open(settings) as assistant:
        assistant.index.check()  # an empty or mismatched store fails here, once, with the fix
        judge = make_judge(args.judge, encoder=assistant.index.encoder, api_key=settings.api_key)
        with ProgressBar(disable=args.quiet, unit="question") as bar:
            records = run_suite(assistant, cases, judge, options, progress=bar.update)
        report = build_report(records, str(args.suite), _config(assistant, settings, judge.name, options))
    comparison = compare(report, baseline, str(args.compare)) if baseline else None
    print(format_summary(report))
    if comparison:
        print(format_comparison(comparison))
    if args.report:
        json_path, html_path = write_report(Path(args.report), report, comparison)
        print(f"report: {html_path} (data: {json_path})")
    return _exit_status(report, missed_bounds(report["aggregates"], under, over))


def _config(assistant: Assistant, settings: Settings, judge: str, options: EvalOptions) -> dict[str, Any]:
    stats = assistant.index.stats()
    return {"store": stats["store"], "collection": stats["collection"], "generator": settings.generator,
            "judge": judge, "top_k": options.top_k, "keep_unsupported": options.keep_unsupported,
            "n_documents": stats["n_documents"], "embedding": settings.index.embedding}


def _exit_status(report: dict[str, Any], missed: list[str]) -> int:
    for line in missed:
        print(f"FAILED: {line}", file=sys.stderr)
    errors = report["counts"]["errors"]
    if errors:
        print(f"{errors} question(s) failed with an error; see the report", file=sys.stderr)
    return 1 if missed or errors else 0


def _show(value: Any) -> str:
    return "n/a" if value is None else f"{value:.4g}"
