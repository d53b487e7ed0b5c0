"""Fit the span reader's weights (``assistant/reader.json``) on HaluEval QA's training records.

    python -m evals.fit_reader [--train N] [--dev N] [--out assistant/reader.json]

Training uses only the records outside the dev (0-999) and check (5000-5499) slices:
1000-4999 and 5500-9999. For each question with an expected answer type, every answer
span (``assistant.answerability.answer_spans``) of every sentence of its knowledge
passage is a candidate; the spans that equal the right answer (SQuAD normalisation) are
the positives. The model is a conditional logit over a question's candidates (softmax of
summed feature weights), fitted by AdaGrad with L2, in a fixed order: the same data give
the same file. Features seen in fewer than ``MIN_COUNT`` questions are dropped.

It also prints reader-only figures on dev records (the span chosen in the record's own
passage), beside the rules' choice and the first span of the expected type.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.compose import read_spans
from assistant.nlp import pipeline
from assistant.question import analyse
from assistant.reader import WEIGHTS_PATH, score
from assistant.sentences import Candidate, candidates_of
from assistant.spans import Span, answer_spans
from assistant.text import content_stems
from index.retrieval import Passage

from . import metrics as m
from .halueval import Pair, _read

TRAIN = ((1000, 5000), (5500, 10000))
DEV = (0, 1000)
MIN_COUNT = 5
EPOCHS = 8
RATE = 0.1
L2 = 1e-4
SEED = 13


@dataclass(frozen=True)
class Item:
    """One question: its candidates' features, their texts and which are right."""

    feats: list[dict[str, float]]
    texts: list[str]
    right: list[bool]
    answer: str
    order: list[int]  # candidate index by position in the passage


def records(ranges: Sequence[tuple[int, int]], limit: int | None) -> list[Pair]:
    out = [p for i, p in enumerate(_read("qa")) if any(a <= i < b for a, b in ranges)]
    return out[:limit] if limit else out


def items_of(pairs: Sequence[Pair], docs: dict[str, Any]) -> list[Item | None]:
    pools = [_pool(p) for p in pairs]
    todo = [t for t in dict.fromkeys(c.text for pool in pools for c in pool) if t not in docs]
    for text, doc in zip(todo, tqdm(pipeline().pipe(todo, batch_size=64), total=len(todo), file=sys.stderr,
                                    mininterval=10, desc="parsing")):
        docs[text] = doc
    return [item_of(pair, pool, [docs[c.text] for c in pool]) for pair, pool in zip(pairs, pools)]


def _pool(pair: Pair) -> list[Candidate]:
    text = pair.sources[0]
    own = Passage(1, pair.id, "", "", "", "", pair.id, text, 0, len(text), 1.0)
    analysis = analyse(pair.question)
    if analysis.explanatory or analysis.options or not analysis.labels:
        return []
    names = frozenset(content_stems(" ".join(analysis.names())))  # as the extractive generator weighs them
    return sorted(candidates_of(pair.question, [own], damped=names), key=lambda c: -c.lexical)


def item_of(pair: Pair, pool: list[Candidate], docs: list[Any]) -> Item | None:
    if not pool:
        return None
    analysis = analyse(pair.question)
    spans = {id(c): answer_spans(analysis, d) for c, d in zip(pool, docs)}
    read = read_spans(analysis, pool, docs, spans)
    feats, texts, at = [], [], []
    for c, d in zip(pool, docs):
        for s, f in read[id(c)]:
            feats.append(f)
            texts.append(_clean(d.text, s))
            at.append((c.start, s.start))
    if not feats:
        return None
    order = sorted(range(len(at)), key=lambda i: at[i])
    return Item(feats, texts, [bool(m.exact_match(t, pair.right)) for t in texts], pair.right, order)


def _clean(text: str, s: Span) -> str:
    out = text[s.start:s.end]
    return out[4:] if out.lower().startswith("the ") else out


def fit(items: list[Item]) -> dict[str, float]:
    counts: Counter[str] = Counter(k for it in items for k in {k for f in it.feats for k in f})
    keep = {k for k, n in counts.items() if n >= MIN_COUNT}
    w: dict[str, float] = dict.fromkeys(sorted(keep), 0.0)
    g2: dict[str, float] = dict.fromkeys(w, 1e-8)
    order = list(range(len(items)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            _step(items[i], w, g2, keep)
    return {k: round(v, 4) for k, v in w.items() if abs(v) >= 1e-4}


def _step(it: Item, w: dict[str, float], g2: dict[str, float], keep: set[str]) -> None:
    """One AdaGrad step on -log P(a right candidate) under the softmax over the question's candidates."""
    s = [score(w, f) for f in it.feats]
    top = max(s)
    e = [math.exp(x - top) for x in s]
    z = sum(e)
    p = [x / z for x in e]
    zr = sum(x for x, r in zip(p, it.right) if r)
    grad: dict[str, float] = {}
    for f, pi, r in zip(it.feats, p, it.right):
        coef = pi - (pi / zr if r else 0.0)
        for k, v in f.items():
            if k in keep:
                grad[k] = grad.get(k, 0.0) + coef * v
    for k, gk in grad.items():
        gk += L2 * w[k]
        g2[k] += gk * gk
        w[k] -= RATE * gk / math.sqrt(g2[k])


def evaluate(items: list[Item | None], w: dict[str, float]) -> dict[str, float]:
    """Reader-only EM/F1 on the records' own passages: the reader's best span, the rules'
    first span of the best-matching sentence, and the first span of the expected type."""
    out = {"reader_em": 0.0, "reader_f1": 0.0, "rules_em": 0.0, "rules_f1": 0.0, "first_em": 0.0, "first_f1": 0.0,
           "oracle": 0.0, "n": 0.0}
    for it in items:
        if it is None:
            continue
        out["n"] += 1
        best = max(range(len(it.feats)), key=lambda i: score(w, it.feats[i]))
        rule = next(i for i, f in enumerate(it.feats) if f.get("rule_rank=0"))  # best-matching sentence first
        for name, i in (("reader", best), ("rules", rule), ("first", it.order[0])):
            out[f"{name}_em"] += m.exact_match(it.texts[i], it.answer)
            out[f"{name}_f1"] += m.token_f1(it.texts[i], it.answer)
        out["oracle"] += any(it.right)
    n = out["n"] or 1.0
    return {k: (v / n if k != "n" else v) for k, v in out.items()}


def parsed(folder: Path | None) -> dict[str, Any]:
    """Sentence -> spaCy parse, from ``folder`` when an earlier run saved them (parsing the
    training passages takes most of a run; the features can change without it)."""
    if folder is None or not (folder / "parses.spacy").exists():
        return {}
    from spacy.tokens import DocBin

    docs = DocBin().from_disk(folder / "parses.spacy").get_docs(pipeline().vocab)
    return {d.text: d for d in docs}


def save_parsed(folder: Path | None, docs: dict[str, Any]) -> None:
    if folder is None:
        return
    from spacy.tokens import DocBin

    folder.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs.values(), store_user_data=False).to_disk(folder / "parses.spacy")


def _used(ranges: Sequence[tuple[int, int]], limit: int | None) -> list[tuple[int, int]]:
    """The record ranges the first ``limit`` records of ``ranges`` cover."""
    out, left = [], limit if limit is not None else sum(b - a for a, b in ranges)
    for a, b in ranges:
        if left > 0:
            out.append((a, min(b, a + left)))
            left -= min(b, a + left) - a
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=int, default=None, help="training records (default: all 8,500)")
    ap.add_argument("--dev", type=int, default=300, help="dev records for the reader-only figures")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--cache", type=Path, default=None, help="keep the parses here between runs (a folder)")
    args = ap.parse_args(argv)
    docs = parsed(args.cache)
    train = [it for it in items_of(records(TRAIN, args.train), docs) if it is not None and any(it.right)]
    dev = items_of(records((DEV,), args.dev), docs)
    save_parsed(args.cache, docs)
    weights = fit(train)
    used = _used(TRAIN, args.train)
    args.out.write_text(json.dumps({"fitted_on": "HaluEval QA records " + ", ".join(f"{a}-{b - 1}" for a, b in used),
                                    "train_ranges": used, "questions": len(train), "weights": weights},
                                   indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({"train_questions": len(train), "features": len(weights), **evaluate(dev, weights)}, indent=1))


if __name__ == "__main__":
    main()
