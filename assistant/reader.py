"""A trained span reader: which of the answer spans a sentence holds fills the question.

The rules (``assistant.answerability``) find spans of the kind asked for; when a passage
holds several ("Delhi" and "Mumbai", both places), they choose by order and a few cues.
This reader scores each span by features of the question-span relation, in the manner of
the logistic-regression SQuAD baseline (Rajpurkar et al., 2016):

- the span's entity label against the expected answer type and the question word;
- the question words in the span's sentence and in a window around the span;
- the dependency path from the span to the nearest question word of its sentence;
- whether the question already names the span, its length, its grammatical role;
- whether a linked sentence carries the rest of the question (two-hop questions).

Nothing describes a corpus's layout (no passage index, no search rank). The weights come
from ``python -m evals.fit_reader`` (``reader.json`` beside this module); scoring is a sum
of the weights of the features a span has. Pure functions over spaCy parses.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .question import Analysis
from .spans import Span, attached
from .text import content_stems, stem

WEIGHTS_PATH = Path(__file__).with_name("reader.json")
_WINDOW = 6  # tokens either side of a span whose question words count as its neighbourhood
_MAX_PATH = 4  # dependency arcs kept in a path feature
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")


@dataclass(frozen=True)
class Context:
    """What a span's sentence shares with the question, relative to the other sentences read."""

    lexical: float  # share of the question's content words in the sentence
    best: bool  # no other sentence read carries more of them
    hop: float  # share of the question's words a linked sentence adds (``compose.hop_gains``)
    bridge: bool  # a sentence closer to the question also names this span
    rule_rank: int  # the rules' order of the span within its sentence (0: their choice)


def features(analysis: Analysis, doc: Any, span: Span, ctx: Context) -> dict[str, float]:
    """The features of one answer span of the parsed sentence ``doc``."""
    asked = set(content_stems(analysis.text))
    text = doc.text[span.start:span.end]
    tokens = _tokens(doc, span)
    kind, wh, label = analysis.answer_type or "none", analysis.wh or "none", span.label
    f: dict[str, float] = {"bias": 1.0, f"type={kind}|label={label}": 1.0, f"wh={wh}|label={label}": 1.0,
                           "lexical": ctx.lexical, "best_sentence": float(ctx.best), "hop": ctx.hop,
                           "bridge": float(ctx.bridge), f"rule_rank={min(ctx.rule_rank, 3)}": 1.0}
    f.update(_span_shape(text, tokens))
    f.update(_asked(text, asked, analysis))
    f.update(_window(doc, tokens, asked))
    f.update(_syntax(doc, tokens, asked, wh))
    focus = frozenset(stem(w) for w in analysis.focus)
    f["attached"] = float(attached(doc, span, focus, kind == "place"))
    if analysis.wh_noun:
        after = doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(doc) else None
        f["names_kind"] = float(analysis.wh_noun in text.lower() or (
            after is not None and after.lemma_.lower() == analysis.wh_noun))
    return f


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


@functools.cache
def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    """The fitted weights; none (every span scores 0, the rules decide) when the file is absent."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


def _tokens(doc: Any, span: Span) -> list[Any]:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(found) if found is not None else []


def _span_shape(text: str, tokens: Sequence[Any]) -> dict[str, float]:
    n = len(tokens)
    f = {f"length={min(n, 5)}": 1.0, "has_digit": float(any(c.isdigit() for c in text)),
         "year": float(bool(_YEAR.fullmatch(text.strip())))}
    if tokens:
        root = min(tokens, key=lambda t: sum(1 for _ in t.ancestors))
        f[f"pos={root.pos_}"] = 1.0
    return f


def _asked(text: str, asked: set[str], analysis: Analysis) -> dict[str, float]:
    """The question naming the span is the strongest sign it is not the answer."""
    mine = set(content_stems(text))
    share = len(mine & asked) / len(mine) if mine else 0.0
    quoted = text.lower() in analysis.text.lower()
    return {"in_question": share, "all_in_question": float(bool(mine) and mine <= asked), "quoted": float(quoted)}


def _window(doc: Any, tokens: Sequence[Any], asked: set[str]) -> dict[str, float]:
    if not tokens or not asked:
        return {"window": 0.0}
    lo, hi = max(tokens[0].i - _WINDOW, 0), min(tokens[-1].i + _WINDOW + 1, len(doc))
    near = {stem(t.lower_) for t in doc[lo:hi] if t.i < tokens[0].i or t.i > tokens[-1].i}
    return {"window": len(near & asked) / len(asked)}


def _syntax(doc: Any, tokens: Sequence[Any], asked: set[str], wh: str) -> dict[str, float]:
    """The span's role and the dependency path to the closest question word in its sentence."""
    if not tokens:
        return {"no_tokens": 1.0}
    inside = {t.i for t in tokens}
    root = min(tokens, key=lambda t: sum(1 for _ in t.ancestors))
    f = {f"dep={root.dep_}": 1.0, f"wh={wh}|dep={root.dep_}": 1.0,
         f"head_dep={root.head.dep_}": 1.0, "head_asked": float(stem(root.head.lower_) in asked and
                                                                root.head.i not in inside)}
    targets = [t for t in doc if t.i not in inside and not t.is_stop and stem(t.lower_) in asked]
    paths = [_path(root, t) for t in targets]
    if not paths:
        return {**f, "no_path": 1.0}
    best = min(paths, key=len)
    f[f"path={'_'.join(best[:_MAX_PATH])}"] = 1.0
    f[f"path_len={min(len(best), 6)}"] = 1.0
    return f


def _path(a: Any, b: Any) -> list[str]:
    """Arcs up from ``a`` to the common ancestor (``dep^``), then down to ``b``."""
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    ids = {t.i for t in down}
    top = next((t for t in up if t.i in ids), None)
    if top is None:
        return ["far"]
    rise = [f"{t.dep_}^" for t in up[: [t.i for t in up].index(top.i)]]
    fall = [t.dep_ for t in reversed(down[: [t.i for t in down].index(top.i)])]
    return [*rise, *fall] or ["same"]
