"""What did someone described, not named, say? The quote beside its attribution.

"What did the pro-Kremlin military blogger say about the summit?" names no one, so the
speaker is found by the description: a sentence whose speech verb has a subject holding the
question's noun for them ("Alexander Cott, a prominent Pro Kremlin Army blogger ..., writes.").
News writing often puts the quote in a sentence of its own before that attribution, and goes
on after it with "He added that ...": the answer is those words, in the article's order.

Pure functions over spaCy parses (``assistant.nlp``) and the candidate sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .nlp import parse, parse_many
from .question import SPEECH_VERBS
from .sentences import Candidate, follows

_QUOTE_OPENERS = ("“", "\"", "‘", "«")
_PRONOUNS = frozenset({"he", "she", "they"})


def described_speaker(question: str) -> str:
    """The lemma of the noun a "what did ... say" question names its speaker by ("blogger"),
    when it names no one; else ""."""
    doc = parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in SPEECH_VERBS:
        return ""
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or any(w.pos_ == "PROPN" and w.dep_ == "compound"
                                                          and w.head is subject for w in subject.subtree):
        return ""
    return str(subject.lemma_.lower())


def attributed(speaker: str, relevant: Sequence[Candidate], ranked: Sequence[Candidate]) -> list[Candidate]:
    """The words of the one ``speaker`` describes: the best relevant sentence whose speech verb's
    subject holds that noun, with the quote standing alone right before it and a "He added ..."
    right after it; [] when no sentence attributes words to them."""
    if not speaker or not relevant:
        return []
    for c, doc in zip(relevant, parse_many([c.text for c in relevant])):
        if _attributes(doc, speaker):
            return in_their_words(c, ranked)
    return []


def in_their_words(c: Candidate, ranked: Sequence[Candidate]) -> list[Candidate]:
    """An attribution with the words it attributes: the quote standing alone right before it
    ("“No one is talking about ...” Alexander Cott ... writes.") and a "He added ..." right
    after it, in the article's order; ``c`` alone when neither stands there."""
    before = next((b for b in ranked if follows(b, c)), None)
    after = next((a for a in ranked if follows(c, a)), None)
    words = [b for b in [before] if b is not None and b.text.lstrip().startswith(_QUOTE_OPENERS)
             and not _said_by_someone(parse(b.text))]  # ('"...," she said' is someone's own words)
    words.append(c)
    if after is not None and _goes_on(parse(after.text)):
        words.append(after)
    return words


def _attributes(doc: Any, speaker: str) -> bool:
    """A speech verb whose subject (its words, appositions included) holds the speaker noun."""
    return any(t.lemma_.lower() in SPEECH_VERBS and any(
        s.dep_ in ("nsubj", "nsubjpass") and any(w.lemma_.lower() == speaker for w in s.subtree)
        for s in t.children) for t in doc)


def _said_by_someone(doc: Any) -> bool:
    """The sentence attributes its words itself: a speech verb with a subject ("she said")."""
    return any(t.lemma_.lower() in SPEECH_VERBS and any(s.dep_ in ("nsubj", "nsubjpass") for s in t.children)
               for t in doc)


def _goes_on(doc: Any) -> bool:
    """"He added that ...": a pronoun speaking again."""
    return any(t.lemma_.lower() in SPEECH_VERBS and any(
        s.dep_ == "nsubj" and s.lower_ in _PRONOUNS for s in t.children) for t in doc)
