"""``Assistant``: retrieve, draft, verify, answer. The CLI, the web app and the evals use this."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from index import Index

from .answer import Answer
from .conversation import standalone_query
from .errors import QuestionError
from .generators import Generator, Turn, make_generator
from .judge.offline import OfflineJudge
from .judge.types import Judge
from .retrieval import Passage, Retriever
from .settings import Settings
from .verify import assemble, check_claim, closest_citations, parse_draft

MAX_QUESTION_CHARS = 2000
ABSTAIN_TEXT = "The documents do not answer this question."


@dataclass(frozen=True)
class AskOptions:
    top_k: int = 6
    keep_unsupported: bool = False


class Assistant:
    def __init__(self, settings: Settings, generator: Generator | None = None, judge: Judge | None = None,
                 index: Index | None = None) -> None:
        self.settings = settings
        self.index = index or Index(settings.index)
        self.retriever = Retriever(self.index)
        self.generator = generator or make_generator(settings.generator, self.index.encoder, settings.api_key)
        self.judge = judge or OfflineJudge(self.index.encoder)

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        return cls(settings)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ask(self, question: str, history: Sequence[Turn] = (), options: AskOptions | None = None) -> Answer:
        options = options or AskOptions()
        question = check_question(question)
        timings: dict[str, float] = {}
        clock = time.perf_counter()
        query = standalone_query(question, history)
        passages = self.retriever.search(query, k=options.top_k)
        timings["retrieve"] = _lap(clock)
        draft = self.generator.generate(query, passages, history)
        timings["generate"] = _lap(clock) - timings["retrieve"]
        if draft.abstained or not passages:
            return self._abstain(question, query, passages, timings, draft.notes)
        checked = [check_claim(c, passages, self.judge) for c in parse_draft(draft.text)]
        text, claims, citations, notes = assemble(checked, passages, options.keep_unsupported)
        timings["verify"] = _lap(clock) - timings["retrieve"] - timings["generate"]
        if not any(c.supported for c in claims):
            return self._abstain(question, query, passages, timings, draft.notes + notes)
        timings["total"] = _lap(clock)
        return Answer(question, query, text, False, citations, claims, timings, draft.notes + notes)

    def _abstain(self, question: str, query: str, passages: Sequence[Passage], timings: dict[str, float],
                 notes: list[str]) -> Answer:
        timings["total"] = sum(timings.values())
        return Answer(question, query, ABSTAIN_TEXT, True, closest_citations(passages), [], timings, notes)


def check_question(question: str) -> str:
    question = question.strip()
    if not question:
        raise QuestionError("the question is empty; ask something about your documents")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(question)} characters long; keep it under {MAX_QUESTION_CHARS}")
    return question


def _lap(start: float) -> float:
    return round(1000 * (time.perf_counter() - start), 1)
