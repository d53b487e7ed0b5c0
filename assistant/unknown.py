"""Sentences that say what was asked is not known yet.

"Who is on the American delegation?" over news that says "The U.S. delegation has yet to be
revealed." is not answered by any name the articles hold; the honest answer is that the
documents say it is not known. A sentence counts when its subject is what the question is
about (a noun of the question's focus, with no other people or place qualifying it than the
question's) and its predicate says it is unknown, undecided or not yet made public.

Likewise "Did they agree on a ceasefire at the summit?" over articles written before the
summit: the documents speak of the summit only as ahead ("scheduled for this Friday"), so
what happened there is not theirs to say (``only_ahead``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .answerability import qualifier_conflicts
from .nlp import parse, parse_many
from .question import Analysis
from .text import stem

_UNSAID = (r"revealed|announced|named|confirmed|determined|decided|disclosed|released|identified|"
           r"made public|known|finali[sz]ed|agreed|set|scheduled")
# "has yet to be revealed", "have not been announced", "is not yet known", "remains unclear"
UNKNOWN = re.compile(
    rf"\b(?:yet\s+to\s+be\s+|not\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?|still\s+not\s+(?:been\s+)?)(?:{_UNSAID})\b"
    r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+|as\s+yet\s+)?"
    r"(?:unknown|unclear|undisclosed|undecided|unconfirmed|not\s+known|a\s+mystery)\b",
    re.IGNORECASE)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WHEN = frozenset({"date", "time", "timing", "day", "timetable", "schedule"})


def says_unknown(analysis: Analysis, doc: Any) -> bool:
    """The parsed sentence says that what the question asks about is not known: its subject's
    head noun is one of the question's focus words, the predicate it governs says unknown
    ("The U.S. delegation has yet to be revealed"), and it qualifies that noun by no other
    people or place than the question ("Russia's delegation" says nothing of the American one)."""
    if analysis.answer_type == "yesno":
        return False
    asked = asked_about(analysis)
    for token in doc:
        if token.dep_ not in _SUBJECTS or token.pos_ not in ("NOUN", "PROPN") \
                or stem(token.lemma_.lower()) not in asked:
            continue
        predicate = doc.text[token.idx + len(token.text):]
        clause_end = token.head.right_edge.idx + len(token.head.right_edge.text) - token.idx - len(token.text)
        if UNKNOWN.search(predicate[: max(clause_end, 0)]) and not qualifier_conflicts(analysis, doc):
            return True
    return False


def asked_about(analysis: Analysis) -> set[str]:
    """What a sentence's subject must be to speak of what was asked: the noun the question asks
    for or qualifies ("which delegation", "the American delegation") or the act it asks about
    ("What caused the fire?": "the cause"); not any noun it names ("the mayor" of "Who will
    replace the mayor?" is not who replaces him)."""
    nouns = {n for n, _, _ in analysis.qualified} | {analysis.wh_noun, analysis.sort_of}
    if analysis.answer_type == "date":  # "When will it open?": "The opening date has not been set"
        nouns |= _WHEN
    verbs = {t.lemma_.lower() for t in parse(analysis.text) if t.pos_ == "VERB"}
    return {stem(w) for w in nouns | verbs if w}


def unknown_sentence(analysis: Analysis, texts: Sequence[str]) -> str | None:
    """The first of the sentences that says what was asked is not known, if any (only those
    with words of not knowing are parsed)."""
    worded = [t for t in texts if UNKNOWN.search(t)]
    return next((t for t, doc in zip(worded, parse_many(worded)) if says_unknown(analysis, doc)), None)


# "Did ... at the summit?", "Has ... since the election?": a question about what happened at an event
_PAST_QUESTION = re.compile(r"^\s*(?:did|has|have|had|was|were)\b", re.IGNORECASE)
_EVENT_PHRASE = re.compile(r"\b(?:at|during|after|since|from)\s+(?:the|this|last|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
                           r"([a-z]+)\b(?=\s*(?:[?,.;]|$|\b(?:in|on|with|between|of)\b))")
# what is still ahead: "scheduled for this Friday", "will meet", "ahead of the summit"
AHEAD = re.compile(r"\b(?:scheduled|planned|set|due|expected|slated)\s+(?:for|to)\b|\bwill\b|\bupcoming\b"
                   r"|\bahead\s+of\b|\bis\s+to\s+(?:be|take)\b|\bare\s+to\s+(?:be|meet)\b|\bforthcoming\b",
                   re.IGNORECASE)
# what has happened: "took place", "was held", "after the summit", "ended without a deal"
HAPPENED = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|ended|concluded|wrapped\s+up|broke\s+up"
                      r"|after\s+the|following\s+the|at\s+the\s+end\s+of|outcome|results?\s+of)\b", re.IGNORECASE)


def asked_event(question: str) -> str:
    """The event a past question asks about ("summit" in "Did they agree at the Alaska
    summit?"), or "" when it asks about none or not in the past."""
    if not _PAST_QUESTION.match(question):
        return ""
    m = _EVENT_PHRASE.search(question)
    return m.group(1).lower() if m else ""


def only_ahead(question: str, texts: Sequence[str]) -> str | None:
    """A sentence that speaks of the event a past question asks about as still ahead, when
    none of the sentences speaks of it as past: the documents were written before it. None
    otherwise."""
    event = asked_event(question)
    if not event:
        return None
    about = [t for t in texts if re.search(rf"\b{re.escape(event)}s?\b", t, re.IGNORECASE)]
    if not about or any(HAPPENED.search(t) for t in about):
        return None
    return next((t for t in about if AHEAD.search(t)), None)
