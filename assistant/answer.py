"""The answer contract shared by the CLI, the Python API, the web API and the eval harness."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer: the passage, and the span that supports its claims."""

    n: int
    doc_id: str
    title: str
    source: str
    url: str
    chunk_id: str
    start: int  # offsets of ``quote`` in the cleaned document text
    end: int
    quote: str
    score: float
    date: str = ""


@dataclass(frozen=True)
class Claim:
    text: str
    citations: list[int]
    supported: bool
    score: float


@dataclass(frozen=True)
class ShortAnswer:
    """The words that answer the question, inside citation ``n``'s quote; ``start``/``end``
    are offsets in the cited document's cleaned text."""

    text: str
    n: int
    start: int
    end: int


@dataclass(frozen=True)
class Answer:
    question: str
    query: str  # the standalone question actually searched
    answer: str  # text with [n] markers
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. removed claims, context cuts
    short_answer: ShortAnswer | None = None  # the fact asked for; the answer text leads with it
    as_of: str = ""  # the date of the lead's evidence, when its document has one

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_markdown(self) -> str:
        """The answer with Markdown footnotes and a Sources list, ready to paste."""
        from .render import answer_markdown

        return answer_markdown(self)
