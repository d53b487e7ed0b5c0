"""The offline default generator: answers built from the retrieved sentences themselves.

Three modes share the sentence ranking (question words weighted by rarity, then embedding
similarity to the question):

- ``answer`` (the default): the question is analysed (``assistant.question``); only
  passages that meet its constraints count; the lead is the sentence that holds what was
  asked, with the short answer inside it, followed by at most two sentences that add to
  it (``assistant.compose``). The rules choose the lead sentence; within it, the trained
  span reader (``assistant.reader``) orders the answer spans, so it picks the short answer
  among those the rules prefer. Each part of a multi-part question gets its own lead;
- ``reader`` (``extractive:reader``, opt-in): the same, with the lead sentence also chosen
  by the reader. Level with the default on HaluEval QA dev leads, but it loses two-hop
  leads the rules keep (docs/EVALUATION.md), so not the default;
- ``sentences`` (``extractive:sentences``, the earlier generator, kept as a baseline for
  the evals): the best sentences without redundancy, up to about 120 words, in document
  order.

Every sentence is quoted verbatim and cited to its passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from index.encoders import Encoder
from index.retrieval import Passage

from .answer import Draft, Turn
from .answerability import names_met, unnamed_note
from .compose import Composed, compose, near_miss, qualified
from .markers import strip_markers
from .question import Analysis, analyse
from .sentences import Candidate, candidates_of
from .text import content_stems, numbers

_PREFILTER = 16
NAMES_PRIOR = 0.2  # weight of the share of the question's names a sentence's document meets
PASSAGE_PRIOR = 0.3  # weight of the passage's search score in a sentence's; measured on HaluEval dev (0, 0.3, 0.6)
_PLACE = re.compile(r"\b(in|at|near|outside|inside)\s+(the\s+)?[A-Z][a-z]")
_REDUNDANT = 0.5  # shared share of the smaller word set above which a sentence repeats a chosen one
_NAME = re.compile(r"(?<=[\s(])[A-Z][\w’'-]*[\w]")  # a capitalised word that does not start the question
_NAME_PREFIX = 5
_TOKEN = re.compile(r"\w+")
_QUANTITY = re.compile(r"^(when|in what year|what year|what date|on what date)\b|\bhow (many|much)\b|\bwhat year\b")
_CARDINAL = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                       r"|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)  # not "first"
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(monday|tuesday|wednesday"
                     r"|thursday|friday|saturday|sunday|today|yesterday|tomorrow|noon)\b", re.IGNORECASE)


class ExtractiveGenerator:
    name = "extractive"

    def __init__(self, encoder: Encoder, max_words: int = 120, max_sentences: int = 4,
                 min_score: float = 0.3, mode: str = "answer") -> None:
        self._encoder = encoder
        self.max_words, self.max_sentences, self.min_score = max_words, max_sentences, min_score
        self.mode = mode
        if mode in ("sentences", "reader"):
            self.name = f"extractive:{mode}"

    @property
    def encoder(self) -> Encoder:
        return self._encoder

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[Turn] = ()) -> Draft:
        if self.mode == "sentences":
            return self._sentences(question, passages)
        analysis = analyse(question)
        parts = analysis.parts
        support = 2 if len(parts) == 1 else 1  # a multi-part answer stays short: one lead and one more per part
        said = _said(history) if analysis.context else ""  # only a follow-up must add to what was said
        drafts = [self._answer(analyse(part) if len(parts) > 1 else analysis, passages, support, said)
                  for part in parts]
        return _join(drafts)

    def _answer(self, analysis: Analysis, passages: Sequence[Passage], support: int, said: str = "") -> Draft:
        """One (part of a) question: qualify the evidence, rank it, compose the lead."""
        names = frozenset(content_stems(" ".join(analysis.names())))
        candidates = candidates_of(_search_text(analysis), passages, damped=names)
        allowed = [c for c in qualified(analysis, candidates, passages) if _flat(c.text) not in said]
        if candidates and not allowed:
            note = near_miss(analysis, candidates, passages)
            return Draft("", abstained=True, notes=[note], near_miss=note)
        # A fact sits in the passage that best matches the question's words; a reason or an
        # explanation often sits in another one, so only factual questions weigh the search rank.
        weighed = allowed if analysis.explanatory else self._with_prior(analysis, allowed, passages)
        ranked = self._rank(_search_text(analysis), weighed)
        composed = compose(analysis, ranked, passages, self.min_score, support,
                           reader="lead" if self.mode == "reader" else "spans")
        if not composed.lead:
            # Passages left out for contradicting the question are worth naming even when
            # what remained did not answer it either.
            note = composed.abstain_note or (near_miss(analysis, candidates, passages)
                                             if len(allowed) < len(candidates) else "")
            return Draft("", abstained=True, notes=[note] if note else [], near_miss=note)
        draft = _draft(composed)
        unnamed = unnamed_note(analysis, passages[composed.lead[0].n - 1])
        return replace(draft, notes=[*draft.notes, unnamed]) if unnamed else draft

    def _sentences(self, question: str, passages: Sequence[Passage]) -> Draft:
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
        top = sorted(candidates, key=lambda c: -(c.lexical + c.prior))[:_PREFILTER]
        if not top:
            return []
        vectors = self.encoder.encode([question] + [c.text for c in top])
        similarity = vectors[1:] @ vectors[0]
        bonus = [answer_type_bonus(question, c.text) for c in top] if self.mode == "sentences" else [0.0] * len(top)
        ranked = [Candidate(c.n, c.text, c.start, c.end, c.lexical, float(s) + b, c.prior)
                  for c, s, b in zip(top, similarity, bonus)]
        return sorted(ranked, key=lambda c: -c.score)

    def _with_prior(self, analysis: Analysis, candidates: list[Candidate],
                    passages: Sequence[Passage]) -> list[Candidate]:
        """Sentences of the passages search ranked best weigh more: a sentence that shares
        words with the question in a passage about something else is a weaker lead than the
        answer sentence of the passage that is about the question. So do those of a document
        that names more of the question's names ("Which K283BV artist is from Columbus,
        Ohio?": the station's article, not one about a team from Cleveland, Ohio)."""
        top = max((p.score for p in passages), default=0.0) or 1.0
        named = names_met(analysis, passages)
        most = max(named.values(), default=0.0)  # the best-named document loses nothing
        return [replace(c, prior=PASSAGE_PRIOR * max(passages[c.n - 1].score, 0.0) / top
                        - NAMES_PRIOR * (most - named[passages[c.n - 1].doc_id])) for c in candidates]


def _said(history: Sequence[Turn]) -> str:
    """What the assistant already said in this conversation: a follow-up answer adds to it
    rather than repeating it ("Why there?" is not answered by where again)."""
    return " ".join(_flat(t.content) for t in history if t.role == "assistant")


def _flat(text: str) -> str:
    return " ".join(strip_markers(text, " ").split())


def _search_text(analysis: Analysis) -> str:
    """The part's words plus the terms a follow-up inherited, for ranking sentences."""
    return f"{analysis.text} ({', '.join(analysis.context)})" if analysis.context else analysis.text


def _draft(composed: Composed) -> Draft:
    return Draft(" ".join(_cited(c) for c in composed.lead), short=composed.short, verdict=composed.verdict,
                 notes=[composed.undecided] if composed.undecided else [], undecided=bool(composed.undecided))


def _join(drafts: list[Draft]) -> Draft:
    """The drafts of a question's parts as one: the first part's short answer leads; a part
    the documents do not answer is said to be unanswered in the notes."""
    answered = [d for d in drafts if not d.abstained]
    if not answered:
        return replace(drafts[0], notes=[n for d in drafts for n in d.notes])
    notes = [n for d in drafts for n in d.notes]
    if len(answered) < len(drafts):
        notes.append(f"{len(drafts) - len(answered)} of the {len(drafts)} parts of the question are not answered "
                     "by the documents")
    seen: list[str] = []
    for d in answered:  # a sentence that answers two parts is said once
        seen.extend(s for s in re.split(r"(?<=\])\s+", d.text) if s not in seen)
    first = answered[0]
    lead = first is drafts[0]
    return Draft(" ".join(seen), notes=notes, short=first.short if lead else None,
                 verdict=first.verdict if lead else "", undecided=first.undecided and lead)


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
