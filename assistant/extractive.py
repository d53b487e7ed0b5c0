"""The offline default generator: the retrieved sentences that best answer the question.

Sentences are scored by how many of the question's content words they carry, by their
embedding similarity to the question, and by whether they hold the kind of thing asked
for (a place for "where", a date or number for "when" and "how many"). The best ones
are taken without redundancy, up to about 120 words, each cited to its passage, and
set in document order so the answer reads as prose rather than as a ranked list.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.encoders import Encoder

from .generators import Draft, Turn
from .judge.claims import source_sentences
from .judge.text import content_stems, numbers
from .retrieval import Passage

_PREFILTER = 16
_MIN_WORDS = 5
_PLACE = re.compile(r"\b(in|at|near|outside|inside)\s+(the\s+)?[A-Z][a-z]")
_PROSE_END = re.compile(r"[.!…][\"'”’)\]]*$")
_REDUNDANT = 0.5  # shared share of the smaller word set above which a sentence repeats a chosen one
_MAX_ITEMS = 8
_MAX_ITEM_WORDS = 14  # list items are short; a following paragraph rarely is
_NAME = re.compile(r"(?<=[\s(])[A-Z][\w’'-]*[\w]")  # a capitalised word that does not start the question
_NAME_PREFIX = 5
_TOKEN = re.compile(r"\w+")
_QUANTITY = re.compile(r"^(when|in what year|what year|what date|on what date)\b|\bhow (many|much)\b|\bwhat year\b")
_CARDINAL = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                       r"|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)  # not "first"
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(monday|tuesday|wednesday"
                     r"|thursday|friday|saturday|sunday|today|yesterday|tomorrow|noon)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    n: int  # 1-based passage number
    text: str
    start: int  # offsets in the passage's document
    end: int
    lexical: float
    semantic: float = 0.0

    @property
    def score(self) -> float:
        return 0.55 * self.semantic + 0.45 * self.lexical


class ExtractiveGenerator:
    name = "extractive"

    def __init__(self, encoder: Encoder | None = None, max_words: int = 120, max_sentences: int = 4,
                 min_score: float = 0.3) -> None:
        self._encoder = encoder
        self.max_words, self.max_sentences, self.min_score = max_words, max_sentences, min_score

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            from index.encoders import MiniLMEncoder

            self._encoder = MiniLMEncoder()
        return self._encoder

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[Turn] = ()) -> Draft:
        unknown = missing_names(question, passages)
        if unknown:
            return Draft("", abstained=True, notes=[f"the passages never mention {', '.join(unknown)}"])
        candidates = candidates_of(question, passages)
        if asks_for_quantity(question):
            candidates = [c for c in candidates if _CARDINAL.search(c.text) or _MONTHS.search(c.text)]
        chosen = select(self._rank(question, candidates), self.max_words, self.max_sentences, self.min_score)
        if not chosen:
            return Draft("", abstained=True)
        return Draft(" ".join(_cited(c) for c in reading_order(chosen, passages)))

    def _rank(self, question: str, candidates: list[Candidate]) -> list[Candidate]:
        top = sorted(candidates, key=lambda c: -c.lexical)[:_PREFILTER]
        if not top:
            return []
        vectors = self.encoder.encode([question] + [c.text for c in top])
        similarity = vectors[1:] @ vectors[0]
        bonus = [answer_type_bonus(question, c.text) for c in top]
        ranked = [Candidate(c.n, c.text, c.start, c.end, c.lexical, float(s) + b)
                  for c, s, b in zip(top, similarity, bonus)]
        return sorted(ranked, key=lambda c: -c.score)


def missing_names(question: str, passages: Sequence[Passage]) -> list[str]:
    """The names the question asks about that no passage mentions.

    A question about France is not answered by passages that never say "France", however
    close their topic; answering anyway is how an extractive system quotes something
    unrelated. A name counts as mentioned when a passage word shares its first five
    letters (Kirill/Kiril, Ukrainian/Ukraine), so spelling variants do not cause abstentions."""
    seen = {w.lower() for p in passages for w in _TOKEN.findall(p.text)}
    prefixes = {w[:_NAME_PREFIX] for w in seen if len(w) >= _NAME_PREFIX}
    missing = []
    def mentioned(word: str) -> bool:
        return word in seen or (len(word) >= _NAME_PREFIX and word[:_NAME_PREFIX] in prefixes)

    for name in dict.fromkeys(_NAME.findall(question)):
        name = name.replace("’", "'").removesuffix("'s")
        if not all(mentioned(part.lower()) for part in _TOKEN.findall(name)):  # "Trump-Putin": both parts
            missing.append(name)
    return missing


def asks_for_quantity(question: str) -> bool:
    """"How many", "how much", "when", "what year": only a sentence with a number or a date answers."""
    q = question.lower()
    return bool(_QUANTITY.search(q))


def candidates_of(question: str, passages: Sequence[Passage]) -> list[Candidate]:
    """Every declarative sentence of the passages (and every list with the line that
    announces it), scored by the question words it carries.

    Words are weighted by rarity among the candidates: in a corpus about a summit,
    "Trump" and "Putin" are in every sentence and say little; "meet" singles out the
    sentences about the meeting."""
    asked = set(content_stems(question))
    units = [(n, p.start + s, p.start + e, p.text[s:e]) for n, p in enumerate(passages, start=1)
             for s, e in _units(p.text)]
    stems = [set(content_stems(text)) for *_, text in units]
    weight = {w: math.log(1 + (1 + len(units)) / (1 + sum(w in x for x in stems))) for w in asked}
    total = sum(weight.values()) or 1.0
    return [Candidate(n, text, start, end, sum(weight[w] for w in asked & st) / total)
            for (n, start, end, text), st in zip(units, stems)]


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


def answer_type_bonus(question: str, sentence: str) -> float:
    """A small bonus when the sentence holds the kind of thing the question asks for."""
    q = question.lower()
    names = len(re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+", sentence))
    if q.startswith("where") or " where " in q:
        return 0.1 if _PLACE.search(sentence) else 0.0
    if q.startswith(("when", "what time", "what date")) or "how many" in q or "how much" in q:
        return 0.08 if numbers(sentence) or _MONTHS.search(sentence) else 0.0
    if q.startswith(("who", "whom")):
        return 0.05 if names else 0.0
    return 0.0


def select(candidates: list[Candidate], max_words: int, max_sentences: int, min_score: float) -> list[Candidate]:
    """Best-first without redundancy; nothing when even the best sentence is off-topic.

    A sentence must share a content word with the question: embeddings alone rate
    any sentence about the same broad topic as relevant, which is how a system ends up
    answering a question its documents never address."""
    relevant = [c for c in candidates if c.lexical > 0 and c.score >= min_score]
    if not relevant:
        return []
    best = relevant[0].score
    chosen: list[Candidate] = []
    words = 0
    for c in relevant:
        n_words = len(c.text.split())
        if c.score < 0.6 * best or len(chosen) == max_sentences:
            break
        twin = next((i for i, o in enumerate(chosen) if _jaccard(c.text, o.text) > _REDUNDANT), None)
        if twin is not None:
            if chosen[twin].text in c.text:  # the same text, cut shorter by a chunk boundary
                words += n_words - len(chosen[twin].text.split())
                chosen[twin] = c
            continue
        if chosen and words + n_words > max_words:
            continue
        chosen.append(c)
        words += n_words
    return chosen


def _jaccard(a: str, b: str) -> float:
    """Overlap of the two word sets relative to the smaller one: a list cut short by a chunk
    boundary is redundant next to the whole list."""
    x, y = set(content_stems(a)), set(content_stems(b))
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _cited(c: Candidate) -> str:
    """Every line of a candidate carries its citation, so each stays a verbatim, cited claim."""
    return " ".join(f"{line.strip()} [{c.n}]" for line in c.text.split("\n") if line.strip())


def reading_order(chosen: list[Candidate], passages: Sequence[Passage]) -> list[Candidate]:
    """Documents in the order of their best sentence; sentences in document order within each."""
    doc_rank: dict[str, int] = {}
    for i, c in enumerate(chosen):
        doc_rank.setdefault(passages[c.n - 1].doc_id, i)
    return sorted(chosen, key=lambda c: (doc_rank[passages[c.n - 1].doc_id], c.start))
