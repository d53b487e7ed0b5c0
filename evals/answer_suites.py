"""Do answers answer, on the question suites? One table from `assistant eval` reports.

    python -m evals.answer_suites out/answers/*/ --out docs/EVALUATION.md

Each report is one suite run with one generator; the table puts the generators of a
suite side by side: correctness (a reference fact in the short answer or the first
sentence), short-answer F1 where the suite gives ``answers``, abstention precision and
recall on the unanswerable and near-miss questions, and faithfulness beside them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .compare import write_reports_section

HEADING = "## Answers on the question suites"
COLUMNS = (("answered_correctly", "answered correctly"), ("short_f1", "short-answer F1"),
           ("abstention_precision", "abstention precision"), ("abstention_recall", "abstention recall"),
           ("faithfulness", "faithfulness"))


def _cell(report: dict[str, Any], key: str) -> str:
    value, count = report["aggregates"].get(key), report["counts"].get(key)
    return "n/a" if value is None else f"{value:.0%} ({count})"


def _words(report: dict[str, Any]) -> str:
    answers = [r["answer"] for r in report["records"] if r.get("answer") and not r["answer"]["abstained"]]
    return f"{sum(len(a['answer'].split()) for a in answers) / len(answers):.0f}" if answers else "n/a"


def _wrong(report: dict[str, Any]) -> str:
    ids = [str(r["id"]) for r in report["records"]
           if r["metrics"].get("abstention_ok") == 0.0 or r["metrics"].get("answered_correctly") == 0.0]
    return ", ".join(ids) or "none"


def section(reports: list[dict[str, Any]], command: str) -> str:
    head = "| suite | generator | " + " | ".join(label for _, label in COLUMNS) + " | words per answer | missed |"
    rule = "|---|---|" + "---|" * (len(COLUMNS) + 2)
    rows = [f"| `{Path(r['suite']).name}` | `{r['config'].get('generator')}` | "
            + " | ".join(_cell(r, key) for key, _ in COLUMNS) + f" | {_words(r)} | {_wrong(r)} |" for r in reports]
    return (f"{HEADING}\n\nCommand: `{command}`. Counts in brackets are the questions each figure is over. "
            "`seed` and `near-miss` run on the bundled corpus (`corpus/`), `mixed` on `evals/corpora/mixed/` "
            "(HTML, Markdown with a table, text, PDF, DOCX and jsonl). `extractive:sentences` is the generator "
            "before question analysis, `extractive` the current one. \"missed\": questions answered without a "
            "reference fact in their lead, or answered when they should abstain (or the reverse).\n\n"
            + "\n".join([head, rule, *rows]) + "\n")


def main() -> None:
    write_reports_section(__doc__ or "", HEADING, section, "report folders of `assistant eval --report`",
                          "make eval-answers")


if __name__ == "__main__":
    main()
