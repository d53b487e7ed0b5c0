"""Do answers answer? Short answers, leads and abstentions on HaluEval QA, old generator beside new.

    python -m evals.answer_eval [--slice dev|check] [--limit N] [--out docs/EVALUATION.md]

Each record's knowledge passage becomes one document of a temporary store (real embedding
model, real judge). Each question is asked twice per generator:

- **answerable**: against the whole index;
- **unanswerable twin**: the same question with its own passage left out of the search
  (``Filters.exclude_docs``), so only the 999 other passages can answer. It should abstain.

Figures, for ``extractive:sentences`` (the generator before question analysis),
``extractive`` (the current one) and ``extractive:reader`` (with the trained span reader) in
the same run: short-answer exact match and F1 (SQuAD
normalisation) against ``right_answer``; lead containment (the right answer inside the
short answer plus the first sentence); the abstention rate on the answerable; abstentions
on the twins. Beside them, the trivial baselines that could fake a lead figure: the first
sentence of the top passage, and the top passage whole (a ceiling: 100+ words always
"contain" more). Word counts say how long answers are.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.answer import Answer
from assistant.answerability import missing
from assistant.claims import source_sentences
from assistant.components import Components
from assistant.core import AskOptions, Assistant
from assistant.nlp import parse
from assistant.question import analyse
from assistant.settings import load_settings
from assistant.spans import answer_spans, short_answer
from index import Index
from index.retrieval import Filters, Passage

from . import metrics as m
from . import retrieval_eval
from .halueval import Pair, load
from .markdown import write_section
from .runner import lead_text

HEADING = "## Answers on HaluEval QA"
GENERATORS = ("extractive:sentences", "extractive", "extractive:reader")


def build_index(pairs: list[Pair], folder: Path) -> tuple[Index, dict[str, str]]:
    """The knowledge passages as documents (as the retrieval eval indexes them), and record
    id -> document id (a jsonl document's source ends in #ID)."""
    index, _ = retrieval_eval.build_index(pairs, folder)
    return index, {d.source.rsplit("#", 1)[-1]: doc_id for doc_id, d in index.documents().items()}


def record_of(pair: Pair, answer: Answer, twin: Answer, seconds: float) -> dict[str, Any]:
    short = "" if answer.abstained else answer.short_answer.text if answer.short_answer else answer.verdict
    lead = "" if answer.abstained else lead_text(answer)
    analysis = analyse(pair.question)
    own = Passage(1, pair.id, "", "", "", "", pair.id, pair.sources[0], 0, len(pair.sources[0]), 1.0)
    contains = m.contains_answer(lead, [pair.right])
    return {
        "names_in_own_passage": not missing(analysis, [own]), "yes_no": pair.right.lower() in ("yes", "no"),
        "id": pair.id, "question": pair.question, "right": pair.right, "abstained": answer.abstained,
        "short": short, "lead": lead, "words": 0 if answer.abstained else len(answer.answer.split()),
        "em": m.exact_match(short, pair.right) if short else 0.0,
        "f1": m.token_f1(short, pair.right) if short else 0.0,
        "lead_contains": float(contains),
        # the same, a person's full name in another form counted ("Barack Obama" for "Barack Hussein Obama II")
        "lead_person": float(contains or m.contains_person(lead, pair.right)),
        "answer": answer.answer, "notes": answer.notes, "twin_abstained": twin.abstained,
        "twin_answer": twin.answer, "ms": round(1000 * seconds, 1),
    }


def baseline(pair: Pair, assistant: Assistant) -> dict[str, float]:
    """What the top passage alone gives: its first sentence, and the whole of it."""
    top = assistant.index.search(pair.question, k=1)
    text = top[0].text if top else ""
    spans = source_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    span = first_typed_span(pair.question, text)
    first_contains = m.contains_answer(first, [pair.right])
    return {"first_sentence": float(first_contains),
            "first_sentence_person": float(first_contains or m.contains_person(first, pair.right)),
            "top_passage": float(m.contains_answer(text, [pair.right])),
            "first_span_em": m.exact_match(span, pair.right) if span else 0.0,
            "first_span_f1": m.token_f1(span, pair.right) if span else 0.0}


def first_typed_span(question: str, text: str) -> str:
    """The span baseline: the first span of the expected type in the passage (none for a
    question whose answer is a sentence)."""
    analysis = analyse(question)
    if analysis.explanatory or not analysis.labels:
        return ""
    for s, e in source_sentences(text):
        doc = parse(text[s:e])
        at = short_answer(analysis, doc, answer_spans(analysis, doc)[:1])
        if at:
            return str(doc.text[at[0] : at[1]])
    return ""


def evaluate(pairs: list[Pair], generators: Sequence[str], trace: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        index, doc_of = build_index(pairs, Path(tmp))
        settings = load_settings(store=index.settings.store)
        results: dict[str, Any] = {}
        base: list[dict[str, float]] = []
        for spec in generators:
            parts = Components.from_settings(replace(settings, generator=spec), encoder=index.encoder)
            assistant = Assistant(parts, index=index)
            rows = []
            for pair in tqdm(pairs, desc=spec, file=sys.stderr, mininterval=5):
                start = time.perf_counter()
                answer = assistant.ask(pair.question)
                seconds = time.perf_counter() - start
                without_own = AskOptions(filters=Filters(exclude_docs=(doc_of[pair.id],)))
                twin = assistant.ask(pair.question, options=without_own)
                rows.append(record_of(pair, answer, twin, seconds))
                if spec == generators[-1]:
                    base.append(baseline(pair, assistant))
                    rows[-1].update({f"baseline_{k}": v for k, v in base[-1].items()})
            results[spec] = summarise(rows)
            if trace:
                with trace.open("a", encoding="utf-8") as fh:
                    fh.writelines(json.dumps({"generator": spec, **r}) + "\n" for r in rows)
        index.close()
    results["baselines"] = {k: statistics.mean(b[k] for b in base) for k in base[0]}
    return results


def summarise(rows: list[dict[str, Any]]) -> dict[str, float]:
    n = len(rows)
    answered = [r for r in rows if not r["abstained"]]
    named = [r for r in rows if r["names_in_own_passage"]]
    abst = m.abstention_scores([True] * n + [False] * n, [r["abstained"] for r in rows] +
                               [r["twin_abstained"] for r in rows])
    return {
        "n": n, "em": statistics.mean(r["em"] for r in rows), "f1": statistics.mean(r["f1"] for r in rows),
        "lead_contains": statistics.mean(r["lead_contains"] for r in rows),
        "lead_person": statistics.mean(r["lead_person"] for r in rows),
        "answered": len(answered) / n, "twins_abstained": statistics.mean(r["twin_abstained"] for r in rows),
        "abstention_precision": abst["precision"] or 0.0, "abstention_recall": abst["recall"] or 0.0,
        "words": statistics.mean(r["words"] for r in answered) if answered else 0.0,
        "p50_ms": statistics.median(r["ms"] for r in rows),
        "named_share": len(named) / n, "named_answered": _share(named, lambda r: not r["abstained"]),
        "named_lead": _share(named, lambda r: r["lead_contains"]),
        "yes_no_share": sum(r["yes_no"] for r in rows) / n,
        "yes_no_decided": _share([r for r in rows if r["yes_no"]], lambda r: r["short"].lower() in ("yes", "no")),
        "yes_no_right": _share([r for r in rows if r["yes_no"]], lambda r: r["em"]),
        "yes_no_wrong": _share([r for r in rows if r["yes_no"]],
                               lambda r: r["short"].lower() in ("yes", "no") and not r["em"]),
    }


def _share(rows: list[dict[str, Any]], test: Any) -> float:
    return sum(bool(test(r)) for r in rows) / len(rows) if rows else 0.0


def render(slice_name: str, results: dict[str, Any], command: str) -> str:
    rows = ["| generator | short-answer EM | short-answer F1 | lead contains the answer | answered | twins abstained "
            "| abstention precision | words per answer | ask p50 |", "|---|---|---|---|---|---|---|---|---|"]
    for spec, r in results.items():
        if spec == "baselines":
            continue
        rows.append(f"| `{spec}` | {_pct(r['em'])} | {_pct(r['f1'])} | **{_pct(r['lead_contains'])}** | "
                    f"{_pct(r['answered'])} | {_pct(r['twins_abstained'])} | {_pct(r['abstention_precision'])} | "
                    f"{r['words']:.0f} | {r['p50_ms']:.0f} ms |")
    b = results["baselines"]
    n = next(r["n"] for k, r in results.items() if k != "baselines")
    new = results.get("extractive") or next(r for k, r in results.items() if k != "baselines")
    subset = (f"HaluEval's knowledge passages are cut from Wikipedia, and {_pct(new['named_share'])} of these "
              "questions "
              "have every name they mention (by the question analysis) inside their own passage; the rest name "
              "something the documents never mention, which the product's rules answer with an abstention. On "
              f"that share, `extractive` answers {_pct(new['named_answered'])} and its lead contains the right "
              f"answer {_pct(new['named_lead'])} of the time. {_pct(new['yes_no_share'])} of the questions are "
              "answered \"yes\" or \"no\": `extractive` gives a verdict on "
              f"{_pct(new.get('yes_no_decided', 0.0))} of them ({_pct(new.get('yes_no_right', 0.0))} right, "
              f"{_pct(new.get('yes_no_wrong', 0.0))} wrong) and otherwise quotes the evidence without one; a "
              "generator that only quotes never writes either word. Counting a person's full name in another "
              "form as the right answer (\"Barack Obama\" for HaluEval's \"Barack Hussein Obama II\", by the "
              "answers' own one-person rule), the lead of `extractive` contains the right answer "
              f"{_pct(new.get('lead_person', 0.0))} of the time and the first sentence of the top passage "
              f"{_pct(b.get('first_sentence_person', 0.0))} (a reading aid; the figures above and the targets are "
              "the strict ones).\n")
    return (f"{HEADING} ({slice_name}, {n} records)\n\nCommand: `{command}`\n\n" + "\n".join(rows) + "\n\n"
            f"Trivial baselines on the same questions: the first sentence of the top search passage contains the "
            f"right answer {_pct(b['first_sentence'])} of the time; the whole top passage (about 60-120 words, a "
            f"ceiling for any answer quoted from one passage) {_pct(b['top_passage'])}; the first span of the expected "
            f"type in the top passage, as the short answer: EM {_pct(b['first_span_em'])}, F1 "
            f"{_pct(b['first_span_f1'])}.\n\n" + subset)


def _pct(v: float) -> str:
    return f"{100 * v:.1f}%"


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slice", default="dev", choices=("dev", "check"), help="HaluEval QA slice (dev: 0-999)")
    ap.add_argument("--limit", type=int, default=None, help="records (default: the whole slice)")
    ap.add_argument("--generators", default=",".join(GENERATORS), help="comma-separated generator specs")
    ap.add_argument("--trace", type=Path, default=None, help="write every answer as JSONL here")
    ap.add_argument("--out", type=Path, default=None, help="write the section into this Markdown file")
    args = ap.parse_args(argv)
    command = f"python -m evals.answer_eval --slice {args.slice}" + (f" --limit {args.limit}" if args.limit else "")
    results = evaluate(load("qa", args.slice, args.limit), args.generators.split(","), args.trace)
    section = render(args.slice, results, command + (f" --out {args.out}" if args.out else ""))
    print(section)
    if args.out:
        write_section(args.out, f"{HEADING} ({args.slice}", section)


if __name__ == "__main__":
    main()
