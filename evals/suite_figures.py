"""The bundled suite's figures as a docs/EVALUATION.md section, from `assistant eval` reports.

    python -m evals.suite_figures out/eval out/eval-k1 --out docs/EVALUATION.md

The first report is the default run; any others are shown beside it (e.g. a degraded run).
"""

from __future__ import annotations

from typing import Any

from .command import SUMMARY
from .compare import write_reports_section

HEADING = "## Bundled eval suite"


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:.1%}" if kind == "%" else f"{value:.0f} ms" if kind == "ms" else f"{value:.3f}"


def _label(report: dict[str, Any]) -> str:
    c = report.get("config", {})
    extra = " --keep-unsupported" if c.get("keep_unsupported") else ""
    return f"`--generator {c.get('generator')} --k {c.get('top_k')}{extra}`"


def section(reports: list[dict[str, Any]], command: str) -> str:
    counts = reports[0]["counts"]
    head = "| metric | questions | " + " | ".join(_label(r) for r in reports) + " |"
    rule = "|---|---|" + "---|" * len(reports)
    rows = [f"| {name} | {counts.get('latency' if kind == 'ms' else name, '')} | "
            + " | ".join(_cell(r["aggregates"].get(name), kind) for r in reports) + " |" for name, kind in SUMMARY]
    failing = [r["id"] for r in reports[0]["records"] if r["metrics"].get("abstention_ok") == 0.0]
    return (
        f"{HEADING}\n\n"
        f"`{command}`: {counts['questions']} questions of `{reports[0]['suite']}` on the bundled corpus "
        f"(2 articles), offline judge, {counts['errors']} errors. Metric definitions are in the README "
        "(`assistant eval`). The HTML report is written beside the JSON (`out/eval/report.html`).\n\n"
        + "\n".join([head, rule, *rows]) + "\n\n"
        f"Wrong abstentions or wrong answers to unanswerable questions: {', '.join(failing) or 'none'}.\n\n"
        "Reading the figures:\n\n"
        "- Faithfulness and citation precision/recall of verified answers are 100% by construction when the "
        "eval judge is the verifier's own (offline) judge: verification already removed what it does not "
        "support. They measure something with `--keep-unsupported`, another generator, or `--judge llm:...`; "
        "`tests/test_eval_cli.py` shows `--fail-under faithfulness=0.99` failing on a drafted invented claim.\n"
        "- Token F1 is low by design: the extractive generator quotes whole sentences, so a short reference "
        "shares few of their words. Fact recall is the better correctness figure for it.\n"
        "- The degraded run (`--k 1`: one passage per answer) loses context recall, fact recall and "
        "correct leads, and answers fewer answerable questions: with one passage, more of them lack the evidence.\n"
        "- `answered_correctly` asks more than `fact_recall`: a reference fact in the short answer or the first "
        "sentence, not anywhere in the answer.\n"
    )


def main() -> None:
    write_reports_section(__doc__ or "", HEADING, section, "report folders; the first is the default run",
                          "make eval")


if __name__ == "__main__":
    main()
