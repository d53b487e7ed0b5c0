"""The composition root: every swappable part is built here, from the settings' spec strings.

Specs share one syntax, ``PREFIX`` or ``PREFIX:ARGS``, and one registry per part
(``index.registry``): encoders and stores register in ``index``, generators and judges here.
A plugin adds a prefix through an entry point group, ``corpus_assistant.generators`` or
``corpus_assistant.judges``; its builder gets the ARGS string and a :class:`BuildContext`.
The CLI, the web app, the evals and the benchmarks build their parts through this module only.
"""

from __future__ import annotations

from dataclasses import dataclass

from index import Index, make_encoder
from index.encoder_cache import cached
from index.encoders import Encoder
from index.registry import Registry

from .errors import GeneratorConfigError, JudgeConfigError
from .extractive import ExtractiveGenerator
from .generators import Generator
from .judge.types import Judge
from .settings import Settings

__all__ = ["GENERATORS", "JUDGES", "BuildContext", "Components", "build_generator", "build_judge"]

DEFAULT_JUDGE_TIMEOUT = 60.0
GENERATORS: Registry[Generator] = Registry("generator", GeneratorConfigError)
JUDGES: Registry[Judge] = Registry("judge", JudgeConfigError)


@dataclass(frozen=True)
class BuildContext:
    """What a builder may use: the settings (API key, timeouts) and the shared encoder, which
    holds the deployment's one sentence-vector cache (``index.encoder_cache``)."""

    settings: Settings
    encoder: Encoder


@dataclass(frozen=True)
class Components:
    """The parts one deployment shares: encoder, generator, judge, and the extractive fallback a
    model's off-target draft falls back to (None when the generator is extractive already)."""

    settings: Settings
    encoder: Encoder
    generator: Generator
    judge: Judge
    fallback: Generator | None

    @classmethod
    def from_settings(cls, settings: Settings, *, encoder: Encoder | None = None,
                      generator: Generator | None = None, judge: Judge | None = None) -> Components:
        """Build what ``settings`` names; a part passed in (a test's fake) is used as it is,
        behind the cache ``settings.embed_cache_mb`` sizes when it is an encoder."""
        context = _context(settings, encoder)
        generator = generator or GENERATORS.build(settings.generator, context)
        judge = judge or JUDGES.build(settings.judge, context)
        fallback = None if isinstance(generator, ExtractiveGenerator) else GENERATORS.build("extractive", context)
        return cls(settings, context.encoder, generator, judge, fallback)

    def open_index(self) -> Index:
        """A connection to the configured index that shares this deployment's encoder."""
        return Index(self.settings.index, encoder=self.encoder)


def build_generator(spec: str, settings: Settings, encoder: Encoder | None = None) -> Generator:
    """One generator by spec (the evals compare several over one index)."""
    return GENERATORS.build(spec, _context(settings, encoder))


def build_judge(spec: str, settings: Settings, encoder: Encoder | None = None) -> Judge:
    """One judge by spec (``assistant judge`` and the evals pick theirs with --judge)."""
    return JUDGES.build(spec, _context(settings, encoder))


def _context(settings: Settings, encoder: Encoder | None) -> BuildContext:
    encoder = encoder or make_encoder(settings.index.embedding, settings.index.embed_batch_size,
                                       threads=settings.embed_threads or None)
    return BuildContext(settings, cached(encoder, settings.embed_cache_mb))


# -- the built-in kinds ------------------------------------------------------------------


def _extractive(mode: str, context: BuildContext) -> Generator:
    if mode not in ("", "sentences", "reader"):
        raise GeneratorConfigError(f"unknown extractive mode {mode!r}; use extractive, extractive:reader or "
                                   "extractive:sentences")
    return ExtractiveGenerator(context.encoder, mode=mode or "answer")


def _openai(args: str, context: BuildContext) -> Generator:
    from .llm_generator import OpenAIGenerator  # lazy: llama-index takes seconds to import

    model, at, url = args.rpartition("@")
    if not at or not model:
        raise GeneratorConfigError(f"generator openai:{args} is not openai:MODEL@URL; "
                                   "e.g. openai:llama3@http://127.0.0.1:11434/v1")
    return OpenAIGenerator(model=model, base_url=url, api_key=context.settings.api_key)


def _llamacpp(path: str, context: BuildContext) -> Generator:
    from .llm_generator import LlamaCppGenerator  # lazy: llama.cpp is an optional extra

    return LlamaCppGenerator(model_path=path)


def _offline(mode: str, context: BuildContext) -> Judge:
    from .judge.offline import MODES, OfflineJudge  # lazy: spaCy and the judge's tables load with it

    if mode and mode not in MODES:
        raise JudgeConfigError(f"unknown offline judge mode {mode!r}; use offline (checks meaning) or "
                               "offline:fitted (the earlier fitted scorer, kept for comparison)")
    return OfflineJudge(context.encoder, mode=mode or "meaning")


def _llm_judge(args: str, context: BuildContext) -> Judge:
    from .judge.llm import LLMJudge
    from .openai_compat import ChatClient

    model, at, url = args.rpartition("@")
    if not at or not model or not url.startswith(("http://", "https://")):
        raise JudgeConfigError(
            f"judge llm:{args} is not llm:MODEL@URL with an http(s) URL; e.g. "
            "llm:gpt-4o-mini@https://api.openai.com/v1 or llm:qwen2.5@http://127.0.0.1:11434/v1")
    timeout = context.settings.judge_timeout or DEFAULT_JUDGE_TIMEOUT
    return LLMJudge(ChatClient(url, model, api_key=context.settings.api_key, timeout=timeout))


GENERATORS.register("extractive", _extractive, "extractive[:reader|:sentences]")
GENERATORS.register("openai", _openai, "openai:MODEL@URL")
GENERATORS.register("llamacpp", _llamacpp, "llamacpp:PATH")
JUDGES.register("offline", _offline, "offline[:fitted]")
JUDGES.register("llm", _llm_judge, "llm:MODEL@URL")
