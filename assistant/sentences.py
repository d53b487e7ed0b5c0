"""Candidate sentences: every declarative sentence of the passages, scored by the question
words it carries, plus lists with the line that announces them."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.retrieval import Passage
from index.text import DEMONSTRATIVES, PRONOUNS

from .claims import source_sentences
from .text import content_stems

_MIN_WORDS = 5
CARRY = 0.5  # a sentence that opens with a pronoun carries this share of the words of the one before
_ADJACENT = 3  # characters between two sentences that follow each other
_REFERS_BACK = PRONOUNS | DEMONSTRATIVES  # "He was ...", "This is ...": about the sentence before
_LIFE_OPENING = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+)\s*"  # a name, then "(... 1909 ..."
                           r"\((?:born\s+|b\.\s*|née\s+)?[^()]{0,40}?\b(?:1[0-9]\d\d|20\d\d)\b")
_PROSE_END = re.compile(r"[.!…][\"'”’)\]]*$")
_MAX_ITEMS = 8
_MAX_ITEM_WORDS = 14  # list items are short; a following paragraph rarely is


@dataclass(frozen=True)
class Candidate:
    n: int  # 1-based passage number
    text: str
    start: int  # offsets in the passage's document
    end: int
    lexical: float
    semantic: float = 0.0
    prior: float = 0.0  # how well the sentence's passage as a whole matches the question

    @property
    def score(self) -> float:
        return 0.55 * self.semantic + 0.45 * self.lexical + self.prior


def candidates_of(question: str, passages: Sequence[Passage], damped: frozenset[str] = frozenset(),
                  damping: float = 0.3) -> list[Candidate]:
    """Every declarative sentence of the passages (and every list with the line that
    announces it), scored by the question words it carries.

    Words are weighted by rarity among the candidates: in a corpus about a summit,
    "Trump" and "Putin" are in every sentence and say little; "meet" singles out the
    sentences about the meeting. Stems in ``damped`` (names the passage already had to
    carry) weigh ``damping`` times as much: the sentence that answers often names them only
    in the sentence before."""
    asked = set(content_stems(question))
    units = [(n, p.start + s, p.start + e, p.text[s:e]) for n, p in enumerate(passages, start=1)
             for s, e in _units(p.text)]
    stems = [set(content_stems(text)) for *_, text in units]
    weight = {w: math.log(1 + (1 + len(units)) / (1 + sum(w in x for x in stems))) * (damping if w in damped else 1.0)
              for w in asked}
    total = sum(weight.values()) or 1.0
    out = [Candidate(n, text, start, end, sum(weight[w] for w in asked & st) / total)
           for (n, start, end, text), st in zip(units, stems)]
    for i in range(1, len(out)):  # "He was ...", "Its host was ...": about what the sentence before named
        if follows(out[i - 1], out[i]) and refers_back(out[i].text):
            out[i] = replace(out[i], lexical=max(out[i].lexical, CARRY * out[i - 1].lexical))
    for i in range(len(out) - 1, 0, -1):  # and what "He was best known for narrating ..." says is about whom it names
        if follows(out[i - 1], out[i]) and refers_back(out[i].text):
            out[i - 1] = replace(out[i - 1], lexical=max(out[i - 1].lexical, CARRY * out[i].lexical))
    # the life of a person another sentence of the document names ("He is the former partner of
    # Priscilla Presley." + "Priscilla Ann Presley (born May 24, 1945) is an American actress.")
    lives = [(i, life_of(c.text)) for i, c in enumerate(out)]
    for i, named in lives:
        if named:
            surname = named[0].split()[-1]
            told = [o.lexical for j, o in enumerate(out) if j != i and o.n == out[i].n and surname in o.text]
            out[i] = replace(out[i], lexical=max(out[i].lexical, CARRY * max(told, default=0.0)))
    return out


def life_of(text: str) -> list[str]:
    """The name a sentence opens with when the dates of a life follow it: a person, whatever
    the small recogniser calls it ("Walter Anders Hale (January 3, 1909 - May 1, 1974) was
    ...", which it takes for an organisation)."""
    found = _LIFE_OPENING.match(text)
    return [found.group(1)] if found else []


def refers_back(text: str) -> bool:
    """The sentence opens with a pronoun ("He was ...", "This is ..."): it is about the one before."""
    first = re.match(r"\w+", text)
    return first is not None and first.group() == first.group().capitalize() and first.group().lower() in _REFERS_BACK


def next_sentence(c: Candidate, passages: Sequence[Passage]) -> Candidate | None:
    """The sentence right after ``c`` in its passage, if the passage holds it."""
    p = passages[c.n - 1]
    after = next(((s, e) for s, e in _units(p.text) if p.start + s >= c.end), None)
    if after is None:
        return None
    found = Candidate(c.n, p.text[after[0]:after[1]], p.start + after[0], p.start + after[1], 0.0)
    return found if follows(c, found) else None


def follows(b: Candidate, c: Candidate) -> bool:
    """``c`` is the sentence right after ``b`` in the same document."""
    return b.n == c.n and 0 <= c.start - b.end <= _ADJACENT


def _units(text: str) -> list[tuple[int, int]]:
    """Spans of prose sentences, plus "intro: item, item, ..." lists as one unit each.

    Fragments, headlines and headings that ask questions answer nothing; a line ending in
    ":" answers nothing either, but with the list it announces it is often the answer."""
    spans = source_sentences(text)
    out = [(s, e) for s, e in spans if len(text[s:e].split()) >= _MIN_WORDS and _PROSE_END.search(text[s:e])]
    for i, (s, e) in enumerate(spans):
        if text[s:e].rstrip().endswith(":"):
            items = _list_after(text, spans[i + 1 :], e)
            if items:
                out.append((s, items[-1][1]))
    return out


def _list_after(text: str, spans: Sequence[tuple[int, int]], after: int) -> list[tuple[int, int]]:
    """The short lines that follow ``after``, each on a line of its own."""
    items: list[tuple[int, int]] = []
    for s, e in spans[:_MAX_ITEMS]:
        line = text[s:e].strip()
        if "\n" not in text[after:s] or len(line.split()) > _MAX_ITEM_WORDS or line.endswith("?"):
            break
        items.append((s, e))
        after = e
    return items
