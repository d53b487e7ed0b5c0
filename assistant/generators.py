"""Answer generators behind one seam, built from a config string.

A generator drafts an answer from numbered passages: text whose sentences carry [n]
markers pointing at ``passages[n - 1]``. It never decides what reaches the user: every
draft goes through citation verification (``assistant.verify``) afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from index.retrieval import Passage

from .answer import Draft, Turn
from .errors import GeneratorConfigError

GENERATOR_SPECS = ("extractive", "extractive:sentences", "openai:MODEL@URL", "llamacpp:PATH")


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
