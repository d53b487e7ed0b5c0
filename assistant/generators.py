"""Answer generators behind one seam, built from a config string.

A generator drafts an answer from numbered passages: text whose sentences carry [n]
markers pointing at ``passages[n - 1]``. It never decides what reaches the user: every
draft goes through citation verification (``assistant.verify``) afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .errors import AssistantError
from .retrieval import Passage

GENERATOR_SPECS = ("extractive", "extractive:sentences", "openai:MODEL@URL", "llamacpp:PATH")


class GeneratorConfigError(AssistantError):
    """A --generator spec that names no known generator."""


@dataclass(frozen=True)
class Turn:
    role: str  # "user" or "assistant"
    content: str


@dataclass(frozen=True)
class Draft:
    text: str  # sentences with [n] markers
    abstained: bool = False  # the generator itself found no answer in the passages
    notes: list[str] = field(default_factory=list)  # e.g. passages cut to fit the window
    # The words that answer the question, inside the first sentence: (passage n, start, end)
    # with offsets in that passage's text. Generators that cannot tell leave it to verification.
    short: tuple[int, int, int] | None = None
    near_miss: str = ""  # for an abstention: what the documents hold instead of what was asked


class Generator(Protocol):
    name: str

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[Turn] = ()) -> Draft: ...


def make_generator(spec: str, encoder: Any = None, api_key: str = "") -> Generator:
    """``extractive`` (offline default), ``openai:MODEL@URL`` or ``llamacpp:PATH``."""
    if spec in ("extractive", "extractive:sentences"):
        from .extractive import ExtractiveGenerator

        return ExtractiveGenerator(encoder, mode="sentences" if spec.endswith(":sentences") else "answer")
    if spec.startswith("openai:") and "@" in spec:
        from .llm_generator import OpenAIGenerator

        model, url = spec[len("openai:") :].rsplit("@", 1)
        return OpenAIGenerator(model=model, base_url=url, api_key=api_key)
    if spec.startswith("llamacpp:"):
        from .llm_generator import LlamaCppGenerator

        return LlamaCppGenerator(model_path=spec[len("llamacpp:") :])
    raise GeneratorConfigError(f"unknown generator {spec!r}; valid: {', '.join(GENERATOR_SPECS)}")
