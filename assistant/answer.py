"""The answer contract shared by the CLI, the Python API, the web API and the eval harness:
the conversation turn, a generator's draft, the verified answer, and the answer as Markdown."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from index.retrieval import Passage

from .markers import to_footnotes

# What an answer says when the documents hold no answer (a near miss may follow it).
ABSTAIN_TEXT = "The documents do not answer this question."


@dataclass(frozen=True)
class Turn:
    role: str  # "user" or "assistant"
    content: str


@dataclass(frozen=True)
class Draft:
    """What a generator proposes; verification decides what of it reaches the user."""

    text: str  # sentences with [n] markers
    abstained: bool = False  # the generator itself found no answer in the passages
    notes: list[str] = field(default_factory=list)  # e.g. passages cut to fit the window
    # The words that answer the question, inside the first sentence: (passage n, start, end)
    # with offsets in that passage's text. Generators that cannot tell leave it to verification.
    short: tuple[int, int, int] | None = None
    near_miss: str = ""  # for an abstention: what the documents hold instead of what was asked
    # "yes" or "no" for a polar question its sentences decide (``assistant.polar``); shown
    # only when every sentence it rests on survives verification.
    verdict: str = ""
    # The sentences are evidence for a choice the documents do not decide: no short answer
    # is derived from them (the notes say why).
    undecided: bool = False


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
    version: int = 1  # of the cited document's file, when uploads made several (index/versions.py)


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
    # The passages the answer was drafted from ([n] markers count in them), for callers that
    # score or show the context; left out of ``to_dict``, whose citations carry what was used.
    passages: list[Passage] = field(default_factory=list, repr=False)
    verdict: str = ""  # "yes" or "no": a polar question's answer; the text leads with it

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        del data["passages"]
        return data

    def to_markdown(self) -> str:
        """The answer with Markdown footnotes and a Sources list, ready to paste."""
        return answer_markdown(self)



def answer_markdown(answer: Answer) -> str:
    return markdown_body(answer.answer, answer.abstained) + markdown_end(answer)


def markdown_body(text: str, abstained: bool = False) -> str:
    """The answer text as Markdown, its markers made footnote references; a stream of the text
    as it grows renders each prefix of it with this."""
    return text if abstained else to_footnotes(text)


def markdown_end(answer: Answer) -> str:
    """What follows the body: the footnotes and the sources, or an abstention's closest passages."""
    if answer.abstained:
        sources = "\n".join(f"- {_source_line(c)}" for c in answer.citations)
        return f"\n\nClosest passages:\n\n{sources}\n" if sources else "\n"
    as_of = f"\n\n_As of {answer.as_of}._" if answer.as_of else ""
    notes = "\n".join(f'[^{c.n}]: {_source_line(c)}: "{_quote(c.quote)}"' for c in answer.citations)
    listing = "\n".join(f"{i}. {line}" for i, line in enumerate(_sources(answer.citations), start=1))
    return f"{as_of}\n\n{notes}\n\n**Sources**\n\n{listing}\n"


def _sources(citations: list[Citation]) -> list[str]:
    """One line per document, with the footnotes that cite it."""
    notes: dict[str, list[Citation]] = {}
    for c in citations:
        notes.setdefault(c.doc_id, []).append(c)
    return [f"{_source_line(cs[0])}: {', '.join(f'[^{c.n}]' for c in cs)}" for cs in notes.values()]


def _source_line(c: Citation) -> str:
    where = c.url or c.source
    date = f", {c.date}" if c.date else ""
    return f"{c.title or 'Untitled'}{version_label(c.version)}{date} ({where})"


def version_label(version: int) -> str:
    """" v2" for a later version of an uploaded file; "" for a document with one version."""
    return f" v{version}" if version > 1 else ""


def _quote(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split()).replace('"', "'")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
