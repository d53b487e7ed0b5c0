"""Follow-up questions made standalone without an LLM.

"What did he say about it?" means nothing to a retriever. When a question leans on the
conversation (third-person pronouns, "that", or very few content words of its own), the
names and key words of the previous user turn are added, so the search sees
"What did he say about it? (Putin, Ukraine)". The result is shown to users as the query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .generators import Turn
from .judge.text import STOPWORDS, content_stems, words

_ANAPHORA = frozenset("he she it they him her them his hers its their theirs this that these those there "
                      "former latter".split())
_OWN_WORDS_ENOUGH = 3
_MAX_TERMS = 6


def needs_context(question: str) -> bool:
    tokens = [w.lower() for w in words(question)]
    return any(t in _ANAPHORA for t in tokens) or len(content_stems(question)) < _OWN_WORDS_ENOUGH


def context_terms(turns: Sequence[Turn], question: str) -> list[str]:
    """Names first, then other content words, from the latest user turn that has any."""
    own = {w.lower() for w in words(question)}
    for turn in reversed(turns):
        if turn.role != "user":
            continue
        tokens = [w for w in words(turn.content) if w.lower() not in STOPWORDS and w.lower() not in own]
        names = [w for i, w in enumerate(tokens) if w[0].isupper() and (i > 0 or len(w) > 3)]
        rest = [w for w in tokens if w not in names and len(w) > 3]
        terms = list(dict.fromkeys(names + rest))[:_MAX_TERMS]
        if terms:
            return terms
    return []


def standalone_query(question: str, history: Sequence[Turn]) -> str:
    """The question to search: itself, or itself with the terms it refers back to."""
    question = re.sub(r"\s+", " ", question).strip()
    if not history or not needs_context(question):
        return question
    terms = context_terms(history, question)
    return f"{question} ({', '.join(terms)})" if terms else question
