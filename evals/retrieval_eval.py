"""Retrieval on HaluEval QA: does each question find its own knowledge passage?

    python -m evals.retrieval_eval [--limit N] [--out docs/EVALUATION.md]

Each record's knowledge becomes one document (a jsonl line, id = the record id) of a
temporary store built with the real embedding model; each record's question is asked and
the relevant document is the record's own knowledge (or an identical copy of it). Dense,
BM25 and several fusions of the two are scored on the same rankings, so only the fusion
differs; `Retriever.search` (the default fusion plus duplicate collapse) is scored too.
Fusions are compared on the dev slice and checked on the held-out check slice.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from index import Index, IndexSettings
from index.retrieval import DEFAULT_FUSION, DEPTH_GROWTH, MIN_DEPTH, Fusion, Ranking, Retriever, fuse

from .halueval import SLICES, Pair, load
from .markdown import write_section

HEADING = "## Retrieval on HaluEval QA"
T = TypeVar("T")
CUTOFF = 10  # MRR@10; search() is asked for 10 passages
DEPTH = max(MIN_DEPTH, DEPTH_GROWTH * CUTOFF)  # what search(k=10) fetches from each retriever
# Candidates, each side weighted both ways; the default is among them (listed once).
FUSIONS = tuple(dict.fromkeys((
    Fusion("rrf"),
    Fusion("rrf", dense_weight=2.0),
    Fusion("rrf", lexical_weight=2.0),
    Fusion("minmax"),
    Fusion("minmax", dense_weight=0.7, lexical_weight=0.3),
    Fusion("minmax", dense_weight=0.3, lexical_weight=0.7),
    DEFAULT_FUSION,
)))


@dataclass(frozen=True)
class Scores:
    recall_1: float
    recall_5: float
    mrr: float


@dataclass(frozen=True)
class Query:
    """One question's rankings, as record ids, and the record ids that answer it."""

    relevant: frozenset[str]
    dense: list[str]
    lexical: list[str]
    dense_hits: Ranking
    lexical_hits: Ranking
    searched: list[str]


# -- pure scoring -------------------------------------------------------------------


def first_relevant(ranking: Sequence[str], relevant: frozenset[str]) -> int | None:
    """1-based rank of the first relevant id, or None."""
    return next((n for n, item in enumerate(ranking, start=1) if item in relevant), None)


def score(rankings: Sequence[tuple[Sequence[str], frozenset[str]]], cutoff: int = CUTOFF) -> Scores:
    """Recall@1, recall@5 and MRR@cutoff over (ranking, relevant ids) pairs."""
    ranks = [first_relevant(list(r)[:cutoff], rel) for r, rel in rankings]
    n = max(len(ranks), 1)
    return Scores(
        sum(r == 1 for r in ranks) / n,
        sum(r is not None and r <= 5 for r in ranks) / n,
        sum(1.0 / r for r in ranks if r is not None) / n,
    )


def dedupe(ids: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(ids))


# -- gathering ------------------------------------------------------------------------


def build_index(pairs: list[Pair], folder: Path) -> tuple[Index, float]:
    path = folder / "knowledge.jsonl"
    path.write_text("".join(json.dumps({"id": p.id, "text": p.sources[0]}) + "\n" for p in pairs), encoding="utf-8")
    index = Index(IndexSettings(store=str(folder / "store")))
    started = time.perf_counter()
    report = index.ingest([str(path)])
    if report.problems or report.documents != len({p.id for p in pairs}):
        raise SystemExit(f"indexing failed: {report.problems[:3]}")
    return index, time.perf_counter() - started


def chunk_records(index: Index) -> dict[str, str]:
    """chunk id -> record id (a jsonl document's source ends in #ID)."""
    record = {doc_id: d.source.rsplit("#", 1)[-1] for doc_id, d in index.documents().items()}
    return {cid: record[c.doc_id] for cid, c in index.chunks().items()}


def gather(pairs: list[Pair], retriever: Retriever, owner: dict[str, str]) -> tuple[list[Query], dict[str, float]]:
    """Every question's rankings, and the median milliseconds of each retrieval call."""
    same_text: dict[str, set[str]] = {}
    for p in pairs:
        same_text.setdefault(" ".join(p.sources[0].split()), set()).add(p.id)
    timings: dict[str, list[float]] = {"dense": [], "lexical": [], "search": []}
    queries = []
    for p in pairs:
        dense = _timed(timings["dense"], partial(retriever.dense, p.question, DEPTH))
        lexical = _timed(timings["lexical"], partial(retriever.lexical, p.question, DEPTH))
        found = _timed(timings["search"], partial(retriever.search, p.question, CUTOFF))
        queries.append(Query(
            frozenset(same_text[" ".join(p.sources[0].split())]),
            dedupe([owner[i] for i, _ in dense]), dedupe([owner[i] for i, _ in lexical]),
            dense, lexical, dedupe([owner[h.chunk_id] for h in found]),
        ))
    return queries, {name: 1000 * statistics.median(ts) for name, ts in timings.items()}


def _timed(into: list[float], fn: Callable[[], T]) -> T:
    started = time.perf_counter()
    out = fn()
    into.append(time.perf_counter() - started)
    return out


def fused(q: Query, fusion: Fusion, owner: dict[str, str]) -> list[str]:
    return dedupe([owner[i] for i, _ in fuse(q.dense_hits, q.lexical_hits, fusion)])


# -- one slice ----------------------------------------------------------------------------


def evaluate(slice_name: str, limit: int | None) -> dict[str, object]:
    pairs = load("qa", slice_name, limit)
    with tempfile.TemporaryDirectory() as tmp:
        index, ingest_s = build_index(pairs, Path(tmp))
        with index:
            owner = chunk_records(index)
            queries, ms = gather(pairs, index.retriever(), owner)
    rows: dict[str, Scores] = {
        "dense (MiniLM int8, Chroma)": score([(q.dense, q.relevant) for q in queries]),
        "BM25 (SQLite FTS5)": score([(q.lexical, q.relevant) for q in queries]),
    }
    for fusion in FUSIONS:
        rows[f"fused: {fusion.describe()}"] = score([(fused(q, fusion, owner), q.relevant) for q in queries])
    searched = score([(q.searched, q.relevant) for q in queries])
    rows["`Retriever.search` (default fusion + duplicate collapse)"] = searched
    print(f"{slice_name}: {len(pairs)} records, ingest {ingest_s:.0f} s, p50 ms {ms}", file=sys.stderr)
    return {"slice": slice_name, "records": len(pairs), "rows": rows, "ms": ms, "ingest_s": ingest_s}


# -- report -----------------------------------------------------------------------------------


def render(results: list[dict[str, object]], command: str) -> str:
    dev = results[0]
    lines = [
        HEADING,
        "",
        f"Command: `{command}` ({time.strftime('%Y-%m-%d')}, 2 cores). Each record's knowledge passage",
        "is one document of a fresh store (real embedding model, default settings); its question must",
        "retrieve it. Recall@n: share of questions whose passage is in the top n; MRR@10: mean",
        f"reciprocal rank of the passage within the top 10. Fusions combine the top {DEPTH} of each",
        "ranking (what `search(k=10)` fetches). Fusions were compared on dev; check was never used",
        "to choose. The default fusion is marked **(default)**.",
        "",
        "| retriever | " + " | ".join(f"{r['slice']} recall@1 | {r['slice']} recall@5 | {r['slice']} MRR@10"
                                        for r in results) + " |",
        "| --- |" + " ---: | ---: | ---: |" * len(results),
    ]
    for name in dev["rows"]:  # type: ignore[attr-defined]
        cells = [_cells(r["rows"][name]) for r in results]  # type: ignore[index]
        label = f"{name} **(default)**" if name == f"fused: {DEFAULT_FUSION.describe()}" else name
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", _default_line(dev), ""] + [_timing_line(r) for r in results] + [""]
    return "\n".join(lines)


def _default_line(dev: dict[str, object]) -> str:
    rows = dev["rows"]
    assert isinstance(rows, dict)
    fusions = {name: s for name, s in rows.items() if name.startswith("fused: ")}
    best = max(fusions, key=lambda name: (fusions[name].mrr, fusions[name].recall_1))
    default = f"fused: {DEFAULT_FUSION.describe()}"
    verdict = "the best fusion on dev by MRR@10" if best == default else f"dev's best by MRR@10 is {best[7:]}"
    return (f"Default fusion (`assistant/retrieval.py` `DEFAULT_FUSION`): {DEFAULT_FUSION.describe()}; "
            f"{verdict}. Rank fusion ignores how far ahead a retriever's first hit is, so a passage "
            "that BM25 finds far ahead of the rest (a rare name matched) can tie with dense's mediocre "
            "favourite; scaled scores keep that margin. Equal weights, so nothing is tuned to this set's "
            "lean towards exact names.")


def _cells(s: Scores) -> str:
    return f"{100 * s.recall_1:.1f}% | {100 * s.recall_5:.1f}% | {s.mrr:.3f}"


def _timing_line(r: dict[str, object]) -> str:
    ms = r["ms"]
    assert isinstance(ms, dict)
    start, _ = SLICES["qa"][str(r["slice"])]
    return (f"- {r['slice']} (records {start}-{start + int(r['records']) - 1}, "  # type: ignore[call-overload]
            f"{r['records']} documents): indexed in {r['ingest_s']:.0f} s; per query, median: dense "
            f"{ms['dense']:.1f} ms (with encoding), BM25 {ms['lexical']:.1f} ms, `search(k=10)` {ms['search']:.1f} ms.")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="records per slice (default: all, dev 1000, check 500)")
    ap.add_argument("--out", type=Path, default=None, help="write the section into this Markdown file")
    args = ap.parse_args(argv)
    command = "python -m evals.retrieval_eval" + (f" --limit {args.limit}" if args.limit else "")
    command += f" --out {args.out}" if args.out else ""
    section = render([evaluate(name, args.limit) for name in ("dev", "check")], command)
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
