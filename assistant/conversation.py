"""Follow-up questions made standalone without an LLM.

"What did he say about it?" means nothing to a retriever. A question is a follow-up when it
refers back to the conversation (a pronoun no word of its own can mean, "there", "then",
"that") or has no content of its own ("Why?"), as the question analysis tells; being short
does not make it one. A follow-up gets the names and key words of the previous question
added, and "there" or "then" the place or date the previous answer led with, so the
search sees "Why there? (Trump, Putin, meet, Anchorage)". A standalone question is searched
exactly as asked. The result is shown to users as the query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answer import Turn
from .markers import strip_markers
from .nlp import parse
from .question import analyse, split_context
from .spans import answer_spans

_MAX_TERMS = 6


def needs_context(question: str) -> bool:
    return analyse(question).refers_back


def context_terms(turns: Sequence[Turn], question: str) -> list[str]:
    """Names first, then focus words, from the latest user turn that has any; then what the
    answer to it led with, when the question points at a place ("there") or a time ("then")."""
    own = {w.lower() for w in re.findall(r"\w+", question)}
    for i in range(len(turns) - 1, -1, -1):
        if turns[i].role != "user":
            continue
        previous = analyse(split_context(turns[i].content)[0])
        terms = [t for t in [*previous.names(), *previous.focus] if t.lower() not in own][:_MAX_TERMS]
        answer = next((t.content for t in turns[i + 1 :] if t.role == "assistant"), "")
        terms += _pointed_at(question, answer)
        if terms:
            return list(dict.fromkeys(terms))
    return []


def _pointed_at(question: str, answer: str) -> list[str]:
    """The places ("there") or dates ("then") in the first sentence of the earlier answer."""
    words = {w.lower() for w in re.findall(r"\w+", question)}
    kind = "place" if "there" in words else "date" if "then" in words else ""
    if not kind or not answer:
        return []
    first = strip_markers(" ".join(re.split(r"(?<=[.!?\]])\s+", answer.strip())[:3]))
    probe = analyse("Where?" if kind == "place" else "When?")
    doc = parse(first)
    # what the deictic word means, for the words of the passages that explain it
    meaning = ["location", "place"] if kind == "place" else ["time", "date"]
    return [doc.text[s.start : s.end] for s in answer_spans(probe, doc)][:3] + meaning


def standalone_query(question: str, history: Sequence[Turn]) -> str:
    """The question to search: itself, or itself with the terms it refers back to."""
    question = re.sub(r"\s+", " ", question).strip()
    if not history or not needs_context(question):
        return question
    terms = context_terms(history, question)
    return f"{question} ({', '.join(terms)})" if terms else question
