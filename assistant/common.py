"""What two things have in common: "What profession do A and B share?", "A and B are both what?".

Pure functions over the question's analysis and the ranked candidate sentences. The answer is
what a sentence about each of them says alike: the words of one's answer span (or, for a kind
or an open "what", one of its noun phrases) that the other's sentence also says ("director"
for "an American film director" and "a Greek director and producer"). The sentence about the
first thing leads with the short answer in it; the other's sentence supports it. When their
sentences share nothing of the kind asked for, there is no common answer and the usual lead
stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from index.text import STOPWORDS

from .polar import things_said
from .question import Analysis
from .sentences import Candidate
from .spans import Span, answer_spans, kind_phrases
from .text import stem

_SHARED = re.compile(r"\b(in common|shares?|shared|both)\b", re.IGNORECASE)
_ONE = re.compile(r"\bwhich one\b", re.IGNORECASE)  # "both ... but which one is ...?": a choice
_OPEN = frozenset({"", "thing", "definition", "category"})  # a kind or a description: noun phrases


@dataclass(frozen=True)
class Common:
    evidence: tuple[Candidate, Candidate]  # the sentence holding the short answer, then the other's
    start: int  # the short answer, offsets in the first sentence
    end: int


def asks_common(analysis: Analysis) -> bool:
    return bool(_SHARED.search(analysis.text)) and not analysis.options and analysis.answer_type != "yesno" \
        and not _ONE.search(analysis.text)


def common(analysis: Analysis, ranked: Sequence[Candidate]) -> Common | None:
    """The words a sentence about each of the two things says alike, of the kind asked for."""
    found = things_said(analysis.text, ranked, 2)
    if found is None:
        return None
    _, (first, second) = found
    asked = {stem(w) for w in re.findall(r"\w+", analysis.text)}
    for mine, theirs in ((first, second), (second, first)):
        said = {stem(t.text) for _, d in theirs for t in d}
        for c, d in mine:
            for span in _candidates(analysis, d):
                run = _shared_run(d, span, said, asked)
                if run:
                    return Common((c, theirs[0][0]), *run)
    return None


def _candidates(analysis: Analysis, doc: Any) -> list[Span]:
    spans = answer_spans(analysis, doc)
    return spans + kind_phrases(doc) if analysis.answer_type in _OPEN else spans


def _shared_run(doc: Any, span: Span, said: set[str], asked: set[str]) -> tuple[int, int] | None:
    """The longest run of the span's words the other sentence also says, not only words of
    the question or stopwords."""
    tokens = [t for t in doc if span.start <= t.idx < span.end and not t.is_punct]
    best: tuple[int, int] | None = None
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and stem(tokens[j].text) in said:
            j += 1
        run = tokens[i:j]
        while run and run[-1].pos_ not in ("NOUN", "PROPN"):  # a thing's name or kind, not "former" or "known"
            run = run[:-1]
        if any(stem(t.text) not in asked and t.lower_ not in STOPWORDS for t in run):
            while run and run[0].lower_ in STOPWORDS:
                run = run[1:]
            at = (run[0].idx, run[-1].idx + len(run[-1].text))
            if best is None or at[1] - at[0] > best[1] - best[0]:
                best = at
        i = max(j, i + 1)
    return best

