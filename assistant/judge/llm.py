"""LLMJudge: RAGAS-style faithfulness with any OpenAI-compatible chat model.

Step 1 asks the model to break the answer into atomic, self-contained statements; step 2 asks,
for all statements at once, whether the numbered sources support each one and for the exact
supporting quote. The model only gathers: pure functions below parse its JSON, find the quote's
span in the source, and compute the scores.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from index.text import verbatim_span, words_only
from prompts import render

from ..errors import JudgeOutputError, JudgeServiceError, ServiceError
from ..openai_compat import ChatClient
from .types import ClaimVerdict, Evidence, Verdict

__all__ = ["LLMJudge", "extract_json_array", "find_evidence", "parse_verdicts", "verdict_from_claims"]

RETRY_REMINDER = ("Your reply was not valid JSON. Answer only with the JSON array described above: "
                  "no explanation, no markdown.")
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*[.!?]*")
_QUOTE_MARKS = "\"'“”‘’`«» "


@dataclass(frozen=True)
class StatementVerdict:
    """One item of the model's step-2 answer, parsed and checked."""

    statement: str
    supported: bool
    source: int | None  # 0-based index into the sources, None when not given or out of range
    quote: str = ""
    reason: str = ""


class LLMJudge:
    """Judges with a chat model; ``name`` is the spec that builds it: ``llm:MODEL@URL``."""

    def __init__(self, client: ChatClient) -> None:
        self.client = client
        self.name = f"llm:{client.model}@{client.base_url}"

    def judge(self, answer: str, sources: Sequence[str], question: str = "") -> Verdict:
        claims = self.judge_claims(self.statements(answer, question), sources, question)
        return verdict_from_claims(claims)

    def statements(self, answer: str, question: str = "") -> list[str]:
        """Step 1: the answer as atomic, self-contained statements (may be empty for a refusal)."""
        if not answer.strip():
            return []
        prompt = render("judge_statements", question=question.strip() or "(none given)",
                        answer=answer.strip())
        return parse_statements(self._ask_json(prompt))

    def judge_claims(self, claims: Sequence[str], sources: Sequence[str],
                     question: str = "") -> list[ClaimVerdict]:
        """Step 2: one verdict per claim, in the claims' order."""
        if not claims:
            return []
        prompt = render("judge_verdicts", context=number_sources(sources),
                        statements=number_statements(claims))
        found = align(parse_verdicts(self._ask_json(prompt), len(sources)), claims)
        return [claim_verdict(v, sources) for v in found]

    def _ask_json(self, prompt: str) -> list[Any]:
        """The first JSON array in the model's reply; asks once more with a reminder if none."""
        messages = [{"role": "user", "content": prompt}]
        reply = ""
        for _ in range(2):
            reply = self._complete(messages)
            items = extract_json_array(reply)
            if items is not None:
                return items
            messages = [*messages, {"role": "assistant", "content": reply},
                        {"role": "user", "content": RETRY_REMINDER}]
        raise JudgeOutputError(
            f"judge model {self.client.model!r} at {self.client.url} answered twice without the JSON "
            f"array asked for (last reply: {reply[:200]!r}); use a model that follows instructions "
            "better, or check the server's chat template")

    def _complete(self, messages: list[dict[str, str]]) -> str:
        try:
            return self.client.complete(messages, temperature=0.0)
        except ServiceError as exc:
            raise JudgeServiceError(f"judge model {self.client.model!r}: {exc}") from exc


# --- prompts ---------------------------------------------------------------------------------

def number_sources(sources: Sequence[str]) -> str:
    if not sources:
        return "(no sources)"
    return "\n\n".join(f"[{i}] {s.strip()}" for i, s in enumerate(sources, 1))


def number_statements(claims: Sequence[str]) -> str:
    return "\n".join(f"{i}. {c.strip()}" for i, c in enumerate(claims, 1))


# --- parsing the model's replies -------------------------------------------------------------

def extract_json_array(text: str) -> list[Any] | None:
    """The first JSON array in ``text`` (fences, <think> blocks and chatter around it ignored)."""
    text = _THINK.sub("", text)
    for candidate in [m.group(1) for m in _FENCE.finditer(text)] + [text]:
        items = _first_array(candidate.strip())
        if items is not None:
            return items
    return None


def _first_array(text: str) -> list[Any] | None:
    try:  # JSON mode often wraps the list: {"statements": [...]}
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict):
        whole = next((v for v in whole.values() if isinstance(v, list)), None)
    if isinstance(whole, list):
        return whole
    decoder = json.JSONDecoder()
    for m in list(re.finditer(r"\[", text))[:50]:
        try:
            value, _ = decoder.raw_decode(text, m.start())
        except ValueError:
            continue
        if isinstance(value, list) and _plausible(value):
            return value
    return None


def _plausible(items: list[Any]) -> bool:
    """Not a citation such as "[1]" in the chatter before the real array."""
    return not items or any(isinstance(i, (str, dict)) for i in items)


def parse_statements(items: list[Any]) -> list[str]:
    out = [i.get("statement") if isinstance(i, dict) else i for i in items]
    return [s.strip() for s in out if isinstance(s, str) and s.strip()]


def parse_verdicts(items: list[Any], n_sources: int) -> list[StatementVerdict]:
    return [StatementVerdict(statement=_text(i.get("statement")), supported=_truthy(i.get("verdict")),
                             source=_source_index(i.get("source"), n_sources),
                             quote=_text(i.get("quote")), reason=_text(i.get("reason")))
            for i in items if isinstance(i, dict)]


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value >= 0.5
    return isinstance(value, str) and value.strip().lower() in {"1", "yes", "true", "supported"}


def _source_index(value: object, n_sources: int) -> int | None:
    if isinstance(value, list) and value:  # "source": [2, 3] -> the first one
        value = value[0]
    if value is None or isinstance(value, bool):
        return None
    m = re.search(r"\d+", str(value))
    index = int(m.group()) - 1 if m else -1
    return index if 0 <= index < n_sources else None


def align(found: list[StatementVerdict], claims: Sequence[str]) -> list[StatementVerdict]:
    """One verdict per claim: by position when the counts agree, else by statement text."""
    if len(found) == len(claims):
        return [replace(f, statement=c) for f, c in zip(found, claims)]
    by_text = {words_only(f.statement): f for f in found}
    missing = "the judge model gave no verdict for this statement"
    return [replace(by_text[words_only(c)], statement=c) if words_only(c) in by_text
            else StatementVerdict(c, False, None, reason=missing) for c in claims]


# --- pure scoring ----------------------------------------------------------------------------

def claim_verdict(v: StatementVerdict, sources: Sequence[str]) -> ClaimVerdict:
    reasons = () if v.supported else (v.reason or "the judge found no support in the sources",)
    return ClaimVerdict(text=v.statement, supported=v.supported, score=1.0 if v.supported else 0.0,
                        evidence=find_evidence(v, sources), reasons=reasons)


def verdict_from_claims(claims: Sequence[ClaimVerdict]) -> Verdict:
    """Share of supported claims; an answer with no statements (a refusal) claims nothing false."""
    if not claims:
        return Verdict(score=1.0, supported=True, claims=[])
    n = sum(c.supported for c in claims)
    return Verdict(score=n / len(claims), supported=n == len(claims), claims=list(claims))


def find_evidence(v: StatementVerdict, sources: Sequence[str]) -> Evidence | None:
    """The quote's span: verbatim, else ignoring case and spacing, else the closest sentence.

    The named source is searched first, then the others (models mis-number sources); the
    closest-sentence fallback stays in the named source, or spans all of them for a supported
    claim that names none.
    """
    if v.source is None and not v.supported:
        return None
    others = [i for i in range(len(sources)) if i != v.source]
    order = others if v.source is None else [v.source, *others]
    needle = v.quote or v.statement
    for i in order:
        span = find_quote(needle, sources[i])
        if span:
            return Evidence(i, span[0], span[1], sources[i][span[0]:span[1]])
    near = [(s, i) for i in ([v.source] if v.source is not None else order)
            if (s := best_sentence(v.quote + " " + v.statement, sources[i]))]
    if not near:
        return None
    (_, start, end), i = max(near, key=lambda si: si[0][0])
    return Evidence(i, start, end, sources[i][start:end])


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    q = quote.strip(_QUOTE_MARKS).removesuffix("...").removesuffix("…").strip(_QUOTE_MARKS)
    if not q:
        return None
    start = text.find(q)
    if start >= 0:
        return start, start + len(q)
    return verbatim_span(q, text, ignore_case=True)


def best_sentence(needle: str, text: str) -> tuple[int, int, int] | None:
    """(shared words, start, end) of the sentence of ``text`` sharing most words with ``needle``."""
    want = _content_words(needle)
    best: tuple[int, int, int] | None = None
    for m in _SENTENCE.finditer(text):
        shared = len(want & _content_words(m.group()))
        if shared and (best is None or shared > best[0]):
            best = (shared, m.start(), m.start() + len(m.group().rstrip()))
    return best


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2 or w.isdigit()}
