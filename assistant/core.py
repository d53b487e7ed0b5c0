"""``Assistant``: retrieve, draft, verify, answer. The CLI, the web app and the evals use this."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace

from index import Index
from index.retrieval import Filters, Passage

from .answer import ABSTAIN_TEXT, Answer, Citation, Claim, Draft, ShortAnswer, Turn
from .components import Components
from .conversation import standalone_query
from .errors import QuestionError
from .lead import addresses, as_of, draft_short, found_short, to_short_answer, with_short, with_verdict
from .nlp import warm_up
from .question import Analysis, analyse
from .settings import Settings
from .verify import Checked, assemble, check_claim, closest_citations, parse_draft

MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class AskOptions:
    top_k: int = 6
    keep_unsupported: bool = False
    filters: Filters | None = None  # which documents may be cited (source, date range)


class Assistant:
    """Answers over one index with the parts ``components`` holds (see ``assistant.components``)."""

    def __init__(self, components: Components, index: Index | None = None) -> None:
        self.settings = components.settings
        warm_up()  # the question analysis's spaCy pipeline loads while the index opens
        self.index = index or components.open_index()
        self.index.retriever()  # an empty or mismatched store fails here, with the command that fixes it
        self.generator, self.judge = components.generator, components.judge
        # A model's draft that does not address the question falls back to quoting the passages.
        self.fallback = components.fallback

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        """The assistant ``settings`` describe, every part built from its spec."""
        return cls(Components.from_settings(settings))

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ask(self, question: str, history: Sequence[Turn] = (), options: AskOptions | None = None) -> Answer:
        answer = None
        for event in self.ask_stream(question, history, options):
            if event.kind == "done":
                answer = event.answer
        assert answer is not None  # ask_stream always ends with "done"
        return answer

    def ask_stream(self, question: str, history: Sequence[Turn] = (),
                   options: AskOptions | None = None) -> Iterator[AskEvent]:
        """The answer as it is verified: "text" deltas, each new "citation" and "claim", then
        "done" with the whole ``Answer``. Only verified text is ever sent: a claim is checked
        before its words go out, and an answer that ends up with no supported claim sends the
        abstention instead. Question errors are raised before the first event."""
        options = options or AskOptions()
        question = check_question(question)
        timings: dict[str, float] = {}
        clock = time.perf_counter()
        query = standalone_query(question, history)
        passages = self.index.search(query, k=options.top_k, filters=options.filters)
        timings["retrieve"] = _lap(clock)
        draft = self.generator.generate(query, passages, history)
        timings["generate"] = _lap(clock) - timings["retrieve"]
        run = _Run(question, query, passages, timings, clock)
        yield from self._verified(run, draft, options, fallback_allowed=self.fallback is not None)

    def _verified(self, run: _Run, draft: Draft, options: AskOptions, fallback_allowed: bool) -> Iterator[AskEvent]:
        if draft.abstained or not run.passages:
            yield from _replay(self._abstain(run, draft.notes, draft.near_miss))
            return
        analysis = analyse(run.query)
        sent, checked, short = _Sent(), list[Checked](), None
        text, claims, citations, notes = "", list[Claim](), list[Citation](), list[str]()
        for claim in parse_draft(draft.text):
            checked.append(check_claim(claim, run.passages, self.judge))
            text, claims, citations, notes = assemble(checked, run.passages, options.keep_unsupported)
            if not any(c.supported for c in claims):
                continue
            if len(sent.text) == 0 and short is None:
                lead = next(c for c in checked if c.passage is not None)
                if fallback_allowed and not addresses(analysis, lead.text):
                    yield from self._fall_back(run, options, draft.notes + notes)
                    return
                short = self._short(analysis, draft, lead, claims, run.passages)
                if short:  # the short answer goes out on its own, before the sentence it was found in
                    yield from sent.news(with_short("", short).rstrip(), citations, [])
            if not draft.verdict:  # a verdict waits for all the sentences it rests on
                yield from sent.news(with_short(text, short), citations, claims)
        decided = draft.verdict if draft.verdict and checked and all(c.passage is not None for c in checked) else ""
        if draft.verdict:
            text = with_verdict(text, decided, claims)
            yield from sent.news(text, citations, claims)
        run.timings["verify"] = _lap(run.clock) - run.timings["retrieve"] - run.timings["generate"]
        if not any(c.supported for c in claims):
            yield from _replay(self._abstain(run, draft.notes + notes, ""))
            return
        run.timings["total"] = _lap(run.clock)
        lead_n = next((c.citations[0] for c in claims if c.supported and c.citations), 0)
        lead_date = next((c.date for c in citations if c.n == lead_n), "")
        yield AskEvent("done", answer=Answer(run.question, run.query, with_short(text, short), False, citations,
                                             claims, run.timings, draft.notes + notes, short,
                                             as_of(lead_date) if lead_date else "", run.passages, decided))

    def _short(self, analysis: Analysis, draft: Draft, lead: Checked, claims: list[Claim],
               passages: Sequence[Passage]) -> ShortAnswer | None:
        if draft.undecided:
            return None
        at = draft_short(draft.short, lead) or (None if draft.short else found_short(analysis, lead, passages))
        first = next(c for c in claims if c.supported)
        return to_short_answer(at, first.citations[0], passages) if at and first.citations else None

    def _fall_back(self, run: _Run, options: AskOptions, notes: list[str]) -> Iterator[AskEvent]:
        """A model's draft whose lead does not address the question: the extractive answer instead."""
        assert self.fallback is not None
        draft = self.fallback.generate(run.query, run.passages)
        note = ("the model's answer did not lead with what was asked, so the answer is quoted from the passages "
                "instead" if not draft.abstained else "the model's answer did not lead with what was asked")
        yield from self._verified(run, replace(draft, notes=[*notes, note, *draft.notes]), options, False)

    def _abstain(self, run: _Run, notes: list[str], near_miss: str) -> Answer:
        run.timings["total"] = sum(v for k, v in run.timings.items() if k != "total")
        text = f"{ABSTAIN_TEXT} {near_miss}".strip()
        return Answer(run.question, run.query, text, True, closest_citations(run.passages), [], run.timings, notes,
                      passages=run.passages)


@dataclass
class _Run:
    """What one question's answering carries from step to step."""

    question: str
    query: str
    passages: list[Passage]
    timings: dict[str, float]
    clock: float


@dataclass(frozen=True)
class AskEvent:
    """One step of a streamed answer: ``text`` (a delta), ``citation``, ``claim`` or ``done``."""

    kind: str
    text: str = ""
    citation: Citation | None = None
    claim: Claim | None = None
    answer: Answer | None = None

    def to_dict(self) -> dict[str, object]:
        if self.kind == "text":
            return {"text": self.text}
        if self.kind == "citation" and self.citation:
            return asdict(self.citation)
        if self.kind == "claim" and self.claim:
            return asdict(self.claim)
        return self.answer.to_dict() if self.answer else {}


class _Sent:
    """What a stream has sent so far, so each step sends only what is new."""

    def __init__(self) -> None:
        self.text, self.citations, self.claims = "", 0, 0

    def news(self, text: str, citations: list[Citation], claims: list[Claim]) -> Iterator[AskEvent]:
        if text.startswith(self.text) and len(text) > len(self.text):
            yield AskEvent("text", text=(" " if self.text else "") + text[len(self.text):].lstrip())
        for c in citations[self.citations:]:
            yield AskEvent("citation", citation=c)
        for claim in claims[self.claims:]:
            yield AskEvent("claim", claim=claim)
        self.text, self.citations, self.claims = text, len(citations), len(claims)


def _replay(answer: Answer) -> Iterator[AskEvent]:
    """A finished answer (an abstention) as a stream."""
    yield AskEvent("text", text=answer.answer)
    for c in answer.citations:
        yield AskEvent("citation", citation=c)
    yield AskEvent("done", answer=answer)


def check_question(question: str) -> str:
    question = question.strip()
    if not question:
        raise QuestionError("the question is empty; ask something about your documents")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(question)} characters long; keep it under {MAX_QUESTION_CHARS}")
    return question


def _lap(start: float) -> float:
    return round(1000 * (time.perf_counter() - start), 1)
